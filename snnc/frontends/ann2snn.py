"""``train ann2snn``: convert a trained ANN checkpoint, evaluate the SNN, save it.

Outputs, like the training methods: ``train.log``, ``metrics.csv`` (accuracy per time step
count), a PNG of accuracy against T, a checkpoint (the ANN weights plus the conversion's
config and scales, from which ``snnc export`` rebuilds the NIR graph) and optionally the NIR file.

Under torchrun (``snnc.frontends.distributed``) the work is shared: each process evaluates its
share of the test images (ANN and SNN; the counts are all-reduced) and runs the ANN on its share of
every calibration batch. The scales stay exactly one process's: a batch's statistic is computed
over the whole batch (``calibration_statistic``: the maximum as the maximum of the processes'
maxima, a percentile from all the batch's activations gathered), so every process runs the same
momentum recurrence on the same numbers. Rank 0 calibrating alone and broadcasting its scales
would be as exact, but would leave the other processes idle through the whole calibration and
have rank 0 run every batch; sharing costs one small all-reduce per ReLU and batch (max) or the
batch's activations (percentile, the values one process sorts anyway).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import nir
import torch

from snnc.data import Split, input_shape, limit_split, load_split
from snnc.errors import CheckpointError, ConfigError
from snnc.files import atomic_write
from snnc.frontends import distributed
from snnc.frontends.checkpoint import load_checkpoint, save_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.convert import Mode, Statistic, batch_statistic, convert_ann, parse_mode
from snnc.frontends.distributed import ALONE, Context
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


def calibration_statistic(context: Context) -> Statistic:
    """``convert.batch_statistic`` of the whole batch when each process holds its share of it:
    exact (the same float as one process computes), since the maximum of the shares' maxima is the
    batch's maximum and a percentile depends only on the values, not on their order."""
    if not context.distributed:
        return batch_statistic

    def statistic(activations: torch.Tensor, mode: Mode) -> float:
        if mode.kind == "percentile":
            return batch_statistic(distributed.all_gather_cat(activations.detach(), context), mode)
        values = activations.detach().double().flatten()
        local = values.max() if values.numel() else torch.tensor(-math.inf, dtype=torch.float64)
        return float(distributed.all_reduce_max(local.reshape(1), context)[0]) * mode.value

    return statistic


def sharded_accuracy(
    graph: nir.NIRGraph, test: Split, steps: list[int], echo: Echo, progress: bool, context: Context = ALONE
) -> dict[int, float]:
    """``accuracy_by_time`` of the test split, each process running its share of the images (the
    correct counts all-reduced)."""
    if not context.distributed:
        return accuracy_by_time(graph, test.images, test.labels, steps, echo=echo, progress=progress)
    mine = distributed.shard(torch.arange(len(test.labels)), context)
    counts = torch.zeros(len(steps), dtype=torch.float64)
    if len(mine):
        local = accuracy_by_time(graph, test.images[mine], test.labels[mine], steps, echo=echo, progress=progress)
        counts = torch.tensor([round(local[t] * len(mine)) for t in steps], dtype=torch.float64)
    totals = distributed.all_reduce_sum(counts, context).tolist()
    return {t: total / len(test.labels) for t, total in zip(steps, totals, strict=True)}


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
    the NIR graph. ``config`` is only read. Under torchrun every process calls this (rank 0 alone
    echoes and writes; the module doc says what is shared)."""
    if not config.ann:
        raise ConfigError("--ann: give the ANN checkpoint to convert (from 'snnc train ann')")
    parse_mode(config.mode)
    config = dataclasses.replace(config).validate()
    with distributed.session(resolve_device(config.device)) as context:
        return _run(config, sweep, distributed.quiet(echo, context), progress and context.is_main, context)


def _run(config: TrainConfig, sweep: bool, echo: Echo, progress: bool, context: Context) -> ConversionResult:
    began = time.perf_counter()
    payload = distributed.from_main(context, lambda: load_checkpoint(config.ann))
    if payload["config"].get("method") != "ann":
        raise CheckpointError(f"{config.ann}: not an ANN checkpoint (method {payload['config'].get('method')!r})")
    model, ann_config, _ = model_from_checkpoint(config.ann, payload)
    config.dataset = config.dataset or ann_config.dataset
    config.validate()
    if input_shape(config.dataset) != input_shape(ann_config.dataset):
        raise ConfigError(f"--dataset {config.dataset}: the ANN was trained on {ann_config.dataset} images")
    for key in ("arch", "channels", "hidden", "act", "levels", "qat_bits"):  # the ANN's model, QAT included
        setattr(config, key, getattr(ann_config, key))
    config.run_name = distributed.from_main(context, lambda: resolve_run_name(config))
    run_dir = Path(config.log_dir) / config.name if config.log else None
    log = RunLog(echo, run_dir if context.is_main else None)
    try:
        with distributed.local_main_first(context):
            test = evaluation_split(config)
        return _convert(config, model, ann_config, test, sweep, log, run_dir, began, progress, context)
    finally:
        log.close()


def evaluation_split(config: TrainConfig):
    """The test split a conversion is scored on (within --eval-limit)."""
    return limit_split(load_split(config.dataset, "test", config.dataset_root), config.eval_limit)


def _convert(config, model, ann_config, test, sweep, log, run_dir, began, progress, context) -> ConversionResult:
    """Calibrate, convert, evaluate and save (see ``run_ann2snn``)."""
    device = context.device
    _, ann_accuracy = evaluate_model(
        model.to(device), test, ann_config, device, "spike_count", progress=progress, context=context
    )
    model = model.cpu()
    log(f"ANN {config.ann}: test accuracy {100 * ann_accuracy:.2f}%")
    with distributed.local_main_first(context):
        batches = [distributed.shard(batch, context) for batch in _calibration_batches(config)]
    calibration = progress_bar(batches, "calibrating", progress, "batch")
    graph, scales = convert_ann(
        model,
        calibration,
        input_shape(config.dataset),
        config.mode,
        config.time_steps,
        config.dt,
        calibration_statistic(context),
    )
    config.scales = scales
    how = (
        f"the QCFS thresholds (L={config.levels}; initial membrane half the threshold)"
        if config.act == "qcfs"
        else f"mode {config.mode} on {config.calibration_batches} calibration batches"
    )
    log(f"converted with {how}; activation scales {', '.join(f'{s:.3f}' for s in scales)}")
    steps = sorted({config.time_steps, *(SWEEP_STEPS if sweep else ())})
    accuracy = sharded_accuracy(graph, test, steps, log, progress, context)
    for t in steps:
        log(f"SNN T={t:>4}: test accuracy {100 * accuracy[t]:.2f}% ({100 * (accuracy[t] - ann_accuracy):+.2f} pp)")
    checkpoint = Path(config.model_dir) / config.name / "snn.pt"
    metrics = {
        "ann_test_acc": ann_accuracy,
        "snn_test_acc": {str(t): a for t, a in accuracy.items()},
        "test_acc": accuracy[config.time_steps],
    }
    if context.is_main:
        checkpoint = save_checkpoint(checkpoint, model.state_dict(), config.to_dict(), 0, metrics)
    graph = model_to_nir(model, config)  # the same graph, with the full config in its metadata
    nir_path = distributed.from_main(context, lambda: write_graph(graph, config.export)) if config.export else None
    if nir_path:
        log(f"exported the SNN to {nir_path}")
    if run_dir is not None and context.is_main:
        _write_outputs(run_dir, accuracy, ann_accuracy, config.name)
    return ConversionResult(
        graph, scales, ann_accuracy, accuracy, checkpoint, nir_path, run_dir, time.perf_counter() - began
    )
