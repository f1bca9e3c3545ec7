"""``snnc train METHOD``: the training methods (and the ANN pre-training conversion needs)."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from snnc.cli.common import choice, dataset_choice, device_from_flags, parse_int_list, spellings
from snnc.frontends.config import ACTS, ARCHS, LOSSES, OPTIMIZERS, SCHEDULERS, STDP_MODES, TrainConfig
from snnc.ir.metadata import ENCODINGS

TRAIN_CONFIG_FIELDS = {field.name for field in dataclasses.fields(TrainConfig)}
DEFAULTS = TrainConfig()  # the one home of every training default: the flags show these
app = typer.Typer(help="Train an SNN (each method can export NIR).", no_args_is_help=True)

# Options shared by the commands: each command names the ones it takes (``train_command``).
SHARED: dict[str, tuple[type, Any]] = {
    "dataset": (str, typer.Option(DEFAULTS.dataset, "--dataset", **dataset_choice(), help="the training data")),
    "dataset_root": (
        str,
        typer.Option(DEFAULTS.dataset_root, *spellings("--dataset-root"), help="where datasets live / are downloaded"),
    ),
    "time_steps": (
        int,
        typer.Option(DEFAULTS.time_steps, *spellings("--time-steps", "-T"), help="simulation steps per image"),
    ),
    "batch_size": (int, typer.Option(DEFAULTS.batch_size, *spellings("--batch-size"))),
    "learning_rate": (float, typer.Option(DEFAULTS.learning_rate, *spellings("--learning-rate", "-lr"))),
    "weight_decay": (
        float,
        typer.Option(DEFAULTS.weight_decay, *spellings("--weight-decay"), help="decoupled (AdamW-style) decay"),
    ),
    "epochs": (int, typer.Option(DEFAULTS.epochs, *spellings("--epochs", "-e", "--epoches"), help="training epochs")),
    "scheduler": (
        str,
        typer.Option(
            DEFAULTS.scheduler, "--scheduler", **choice(SCHEDULERS), help="plateau: halve the rate when accuracy stalls"
        ),
    ),
    "arch": (str, typer.Option(DEFAULTS.arch, "--arch", **choice(ARCHS), help="convnet (the seed's conv net) or mlp")),
    "channels": (int, typer.Option(DEFAULTS.channels, "--channels", help="convnet channel count")),
    "hidden": (str, typer.Option("128", "--hidden", help="mlp hidden sizes, e.g. 256,128")),
    "device": (str, typer.Option(DEFAULTS.device, "--device", help="cpu | cuda | cuda:N | auto")),
    "gpu": (
        int | None,
        typer.Option(None, "--gpu", help="GPU index (same as --device cuda:N); a bare --gpu means GPU 0"),
    ),
    "seed": (int, typer.Option(DEFAULTS.seed, "--seed")),
    "log": (
        bool,
        typer.Option(True, "--log/--no-log", help="write train.log, metrics.csv, curves.png (--log False works)"),
    ),
    "log_dir": (Path, typer.Option(Path(DEFAULTS.log_dir), *spellings("--log-dir"))),
    "model_dir": (Path, typer.Option(Path(DEFAULTS.model_dir), *spellings("--model-dir"))),
    "pretrained_model": (
        Path | None,
        typer.Option(None, *spellings("--pretrained-model"), help="checkpoint to resume from"),
    ),
    "export": (Path | None, typer.Option(None, "--export", help="write the model as NIR to this path")),
    "train_limit": (
        int | None,
        typer.Option(None, *spellings("--train-limit"), help="use only the first N training images"),
    ),
    "eval_limit": (
        int | None,
        typer.Option(None, *spellings("--eval-limit"), help="evaluate on the first N test images"),
    ),
    "run_name": (str | None, typer.Option(None, *spellings("--run-name"), help="name of the run directory")),
    "time_budget": (
        float | None,
        typer.Option(None, *spellings("--time-budget"), help="minutes; stop after the epoch that passes it"),
    ),
    "progress": (
        bool,
        typer.Option(True, "--progress/--no-progress", help="progress bars (drawn only on a terminal)"),
    ),
    "quiet": (bool, typer.Option(False, "--quiet", "-q", help="print only the final result line")),
    "sync_bn": (
        bool,
        typer.Option(
            DEFAULTS.sync_bn, *spellings("--sync-bn"), help="torchrun on GPUs: BatchNorm over the global batch"
        ),
    ),
}
SHARED |= {
    "time_window": (
        float | None,
        typer.Option(
            None,
            *spellings("--time-window"),
            help="event datasets: frames of this many microseconds (default: -T bins over each recording)",
        ),
    ),
    "spatial_factor": (
        float | None,
        typer.Option(
            None,
            *spellings("--spatial-factor"),
            help="event datasets: scale pixel coordinates by this factor (default: DVS Gesture 0.25, others 1)",
        ),
    ),
}
SHARED["qat_bits"] = (
    int | None,
    typer.Option(
        None,
        *spellings("--qat-bits"),
        help="quantization-aware training: weights fake-quantized to B signed bits, per-channel scales "
        "(compile uses the trained scales)",
    ),
)
EVENTS = ("time_window", "spatial_factor")  # how an event dataset (NMNIST, DVSGesture, SHD) becomes frames
TRAINING = ("dataset", "dataset_root", "batch_size", "learning_rate", "weight_decay", "epochs", "scheduler")
MODEL = ("arch", "channels", "hidden")
RUN = ("device", "gpu", "seed", "log", "log_dir", "model_dir", "pretrained_model", "export", "train_limit",
       "eval_limit", "run_name", "time_budget", "progress", "quiet")  # fmt: skip


def train_command(name: str, *shared: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register ``function`` as ``snnc train NAME``: its own keyword parameters, then the ``SHARED``
    options it names; it receives them all as keyword arguments (the shared ones in ``**flags``)."""

    def decorate(function: Callable[..., None]) -> Callable[..., None]:
        own = [
            parameter
            for parameter in inspect.signature(function, eval_str=True).parameters.values()
            if parameter.kind is not inspect.Parameter.VAR_KEYWORD
        ]
        added = [
            inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=SHARED[key][1], annotation=SHARED[key][0])
            for key in shared
        ]

        @functools.wraps(function)
        def command(**flags: Any) -> None:
            function(**flags)

        command.__signature__ = inspect.Signature(own + added)  # type: ignore[attr-defined]
        del command.__wrapped__  # typer must read the signature above, not the function's
        app.command(name)(command)
        return function

    return decorate


