"""The ``quantize`` pass: integer, self-describing NIR whose decisions agree with the float graph's."""

import nir
import numpy as np
import pytest
import torch
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from snnc.backends import pipeline_for
from snnc.errors import ConfigError, SnncError
from snnc.ir.encoding import decode, encode
from snnc.ir.integer import is_quantized, simulate_integer
from snnc.ir.metadata import read_snnc, update_snnc, write_snnc
from snnc.ir.passes import PassContext, run_pipeline
from snnc.ir.reference import compile_program, simulate
from tests.conftest import conv_graph, fc_graph
from tests.ir.passes.graphs import quantized


def test_quantize_writes_integer_self_describing_nir(rng, tmp_path):
    from snnc.ir.io import read_graph, write_graph

    graph = quantized(conv_graph(rng))
    assert is_quantized(graph)
    for node in graph.nodes.values():
        for key in ("weight", "bias", "v_threshold", "v_reset", "threshold"):
            if hasattr(node, key):
                value = np.asarray(getattr(node, key))
                assert np.all(value == np.round(value)), key
    assert np.abs(graph.nodes["conv"].weight).max() == 127
    meta = read_snnc(graph.nodes["lif"])["quant"]
    assert meta["leak_m"] == 1 and meta["leak_f"] == 1 and meta["v_bits"] >= 8  # dt/tau = 1/2: a shift
    assert read_snnc(graph.nodes["input_quantizer"])["quant"] == {"role": "input", "input_bits": 8}
    path = write_graph(graph, tmp_path / "q.nir")
    nir.read(path)  # still a valid NIR file for other tools
    back = read_graph(path)
    x = torch.rand(4, 2, 2, 6, 6)
    program = compile_program(back)
    assert torch.equal(simulate_integer(program, x).output, simulate_integer(compile_program(graph), x).output)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    bits=st.integers(12, 16),
    neuron=st.sampled_from(["LIF", "IF"]),
    reset=st.sampled_from(["zero", "subtract"]),
)
def test_float_and_integer_decisions_agree_at_12_bits_or_more(seed, bits, neuron, reset):
    rng = np.random.default_rng(seed)
    graph = fc_graph(rng, sizes=(6, 12, 4), neuron=neuron, reset=reset)
    write_snnc(graph, {"encoding": "binary", "time_steps": 10})
    images = torch.from_numpy(rng.uniform(0, 1, (128, 6)))
    inputs = encode(images, "binary", 10)
    float_out = simulate(graph, inputs).output
    # class decisions where float's winner leads by 2 spikes or more (not a near tie): a graph whose
    # outputs never decide clearly (about 3 in 100 random ones) is no example, hypothesis draws another
    counts = float_out.sum(0)
    top2 = counts.topk(2, dim=-1).values
    clear = (top2[:, 0] - top2[:, 1]) >= 2
    assume(clear.sum() >= 8)
    q = quantized(graph, bits)
    int_out = simulate_integer(compile_program(q), inputs).output
    # spike decisions: nearly all (neuron, step) spikes agree
    assert (float_out != int_out.double()).double().mean() <= 0.03
    agree = decode(float_out, "spike_count")[clear] == decode(int_out, "spike_count")[clear]
    assert agree.double().mean() >= 0.95


def test_direct_input_quantization_agrees(rng):
    graph = conv_graph(rng)
    write_snnc(graph, {"encoding": "direct", "time_steps": 6})
    q = quantized(graph, 14, input_bits=12)
    inputs = encode(torch.rand(32, 2, 6, 6, dtype=torch.float64), "direct", 6)
    float_pred = decode(simulate(graph, inputs).output, "spike_count")
    int_pred = decode(simulate_integer(compile_program(q), inputs).output, "spike_count")
    assert (float_pred == int_pred).double().mean() >= 0.9
    # the quantized graph still reads as floats: Norse/float reference run it with the same meaning
    float_q = decode(simulate(q, inputs).output, "spike_count")
    assert (float_q == int_pred).double().mean() >= 0.9


