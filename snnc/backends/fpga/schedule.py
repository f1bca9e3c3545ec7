"""``schedule``: the FPGA backend's planning pass: lanes per core for a target, and exact cycles.

Each stage becomes one event-driven core (``spec.design_from_graph``) with ``P`` lanes (P
neurons updated per cycle). Every cycle figure comes from the cores themselves: a core's items per
event and words (``spec.stage_timing``) feed the exact cycle model (``cycles``), run on the spike
profile the integer reference measures on the calibration images. The plan reports the cycles per
image of those images streamed back to back (span / images) and each image's latency alone; the
build's report quotes the plan, and ``snnc run --backend fpga`` checks every simulated image
against the same model. The event lower bound reported against is
``T * max_s (per_event_s E_s + ceil(N_s / P_s))`` with ``E_s`` the mean events per step
(``docs/hardware.md``, "Cycle contract").

Lanes start at 1 (``--lanes`` forces them) and the bottleneck core's lanes double, clipped to its
neurons (FC) or channels (conv), while the design fits the target; when a doubling does not fit,
the largest lane count between the last fitting one and the doubled one that fits is kept.

Resources (``docs/hardware.md``, "Resource model"): every memory the generator declares for a core
(``spec.memory_plan``: event buffer, weight and parameter ROMs, membranes, accumulators or kept
currents, spike ring, counters), ``2^ceil(log2 depth)`` deep as PyRTL declares it, in block RAMs
of the target's best aspect ratio (memories of at most ``LOGIC_MEMORY_BITS`` stay in logic); logic
``300 + P (8 v_bits + 4)`` LUTs per core (fitted to yosys on generated cores; x2.3 on iCE40's
LUT4, whose per-lane part counts 1.55x as logic cells: ``logic_cells``); a pixel core needs P
multipliers (DSPs, or ``weight_bits * input_bits`` LUTs each where the target has none). These
are estimates: ``snnc compile --backend fpga`` reports what yosys and nextpnr measure.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

import nir
import numpy as np

from snnc.backends.fpga.cycles import StageTiming, image_cycles, image_traces, stream_cycles
from snnc.backends.fpga.spec import (
    NO_BANKS,
    ConvStage,
    DesignSpec,
    PoolStage,
    Stage,
    bank_options,
    design_from_graph,
    lane_limit,
    memory_plan,
    stage_timing,
    with_lanes,
)
from snnc.backends.fpga.stimulus import integer_activity
from snnc.backends.fpga.targets import Target, get_target
from snnc.errors import ConfigError, GraphError
from snnc.ir.metadata import graph_time_steps, read_snnc
from snnc.ir.passes import PassContext, register
from snnc.ir.passes.fuse import stages_of

STAGE_BASE_LUTS = 300
# LUTs per lane ~ 8 v_bits + 4 (adders, saturation, threshold, reset muxes), fitted to yosys
# synth_xilinx on generated FC cores (benchmarks/fpga_fc.py: ~180 LUT6 per lane at 21-bit membranes);
# iCE40's LUT4 needs about 2.3x as many.
LUT4_FACTOR = 2.3
# An iCE40 logic cell holds one LUT4 and one flip-flop, and the pipeline's per-lane data registers
# (two-stage block RAM reads, held weights, neuron stages) mostly have no LUT in front: nextpnr-ice40
# packed the generator's designs into 1.53x as many cells as yosys counted LUT4s (5,501 / 3,604 on an
# iCEBreaker board build at lanes 6, 1; 3,255 / 2,132 on the bare up5k accelerator at lanes 4, 2),
# while at one lane per core the LUT model alone already matches the cells (1,987 for 2,051).
ICE40_CELLS_PER_LUT = 1.55
# A further accumulator bank: per lane, the adder, the forwarding and clearing muxes of its bits.
BANK_LUTS_PER_ACC_BIT = 2
# Memories this small are kept in flip-flops (``ram_style = "logic"``): a block RAM each would be
# mostly empty, and small FPGAs have few (32 on an iCE40 HX8K).
LOGIC_MEMORY_BITS = 512


def in_lutram(declared: int, width: int, target: Target) -> bool:
    """Whether yosys keeps a memory of ``declared`` words in LUT RAM on ``target`` (shallow, and too
    large for the generator's logic memories)."""
    return declared * width > LOGIC_MEMORY_BITS and declared <= target.lutram_depth


def lutram_luts(declared: int, width: int, target: Target) -> int:
    """LUTs of a LUT-RAM memory: xc7 RAM32M (32 x 6 bits, simple dual port) or RAM64M (64 x 3) in 4
    LUTs; ECP5 TRELLIS_DPR16X4 (16 x 4) in about 2 LUT4s, plus a LUT4 per bit and further 16 words
    to select the read."""
    if target.lut_inputs == 6:
        return math.ceil(width / (6 if declared <= 32 else 3)) * 4
    cells = math.ceil(width / 4) * math.ceil(declared / 16)
    return 2 * cells + width * (math.ceil(declared / 16) - 1)


def memory_blocks(depth: int, width: int, target: Target) -> int:
    """Block RAMs for a ``depth`` x ``width`` memory declared ``2^ceil(log2 depth)`` deep (as PyRTL
    does), in the block's best aspect ratio (``width / 2^k`` wide, proportionally deeper); none for
    a memory of at most ``LOGIC_MEMORY_BITS``, which the generator keeps in logic, or one shallow
    enough for the target's LUT RAM (``in_lutram``)."""
    declared = 1 << max(0, (depth - 1).bit_length())
    if declared * width <= LOGIC_MEMORY_BITS or in_lutram(declared, width, target):
        return 0
    best, port = math.inf, target.bram_width
    while port >= 1:
        best = min(best, math.ceil(width / port) * math.ceil(declared / (target.bram_block_bits // port)))
        port //= 2
    return int(best)


def stage_resources(stage: Stage, spec: DesignSpec, target: Target) -> dict[str, int]:
    """LUTs, logic cells (``logic_cells`` of the per-lane LUTs), block RAMs and DSPs of one core (see
    the module doc): its memories are exactly the ones the generator declares (``spec.memory_plan``)."""
    timing = stage_timing(stage)
    memories = memory_plan(stage, spec).values()
    blocks = sum(memory_blocks(m.declared_words, m.bits, target) for m in memories)
    state_bits = stage.count_bits if isinstance(stage, PoolStage) else stage.v_bits
    lane_luts = timing.lanes * (8 * state_bits + 4)
    banks = stage.bank_count if isinstance(stage, ConvStage) else 1
    if banks > 1:  # each bank's accumulators, forwarding and target logic; the update's bank select
        lane_luts += (banks - 1) * timing.lanes * BANK_LUTS_PER_ACC_BIT * stage.acc_bits
        lane_luts += timing.lanes * stage.acc_bits * banks // 4
    dsps = 0
    if stage.pixels:
        if target.dsps:
            dsps = timing.lanes * banks
        else:
            lane_luts += timing.lanes * banks * stage.weight_bits * stage.input_bits
    luts = STAGE_BASE_LUTS + lane_luts
    if target.lut_inputs == 4:
        luts, lane_luts = math.ceil(luts * LUT4_FACTOR), math.ceil(lane_luts * LUT4_FACTOR)
    luts += sum(lutram_luts(m.declared_words, m.bits, target) for m in memories
                if in_lutram(m.declared_words, m.bits, target))  # fmt: skip
    weights = 0 if isinstance(stage, PoolStage) else int(stage.weights.size) * stage.weight_bits
    return {
        "luts": luts,
        "cells": luts + logic_cells(lane_luts, target) - lane_luts,
        "bram_blocks": blocks,
        "dsps": dsps,
        "weight_memory_bits": weights,
        "membrane_memory_bits": stage.n_out * state_bits,
    }


def design_resources(spec: DesignSpec, target: Target) -> list[dict[str, int]]:
    return [stage_resources(stage, spec, target) for stage in spec.stages]


def logic_cells(luts: int, target: Target) -> int:
    """The logic cells ``luts`` per-lane LUTs occupy on ``target``: more than the LUTs on iCE40, where
    a cell holds one LUT4 and one flip-flop and the lanes' pipeline registers take cells of their own
    (``ICE40_CELLS_PER_LUT``); the LUTs elsewhere, whose slices carry spare flip-flops."""
    return math.ceil(luts * ICE40_CELLS_PER_LUT) if target.family == "ice40" else luts


def fits(resources: list[dict[str, int]], target: Target) -> bool:
    """Whether a design's logic cells (``stage_resources``), block RAMs and DSPs fit ``target``."""
    return (
        sum(r["cells"] for r in resources) <= target.luts
        and sum(r["bram_blocks"] for r in resources) <= target.bram_blocks
        and sum(r["dsps"] for r in resources) <= target.dsps
    )


def largest_fitting(fitting: int, tried: int, fit: Callable[[int], bool]) -> int:
    """The largest lane count in ``[fitting, tried]`` that fits, given that ``fitting`` does (a
    design's resources need not grow monotonically with lanes: block RAM aspect ratios jump)."""
    for lanes in range(tried, fitting, -1):
        if fit(lanes):
            return lanes
    return fitting


def stage_cycles(timing: StageTiming, events: float) -> float:
    """Cycles a core spends in a time step with ``events`` (the mean per step): its items plus the
    start and drain."""
    return timing.per_event * events + timing.words + 1 + timing.drain


def stage_bound(stage: Stage, timing: StageTiming, events: float) -> float:
    """The per-step event lower bound of a core: every item an event causes, plus one update per
    ``P`` neurons: ``per_event E + ceil(N / P)``."""
    return timing.per_event * events + math.ceil(stage.n_out / timing.lanes)


def mean_events(traces, time_steps: int) -> list[float]:
    """Mean events entering each stage per step (after its pool remap; a pixel stage's pixels,
    which arrive once per image, spread over the T steps)."""
    stages = len(traces[0].events)
    return [sum(sum(trace.events[s]) for trace in traces) / (time_steps * len(traces)) for s in range(stages)]


class LanePlan(NamedTuple):
    """Lanes per stage and each conv core's accumulator banks ``(bh, bw)``."""

    lanes: list[int]
    banks: list[tuple[int, int]]


def search_lanes(spec: DesignSpec, events: Sequence[float], target: Target, forced: int | None) -> LanePlan:
    """Lanes and banks per stage: ``forced`` lanes (clipped to each core, no banks), or balanced:
    from one lane each, the bottleneck core's lanes double, and a conv core at its channel limit
    takes the next accumulator banks (``spec.bank_options``), while the design fits (see the module
    doc). A pool core's lanes are its channels."""
    limits = [lane_limit(stage) for stage in spec.stages]
    lanes = [
        limit if isinstance(stage, PoolStage) else min(forced, limit) if forced else 1
        for stage, limit in zip(spec.stages, limits, strict=True)
    ]
    banks = [NO_BANKS] * len(lanes)
    options = [bank_options(stage) for stage in spec.stages]

    def fit_with(candidate: list[int], candidate_banks: list[tuple[int, int]] | None = None) -> bool:
        chosen = banks if candidate_banks is None else candidate_banks  # the banks taken so far
        return fits(design_resources(with_lanes(spec, candidate, chosen), target), target)

    if forced or not fit_with(lanes):
        return LanePlan(lanes, banks)

    def cycles_of(b: int) -> float:
        return stage_cycles(with_lanes(spec, lanes, banks).timings()[b], events[b])

    cycles = [cycles_of(b) for b in range(len(lanes))]
    while True:
        bottleneck = max(range(len(lanes)), key=cycles.__getitem__)
        if lanes[bottleneck] < limits[bottleneck]:
            tried = min(lanes[bottleneck] * 2, limits[bottleneck])

            def fit_at(count: int, b: int = bottleneck) -> bool:
                return fit_with(lanes[:b] + [count] + lanes[b + 1 :])

            if not fit_at(tried):
                lanes[bottleneck] = largest_fitting(lanes[bottleneck], tried - 1, fit_at)
                break
            lanes[bottleneck] = tried
        else:
            choices = options[bottleneck]
            position = choices.index(banks[bottleneck])
            if position + 1 == len(choices):
                break
            candidate = banks[:bottleneck] + [choices[position + 1]] + banks[bottleneck + 1 :]
            if not fit_with(lanes, candidate):
                break
            banks = candidate
        cycles[bottleneck] = cycles_of(bottleneck)
    return LanePlan(trim_lanes(lanes, limits, lambda candidate: fit_with(candidate, banks)), banks)


def even_lanes(lanes: int, limit: int) -> int:
    """The fewest lanes that keep ``ceil(limit / lanes)`` groups: ``ceil(limit / groups)`` (128
    neurons in 90 lanes are 2 groups, as in 64)."""
    return -(-limit // -(-limit // lanes))


def trim_lanes(lanes: list[int], limits: list[int], fit_with: Callable[[list[int]], bool]) -> list[int]:
    """Each core's lanes cut to ``even_lanes``: the same groups, so the same items and cycles, with
    less logic (narrower words could in principle take more block RAM: a cut that no longer fits is
    not made)."""
    for index, (count, limit) in enumerate(zip(lanes, limits, strict=True)):
        candidate = lanes[:index] + [even_lanes(count, limit)] + lanes[index + 1 :]
        if candidate[index] < count and fit_with(candidate):
            lanes = candidate
    return lanes


def _refuse_misfit(graph: nir.NIRGraph, spec: DesignSpec, target_name: str, target: Target) -> None:
    resources = design_resources(spec, target)
    if fits(resources, target):
        return
    stages = stages_of(graph)
    worst = max(range(len(stages)), key=lambda i: resources[i]["bram_blocks"])
    used = resources[worst]
    luts = sum(r["luts"] for r in resources)
    cells = sum(r["cells"] for r in resources)
    as_cells = f" ({cells:,} logic cells)" if cells != luts else ""
    raise ConfigError(
        f"stage {worst} ({stages[worst]['synapse'] or stages[worst]['nodes'][-1]}) does not fit {target_name}: "
        f"it needs {used['bram_blocks']} block RAMs ({used['weight_memory_bits']:,} weight bits, "
        f"{used['membrane_memory_bits']:,} membrane bits) and the design {luts:,} LUTs{as_cells}"
        f" / {sum(r['bram_blocks'] for r in resources)} blocks, of {target.luts:,} LUTs and "
        f"{target.bram_blocks} blocks"
    )


def check_options(ctx: PassContext) -> None:
    """What the pass needs, checked before any pass of the pipeline runs: a known target and sample
    images."""
    get_target(ctx.target)
    if ctx.calibration is None:
        raise ConfigError("schedule needs sample images to measure the spike profile (pass --dataset)")


@register("schedule", precheck=check_options)
def schedule(graph: nir.NIRGraph, ctx: PassContext) -> nir.NIRGraph:
    check_options(ctx)
    target = get_target(ctx.target)
    if "quant" not in read_snnc(graph):
        raise GraphError("schedule needs a quantized graph (run quantize first)")
    time_steps = graph_time_steps(graph, ctx.time_steps)
    stages = stages_of(graph)
    base = design_from_graph(graph, [1] * len(stages))
    activity = integer_activity(graph, base, ctx.calibration)
    events = mean_events(image_traces(activity.first_input, activity.spikes, base.timings()), time_steps)
    reserved = None
    if ctx.board is not None:
        from snnc.backends.fpga.boards import link_resources

        reserved = link_resources(base, target)
        target = target._replace(
            luts=target.luts - logic_cells(reserved["luts"], target),
            bram_blocks=target.bram_blocks - reserved["bram_blocks"],
        )
    lanes, banks = search_lanes(base, events, target, ctx.lanes)
    spec = with_lanes(base, lanes, banks)
    _refuse_misfit(graph, spec, ctx.target, target)
    resources = design_resources(spec, target)
    timings = spec.timings()
    traces = image_traces(activity.first_input, activity.spikes, timings)
    stream = np.array(stream_cycles(timings, traces, time_steps))
    latencies = np.array([image_cycles(timings, trace, time_steps) for trace in traces])  # each image alone
    per_image = float(stream[-1, 1] - stream[0, 0] + 1) / len(stream)  # streamed back to back: span / images
    bound = time_steps * max(
        stage_bound(stage, timing, e) for stage, timing, e in zip(spec.stages, timings, events, strict=True)
    )
    plan = {
        "target": ctx.target,
        "clock_mhz": target.clock_mhz,
        "time_steps": time_steps,
        "cycles_per_image": per_image,
        "latency_cycles_mean": float(latencies.mean()),
        "latency_cycles_max": int(latencies.max()),
        "cycle_model": "exact (snnc.backends.fpga.cycles)",
        "calibration_images": len(ctx.calibration),
        "latency_us": float(latencies.mean()) / target.clock_mhz,
        "images_per_s": target.clock_mhz * 1e6 / per_image,
        "event_bound_cycles_per_image": bound,
        "resources": {key: sum(r[key] for r in resources) for key in ("luts", "bram_blocks", "dsps")},
        "budget": target._asdict(),
        "reserved": reserved,  # what a board top and its host link take from the device (with --board)
        "formula": "cycles.stream_cycles on the calibration images streamed back to back: cycles per image "
        "= span / images; latency: cycles.image_cycles, each image alone; "
        "event bound T * max_s (per_event_s E_s + ceil(N_s / P_s))",
        "stages": [
            {
                "index": s["index"],
                "kind": s["kind"],
                "nodes": s["nodes"],
                "input": s["input"],
                "lanes": timing.lanes,
                "banks": list(timing.banks),
                "n_out": stage.n_out,
                "weight_bits": getattr(stage, "weight_bits", 0),
                "v_bits": stage.count_bits if isinstance(stage, PoolStage) else stage.v_bits,
                "events_per_step": e,
                "cycles_per_step": stage_cycles(timing, e),
                **r,
            }
            for s, stage, timing, e, r in zip(stages, spec.stages, timings, events, resources, strict=True)
        ],
    }
    ctx.reports["schedule"] = plan
    return graph
