"""``snnc run``: software inference of a NIR graph on a dataset."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.evaluate import run_on_dataset
from snnc.ir.io import read_graph
from snnc.ir.metadata import fill_unstated


def run(
    model: Path = typer.Argument(..., help="a NIR file"),
    backend: str = typer.Option("reference", "--backend", help="reference | norse | nengo"),
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
) -> None:
    """Run a NIR graph on a dataset's test split: accuracy, spikes per neuron per step, images/s."""
    echo = (lambda line: typer.echo(line, err=True)) if as_json else typer.echo
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
