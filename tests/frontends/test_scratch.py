"""`train scratch`: the torch model computes exactly what its exported NIR graph means."""

import csv

import numpy as np
import pytest
import torch

from snnc.errors import CheckpointError
from snnc.frontends.checkpoint import load_checkpoint, save_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.layers import fold_batchnorm
from snnc.frontends.methods import export_checkpoint, model_to_nir
from snnc.frontends.scratch import build_scratch_model
from snnc.frontends.trainer import train
from snnc.ir.encoding import encode
from snnc.ir.metadata import read_snnc
from snnc.ir.reference import simulate
from tests.conftest import tiny_config, train_tiny


def randomize_batchnorm(model, seed=0):
    generator = torch.Generator().manual_seed(seed)
    for module in model.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            n = module.num_features
            module.running_mean.copy_(torch.randn(n, generator=generator) * 0.1)
            module.running_var.copy_(torch.rand(n, generator=generator) + 0.5)
            module.weight.data.copy_(torch.rand(n, generator=generator) + 0.5)
            module.bias.data.copy_(torch.randn(n, generator=generator) * 0.2)


def test_fold_batchnorm_preserves_outputs():
    torch.manual_seed(0)
    conv, bn = torch.nn.Conv2d(2, 3, 3, padding=1, bias=False).double(), torch.nn.BatchNorm2d(3).double()
    randomize_batchnorm(torch.nn.Sequential(conv, bn))
    bn.eval()
    x = torch.randn(4, 2, 5, 5, dtype=torch.float64)
    weight, bias = fold_batchnorm(conv.weight.detach().numpy(), np.zeros(3), bn)
    folded = torch.nn.functional.conv2d(x, torch.from_numpy(weight), torch.from_numpy(bias), padding=1)
    torch.testing.assert_close(folded, bn(conv(x)))


@pytest.mark.parametrize("arch", ["convnet", "mlp"])
def test_model_and_exported_graph_spike_identically(arch):
    torch.manual_seed(1)
    config = TrainConfig(dataset="digits", arch=arch, channels=4, hidden=[16], time_steps=6, tau=2.0)
    model = build_scratch_model(config, (1, 8, 8), 10)
    randomize_batchnorm(model)
    for parameter in model.parameters():  # larger weights: plenty of spikes in every layer
        parameter.data.mul_(3.0)
    model = model.double().eval()
    images = torch.rand(5, 1, 8, 8, dtype=torch.float64)
    with torch.no_grad():
        trained = model(encode(images, "direct", config.time_steps))
    graph = model_to_nir(model, config)
    result = simulate(graph, encode(images, "direct", config.time_steps), record=["lif1"])
    assert result.recorded["lif1"].sum() > 0 and trained.sum() > 0
    mismatch = (result.output != trained).double().mean().item()
    assert mismatch <= 1e-3  # float64 rounding of folded BN may flip a spike sitting exactly on threshold
    meta = read_snnc(graph)
    assert meta["time_steps"] == 6 and meta["encoding"] == "direct" and meta["decoding"] == "spike_count"
    assert meta["source"]["method"] == "scratch" and meta["source"]["config"]["arch"] == arch


def test_checkpoint_is_weights_only(tmp_path):
    path = save_checkpoint(tmp_path / "c.pt", {"w": torch.ones(2)}, {"method": "scratch"}, 3, {"test_acc": 0.5})
    payload = load_checkpoint(path)
    assert payload["epoch"] == 3 and torch.equal(payload["state_dict"]["w"], torch.ones(2))

    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))

    torch.save({"state_dict": Evil(), "config": {"method": "scratch"}, "epoch": 1}, tmp_path / "evil.pt")
    with pytest.raises(CheckpointError, match="weights_only=True"):
        load_checkpoint(tmp_path / "evil.pt")
    (tmp_path / "junk.pt").write_bytes(b"junk")
    with pytest.raises(CheckpointError):
        load_checkpoint(tmp_path / "junk.pt")


def test_training_writes_run_outputs_and_resumes(tmp_path):
    config = tiny_config(
        "scratch",
        tmp_path,
        hidden=[32],
        time_steps=6,
        epochs=2,
        learning_rate=1e-2,
        train_limit=400,
        log=True,
        run_name="t",
        export=str(tmp_path / "m.nir"),
    )
    lines = []
    result = train(config, echo=lines.append, progress=False)
    assert len(result.history) == 2 and result.best_test_acc > 0.3
    assert (result.run_dir / "curves.png").read_bytes()[:4] == b"\x89PNG"
    rows = list(csv.DictReader((result.run_dir / "metrics.csv").open()))
    assert [int(r["epoch"]) for r in rows] == [1, 2]
    assert "epoch 2/2" in (result.run_dir / "train.log").read_text()
    assert result.nir_path.exists()
    graph = export_checkpoint(str(result.best_checkpoint))
    assert set(graph.nodes) == {"input", "flatten", "fc1", "lif1", "fc2", "lif2", "output"}

    config.epochs, config.pretrained_model, config.export = 3, str(result.last_checkpoint), None
    resumed = train(config, echo=lines.append, progress=False)
    assert [h["epoch"] for h in resumed.history] == [1, 2, 3]
    assert any("resumed from" in line for line in lines)

    config.hidden = [64]
    with pytest.raises(CheckpointError, match="hidden"):
        train(config, echo=lines.append, progress=False)


def test_scratch_learns_digits_and_graph_agrees(tmp_path):
    result = train_tiny("scratch", tmp_path, hidden=[64], time_steps=6, epochs=8, learning_rate=2e-3, run_name="learn")
    assert result.best_test_acc >= 0.85
    graph = export_checkpoint(str(result.best_checkpoint))
    from snnc.evaluate import run_on_dataset

    report = run_on_dataset(graph, "reference", "digits", echo=lambda _: None)
    assert abs(report.accuracy - result.best_test_acc) <= 0.01
    assert np.isfinite(report.mean_spikes_per_neuron_per_step)
