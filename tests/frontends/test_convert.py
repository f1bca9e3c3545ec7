"""ANN-to-SNN conversion: normalization per mode, BN folding, accuracy against T, backends agree."""

import numpy as np
import pytest
import torch
from torch import nn

from snnc.backends import get_runner
from snnc.data import load_split
from snnc.errors import ConfigError
from snnc.frontends.ann import QCFS, ann_convnet
from snnc.frontends.ann2snn import run_ann2snn
from snnc.frontends.convert import MODES, calibrate, convert_ann, convert_nodes, parse_mode
from snnc.frontends.methods import model_from_checkpoint
from snnc.ir.encoding import decode, encode
from snnc.ir.evaluation import accuracy_by_time
from snnc.ir.io import read_graph
from snnc.ir.metadata import read_snnc
from snnc.ir.reference import compile_program, simulate
from tests.conftest import tiny_config, train_tiny


def known_net() -> nn.Sequential:
    """Linear(1->2) with weights (1, 2), ReLU, Linear(2->1): activations are x and 2x."""
    net = nn.Sequential(nn.Linear(1, 2), nn.ReLU(), nn.Linear(2, 1))
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor([[1.0], [2.0]]))
        net[0].bias.zero_()
        net[2].weight.copy_(torch.tensor([[1.0, -1.0]]))
        net[2].bias.fill_(0.5)
    return net


def test_parse_mode():
    assert [parse_mode(m) for m in MODES] == [
        ("max", 1.0),
        ("percentile", 99.9),
        ("fraction", 0.5),
        ("fraction", 1 / 3),
        ("fraction", 0.25),
        ("fraction", 0.2),
    ]
    for bad in ("min", "120%", "2/1", "0", "1/0", "x/y"):
        with pytest.raises(ConfigError, match="--mode"):
            parse_mode(bad)


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("max", 2.0),
        ("1.0/2", 1.0),
        ("1.0/4", 0.5),
        ("99.9%", float(np.percentile(np.concatenate([np.arange(1, 11) / 10, np.arange(1, 11) / 5]), 99.9))),
        ("50%", float(np.percentile(np.concatenate([np.arange(1, 11) / 10, np.arange(1, 11) / 5]), 50))),
    ],
)
def test_each_mode_scale_on_known_activations(mode, expected):
    x = (torch.arange(1, 11, dtype=torch.float32) / 10).unsqueeze(1)
    scales = calibrate(known_net(), [x], mode)
    assert scales == pytest.approx([expected], rel=1e-6)


def test_scales_are_averaged_over_batches_with_momentum():
    first, second = torch.tensor([[1.0]]), torch.tensor([[3.0]])
    scales = calibrate(known_net(), [first, second], "max")
    assert scales == pytest.approx([0.9 * 2.0 + 0.1 * 6.0])


def test_normalized_weights_and_thresholds():
    nodes, edges = convert_nodes(known_net(), (1,), [4.0])
    np.testing.assert_allclose(nodes["fc1"].weight, [[0.25], [0.5]])  # W * lambda_0 / lambda_1
    np.testing.assert_allclose(nodes["fc2"].weight, [[4.0, -4.0]])  # readout: W * lambda_1
    np.testing.assert_allclose(nodes["fc2"].bias, [0.5])
    np.testing.assert_array_equal(nodes["if1"].v_threshold, [1.0, 1.0])
    assert read_snnc(nodes["if1"]) == {"reset": "subtract"}
    assert [e[1] for e in edges] == ["fc1", "if1", "fc2", "output"]


def test_batchnorm_folding_preserves_ann_outputs():
    torch.manual_seed(0)
    net = ann_convnet((1, 8, 8), 10, 4)
    for bn in (net[1], net[5]):
        bn.running_mean.uniform_(-0.5, 0.5)
        bn.running_var.uniform_(0.5, 2.0)
        bn.weight.data.uniform_(0.5, 1.5)
        bn.bias.data.uniform_(-0.3, 0.3)
    net.eval().double()
    x = torch.rand(5, 1, 8, 8, dtype=torch.float64)
    nodes, _ = convert_nodes(net, (1, 8, 8), [1.0, 1.0, 1.0])
    conv = nodes["conv1"]
    folded = torch.nn.functional.conv2d(x, torch.from_numpy(conv.weight), torch.from_numpy(conv.bias), padding=1)
    torch.testing.assert_close(folded, net[1](net[0](x)))


def test_snn_approaches_ann_on_a_tiny_graph():
    """With T large, the membrane readout divided by T converges to the ANN's logits."""
    net = known_net()
    x = torch.tensor([[0.3], [0.7]])
    graph, scales = convert_ann(net, [torch.rand(64, 1)], (1,), "max", time_steps=400)
    out = simulate(graph, encode(x, "direct", 400)).output.sum(0) / 400
    torch.testing.assert_close(out.float(), net(x), atol=0.02, rtol=0)


@pytest.mark.parametrize("layer", [nn.MaxPool2d(2), nn.LeakyReLU(), nn.Sigmoid()])
def test_unsupported_layers_are_named(layer):
    net = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), layer, nn.Flatten(), nn.Linear(2 * 4 * 4, 3))
    if not isinstance(layer, nn.MaxPool2d):
        net[2] = nn.Sequential(layer, nn.AvgPool2d(2))
    with pytest.raises(ConfigError, match=rf"layer 2(\.0)? \({type(layer).__name__}\)"):
        convert_ann(net, [torch.rand(4, 1, 8, 8)], (1, 8, 8))


