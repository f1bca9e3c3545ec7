"""``snnc compile``: IR passes (canonicalize, validate, fuse, quantize, schedule)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import typer

from snnc.compile import compile_graph, pipeline_with_target, sample_images, write_outputs
from snnc.errors import ConfigError
from snnc.ir.integer import is_quantized
from snnc.ir.io import read_graph
from snnc.ir.metadata import fill_unstated
from snnc.ir.passes import PassContext


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
        None, "--target", help="ice40-hx8k | ice40-up5k | xc7z020 | generic: schedule (fpga default: generic)"
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
        typer.echo(" -> ".join(pipeline_with_target(backend, target)))
        return
    if model is None:
        raise ConfigError("MODEL: give the NIR file to compile")
    if lanes is not None and lanes < 1:
        raise ConfigError("--lanes must be >= 1")
    if backend == "fpga" and target is None:
        target = "generic"
        typer.echo("--target not given: planning for the generic target")
    graph = fill_unstated(read_graph(model), dt, reset, encoding, typer.echo)
    if is_quantized(graph):
        typer.echo(f"{model} is already quantized: its integers are kept (quantization flags do not apply)")
    ctx = PassContext(
        backend=backend,
        weight_bits=weight_bits,
        v_bits=v_bits,
        input_bits=input_bits,
        weight_percentile=weight_percentile,
        per_channel=per_channel,
        target=target,
        lanes=lanes,
        time_steps=time_steps,
    )
    if weight_percentile is not None and not 50 <= weight_percentile <= 100:
        raise ConfigError("--weight-percentile must be between 50 and 100")
    if dataset:
        ctx.calibration = sample_images(graph, dataset, dataset_root, calibration_images)
    result = compile_graph(graph, backend, ctx, dump_ir)
    if backend == "fpga":
        _write_fpga_build(result, model, output, not no_synth, report)
        return
    output = output or model.with_name(model.name.removesuffix(".nir") + ".q.nir")
    written = write_outputs(result, output)
    timing = ", ".join(f"{name} {1000 * seconds:.0f} ms" for name, seconds in ctx.timings.items())
    typer.echo(f"wrote {', '.join(str(p) for p in written.values())} ({timing})")
    if report:
        _print_report(ctx)


STIMULUS_IMAGES = 16


def _write_fpga_build(result, model: Path, output: Path | None, run_synthesis: bool, report: bool) -> None:
    from snnc.backends.fpga.build import write_build

    output = output or model.with_name(model.name.removesuffix(".nir") + "_fpga")
    samples = result.context.calibration[:STIMULUS_IMAGES]  # a standalone testbench run (stimulus.txt, expected.txt)
    summary = write_build(
        result.graph, result.context.reports["schedule"], output, model, run_synthesis, typer.echo, samples
    )
    if report:
        _print_report(result.context)
    perf = summary["performance"]
    typer.echo(
        f"wrote {output}/: {summary['cycles_per_image']:,.0f} cycles/image streamed "
        f"({summary['cycles_over_bound']:.2f}x the event bound), {perf['images_per_s']:,.0f} images/s and "
        f"{perf['latency_us']:.1f} us latency at {perf['clock_mhz']:.1f} MHz ({perf['clock_source']})"
    )


def _print_report(ctx: PassContext) -> None:
    plan = {s["index"]: s for s in ctx.reports.get("schedule", {}).get("stages", [])}
    typer.echo(
        f"{'stage':<6}{'kind':<9}{'nodes':<34}{'w bits':>7}{'scale':>11}{'v bits':>7}{'saturated':>10}"
        f"{'lanes':>6}{'events/step':>12}{'cycles/step':>12}"
    )
    for stage in ctx.reports.get("quantize", []):
        index = stage["stage"]
        row = plan.get(index, {})
        bits = stage.get("v_bits", stage.get("acc_bits", ""))
        saturation = f"{100 * stage['saturation']:.2f}%" if "saturation" in stage else "-"
        scale = f"{max(np.atleast_1d(stage['scale'])):.3g}" if "scale" in stage else "-"
        typer.echo(
            f"{index:<6}{stage['kind']:<9}{','.join(stage['nodes'])[:33]:<34}{stage.get('weight_bits', '-'):>7}"
            f"{scale:>11}{bits:>7}{saturation:>10}{row.get('lanes', '-'):>6}"
            f"{row.get('events_per_step', 0):>12.1f}{row.get('cycles_per_step', 0):>12.1f}"
        )
    schedule = ctx.reports.get("schedule")
    if schedule:
        r = schedule["resources"]
        typer.echo(
            f"{schedule['target']}: {schedule['cycles_per_image']:,.0f} cycles/image streamed "
            f"(event bound {schedule['event_bound_cycles_per_image']:,.0f}), "
            f"{schedule['latency_us']:.1f} us and {schedule['images_per_s']:,.0f} images/s at a stated "
            f"{schedule['clock_mhz']:.0f} MHz; {r['luts']:,} LUTs, {r['bram_blocks']} BRAM blocks, "
            f"{r['dsps']} DSPs (estimates)"
        )
