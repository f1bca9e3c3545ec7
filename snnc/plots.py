"""``snnc run --plots DIR``: what the network did on the test set, as pictures.

- ``raster.png``: the spikes of every spiking layer for the first few test images (the 256 most
  active neurons of a larger layer), with each image's label and predicted class;
- ``firing_rates.png`` and ``firing_rates.csv``: spikes per neuron per step of each layer over the
  whole run (bars and the table): a silent or saturated layer is the first thing to look for;
- ``confusion.png`` and ``confusion.csv``: the confusion matrix of the run's predictions;
- ``membranes.png`` (with ``--record NODE``, repeatable): the membrane of each NODE over the T steps
  for the same images (the 16 neurons whose membranes vary most, when it has more).

The rasters and membranes come from a second, recorded run of those few images on the same
backend with the same T and encoding (``poisson`` spikes drawn with seed 0 for the batch of them, so
they may differ from the main run's draws). Figures are drawn with matplotlib's Agg renderer on
``Figure`` objects (no ``pyplot``, no display, no global backend switch) and the directory is
written whole (``snnc.files.output_directory``): an earlier plots directory is replaced only with
``--force``, and anything else there is refused.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import nir
import numpy as np
import torch

from snnc.activity import Activity, layer_raster, membrane_nodes, record_activity
from snnc.backends import get_runner
from snnc.data import limit_split, load_split
from snnc.errors import ConfigError
from snnc.events import event_split, is_event_dataset
from snnc.files import check_output_directory, output_directory
from snnc.ir.encoding import encode
from snnc.ir.evaluation import prepare_images
from snnc.ir.precision import DEFAULT_PRECISION, torch_dtype
from snnc.ir.reference import compile_program

if TYPE_CHECKING:
    from snnc.evaluate import RunReport

Echo = Callable[[str], None]
PLOTS_KIND = "run plots"  # the kind of snnc output directory --plots writes
PLOT_SAMPLES = 4  # test images in the raster and membrane figures
RASTER_NEURONS = 256  # neurons per layer a raster panel shows at most
TRACES = 16  # membrane traces per image at most
COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")


def check_plot_request(
    graph: nir.NIRGraph, directory: Path, record: Sequence[str], backend: str, force: bool = False
) -> None:
    """Refuse, before the run, plots that could not be written: the FPGA backend (it reports
    classes and cycles, not spikes), a ``--record`` node that is missing or has no membrane, or a
    directory that is not an earlier plots directory (or is one, without ``--force``)."""
    if backend == "fpga":
        raise ConfigError(
            "--plots: the FPGA run reports classes and cycles, not spikes; plot the same model with --backend "
            "reference (the integer reference the RTL equals, for a quantized graph)"
        )
    if record:
        program = compile_program(graph)
        candidates = membrane_nodes(program)
        for node in record:
            if node not in candidates:
                why = "no such node" if node not in program.graph.nodes else "it has no membrane"
                raise ConfigError(f"--record {node}: {why}; nodes with a membrane: {', '.join(candidates) or 'none'}")
    check_output_directory(directory, PLOTS_KIND, force)


def write_run_plots(
    directory: Path,
    graph: nir.NIRGraph,
    report: RunReport,
    dataset_root: str = "./data",
    record: Sequence[str] = (),
    samples: int = PLOT_SAMPLES,
    force: bool = False,
    precision: str = DEFAULT_PRECISION,
    echo: Echo = print,
) -> list[str]:
    """Write the figures (see the module doc) for ``report``, a run of ``graph``; returns the names of
    the files written."""
    record = tuple(dict.fromkeys(record))
    check_plot_request(graph, directory, record, report.backend, force)
    program = compile_program(graph)
    if is_event_dataset(report.dataset):  # frames binned as the run binned them
        quiet = lambda _line: None  # noqa: E731 - the run already announced the binning
        split, _ = event_split(graph, report.dataset, "test", dataset_root, report.time_steps, None, samples, quiet)
    else:
        split = limit_split(load_split(report.dataset, "test", dataset_root), samples)
    images = prepare_images(program, split.images, split.name, split.per_step)
    inputs = encode(images, report.encoding, report.time_steps, seed=0)
    runner = get_runner(report.backend)
    activity = record_activity(program, runner, inputs, report.decoding, torch_dtype(precision), record)
    labels = split.labels.tolist()
    echo(f"plotting: a recorded {report.backend} run of the first {len(labels)} test samples")
    written = []
    with output_directory(directory, PLOTS_KIND, force) as staging:
        _raster_figure(activity, labels).savefig(staging / "raster.png", dpi=110)
        _rates_figure(report).savefig(staging / "firing_rates.png", dpi=110)
        _rates_csv(report, staging / "firing_rates.csv")
        matrix = confusion_matrix(report.labels, report.predictions)
        _confusion_figure(matrix, report).savefig(staging / "confusion.png", dpi=110)
        _confusion_csv(matrix, staging / "confusion.csv")
        written += ["raster.png", "firing_rates.png", "firing_rates.csv", "confusion.png", "confusion.csv"]
        if record:
            _membrane_figure(activity, record, labels).savefig(staging / "membranes.png", dpi=110)
            written.append("membranes.png")
    return written


def confusion_matrix(labels: list[int], predictions: list[int]) -> np.ndarray:
    """[true class, predicted class] counts; the size covers every class that occurs in either."""
    size = max([*labels, *predictions, 0]) + 1
    matrix = np.zeros((size, size), dtype=np.int64)
    np.add.at(matrix, (np.asarray(labels, dtype=np.int64), np.asarray(predictions, dtype=np.int64)), 1)
    return matrix


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _sample_title(index: int, labels: list[int], activity: Activity) -> str:
    return f"image {index}: label {labels[index]}, predicted {activity.classes[index]}"


def _raster_figure(activity: Activity, labels: list[int]):
    layers = list(activity.spikes)
    count = len(labels)
    figure = _figure(3.2 * count + 0.6, 1.9 * max(1, len(layers)) + 0.7)
    axes = np.atleast_2d(np.asarray(figure.subplots(max(1, len(layers)), count, squeeze=False)))
    figure.suptitle("Spike rasters: the first test images, one row per neuron")
    steps = activity.readout.shape[0]
    for row, name in enumerate(layers):
        for column in range(count):
            axis = axes[row, column]
            raster = layer_raster(activity.spikes[name][:, column], RASTER_NEURONS)
            axis.scatter(raster["t"], raster["row"], s=6, marker="s", color=COLORS[row % len(COLORS)], linewidths=0)
            axis.set_xlim(-0.5, steps - 0.5)
            axis.set_ylim(len(raster["rows"]) - 0.5, -0.5)
            axis.tick_params(labelsize=7)
            if row == 0:
                axis.set_title(_sample_title(column, labels, activity), fontsize=8)
            if column == 0:
                shown = "" if len(raster["rows"]) == raster["neurons"] else f"\n{len(raster['rows'])} most active of"
                axis.set_ylabel(f"{name}{shown}\n{raster['neurons']:,} neurons", fontsize=8)
            if row == len(layers) - 1:
                axis.set_xlabel("time step", fontsize=8)
    return figure


def _rates_figure(report: RunReport):
    names = list(report.layer_spikes_per_neuron_per_step)
    rates = [report.layer_spikes_per_neuron_per_step[n] for n in names]
    figure = _figure(max(4.5, 1.1 * len(names) + 2), 4.6)
    bars, table = figure.subplots(2, 1, height_ratios=[3, 1.2])
    bars.bar(range(len(names)), rates, color=[COLORS[i % len(COLORS)] for i in range(len(names))])
    bars.set_xticks(range(len(names)), names, fontsize=8)
    bars.set_ylabel("spikes per neuron per step")
    bars.set_title(
        f"Firing rates on {report.dataset} ({report.images:,} images, T={report.time_steps}, {report.backend}); "
        f"mean {report.mean_spikes_per_neuron_per_step:.4f}",
        fontsize=9,
    )
    table.axis("off")
    rows = [[n, f"{report.layer_neurons[n]:,}", f"{r:.4f}"] for n, r in zip(names, rates, strict=True)]
    if rows:
        cells = table.table(cellText=rows, colLabels=["layer", "neurons", "spikes/neuron/step"], loc="center")
        cells.auto_set_font_size(False)
        cells.set_fontsize(8)
    return figure


def _rates_csv(report: RunReport, path: Path) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["layer", "neurons", "spikes_per_neuron_per_step"])
        for name, rate in report.layer_spikes_per_neuron_per_step.items():
            writer.writerow([name, report.layer_neurons[name], f"{rate:.6f}"])


def _confusion_figure(matrix: np.ndarray, report: RunReport):
    size = len(matrix)
    figure = _figure(max(4.0, 0.45 * size + 2), max(3.6, 0.42 * size + 1.6))
    axis = figure.subplots()
    image = axis.imshow(matrix, cmap="Blues")
    figure.colorbar(image, ax=axis, shrink=0.8)
    axis.set_xlabel("predicted class")
    axis.set_ylabel("true class")
    axis.set_xticks(range(size))
    axis.set_yticks(range(size))
    axis.tick_params(labelsize=7)
    axis.set_title(f"Confusion on {report.dataset}: accuracy {100 * report.accuracy:.2f}%", fontsize=9)
    if size <= 20:
        threshold = matrix.max() / 2 if matrix.size else 0
        for true in range(size):
            for predicted in range(size):
                value = matrix[true, predicted]
                if value:
                    color = "white" if value > threshold else "black"
                    axis.text(predicted, true, str(value), ha="center", va="center", fontsize=7, color=color)
    return figure


def _confusion_csv(matrix: np.ndarray, path: Path) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["true \\ predicted", *range(len(matrix))])
        for index, row in enumerate(matrix):
            writer.writerow([index, *row.tolist()])


def _membrane_figure(activity: Activity, nodes: Sequence[str], labels: list[int]):
    """One row per recorded node, one column per image: the membrane of each node's neurons per step
    (the ``TRACES`` whose membranes vary most, for a larger node)."""
    count = len(labels)
    figure = _figure(3.2 * count + 0.6, 2.6 * len(nodes) + 0.6)
    axes = np.asarray(figure.subplots(len(nodes), count, squeeze=False))
    figure.suptitle("Membrane potential per step", fontsize=9)
    for row, node in enumerate(nodes):
        steps = activity.membranes[node].shape[0]
        flat = activity.membranes[node].reshape(steps, count, -1).to(torch.float64)
        neurons = flat.shape[2]
        if neurons > TRACES:
            spread = flat.var(dim=0).sum(0)
            chosen = sorted(torch.sort(spread, descending=True, stable=True).indices[:TRACES].tolist())
        else:
            chosen = list(range(neurons))
        for column in range(count):
            axis = axes[row, column]
            for position, index in enumerate(chosen):
                axis.plot(range(steps), flat[:, column, index].numpy(), color=COLORS[position % len(COLORS)], lw=1,
                          label=str(index))  # fmt: skip
            if row == 0:
                axis.set_title(_sample_title(column, labels, activity), fontsize=8)
            if column == 0:
                which = f"{len(chosen)} of {neurons:,} (most varying)" if neurons > TRACES else f"{neurons} neurons"
                axis.set_ylabel(f"{node}\n{which}", fontsize=8)
            if row == len(nodes) - 1:
                axis.set_xlabel("time step", fontsize=8)
            axis.tick_params(labelsize=7)
        if len(chosen) <= 10:
            axes[row, -1].legend(fontsize=6, title="neuron", title_fontsize=6, loc="best")
    return figure
