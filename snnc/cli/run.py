"""``snnc run``: software inference of a NIR graph on a dataset."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.errors import ConfigError, SnncError
from snnc.evaluate import run_on_dataset
from snnc.ir.io import read_graph
from snnc.ir.metadata import fill_unstated


def run(
    model: Path = typer.Argument(..., help="a NIR file"),
    backend: str = typer.Option("reference", "--backend", help="reference | norse | nengo | fpga (RTL simulation)"),
    dataset: str = typer.Option("digits", "--dataset", help="digits | MNIST | FashionMNIST | CIFAR10"),
    dataset_root: str = typer.Option("./data", "--dataset_root"),
    time_steps: int = typer.Option(None, "-T", "--time_steps", help="override the graph's time steps"),
    encoding: str = typer.Option(None, "--encoding", help="override the graph's encoding: direct|binary|poisson"),
    limit: int = typer.Option(None, "--limit", help="only the first N test images"),
    batch_size: int = typer.Option(256, "--batch_size"),
    precision: str = typer.Option("float64", "--precision", help="float64 | float32"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
    dt: float = typer.Option(None, "--dt", help="seconds per step, for a graph that does not state it"),
    reset: str = typer.Option(None, "--reset", help="zero | subtract, for neurons that do not state it"),
    build: Path = typer.Option(None, "--build", help="fpga: a build directory from snnc compile --backend fpga"),
    target: str = typer.Option("generic", "--target", help="fpga without --build: the target to plan for"),
    simulator: str = typer.Option("auto", "--simulator", help="fpga: auto | verilator | pyrtl"),
) -> None:
    """Run a NIR graph on a dataset's test split: accuracy, spikes per neuron per step, images/s."""
    echo = (lambda line: typer.echo(line, err=True)) if as_json else typer.echo
    if backend == "fpga":
        _run_fpga(model, dataset, dataset_root, limit, build, target, simulator, as_json, dt, reset, encoding, echo)
        return
    if build is not None:
        raise ConfigError("--build is for --backend fpga")
    graph = fill_unstated(read_graph(model), dt, reset, encoding, echo)
    report = run_on_dataset(
        graph, backend, dataset, dataset_root, time_steps, encoding, limit, batch_size, precision, echo=echo
    )
    if as_json:
        typer.echo(json.dumps({"model": str(model), **report.summary()}, sort_keys=True))
        return
    typer.echo(
        f"{model} on {report.dataset} ({report.images} images, T={report.time_steps}, {report.encoding} "
        f"encoding, {report.decoding} readout) with {report.backend}:"
    )
    typer.echo(
        f"  accuracy {100 * report.accuracy:.2f}%  |  {report.mean_spikes_per_neuron_per_step:.4f} spikes "
        f"per neuron per step  |  {report.images_per_s:.1f} images/s"
    )


def _run_fpga(model, dataset, root, limit, build, target, simulator, as_json, dt, reset, encoding, echo) -> None:
    from snnc.backends.fpga.run import run_fpga

    graph = fill_unstated(read_graph(model), dt, reset, encoding, echo) if build is None or model.exists() else None
    report = run_fpga(model, graph, dataset, root, limit, build, target, simulator, echo)
    if as_json:
        typer.echo(json.dumps(report, sort_keys=True))
    else:
        typer.echo(
            f"{model} on {report['dataset']} ({report['images']} images, T={report['time_steps']}) with the "
            f"FPGA design ({report['simulator']}):"
        )
        typer.echo(
            f"  accuracy {100 * report['accuracy']:.2f}% (integer reference {100 * report['reference_accuracy']:.2f}%)"
            f"  |  mismatches {report['mismatches']}  |  {report['cycles_per_image']:,.1f} cycles/image streamed, "
            f"latency in the stream {report['stream_latency_cycles_mean']:,.1f} mean "
            f"{report['stream_latency_cycles_max']:,} max "
            f"(cycle model: {report['cycle_model_mismatches']} differ)"
        )
        typer.echo(
            f"  simulation {report['simulated_images_per_s']:,.1f} images/s, "
            f"{report['simulated_cycles_per_s'] / 1e6:.2f} M cycles/s"
        )
    if report["mismatches"] or report["cycle_model_mismatches"]:
        raise SnncError(
            f"the RTL disagrees with the integer reference on {report['mismatches']} images "
            f"and with the cycle model on {report['cycle_model_mismatches']}"
        )