def test_quantize_options_are_checked(rng):
    with pytest.raises(ConfigError, match="--weight-bits"):
        quantized(fc_graph(rng), 1)
    with pytest.raises(ConfigError, match="already quantized"):
        run_pipeline(quantized(fc_graph(rng)), ["quantize"], PassContext())


def test_saturation_is_reported_with_calibration(rng):
    graph = fc_graph(rng, sizes=(6, 8, 3), neuron="IF")
    write_snnc(graph, {"encoding": "binary", "time_steps": 20})
    ctx = PassContext(v_bits=5, calibration=torch.rand(16, 6))
    run_pipeline(graph, pipeline_for("reference"), ctx)
    report = ctx.reports["quantize"]
    assert all("saturation" in stage for stage in report)
    assert max(stage["saturation"] for stage in report) > 0


def test_quantize_needs_the_time_steps_and_records_them(rng):
    with pytest.raises(SnncError, match="does not state its time steps; pass -T"):
        run_pipeline(fc_graph(rng), pipeline_for("reference"), PassContext())
    graph = run_pipeline(fc_graph(rng), pipeline_for("reference"), PassContext(time_steps=12))
    assert read_snnc(graph)["time_steps"] == 12  # compile -T lands in the .q.nir


def test_per_channel_scales_keep_decisions_and_use_one_unit_per_channel(rng):
    graph = conv_graph(rng, channels=3)
    write_snnc(graph, {"encoding": "direct", "time_steps": 6})
    q = quantized(graph, 8, per_channel=True)
    scales = read_snnc(q.nodes["conv"])["quant"]["scale"]
    assert len(scales) == 3 and len(set(scales)) == 3
    weights = np.asarray(q.nodes["conv"].weight)
    assert all(np.abs(weights[c]).max() == 127 for c in range(3))  # every channel uses the full range
    thresholds = np.asarray(q.nodes["lif"].v_threshold)
    assert all(len(np.unique(thresholds[c])) == 1 for c in range(3)) and len(np.unique(thresholds)) == 3
    inputs = encode(torch.rand(32, 2, 6, 6, dtype=torch.float64), "direct", 6)
    float_pred = decode(simulate(graph, inputs).output, "spike_count")
    int_pred = decode(simulate_integer(compile_program(q), inputs).output, "spike_count")
    assert (float_pred == int_pred).double().mean() >= 0.85


def test_v_init_is_quantized_with_the_stage_unit(rng):
    """v_init (one per channel) becomes round(v_init / u) per channel, like v_reset; the integer graph
    starts its membranes there and decides as the float graph does."""
    graph = conv_graph(rng, channels=3, reset="subtract")
    update_snnc(graph.nodes["lif"], v_init=[0.5, 0.25, -0.25])
    update_snnc(graph.nodes["if"], v_init=0.5)
    write_snnc(graph, read_snnc(graph) | {"encoding": "direct", "time_steps": 6})
    q = quantized(graph, 12, per_channel=True)
    units = np.asarray(read_snnc(q.nodes["lif"])["quant"]["unit"])
    assert read_snnc(q.nodes["lif"])["v_init"] == np.round(np.array([0.5, 0.25, -0.25]) / units).tolist()
    if_units = np.asarray(read_snnc(q.nodes["if"])["quant"]["unit"])  # one per class: the fc stage's channels
    np.testing.assert_array_equal(np.asarray(read_snnc(q.nodes["if"])["v_init"]), np.round(0.5 / if_units))
    program = compile_program(q)
    silent = fc_graph(rng, sizes=(2, 3), neuron="IF", reset="subtract")
    update_snnc(silent.nodes["n1"], v_init=0.5)
    write_snnc(silent, read_snnc(silent) | {"encoding": "binary", "time_steps": 3})
    silent_q = quantized(silent, 8)
    v_init = read_snnc(silent_q.nodes["n1"])["v_init"]
    assert v_init == round(0.5 / read_snnc(silent_q.nodes["n1"])["quant"]["unit"])
    no_bias = silent_q.nodes["fc1"]
    no_bias.bias = np.zeros_like(no_bias.bias)
    membranes = simulate_integer(compile_program(silent_q), torch.zeros(3, 1, 2), record_membranes=("n1",)).membranes
    assert torch.all(membranes["n1"] == v_init)  # no input: the membranes stay where they started
    inputs = encode(torch.rand(32, 2, 6, 6, dtype=torch.float64), "direct", 6)
    float_pred = decode(simulate(graph, inputs).output, "spike_count")
    int_pred = decode(simulate_integer(program, inputs).output, "spike_count")
    assert (float_pred == int_pred).double().mean() >= 0.85