def test_non_sequential_models_are_refused():
    class Custom(nn.Module):
        def forward(self, x):
            return x

    with pytest.raises(ConfigError, match="nn.Sequential"):
        convert_ann(Custom(), [torch.rand(2, 4)], (4,))


@pytest.mark.slow
def test_converted_convnet_on_digits(tmp_path):
    result = train_tiny(
        "ann",
        tmp_path,
        arch="convnet",
        channels=8,
        time_steps=1,
        epochs=12,
        optimizer="sgd",
        learning_rate=0.05,
        batch_size=64,  # TrainConfig's own batch size and weight decay
        weight_decay=5e-4,
        scheduler="cosine",  # annealed to a small rate: the ANN this conversion test was sized for
    )
    model, _, _ = model_from_checkpoint(str(result.best_checkpoint))
    train_images = load_split("digits", "train").images
    graph, _ = convert_ann(model, [train_images[i : i + 64] for i in range(0, 640, 64)], (1, 8, 8), "max", 64)
    test = load_split("digits", "test")
    accuracy = accuracy_by_time(graph, test.images, test.labels, [4, 8, 16, 64], echo=lambda _: None)
    assert accuracy[4] < accuracy[64] and accuracy[8] <= accuracy[64]
    assert accuracy[64] >= result.best_test_acc - 0.01  # within 1 pp of the ANN at T = 64
    program = compile_program(graph)
    inputs = encode(test.images[:150], "direct", 32)
    predictions = [
        decode(get_runner(b)(program, inputs, (), torch.float64).output, "membrane") for b in ("reference", "norse")
    ]
    assert torch.equal(predictions[0], predictions[1])


def test_qcfs_is_clip_floor_shift_with_the_papers_threshold_gradient():
    act = QCFS(levels=4, threshold=2.0)
    x = torch.tensor([-1.0, 0.2, 0.3, 0.7, 1.3, 1.9, 2.5], requires_grad=True)
    y = act(x)
    expected = (2.0 / 4) * torch.clamp(torch.floor(x.detach() * 4 / 2.0 + 0.5), 0, 4)
    assert torch.equal(y.detach(), expected)
    y.sum().backward()
    assert x.grad.tolist() == [0, 1, 1, 1, 1, 1, 0]  # straight through inside (0, lambda)
    inside = x.detach()[1:6]
    paper = float(((expected[1:6] - inside) / 2.0).sum()) + 1.0  # (h - x)/lambda inside, 1 above, 0 below
    assert act.threshold.grad.item() == pytest.approx(paper)


def test_if_neurons_with_half_threshold_start_reproduce_qcfs_at_t_equal_l():
    """IF (threshold 1, subtractive reset, v_init 1/2) driven by a / lambda for T = L steps: its rate
    times lambda is the QCFS activation h(a), for any a."""
    levels, lam = 4, 1.5
    net = nn.Sequential(nn.Linear(1, 5, bias=True), QCFS(levels, lam), nn.Linear(5, 1))
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor([[1.0], [1.0], [1.0], [1.0], [1.0]]))
        net[0].bias.copy_(torch.tensor([-0.4, 0.1, 0.55, 0.95, 1.7]))
    graph, scales = convert_ann(net, [], (1,), "max", levels)
    assert scales == [lam] and read_snnc(graph.nodes["if1"]) == {"reset": "subtract", "v_init": 0.5}
    inputs = torch.full((levels, 1, 1), 0.0, dtype=torch.float64)
    rates = simulate(graph, inputs, record=("if1",)).recorded["if1"].mean(0)[0] * lam
    assert torch.allclose(rates.float(), net[1](net[0](torch.zeros(1, 1)))[0], atol=1e-6)


@pytest.mark.slow
def test_qcfs_ann_converts_close_to_the_ann_in_few_steps(tmp_path):
    """A QCFS MLP (L = 4) on digits: at T = 4 and 8 the SNN is within 1.5 pp of the ANN (a ReLU ANN's
    max-normalized SNN loses about 3 pp at T = 4 and 22 pp at T = 2), and v_init survives the NIR file."""
    trained = train_tiny(
        "ann", tmp_path, act="qcfs", levels=4, hidden=[64], time_steps=1, epochs=12, optimizer="sgd",
        learning_rate=0.05, batch_size=64, weight_decay=5e-4, scheduler="cosine",
    )  # fmt: skip
    for steps in (4, 8):
        config = tiny_config(
            "ann2snn", tmp_path, ann=str(trained.best_checkpoint), time_steps=steps, dataset="",
            calibration_batches=2, run_name=f"snn{steps}", export=str(tmp_path / f"snn{steps}.nir"),
        )  # fmt: skip
        result = run_ann2snn(config, echo=lambda _: None, progress=False)
        assert result.snn_accuracy[steps] >= result.ann_accuracy - 0.015, (steps, result)
        back = read_graph(result.nir_path)
        assert read_snnc(back.nodes["if1"])["v_init"] == 0.5
