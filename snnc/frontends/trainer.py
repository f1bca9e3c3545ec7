"""The training loop shared by the methods: data, optimizer, progress bar, log, metrics.csv,
curves PNG, best/last checkpoints, resuming, and NIR export of the best model; on one process or,
under torchrun, on several (``snnc.frontends.distributed`` says what each process does)."""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import torch
import torch.nn.functional as F

from snnc.data import Split, limit_split, load_split
from snnc.errors import CheckpointError, ConfigError, Interrupted
from snnc.files import atomic_write
from snnc.frontends import distributed
from snnc.frontends.checkpoint import load_checkpoint, save_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.distributed import ALONE, Context
from snnc.frontends.methods import export_checkpoint, get_method
from snnc.ir.encoding import decode, encode
from snnc.ir.io import write_graph
from snnc.progress import progress_bar

Echo = Callable[[str], None]
METRIC_FIELDS = ("epoch", "phase", "train_loss", "train_acc", "test_loss", "test_acc", "lr", "seconds")
# Fields that define the model's shape: resuming with other values cannot load the weights.
MODEL_FIELDS = ("method", "dataset", "arch", "channels", "hidden", "qat_bits")  # QAT: other parameter names


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
    progress: bool = False,
    context: Context = ALONE,
) -> tuple[float, float]:
    """(mean loss, accuracy) of ``model`` on ``split``, run with the training dynamics. Under
    torchrun process r evaluates batches r, r + W, ... (whole batches: the encoding seeds stay one
    process's) and the loss sums and correct counts are all-reduced."""
    model.eval()
    total_loss, correct = 0.0, 0
    starts = distributed.shard(range(0, len(split.labels), batch_size), context)
    with torch.no_grad():
        for start in progress_bar(starts, desc="evaluating", enabled=progress, unit="batch"):
            images = split.images[start : start + batch_size].to(device)
            labels = split.labels[start : start + batch_size].to(device)
            output = model(encode(images, config.encoding, config.time_steps, seed=config.seed + start))
            total_loss += float(output_loss(output, labels, config.loss, split.num_classes)) * len(labels)
            correct += int((decode(output, decoding) == labels).sum())
    if context.distributed:
        sums = distributed.all_reduce_sum(torch.tensor([total_loss, correct], dtype=torch.float64), context)
        total_loss, correct = sums.tolist()
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


def make_optimizer(parameters: list[tuple[str, torch.nn.Parameter]], config: TrainConfig) -> torch.optim.Optimizer:
    """Adam with *decoupled* weight decay (AdamW), or SGD with momentum 0.9; biases and BatchNorm
    parameters (1-D tensors) are not decayed.

    The seed coupled the decay to Adam's gradient (``Adam(weight_decay=5e-4)``): a silent neuron's
    MSE gradient is ~0, so Adam's normalized step is the decay term alone and shrinks its weights
    at the learning rate every step; the network never starts spiking (10% on digits). Decoupled
    decay keeps the seed's value and learns (docs: README, "Defaults")."""
    decayed = [p for name, p in parameters if p.ndim > 1]
    kept = [p for name, p in parameters if p.ndim <= 1]
    groups = [{"params": decayed, "weight_decay": config.weight_decay}, {"params": kept, "weight_decay": 0.0}]
    if config.optimizer == "sgd":
        return torch.optim.SGD(groups, lr=config.learning_rate, momentum=0.9)
    return torch.optim.AdamW(groups, lr=config.learning_rate)


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
    context: Context = ALONE,
) -> tuple[int, float, list[dict[str, float]]]:
    payload = distributed.from_main(context, lambda: load_checkpoint(path))  # read once, on rank 0
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
            # dropout and the like continue as if never stopped: each process its own generator when the
            # checkpoint has one per process of this job's size (``rng_ranks``), else rank 0 the saved one
            per_rank = payload["optimizer"].get("rng_ranks")
            if per_rank and len(per_rank) == context.world:
                torch.set_rng_state(per_rank[context.rank])
            elif "rng" in payload["optimizer"] and context.is_main:
                torch.set_rng_state(payload["optimizer"]["rng"])
    except (RuntimeError, KeyError, ValueError, TypeError) as exc:
        raise CheckpointError(f"{path}: cannot resume ({str(exc).splitlines()[0]})") from None
    metrics = payload.get("metrics") or {}
    return int(payload["epoch"]), float(metrics.get("best_test_acc", -1.0)), list(metrics.get("history", []))