@pytest.mark.parametrize("per_channel", [False, True])
def test_scales_make_thresholds_exact_integers_of_the_unit(rng, per_channel):
    """The unit divides each threshold (0.7 per layer, or one per channel): the integer threshold times
    the unit is the float threshold, to float rounding, and the weights stay within their bits."""
    graph = fc_graph(rng, sizes=(6, 5, 3), neuron="IF", reset="subtract")
    thresholds = np.array([0.7, 0.9, 1.3, 0.55, 2.0]) if per_channel else np.full(5, 0.7)
    graph.nodes["n1"].v_threshold = thresholds
    write_snnc(graph, {"encoding": "binary", "time_steps": 5})
    q = quantized(graph, 6, per_channel=per_channel)
    unit = np.asarray(read_snnc(q.nodes["n1"])["quant"]["unit"])
    np.testing.assert_allclose(np.asarray(q.nodes["n1"].v_threshold) * unit, thresholds, rtol=1e-12)
    weights = np.asarray(q.nodes["fc1"].weight)
    assert np.abs(weights).max() <= 31
    plain_unit = np.abs(np.asarray(graph.nodes["fc1"].weight)).max(axis=1 if per_channel else None) / 31
    assert np.all(unit >= plain_unit - 1e-15) and np.all(unit < 2 * plain_unit)


def test_mixed_precision_gives_each_synapse_stage_its_own_width(rng):
    """--weight-bits 8,4: the conv stage in 8 bits, the fc stage in 4 (the pool stage has no weights);
    the graph records the widest, every synapse its own, and the integer graph runs."""
    graph = conv_graph(rng, channels=3)
    write_snnc(graph, {"encoding": "direct", "time_steps": 4})
    q = quantized(graph, 8, stage_weight_bits=(8, 4))
    assert read_snnc(q.nodes["conv"])["quant"]["weight_bits"] == 8
    assert read_snnc(q.nodes["fc"])["quant"]["weight_bits"] == 4
    assert np.abs(np.asarray(q.nodes["conv"].weight)).max() <= 127
    assert 4 <= np.abs(np.asarray(q.nodes["fc"].weight)).max() <= 7  # 4 signed bits: |w| <= 7, and used
    assert read_snnc(q)["quant"]["weight_bits"] == 8
    simulate_integer(compile_program(q), encode(torch.rand(2, 2, 6, 6, dtype=torch.float64), "direct", 4))
    with pytest.raises(ConfigError, match="gives 3 widths for 2 synapse stages"):
        quantized(graph, 8, stage_weight_bits=(8, 4, 4))


def qat_trained(graph, rng, bits=4, nodes=("fc1", "fc2")):
    """``graph`` (in place) as a QAT-trained network would export it: each named synapse's weights
    random signed ``bits``-bit integers times a scale per output channel, recorded in metadata ``qat``."""
    limit = (1 << (bits - 1)) - 1
    scales = {}
    for name in nodes:
        node = graph.nodes[name]
        integers = rng.integers(-limit, limit + 1, np.shape(node.weight)).astype(np.float64)
        integers[:, 0] = limit  # every channel reaches the top level, as max-abs scales make it
        scales[name] = rng.uniform(0.05, 0.3, integers.shape[0])
        node.weight = integers * scales[name].reshape(-1, *([1] * (integers.ndim - 1)))
        update_snnc(node, qat={"bits": bits, "scale": scales[name].tolist()})
    return scales


