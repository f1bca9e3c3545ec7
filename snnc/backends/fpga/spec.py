"""What the generator builds, read off a quantized, scheduled graph: one stage record per core
(``FcStage``, ``ConvStage``, ``PoolStage``).

Events travel between cores as coordinates ``(c, y, x)`` of the producer's output (a flat layer is
``(N, 1, 1)``); a core whose stage begins with a non-overlapping ``SumPool2d`` (kernel = stride, a
power of two, no padding) remaps them on arrival to ``(c, y >> log2 k, x >> log2 k)`` and drops those
outside every window, which is exactly a sum pool of spikes; a ``Flatten`` is the C-order index
``(c H + y) W + x`` a fully connected core computes.

Every number here comes from the quantized graph (``docs/semantics.md``, "Quantization") and the
plan's lanes; the widths
the hardware needs are derived from the integer values themselves, so a design never depends on
metadata it could contradict:

- ``acc_bits``: the largest synaptic current a neuron can receive in one step,
  ``max_n max(sum_i max(W_ni, 0) x_max, sum_i max(-W_ni, 0) x_max) + |b_n|`` (``x_max = 1`` for
  spikes, ``2^input_bits - 1`` for pixels), as a signed width;
- ``v_bits``: the neuron's membrane width from ``quant.v_bits`` (the integer reference saturates
  there); a readout stage integrates ``T`` currents, ``signed_bits(T * acc bound)``;
- ``count_bits``: spike counters hold ``0..T``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

import nir
import numpy as np

from snnc.backends.fpga.cycles import StageTiming, fc_timing, spike_slots
from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.graph import conv_geometry, infer_shapes, pool_window, shape3
from snnc.ir.metadata import graph_encoding, graph_time_steps, node_reset, node_v_init, read_snnc
from snnc.ir.passes.fuse import stages_of
from snnc.ir.passes.quantize import signed_bits

Shape3 = tuple[int, int, int]


class FcStage(NamedTuple):
    """One fully connected core: ``Affine -> IF | LIF`` (or a readout ``Affine`` integrated over T)."""

    index: int
    kind: str  # "if" | "lif" | "readout"
    weights: np.ndarray  # [n_out, n_in] int64
    bias: np.ndarray  # [n_out] int64
    threshold: np.ndarray  # [n_out] int64 (unused by readout)
    v_reset: np.ndarray  # [n_out] int64
    v_init: np.ndarray  # [n_out] int64: the membranes at each image's first step (0 for readout)
    v_leak: np.ndarray  # [n_out] int64 (LIF)
    leak_m: int
    leak_f: int
    reset: str  # "zero" | "subtract"
    weight_bits: int
    v_bits: int
    acc_bits: int
    lanes: int
    pixels: bool  # direct-encoded input: unsigned pixel values multiply the weights
    input_bits: int
    source_shape: Shape3 = (0, 1, 1)  # coordinates arriving (before the pool remap)
    pool: int = 0  # SumPool2d kernel (= stride) folded into the input, 0 for none
    slots: int = 2  # step slots of the spike ring (cycles.spike_slots)

    @property
    def n_out(self) -> int:
        return int(self.weights.shape[0])

    @property
    def n_in(self) -> int:
        return int(self.weights.shape[1])

    @property
    def groups(self) -> int:
        return math.ceil(self.n_out / self.lanes)

    @property
    def input_shape(self) -> Shape3:
        return pooled_shape(self.source_shape, self.pool)

    @property
    def out_shape(self) -> Shape3:
        return (self.n_out, 1, 1)

    @property
    def words(self) -> int:
        return self.groups


class ConvStage(NamedTuple):
    """One convolution core: ``Conv2d -> IF | LIF``, lanes over output channels; neuron parameters
    are per output channel (the generator refuses ones that vary across positions).

    ``banks = (bh, bw)``: the accumulators are split into ``bh bw`` banks by output position
    ``(y mod bh, x mod bw)``, each with its own weight ROM; ``bh`` is 1 or ``kh`` and ``bw`` 1 or
    ``kw`` (stride 1 only). The ``kh kw`` output positions one input event reaches fall into distinct
    banks along each banked axis, so the banks take those kernel offsets in the same cycle."""

    index: int
    kind: str  # "if" | "lif"
    weights: np.ndarray  # [C_out, C_in, kh, kw] int64
    bias: np.ndarray  # [C_out]
    threshold: np.ndarray  # [C_out]
    v_reset: np.ndarray
    v_init: np.ndarray  # [C_out]: the membranes at each image's first step
    v_leak: np.ndarray
    leak_m: int
    leak_f: int
    reset: str
    weight_bits: int
    v_bits: int
    acc_bits: int
    lanes: int
    pixels: bool
    input_bits: int
    source_shape: Shape3
    pool: int
    stride: int
    padding: int
    out_shape: Shape3
    slots: int = 2
    banks: tuple[int, int] = (1, 1)

    @property
    def input_shape(self) -> Shape3:
        return pooled_shape(self.source_shape, self.pool)

    @property
    def n_out(self) -> int:
        return math.prod(self.out_shape)

    @property
    def channel_groups(self) -> int:
        return math.ceil(self.out_shape[0] / self.lanes)

    @property
    def bank_count(self) -> int:
        return self.banks[0] * self.banks[1]

    @property
    def tiles(self) -> tuple[int, int]:
        """Tile rows and columns of the map: ``(ceil(OH / bh), ceil(OW / bw))``."""
        return math.ceil(self.out_shape[1] / self.banks[0]), math.ceil(self.out_shape[2] / self.banks[1])

    @property
    def acc_words(self) -> int:
        """Words of each accumulator bank: one per tile and channel group."""
        return self.tiles[0] * self.tiles[1] * self.channel_groups

    @property
    def words(self) -> int:
        """Membrane (and update) words: every position of the tiled map, per channel group."""
        return self.acc_words * self.bank_count

    @property
    def kernel_items(self) -> int:
        """Items per event and channel group: the kernel offsets no bank takes in parallel."""
        kh, kw = self.weights.shape[2:]
        return (kh // self.banks[0]) * (kw // self.banks[1])


class PoolStage(NamedTuple):
    """A spike pool: ``SumPool2d -> Threshold`` (max pooling of spikes when the threshold is 0); one
    counter per pooled neuron, lanes = channels."""

    index: int
    threshold: np.ndarray  # [C] integer thresholds (z = count > threshold)
    source_shape: Shape3
    pool: int

    @property
    def input_shape(self) -> Shape3:
        return pooled_shape(self.source_shape, self.pool)

    @property
    def out_shape(self) -> Shape3:
        return self.input_shape

    @property
    def lanes(self) -> int:
        return self.out_shape[0]

    @property
    def n_out(self) -> int:
        return math.prod(self.out_shape)

    @property
    def words(self) -> int:
        return self.out_shape[1] * self.out_shape[2]

    @property
    def count_bits(self) -> int:
        return unsigned_bits(self.pool * self.pool)

    pixels = False
    kind = "pool"
    slots = 2


Stage = FcStage | ConvStage | PoolStage


def pooled_shape(shape: Shape3, pool: int) -> Shape3:
    return shape if not pool else (shape[0], shape[1] // pool, shape[2] // pool)


class DesignSpec(NamedTuple):
    stages: tuple[Stage, ...]
    time_steps: int
    decoding: str  # "spike_count" | "membrane"
    encoding: str

    @property
    def count_bits(self) -> int:
        return unsigned_bits(self.time_steps)

    @property
    def result_bits(self) -> int:
        """Width of one output value: a spike count, or a (signed) membrane."""
        last = self.stages[-1]
        if last.kind != "readout" and self.decoding == "spike_count":
            return self.count_bits
        return last.v_bits

    @property
    def result_signed(self) -> bool:
        return not (self.stages[-1].kind != "readout" and self.decoding == "spike_count")

    def timings(self) -> list[StageTiming]:
        """The cycle model's view of each core: the one source of every cycle figure (plan, report,
        expected cycles of a simulation)."""
        return [stage_timing(stage) for stage in self.stages]


def neuron_stages(stage: Stage) -> int:
    """Pipeline stages of the neuron update (``rtl.neuron_pipeline``) after its current and membrane
    are known, one carry chain or multiplier each: IF and readout 2 (the sum; saturate, fire and
    reset), LIF 4 (the leak's difference; its product with ``m``; the sum; saturate, fire and reset),
    or 3 when ``m`` is a power of two (the product is a shift)."""
    if stage.kind != "lif":
        return 2
    return 3 if leak_is_shift(stage.leak_m) else 4


def leak_is_shift(leak_m: int) -> bool:
    """Whether the leak factor ``m`` is a power of two (``tau = 2`` gives ``m = 1``, ``f = 1``)."""
    return leak_m > 0 and leak_m & (leak_m - 1) == 0


#: The pipeline stage at which an event's fields are held in a register in logic: block RAM reads
#: the entry (1), its output register holds it (2: on ECP5 the DP16KD's own output register, behind
#: which the select of a buffer in several rows of blocks and the route from the block RAM column
#: follow), and a register in logic holds it again (3), before any address logic.
EVENT_STAGE = 3
#: The stage of conv and pool cores where an item's target (accumulator word, hits, weight address)
#: is registered, formed from the held event.
TARGET_STAGE = EVENT_STAGE + 1
#: The pipeline stage of FC and conv cores where an event's term meets its accumulator: the weight
#: address is registered (``EVENT_STAGE + 1``), block RAM reads take two stages (the RAM's registered
#: output, then a register in logic: ``rtl.pipelined_read``), and the multiplier has a stage of its own.
ACCUMULATE_STAGE = EVENT_STAGE + 4
#: The stage of a pool core where an event's count word (read from the registered target) is
#: counted or thresholded.
POOL_COUNT_STAGE = TARGET_STAGE + 2


def pipeline_drain(stage: Stage) -> int:
    """Cycles from an item's issue to its retirement. Every core reads the event (1, 2) and holds it
    while forming its addresses (``EVENT_STAGE``, 3). A pool core then registers its target (4) and
    reads its count word (5) into a register, and counts or thresholds at ``POOL_COUNT_STAGE`` (6).
    FC and conv cores register the weight address (4), read the weight word (5), hold it and form
    the term (6), read the state and parameters (5, 6), accumulate or form the update's current
    (``ACCUMULATE_STAGE``, 7), then run ``neuron_stages``."""
    if isinstance(stage, PoolStage):
        return POOL_COUNT_STAGE
    return ACCUMULATE_STAGE + neuron_stages(stage)


def stage_timing(stage: Stage) -> StageTiming:
    """A core's layout and items per event as the cycle model counts them (see ``cycles``): a fully
    connected core issues ``G`` items per event, a convolution ``(kh / bh) (kw / bw) ceil(C / P)``, a
    pool one; conv and pool cores clear their accumulator (count) words after reset."""
    if isinstance(stage, FcStage):
        timing = fc_timing(stage.n_out, stage.lanes, stage.pixels, stage.pool, stage.slots)
        return timing._replace(drain=pipeline_drain(stage))
    if isinstance(stage, ConvStage):
        timing = StageTiming(stage.out_shape, stage.lanes, stage.kernel_items * stage.channel_groups, stage.pixels,
                             stage.pool, stage.slots, banks=stage.banks)  # fmt: skip
        return timing._replace(clear_words=stage.acc_words, drain=pipeline_drain(stage))
    timing = StageTiming(stage.out_shape, stage.lanes, 1, stage.pixels, stage.pool, stage.slots)
    return timing._replace(clear_words=timing.words, drain=pipeline_drain(stage))


NO_BANKS = (1, 1)


def bank_options(stage: Stage) -> list[tuple[int, int]]:
    """The accumulator banks a core can take, fewest first: none, the kernel's columns, then its
    rows too (a convolution of stride 1; any other core has none)."""
    if not isinstance(stage, ConvStage) or stage.stride != 1:
        return [NO_BANKS]
    kh, kw = stage.weights.shape[2:]
    return list(dict.fromkeys([NO_BANKS, (1, kw), (kh, kw)]))


def with_lanes(spec: DesignSpec, lanes: Sequence[int], banks: Sequence[tuple[int, int]] | None = None) -> DesignSpec:
    """``spec`` with ``lanes[s]`` lanes (and ``banks[s]`` accumulator banks: conv cores only) for
    each stage (a pool core's lanes are its channels) and the spike ring each then gets."""
    stages: list[Stage] = []
    for index, (stage, count) in enumerate(zip(spec.stages, lanes, strict=True)):
        if not isinstance(stage, PoolStage):
            stage = stage._replace(lanes=int(count))
            if isinstance(stage, ConvStage) and banks is not None:
                stage = stage._replace(banks=_checked_banks(stage, banks[index]))
            stage = stage._replace(slots=spike_slots(spec.time_steps, stage.pixels, stage.words, stage.lanes))
        stages.append(stage)
    return spec._replace(stages=tuple(stages))


def _checked_banks(stage: ConvStage, banks) -> tuple[int, int]:
    chosen = (int(banks[0]), int(banks[1]))
    if chosen not in bank_options(stage):
        options = ", ".join(f"{bh}x{bw}" for bh, bw in bank_options(stage))
        raise GraphError(f"stage {stage.index}: accumulator banks {chosen[0]}x{chosen[1]} are not one of {options}")
    return chosen


class Memory(NamedTuple):
    """A memory the generator declares: ``words`` deep (PyRTL rounds the depth up to a power of two)
    and ``bits`` wide; ``rom``: read-only (weights, neuron parameters)."""

    words: int
    bits: int
    rom: bool = False

    @property
    def declared_words(self) -> int:
        return 1 << unsigned_bits(self.words - 1)


def varying_parameters(stage: FcStage | ConvStage) -> list[int]:
    """Bit widths of the neuron parameters that differ between neurons (or channels): the generator
    keeps those in a parameter ROM and the others as constants."""
    fields = [(stage.bias, stage.acc_bits)]
    if stage.kind != "readout":
        fields += [(stage.threshold, stage.v_bits), (stage.v_reset, stage.v_bits), (stage.v_init, stage.v_bits)]
    if stage.kind == "lif":
        fields.append((stage.v_leak, stage.v_bits))
    return [bits for values, bits in fields if not np.all(values == values[0])]


def memory_plan(stage: Stage, spec: DesignSpec) -> dict[str, Memory]:
    """Every memory the generator (``rtl``) declares for this core, by name without the ``sN_``
    prefix: the resource model counts exactly these (a test builds random designs and compares)."""
    source, shape = stage.source_shape, stage.input_shape
    entry_bits = unsigned_bits(source[0] - 1) + unsigned_bits(shape[1] - 1) + unsigned_bits(shape[2] - 1)
    entry_bits += stage.input_bits if stage.pixels else 0
    memories = {"in_events": Memory(1 << (unsigned_bits(math.prod(source)) + 1), entry_bits)}
    lanes, words = stage.lanes, stage.words
    last = stage is spec.stages[-1]
    if not last:
        memories["spikes"] = Memory(stage.slots * (1 << unsigned_bits(words - 1)), lanes)
    if isinstance(stage, PoolStage):
        memories["counts"] = Memory(words, lanes * stage.count_bits)
        return memories
    groups = stage.groups if isinstance(stage, FcStage) else stage.channel_groups
    varying = varying_parameters(stage)
    if varying:
        memories["params"] = Memory(groups, sum(varying) * lanes, rom=True)
    memories["membranes"] = Memory(words, lanes * stage.v_bits)
    if isinstance(stage, ConvStage):
        c_in, kh, kw = stage.weights.shape[1:]
        for name in bank_names(stage):
            memories[f"weights{name}"] = Memory(c_in * kh * kw * groups, lanes * stage.weight_bits, rom=True)
            memories[f"acc{name}"] = Memory(stage.acc_words, lanes * stage.acc_bits)
        return memories
    memories["weights"] = Memory(stage.n_in * groups, lanes * stage.weight_bits, rom=True)
    if stage.pixels:
        memories["currents"] = Memory(groups, lanes * stage.acc_bits)  # the step-0 current, kept
    if last and stage.kind != "readout" and spec.decoding == "spike_count":
        memories["counts"] = Memory(groups, lanes * spec.count_bits)
    return memories


def bank_names(stage: ConvStage) -> list[str]:
    """Suffixes of a conv core's per-bank memories: ``""`` without banks, else ``_b0``, ``_b1``..."""
    return [""] if stage.bank_count == 1 else [f"_b{bank}" for bank in range(stage.bank_count)]


def lane_limit(stage: Stage) -> int:
    """The most lanes a core can use: one per output neuron (fully connected) or channel."""
    return stage.n_out if isinstance(stage, FcStage) else stage.out_shape[0]


def unsigned_bits(value: int) -> int:
    """Bits of an unsigned integer holding 0..value (at least 1)."""
    return max(1, int(value).bit_length())


def current_bound(weights: np.ndarray, bias: np.ndarray, input_max: int) -> int:
    """The largest |synaptic current| any neuron can receive in one step."""
    positive = np.clip(weights, 0, None).sum(axis=1) * input_max
    negative = np.clip(-weights, 0, None).sum(axis=1) * input_max
    return int(max(positive.max(initial=0), negative.max(initial=0)) + np.abs(bias).max(initial=0))


def _ints(value, n: int, node: str, what: str) -> np.ndarray:
    array = np.asarray(value, dtype=np.float64).reshape(-1)
    if array.size not in (1, n):
        raise GraphError(f"node '{node}': {what} has {array.size} values for {n} neurons")
    if not np.all(array == np.round(array)):
        raise GraphError(f"node '{node}': {what} must be integers (quantize the graph first)")
    return np.broadcast_to(array, (n,)).astype(np.int64)


def _pool_kernel(node: nir.SumPool2d, name: str, shape: Shape3) -> int:
    kernel, stride, padding = pool_window(node, name)
    k = kernel[0]
    if not (kernel == (k, k) and stride == kernel and padding == (0, 0) and k & (k - 1) == 0):
        raise UnsupportedNodeError(
            f"node '{name}': the FPGA backend pools with square, non-overlapping power-of-two windows "
            f"(kernel = stride, no padding), not kernel {list(kernel)} stride {list(stride)}"
        )
    if shape[1] < k or shape[2] < k:
        raise UnsupportedNodeError(f"node '{name}': a {k}x{k} pool of a {shape[1]}x{shape[2]} map is empty")
    return k


def _per_channel(value, out_shape: Shape3, node: str, what: str) -> np.ndarray:
    """A neuron parameter as one integer per channel (refused when it varies across positions)."""
    array = np.asarray(value, dtype=np.float64)
    full = np.broadcast_to(array.reshape(array.shape if array.ndim == 3 else (-1, 1, 1)), out_shape)
    channel = full.reshape(out_shape[0], -1)
    if not np.all(channel == channel[:, :1]):
        raise UnsupportedNodeError(
            f"node '{node}': {what} varies across positions; the FPGA backend takes it per channel"
        )
    if not np.all(channel == np.round(channel)):
        raise GraphError(f"node '{node}': {what} must be integers (quantize the graph first)")
    return channel[:, 0].astype(np.int64)


def _neuron_fields(graph, name: str, out_shape: Shape3) -> dict:
    neuron = graph.nodes[name]
    quant = read_snnc(neuron).get("quant", {})
    if "v_bits" not in quant:
        raise GraphError(f"node '{name}': quantized neuron lacks quant.v_bits")
    lif = isinstance(neuron, nir.LIF)
    zeros = np.zeros(out_shape[0], dtype=np.int64)
    return dict(
        kind="lif" if lif else "if",
        threshold=_per_channel(neuron.v_threshold, out_shape, name, "v_threshold"),
        v_reset=_per_channel(neuron.v_reset, out_shape, name, "v_reset"),
        v_init=_per_channel(node_v_init(neuron, out_shape), out_shape, name, "v_init"),
        v_leak=_per_channel(neuron.v_leak, out_shape, name, "v_leak") if lif else zeros,
        leak_m=int(quant["leak_m"]) if lif else 0,
        leak_f=int(quant["leak_f"]) if lif else 0,
        reset=node_reset(neuron),
        v_bits=int(quant["v_bits"]),
    )


def design_from_plan(graph: nir.NIRGraph, plan: dict) -> DesignSpec:
    """The cores of a quantized graph with the lanes and accumulator banks the ``schedule`` pass
    planned."""
    lanes = [stage["lanes"] for stage in plan["stages"]]
    banks = [tuple(stage.get("banks", NO_BANKS)) for stage in plan["stages"]]
    return with_lanes(design_from_graph(graph, lanes), lanes, banks)


def design_from_graph(graph: nir.NIRGraph, lanes: Sequence[int]) -> DesignSpec:
    """The cores of a quantized, fused graph with ``lanes[s]`` lanes for stage ``s`` (ignored for pool
    stages, whose lanes are their channels) and no accumulator banks; anything the generator cannot
    build is named."""
    meta = read_snnc(graph)
    if "quant" not in meta:
        raise GraphError("the FPGA generator needs a quantized graph (run the fpga pipeline)")
    shapes = infer_shapes(graph)
    input_bits = int(meta["quant"].get("input_bits", 8))
    time_steps = graph_time_steps(graph)
    if len(lanes) != len(stages_of(graph)):
        raise GraphError(f"{len(lanes)} lane counts for {len(stages_of(graph))} stages")
    input_name = next(n for n, node in graph.nodes.items() if isinstance(node, nir.Input))
    shape = shape3(shapes[input_name])
    stages: list[Stage] = []
    for stage, stage_lanes in zip(stages_of(graph), lanes, strict=True):
        names = list(stage["nodes"])
        pool = 0
        if isinstance(graph.nodes[names[0]], nir.SumPool2d):
            if stage["index"] == 0:
                raise UnsupportedNodeError(f"node '{names[0]}': the FPGA backend cannot pool the raw input")
            pool = _pool_kernel(graph.nodes[names[0]], names[0], shape)
            names = names[1:]
        names = [n for n in names if not isinstance(graph.nodes[n], nir.Flatten)]
        for name in names:
            if not isinstance(graph.nodes[name], (nir.Affine, nir.Conv2d, nir.IF, nir.LIF, nir.Threshold)):
                raise UnsupportedNodeError(
                    f"node '{name}': the FPGA backend cannot build {type(graph.nodes[name]).__name__} here"
                )
        source = shape
        pooled = pooled_shape(source, pool)
        if stage["kind"] == "pool":
            if not pool:
                raise UnsupportedNodeError(f"node '{stage['nodes'][-1]}': a pool stage needs a SumPool2d")
            node = graph.nodes[stage["neuron"]]
            stages.append(
                PoolStage(
                    index=stage["index"],
                    threshold=_per_channel(node.threshold, pooled, stage["neuron"], "threshold"),
                    source_shape=source,
                    pool=pool,
                )
            )
            shape = pooled
            continue
        if stage["neuron"] is not None and isinstance(graph.nodes[stage["neuron"]], nir.Threshold):
            raise UnsupportedNodeError(f"node '{stage['neuron']}': a Threshold after a synapse is not supported")
        synapse_name = stage["synapse"]
        synapse = graph.nodes[synapse_name]
        weights = np.asarray(synapse.weight, dtype=np.float64)
        if not np.all(weights == np.round(weights)):
            raise GraphError(f"node '{synapse_name}': weights must be integers (quantize the graph first)")
        weights = weights.astype(np.int64)
        pixels = stage["input"] == "pixels"
        input_max = ((1 << input_bits) - 1 if pixels else 1) * max(pool, 1) ** 2
        weight_bits = int(read_snnc(synapse)["quant"]["weight_bits"])
        common = dict(
            index=stage["index"],
            weight_bits=weight_bits,
            lanes=max(1, int(stage_lanes)),
            pixels=pixels,
            input_bits=input_bits,
            source_shape=source,
            pool=pool,
        )
        if isinstance(synapse, nir.Conv2d):
            conv = _conv_stage(graph, stage, synapse_name, synapse, weights, pooled, input_max, common, shapes)
            conv = conv._replace(slots=spike_slots(time_steps, pixels, conv.words, conv.lanes))
            stages.append(conv)
            shape = conv.out_shape
            continue
        if math.prod(pooled) != weights.shape[1]:
            raise GraphError(f"node '{synapse_name}': {weights.shape[1]} inputs, but {math.prod(pooled)} arrive")
        n_out = weights.shape[0]
        bias = _ints(synapse.bias, n_out, synapse_name, "bias")
        bound = current_bound(weights, bias, input_max)
        zeros = np.zeros(n_out, dtype=np.int64)
        if stage["kind"] == "readout":
            fields = dict(kind="readout", threshold=zeros, v_reset=zeros, v_init=zeros, v_leak=zeros, leak_m=0,
                          leak_f=0, reset="zero", v_bits=signed_bits(time_steps * bound))  # fmt: skip
        else:
            name = stage["neuron"]
            if math.prod(shapes[name]) != n_out:
                raise GraphError(f"node '{name}': {math.prod(shapes[name])} neurons after {n_out} synapse outputs")
            fields = _neuron_fields(graph, name, (n_out, 1, 1))
        fc = FcStage(weights=weights, bias=bias, acc_bits=signed_bits(bound), **fields, **common)
        stages.append(fc._replace(slots=spike_slots(time_steps, pixels, fc.words, fc.lanes)))
        shape = (n_out, 1, 1)
    decoding = meta.get("decoding", "spike_count")
    if not isinstance(stages[-1], FcStage):
        raise UnsupportedNodeError("the FPGA backend needs a fully connected last stage (the classifier)")
    return DesignSpec(tuple(stages), time_steps, decoding, graph_encoding(graph))


def _conv_stage(graph, stage, name, synapse, weights, in_shape: Shape3, input_max, common, shapes) -> ConvStage:
    c_out, c_in, kh, kw = weights.shape
    stride, padding, dilation, groups = conv_geometry(synapse, name)
    s, pad = stride[0], padding[0]
    if not (stride == (s, s) and padding == (pad, pad) and dilation == (1, 1) and groups == 1):
        raise UnsupportedNodeError(
            f"node '{name}': the FPGA backend builds square strides and paddings, no dilation or groups"
        )
    if s & (s - 1):
        raise UnsupportedNodeError(f"node '{name}': stride {s} is not a power of two")
    if c_in != in_shape[0]:
        raise GraphError(f"node '{name}': {c_in} input channels, but {in_shape[0]} arrive")
    out_shape = shape3(shapes[stage["neuron"]])
    bias = _ints(np.broadcast_to(np.asarray(synapse.bias), (c_out,)), c_out, name, "bias")
    bound = current_bound(weights.reshape(c_out, -1), bias, input_max)
    return ConvStage(
        weights=weights,
        bias=bias,
        acc_bits=signed_bits(bound),
        stride=s,
        padding=pad,
        out_shape=out_shape,
        **_neuron_fields(graph, stage["neuron"], out_shape),
        **common,
    )
