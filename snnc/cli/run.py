"""``snnc run``: inference of a NIR graph on a dataset, in software or as the FPGA design's RTL."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.backends import RUN_BACKENDS
from snnc.backends.fpga import DEFAULT_TARGET, SIMULATORS
from snnc.backends.fpga.targets import TARGETS
from snnc.cli.common import choice, dataset_choice, spellings
from snnc.errors import ConfigError
from snnc.ir.metadata import ENCODINGS, RESETS
from snnc.ir.precision import DEFAULT_PRECISION, PRECISIONS


def run(
    model: Path = typer.Argument(..., help="a NIR file"),
    backend: str = typer.Option("reference", "--backend", **choice(RUN_BACKENDS), help="fpga: RTL simulation"),
    dataset: str = typer.Option(
        None, "--dataset", **dataset_choice(), help="default: the dataset the model was trained on"
    ),
    dataset_root: str = typer.Option("./data", *spellings("--dataset-root")),
    time_steps: int = typer.Option(None, *spellings("--time-steps", "-T"), help="override the graph's time steps"),
    encoding: str = typer.Option(None, "--encoding", **choice(ENCODINGS), help="override the graph's"),
    limit: int = typer.Option(None, "--limit", help="only the first N test images"),
    batch_size: int = typer.Option(256, *spellings("--batch-size")),
    precision: str = typer.Option(
        DEFAULT_PRECISION, "--precision", "--dtype", **choice(PRECISIONS), help="float64 for exact comparisons"
    ),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
    dt: float = typer.Option(None, "--dt", help="seconds per step, for a graph that does not state it"),
    reset: str = typer.Option(None, "--reset", **choice(RESETS), help="for neurons that do not state it"),
    build: Path = typer.Option(None, "--build", help="fpga: a build directory from snnc compile --backend fpga"),
    target: str = typer.Option(
        DEFAULT_TARGET, "--target", **choice(TARGETS), help="fpga without --build: the target to plan for"
    ),
    simulator: str = typer.Option("verilator", "--simulator", **choice(SIMULATORS), help="fpga"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress with an ETA (on a terminal)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the result"),
) -> None:
    """Run a NIR graph on a dataset's test split: accuracy, spikes per neuron per step, images/s."""
    from snnc.evaluate import (
        check_fpga_agreement,
        check_run_flags,
        fpga_run_lines,
        run_fpga_on_dataset,
        run_on_dataset,
        run_report_lines,
    )
    from snnc.ir.io import read_graph
    from snnc.ir.metadata import fill_unstated

    echo = (lambda _line: None) if quiet else (lambda line: typer.echo(line, err=True)) if as_json else typer.echo
    if backend != "fpga" and build is not None:
        raise ConfigError("--build is for --backend fpga")
    check_run_flags(time_steps, limit, batch_size, dt)
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
        graph, backend, dataset, dataset_root, time_steps, encoding, limit, batch_size, precision, echo=echo,
        progress=progress and not quiet,
    )  # fmt: skip
    if as_json:
        typer.echo(json.dumps({"model": str(model), **result.summary()}, sort_keys=True))
        return
    for line in run_report_lines(model, result):
        typer.echo(line)
