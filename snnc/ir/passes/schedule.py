"""``schedule``: map quantized stages to a target's resources and predict cycles.

Each stage becomes one event-driven core with ``P`` lanes (P membranes updated per cycle).
Per time step, a fully connected core that receives ``E`` input events issues

    fully connected / readout:  G (E + 1)  cycles,  G = ceil(N_out / P)

(for each group of P neurons: one cycle per event, then one update slot that leaks, thresholds
and resets the group), plus 3 to start and drain; a direct-encoded (pixel) first core sees the
image's non-zero pixels once and keeps the current, so its E is 0 after step 0. Spikes leave
through an emitter that overlaps the next step. The exact cycles per image of this schedule
come from ``snnc.ir.cycles`` (the cycle model the RTL is tested against), run on the spike
profile that the integer reference measures on the sample images; the plan reports their mean
and maximum. Stages the FC generator cannot build yet (convolution, pooling) are planned with
the estimate

    convolution:                E * kh * kw * ceil(C_out / P)   + ceil(N_out / P)
    pool (SumPool -> Threshold): E                              + ceil(N_out / P)

and ``T * max_s c_s + (sum_s c_s - max_s c_s)`` per image. The lower bound reported against
(DESIGN §8) is ``T * max_s (E_s G_s + G_s)``. Lanes start at 1 and the bottleneck stage's lanes
double while the design fits the target.

Resources: weights ``N_in * N_out * weight_bits`` (convolution: ``C_out * C_in * kh * kw * bits``)
and membranes ``N_out * v_bits`` in block RAM (blocks of the target's size and width: a word of
``P * bits`` needs ``ceil(P * bits / width)`` blocks side by side); logic ``300 + P * (8 v_bits + 4)``
LUTs per stage (fitted to yosys on generated cores; x2.3 on iCE40's LUT4); a pixel stage needs P
multipliers (DSPs, or ``weight_bits * input_bits`` LUTs each where the target has none). These are
estimates: ``snnc compile --backend fpga`` reports what yosys and nextpnr measure.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

import nir
import numpy as np
import torch

from snnc.errors import ConfigError, GraphError
from snnc.ir.cycles import (
    StageTiming,
    arriving,
    fc_timing,
    image_cycles,
    image_traces,
    spike_slots,
    stream_cycles,
)
from snnc.ir.graph import infer_shapes, shape3
from snnc.ir.metadata import read_snnc
from snnc.ir.passes import PassContext, register
from snnc.ir.passes.fuse import stages_of

STAGE_BASE_LUTS = 300
# LUTs per lane ~ 6 v_bits + 2 acc_bits (adders, saturation, threshold, reset muxes), fitted to yosys
# synth_xilinx on generated FC cores (benchmarks/fpga_fc.py: ~180 LUT6 per lane at 21-bit membranes);
# iCE40's LUT4 needs about 2.3x as many.
LUT4_FACTOR = 2.3
# Memories this small are kept in flip-flops (``ram_style = "logic"``): a block RAM each would be
# mostly empty, and small FPGAs have few (32 on an iCE40 HX8K).
LOGIC_MEMORY_BITS = 512
STEP_OVERHEAD = 3  # start + pipeline drain of a core, per step
POOL_COUNT_BITS = 4


class Target(NamedTuple):
    luts: int
    bram_blocks: int
    bram_block_bits: int
    bram_width: int
    dsps: int
    clock_mhz: float  # stated clock until place and route measures one
    lut_inputs: int = 6


TARGETS: dict[str, Target] = {
    "ice40-hx8k": Target(
        luts=7_680, bram_blocks=32, bram_block_bits=4_096, bram_width=16, dsps=0, clock_mhz=40.0, lut_inputs=4
    ),
    "ice40-up5k": Target(
        luts=5_280, bram_blocks=30, bram_block_bits=4_096, bram_width=16, dsps=8, clock_mhz=20.0, lut_inputs=4
    ),
    "xc7z020": Target(luts=53_200, bram_blocks=140, bram_block_bits=36_864, bram_width=72, dsps=220, clock_mhz=100.0),
    "generic": Target(
        luts=1_000_000, bram_blocks=10_000, bram_block_bits=36_864, bram_width=72, dsps=10_000, clock_mhz=100.0
    ),
}


def get_target(name: str | None) -> Target:
    if name not in TARGETS:
        raise ConfigError(f"--target: unknown target {name!r}; choose one of {', '.join(TARGETS)}")
    return TARGETS[name]


def memory_blocks(depth: int, width: int, target: Target) -> int:
    """Block RAMs for a ``depth`` x ``width`` memory declared ``2^ceil(log2 depth)`` deep (as PyRTL
    does), in the block's best aspect ratio (``width / 2^k`` wide, proportionally deeper); none for
    a memory of at most ``LOGIC_MEMORY_BITS``, which the generator keeps in logic."""
    declared = 1 << max(0, (depth - 1).bit_length())
    if declared * width <= LOGIC_MEMORY_BITS:
        return 0
    best, port = math.inf, target.bram_width
    while port >= 1:
        best = min(best, math.ceil(width / port) * math.ceil(declared / (target.bram_block_bits // port)))
        port //= 2
    return int(best)


def fc_memories(geometry: dict[str, Any], lanes: int, input_bits: int) -> list[tuple[int, int]]:
    """(depth, width) of every memory of a fully connected core, as ``snnc.backends.fpga.rtl`` builds
    them: ping-pong event buffer, weight ROM, membranes, per-neuron parameters (bias), the current
    RAM of a pixel core, the spike RAM of an emitting core, the counters of the last core."""
    n_in, groups = geometry["n_in"], math.ceil(geometry["n_out"] / lanes)
    acc_bits = geometry["v_bits"] + 2  # an estimate: the generator sizes currents from the weights
    index_bits = max(1, (n_in - 1).bit_length())
    memories = [
        (2 << max(1, n_in.bit_length()), index_bits + (input_bits if geometry["pixel"] else 0)),
        (n_in * groups, lanes * geometry["weight_bits"]),
        (groups, lanes * geometry["v_bits"]),
        (groups, lanes * acc_bits),
    ]
    if geometry["pixel"]:
        memories.append((groups, lanes * acc_bits))
    if geometry["last"]:
        memories.append((groups, lanes * 8))
    else:
        slots = spike_slots(geometry["time_steps"], geometry["pixel"], groups, lanes)
        memories.append((slots << max(0, (groups - 1).bit_length()), lanes))
    return memories


def _pool_of(graph: nir.NIRGraph, stage: dict[str, Any]) -> int:
    first = graph.nodes[stage["nodes"][0]]
    return int(np.asarray(first.kernel_size).reshape(-1)[0]) if isinstance(first, nir.SumPool2d) else 0


def stage_timing(geometry: dict[str, Any], lanes: int) -> StageTiming:
    """The cycle model's view of the core the generator builds for this stage."""
    if geometry["kind"] == "pool":
        timing = StageTiming(geometry["out3"], geometry["out3"][0], 1, False, geometry["pool"])
        return timing._replace(clear_words=timing.words)
    if geometry["fanout"] == 1:
        timing = fc_timing(geometry["n_out"], lanes, geometry["pixel"], geometry["pool"])
    else:
        groups = math.ceil(geometry["lane_limit"] / lanes)
        timing = StageTiming(geometry["out3"], lanes, geometry["fanout"] * groups, geometry["pixel"], geometry["pool"])
        timing = timing._replace(clear_words=timing.words)  # the accumulator RAM's clear after reset
    return timing._replace(slots=spike_slots(geometry["time_steps"], timing.pixels, timing.words, timing.lanes))


