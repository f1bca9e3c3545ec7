"""Quantization-aware training (``--qat-bits``): fake quantization, its export, and ``quantize`` keeping
the trained integers, for ``scratch``, ``ann`` (through ``ann2snn``) and ``bpstdp``."""

import numpy as np
import pytest
import torch

from snnc.backends import pipeline_for
from snnc.errors import ConfigError
from snnc.frontends.ann2snn import run_ann2snn
from snnc.frontends.config import TrainConfig
from snnc.frontends.layers import batchnorm_factor
from snnc.frontends.methods import export_checkpoint, model_from_checkpoint, model_to_nir
from snnc.frontends.qat import channel_scales, enable_qat, fake_quantize, qmax, shadow_weight, trained_scales
from snnc.frontends.scratch import build_scratch_model
from snnc.ir.encoding import decode, encode
from snnc.ir.integer import simulate_integer
from snnc.ir.io import read_graph
from snnc.ir.metadata import read_snnc
from snnc.ir.passes import PassContext, run_pipeline
from snnc.ir.reference import compile_program, simulate
from tests.conftest import tiny_config, train_tiny


def quantize(graph, **options):
    return run_pipeline(graph, list(pipeline_for("reference", None)), PassContext(**options))


def trained_integers(layer: torch.nn.Module, bits: int) -> np.ndarray:
    """``round(W / s)`` of the weights a QAT layer computes with (what training ended on)."""
    scales = trained_scales(layer)
    weight = layer.weight.detach().double().numpy()
    integers = np.round(weight / scales.reshape(-1, *([1] * (weight.ndim - 1))))
    assert np.abs(integers).max() <= qmax(bits)
    return integers


@pytest.mark.parametrize("bits", [2, 4, 8])
def test_fake_quantize_is_dequantized_integers_with_straight_through_gradient(bits):
    torch.manual_seed(0)
    weight = torch.randn(5, 3, 3, 3, requires_grad=True)
    with torch.no_grad():
        weight[2] = 0  # an all-zero channel: scale 1, integers 0
    quantized = fake_quantize(weight, bits)
    scales = channel_scales(weight, bits)
    top = weight.detach().abs().reshape(5, -1).amax(1)
    torch.testing.assert_close(scales, torch.where(top > 0, top / qmax(bits), torch.ones_like(top)))
    integers = quantized.detach() / scales.reshape(-1, 1, 1, 1)
    assert torch.equal(integers, integers.round()) or torch.allclose(integers, integers.round(), atol=1e-5)
    expected = torch.clamp(torch.round(weight.detach() / scales.reshape(-1, 1, 1, 1)), -qmax(bits), qmax(bits))
    torch.testing.assert_close(integers.round(), expected)
    assert integers.round().abs().reshape(5, -1).amax(1).tolist() == [qmax(bits)] * 2 + [0] + [qmax(bits)] * 2
    upstream = torch.randn_like(weight)
    (quantized * upstream).sum().backward()
    assert torch.equal(weight.grad, upstream)  # straight through: the quantizer's gradient is the identity


def test_enable_qat_parametrizes_every_synapse_and_keeps_float_shadows():
    torch.manual_seed(0)
    config = TrainConfig(dataset="digits", arch="convnet", channels=3, time_steps=2, qat_bits=4)
    model = build_scratch_model(config, (1, 8, 8), 10)
    for name in ("conv1", "conv2", "fc1", "fc2"):
        layer = getattr(model, name)
        shadow = shadow_weight(layer)
        assert isinstance(shadow, torch.nn.Parameter)
        torch.testing.assert_close(layer.weight, fake_quantize(shadow, 4))
        assert not torch.equal(layer.weight, shadow)
    assert all("parametrizations" in key for key in model.state_dict() if key.endswith("weight.original"))
    enable_qat(model, 4)  # idempotent: a layer is never quantized twice
    assert len(model.conv1.parametrizations.weight) == 1
    with pytest.raises(ConfigError, match="--qat-bits"):
        TrainConfig(dataset="digits", qat_bits=1).validate()
    with pytest.raises(ConfigError, match="--qat-bits"):
        TrainConfig(dataset="digits", qat_bits=17).validate()


@pytest.mark.parametrize("arch", ["convnet", "mlp"])
def test_export_records_scales_and_quantize_keeps_the_trained_integers(arch):
    """Untrained but randomized (negative BatchNorm factors included): the integer graph's weights are
    the fake-quantized weights' integers, channel by channel (sign flipped where BN's factor is negative)."""
    torch.manual_seed(3)
    config = TrainConfig(dataset="digits", arch=arch, channels=4, hidden=[16], time_steps=4, qat_bits=4)
    model = build_scratch_model(config, (1, 8, 8), 10)
    for module in model.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            module.running_var.uniform_(0.5, 2.0)
            module.weight.data.uniform_(-1.5, 1.5)
    graph = model_to_nir(model, config)
    integer = quantize(graph, weight_bits=8, per_channel=False)  # QAT's 4 bits win over --weight-bits 8
    for name, layer in model.synapses().items():
        expected = trained_integers(layer, 4)
        if name.startswith("conv"):
            expected = expected * np.sign(batchnorm_factor(getattr(model, f"bn{name[-1]}"))).reshape(-1, 1, 1, 1)
        node = integer.nodes[name]
        assert np.array_equal(np.asarray(node.weight), expected), name
        quant = read_snnc(node)["quant"]
        assert quant["weight_bits"] == 4 and quant["qat"] is True
        assert quant["scale"] == read_snnc(graph.nodes[name])["qat"]["scale"]
    assert read_snnc(integer)["quant"]["weight_bits"] == 4


