"""Each pass on tiny graphs built in code: the reference gives the same outputs before and after."""

import nir
import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from snnc.backends import pipeline_for
from snnc.errors import ConfigError, SnncError, UnsupportedNodeError
from snnc.ir.encoding import decode, encode
from snnc.ir.integer import is_quantized, simulate_integer
from snnc.ir.metadata import read_snnc, update_snnc, write_snnc
from snnc.ir.passes import PASSES, PassContext, run_pipeline
from snnc.ir.reference import compile_program, simulate
from tests.conftest import conv_graph, fc_graph, lif_params


def run_pass(name, graph, **options):
    return run_pipeline(graph, [name], PassContext(**options))


def chain(nodes, meta=None):
    names = list(nodes)
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(names[:-1], names[1:], strict=True)), type_check=False)
    if meta:
        write_snnc(graph, meta)
    return graph


def avgpool_graph(rng):
    return chain(
        {
            "input": nir.Input(input_type={"input": np.array([2, 6, 6])}),
            "conv1": nir.Conv2d(
                input_shape=(6, 6),
                weight=rng.normal(0, 1, (3, 2, 3, 3)),
                stride=1,
                padding=1,
                dilation=1,
                groups=1,
                bias=rng.normal(0, 0.2, 3),
            ),
            "if1": nir.IF(r=np.full((3, 6, 6), 2.0), v_threshold=np.ones((3, 6, 6)), v_reset=np.zeros((3, 6, 6))),
            "avg": nir.AvgPool2d(kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])),
            "flat": nir.Flatten(input_type={"input": np.array([3, 3, 3])}, start_dim=0, end_dim=-1),
            "fc": nir.Affine(weight=rng.normal(0, 1, (4, 27)), bias=rng.normal(0, 0.2, 4)),
            "lif": nir.LIF(**lif_params((4,))),
            "output": nir.Output(output_type={"output": np.array([4])}),
        },
        {"encoding": "direct", "time_steps": 8},
    )


def test_canonicalize_preserves_outputs(rng):
    graph = avgpool_graph(rng)
    x = torch.rand(8, 3, 2, 6, 6, dtype=torch.float64)
    before = simulate(graph, x, record=["if1"])
    after_graph = run_pass("canonicalize", graph)
    after = simulate(after_graph, x, record=["if1"])
    assert not any(isinstance(n, (nir.AvgPool2d, nir.Scale)) for n in after_graph.nodes.values())
    np.testing.assert_array_equal(after_graph.nodes["if1"].r, np.ones((3, 6, 6)))  # r folded into conv1
    assert torch.equal(before.recorded["if1"], after.recorded["if1"])
    torch.testing.assert_close(before.output, after.output)


def test_validate_refuses_what_the_integer_pipeline_cannot_do(rng):
    graph = fc_graph(rng)
    graph.nodes["n1"] = nir.LI(tau=np.full(5, 0.01), r=np.ones(5), v_leak=np.zeros(5))
    with pytest.raises(UnsupportedNodeError, match="node 'n1': LI is not supported"):
        run_pass("validate", graph)
    branched = fc_graph(rng, sizes=(3, 3, 3))
    branched.edges.append(("n1", "output"))
    with pytest.raises(SnncError, match="feed-forward chain"):
        run_pass("validate", branched)


def test_fuse_finds_stages(rng):
    graph = run_pipeline(conv_graph(rng), ["canonicalize", "validate", "fuse"], PassContext())
    stages = read_snnc(graph)["stages"]
    assert [s["kind"] for s in stages] == ["synapse", "pool", "synapse"]
    assert stages[0]["nodes"] == ["conv", "lif"] and stages[1]["nodes"] == ["pool", "spikemax"]
    assert stages[2]["nodes"] == ["flatten", "fc", "if"] and stages[0]["input"] == "pixels"
    assert read_snnc(graph.nodes["fc"])["stage"] == 2
    readout = chain(
        {
            "input": nir.Input(input_type={"input": np.array([3])}),
            "fc1": nir.Affine(weight=np.ones((2, 3)), bias=np.zeros(2)),
            "if1": nir.IF(r=np.ones(2), v_threshold=np.ones(2), v_reset=np.zeros(2)),
            "fc2": nir.Affine(weight=np.ones((2, 2)), bias=np.zeros(2)),
            "output": nir.Output(output_type={"output": np.array([2])}),
        },
        {"encoding": "binary"},
    )
    stages = read_snnc(run_pipeline(readout, ["fuse"], PassContext()))["stages"]
    assert [s["kind"] for s in stages] == ["synapse", "readout"] and stages[0]["input"] == "spikes"


def with_time_steps(graph, steps=100):
    """The graph, stating ``steps`` time steps unless it states some (no pass guesses T)."""
    if "time_steps" not in read_snnc(graph):
        update_snnc(graph, time_steps=steps)
    return graph


def quantized(graph, bits=8, **options):
    return run_pipeline(with_time_steps(graph), pipeline_for("reference"), PassContext(weight_bits=bits, **options))


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


def test_pipeline_dumps_and_times(rng, tmp_path):
    ctx = PassContext()
    run_pipeline(with_time_steps(conv_graph(rng)), pipeline_for("reference"), ctx, dump_dir=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "01-canonicalize.nir",
        "02-validate.nir",
        "03-fuse.nir",
        "04-quantize.nir",
    ]
    assert set(ctx.timings) == {"canonicalize", "validate", "fuse", "quantize"}
    assert set(PASSES) >= {"canonicalize", "validate", "fuse", "quantize"}


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


@pytest.mark.parametrize("upto", ["canonicalize", "validate", "fuse"])
def test_reference_outputs_unchanged_by_each_structural_pass(rng, upto):
    graph = avgpool_graph(rng)
    pipeline = pipeline_for("reference")
    after = run_pipeline(graph, pipeline[: pipeline.index(upto) + 1], PassContext())
    x = torch.rand(6, 2, 2, 6, 6, dtype=torch.float64)
    torch.testing.assert_close(simulate(graph, x).output, simulate(after, x).output)