def core_memories(geometry: dict[str, Any], lanes: int, input_bits: int) -> list[tuple[int, int]]:
    """(depth, width) of every memory of the core the generator builds for this stage."""
    if geometry["fanout"] == 1 and geometry["kind"] != "pool":
        return fc_memories(geometry, lanes, input_bits)
    timing = stage_timing(geometry, lanes)
    words, lanes = timing.words, timing.lanes
    source = geometry["n_source"]  # events of a step at most: one per source neuron
    memories = [
        (2 << max(1, source.bit_length()), source.bit_length() + 3 + (input_bits if geometry["pixel"] else 0)),
        (timing.slots << max(0, (words - 1).bit_length()), lanes),  # spike ring
    ]
    if geometry["kind"] == "pool":
        return memories + [(words, lanes * 3)]
    acc_bits = geometry["v_bits"] + 2
    weight_words = geometry["weight_count"] // max(1, geometry["lane_limit"]) * timing.groups
    return memories + [
        (weight_words, lanes * geometry["weight_bits"]),
        (words, lanes * acc_bits),
        (words, lanes * geometry["v_bits"]),
    ]


def _stage_geometry(
    graph: nir.NIRGraph, stage: dict[str, Any], shapes: dict[str, tuple[int, ...]], last: bool, n_source: int
) -> dict:
    out_name = stage["nodes"][-1]
    n_out = math.prod(shapes[out_name])
    geometry: dict[str, Any] = {
        "n_out": n_out,
        "lane_limit": n_out,
        "fanout": 1,
        "weight_count": 0,
        "weight_bits": 0,
        "v_bits": POOL_COUNT_BITS,
        "pixel": stage["input"] == "pixels",
        "n_in": 0,
        "last": last,
        "n_source": n_source,
        "out3": shape3(shapes[out_name]),
        "pool": _pool_of(graph, stage),
        "kind": stage["kind"],
    }
    if stage["kind"] == "pool":
        geometry["lane_limit"] = geometry["out3"][0]  # a pool core's lanes are its channels
    if stage["synapse"] is not None:
        synapse = graph.nodes[stage["synapse"]]
        quant = read_snnc(synapse)["quant"]
        geometry["weight_bits"] = int(quant["weight_bits"])
        geometry["weight_count"] = int(np.size(synapse.weight))
        if isinstance(synapse, nir.Affine):
            geometry["n_in"] = int(np.shape(synapse.weight)[1])
        if isinstance(synapse, nir.Conv2d):
            c_out, _, kh, kw = np.shape(synapse.weight)
            geometry["fanout"], geometry["lane_limit"] = kh * kw, c_out
        if stage["kind"] == "readout":
            geometry["v_bits"] = int(quant["acc_bits"])
        else:
            geometry["v_bits"] = int(read_snnc(graph.nodes[stage["neuron"]]).get("quant", {}).get("v_bits", 1))
    return geometry


