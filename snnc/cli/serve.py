"""``snnc serve``: the draw-and-classify web page for a model, on a backend."""

from __future__ import annotations

from pathlib import Path

import typer

from snnc.backends import RUN_BACKENDS
from snnc.backends.fpga import SIMULATORS
from snnc.cli.common import choice, spellings


def serve(
    model: Path = typer.Argument(..., help="a NIR file"),
    backend: str = typer.Option("reference", "--backend", **choice(RUN_BACKENDS), help="fpga: needs --build"),
    build: Path = typer.Option(None, "--build", help="fpga: a build directory from snnc compile --backend fpga"),
    host: str = typer.Option("127.0.0.1", "--host", help="the address to listen on (loopback: this machine only)"),
    port: int = typer.Option(8000, "--port", help="0: any free port"),
    simulator: str = typer.Option("verilator", "--simulator", **choice(SIMULATORS), help="fpga"),
    dataset_root: str = typer.Option(
        "./data", *spellings("--dataset-root"), help="where the test samples' dataset is (digits: embedded)"
    ),
) -> None:
    """Serve a web page to draw, upload or pick an image and watch the network classify it.

    It shows the class, spike counts per class, a spike raster per layer and the readout's membrane traces.

    Its JSON API (README, 'Draw and classify'): GET /model, POST /predict. Ctrl-C stops it.
    """
    from snnc.serve import serve as serve_page

    serve_page(model, backend, build, host, port, simulator, dataset_root, echo=typer.echo)
