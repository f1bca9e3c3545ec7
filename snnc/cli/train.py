"""``snnc train METHOD``: the training methods (and the ANN pre-training conversion needs)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import typer

from snnc.cli.common import choice, dataset_choice, device_from_flags, parse_int_list, spellings
from snnc.frontends.config import ARCHS, LOSSES, OPTIMIZERS, STDP_MODES, TrainConfig
from snnc.ir.metadata import ENCODINGS

TRAIN_CONFIG_FIELDS = {field.name for field in dataclasses.fields(TrainConfig)}
DEFAULTS = TrainConfig()  # the one home of every training default: the flags show these
app = typer.Typer(help="Train an SNN (each method can export NIR).", no_args_is_help=True)

# Options shared by the commands (typer reads each default per command).
DATASET = typer.Option(DEFAULTS.dataset, "--dataset", **dataset_choice(), help="the training data")
DATASET_ROOT = typer.Option(
    DEFAULTS.dataset_root, *spellings("--dataset-root"), help="where datasets live / are downloaded"
)
BATCH_SIZE = typer.Option(DEFAULTS.batch_size, *spellings("--batch-size"))
LEARNING_RATE = typer.Option(DEFAULTS.learning_rate, *spellings("--learning-rate", "-lr"))
WEIGHT_DECAY = typer.Option(
    DEFAULTS.weight_decay, *spellings("--weight-decay"), help="decoupled (AdamW-style) weight decay"
)
EPOCHS = typer.Option(DEFAULTS.epochs, *spellings("--epochs", "-e", "--epoches"), help="training epochs")
ARCH = typer.Option(DEFAULTS.arch, "--arch", **choice(ARCHS), help="convnet (the seed's conv net) or mlp")
CHANNELS = typer.Option(DEFAULTS.channels, "--channels", help="convnet channel count")
HIDDEN = typer.Option("128", "--hidden", help="mlp hidden sizes, e.g. 256,128")
DEVICE = typer.Option(DEFAULTS.device, "--device", help="cpu | cuda | cuda:N | auto")
GPU = typer.Option(None, "--gpu", help="GPU index (same as --device cuda:N); a bare --gpu means GPU 0")
SEED = typer.Option(DEFAULTS.seed, "--seed")
LOG = typer.Option(True, "--log/--no-log", help="write train.log, metrics.csv, curves.png (--log False works)")
LOG_DIR = typer.Option(Path(DEFAULTS.log_dir), *spellings("--log-dir"))
MODEL_DIR = typer.Option(Path(DEFAULTS.model_dir), *spellings("--model-dir"))
PRETRAINED = typer.Option(None, *spellings("--pretrained-model"), help="checkpoint to resume from")
EXPORT = typer.Option(None, "--export", help="write the model as NIR to this path")
TRAIN_LIMIT = typer.Option(None, *spellings("--train-limit"), help="use only the first N training images")
EVAL_LIMIT = typer.Option(None, *spellings("--eval-limit"), help="evaluate on the first N test images after each epoch")
RUN_NAME = typer.Option(None, *spellings("--run-name"), help="name of the run directory")
TIME_BUDGET = typer.Option(None, *spellings("--time-budget"), help="minutes; stop after the epoch that passes it")
PROGRESS = typer.Option(True, "--progress/--no-progress", help="progress bars (drawn only on a terminal)")
QUIET = typer.Option(False, "--quiet", "-q", help="print only the final result line")
TIME_STEPS = typer.Option(DEFAULTS.time_steps, *spellings("--time-steps", "-T"), help="simulation steps per image")


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


def _echo(quiet: bool):
    return (lambda _line: None) if quiet else typer.echo


def _train_and_report(config: TrainConfig, progress: bool, quiet: bool, next_step: str = "") -> None:
    from snnc.frontends.trainer import train

    result = train(config, echo=_echo(quiet), progress=progress and not quiet)
    typer.echo(
        f"best test accuracy {100 * result.best_test_acc:.2f}% in {result.seconds:.1f}s; "
        f"checkpoint {result.best_checkpoint}{next_step.format(checkpoint=result.best_checkpoint)}"
    )


@app.command("scratch")
def scratch(
    dataset: str = DATASET,
    dataset_root: str = DATASET_ROOT,
    time_steps: int = TIME_STEPS,
    tau: float = typer.Option(DEFAULTS.tau, "-t", "--tau", help="LIF membrane time constant in steps (tau/dt)"),
    batch_size: int = BATCH_SIZE,
    learning_rate: float = LEARNING_RATE,
    weight_decay: float = WEIGHT_DECAY,
    epochs: int = EPOCHS,
    optimizer: str = typer.Option("adam", "--optimizer", **choice(OPTIMIZERS), help="SGD: momentum 0.9"),
    loss: str = typer.Option(
        DEFAULTS.loss, "--loss", **choice(LOSSES), help="mse (rates vs one-hot, the seed's) or ce"
    ),
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
    eval_limit: int = EVAL_LIMIT,
    run_name: str = RUN_NAME,
    time_budget: float = TIME_BUDGET,
    progress: bool = PROGRESS,
    quiet: bool = QUIET,
) -> None:
    """Train a LIF SNN from scratch with surrogate gradients (the seed's first method)."""
    if cupy and not quiet:
        typer.echo(
            "note: --cupy selects SpikingJelly's CuPy neuron kernels; snnc's neurons are plain torch "
            "(same results on CPU and CUDA), so the flag changes nothing"
        )
    config = _config("scratch", locals())
    _train_and_report(config, progress, quiet)


@app.command("bpstdp")
def bpstdp(
    dataset: str = DATASET,
    dataset_root: str = DATASET_ROOT,
    time_steps: int = TIME_STEPS,
    tau_pre: float = typer.Option(
        DEFAULTS.tau_pre, *spellings("--tau-pre"), help="STDP pre-synaptic trace time constant (steps)"
    ),
    tau_post: float = typer.Option(
        DEFAULTS.tau_post, *spellings("--tau-post"), help="STDP post-synaptic trace time constant (steps)"
    ),
    batch_size: int = BATCH_SIZE,
    learning_rate: float = LEARNING_RATE,
    weight_decay: float = WEIGHT_DECAY,
    epochs: int = EPOCHS,
    fine_tune_epochs: int = typer.Option(
        DEFAULTS.fine_tune_epochs, *spellings("--fine-tune-epochs"), help="phase-2 (STDP) epochs"
    ),
    stdp_mode: str = typer.Option(
        DEFAULTS.stdp_mode,
        *spellings("--stdp-mode"),
        **choice(STDP_MODES),
        help="finetune (pure STDP) or combined (STDP + BP)",
    ),
    stdp_scale: float = typer.Option(
        DEFAULTS.stdp_scale, *spellings("--stdp-scale"), help="multiplies the STDP change (1 = the seed's)"
    ),
    encoding: str = typer.Option("binary", "--encoding", **choice(ENCODINGS), help="binary (x > 0.5) is the seed's"),
    loss: str = typer.Option(DEFAULTS.loss, "--loss", **choice(LOSSES), help="mse (the seed's) or ce"),
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
    eval_limit: int = EVAL_LIMIT,
    run_name: str = RUN_NAME,
    time_budget: float = TIME_BUDGET,
    progress: bool = PROGRESS,
    quiet: bool = QUIET,
) -> None:
    """Train an IF SNN by backpropagation through time, then refine it with STDP (the seed's STDBP)."""
    from snnc.frontends.bpstdp import run_bpstdp

    config = _config("bpstdp", locals(), optimizer="adam", scheduler="plateau")
    result = run_bpstdp(config, echo=_echo(quiet), progress=progress and not quiet)
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
    optimizer: str = typer.Option("sgd", "--optimizer", **choice(OPTIMIZERS), help="SGD: momentum 0.9"),
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
    eval_limit: int = EVAL_LIMIT,
    run_name: str = RUN_NAME,
    time_budget: float = TIME_BUDGET,
    progress: bool = PROGRESS,
    quiet: bool = QUIET,
) -> None:
    """Train a ReLU ANN (conv-BN-ReLU-AvgPool x2, FC-ReLU-Dropout, FC; or an MLP) for ann2snn."""
    config = _config("ann", locals(), time_steps=1, loss="ce")
    _train_and_report(config, progress, quiet, " (convert it: snnc train ann2snn --ann {checkpoint})")