def stage_cycles(events: float, geometry: dict[str, Any], lanes: int) -> float:
    """Cycles one stage spends in a time step with ``events`` (the mean per step): its items plus
    the start and drain (see ``snnc.ir.cycles``)."""
    timing = stage_timing(geometry, lanes)
    return timing.per_event * events + timing.words + STEP_OVERHEAD


def stage_bound(events: float, geometry: dict[str, Any], lanes: int, kind: str) -> float:
    """DESIGN §8's per-step lower bound of a stage: ``E * fanout * ceil(C_out / P) + ceil(N_out / P)``
    (``E G + G`` for a fully connected stage; a pool's event touches one counter: ``E + G``)."""
    if kind == "pool":
        return events + math.ceil(geometry["n_out"] / lanes)
    return events * geometry["fanout"] * math.ceil(geometry["lane_limit"] / lanes) + math.ceil(
        geometry["n_out"] / lanes
    )


def stage_resources(geometry: dict[str, Any], lanes: int, target: Target, input_bits: int) -> dict[str, int]:
    weight_bits = geometry["weight_count"] * geometry["weight_bits"]
    membrane_bits = geometry["n_out"] * geometry["v_bits"]
    blocks = sum(memory_blocks(d, w, target) for d, w in core_memories(geometry, lanes, input_bits))
    luts = STAGE_BASE_LUTS + lanes * (8 * geometry["v_bits"] + 4)
    dsps = 0
    if geometry["pixel"]:
        if target.dsps:
            dsps = lanes
        else:
            luts += lanes * geometry["weight_bits"] * input_bits
    if target.lut_inputs == 4:
        luts = math.ceil(luts * LUT4_FACTOR)
    return {
        "luts": luts,
        "bram_blocks": blocks,
        "dsps": dsps,
        "weight_memory_bits": weight_bits,
        "membrane_memory_bits": membrane_bits,
    }


