"""The ``snnc`` application."""

from __future__ import annotations

import logging
import os
import sys

import typer

from snnc import __version__
from snnc.cli import compile as compile_cli
from snnc.cli import demo as demo_cli
from snnc.cli import graph as graph_cli
from snnc.cli import predict as predict_cli
from snnc.cli import run as run_cli
from snnc.cli import serve as serve_cli
from snnc.cli import train as train_cli
from snnc.cli.common import SnncGroup

app = typer.Typer(
    cls=SnncGroup,
    help="snnc: train spiking neural networks, export NIR, run them in software and on FPGAs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)
app.add_typer(train_cli.app, name="train")
app.command("export")(graph_cli.export)
app.command("inspect")(graph_cli.inspect)
app.command("run")(run_cli.run)
app.command("predict")(predict_cli.predict)
app.command("serve")(serve_cli.serve)
app.command("compile")(compile_cli.compile_command)
app.command("demo")(demo_cli.demo)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"snnc {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: bool = typer.Option(False, "--debug", help="show tracebacks of unexpected errors"),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="print the version"),
) -> None:
    """snnc: train spiking neural networks, export NIR, run them in software and on FPGAs."""


def main() -> None:
    try:
        app(prog_name="snnc")
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    _end_distributed_process(code)
    raise SystemExit(code)


def _end_distributed_process(code: object) -> None:
    """Under torchrun, end the process as soon as its work is done and written: letting the interpreter
    tear down a live gloo process group races its threads (C++ ``terminate``, SIGABRT) and turns a
    finished job into a failed one. Every output is already complete (atomic writes, flushed logs)."""
    distributed = sys.modules.get("torch.distributed")
    if distributed is None or not distributed.is_available() or not distributed.is_initialized():
        return
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code if isinstance(code, int) else (0 if code is None else 1))