@app.command("ann2snn")
def ann2snn(
    ann: Path = typer.Option(..., "--ann", help="ANN checkpoint from 'snnc train ann'"),
    dataset: str = typer.Option(None, "--dataset", **dataset_choice(), help="default: the ANN's dataset"),
    dataset_root: str = DATASET_ROOT,
    mode: str = typer.Option("max", "-m", "--mode", help="max | 99.9% | 1.0/2 | 1.0/3 | 1.0/4 | 1.0/5"),
    time_steps: int = TIME_STEPS,
    calibration_batches: int = typer.Option(
        DEFAULTS.calibration_batches, *spellings("--calibration-batches"), help="training batches for scales"
    ),
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
    progress: bool = PROGRESS,
    quiet: bool = QUIET,
) -> None:
    """Convert a trained ANN to an SNN of IF neurons (subtractive reset, membrane readout)."""
    from snnc.frontends.ann2snn import run_ann2snn

    config = _config("ann2snn", locals(), dataset=dataset or "")
    result = run_ann2snn(config, sweep=sweep, echo=_echo(quiet))
    typer.echo(
        f"ANN {100 * result.ann_accuracy:.2f}% -> SNN {100 * result.snn_accuracy[time_steps]:.2f}% at "
        f"T={time_steps}; checkpoint {result.checkpoint}"
    )
