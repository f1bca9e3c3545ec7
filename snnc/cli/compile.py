"""``snnc compile``: IR passes (canonicalize, validate, fuse, quantize, schedule)."""

from __future__ import annotations

from pathlib import Path

import typer

from snnc.backends.fpga import DEFAULT_TARGET
from snnc.compile import CompileOptions, compile_model, pipeline_for
from snnc.errors import ConfigError


def compile_command(
    model: Path = typer.Argument(None, help="a NIR file"),
    backend: str = typer.Option("reference", "--backend", help="reference (quantize) | fpga"),
    output: Path = typer.Option(
        None, "-o", "--output", help="quantized NIR file (default: MODEL.q.nir); fpga: build directory (MODEL_fpga/)"
    ),
    weight_bits: int = typer.Option(8, "--weight-bits", help="signed weight bits, 2..16"),
    v_bits: int = typer.Option(None, "--v-bits", help="membrane bits (default: from range analysis)"),
    input_bits: int = typer.Option(8, "--input-bits", help="unsigned pixel bits of a direct-encoded input"),
    weight_percentile: float = typer.Option(None, "--weight-percentile", help="scale from this percentile of |W|"),
    per_channel: bool = typer.Option(False, "--per-channel/--per-stage", help="weight scale per output channel"),
    target: str = typer.Option(
        None, "--target", help=f"ice40-hx8k | ice40-up5k | xc7z020 | generic: schedule (fpga default: {DEFAULT_TARGET})"
    ),
    lanes: int = typer.Option(None, "--lanes", help="lanes per stage (default: balanced by the schedule)"),
    dataset: str = typer.Option(None, "--dataset", help="sample images for saturation and spike profile"),
    dataset_root: str = typer.Option("./data", "--dataset_root"),
    calibration_images: int = typer.Option(256, "--calibration-images"),
    time_steps: int = typer.Option(None, "-T", "--time_steps", help="default: the graph's"),
    dump_ir: Path = typer.Option(None, "--dump-ir", help="write the graph after each pass to DIR/NN-name.nir"),
    report: bool = typer.Option(False, "--report", help="print bits, scale, saturation and cycles per stage"),
    print_pipeline: bool = typer.Option(False, "--print-pipeline", help="print the pass pipeline and exit"),
    dt: float = typer.Option(None, "--dt", help="seconds per step, for a graph that does not state it"),
    reset: str = typer.Option(None, "--reset", help="zero | subtract, for neurons that do not state it"),
    encoding: str = typer.Option(None, "--encoding", help="direct | binary | poisson, if the graph does not say"),
    no_synth: bool = typer.Option(False, "--no-synth", help="fpga: skip yosys/nextpnr (Verilog, plan and cycles only)"),
) -> None:
    """Compile a NIR graph: quantize it to integers (and, with --target, plan the hardware)."""
    if print_pipeline:
        typer.echo(" -> ".join(pipeline_for(backend, target or (DEFAULT_TARGET if backend == "fpga" else None))))
        return
    if model is None:
        raise ConfigError("MODEL: give the NIR file to compile")
    options = CompileOptions(
        backend=backend,
        output=output,
        weight_bits=weight_bits,
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
    )
    compile_model(model, options, typer.echo)