def _fits(resources: list[dict[str, int]], target: Target) -> bool:
    return (
        sum(r["luts"] for r in resources) <= target.luts
        and sum(r["bram_blocks"] for r in resources) <= target.bram_blocks
        and sum(r["dsps"] for r in resources) <= target.dsps
    )


def stage_activity(graph: nir.NIRGraph, stages: list[dict[str, Any]], images, time_steps: int):
    """What enters stage 0 ([T, B, N_in]: spikes, or quantized pixels) and what every stage emits
    ([T, B, N_s] each), from the integer reference on ``images``."""
    from snnc.ir.encoding import encode
    from snnc.ir.integer import quantize_pixels, simulate_integer
    from snnc.ir.reference import compile_program

    program = compile_program(graph)
    meta = read_snnc(graph)
    inputs = encode(images, meta.get("encoding", "direct"), time_steps)
    emitters = [s["nodes"][-1] for s in stages]
    result = simulate_integer(program, inputs, record=tuple(emitters))
    steps, batch = time_steps, len(images)
    if stages[0]["input"] == "pixels":
        first = quantize_pixels(inputs, int(meta["quant"].get("input_bits", 8)))
    else:
        first = inputs
    first = first.reshape(steps, batch, -1).to(torch.int64).numpy()
    spikes = [result.recorded[n].reshape(steps, batch, -1).to(torch.int64).numpy() for n in emitters]
    return first, spikes


def mean_events(first: np.ndarray, spikes: list[np.ndarray], geometries: list[dict[str, Any]]) -> list[float]:
    """Mean events entering each stage per step, after its pool remap (a pixel stage's pixels are
    spread over the T steps)."""
    steps, batch = first.shape[:2]
    entering = [np.count_nonzero(first[:1] if geometries[0]["pixel"] else first)]
    for producer, consumer, emitted in zip(geometries[:-1], geometries[1:], spikes[:-1], strict=True):
        entering.append(int(arriving(emitted, producer["out3"], consumer["pool"]).sum()))
    return [count / (steps * batch) for count in entering]