StepFn = Callable[[torch.Tensor, torch.Tensor, float], tuple[torch.Tensor, torch.Tensor]]
"""One training step on a batch (encoded inputs, labels, share): runs the model, updates its
parameters and returns ``(output, loss)``, the loss being the mean over the inputs given. ``share``
is the fraction of the optimizer step's (global) batch these inputs are: 1 in one process, n_r / n
for process r of a torchrun job (possibly 0: a last batch smaller than the job)."""


class RunLog:
    """Echoes each line and, with a run directory, appends it to the run's ``train.log`` (through
    ``logging``: a resumed run or a later phase continues the file, never rewrites it)."""

    def __init__(self, echo: Echo, run_dir: Path | None):
        self.echo = echo
        self.path = run_dir / "train.log" if run_dir is not None else None
        self.logger: logging.Logger | None = None
        if self.path is not None:  # the file (and its directory) appear with the first line, not before
            self.logger = logging.getLogger(f"snnc.train.{self.path.absolute()}")
            self.logger.propagate = False
            self.logger.setLevel(logging.INFO)
            if not self.logger.handlers:
                handler = logging.FileHandler(self.path, mode="a", encoding="utf-8", delay=True)
                handler.setFormatter(logging.Formatter("%(message)s"))
                self.logger.addHandler(handler)

    @classmethod
    def continuing(cls, echo: Echo, run_dir: Path | None) -> RunLog:
        """The log of a later phase of the run in ``run_dir`` (it appends, as every log does)."""
        return cls(echo, run_dir)

    def __call__(self, line: str) -> None:
        self.echo(line)
        if self.logger is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.logger.info(line)
            for handler in self.logger.handlers:
                handler.flush()

    def close(self) -> None:
        if self.logger is not None:
            for handler in list(self.logger.handlers):
                handler.close()
                self.logger.removeHandler(handler)


class Phase(NamedTuple):
    """What one run of the shared epoch loop (``run_epochs``) does its own way."""

    name: str  # the ``phase`` column of metrics.csv
    epochs: range  # epoch indices, counted on from a resumed run or an earlier phase
    title: Callable[[int], str]  # an epoch's progress-bar and log prefix, e.g. "epoch 3/10"
    step: StepFn
    decoding: str  # how outputs become predictions (train and test accuracy)
    shuffle_seed: int  # seeds the batch order
    encode_seed: Callable[[int, int], int]  # (epoch, batch start) -> the input encoding's seed
    scheduler: Any = None  # stepped after each epoch's evaluation (None: the learning rate stays)
    resumable: bool = True  # checkpoints carry the optimizer and scheduler states


class RunPaths(NamedTuple):
    """Where a run writes: metrics and curves (``run_dir``, None without logging) and checkpoints."""

    run_dir: Path | None
    best: Path
    last: Path


def training_splits(config: TrainConfig) -> tuple[Split, Split]:
    """The (train, test) splits a run uses, within its limits (``--train-limit``, ``--eval-limit``)."""
    binning = config.binning()  # an event dataset's frames (None for images); only the samples used are binned
    train = load_split(config.dataset, "train", config.dataset_root, binning=binning, limit=config.train_limit)
    test = load_split(config.dataset, "test", config.dataset_root, binning=binning, limit=config.eval_limit)
    return limit_split(train, config.train_limit), limit_split(test, config.eval_limit)


