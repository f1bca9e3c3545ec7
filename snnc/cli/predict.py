"""``snnc predict``: classify one image file with a model."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.backends import RUN_BACKENDS
from snnc.backends.fpga import SIMULATORS
from snnc.cli.common import choice

INVERT = ("auto", "yes", "no")


def predict(
    model: Path = typer.Argument(..., help="a NIR file"),
    image: Path = typer.Argument(..., help="a PNG or JPEG image (made grayscale and resized to the model's input)"),
    backend: str = typer.Option("reference", "--backend", **choice(RUN_BACKENDS), help="fpga: needs --build"),
    build: Path = typer.Option(None, "--build", help="fpga: a build directory from snnc compile --backend fpga"),
    simulator: str = typer.Option("verilator", "--simulator", **choice(SIMULATORS), help="fpga"),
    invert: str = typer.Option(
        "auto", "--invert", **choice(INVERT), help="auto: invert an image with a light background (ink on paper)"
    ),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object (with the spike raster)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the result"),
) -> None:
    """Classify one image: the class and the spike counts (or membranes) per class."""
    from snnc.predict import predict_file, predict_lines

    echo = (lambda _line: None) if quiet else (lambda line: typer.echo(line, err=True))
    answer = predict_file(model, image, backend, build, simulator, invert, echo)
    if as_json:
        typer.echo(json.dumps(answer))
        return
    for line in predict_lines(answer, answer["class_names"]):
        typer.echo(line)
