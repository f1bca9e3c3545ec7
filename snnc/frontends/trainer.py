"""The training loop shared by the methods: data, optimizer, progress bar, log, metrics.csv,
curves PNG, best/last checkpoints, resuming, and NIR export of the best model."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
import torch
import torch.nn.functional as F

from snnc.data import Split, limit_split, load_split
from snnc.errors import CheckpointError, ConfigError
from snnc.frontends.checkpoint import load_checkpoint, save_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint, get_method
from snnc.ir.encoding import decode, encode
from snnc.ir.io import atomic_write, write_graph

Echo = Callable[[str], None]
METRIC_FIELDS = ("epoch", "phase", "train_loss", "train_acc", "test_loss", "test_acc", "lr", "seconds")
# Fields that define the model's shape: resuming with other values cannot load the weights.
MODEL_FIELDS = ("method", "dataset", "arch", "channels", "hidden")


class TrainResult(NamedTuple):
    run_dir: Path | None
    best_checkpoint: Path
    last_checkpoint: Path
    best_test_acc: float
    history: list[dict[str, float]]
    nir_path: Path | None
    seconds: float


def resolve_device(name: str) -> torch.device:
    """``cpu``, ``cuda``, ``cuda:N`` or ``auto`` (CUDA when available)."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(name)
    except RuntimeError:
        raise ConfigError(f"--device: unknown device {name!r} (use cpu, cuda, cuda:N or auto)") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError(f"--device {name}: CUDA is not available on this machine (use --device cpu)")
    if device.type not in ("cpu", "cuda"):
        raise ConfigError(f"--device: unsupported device type {device.type!r}")
    return device


def output_loss(output: torch.Tensor, labels: torch.Tensor, loss: str, num_classes: int) -> torch.Tensor:
    """``mse``: mean squared error between firing rates and one-hot labels (the seed's loss);
    ``ce``: cross-entropy with the spike counts as logits."""
    if loss == "mse":
        return F.mse_loss(output.mean(0), F.one_hot(labels, num_classes).to(output.dtype))
    return F.cross_entropy(output.sum(0), labels)


def evaluate_model(
    model: torch.nn.Module,
    split: Split,
    config: TrainConfig,
    device: torch.device,
    decoding: str,
    batch_size: int = 256,
) -> tuple[float, float]:
    """(mean loss, accuracy) of ``model`` on ``split``, run with the training dynamics."""
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(split.labels), batch_size):
            images = split.images[start : start + batch_size].to(device)
            labels = split.labels[start : start + batch_size].to(device)
            output = model(encode(images, config.encoding, config.time_steps, seed=config.seed + start))
            total_loss += float(output_loss(output, labels, config.loss, split.num_classes)) * len(labels)
            correct += int((decode(output, decoding) == labels).sum())
    return total_loss / len(split.labels), correct / len(split.labels)