@register("schedule")
def schedule(graph: nir.NIRGraph, ctx: PassContext) -> nir.NIRGraph:
    target = get_target(ctx.target)
    if ctx.calibration is None:
        raise ConfigError("schedule needs sample images to measure the spike profile (pass --dataset)")
    if "quant" not in read_snnc(graph):
        raise GraphError("schedule needs a quantized graph (run quantize first)")
    stages = stages_of(graph)
    shapes = infer_shapes(graph)
    time_steps = int(ctx.time_steps or read_snnc(graph).get("time_steps") or 100)
    input_name = next(n for n, node in graph.nodes.items() if isinstance(node, nir.Input))
    sources = [math.prod(shapes[input_name])] + [math.prod(shapes[s["nodes"][-1]]) for s in stages[:-1]]
    geometries = [_stage_geometry(graph, s, shapes, s is stages[-1], n) for s, n in zip(stages, sources, strict=True)]
    for geometry in geometries:
        geometry["time_steps"] = time_steps
    first, spikes = stage_activity(graph, stages, ctx.calibration, time_steps)
    events = mean_events(first, spikes, geometries)
    input_bits = int(read_snnc(graph)["quant"].get("input_bits", 8))
    lanes = [
        g["lane_limit"] if g["kind"] == "pool" else min(ctx.lanes, g["lane_limit"]) if ctx.lanes else 1
        for g in geometries
    ]

    def resources() -> list[dict[str, int]]:
        return [stage_resources(g, p, target, input_bits) for g, p in zip(geometries, lanes, strict=True)]

    if not _fits(resources(), target):
        worst = max(range(len(stages)), key=lambda i: resources()[i]["bram_blocks"])
        used = resources()[worst]
        raise ConfigError(
            f"stage {worst} ({stages[worst]['synapse'] or stages[worst]['nodes'][-1]}) does not fit {ctx.target}: "
            f"it needs {used['bram_blocks']} block RAMs ({used['weight_memory_bits']:,} weight bits, "
            f"{used['membrane_memory_bits']:,} membrane bits) and the design {sum(r['luts'] for r in resources()):,}"
            f" LUTs / {sum(r['bram_blocks'] for r in resources())} blocks, of {target.luts:,} LUTs and "
            f"{target.bram_blocks} blocks"
        )
    cycles = [stage_cycles(e, g, p) for e, g, p in zip(events, geometries, lanes, strict=True)]
    while not ctx.lanes:
        bottleneck = max(range(len(stages)), key=cycles.__getitem__)
        if lanes[bottleneck] >= geometries[bottleneck]["lane_limit"]:
            break
        lanes[bottleneck] = min(lanes[bottleneck] * 2, geometries[bottleneck]["lane_limit"])
        if not _fits(resources(), target):
            lanes[bottleneck] = max(1, lanes[bottleneck] // 2) if lanes[bottleneck] > 1 else 1
            break
        cycles[bottleneck] = stage_cycles(events[bottleneck], geometries[bottleneck], lanes[bottleneck])
    final = resources()
    cycles = [stage_cycles(e, g, p) for e, g, p in zip(events, geometries, lanes, strict=True)]
    timings = [stage_timing(g, p) for g, p in zip(geometries, lanes, strict=True)]
    traces = image_traces(first, spikes, timings)
    stream = np.array(stream_cycles(timings, traces, time_steps))
    latencies = np.array([image_cycles(timings, trace, time_steps) for trace in traces])  # each image alone
    # throughput: the images stream back to back; cycles per image = span / images
    per_image = float(stream[-1, 1] - stream[0, 0] + 1) / len(stream)
    bound = time_steps * max(
        stage_bound(e, g, p, s["kind"]) for e, g, p, s in zip(events, geometries, lanes, stages, strict=True)
    )
    plan = {
        "target": ctx.target,
        "clock_mhz": target.clock_mhz,
        "time_steps": time_steps,
        "cycles_per_image": per_image,
        "latency_cycles_mean": float(latencies.mean()),
        "latency_cycles_max": int(latencies.max()),
        "cycle_model": "exact (snnc.ir.cycles)",
        "calibration_images": len(ctx.calibration),
        "latency_us": float(latencies.mean()) / target.clock_mhz,
        "images_per_s": target.clock_mhz * 1e6 / per_image,
        "event_bound_cycles_per_image": bound,
        "resources": {key: sum(r[key] for r in final) for key in ("luts", "bram_blocks", "dsps")},
        "budget": target._asdict(),
        "formula": "snnc.ir.cycles.stream_cycles on the calibration images streamed back to back: cycles per image "
        "= span / images; latency: snnc.ir.cycles.image_cycles, each image alone; "
        "event bound T * max_s (E_s G_s + G_s)",
        "stages": [
            {
                "index": s["index"],
                "kind": s["kind"],
                "nodes": s["nodes"],
                "input": s["input"],
                "lanes": p,
                "n_out": g["n_out"],
                "weight_bits": g["weight_bits"],
                "v_bits": g["v_bits"],
                "events_per_step": e,
                "cycles_per_step": c,
                **r,
            }
            for s, g, p, e, c, r in zip(stages, geometries, lanes, events, cycles, final, strict=True)
        ],
    }
    ctx.reports["schedule"] = plan
    return graph
