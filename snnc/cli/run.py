"""``snnc run``: software inference of a NIR graph on a dataset."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.backends.fpga import DEFAULT_TARGET
from snnc.errors import ConfigError
from snnc.evaluate import check_fpga_agreement, fpga_run_lines, run_fpga_on_dataset, run_on_dataset, run_report_lines
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
    target: str = typer.Option(DEFAULT_TARGET, "--target", help="fpga without --build: the target to plan for"),
    simulator: str = typer.Option("auto", "--simulator", help="fpga: auto | verilator | pyrtl"),
) -> None:
    """Run a NIR graph on a dataset's test split: accuracy, spikes per neuron per step, images/s."""
    echo = (lambda line: typer.echo(line, err=True)) if as_json else typer.echo
    if backend != "fpga" and build is not None:
        raise ConfigError("--build is for --backend fpga")
    graph = None
    if backend != "fpga" or build is None or model.exists():
        graph = fill_unstated(read_graph(model), dt, reset, encoding, echo)
    if backend == "fpga":
        report = run_fpga_on_dataset(model, graph, dataset, dataset_root, limit, build, target, simulator, echo)
        for line in [json.dumps(report, sort_keys=True)] if as_json else fpga_run_lines(model, report):
            typer.echo(line)
        check_fpga_agreement(report)
        return
    result = run_on_dataset(
        graph, backend, dataset, dataset_root, time_steps, encoding, limit, batch_size, precision, echo=echo
    )
    if as_json:
        typer.echo(json.dumps({"model": str(model), **result.summary()}, sort_keys=True))
        return
    for line in run_report_lines(model, result):
        typer.echo(line)