def _config(method: str, flags: dict[str, Any], **fixed: Any) -> TrainConfig:
    """A TrainConfig from a command's flags (keyword arguments): paths as strings, ``--hidden`` parsed,
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


def _report(line: str) -> None:
    """The final line; under torchrun, rank 0's alone (every process runs the command)."""
    from snnc.frontends.distributed import is_main

    if is_main():
        typer.echo(line)


def _train_and_report(config: TrainConfig, progress: bool, quiet: bool, next_step: str = "") -> None:
    from snnc.frontends.trainer import train

    result = train(config, echo=_echo(quiet), progress=progress and not quiet)
    _report(
        f"best test accuracy {100 * result.best_test_acc:.2f}% in {result.seconds:.1f}s; "
        f"checkpoint {result.best_checkpoint}{next_step.format(checkpoint=result.best_checkpoint)}"
    )


@train_command("scratch", "time_steps", *TRAINING, *MODEL, "qat_bits", *RUN, "sync_bn", *EVENTS)
def scratch(
    tau: float = typer.Option(DEFAULTS.tau, "-t", "--tau", help="LIF membrane time constant in steps (tau/dt)"),
    optimizer: str = typer.Option("adam", "--optimizer", **choice(OPTIMIZERS), help="SGD: momentum 0.9"),
    loss: str = typer.Option(
        DEFAULTS.loss, "--loss", **choice(LOSSES), help="mse (rates vs one-hot, the seed's) or ce"
    ),
    cupy: bool = typer.Option(False, "--cupy", help="SpikingJelly's CuPy kernels: not used by snnc (see help)"),
    amp: bool = typer.Option(False, "--amp", help="mixed precision (CUDA only)"),
    **flags: Any,
) -> None:
    """Train a LIF SNN from scratch with surrogate gradients (the seed's first method)."""
    if cupy and not flags["quiet"]:
        typer.echo(
            "note: --cupy selects SpikingJelly's CuPy neuron kernels; snnc's neurons are plain torch "
            "(same results on CPU and CUDA), so the flag changes nothing"
        )
    config = _config("scratch", flags | dict(tau=tau, optimizer=optimizer, loss=loss, amp=amp))
    _train_and_report(config, flags["progress"], flags["quiet"])