def test_qat_scales_and_bits_are_used_exactly_and_win_over_weight_bits(rng):
    """A QAT synapse is quantized with its trained bits and scales (not --weight-bits, --per-channel or
    threshold alignment): its integers are the trained ones, the unit its scale, thresholds rounded."""
    graph = fc_graph(rng, sizes=(6, 5, 3), neuron="IF", reset="subtract")
    write_snnc(graph, {"encoding": "binary", "time_steps": 5})
    scales = qat_trained(graph, rng)
    ctx = PassContext(weight_bits=8, stage_weight_bits=(8, 12), per_channel=False)
    q = run_pipeline(graph, pipeline_for("reference"), ctx)
    for name in ("fc1", "fc2"):
        quant = read_snnc(q.nodes[name])["quant"]
        assert quant["weight_bits"] == 4 and quant["qat"] is True
        np.testing.assert_array_equal(quant["scale"], scales[name])  # no threshold alignment raised it
        expected = np.round(np.asarray(graph.nodes[name].weight) / scales[name][:, None])
        np.testing.assert_array_equal(np.asarray(q.nodes[name].weight), expected)
    threshold = np.asarray(q.nodes["n1"].v_threshold)
    np.testing.assert_array_equal(threshold, np.round(1.0 / scales["fc1"]))  # the unit's threshold, rounded
    assert read_snnc(q)["quant"]["weight_bits"] == 4
    assert [s.get("qat") for s in ctx.reports["quantize"]] == [True, True]
    from snnc.compile import CompileOptions, qat_notes

    (note,) = qat_notes(ctx, CompileOptions(per_channel=True))
    assert "stage 0 (4 bits), stage 1 (4 bits)" in note and "--weight-bits, --per-channel" in note
    x = encode((torch.rand(8, 6) > 0.5).double(), "binary", 5)
    simulate_integer(compile_program(q), x)


def test_qat_scales_follow_canonicalize_and_mismatched_weights_are_refused(rng):
    """Folding r = 2 into the synapse doubles its QAT scales (the integers stay); weights that are not
    the trained integers times the recorded scales are refused, naming the node."""
    graph = fc_graph(rng, sizes=(6, 5, 3), neuron="IF")
    write_snnc(graph, {"encoding": "binary", "time_steps": 5})
    scales = qat_trained(graph, rng, bits=5)
    integers = np.round(np.asarray(graph.nodes["fc1"].weight) / scales["fc1"][:, None])
    graph.nodes["n1"].r = np.full(5, 2.0)
    q = quantized(graph)
    np.testing.assert_allclose(read_snnc(q.nodes["fc1"])["quant"]["scale"], 2 * scales["fc1"])
    np.testing.assert_array_equal(np.asarray(q.nodes["fc1"].weight), integers)
    graph.nodes["n1"].r = np.ones(5)
    graph.nodes["fc2"].weight = np.asarray(graph.nodes["fc2"].weight) * 1.01
    with pytest.raises(SnncError, match="node 'fc2'.*integers times the scales"):
        quantized(graph)


def test_qat_metadata_is_checked(rng):
    from snnc.ir.schema import validate_graph

    graph = fc_graph(rng, sizes=(6, 5, 3))
    update_snnc(graph.nodes["fc1"], qat={"bits": 4, "scale": [0.1, 0.2]})
    with pytest.raises(SnncError, match="qat.scale' lists 2 scales for 5 output channels"):
        validate_graph(graph)
    update_snnc(graph.nodes["fc1"], qat={"bits": 1, "scale": 0.1})
    with pytest.raises(SnncError, match="qat.bits"):
        validate_graph(graph)
    update_snnc(graph.nodes["fc1"], qat={"bits": 4, "scale": [0.1, 0.2, -0.1, 0.1, 0.1]})
    with pytest.raises(SnncError, match="qat.scale"):
        validate_graph(graph)
    update_snnc(graph.nodes["n1"], qat={"bits": 4, "scale": 0.1})
    update_snnc(graph.nodes["fc1"], qat={"bits": 4, "scale": 0.1})
    with pytest.raises(SnncError, match="node 'n1'.*for synapses"):
        validate_graph(graph)