def test_qat_scratch_trains_exports_and_quantizes_to_what_it_trained(tmp_path):
    result = train_tiny(
        "scratch", tmp_path, qat_bits=4, hidden=[32], time_steps=4, epochs=6, learning_rate=5e-3,
        eval_limit=200, export=str(tmp_path / "qat.nir"),
    )  # fmt: skip
    assert result.best_test_acc > 0.85  # 4-bit weights learn the digits (float: about the same)
    model, config, _ = model_from_checkpoint(str(result.best_checkpoint))
    model = model.eval()
    graph = read_graph(result.nir_path)
    for name, layer in model.synapses().items():
        assert read_snnc(graph.nodes[name])["qat"]["bits"] == 4
        np.testing.assert_array_equal(np.asarray(graph.nodes[name].weight), layer.weight.detach().double().numpy())
    integer = quantize(graph)
    for name, layer in model.synapses().items():
        assert np.array_equal(np.asarray(integer.nodes[name].weight), trained_integers(layer, 4)), name
    # behaviour: the exported float graph is the fake-quantized net; the integer graph decides like it
    from snnc.data import load_split

    test = load_split("digits", "test", limit=200)  # the embedded digits: no download
    x = encode(test.images[:200], "direct", config.time_steps)
    with torch.no_grad():
        trained = decode(model(x), "spike_count")
    float_graph = decode(simulate(graph, x.double()).output, "spike_count")
    integers = decode(simulate_integer(compile_program(integer), x.double()).output, "spike_count")
    assert (float_graph == trained).double().mean() >= 0.97
    # pixels rounded to 8 bits, biases and thresholds to the membrane unit: the only differences left
    assert (integers == trained).double().mean() >= 0.9


def test_qat_ann_converts_with_its_scales(tmp_path):
    ann = train_tiny("ann", tmp_path, qat_bits=4, hidden=[32], time_steps=1, epochs=2, learning_rate=0.05,
                     optimizer="sgd", train_limit=600, eval_limit=100)  # fmt: skip
    model, _, _ = model_from_checkpoint(str(ann.best_checkpoint))
    layers = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    config = tiny_config(
        "ann2snn", tmp_path, ann=str(ann.best_checkpoint), dataset="", time_steps=16, calibration_batches=2,
        eval_limit=50, run_name="converted",
    )  # fmt: skip
    converted = run_ann2snn(config, echo=lambda _line: None, progress=False)
    graph = converted.graph
    synapses = [name for name in ("fc1", "fc2") if name in graph.nodes]
    assert len(synapses) == len(layers) == 2
    for name in synapses:
        assert read_snnc(graph.nodes[name])["qat"]["bits"] == 4
    integer = quantize(graph)
    for name, layer in zip(synapses, layers, strict=True):
        assert np.array_equal(np.asarray(integer.nodes[name].weight), trained_integers(layer, 4)), name
    # the checkpoint of the conversion exports the same graph again (QAT comes from the ANN's config)
    again = export_checkpoint(str(converted.checkpoint))
    for name in synapses:
        assert read_snnc(again.nodes[name])["qat"] == read_snnc(graph.nodes[name])["qat"]


def test_stdp_changes_the_float_shadow_of_a_fake_quantized_layer():
    from snnc.frontends.networks import build_bpstdp_model
    from snnc.frontends.stdp import STDPLearner

    torch.manual_seed(0)
    config = TrainConfig(dataset="digits", arch="mlp", hidden=[8], qat_bits=4, method="bpstdp")
    model = build_bpstdp_model(config, (1, 8, 8), 10)
    layer = model.fcs[0]
    learner = STDPLearner(layer)
    before = shadow_weight(layer).detach().clone()
    pre, post = (torch.rand(3, 64) > 0.5).float(), (torch.rand(3, 8) > 0.5).float()
    learner.step(pre, post)
    learner.step(pre.flip(0), post.flip(0))
    delta = learner.apply()
    assert shadow_weight(layer).grad is not None and torch.equal(shadow_weight(layer).grad, -delta)
    torch.optim.SGD(model.parameters(), lr=1e-3).step()
    assert not torch.equal(shadow_weight(layer).detach(), before)  # the shadow moved by lr * dW
    torch.testing.assert_close(shadow_weight(layer).detach(), before + 1e-3 * delta)
    torch.testing.assert_close(layer.weight, fake_quantize(shadow_weight(layer), 4))  # the forward quantizes it


def test_qat_bpstdp_trains_both_phases_and_exports_integers(tmp_path):
    result = train_tiny(
        "bpstdp", tmp_path, qat_bits=6, hidden=[32], time_steps=4, epochs=1, fine_tune_epochs=1,
        stdp_mode="finetune", learning_rate=1e-3, encoding="binary", train_limit=300, eval_limit=100,
    )  # fmt: skip
    assert result.phase2_best_acc is not None
    graph = export_checkpoint(str(result.best_checkpoint))
    best, _, payload = model_from_checkpoint(str(result.best_checkpoint))
    assert any("parametrizations" in key for key in payload["state_dict"])
    integer = quantize(graph)
    for name, layer in best.synapses().items():
        assert read_snnc(graph.nodes[name])["qat"]["bits"] == 6
        assert np.array_equal(np.asarray(integer.nodes[name].weight), trained_integers(layer, 6)), name
