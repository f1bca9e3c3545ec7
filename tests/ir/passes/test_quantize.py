"""The ``quantize`` pass: integer, self-describing NIR whose decisions agree with the float graph's."""

import nir
import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from snnc.backends import pipeline_for
from snnc.errors import ConfigError, SnncError
from snnc.ir.encoding import decode, encode
from snnc.ir.integer import is_quantized, simulate_integer
from snnc.ir.metadata import read_snnc, write_snnc
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
    q = quantized(graph, bits)
    images = torch.from_numpy(rng.uniform(0, 1, (64, 6)))
    inputs = encode(images, "binary", 10)
    float_out = simulate(graph, inputs).output
    int_out = simulate_integer(compile_program(q), inputs).output
    # spike decisions: nearly all (neuron, step) spikes agree
    assert (float_out != int_out.double()).double().mean() <= 0.03
    # class decisions: where float's winner leads by 2 spikes or more (not a near tie), integers agree
    counts = float_out.sum(0)
    top2 = counts.topk(2, dim=-1).values
    clear = (top2[:, 0] - top2[:, 1]) >= 2
    agree = decode(float_out, "spike_count")[clear] == decode(int_out, "spike_count")[clear]
    assert agree.double().mean() >= 0.95 if clear.any() else True


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
