"""``snnc train METHOD``: the training methods (and the ANN pre-training conversion needs)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import typer

from snnc.cli.common import device_from_flags, parse_int_list
from snnc.frontends.ann2snn import run_ann2snn
from snnc.frontends.bpstdp import run_bpstdp
from snnc.frontends.config import TrainConfig
from snnc.frontends.trainer import train

TRAIN_CONFIG_FIELDS = {field.name for field in dataclasses.fields(TrainConfig)}
app = typer.Typer(help="Train an SNN (each method can export NIR).", no_args_is_help=True)

# Options shared by the commands (typer reads each default per command).
DATASET = typer.Option("MNIST", "--dataset", help="digits | MNIST | FashionMNIST | CIFAR10")
DATASET_ROOT = typer.Option("./data", "--dataset_root", help="where datasets live / are downloaded")
BATCH_SIZE = typer.Option(64, "--batch_size")
LEARNING_RATE = typer.Option(1e-3, "-lr", "--learning_rate")
WEIGHT_DECAY = typer.Option(5e-4, "--weight_decay")
EPOCHS = typer.Option(100, "-e", "--epoches", "--epochs", help="training epochs")
ARCH = typer.Option("convnet", "--arch", help="convnet (the seed's conv net) | mlp")
CHANNELS = typer.Option(128, "--channels", help="convnet channel count")
HIDDEN = typer.Option("128", "--hidden", help="mlp hidden sizes, e.g. 256,128")
DEVICE = typer.Option("cpu", "--device", help="cpu | cuda | cuda:N | auto")
GPU = typer.Option(None, "--gpu", help="GPU index (same as --device cuda:N)")
SEED = typer.Option(0, "--seed")
LOG = typer.Option(True, "--log/--no-log", help="write train.log, metrics.csv, curves.png")
LOG_DIR = typer.Option(Path("./logs"), "--log_dir")
MODEL_DIR = typer.Option(Path("./models"), "--model_dir")
PRETRAINED = typer.Option(None, "--pretrained_model", help="checkpoint to resume from")
EXPORT = typer.Option(None, "--export", help="write the model as NIR to this path")
TRAIN_LIMIT = typer.Option(None, "--train_limit", help="use only the first N training images")
RUN_NAME = typer.Option(None, "--run_name", help="name of the run directory")
TIME_BUDGET = typer.Option(None, "--time_budget", help="minutes; stop after the epoch that passes it")
PROGRESS = typer.Option(True, "--progress/--no-progress", help="progress bar per epoch")


def _config(method: str, flags: dict[str, Any], **fixed: Any) -> TrainConfig:
    """A TrainConfig from a command's flags (its ``locals()``): paths as strings, ``--hidden`` parsed,
    ``--gpu`` folded into the device, names lower-cased; flags that are no config fields are ignored."""
    values = {key: value for key, value in flags.items() if key in TRAIN_CONFIG_FIELDS and value is not None}
    values = {key: str(value) if isinstance(value, Path) else value for key, value in values.items()}
    if "hidden" in values:
        values["hidden"] = parse_int_list(values["hidden"], "--hidden")
    for key in ("optimizer", "loss", "encoding", "stdp_mode"):
        if key in values:
            values[key] = values[key].lower()
    values["device"] = device_from_flags(flags.get("device", "cpu"), flags.get("gpu"))
    return TrainConfig(method=method, **(values | fixed))


def _train_and_report(config: TrainConfig, progress: bool, next_step: str = "") -> None:
    result = train(config, echo=typer.echo, progress=progress)
    typer.echo(
        f"best test accuracy {100 * result.best_test_acc:.2f}% in {result.seconds:.1f}s; "
        f"checkpoint {result.best_checkpoint}{next_step.format(checkpoint=result.best_checkpoint)}"
    )


@app.command("scratch")
def scratch(
    dataset: str = DATASET,
    dataset_root: str = DATASET_ROOT,
    time_steps: int = typer.Option(100, "-T", "--time_steps", help="simulation steps per image"),
    tau: float = typer.Option(2.0, "-t", "--tau", help="LIF membrane time constant in steps (tau/dt)"),
    batch_size: int = BATCH_SIZE,
    learning_rate: float = LEARNING_RATE,
    weight_decay: float = WEIGHT_DECAY,
    epochs: int = EPOCHS,
    optimizer: str = typer.Option("Adam", "--optimizer", help="Adam | SGD (momentum 0.9)"),
    loss: str = typer.Option("mse", "--loss", help="mse (rates vs one-hot, the seed's) | ce (spike counts)"),
    arch: str = ARCH,
    channels: int = CHANNELS,
    hidden: str = HIDDEN,
    cupy: bool = typer.Option(False, "--cupy", help="SpikingJelly's CuPy kernels: not used by snnc (see help)"),
    amp: bool = typer.Option(False, "--amp", help="mixed precision (CUDA only)"),
    device: str = DEVICE,
    gpu: int = GPU,
    seed: int = SEED,
    log: bool = LOG,
    log_dir: Path = LOG_DIR,
    model_dir: Path = MODEL_DIR,
    pretrained_model: Path = PRETRAINED,
    export: Path = EXPORT,
    train_limit: int = TRAIN_LIMIT,
    run_name: str = RUN_NAME,
    time_budget: float = TIME_BUDGET,
    progress: bool = PROGRESS,
) -> None:
    """Train a LIF SNN from scratch with surrogate gradients (the seed's first method)."""
    if cupy:
        typer.echo(
            "note: --cupy selects SpikingJelly's CuPy neuron kernels; snnc's neurons are plain torch "
            "(same results on CPU and CUDA), so the flag changes nothing"
        )
    config = _config("scratch", locals())
    _train_and_report(config, progress)


@app.command("bpstdp")
def bpstdp(
    dataset: str = DATASET,
    dataset_root: str = DATASET_ROOT,
    time_steps: int = typer.Option(100, "-T", "--time_steps", help="simulation steps per image"),
    tau_pre: float = typer.Option(2.0, "--tau_pre", help="STDP pre-synaptic trace time constant (steps)"),
    tau_post: float = typer.Option(100.0, "--tau_post", help="STDP post-synaptic trace time constant (steps)"),
    batch_size: int = BATCH_SIZE,
    learning_rate: float = LEARNING_RATE,
    weight_decay: float = WEIGHT_DECAY,
    epochs: int = EPOCHS,
    fine_tune_epochs: int = typer.Option(20, "--fine_tune_epochs", help="phase-2 (STDP) epochs"),
    stdp_mode: str = typer.Option("finetune", "--stdp_mode", help="finetune (pure STDP) | combined (STDP + BP)"),
    stdp_scale: float = typer.Option(1.0, "--stdp_scale", help="multiplies the STDP change (1 = the seed's)"),
    encoding: str = typer.Option("binary", "--encoding", help="binary (x > 0.5, the seed's) | direct"),
    loss: str = typer.Option("mse", "--loss", help="mse (rates vs one-hot, the seed's) | ce"),
    arch: str = ARCH,
    channels: int = CHANNELS,
    hidden: str = HIDDEN,
    device: str = DEVICE,
    gpu: int = GPU,
    seed: int = SEED,
    log: bool = LOG,
    log_dir: Path = LOG_DIR,
    model_dir: Path = MODEL_DIR,
    pretrained_model: Path = PRETRAINED,
    export: Path = EXPORT,
    train_limit: int = TRAIN_LIMIT,
    run_name: str = RUN_NAME,
    time_budget: float = TIME_BUDGET,
    progress: bool = PROGRESS,
) -> None:
    """Train an IF SNN by backpropagation through time, then refine it with STDP (the seed's STDBP)."""
    config = _config("bpstdp", locals(), optimizer="adam", scheduler="plateau")
    result = run_bpstdp(config, echo=typer.echo, progress=progress)
    phase2 = f", after STDP {100 * result.phase2_best_acc:.2f}%" if result.phase2_best_acc is not None else ""
    typer.echo(f"after BP {100 * result.phase1_best_acc:.2f}%{phase2}; best checkpoint {result.best_checkpoint}")


@app.command("ann")
def ann(
    dataset: str = DATASET,
    dataset_root: str = DATASET_ROOT,
    batch_size: int = BATCH_SIZE,
    learning_rate: float = LEARNING_RATE,
    weight_decay: float = WEIGHT_DECAY,
    epochs: int = EPOCHS,
    optimizer: str = typer.Option("SGD", "--optimizer", help="SGD (momentum 0.9) | Adam"),
    arch: str = ARCH,
    channels: int = CHANNELS,
    hidden: str = HIDDEN,
    device: str = DEVICE,
    gpu: int = GPU,
    seed: int = SEED,
    log: bool = LOG,
    log_dir: Path = LOG_DIR,
    model_dir: Path = MODEL_DIR,
    pretrained_model: Path = PRETRAINED,
    train_limit: int = TRAIN_LIMIT,
    run_name: str = RUN_NAME,
    time_budget: float = TIME_BUDGET,
    progress: bool = PROGRESS,
) -> None:
    """Train a ReLU ANN (conv-BN-ReLU-AvgPool x2, FC-ReLU-Dropout, FC; or an MLP) for ann2snn."""
    config = _config("ann", locals(), time_steps=1, loss="ce")
    _train_and_report(config, progress, " (convert it: snnc train ann2snn --ann {checkpoint})")


@app.command("ann2snn")
def ann2snn(
    ann: Path = typer.Option(..., "--ann", help="ANN checkpoint from 'snnc train ann'"),
    dataset: str = typer.Option(None, "--dataset", help="default: the ANN's dataset"),
    dataset_root: str = DATASET_ROOT,
    mode: str = typer.Option("max", "-m", "--mode", help="max | 99.9% | 1.0/2 | 1.0/3 | 1.0/4 | 1.0/5"),
    time_steps: int = typer.Option(100, "-T", "--time_steps", help="simulation steps per image"),
    calibration_batches: int = typer.Option(100, "--calibration_batches", help="training batches for scales"),
    batch_size: int = BATCH_SIZE,
    sweep: bool = typer.Option(False, "--sweep", help="also report accuracy at T = 4, 8, ..., 128"),
    device: str = DEVICE,
    gpu: int = GPU,
    seed: int = SEED,
    log: bool = LOG,
    log_dir: Path = LOG_DIR,
    model_dir: Path = MODEL_DIR,
    export: Path = EXPORT,
    run_name: str = RUN_NAME,
) -> None:
    """Convert a trained ANN to an SNN of IF neurons (subtractive reset, membrane readout)."""
    config = _config("ann2snn", locals(), dataset=dataset or "")
    result = run_ann2snn(config, sweep=sweep, echo=typer.echo)
    typer.echo(
        f"ANN {100 * result.ann_accuracy:.2f}% -> SNN {100 * result.snn_accuracy[time_steps]:.2f}% at "
        f"T={time_steps}; checkpoint {result.checkpoint}"
    )
