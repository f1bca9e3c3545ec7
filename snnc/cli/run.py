"""``snnc run``: inference of a NIR graph on a dataset, in software or as the FPGA design's RTL."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.backends import BOARD_RUN_BACKENDS
from snnc.backends.fpga import DEFAULT_TARGET, SIMULATORS
from snnc.backends.fpga.targets import TARGETS
from snnc.cli.common import choice, dataset_choice, spellings
from snnc.errors import ConfigError
from snnc.ir.metadata import ENCODINGS, RESETS
from snnc.ir.precision import DEFAULT_PRECISION, PRECISIONS


def run(
    model: Path = typer.Argument(..., help="a NIR file"),
    backend: str = typer.Option(
        "reference",
        "--backend",
        **choice(BOARD_RUN_BACKENDS),
        help="fpga: RTL simulation; board: a programmed board over its UART link (--port)",
    ),
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
    build: Path = typer.Option(
        None, "--build", help="fpga/board: a build directory from snnc compile --backend fpga (board: --board)"
    ),
    port: str = typer.Option(
        "cosim",
        "--port",
        help="board: the serial device (/dev/ttyUSB0), or cosim: the build's board top co-simulated in Verilator",
    ),
    baud: int = typer.Option(None, "--baud", help="board: the UART rate (default: the build's)"),
    timeout: float = typer.Option(2.0, "--timeout", help="board: seconds to wait for a reply before retrying"),
    target: str = typer.Option(
        DEFAULT_TARGET, "--target", **choice(TARGETS), help="fpga without --build: the target to plan for"
    ),
    simulator: str = typer.Option("verilator", "--simulator", **choice(SIMULATORS), help="fpga"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress with an ETA (on a terminal)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the result"),
    inputs: Path = typer.Option(
        None,
        "--inputs",
        help="your own samples instead of a dataset: .npy, .npz or .h5 with x [N, *input] (static) or "
        "[N, T, *input] (per-step) and optional labels y [N] (README, 'Input files')",
    ),
    outputs: Path = typer.Option(
        None,
        "--outputs",
        help="with --inputs: write per-step outputs, spike counts, predictions (and --record nodes) to FILE.npz "
        "(default without labels: INPUTS.outputs.npz)",
    ),
    record: list[str] = typer.Option(
        None,
        "--record",
        help="with --inputs: keep the spikes and membrane of node NODE; with --plots: draw its membrane traces "
        "(repeatable)",
    ),
    plots: Path = typer.Option(
        None, "--plots", help="write PNGs to DIR: spike rasters, firing rates per layer, confusion matrix"
    ),
    force: bool = typer.Option(False, "--force", help="replace an earlier --plots directory"),
) -> None:
    """Run a NIR graph on a dataset's test split or --inputs FILE: accuracy, spikes per neuron per step, images/s."""
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
    if backend not in ("fpga", "board") and build is not None:
        raise ConfigError("--build is for --backend fpga or board")
    if backend == "board":
        from snnc.evaluate import board_run_lines, run_board_on_dataset, run_board_on_inputs

        if plots is not None or record:
            raise ConfigError("--backend board runs a test split or --inputs FILE (--plots, --record: software)")
        link = {"port": port, "baud": baud, "timeout": timeout}
        if inputs is not None:
            if dataset is not None:
                raise ConfigError("--inputs and --dataset both give the samples to run; give one")
            report = run_board_on_inputs(model, build, link, inputs, outputs, limit, echo)
        else:
            if outputs is not None:
                raise ConfigError("--outputs keeps the predictions of a run on --inputs FILE")
            graph = fill_unstated(read_graph(model), dt, reset, encoding, echo) if model.exists() else None
            report = run_board_on_dataset(
                model, graph, build, link, dataset=dataset, root=dataset_root, limit=limit, echo=echo
            )
        lines = board_run_lines(model, report)
        report.pop("predictions", None)  # per sample: in --outputs, not in the summary
        for line in [json.dumps(report, sort_keys=True)] if as_json else lines:
            typer.echo(line)
        check_fpga_agreement(report)
        return
    check_run_flags(time_steps, limit, batch_size, dt)
    if inputs is not None:
        from snnc.inputs import RunFileOptions, run_file

        if plots is not None:
            raise ConfigError("--plots draws a run on a dataset; with --inputs, --outputs FILE keeps the values")
        if dataset is not None:
            raise ConfigError("--inputs and --dataset both give the samples to run; give one")
        options = RunFileOptions(
            outputs, tuple(record or ()), time_steps, encoding, batch_size, precision, dt, reset, build, target,
            simulator, progress and not quiet, limit,
        )  # fmt: skip
        summary, lines = run_file(model, backend, inputs, options, echo)
        for line in [json.dumps(summary, sort_keys=True)] if as_json else lines:
            typer.echo(line)
        if backend == "fpga":
            check_fpga_agreement(summary)
        return
    if outputs is not None or (record and plots is None):
        raise ConfigError(
            "--outputs and --record keep per-sample values of a run on --inputs FILE (--record also draws "
            "membranes into --plots DIR)"
        )
    graph = None
    if backend != "fpga" or build is None or model.exists():
        graph = fill_unstated(read_graph(model), dt, reset, encoding, echo)
    if plots is not None:
        from snnc.plots import check_plot_request

        check_plot_request(graph, plots, tuple(record or ()), backend, force)  # before the run, not after it
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
    written = []
    if plots is not None:
        from snnc.plots import write_run_plots

        written = write_run_plots(
            plots, graph, result, dataset_root, tuple(record or ()), force=force, precision=precision, echo=echo
        )
    if as_json:
        extra = {"plots": [str(plots / name) for name in written]} if written else {}
        typer.echo(json.dumps({"model": str(model), **result.summary(), **extra}, sort_keys=True))
        return
    for line in run_report_lines(model, result, layers=not quiet):
        typer.echo(line)
    if written:
        typer.echo(f"  plots in {plots}/: {', '.join(written)}")