def resolve_run_name(config: TrainConfig) -> str:
    """The run directory's name. A run resumed from a checkpoint of ``<model_dir>/<name>/`` goes on
    in that run; a new run never takes an existing run's name: ``<name>``, else ``<name>-2``, ``-3``..."""
    if config.pretrained_model:
        checkpoint = Path(config.pretrained_model)
        if checkpoint.parent.parent.resolve() == Path(config.model_dir).resolve():
            return checkpoint.parent.name
    base, count = config.name, 1
    name = base
    while (Path(config.model_dir) / name).exists() or (Path(config.log_dir) / name).exists():
        count += 1
        name = f"{base}-{count}"
    return name


def run_paths(config: TrainConfig) -> RunPaths:
    model_dir = Path(config.model_dir) / config.name
    return RunPaths(
        Path(config.log_dir) / config.name if config.log else None, model_dir / "best.pt", model_dir / "last.pt"
    )


def backprop_step(
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    config: TrainConfig,
    num_classes: int,
    device: torch.device,
    scaler: torch.amp.GradScaler,
    world: int = 1,
) -> StepFn:
    """A surrogate-gradient step: forward (mixed precision when the scaler is enabled), the loss,
    backward and the optimizer step. ``model`` may be DistributedDataParallel over ``world``
    processes: see ``shared_loss`` for what each backpropagates."""

    def step(inputs: torch.Tensor, labels: torch.Tensor, share: float) -> tuple[torch.Tensor, torch.Tensor]:
        with torch.autocast(device.type, enabled=scaler.is_enabled()):
            output = model(inputs)
            loss = output_loss(output.float(), labels, config.loss, num_classes)
        optimizer.zero_grad(set_to_none=True)
        scaler.scale(shared_loss(loss, output, share * world)).backward()
        scaler.step(optimizer)
        scaler.update()
        return output, loss

    return step


def shared_loss(loss: torch.Tensor, output: torch.Tensor, factor: float) -> torch.Tensor:
    """What a process backpropagates so that DDP's average of the W processes' gradients is the
    gradient of the global batch's mean loss: ``loss * W n_r / n`` (``factor``), since
    ``(1/W) sum_r W (n_r / n) grad mean_r = (1/n) sum_i grad loss_i``. ``loss`` itself when the
    factor is 1 (one process, or a batch the processes share evenly); an empty share (``loss`` is
    NaN) backpropagates zero through ``output``, so the process still joins DDP's reduction."""
    if factor == 1.0:
        return loss
    if factor == 0.0:
        return output.float().sum() * 0.0
    return loss * factor


def _train_epoch(
    phase: Phase,
    epoch: int,
    model: torch.nn.Module,
    config: TrainConfig,
    device: torch.device,
    split: Split,
    generator: torch.Generator,
    progress: bool,
    context: Context = ALONE,
) -> tuple[float, float]:
    """One pass over ``split`` in shuffled batches, one ``phase.step`` each: (mean loss, accuracy).
    Under torchrun every process draws the same order and batches and steps on its share of each
    (``distributed.shard``); the loss and accuracy are the whole epoch's, all-reduced."""
    model.train()
    generator.manual_seed(phase.shuffle_seed + epoch)  # each epoch's order is its own: a resumed run repeats it
    order = torch.randperm(len(split.labels), generator=generator)
    total_loss, correct, seen = 0.0, 0, 0
    batches = range(0, len(order), config.batch_size)
    bar = progress_bar(batches, desc=phase.title(epoch), enabled=progress, unit="batch")
    for start in bar:
        index = order[start : start + config.batch_size]
        images, labels = split.images[index].to(device), split.labels[index].to(device)
        inputs = encode(images, config.encoding, config.time_steps, seed=phase.encode_seed(epoch, start))
        # the global batch is encoded whole, then shared: Poisson spikes are the ones one process draws
        inputs, labels = distributed.shard(inputs, context, dim=1), distributed.shard(labels, context)
        output, loss = phase.step(inputs, labels, len(labels) / len(index))
        if len(labels):
            total_loss += float(loss.detach()) * len(labels)
            correct += int((decode(output.detach(), phase.decoding) == labels).sum())
            seen += len(labels)
        bar.set_postfix(loss=f"{total_loss / max(seen, 1):.4f}", acc=f"{correct / max(seen, 1):.3f}")
    if context.distributed:
        sums = distributed.all_reduce_sum(torch.tensor([total_loss, correct, seen], dtype=torch.float64), context)
        total_loss, correct, seen = sums.tolist()
    return total_loss / seen, correct / seen


