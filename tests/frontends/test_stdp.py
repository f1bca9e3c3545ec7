"""STDP: potentiation and depression, their dependence on tau_pre/tau_post, pinned values,
convolutions, and the BP+STDP method end to end."""

import csv

import numpy as np
import pytest
import torch

from snnc.backends import get_runner
from snnc.errors import ConfigError
from snnc.frontends.stdp import STDPLearner
from snnc.ir.encoding import decode, encode
from snnc.ir.reference import compile_program
from tests.conftest import train_tiny


def linear(weight):
    layer = torch.nn.Linear(len(weight[0]), len(weight), bias=False).double()
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(weight, dtype=torch.float64))
    return layer


def run(learner, pre_train, post_train):
    for pre, post in zip(pre_train, post_train, strict=True):
        learner.step(torch.tensor([pre], dtype=torch.float64), torch.tensor([post], dtype=torch.float64))
    return learner.delta.clone()


@pytest.mark.parametrize("gap", [1, 2, 3])
@pytest.mark.parametrize("tau_pre", [2.0, 4.0])
def test_pre_before_post_potentiates_by_the_decayed_pre_trace(gap, tau_pre):
    learner = STDPLearner(linear([[0.5]]), tau_pre=tau_pre, tau_post=100.0)
    pre = [[1.0]] + [[0.0]] * gap
    post = [[0.0]] * gap + [[1.0]]
    delta = run(learner, pre, post)
    assert delta.item() == pytest.approx(0.5 * (1 - 1 / tau_pre) ** gap)


@pytest.mark.parametrize("gap", [1, 3])
@pytest.mark.parametrize("tau_post", [10.0, 100.0])
def test_post_before_pre_depresses_by_the_decayed_post_trace(gap, tau_post):
    learner = STDPLearner(linear([[0.5]]), tau_pre=2.0, tau_post=tau_post)
    post = [[1.0]] + [[0.0]] * gap
    pre = [[0.0]] * gap + [[1.0]]
    delta = run(learner, pre, post)
    assert delta.item() == pytest.approx(-0.5 * (1 - 1 / tau_post) ** gap)


def test_weight_dependence_is_clamped():
    learner = STDPLearner(linear([[3.0, -0.25]]), tau_pre=2.0, tau_post=100.0)
    delta = run(learner, [[1.0, 1.0], [0.0, 0.0]], [[0.0], [1.0]])
    np.testing.assert_allclose(delta.numpy(), [[1.0 * 0.5, -0.25 * 0.5]])  # clamp(3) = 1


def test_pinned_tiny_case():
    learner = STDPLearner(linear([[0.2, -0.4, 0.9], [1.5, 0.1, -2.0]]), tau_pre=2.0, tau_post=100.0)
    pre = [[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1]]
    post = [[0, 1], [1, 0], [0, 1], [1, 1]]
    delta = run(learner, [[float(v) for v in p] for p in pre], [[float(v) for v in p] for p in post])
    # By hand, W[0,0] = 0.2: pre trace 1, .5, 1.25, .625; post trace 0, 1, .99, 1.9801;
    # potentiation .5 + .625, depression .99 -> 0.2 * 0.135 = 0.027. W[1,2] = clamp(-2) = -1:
    # potentiation 1 + .25 + 1.125, depression 1 + 2.960299 -> -1 * (2.375 - 3.960299) = 1.585299.
    expected = np.array([[0.027, 0.096, -0.31959], [-0.1051, -0.07201, 1.585299]])
    np.testing.assert_allclose(delta.numpy(), expected, atol=1e-4)


def test_convolution_equals_its_linear_form():
    torch.manual_seed(0)
    conv = torch.nn.Conv2d(2, 3, 3, padding=1, bias=False).double()
    conv_learner = STDPLearner(conv, 2.0, 10.0)
    linear_learner = STDPLearner(torch.nn.Linear(2 * 3 * 3, 3, bias=False).double(), 2.0, 10.0)
    with torch.no_grad():
        linear_learner.layer.weight.copy_(conv.weight.reshape(3, -1))
    unfold = torch.nn.Unfold(3, padding=1)
    for _ in range(4):
        pre = (torch.rand(2, 2, 5, 5, dtype=torch.float64) > 0.6).double()
        post = (torch.rand(2, 3, 5, 5, dtype=torch.float64) > 0.6).double()
        conv_learner.step(pre, post)
        # every output position is one linear synapse over its window (traces are linear in the spikes)
        windows = unfold(pre).transpose(1, 2).reshape(-1, 18)
        linear_learner.step(windows, post.flatten(2).transpose(1, 2).reshape(-1, 3))
    torch.testing.assert_close(conv_learner.delta.reshape(3, -1), linear_learner.delta)


def test_no_update_without_observed_spikes():
    layer = linear([[0.3, 0.7]])
    before = layer.weight.detach().clone()
    learner = STDPLearner(layer)
    optimizer = torch.optim.SGD(layer.parameters(), lr=1.0)
    learner.apply()
    optimizer.step()
    assert torch.equal(layer.weight, before)


def test_unsupported_layers_and_taus():
    with pytest.raises(ConfigError):
        STDPLearner(torch.nn.Conv1d(1, 1, 3))
    with pytest.raises(ConfigError):
        STDPLearner(torch.nn.Linear(2, 2), tau_pre=0.5)


@pytest.mark.parametrize("mode", ["finetune", "combined"])
def test_bpstdp_end_to_end_on_digits(tmp_path, mode):
    lines = []
    result = train_tiny(
        "bpstdp",
        tmp_path,
        echo=lines.append,
        arch="convnet",
        channels=4,
        time_steps=4,
        epochs=3,
        fine_tune_epochs=1,
        stdp_mode=mode,
        encoding="binary",
        loss="mse",
        scheduler="plateau",
        learning_rate=5e-3,
        batch_size=64,
        log=True,
        run_name="b",
        export=str(tmp_path / "b.nir"),
    )
    assert any(line.startswith("phase 1 (BP)") for line in lines) and any("phase 2 (STDP" in line for line in lines)
    rows = list(csv.DictReader((tmp_path / "logs" / "b" / "metrics.csv").open()))
    assert [r["phase"] for r in rows] == ["bpstdp"] * 3 + [f"stdp-{mode}"]
    assert result.phase2_best_acc is not None and result.nir_path.exists()
    from snnc.ir.io import read_graph

    graph = read_graph(result.nir_path)
    assert {"pool1", "spikemax1", "if1", "if4"} <= set(graph.nodes)  # max pooling as SumPool2d -> Threshold(0)
    from snnc.data import load_split

    program = compile_program(graph)
    inputs = encode(load_split("digits", "test").images[:100], "binary", 4)
    predictions = [
        decode(get_runner(b)(program, inputs, (), torch.float64).output, "spike_count") for b in ("reference", "norse")
    ]
    assert torch.equal(predictions[0], predictions[1])
