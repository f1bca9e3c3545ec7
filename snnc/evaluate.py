"""Running a NIR graph on a dataset with a backend: accuracy, spike activity and speed.

This is what ``snnc run`` and ``snnc demo`` call; it reads everything it needs from the
graph (time steps, encoding, decoding in ``metadata['snnc']``) unless told otherwise.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any, NamedTuple

import nir
import numpy as np
import torch

from snnc.backends import get_runner
from snnc.data import canonical_name, dataset_to_use, limit_split, load_split
from snnc.errors import ConfigError, SnncError
from snnc.events import event_split, is_event_dataset
from snnc.ir.encoding import decode
from snnc.ir.evaluation import Echo, prepare_images, run_batches, run_settings, spiking_neuron_count
from snnc.ir.metadata import graph_time_steps, recorded_dataset
from snnc.ir.precision import DEFAULT_PRECISION, torch_dtype
from snnc.ir.reference import compile_program
from snnc.ir.schema import check_flag
from snnc.progress import progress as show_progress


class RunReport(NamedTuple):
    backend: str
    dataset: str
    images: int
    time_steps: int
    encoding: str
    decoding: str
    accuracy: float
    correct: int
    mean_spikes_per_neuron_per_step: float
    seconds: float
    images_per_s: float
    predictions: list[int]
    # Per spiking layer (node name, in execution order): its neurons, and its spikes per neuron per
    # step over the run; the mean hides a silent or saturated layer, these show which one it is.
    layer_neurons: dict[str, int] = {}
    layer_spikes_per_neuron_per_step: dict[str, float] = {}
    labels: list[int] = []  # the test labels, beside ``predictions`` (a confusion matrix needs both)

    def summary(self) -> dict[str, object]:
        """The report without the per-image predictions and labels (what ``--json`` prints)."""
        values = self._asdict()
        values.pop("predictions")
        values.pop("labels")
        return values


def check_run_flags(
    time_steps: int | None, limit: int | None, batch_size: int | None = None, dt: float | None = None
) -> None:
    """``-T``, ``--limit``, ``--batch-size`` and ``--dt`` within their ranges
    (``snnc.ir.schema.FLAG_RANGES``), before any file or data is loaded."""
    check_flag("-T/--time-steps", time_steps)
    check_flag("--limit", limit)
    check_flag("--batch-size", batch_size)
    check_flag("--dt", dt, whole_number=False)


def run_on_dataset(
    graph: nir.NIRGraph,
    backend: str,
    dataset: str | None,
    dataset_root: str = "./data",
    time_steps: int | None = None,
    encoding: str | None = None,
    limit: int | None = None,
    batch_size: int = 256,
    dtype: str = DEFAULT_PRECISION,
    seed: int = 0,
    echo: Echo = print,
    device: str = "cpu",
    progress: bool = True,
) -> RunReport:
    """Run ``graph`` on the test split of ``dataset`` (None: the one the graph records) with
    ``backend`` and report."""
    check_run_flags(time_steps, limit, batch_size)
    runner = get_runner(backend)
    dataset = dataset_to_use(dataset, recorded_dataset(graph), echo)
    program = compile_program(graph)
    steps, chosen_encoding, decoding = run_settings(graph, time_steps, encoding, echo)
    if is_event_dataset(dataset):  # frames binned as the graph's training binned them
        split, chosen_encoding = event_split(graph, dataset, "test", dataset_root, steps, encoding, limit, echo)
    else:
        split = limit_split(load_split(dataset, "test", dataset_root), limit)
    images = prepare_images(program, split.images, split.name, split.per_step)
    predictions: list[torch.Tensor] = []
    total_spikes = 0.0
    layer_spikes: dict[str, float] = {}
    began = time.perf_counter()
    batches = run_batches(
        runner, program, images, steps, chosen_encoding, decoding, batch_size, torch_dtype(dtype), seed, device
    )
    batch_count = -(-len(images) // batch_size)
    for result, membranes in show_progress(batches, batch_count, f"{backend} on {split.name}", progress, "batch"):
        predictions.append(decode(result.output, decoding, membranes[-1] if membranes is not None else None).cpu())
        total_spikes += sum(result.spike_counts.values())
        for name, count in result.spike_counts.items():
            layer_spikes[name] = layer_spikes.get(name, 0.0) + count
    seconds = time.perf_counter() - began
    predicted = torch.cat(predictions)
    correct = int((predicted == split.labels).sum())
    neurons = spiking_neuron_count(program)
    activity = total_spikes / (neurons * steps * len(images)) if neurons else 0.0
    layer_neurons = {name: math.prod(program.shapes[name]) for name in layer_spikes}
    layer_rates = {name: layer_spikes[name] / (layer_neurons[name] * steps * len(images)) for name in layer_spikes}
    return RunReport(
        backend=backend,
        dataset=split.name,
        images=len(images),
        time_steps=steps,
        encoding=chosen_encoding,
        decoding=decoding,
        accuracy=correct / len(images),
        correct=correct,
        mean_spikes_per_neuron_per_step=activity,
        seconds=seconds,
        images_per_s=len(images) / seconds,
        predictions=predicted.tolist(),
        layer_neurons=layer_neurons,
        layer_spikes_per_neuron_per_step=layer_rates,
        labels=split.labels.tolist(),
    )


def run_report_lines(model: object, report: RunReport, layers: bool = True) -> list[str]:
    """What ``snnc run`` prints for a software backend; ``layers``: with the per-layer spike rates
    (``--quiet`` leaves the two result lines)."""
    return [
        f"{model} on {report.dataset} ({report.images} images, T={report.time_steps}, {report.encoding} "
        f"encoding, {report.decoding} readout) with {report.backend}:",
        f"  accuracy {100 * report.accuracy:.2f}%  |  {report.mean_spikes_per_neuron_per_step:.4f} spikes "
        f"per neuron per step  |  {report.images_per_s:.1f} images/s",
        *(layer_rate_lines(report) if layers else []),
    ]


def layer_rate_lines(report: RunReport) -> list[str]:
    """The per-layer spike rates as a small table (a layer's name, its neurons, its rate)."""
    if not report.layer_spikes_per_neuron_per_step:
        return []
    width = max(len("layer"), *(len(name) for name in report.layer_neurons))
    lines = [f"  {'layer':<{width}}  {'neurons':>8}  spikes/neuron/step"]
    for name, rate in report.layer_spikes_per_neuron_per_step.items():
        lines.append(f"  {name:<{width}}  {report.layer_neurons[name]:>8,}  {rate:>18.4f}")
    return lines


def hardware_test_split(quantized: nir.NIRGraph, dataset: str, root: str, limit: int | None, echo: Echo):
    """(the test split, its images prepared for ``quantized``) that a design runs: an event
    dataset binned as the graph states (with the note on counts above one spike per step)."""
    if is_event_dataset(dataset):
        from snnc.inputs import spike_input_note

        steps = graph_time_steps(quantized)
        split, _ = event_split(quantized, dataset, "test", root, steps, None, limit, echo)
        spike_input_note(split.images[:, :steps], echo)
    else:
        split = limit_split(load_split(canonical_name(dataset), "test", root), limit)
    return split, prepare_images(compile_program(quantized), split.images, split.name, split.per_step)


def run_fpga_on_dataset(
    model: Path,
    graph: nir.NIRGraph | None,
    dataset: str | None,
    root: str = "./data",
    limit: int | None = None,
    build: Path | None = None,
    target: str | None = None,
    simulator: str = "verilator",
    echo: Echo = print,
) -> dict[str, Any]:
    """``snnc run --backend fpga``: the generated design (from ``build``, or compiled on the fly for
    ``target``) simulated on the test split of ``dataset`` (None: the one the model records),
    against the labels, the integer reference and the cycle model."""
    from snnc.backends.fpga import DEFAULT_TARGET
    from snnc.backends.fpga.build import load_build
    from snnc.backends.fpga.run import simulate_design
    from snnc.compile import compile_for_run

    check_flag("--limit", limit)
    if build is not None:
        quantized, plan, _ = load_build(build, model)
        dataset = dataset_to_use(dataset, recorded_dataset(graph if graph is not None else quantized), echo)
    else:
        if graph is None:
            raise ConfigError(f"{model}: no graph to compile (give the NIR file or --build)")
        dataset = dataset_to_use(dataset, recorded_dataset(graph), echo)
        quantized, plan = compile_for_run(graph, dataset, root, target or DEFAULT_TARGET, echo=echo)
    split, images = hardware_test_split(quantized, dataset, root, limit, echo)
    run = simulate_design(quantized, plan, images, build, model, simulator, echo)
    labels = split.labels.numpy()
    count = len(images)
    return {
        "model": str(model),
        "backend": "fpga",
        "simulator": run.simulator,
        "dataset": split.name,
        "images": int(count),
        "time_steps": run.time_steps,
        "accuracy": float((run.rtl_classes == labels).mean()),
        "reference_accuracy": float((run.reference_classes == labels).mean()),
        "mismatches": run.mismatches,
        "cycle_model_mismatches": run.cycle_model_mismatches,
        "cycles_per_image": run.span_cycles / count,
        "predicted_cycles_per_image": run.predicted_span_cycles / count,
        "stream_latency_cycles_mean": float(run.stream_latencies.mean()),
        "stream_latency_cycles_max": int(run.stream_latencies.max()),
        "predicted_stream_latency_cycles_mean": float(run.predicted_stream_latencies.mean()),
        "simulation_seconds": run.seconds,
        "simulated_images_per_s": count / run.seconds if run.seconds else 0.0,
        "simulated_cycles_per_s": run.span_cycles / run.seconds if run.seconds else 0.0,
        "target": plan["target"],
    }


def board_build_for(model: Path, build: Path | None) -> Path:
    """The board build a run talks to: ``build``, else where ``snnc compile MODEL --backend fpga
    --board B`` writes by default (``MODEL_fpga/``)."""
    from snnc.compile import default_output

    chosen = build if build is not None else default_output(Path(model), "fpga")
    if not (Path(chosen) / "report.json").exists():
        raise ConfigError(
            f"--build {chosen}: no board build there; `snnc compile {model} --backend fpga --board B` writes one "
            "(the build the board was programmed from)"
        )
    return Path(chosen)


class BoardSetup(NamedTuple):
    """What a run on a board needs from its build: the build directory, the quantized graph and
    plan the design was generated from, and the build report's ``board`` section."""

    build: Path
    quantized: nir.NIRGraph
    plan: dict
    section: dict


def board_setup(model: Path, build: Path | None, link: dict[str, Any]) -> BoardSetup:
    """The board build of ``model`` (``board_build_for``), refused when it has no board top; the link
    flags (``baud``, ``timeout``) checked."""
    from snnc.backends.fpga.build import load_build

    check_flag("--baud", link.get("baud"))
    check_flag("--timeout", link.get("timeout"), whole_number=False)
    build = board_build_for(model, build)
    quantized, plan, build_report = load_build(build, model if Path(model).exists() else None)
    section = build_report.get("board")
    if section is None:
        raise ConfigError(f"--build {build}: an FPGA build without a board top; compile it with --board")
    return BoardSetup(build, quantized, plan, section)


def board_samples(setup: BoardSetup, samples: torch.Tensor, link: dict[str, Any], echo: Echo):
    """``samples`` (shaped as the graph's input) through the board; returns the ``BoardRun`` and the
    report fields every board run has."""
    from snnc.backends.fpga.run import run_board

    port = link.get("port") or "cosim"
    run = run_board(
        setup.quantized, setup.plan, samples, setup.build, setup.section, port, link.get("baud"),
        link.get("timeout") or 2.0, echo,
    )  # fmt: skip
    count, clock = len(samples), float(setup.section["clock_mhz"])
    report = {
        "board": setup.section["board"],
        "port": port,
        "time_steps": run.time_steps,
        "mismatches": run.mismatches,
        "cycle_model_mismatches": run.cycle_model_mismatches,
        "retries": run.retries,
        "clock_mhz": clock,
        "latency_cycles_mean": float(run.latencies.mean()),
        "core_images_per_s": clock * 1e6 / float(run.latencies.mean()),
        "host_images_per_s": count / run.seconds if run.seconds else 0.0,
        "baud": link.get("baud") or setup.section["baud"],
        "target": setup.plan["target"],
    }
    if run.link_cycles is not None:
        report["link_cycles_per_image"] = run.link_cycles / count
        report["link_images_per_s"] = clock * 1e6 * count / run.link_cycles
    return run, report


def run_board_on_dataset(
    model: Path, graph: nir.NIRGraph | None, build: Path | None, link: dict[str, Any], **split: Any
) -> dict[str, Any]:
    """``snnc run --backend board``: the test split (``split``: ``dataset``, ``root``, ``limit``,
    ``echo``) through the board programmed from ``build`` (``link``: ``port``, ``baud``,
    ``timeout``), against the labels, the integer reference and the cycle model; link-limited
    throughput from the board's cycles when co-simulated."""
    dataset, root, limit = split.get("dataset"), split.get("root", "./data"), split.get("limit")
    echo: Echo = split.get("echo", print)
    check_flag("--limit", limit)
    setup = board_setup(model, build, link)
    dataset = dataset_to_use(dataset, recorded_dataset(graph if graph is not None else setup.quantized), echo)
    test, images = hardware_test_split(setup.quantized, dataset, root, limit, echo)
    run, fields = board_samples(setup, images, link, echo)
    labels = test.labels.numpy()
    return {
        "model": str(model),
        "backend": "board",
        "dataset": test.name,
        "images": len(images),
        "accuracy": float((run.board_classes == labels).mean()),
        "reference_accuracy": float((run.reference_classes == labels).mean()),
        **fields,
    }


def run_board_on_inputs(
    model: Path, build: Path | None, link: dict[str, Any], inputs_path: Path, outputs: Path | None = None,
    limit: int | None = None, echo: Echo = print,
) -> dict[str, Any]:  # fmt: skip
    """``snnc run --backend board --inputs FILE``: the file's samples through the board, as
    ``run_board_on_dataset`` does a test split; accuracy when the file is labelled, and the board's
    and the integer reference's predictions in ``outputs`` (by default beside an unlabelled file)."""
    from snnc.inputs import check_outputs_path, hardware_results, inputs_for_build, outputs_for

    check_flag("--limit", limit)
    outputs = check_outputs_path(outputs, inputs_path, model)
    setup = board_setup(model, build, link)
    inputs = inputs_for_build(setup.quantized, setup.build, inputs_path, limit, echo)
    outputs = outputs_for(outputs, inputs, inputs_path, echo)
    run, fields = board_samples(setup, inputs.x, link, echo)
    results = hardware_results(
        run.board_classes, run.reference_classes, inputs, outputs, run.time_steps, setup.quantized, inputs_path, echo
    )
    return {
        "model": str(model),
        "backend": "board",
        "inputs": str(inputs_path),
        "images": len(inputs.x),
        "per_step": inputs.per_step,
        **results,
        "predictions": [int(c) for c in run.board_classes],
        **fields,
    }


def board_run_lines(model: object, report: dict[str, Any]) -> list[str]:
    """What ``snnc run --backend board`` prints (on a test split or ``--inputs``)."""
    source = report["dataset"] if "dataset" in report else Path(report["inputs"]).name
    if report["accuracy"] is not None:
        result = (
            f"accuracy {100 * report['accuracy']:.2f}% (integer reference {100 * report['reference_accuracy']:.2f}%)"
        )
    else:
        counts = np.bincount(np.asarray(report["predictions"], dtype=np.int64))
        result = "predictions (no labels): " + ", ".join(f"class {c}: {n}" for c, n in enumerate(counts) if n)
    lines = [
        f"{model} on {source} ({report['images']} images, T={report['time_steps']}) on the "
        f"{report['board']} board via {report['port']} at {report['baud']:,} baud:",
        f"  {result}"
        f"  |  mismatches {report['mismatches']}  |  cycle model: {report['cycle_model_mismatches']} differ"
        f"  |  retries {report['retries']}",
        f"  accelerator {report['latency_cycles_mean']:,.1f} cycles/image = {report['core_images_per_s']:,.0f} "
        f"images/s at {report['clock_mhz']:g} MHz",
    ]
    if "link_images_per_s" in report:
        lines.append(
            f"  link-limited (co-simulated UART): {report['link_cycles_per_image']:,.0f} cycles/image = "
            f"{report['link_images_per_s']:,.1f} images/s; host {report['host_images_per_s']:,.1f} images/s "
            "(simulation speed)"
        )
    else:
        lines.append(f"  host: {report['host_images_per_s']:,.1f} images/s over the link")
    return lines


def fpga_run_lines(model: object, report: dict[str, Any]) -> list[str]:
    """What ``snnc run --backend fpga`` prints."""
    return [
        f"{model} on {report['dataset']} ({report['images']} images, T={report['time_steps']}) with the "
        f"FPGA design ({report['simulator']}):",
        f"  accuracy {100 * report['accuracy']:.2f}% (integer reference {100 * report['reference_accuracy']:.2f}%)"
        f"  |  mismatches {report['mismatches']}  |  {report['cycles_per_image']:,.1f} cycles/image streamed, "
        f"latency in the stream {report['stream_latency_cycles_mean']:,.1f} mean "
        f"{report['stream_latency_cycles_max']:,} max "
        f"(cycle model: {report['cycle_model_mismatches']} differ)",
        f"  simulation {report['simulated_images_per_s']:,.1f} images/s, "
        f"{report['simulated_cycles_per_s'] / 1e6:.2f} M cycles/s",
    ]


def check_fpga_agreement(report: dict[str, Any]) -> None:
    """The mismatch policy: a simulated design that disagrees with the integer reference or the
    cycle model on any image is an error (raised after its report was shown)."""
    if report["mismatches"] or report["cycle_model_mismatches"]:
        raise SnncError(
            f"the RTL disagrees with the integer reference on {report['mismatches']} images "
            f"and with the cycle model on {report['cycle_model_mismatches']}"
        )
