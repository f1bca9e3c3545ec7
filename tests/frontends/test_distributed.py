"""Training on several processes: torchrun jobs of two CPU processes (gloo) train as one process does
with the whole batch, write one set of outputs, resume in one process, and end with one line when a
process fails; and the plumbing's pieces (``snnc.frontends.distributed``) on their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from snnc.cli.main import app
from snnc.errors import ConfigError, DistributedError
from snnc.frontends import distributed
from snnc.frontends.checkpoint import load_checkpoint
from snnc.frontends.distributed import Context
from snnc.frontends.trainer import shared_loss
from snnc.ir.io import read_graph
from tests.frontends.ddp_worker import CONVERSION_MODES, train_methods

ROOT = Path(__file__).resolve().parents[2]
RUNS = ("scratch", "ann", "bpstdp", "stdp-finetune", "stdp-combined")
TORCHRUN_VARIABLES = ("RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")


def torchrun(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    """``torchrun --standalone --nproc_per_node 2 ARGS`` from the repository root."""
    env = {key: value for key, value in os.environ.items() if key not in TORCHRUN_VARIABLES}
    env.update(OMP_NUM_THREADS="1", NO_COLOR="1")
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def methods(tmp_path_factory):
    """Every method run by two processes (``ddp``) and, on the same data, by this one (``one``; its
    conversions convert the two-process ANN, so their scales must agree exactly)."""
    root = tmp_path_factory.mktemp("methods")
    job = torchrun("-m", "tests.frontends.ddp_worker", "methods", str(root / "ddp"))
    assert job.returncode == 0, job.stderr[-3000:]
    train_methods(root / "one", echo=lambda _line: None, ann_checkpoint=root / "ddp" / "models" / "ann" / "best.pt")
    return root / "ddp", root / "one", job


@pytest.mark.parametrize("run", RUNS)
def test_two_processes_with_half_batches_take_one_process_s_steps_with_the_whole_batch(methods, run):
    """Uneven shares included (a last batch of one image leaves rank 1 none; 27 split 14/13); the
    STDP phase's changes are summed over the processes, the BP gradients averaged by share."""
    ddp, one, _ = methods
    two_processes, one_process = (load_checkpoint(root / "models" / run / "last.pt") for root in (ddp, one))
    assert two_processes["state_dict"].keys() == one_process["state_dict"].keys()
    assert not any(key.startswith("module.") for key in two_processes["state_dict"])  # the unwrapped module's
    for key, value in two_processes["state_dict"].items():
        torch.testing.assert_close(value, one_process["state_dict"][key], rtol=1e-4, atol=1e-5, msg=key)
    rows = zip(two_processes["metrics"]["history"], one_process["metrics"]["history"], strict=True)
    for a, b in rows:
        assert a["train_loss"] == pytest.approx(b["train_loss"], rel=1e-4)
        assert abs(a["test_acc"] - b["test_acc"]) <= 1 / 64  # 64 test images: one may sit on a threshold


def test_the_stdp_phase_moves_the_weights(methods):
    """(So the comparison above is not of two untouched copies of the BP weights.)"""
    ddp, _, _ = methods
    before = load_checkpoint(ddp / "models" / "bpstdp" / "last.pt")["state_dict"]
    for mode in ("finetune", "combined"):
        after = load_checkpoint(ddp / "models" / f"stdp-{mode}" / "last.pt")["state_dict"]
        assert max(float((after[key] - before[key]).abs().max()) for key in before) > 1e-3


@pytest.mark.parametrize("name", sorted(CONVERSION_MODES))
def test_calibration_on_two_processes_finds_one_process_s_scales_exactly(methods, name):
    ddp, one, _ = methods
    two_processes, one_process = (
        load_checkpoint(root / "models" / f"ann2snn-{name}" / "snn.pt") for root in (ddp, one)
    )
    assert two_processes["config"]["scales"] == one_process["config"]["scales"]
    assert two_processes["metrics"]["snn_test_acc"] == one_process["metrics"]["snn_test_acc"]
    assert two_processes["metrics"]["ann_test_acc"] == one_process["metrics"]["ann_test_acc"]


