"""The cores read off a quantized graph (``snnc.backends.fpga.spec``): kinds, lanes, words and
accumulator widths per stage, lanes changed afterwards, the cycle model's view of each core."""

import math

import numpy as np
import pytest

from snnc.backends.fpga.cycles import StageTiming, fc_timing
from snnc.backends.fpga.spec import (
    ConvStage,
    FcStage,
    PoolStage,
    design_from_graph,
    design_from_plan,
    lane_limit,
    neuron_stages,
    pipeline_drain,
    stage_timing,
    with_lanes,
)
from snnc.errors import GraphError
from snnc.ir.passes.quantize import signed_bits
from tests.backends.fpga.graphs import quantized_conv_graph, quantized_fc_graph
from tests.conftest import fc_graph


def largest_current(weights: np.ndarray, bias: np.ndarray, input_max: int) -> int:
    """The largest |current| any neuron can receive in one step, neuron by neuron (docs/semantics.md)."""
    weights = weights.reshape(len(weights), -1)
    positive = np.clip(weights, 0, None).sum(1) * input_max
    negative = np.clip(-weights, 0, None).sum(1) * input_max
    return int((np.maximum(positive, negative) + np.abs(bias)).max())


def holds(bits: int, magnitude: int) -> bool:
    """A signed ``bits``-bit register holds [-magnitude, magnitude]."""
    return magnitude <= (1 << (bits - 1)) - 1


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(
    "sizes, kinds, pixels, lanes",
    [
        ([6, 5, 4, 3], ["lif", "if", "readout"], True, [2, 5, 1]),
        ([9, 7, 4], ["if", "lif"], False, [3, 4]),
        ([3, 8, 2], ["lif", "readout"], True, [8, 2]),
    ],
)
def test_fully_connected_stages(seed, sizes, kinds, pixels, lanes):
    rng = np.random.default_rng(seed)
    graph = quantized_fc_graph(rng, sizes, kinds, pixels, 4, "membrane", input_bits=4)
    spec = design_from_graph(graph, lanes)
    assert all(isinstance(stage, FcStage) for stage in spec.stages)
    assert [stage.kind for stage in spec.stages] == kinds
    assert [stage.lanes for stage in spec.stages] == lanes
    assert [stage.n_out for stage in spec.stages] == sizes[1:] and [stage.n_in for stage in spec.stages] == sizes[:-1]
    assert [stage.words for stage in spec.stages] == [math.ceil(n / p) for n, p in zip(sizes[1:], lanes, strict=True)]
    assert [stage.pixels for stage in spec.stages] == [pixels] + [False] * (len(kinds) - 1)
    assert spec.time_steps == 4 and spec.decoding == "membrane"
    assert spec.encoding == ("direct" if pixels else "poisson")
    for index, stage in enumerate(spec.stages):
        synapse = graph.nodes[f"fc{index}"]
        input_max = 15 if stage.pixels else 1  # 4-bit pixels, else spikes
        bound = largest_current(np.asarray(synapse.weight), np.asarray(synapse.bias), input_max)
        assert holds(stage.acc_bits, bound), (index, stage.acc_bits, bound)
        np.testing.assert_array_equal(stage.weights, synapse.weight)
        if stage.kind == "readout":  # a readout integrates T currents
            assert holds(stage.v_bits, 4 * bound)
        else:
            assert stage.v_bits == 9  # the neuron's quant.v_bits


@pytest.mark.parametrize("pixels", [False, True])
def test_accumulator_width_by_hand(rng, pixels):
    graph = quantized_fc_graph(rng, [2, 2, 2], ["if", "readout"], pixels, 3, "membrane", input_bits=4)
    graph.nodes["fc0"].weight = np.array([[3.0, -1.0], [-2.0, -2.0]])
    graph.nodes["fc0"].bias = np.array([1.0, -4.0])
    graph.nodes["fc1"].weight = np.array([[1.0, 1.0], [0.0, -1.0]])
    graph.nodes["fc1"].bias = np.array([2.0, 0.0])
    first, readout = design_from_graph(graph, [1, 1]).stages
    if pixels:  # inputs up to 15: neuron 1 receives at most 15 * (2 + 2) + 4 = 64, 8 signed bits
        assert first.acc_bits == 8
    else:  # spikes: neuron 1 receives at most 2 + 2 + 4 = 8, 5 signed bits
        assert first.acc_bits == 5
    # readout: at most 1 + 1 + 2 = 4 per step (neuron 0), 4 signed bits; integrated over T = 3 steps, 12: 5 bits
    assert readout.acc_bits == 4 == signed_bits(4) and readout.v_bits == 5 == signed_bits(12)