def write_metrics_csv(path: Path, history: list[dict[str, float]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=METRIC_FIELDS, restval="")
    writer.writeheader()
    writer.writerows(history)
    atomic_write(path, lambda tmp: tmp.write_text(buffer.getvalue()))


def write_curves_png(path: Path, history: list[dict[str, float]], title: str) -> None:
    """Loss and accuracy per epoch, train and test, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    epochs = [h["epoch"] for h in history]
    figure, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 4))
    for split in ("train", "test"):
        ax_loss.plot(epochs, [h[f"{split}_loss"] for h in history], marker="o", label=split)
        ax_acc.plot(epochs, [100 * h[f"{split}_acc"] for h in history], marker="o", label=split)
    ax_loss.set(xlabel="epoch", ylabel="loss", title="loss")
    ax_acc.set(xlabel="epoch", ylabel="accuracy (%)", title="accuracy")
    for axis in (ax_loss, ax_acc):
        axis.grid(alpha=0.3)
        axis.legend()
    figure.suptitle(title)
    figure.tight_layout()
    atomic_write(path, lambda tmp: figure.savefig(tmp, format="png", dpi=90))
    plt.close(figure)


def _make_optimizer(model: torch.nn.Module, config: TrainConfig) -> torch.optim.Optimizer:
    if config.optimizer == "sgd":
        return torch.optim.SGD(
            model.parameters(), lr=config.learning_rate, momentum=0.9, weight_decay=config.weight_decay
        )
    return torch.optim.Adam(model.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)


def make_scheduler(optimizer: torch.optim.Optimizer, config: TrainConfig):
    """Cosine annealing over the epochs, or ReduceLROnPlateau (halve after 2 epochs without a better test accuracy)."""
    if config.scheduler == "plateau":
        return torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="max", factor=0.5, patience=2)
    return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(config.epochs, 1))


def _resume(
    path: str,
    config: TrainConfig,
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    scheduler: torch.optim.lr_scheduler.LRScheduler,
) -> tuple[int, float, list[dict[str, float]]]:
    payload = load_checkpoint(path)
    saved = payload["config"]
    for key in MODEL_FIELDS:
        if key in saved and saved[key] != getattr(config, key):
            raise CheckpointError(
                f"{path}: cannot resume: checkpoint has {key}={saved[key]!r}, this run has {getattr(config, key)!r}"
            )
    try:
        model.load_state_dict(payload["state_dict"])
        if payload.get("optimizer"):
            optimizer.load_state_dict(payload["optimizer"]["optimizer"])
            scheduler.load_state_dict(payload["optimizer"]["scheduler"])
    except (RuntimeError, KeyError, ValueError, TypeError) as exc:
        raise CheckpointError(f"{path}: cannot resume ({str(exc).splitlines()[0]})") from None
    metrics = payload.get("metrics") or {}
    return int(payload["epoch"]), float(metrics.get("best_test_acc", -1.0)), list(metrics.get("history", []))


def train(config: TrainConfig, echo: Echo = print, progress: bool = True) -> TrainResult:
    """Train ``config.method`` as configured; returns where the results went."""
    from tqdm import tqdm

    config.validate()
    method = get_method(config.method)
    device = resolve_device(config.device)
    torch.manual_seed(config.seed)
    np.random.seed(config.seed)
    train_split = limit_split(load_split(config.dataset, "train", config.dataset_root), config.train_limit)
    test_split = load_split(config.dataset, "test", config.dataset_root)
    model = method.build(config, tuple(train_split.images.shape[1:]), train_split.num_classes).to(device)
    optimizer = _make_optimizer(model, config)
    scheduler = make_scheduler(optimizer, config)
    use_amp = config.amp and device.type == "cuda"
    if config.amp and not use_amp:
        echo("note: --amp needs a CUDA device; training in float32 on the CPU")
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)

    run_dir = Path(config.log_dir) / config.name if config.log else None
    model_dir = Path(config.model_dir) / config.name
    best_path, last_path = model_dir / "best.pt", model_dir / "last.pt"
    log_lines: list[str] = []

    def log(line: str) -> None:
        echo(line)
        if run_dir is not None:
            log_lines.append(line)
            atomic_write(run_dir / "train.log", lambda tmp: tmp.write_text("\n".join(log_lines) + "\n"))

    start_epoch, best_acc, history = 0, -1.0, []
    if config.pretrained_model:
        start_epoch, best_acc, history = _resume(config.pretrained_model, config, model, optimizer, scheduler)
        log(f"resumed from {config.pretrained_model} after epoch {start_epoch} (best test acc {best_acc:.4f})")
    log(
        f"training {config.method} {config.arch} on {config.dataset}: {len(train_split.labels)} train / "
        f"{len(test_split.labels)} test images, T={config.time_steps}, device {device}"
    )
    began = time.perf_counter()
    generator = torch.Generator().manual_seed(config.seed)
    for epoch in range(start_epoch, config.epochs):
        epoch_began = time.perf_counter()
        model.train()
        order = torch.randperm(len(train_split.labels), generator=generator)
        total_loss, correct, seen = 0.0, 0, 0
        batches = range(0, len(order), config.batch_size)
        bar = tqdm(batches, desc=f"epoch {epoch + 1}/{config.epochs}", disable=not progress, leave=False)
        for start in bar:
            index = order[start : start + config.batch_size]
            images, labels = train_split.images[index].to(device), train_split.labels[index].to(device)
            inputs = encode(images, config.encoding, config.time_steps, seed=config.seed + epoch * len(order) + start)
            with torch.autocast(device.type, enabled=use_amp):
                output = model(inputs)
                loss = output_loss(output.float(), labels, config.loss, train_split.num_classes)
            optimizer.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
            total_loss += float(loss.detach()) * len(labels)
            correct += int((decode(output.detach(), method.decoding) == labels).sum())
            seen += len(labels)
            bar.set_postfix(loss=f"{total_loss / seen:.4f}", acc=f"{correct / seen:.3f}")
        test_loss, test_acc = evaluate_model(model, test_split, config, device, method.decoding)
        if config.scheduler == "plateau":
            scheduler.step(test_acc)
        else:
            scheduler.step()
        row = {
            "epoch": epoch + 1,
            "phase": config.method,
            "train_loss": total_loss / seen,
            "train_acc": correct / seen,
            "test_loss": test_loss,
            "test_acc": test_acc,
            "lr": optimizer.param_groups[0]["lr"],
            "seconds": time.perf_counter() - epoch_began,
        }
        history.append(row)
        improved = test_acc > best_acc
        best_acc = max(best_acc, test_acc)
        log(
            f"epoch {epoch + 1}/{config.epochs}: train loss {row['train_loss']:.4f} acc {row['train_acc']:.4f} | "
            f"test loss {test_loss:.4f} acc {test_acc:.4f}{' (best)' if improved else ''} | {row['seconds']:.1f}s"
        )
        state = {k: v.detach().cpu() for k, v in model.state_dict().items()}
        metrics = {"test_acc": test_acc, "best_test_acc": best_acc, "history": history}
        resume_state = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}
        save_checkpoint(last_path, state, config.to_dict(), epoch + 1, metrics, resume_state)
        if improved:
            save_checkpoint(best_path, state, config.to_dict(), epoch + 1, metrics, resume_state)
        if run_dir is not None:
            write_metrics_csv(run_dir / "metrics.csv", history)
            write_curves_png(run_dir / "curves.png", history, config.name)
        if config.time_budget is not None and time.perf_counter() - began > 60 * config.time_budget:
            log(f"time budget of {config.time_budget} min reached after epoch {epoch + 1}; stopping")
            break
    if not best_path.exists():
        if config.epochs > start_epoch or not config.pretrained_model:
            raise ConfigError("-e/--epochs: nothing was trained (need at least one epoch)")
        best_path = Path(config.pretrained_model)
        last_path = best_path
    nir_path = None
    if config.export:
        nir_path = write_graph(export_checkpoint(str(best_path)), config.export)
        log(f"exported the best model to {nir_path}")
    return TrainResult(run_dir, best_path, last_path, best_acc, history, nir_path, time.perf_counter() - began)