def test_rank_zero_alone_echoes_and_writes(methods):
    ddp, _, job = methods
    lines = job.stdout.splitlines()
    assert sum(line.startswith("training ") for line in lines) == 4  # scratch twice, ann, bpstdp: once each
    assert sum(line.startswith("ANN ") for line in lines) == len(CONVERSION_MODES)
    expected = {*RUNS, *(f"ann2snn-{name}" for name in CONVERSION_MODES)}
    assert {path.name for path in (ddp / "models").iterdir()} == expected  # no second run directory
    resumed = load_checkpoint(ddp / "models" / "scratch" / "last.pt")
    assert resumed["epoch"] == 2 and len(resumed["optimizer"]["rng_ranks"]) == 2  # each process's generator


def _graph_arrays(path: Path) -> dict[str, dict[str, np.ndarray]]:
    graph = read_graph(path)
    return {
        name: {key: np.asarray(value) for key, value in vars(node).items() if isinstance(value, np.ndarray)}
        for name, node in graph.nodes.items()
    }


def _accuracy(path: Path) -> float:
    result = CliRunner().invoke(app, ["run", str(path), "--json", "--no-progress"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])["accuracy"]


def test_the_cli_under_torchrun_trains_once_exports_the_same_graph_and_resumes_in_one_process(tmp_path):
    """``torchrun -m snnc train scratch ... --export m.nir`` against the same command in one process."""
    flags = ["--dataset", "digits", "--arch", "mlp", "--hidden", "32", "-T", "4", "-e", "5", "-lr", "0.01",
             "--batch-size", "32", "--loss", "ce", "--weight-decay", "0", "--no-progress",
             "--run-name", "digits"]  # fmt: skip

    def outputs(root: Path) -> list[str]:
        return ["--log-dir", str(root / "logs"), "--model-dir", str(root / "models"), "--export", str(root / "m.nir")]

    job = torchrun("-m", "snnc", "train", "scratch", *flags, *outputs(tmp_path / "ddp"))
    assert job.returncode == 0, job.stderr[-3000:]
    alone = CliRunner().invoke(app, ["train", "scratch", *flags, *outputs(tmp_path / "one")])
    assert alone.exit_code == 0, alone.output

    lines = job.stdout.splitlines()
    assert sum(line.startswith("best test accuracy") for line in lines) == 1
    assert sum(line.startswith("epoch 5/5") for line in lines) == 1
    ddp = tmp_path / "ddp"
    assert [p.name for p in (ddp / "models").iterdir()] == ["digits"]
    assert sorted(p.name for p in (ddp / "logs" / "digits").iterdir()) == ["curves.png", "metrics.csv", "train.log"]
    assert (
        sum(line.startswith("epoch ") for line in (ddp / "logs" / "digits" / "train.log").read_text().splitlines()) == 5
    )

    two_processes, one_process = _graph_arrays(ddp / "m.nir"), _graph_arrays(tmp_path / "one" / "m.nir")
    assert two_processes.keys() == one_process.keys()
    for name, arrays in two_processes.items():
        assert arrays.keys() == one_process[name].keys(), name
        for key, value in arrays.items():
            np.testing.assert_allclose(value, one_process[name][key], rtol=1e-4, atol=1e-5, err_msg=f"{name}.{key}")
    accuracy = _accuracy(ddp / "m.nir")
    assert accuracy > 0.8 and abs(accuracy - _accuracy(tmp_path / "one" / "m.nir")) <= 0.01

    last = ddp / "models" / "digits" / "last.pt"
    resumed = CliRunner().invoke(app, ["train", "scratch", *flags[:-2], "-e", "6", "--pretrained-model", str(last),
                                       *outputs(ddp)[:4]])  # fmt: skip
    assert resumed.exit_code == 0, resumed.output
    assert "resumed from" in resumed.output and "epoch 6/6" in resumed.output
    assert load_checkpoint(last)["epoch"] == 6