def conv_pool_fc_graph(rng, pixels=True):
    """Input (2, 8, 8) -> conv 4x3x3 -> LIF -> 2x2 spike max pool -> Flatten -> FC 6 -> IF -> FC 3 -> IF, T = 3."""
    return quantized_conv_graph(
        rng, (2, 8, 8), [(4, 3, 1, 1)], "spike", 6, 3, ["lif", "if", "if"], pixels, 3, "spike_count"
    )


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("pixels", [True, False])
def test_conv_pool_fc_stages(seed, pixels):
    rng = np.random.default_rng(seed)
    graph = conv_pool_fc_graph(rng, pixels)
    spec = design_from_graph(graph, [2, 1, 3, 2])  # the pool's lane count is ignored: its lanes are its channels
    conv, pool, hidden, last = spec.stages
    assert (type(conv), type(pool), type(hidden), type(last)) == (ConvStage, PoolStage, FcStage, FcStage)
    assert [stage.kind for stage in spec.stages] == ["lif", "pool", "if", "if"]
    assert [stage.lanes for stage in spec.stages] == [2, 4, 3, 2]
    # conv: 8x8 positions x ceil(4 / 2) channel groups; pool: 4x4 positions; FC: ceil(6 / 3), ceil(3 / 2) groups
    assert [stage.words for stage in spec.stages] == [128, 16, 2, 2]
    assert conv.out_shape == (4, 8, 8) and pool.out_shape == (4, 4, 4) and pool.pool == 2
    assert hidden.pool == 0 and hidden.n_in == 64 and conv.pixels == pixels and not hidden.pixels
    input_max = 7 if pixels else 1  # 3-bit pixels, else spikes
    bound = largest_current(np.asarray(graph.nodes["conv0"].weight), np.asarray(graph.nodes["conv0"].bias), input_max)
    assert holds(conv.acc_bits, bound)
    for stage, name in ((hidden, "fc0"), (last, "fc1")):
        node = graph.nodes[name]
        assert holds(stage.acc_bits, largest_current(np.asarray(node.weight), np.asarray(node.bias), 1))


def test_a_sum_pool_folds_into_the_next_synapse(rng):
    graph = quantized_conv_graph(rng, (2, 8, 8), [(4, 3, 1, 1)], "sum", 6, 3, ["lif", "if"], False, 3, "membrane", True)
    conv, hidden, readout = design_from_graph(graph, [2, 3, 3]).stages
    assert [stage.kind for stage in (conv, hidden, readout)] == ["lif", "if", "readout"]
    assert hidden.pool == 2 and hidden.source_shape == (4, 8, 8) and hidden.input_shape == (4, 4, 4)
    node = graph.nodes["fc0"]  # a 2x2 window sums up to 4 spikes per input
    assert holds(hidden.acc_bits, largest_current(np.asarray(node.weight), np.asarray(node.bias), 4))
    assert [stage.words for stage in (conv, hidden, readout)] == [128, 2, 1]


def test_with_lanes_changes_lanes_and_slots(rng):
    # a pixel stage of 2000 neurons, T = 100: its spike ring wants 128 slots but holds 2^16 bits:
    # 1 lane -> 2000 words (2048 declared): 32 slots; 3 lanes -> 667 words (1024 declared, 3072 bits a slot): 16
    graph = quantized_fc_graph(rng, [4, 2000, 3], ["if", "if"], True, 100, "spike_count")
    spec = design_from_graph(graph, [1, 1])
    assert [s.lanes for s in spec.stages] == [1, 1] and [s.slots for s in spec.stages] == [32, 2]
    wider = with_lanes(spec, [3, 2])
    assert [s.lanes for s in wider.stages] == [3, 2] and [s.slots for s in wider.stages] == [16, 2]
    assert [s.words for s in wider.stages] == [667, 2]
    assert [s.lanes for s in spec.stages] == [1, 1]  # a new spec; the old one is unchanged
    back = with_lanes(wider, [1, 1])
    assert [(s.lanes, s.slots) for s in back.stages] == [(s.lanes, s.slots) for s in spec.stages]
    conv = design_from_graph(
        quantized_conv_graph(rng, (1, 6, 6), [(3, 3, 1, 1)], "spike", 4, 3, ["if"] * 3, False, 2, "spike_count"),
        [1, 1, 1, 1],
    )
    assert [s.lanes for s in with_lanes(conv, [3, 9, 2, 3]).stages] == [3, 3, 2, 3]  # a pool keeps its channels