def run_epochs(
    phase: Phase,
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    config: TrainConfig,
    device: torch.device,
    splits: tuple[Split, Split],
    paths: RunPaths,
    log: RunLog,
    best_acc: float,
    history: list[dict[str, float]],
    progress: bool = True,
    context: Context = ALONE,
) -> float:
    """The epoch loop every method shares: per epoch, train, evaluate on the test split, step the
    scheduler, log, append a row to ``history`` (and metrics.csv, curves.png) and write the last
    checkpoint, and the best one when the test accuracy beats ``best_acc``; stop early once
    ``config.time_budget`` minutes have passed. Returns the best test accuracy.

    ``model`` is the unwrapped module (``phase.step`` may drive it through DDP). Under torchrun
    every process runs the loop on the same all-reduced numbers, so all take the same decisions;
    rank 0 alone writes (``log`` should echo nothing elsewhere)."""
    train_split, test_split = splits
    began = time.perf_counter()
    generator = torch.Generator().manual_seed(phase.shuffle_seed)
    for epoch in phase.epochs:
        epoch_began = time.perf_counter()
        train_loss, train_acc = _train_epoch(
            phase, epoch, model, config, device, train_split, generator, progress, context=context
        )
        distributed.broadcast_buffers(model, context)
        test_loss, test_acc = evaluate_model(
            model, test_split, config, device, phase.decoding, progress=progress, context=context
        )
        if isinstance(phase.scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            phase.scheduler.step(test_acc)
        elif phase.scheduler is not None:
            phase.scheduler.step()
        row = {
            "epoch": epoch + 1,
            "phase": phase.name,
            "train_loss": train_loss,
            "train_acc": train_acc,
            "test_loss": test_loss,
            "test_acc": test_acc,
            "lr": optimizer.param_groups[0]["lr"],
            "seconds": time.perf_counter() - epoch_began,
        }
        history.append(row)
        improved = test_acc > best_acc
        best_acc = max(best_acc, test_acc)
        log(
            f"{phase.title(epoch)}: train loss {row['train_loss']:.4f} acc {row['train_acc']:.4f} | "
            f"test loss {test_loss:.4f} acc {test_acc:.4f}{' (best)' if improved else ''} | {row['seconds']:.1f}s"
        )
        resume_state = None
        if phase.resumable:
            resume_state = {
                "optimizer": optimizer.state_dict(),
                "scheduler": phase.scheduler.state_dict(),
                "rng": torch.get_rng_state(),
            }
            if context.distributed:  # every process's generator (all processes take part in the gathering)
                resume_state["rng_ranks"] = distributed.gather_rng_states(context)
        if context.is_main:
            state = {k: v.detach().cpu() for k, v in model.state_dict().items()}
            metrics = {"test_acc": test_acc, "best_test_acc": best_acc, "history": history}
            save_checkpoint(paths.last, state, config.to_dict(), epoch + 1, metrics, resume_state)
            if improved:
                save_checkpoint(paths.best, state, config.to_dict(), epoch + 1, metrics, resume_state)
            if paths.run_dir is not None:
                write_metrics_csv(paths.run_dir / "metrics.csv", history)
                write_curves_png(paths.run_dir / "curves.png", history, config.name)
        if config.time_budget is not None and distributed.any_process(
            time.perf_counter() - began > 60 * config.time_budget, context
        ):
            log(f"time budget of {config.time_budget} min reached after epoch {epoch + 1}; stopping")
            break
    return best_acc


def train(config: TrainConfig, echo: Echo = print, progress: bool = True) -> TrainResult:
    """Train ``config.method`` as configured (in a run directory of its own, see
    ``resolve_run_name``); returns where the results went. Ctrl-C ends it with
    ``Interrupted`` naming the last checkpoint and the command that resumes it.

    Under torchrun (``snnc.frontends.distributed``) every process calls this: each trains on its
    share of every batch through DistributedDataParallel, rank 0 alone echoes and writes, and
    the result (its paths are rank 0's files) is the same on every process."""
    config = dataclasses.replace(config).validate()
    with distributed.session(resolve_device(config.device)) as context:
        return _train(config, context, distributed.quiet(echo, context), progress and context.is_main)


def _train(config: TrainConfig, context: Context, echo: Echo, progress: bool) -> TrainResult:
    config.run_name = distributed.from_main(context, lambda: resolve_run_name(config))
    method = get_method(config.method)
    device = context.device
    torch.manual_seed(config.seed)
    np.random.seed(config.seed)
    with distributed.local_main_first(context):
        train_split, test_split = training_splits(config)
    model = method.build(config, train_split.sample_shape, train_split.num_classes).to(device)
    if config.sync_bn:
        model = distributed.sync_batchnorm(model, context)
    if context.rank:  # the model above is every process's; dropout masks are each process's own
        torch.manual_seed(config.seed + context.rank)
    optimizer = make_optimizer(list(model.named_parameters()), config)
    scheduler = make_scheduler(optimizer, config)
    use_amp = config.amp and device.type == "cuda"
    if config.amp and not use_amp:
        echo("note: --amp needs a CUDA device; training in float32 on the CPU")
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)

    paths = run_paths(config)
    log = RunLog(echo, paths.run_dir if context.is_main else None)
    start_epoch, best_acc, history = 0, -1.0, []
    if config.pretrained_model:
        start_epoch, best_acc, history = _resume(config.pretrained_model, config, model, optimizer, scheduler, context)
        log(f"resumed from {config.pretrained_model} after epoch {start_epoch} (best test acc {best_acc:.4f})")
    processes = f" x {context.world} processes (torchrun)" if context.distributed else ""
    log(
        f"training {config.method} {config.arch} on {config.dataset}: {len(train_split.labels)} train / "
        f"{len(test_split.labels)} test images, T={config.time_steps}, device {device}{processes}; run {config.name} "
        f"(checkpoints in {paths.best.parent})"
    )
    began = time.perf_counter()
    images = len(train_split.labels)
    phase = Phase(
        name=config.method,
        epochs=range(start_epoch, config.epochs),
        title=lambda epoch: f"epoch {epoch + 1}/{config.epochs}",
        step=backprop_step(
            distributed.wrap(model, context), optimizer, config, train_split.num_classes, device, scaler, context.world
        ),
        decoding=method.decoding,
        shuffle_seed=config.seed,
        encode_seed=lambda epoch, start: config.seed + epoch * images + start,
        scheduler=scheduler,
    )
    splits = (train_split, test_split)
    try:
        best_acc = run_epochs(
            phase, model, optimizer, config, device, splits, paths, log, best_acc, history, progress, context
        )
    except KeyboardInterrupt:
        raise Interrupted(interrupted_message(config, paths)) from None
    finally:
        log.close()
    best_path, last_path = paths.best, paths.last
    if not distributed.from_main(context, best_path.exists):
        if config.epochs > start_epoch or not config.pretrained_model:
            raise ConfigError("-e/--epochs: nothing was trained (need at least one epoch)")
        best_path = Path(config.pretrained_model)
        last_path = best_path
    nir_path = None
    if config.export:
        nir_path = distributed.from_main(context, lambda: write_graph(export_checkpoint(str(best_path)), config.export))
        echo(f"exported the best model to {nir_path}")
    return TrainResult(paths.run_dir, best_path, last_path, best_acc, history, nir_path, time.perf_counter() - began)


def interrupted_message(config: TrainConfig, paths: RunPaths) -> str:
    """One line for Ctrl-C: what was saved and how to go on."""
    if not paths.last.exists():
        return "interrupted before the first epoch ended; nothing was saved"
    epoch = load_checkpoint(paths.last)["epoch"]
    return (
        f"interrupted; last checkpoint {paths.last} (epoch {epoch}); resume with: snnc train {config.method} "
        f"<the same flags> --pretrained-model {paths.last}"
    )
