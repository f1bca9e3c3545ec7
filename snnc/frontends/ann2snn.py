"""``train ann2snn``: convert a trained ANN checkpoint, evaluate the SNN, save it.

Outputs, like the training methods: ``train.log``, ``metrics.csv`` (accuracy per time step
count), a PNG of accuracy against T, a checkpoint (the ANN weights plus the conversion's
config and scales, from which ``snnc export`` rebuilds the NIR graph) and optionally the NIR file.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import nir
import torch

from snnc.data import input_shape, limit_split, load_split
from snnc.errors import CheckpointError, ConfigError
from snnc.files import atomic_write
from snnc.frontends.checkpoint import load_checkpoint, save_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.convert import convert_ann, parse_mode
from snnc.frontends.methods import model_from_checkpoint, model_to_nir
from snnc.frontends.trainer import RunLog, evaluate_model, resolve_device, resolve_run_name
from snnc.ir.evaluation import accuracy_by_time
from snnc.ir.io import write_graph
from snnc.progress import progress_bar

Echo = Callable[[str], None]
SWEEP_STEPS = (4, 8, 16, 32, 64, 128)


class ConversionResult(NamedTuple):
    graph: nir.NIRGraph
    scales: list[float]
    ann_accuracy: float
    snn_accuracy: dict[int, float]
    checkpoint: Path
    nir_path: Path | None
    run_dir: Path | None
    seconds: float


def _calibration_batches(config: TrainConfig) -> list[torch.Tensor]:
    """``calibration_batches`` shuffled (seeded) training batches."""
    train = load_split(config.dataset, "train", config.dataset_root)
    order = torch.randperm(len(train.labels), generator=torch.Generator().manual_seed(config.seed))
    count = min(len(order), config.calibration_batches * config.batch_size)
    return [train.images[order[i : i + config.batch_size]] for i in range(0, count, config.batch_size)]


def _write_outputs(run_dir: Path, accuracy: dict[int, float], ann_accuracy: float, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["time_steps", "snn_test_acc", "ann_test_acc"])
    for steps, value in sorted(accuracy.items()):
        writer.writerow([steps, value, ann_accuracy])
    atomic_write(run_dir / "metrics.csv", lambda tmp: tmp.write_text(buffer.getvalue()))
    figure, axis = plt.subplots(figsize=(6, 4))
    steps = sorted(accuracy)
    axis.plot(steps, [100 * accuracy[t] for t in steps], marker="o", label="SNN")
    axis.axhline(100 * ann_accuracy, color="gray", linestyle="--", label="ANN")
    axis.set(xscale="log", xlabel="time steps T", ylabel="test accuracy (%)", title=title)
    axis.grid(alpha=0.3)
    axis.legend()
    figure.tight_layout()
    atomic_write(run_dir / "curves.png", lambda tmp: figure.savefig(tmp, format="png", dpi=90))
    plt.close(figure)


def run_ann2snn(
    config: TrainConfig, sweep: bool = False, echo: Echo = print, progress: bool = True
) -> ConversionResult:
    """Convert ``config.ann`` with ``config.mode``, evaluate at ``config.time_steps`` (and, with
    ``sweep``, at 4..128 steps), save the checkpoint (in a run directory of its own) and, if asked,
    the NIR graph. ``config`` is only read."""
    if not config.ann:
        raise ConfigError("--ann: give the ANN checkpoint to convert (from 'snnc train ann')")
    parse_mode(config.mode)
    config = dataclasses.replace(config).validate()
    began = time.perf_counter()
    payload = load_checkpoint(config.ann)
    if payload["config"].get("method") != "ann":
        raise CheckpointError(f"{config.ann}: not an ANN checkpoint (method {payload['config'].get('method')!r})")
    model, ann_config, _ = model_from_checkpoint(config.ann, payload)
    config.dataset = config.dataset or ann_config.dataset
    config.validate()
    if input_shape(config.dataset) != input_shape(ann_config.dataset):
        raise ConfigError(f"--dataset {config.dataset}: the ANN was trained on {ann_config.dataset} images")
    for key in ("arch", "channels", "hidden"):
        setattr(config, key, getattr(ann_config, key))
    config.run_name = resolve_run_name(config)
    device = resolve_device(config.device)
    run_dir = Path(config.log_dir) / config.name if config.log else None
    log = RunLog(echo, run_dir)
    try:
        return _convert(
            config, model, ann_config, device, evaluation_split(config), sweep, log, run_dir, began, progress
        )
    finally:
        log.close()


def evaluation_split(config: TrainConfig):
    """The test split a conversion is scored on (within --eval-limit)."""
    return limit_split(load_split(config.dataset, "test", config.dataset_root), config.eval_limit)


def _convert(config, model, ann_config, device, test, sweep, log, run_dir, began, progress) -> ConversionResult:
    """Calibrate, convert, evaluate and save (see ``run_ann2snn``)."""
    _, ann_accuracy = evaluate_model(model.to(device), test, ann_config, device, "spike_count", progress=progress)
    model = model.cpu()
    log(f"ANN {config.ann}: test accuracy {100 * ann_accuracy:.2f}%")
    batches = _calibration_batches(config)
    calibration = progress_bar(batches, "calibrating", progress, "batch")
    graph, scales = convert_ann(
        model, calibration, input_shape(config.dataset), config.mode, config.time_steps, config.dt
    )
    config.scales = scales
    log(
        f"converted with mode {config.mode} on {config.calibration_batches} calibration batches; "
        f"activation scales {', '.join(f'{s:.3f}' for s in scales)}"
    )
    steps = sorted({config.time_steps, *(SWEEP_STEPS if sweep else ())})
    accuracy = accuracy_by_time(graph, test.images, test.labels, steps, echo=log, progress=progress)
    for t in steps:
        log(f"SNN T={t:>4}: test accuracy {100 * accuracy[t]:.2f}% ({100 * (accuracy[t] - ann_accuracy):+.2f} pp)")
    checkpoint = save_checkpoint(
        Path(config.model_dir) / config.name / "snn.pt",
        model.state_dict(),
        config.to_dict(),
        0,
        {
            "ann_test_acc": ann_accuracy,
            "snn_test_acc": {str(t): a for t, a in accuracy.items()},
            "test_acc": accuracy[config.time_steps],
        },
    )
    graph = model_to_nir(model, config)  # the same graph, with the full config in its metadata
    nir_path = write_graph(graph, config.export) if config.export else None
    if nir_path:
        log(f"exported the SNN to {nir_path}")
    if run_dir is not None:
        _write_outputs(run_dir, accuracy, ann_accuracy, config.name)
    return ConversionResult(
        graph, scales, ann_accuracy, accuracy, checkpoint, nir_path, run_dir, time.perf_counter() - began
    )