def test_stage_timing_per_kind(rng):
    graph = conv_pool_fc_graph(rng)
    spec = design_from_graph(graph, [3, 1, 4, 2])
    conv, pool, hidden, last = spec.stages
    # conv: 3x3 kernel x ceil(4 / 3) = 2 channel groups per event; it clears its 8 * 8 * 2 words after reset
    # pipeline depth: FC and conv cores 7 stages + the neuron's (IF/readout 2, LIF 3 or 4), a pool 6
    drain = {conv.index: 7 + neuron_stages(conv), hidden.index: 7 + neuron_stages(hidden)}
    assert stage_timing(conv) == StageTiming(
        (4, 8, 8), 3, 18, True, 0, conv.slots, clear_words=128, drain=drain[conv.index]
    )
    assert stage_timing(pool) == StageTiming((4, 4, 4), 4, 1, False, 2, 2, clear_words=16, drain=6)  # one per event
    assert stage_timing(hidden) == fc_timing(6, 4, False)._replace(drain=drain[hidden.index])
    depths = [neuron_stages(hidden._replace(kind=kind, leak_m=m)) for kind, m in
              [("if", 3), ("readout", 3), ("lif", 1), ("lif", 8), ("lif", 3), ("lif", 6)]]  # fmt: skip
    assert depths == [2, 2, 3, 3, 4, 4]  # a power-of-two leak factor is a shift, not a multiplier stage
    assert fc_timing(6, 4, False) == StageTiming((6, 1, 1), 4, 2, False, 0, 2, 0)
    assert [pipeline_drain(stage) for stage in spec.stages] == [t.drain for t in spec.timings()]
    assert stage_timing(last).per_event == 2 and stage_timing(last).clear_words == 0
    assert spec.timings() == [stage_timing(stage) for stage in spec.stages]
    for stage, timing in zip(spec.stages, spec.timings(), strict=True):
        assert timing.words == stage.words and timing.lanes == stage.lanes
    # banked 3x3: 8x8 positions in 3x3 tiles (3 x 3 tiles, 9 x 9 padded), 2 groups; one item per event and
    # group; the 9 accumulator banks hold 3 * 3 * 2 words each, cleared side by side
    banked = with_lanes(spec, [3, 1, 4, 2], [(3, 3), (1, 1), (1, 1), (1, 1)]).stages[0]
    assert (banked.tiles, banked.acc_words, banked.words) == ((3, 3), 18, 162)
    assert stage_timing(banked) == StageTiming(
        (4, 8, 8), 3, 2, True, 0, banked.slots, clear_words=18, drain=drain[conv.index], banks=(3, 3)
    )
    assert stage_timing(banked).words == 162
    columns = with_lanes(spec, [3, 1, 4, 2], [(1, 3), (1, 1), (1, 1), (1, 1)]).stages[0]
    assert (stage_timing(columns).per_event, columns.words, columns.acc_words) == (6, 8 * 9 * 2, 8 * 3 * 2)
    with pytest.raises(GraphError, match="banks 2x2 are not one of 1x1, 1x3, 3x3"):
        with_lanes(spec, [3, 1, 4, 2], [(2, 2), (1, 1), (1, 1), (1, 1)])


def test_lane_limit(rng):
    graph = conv_pool_fc_graph(rng)
    spec = design_from_graph(graph, [1, 1, 1, 1])
    assert [lane_limit(stage) for stage in spec.stages] == [4, 4, 6, 3]  # channels, channels, neurons, neurons


def test_design_from_plan_reads_the_planned_lanes(rng):
    graph = quantized_fc_graph(rng, [6, 5, 4, 3], ["lif", "if", "readout"], True, 4, "membrane")
    plan = {"stages": [{"index": 0, "lanes": 2}, {"index": 1, "lanes": 5}, {"index": 2, "lanes": 3}], "other": 1}
    spec = design_from_plan(graph, plan)
    assert [stage.lanes for stage in spec.stages] == [2, 5, 3]
    for planned, given in zip(spec.stages, design_from_graph(graph, [2, 5, 3]).stages, strict=True):
        assert (planned.kind, planned.lanes, planned.words, planned.slots, planned.acc_bits) == (
            given.kind,
            given.lanes,
            given.words,
            given.slots,
            given.acc_bits,
        )
        np.testing.assert_array_equal(planned.weights, given.weights)


def test_wrong_lane_count_and_unquantized_graphs_are_refused(rng):
    graph = quantized_fc_graph(rng, [6, 5, 4, 3], ["lif", "if", "readout"], True, 4, "membrane")
    with pytest.raises(GraphError, match="2 lane counts for 3 stages"):
        design_from_graph(graph, [1, 1])
    with pytest.raises(GraphError, match="4 lane counts for 3 stages"):
        design_from_plan(graph, {"stages": [{"lanes": 1}] * 4})
    with pytest.raises(GraphError, match="needs a quantized graph"):
        design_from_graph(fc_graph(rng), [1, 1])
