"""The shared training loop: runs that never overwrite each other, logs that append, resumes that
continue exactly, a clean Ctrl-C, and an optimizer whose defaults learn."""

import pytest
import torch

import snnc.frontends.trainer as trainer
from snnc.errors import Interrupted
from snnc.frontends.checkpoint import load_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.trainer import make_optimizer, train
from tests.conftest import tiny_config

TINY = dict(hidden=[16], time_steps=2, train_limit=256, epochs=3, log=True)


def test_a_second_run_with_the_same_settings_gets_its_own_directory(tmp_path):
    first = train(tiny_config("scratch", tmp_path, **TINY), echo=lambda _: None, progress=False)
    saved = first.best_checkpoint.read_bytes()
    second = train(tiny_config("scratch", tmp_path, **TINY), echo=lambda _: None, progress=False)
    assert first.best_checkpoint.parent.name == "scratch" and second.best_checkpoint.parent.name == "scratch-2"
    assert first.best_checkpoint.read_bytes() == saved  # the first run's files are untouched
    assert (tmp_path / "logs" / "scratch-2" / "train.log").is_file()


def _interrupt_at(monkeypatch, epoch_index: int):
    original = trainer._train_epoch

    def train_epoch(phase, epoch, *args, **kwargs):
        if epoch == epoch_index:
            raise KeyboardInterrupt
        return original(phase, epoch, *args, **kwargs)

    monkeypatch.setattr(trainer, "_train_epoch", train_epoch)


def test_an_interrupted_run_resumes_to_the_uninterrupted_result(tmp_path, monkeypatch):
    """Ctrl-C in epoch 3, then --pretrained-model last.pt: the same weights as three epochs in one go
    (the data order and the random state continue; the log is appended, not rewritten)."""
    whole = train(tiny_config("scratch", tmp_path / "whole", **TINY), echo=lambda _: None, progress=False)
    _interrupt_at(monkeypatch, 2)
    config = tiny_config("scratch", tmp_path / "cut", **TINY)
    with pytest.raises(Interrupted, match=r"interrupted; last checkpoint .*last\.pt \(epoch 2\); resume with"):
        train(config, echo=lambda _: None, progress=False)
    log = tmp_path / "cut" / "logs" / "scratch" / "train.log"
    before = log.read_text()
    monkeypatch.undo()
    last = tmp_path / "cut" / "models" / "scratch" / "last.pt"
    resumed = train(
        tiny_config("scratch", tmp_path / "cut", pretrained_model=str(last), **TINY), echo=lambda _: None,
        progress=False,
    )  # fmt: skip
    assert resumed.last_checkpoint == last  # it went on in its own run
    assert log.read_text().startswith(before) and "resumed from" in log.read_text()
    a, b = load_checkpoint(whole.last_checkpoint)["state_dict"], load_checkpoint(last)["state_dict"]
    for key in a:
        assert torch.equal(a[key], b[key]), key


def test_weight_decay_is_decoupled_and_spares_biases():
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.BatchNorm1d(3))
    optimizer = make_optimizer(list(model.named_parameters()), TrainConfig(weight_decay=5e-4))
    assert isinstance(optimizer, torch.optim.AdamW)
    decays = {id(p): group["weight_decay"] for group in optimizer.param_groups for p in group["params"]}
    assert decays[id(model[0].weight)] == 5e-4
    assert decays[id(model[0].bias)] == decays[id(model[1].weight)] == decays[id(model[1].bias)] == 0.0
    sgd = make_optimizer(list(model.named_parameters()), TrainConfig(optimizer="sgd"))
    assert sgd.param_groups[0]["momentum"] == 0.9


def test_eval_limit_evaluates_on_the_first_test_images(tmp_path):
    lines = []
    train(tiny_config("scratch", tmp_path, eval_limit=50, **(TINY | {"epochs": 1})), echo=lines.append, progress=False)
    assert "256 train / 50 test images" in lines[0]


@pytest.mark.slow
def test_the_seed_defaults_learn_on_digits(tmp_path):
    """The seed's optimizer settings (Adam 1e-3, weight decay 5e-4, MSE on spike counts): with
    coupled decay this stayed at 10%; decoupled, it learns."""
    config = TrainConfig(
        method="scratch", dataset="digits", arch="mlp", time_steps=8, epochs=10, log=False,
        log_dir=str(tmp_path / "logs"), model_dir=str(tmp_path / "models"),
    )  # fmt: skip
    assert train(config, echo=lambda _: None, progress=False).best_test_acc >= 0.85
