"""``snnc compile``: IR passes (canonicalize, validate, fuse, quantize; a backend's own, e.g. schedule)."""

from __future__ import annotations

from pathlib import Path

import typer

from snnc.backends import COMPILERS
from snnc.backends.fpga import DEFAULT_TARGET
from snnc.backends.fpga.targets import BOARD_NAMES, FAMILY_NAMES, TARGETS
from snnc.cli.common import choice, dataset_choice, spellings
from snnc.errors import ConfigError
from snnc.ir.metadata import ENCODINGS, RESETS


def compile_command(
    model: Path = typer.Argument(None, help="a NIR file"),
    backend: str = typer.Option(
        "reference", "--backend", **choice(COMPILERS), help="reference (quantize) or fpga (a build)"
    ),
    output: Path = typer.Option(
        None, "-o", "--output", help="quantized NIR file (default: MODEL.q.nir); fpga: build directory (MODEL_fpga/)"
    ),
    weight_bits: str = typer.Option(
        "8", *spellings("--weight-bits"), help="signed weight bits, 2..16; or one per synapse stage: 8,4,4,8"
    ),
    v_bits: int = typer.Option(None, *spellings("--v-bits"), help="membrane bits (default: from range analysis)"),
    input_bits: int = typer.Option(8, *spellings("--input-bits"), help="unsigned pixel bits of a direct input"),
    weight_percentile: float = typer.Option(
        None, *spellings("--weight-percentile"), help="scale from this percentile of |W|"
    ),
    per_channel: bool = typer.Option(False, "--per-channel/--per-stage", help="weight scale per output channel"),
    target: str = typer.Option(
        None, "--target", **choice(TARGETS), help=f"plan for this device (fpga default: {DEFAULT_TARGET})"
    ),
    lanes: int = typer.Option(None, "--lanes", help="lanes per stage (default: balanced by the schedule)"),
    dataset: str = typer.Option(
        None,
        "--dataset",
        **dataset_choice(),
        help="sample images for saturation and spike profile (a plan's default: the model's dataset)",
    ),
    dataset_root: str = typer.Option("./data", *spellings("--dataset-root")),
    calibration_images: int = typer.Option(256, *spellings("--calibration-images")),
    time_steps: int = typer.Option(None, *spellings("--time-steps", "-T"), help="default: the graph's"),
    dump_ir: Path = typer.Option(None, *spellings("--dump-ir"), help="write the graph after each pass to DIR"),
    report: bool = typer.Option(False, "--report", help="print bits, scale, saturation and cycles per stage"),
    print_pipeline: bool = typer.Option(False, *spellings("--print-pipeline"), help="print the pipeline and exit"),
    dt: float = typer.Option(None, "--dt", help="seconds per step, for a graph that does not state it"),
    reset: str = typer.Option(None, "--reset", **choice(RESETS), help="for neurons that do not state it"),
    encoding: str = typer.Option(None, "--encoding", **choice(ENCODINGS), help="if the graph does not say"),
    no_synth: bool = typer.Option(
        False, *spellings("--no-synth"), help="fpga: skip yosys/nextpnr (Verilog, plan and cycles only)"
    ),
    families: str = typer.Option(
        None,
        *spellings("--families"),
        help=f"fpga: yosys families to synthesize, comma-separated from {','.join(FAMILY_NAMES)} (iCE40 and ECP5 "
        "also placed and routed; default: the target's family, none for generic)",
    ),
    board: str = typer.Option(
        None,
        "--board",
        **choice(BOARD_NAMES),
        help="fpga: wrap the accelerator in a board top (clock, reset, UART host link, LEDs, pins) and write "
        "its bitstream; plans for the board's part",
    ),
    clock_mhz: float = typer.Option(
        None,
        *spellings("--clock-mhz"),
        help="--board: the clock (a PLL; default: the board's oscillator); else the clock the build is constrained "
        "to: nextpnr's timing goal, the Vivado script's XDC and the stated clock when none is measured (default: "
        "the target's stated clock)",
    ),
    baud: int = typer.Option(115_200, "--baud", help="--board: the UART rate of the host link"),
    seed: str = typer.Option(
        None,
        "--seed",
        help="fpga: nextpnr's placement seed (default: nextpnr's); the same netlist meets timing differently per "
        "seed: several, comma-separated, are each placed (side by side on as many CPUs) and the fastest is kept",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the summary line"),
    force: bool = typer.Option(False, "--force", help="replace an earlier build / IR dump at the output path"),
    inputs: Path = typer.Option(
        None,
        "--inputs",
        help="your own samples as calibration and the build's stimulus: .npy/.npz/.h5 with x [N, *input] or "
        "[N, T, *input] (per-step)",
    ),
) -> None:
    """Compile a NIR graph: quantize it to integers (and, with --target, plan the hardware)."""
    from snnc.compile import CompileOptions, compile_model, pipeline_for, placement_seeds, weight_widths

    if print_pipeline:
        typer.echo(" -> ".join(pipeline_for(backend, target or (DEFAULT_TARGET if backend == "fpga" else None))))
        return
    if model is None:
        raise ConfigError("MODEL: give the NIR file to compile")
    options = CompileOptions(
        backend=backend,
        output=output,
        weight_bits=weight_widths(weight_bits),
        v_bits=v_bits,
        input_bits=input_bits,
        weight_percentile=weight_percentile,
        per_channel=per_channel,
        target=target,
        lanes=lanes,
        dataset=dataset,
        dataset_root=dataset_root,
        calibration_images=calibration_images,
        time_steps=time_steps,
        dump_ir=dump_ir,
        report=report,
        dt=dt,
        reset=reset,
        encoding=encoding,
        synthesize=not no_synth,
        force=force,
        inputs=inputs,
        families=None if families is None else tuple(f.strip().lower() for f in families.split(",") if f.strip()),
        board=board,
        clock_mhz=clock_mhz,
        baud=baud,
        seed=None if seed is None else placement_seeds(seed),
    )
    written = compile_model(model, options, (lambda _line: None) if quiet else typer.echo)
    if quiet:
        typer.echo(written["summary"])
    if report:
        from snnc.cli.tables import print_table

        table = written["stage_report"]
        print_table(table.header, table.rows, right=(0, 3, 4, 5, 6, 7, 8, 9))
        if table.totals:
            typer.echo(table.totals)