def test_a_process_that_raises_ends_the_job_with_one_line_from_rank_zero(tmp_path):
    began = time.monotonic()
    job = torchrun("-m", "tests.frontends.ddp_worker", "fail", str(tmp_path), timeout=120)
    assert job.returncode != 0 and time.monotonic() - began < 90
    output = job.stdout + job.stderr
    assert output.count("boom on rank 1") == 1, output[-3000:]  # rank 1 itself prints nothing
    assert "error: rank 1 of 2 failed: RuntimeError: boom on rank 1" in job.stderr
    assert load_checkpoint(tmp_path / "models" / "failing" / "last.pt")["epoch"] == 1  # the job got through epoch 1


def test_shard_gives_each_process_what_distributed_sampler_gives_it():
    """The global batch ``order[kB : (k+1)B]`` shared by ``shard`` is, process by process, the k-th
    batch of ``B/W`` that ``DistributedSampler`` (the same seed and epoch) hands that process."""
    images, world, per_process, seed, epoch = 96, 3, 4, 7, 2
    generator = torch.Generator().manual_seed(seed + epoch)  # the trainer's: shuffle_seed + epoch
    order = torch.randperm(images, generator=generator)
    batch = world * per_process
    for rank in range(world):
        context = Context(rank, world, rank, torch.device("cpu"))
        ours = [distributed.shard(order[start : start + batch], context) for start in range(0, images, batch)]
        sampler = torch.utils.data.DistributedSampler(range(images), world, rank, shuffle=True, seed=seed)
        sampler.set_epoch(epoch)
        theirs = torch.tensor(list(sampler)).split(per_process)
        assert [b.tolist() for b in ours] == [b.tolist() for b in theirs]


@pytest.mark.parametrize("shares", [(8, 8), (9, 7), (16, 0)])
def test_shared_loss_makes_the_processes_average_gradient_the_whole_batch_s(shares):
    """DDP averages the processes' gradients of ``shared_loss``: the mean-loss gradient of the batch."""
    torch.manual_seed(0)
    layer = torch.nn.Linear(5, 3)
    inputs, labels = torch.randn(sum(shares), 5), torch.randint(0, 3, (sum(shares),))

    def gradient(x: torch.Tensor, y: torch.Tensor, factor: float) -> torch.Tensor:
        layer.zero_grad()
        output = layer(x)
        shared_loss(torch.nn.functional.cross_entropy(output, y), output, factor).backward()
        return layer.weight.grad.clone()

    whole = gradient(inputs, labels, 1.0)
    parts = torch.split(torch.arange(sum(shares)), list(shares))
    averaged = sum(gradient(inputs[p], labels[p], len(shares) * len(p) / sum(shares)) for p in parts) / len(shares)
    torch.testing.assert_close(averaged, whole)


def test_outside_torchrun_everything_is_one_process(monkeypatch):
    for name in TORCHRUN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with distributed.session(torch.device("cpu")) as context:
        assert context == Context(0, 1, 0, torch.device("cpu")) and context.is_main and not context.distributed
        values = torch.arange(4.0)
        assert distributed.shard(values, context) is values and distributed.all_reduce_sum(values, context) is values
        assert distributed.from_main(context, lambda: "rank 0 only") == "rank 0 only"


def test_sync_bn_is_refused_on_cpu_processes():
    model = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.BatchNorm2d(2))
    assert distributed.sync_batchnorm(model, Context(0, 1, 0, torch.device("cpu"))) is model  # one process: no-op
    with pytest.raises(ConfigError, match="--sync-bn: .*CUDA"):
        distributed.sync_batchnorm(model, Context(1, 2, 1, torch.device("cpu")))


def test_only_the_reporting_process_prints_an_error(monkeypatch, capsys):
    """Every process runs the command: rank 0 prints a shared error, another rank only its own
    failure that rank 0 could not report."""
    from snnc.cli.common import fail

    monkeypatch.setenv("RANK", "1")
    fail("a bad flag")
    fail(DistributedError("rank 1 of 2 failed: its own", silent=True))
    assert capsys.readouterr().err == ""
    fail(DistributedError("rank 1 of 2 failed: unreported", silent=False))
    monkeypatch.setenv("RANK", "0")
    fail("a bad flag")
    assert capsys.readouterr().err.splitlines() == ["error: rank 1 of 2 failed: unreported", "error: a bad flag"]