@train_command("bpstdp", "time_steps", *TRAINING, *MODEL, "qat_bits", *RUN, *EVENTS)
def bpstdp(
    tau_pre: float = typer.Option(
        DEFAULTS.tau_pre, *spellings("--tau-pre"), help="STDP pre-synaptic trace time constant (steps)"
    ),
    tau_post: float = typer.Option(
        DEFAULTS.tau_post, *spellings("--tau-post"), help="STDP post-synaptic trace time constant (steps)"
    ),
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
    encoding: str = typer.Option(
        "binary", "--encoding", **choice(ENCODINGS), help="binary (x > 0.5) is the seed's; event datasets: frames"
    ),
    loss: str = typer.Option(DEFAULTS.loss, "--loss", **choice(LOSSES), help="mse (the seed's) or ce"),
    **flags: Any,
) -> None:
    """Train an IF SNN by backpropagation through time, then refine it with STDP (the seed's STDBP)."""
    from snnc.frontends.bpstdp import run_bpstdp

    own = dict(tau_pre=tau_pre, tau_post=tau_post, fine_tune_epochs=fine_tune_epochs, stdp_mode=stdp_mode,
               stdp_scale=stdp_scale, encoding=encoding, loss=loss)  # fmt: skip
    config = _config("bpstdp", flags | own, optimizer="adam", scheduler="plateau")
    result = run_bpstdp(config, echo=_echo(flags["quiet"]), progress=flags["progress"] and not flags["quiet"])
    phase2 = f", after STDP {100 * result.phase2_best_acc:.2f}%" if result.phase2_best_acc is not None else ""
    _report(f"after BP {100 * result.phase1_best_acc:.2f}%{phase2}; best checkpoint {result.best_checkpoint}")


@train_command("ann", *TRAINING, *MODEL, "qat_bits", *RUN, "sync_bn")
def ann(
    optimizer: str = typer.Option("sgd", "--optimizer", **choice(OPTIMIZERS), help="SGD: momentum 0.9"),
    act: str = typer.Option(
        DEFAULTS.act, "--act", **choice(ACTS), help="relu, or qcfs (clip-floor-shift: converts in few steps)"
    ),
    levels: int = typer.Option(DEFAULTS.levels, "--levels", help="qcfs: quantization steps L of the activation"),
    **flags: Any,
) -> None:
    """Train a ReLU ANN (conv-BN-ReLU-AvgPool x2, FC-ReLU-Dropout, FC; or an MLP) for ann2snn."""
    own = dict(optimizer=optimizer, act=act.lower(), levels=levels)
    config = _config("ann", flags | own, time_steps=1, loss="ce")
    next_step = " (convert it: snnc train ann2snn --ann {checkpoint})"
    _train_and_report(config, flags["progress"], flags["quiet"], next_step)


@train_command("ann2snn", "dataset_root", "time_steps", "batch_size", *RUN)
def ann2snn(
    ann: Path = typer.Option(..., "--ann", help="ANN checkpoint from 'snnc train ann'"),
    dataset: str = typer.Option(None, "--dataset", **dataset_choice(), help="default: the ANN's dataset"),
    mode: str = typer.Option("max", "-m", "--mode", help="max | 99.9% | 1.0/2 | 1.0/3 | 1.0/4 | 1.0/5"),
    calibration_batches: int = typer.Option(
        DEFAULTS.calibration_batches, *spellings("--calibration-batches"), help="training batches for scales"
    ),
    sweep: bool = typer.Option(False, "--sweep", help="also report accuracy at T = 4, 8, ..., 128"),
    **flags: Any,
) -> None:
    """Convert a trained ANN to an SNN of IF neurons (subtractive reset, membrane readout)."""
    from snnc.frontends.ann2snn import run_ann2snn

    own = dict(ann=ann, mode=mode, calibration_batches=calibration_batches)
    config = _config("ann2snn", flags | own, dataset=dataset or "")
    quiet = flags["quiet"]
    result = run_ann2snn(config, sweep=sweep, echo=_echo(quiet), progress=flags["progress"] and not quiet)
    time_steps = config.time_steps
    _report(
        f"ANN {100 * result.ann_accuracy:.2f}% -> SNN {100 * result.snn_accuracy[time_steps]:.2f}% at "
        f"T={time_steps}; checkpoint {result.checkpoint}"
    )
