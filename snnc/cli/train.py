"""``snnc train METHOD``: the training methods."""

from __future__ import annotations

from pathlib import Path

import typer

from snnc.cli.common import device_from_flags, parse_int_list
from snnc.frontends.config import TrainConfig
from snnc.frontends.trainer import train

app = typer.Typer(help="Train an SNN (each method can export NIR).", no_args_is_help=True)


@app.command("scratch")
def scratch(
    dataset: str = typer.Option("MNIST", "--dataset", help="digits | MNIST | FashionMNIST | CIFAR10"),
    dataset_root: str = typer.Option("./data", "--dataset_root", help="where datasets live / are downloaded"),
    time_steps: int = typer.Option(100, "-T", "--time_steps", help="simulation steps per image"),
    tau: float = typer.Option(2.0, "-t", "--tau", help="LIF membrane time constant in steps (tau/dt)"),
    batch_size: int = typer.Option(64, "--batch_size"),
    learning_rate: float = typer.Option(1e-3, "-lr", "--learning_rate"),
    weight_decay: float = typer.Option(5e-4, "--weight_decay"),
    epochs: int = typer.Option(100, "-e", "--epoches", "--epochs", help="training epochs"),
    optimizer: str = typer.Option("Adam", "--optimizer", help="Adam | SGD (momentum 0.9)"),
    loss: str = typer.Option("mse", "--loss", help="mse (rates vs one-hot, the seed's) | ce (spike counts)"),
    arch: str = typer.Option("convnet", "--arch", help="convnet (the seed's conv SNN) | mlp"),
    channels: int = typer.Option(128, "--channels", help="convnet channel count"),
    hidden: str = typer.Option("128", "--hidden", help="mlp hidden sizes, e.g. 256,128"),
    cupy: bool = typer.Option(
        False, "--cupy", help="SpikingJelly's CuPy kernels: not used by snnc (see help)"
    ),
    amp: bool = typer.Option(False, "--amp", help="mixed precision (CUDA only)"),
    device: str = typer.Option("cpu", "--device", help="cpu | cuda | cuda:N | auto"),
    gpu: int = typer.Option(None, "--gpu", help="GPU index (same as --device cuda:N)"),
    seed: int = typer.Option(0, "--seed"),
    log: bool = typer.Option(True, "--log/--no-log", help="write train.log, metrics.csv, curves.png"),
    log_dir: Path = typer.Option(Path("./logs"), "--log_dir"),
    model_dir: Path = typer.Option(Path("./models"), "--model_dir"),
    pretrained_model: Path = typer.Option(None, "--pretrained_model", help="checkpoint to resume from"),
    export: Path = typer.Option(None, "--export", help="write the best model as NIR to this path"),
    train_limit: int = typer.Option(None, "--train_limit", help="use only the first N training images"),
    run_name: str = typer.Option(None, "--run_name", help="name of the run directory"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress bar per epoch"),
) -> None:
    """Train a LIF SNN from scratch with surrogate gradients (the seed's first method)."""
    if cupy:
        typer.echo(
            "note: --cupy selects SpikingJelly's CuPy neuron kernels; snnc's neurons are plain torch "
            "(same results on CPU and CUDA), so the flag changes nothing"
        )
    config = TrainConfig(
        method="scratch",
        dataset=dataset,
        dataset_root=dataset_root,
        arch=arch,
        channels=channels,
        hidden=parse_int_list(hidden, "--hidden"),
        time_steps=time_steps,
        tau=tau,
        batch_size=batch_size,
        learning_rate=learning_rate,
        weight_decay=weight_decay,
        epochs=epochs,
        optimizer=optimizer.lower(),
        loss=loss.lower(),
        device=device_from_flags(device, gpu),
        amp=amp,
        seed=seed,
        log=log,
        log_dir=str(log_dir),
        model_dir=str(model_dir),
        pretrained_model=str(pretrained_model) if pretrained_model else None,
        export=str(export) if export else None,
        train_limit=train_limit,
        run_name=run_name,
    )
    result = train(config, echo=typer.echo, progress=progress)
    typer.echo(
        f"best test accuracy {100 * result.best_test_acc:.2f}% in {result.seconds:.1f}s; "
        f"checkpoint {result.best_checkpoint}"
    )
