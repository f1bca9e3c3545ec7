"""``snnc compile``: run a backend's pass pipeline over a NIR graph and write the results.

The CLI parses flags into a ``CompileOptions`` and calls ``compile_model``; everything else
(defaults, calibration images, the pipeline the backend declares, output paths, the summary
lines) lives here, so a script gets the same compile as the command line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import nir
import numpy as np
import torch

from snnc.backends import pipeline_for
from snnc.data import canonical_name, dataset_to_use, limit_split, load_split
from snnc.errors import ConfigError, SnncError
from snnc.events import event_split, frames_encoding, is_event_dataset
from snnc.files import atomic_write, check_output_directory, output_directory, refuse_output_over_input
from snnc.ir.graph import infer_shapes, single_input_output
from snnc.ir.integer import is_quantized
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import fill_unstated, graph_encoding, graph_time_steps, read_snnc, recorded_dataset
from snnc.ir.passes import PassContext, run_pipeline
from snnc.ir.schema import check_flag

Echo = Callable[[str], None]
DUMP_KIND = "IR dump"  # the kind of snnc output directory ``--dump-ir`` writes
STIMULUS_IMAGES = 16  # images a build's standalone testbench replays (stimulus.txt, expected.txt)
RUN_CALIBRATION_IMAGES = 256  # images that plan a design compiled on the fly by ``snnc run --backend fpga``


class CompileResult(NamedTuple):
    graph: nir.NIRGraph
    context: PassContext
    pipeline: list[str]


class CompileOptions(NamedTuple):
    """Everything ``snnc compile`` takes besides the model (``None``: the graph's or the default)."""

    backend: str = "reference"
    output: Path | None = None
    weight_bits: int | tuple[int, ...] = 8  # a tuple: one width per synapse stage (mixed precision)
    v_bits: int | None = None
    input_bits: int = 8
    weight_percentile: float | None = None
    per_channel: bool = False
    target: str | None = None
    lanes: int | None = None
    dataset: str | None = None
    dataset_root: str = "./data"
    calibration_images: int = 256
    time_steps: int | None = None
    dump_ir: Path | None = None
    report: bool = False
    dt: float | None = None
    reset: str | None = None
    encoding: str | None = None
    synthesize: bool = True
    force: bool = False  # replace an earlier snnc output directory (an FPGA build, an IR dump)
    inputs: Path | None = None  # the user's samples (snnc.inputs): calibration and the build's stimulus
    families: tuple[str, ...] | None = None  # fpga: yosys families to synthesize (None: the target's own)
    board: str | None = None  # fpga: a board top and its bitstream (snnc.backends.fpga.boards)
    clock_mhz: float | None = None  # the clock asked for: a board's (None: its oscillator), else the build's goal
    baud: int = 115_200  # board: the UART rate of the host link
    seed: int | tuple[int, ...] | None = None  # fpga: nextpnr's placement seed(s; several: the fastest kept)


def sample_images(
    graph: nir.NIRGraph, dataset: str, root: str, count: int, echo: Echo = print, time_steps: int | None = None
) -> torch.Tensor:
    """``count`` training images shaped as the graph's input (for calibration and spike profiles); an
    event dataset's frames [count, T, *input], binned as the graph states (``snnc.events``), for a
    run of ``time_steps`` (None: the graph's)."""
    if count < 1:
        raise ConfigError(f"--calibration-images must be >= 1, got {count}")
    if is_event_dataset(dataset):
        steps = graph_time_steps(graph, time_steps)
        return event_split(graph, dataset, "train", root, steps, "frames", count, echo)[0].images
    input_name, _ = single_input_output(graph)
    shape = infer_shapes(graph)[input_name]
    images = limit_split(load_split(dataset, "train", root), count).images
    if images[0].numel() != torch.Size(shape).numel():
        raise ConfigError(f"--dataset {dataset}: images {tuple(images.shape[1:])} do not fit the graph input {shape}")
    return images.reshape(len(images), *shape)


def compile_graph(
    graph: nir.NIRGraph, backend: str, ctx: PassContext, dump_dir: str | Path | None = None
) -> CompileResult:
    """Run the pipeline the backend declares (with ``ctx.target``, planning too); an already
    quantized graph (snnc's ``.q.nir``) only gets the passes after ``quantize``, and keeps the time
    steps it was quantized for."""
    pipeline = pipeline_for(backend, ctx.target)
    if is_quantized(graph) and "quantize" in pipeline:
        pipeline = pipeline[pipeline.index("quantize") + 1 :]
        quantized_for = read_snnc(graph).get("time_steps")
        if ctx.time_steps is not None and quantized_for is not None and ctx.time_steps != quantized_for:
            raise ConfigError(
                f"-T {ctx.time_steps}: the graph was quantized for T={quantized_for} (its widths hold for that T); "
                "compile the float graph with -T instead"
            )
    return CompileResult(run_pipeline(graph, pipeline, ctx, dump_dir), ctx, pipeline)


def compile_for_run(
    graph: nir.NIRGraph,
    dataset: str | None,
    root: str,
    target: str,
    calibration: torch.Tensor | None = None,
    echo: Echo = print,
) -> tuple[nir.NIRGraph, dict]:
    """The quantized graph and plan of an FPGA design compiled on the fly (``snnc run --backend
    fpga`` without ``--build``), calibrated on ``RUN_CALIBRATION_IMAGES`` training images of
    ``dataset`` (or on the first of ``calibration``, the user's ``--inputs``)."""
    if calibration is not None:
        calibration = calibration[:RUN_CALIBRATION_IMAGES]
    else:
        calibration = sample_images(graph, dataset, root, RUN_CALIBRATION_IMAGES, echo)
    ctx = PassContext(backend="fpga", target=target, calibration=calibration)
    result = compile_graph(graph, "fpga", ctx)
    return result.graph, ctx.reports["schedule"]


def default_output(model: Path, backend: str) -> Path:
    """``MODEL.q.nir`` (the quantized graph), or ``MODEL_fpga/`` (an FPGA build directory)."""
    stem = model.name.removesuffix(".nir")
    return model.with_name(stem + ("_fpga" if backend == "fpga" else ".q.nir"))


def write_outputs(result: CompileResult, output: str | Path) -> dict[str, Path]:
    """The quantized graph, and the plan (``<output stem>.plan.json``) when scheduled."""
    output = Path(output)
    written = {"graph": write_graph(result.graph, output)}
    plan = result.context.reports.get("schedule")
    if plan is not None:
        plan_path = output.with_name(output.name.removesuffix(".nir") + ".plan.json")
        written["plan"] = atomic_write(plan_path, lambda tmp: tmp.write_text(json.dumps(plan, indent=2) + "\n"))
    return written


def _one_or_several(text: str, flag: str, what: str) -> int | tuple[int, ...]:
    """``"8"`` -> 8, ``"8,4"`` -> (8, 4); anything else is one ConfigError line naming ``flag``."""
    values = []
    for part in str(text).replace(" ", "").split(","):
        try:
            values.append(int(part))
        except ValueError:
            raise ConfigError(f"{flag}: expected a {what} or comma-separated {what}s, got {text!r}") from None
    return values[0] if len(values) == 1 else tuple(values)


def weight_widths(text: str) -> int | tuple[int, ...]:
    """``--weight-bits``: ``"8"`` -> 8 (every stage), ``"8,4,4,8"`` -> one width per synapse stage."""
    return _one_or_several(text, "--weight-bits", "width")


def placement_seeds(text: str) -> int | tuple[int, ...]:
    """``--seed``: ``"3"`` -> 3, ``"1,2,3"`` -> (1, 2, 3) (each placed, the fastest kept)."""
    seeds = _one_or_several(text, "--seed", "seed")
    if isinstance(seeds, int):
        return seeds
    distinct = tuple(dict.fromkeys(seeds))
    return distinct[0] if len(distinct) == 1 else distinct


def check_options(options: CompileOptions) -> None:
    """Every number among the options within its range (``snnc.ir.schema.FLAG_RANGES``), before any work."""
    widths = options.weight_bits if isinstance(options.weight_bits, tuple) else (options.weight_bits,)
    for flag, value in (
        ("-T/--time-steps", options.time_steps),
        *(("--weight-bits", bits) for bits in widths),
        ("--v-bits", options.v_bits),
        ("--input-bits", options.input_bits),
        ("--calibration-images", options.calibration_images),
        ("--lanes", options.lanes),
    ):
        check_flag(flag, value)
    check_flag("--weight-percentile", options.weight_percentile, whole_number=False)
    check_flag("--dt", options.dt, whole_number=False)
    check_flag("--clock-mhz", options.clock_mhz, whole_number=False)
    check_flag("--baud", options.baud)


def compile_model(model: Path, options: CompileOptions, echo: Echo = print) -> dict[str, Any]:
    """Read ``model``, compile it as ``options`` say and write the outputs; returns what was written
    (``graph``/``plan`` paths, or the FPGA ``build`` directory and its report). A plan needs sample
    images: without ``--dataset`` they come from the dataset the model records."""
    from snnc.backends.fpga import DEFAULT_TARGET
    from snnc.backends.fpga.build import BUILD_KIND, check_tools

    check_options(options)
    if options.families is not None and options.backend != "fpga":
        raise ConfigError("--families is for --backend fpga")
    target = options.target
    if options.board is not None:
        from snnc.backends.fpga.boards import board_target

        if options.backend != "fpga":
            raise ConfigError("--board is for --backend fpga")
        target = board_target(options.board, target)
    elif options.clock_mhz is not None and options.backend != "fpga":
        raise ConfigError("--clock-mhz is for --backend fpga")
    if options.backend == "fpga" and target is None:
        target = DEFAULT_TARGET
        echo(f"--target not given: planning for the {DEFAULT_TARGET} target")
    pipeline_for(options.backend, target)  # an unknown backend is refused before any work
    output = options.output or default_output(model, options.backend)
    refuse_output_over_input(output, model)
    if options.backend == "fpga":
        check_tools(target, options.synthesize, options.families, board=options.board is not None)
        check_output_directory(output, BUILD_KIND, options.force)
    if options.dump_ir is not None:
        refuse_output_over_input(options.dump_ir, model)
        check_output_directory(options.dump_ir, DUMP_KIND, options.force)
    graph = read_graph(model)
    inputs, encoding = None, options.encoding
    dataset = canonical_name(options.dataset) if options.dataset else None
    if options.inputs is not None:
        from snnc.inputs import input_encoding, load_for_graph

        if options.dataset:
            raise ConfigError("--inputs and --dataset both give calibration samples; give one")
        inputs = load_for_graph(options.inputs, graph)
        encoding = input_encoding(graph, inputs, options.encoding, echo)
    elif dataset is None and target is not None:
        dataset = dataset_to_use(None, recorded_dataset(graph), echo)
    if dataset and is_event_dataset(dataset):
        encoding = frames_encoding(graph, dataset, options.encoding, echo)
    graph = fill_unstated(graph, options.dt, options.reset, encoding, echo)
    if inputs is not None:
        from snnc.inputs import state_time_steps

        state_time_steps(graph, inputs, options.time_steps, echo)
    if is_quantized(graph):
        echo(f"{model} is already quantized: its integers are kept (quantization flags do not apply)")
    ctx = PassContext(
        backend=options.backend,
        weight_bits=max(options.weight_bits) if isinstance(options.weight_bits, tuple) else options.weight_bits,
        stage_weight_bits=options.weight_bits if isinstance(options.weight_bits, tuple) else None,
        v_bits=options.v_bits,
        input_bits=options.input_bits,
        weight_percentile=options.weight_percentile,
        per_channel=options.per_channel,
        target=target,
        board=options.board,
        lanes=options.lanes,
        time_steps=options.time_steps,
    )
    if inputs is not None:
        ctx.calibration = inputs.x[: options.calibration_images]
    elif dataset:
        count, root = options.calibration_images, options.dataset_root
        ctx.calibration = sample_images(graph, dataset, root, count, echo, options.time_steps)
    if ctx.calibration is not None and graph_encoding(graph) == "frames" and options.backend == "fpga":
        from snnc.inputs import spike_input_note

        spike_input_note(ctx.calibration, echo)
    if options.dump_ir is None:
        result = compile_graph(graph, options.backend, ctx)
    else:
        with output_directory(options.dump_ir, DUMP_KIND, options.force) as dump:
            result = compile_graph(graph, options.backend, ctx, dump)
    for line in qat_notes(ctx, options):
        echo(line)
    if options.backend == "fpga":
        from snnc.backends.fpga.build import BoardOptions, write_build

        board = BoardOptions(options.board, options.clock_mhz, options.baud) if options.board else None
        samples = ctx.calibration[:STIMULUS_IMAGES]  # a standalone testbench run (stimulus.txt, expected.txt)
        report = write_build(
            result.graph,
            ctx.reports["schedule"],
            output,
            model,
            options.synthesize,
            echo,
            samples,
            options.force,
            options.families,
            board,
            None if options.board else options.clock_mhz,
            options.seed,
        )
        summary = build_summary_line(output, report)
        echo(summary)
        section = report.get("board")
        if section is not None and options.synthesize and section["bitstream"] is None:
            raise SnncError(f"{output}: written without a bitstream: {section['bitstream_reason']}")
        table = stage_report(ctx, report["performance"])
        return {"build": output, "report": report, "summary": summary, "stage_report": table}
    written = write_outputs(result, output)
    timing = ", ".join(f"{name} {1000 * seconds:.0f} ms" for name, seconds in ctx.timings.items())
    summary = f"wrote {', '.join(str(p) for p in written.values())} ({timing})"
    echo(summary)
    return {**written, "summary": summary, "stage_report": stage_report(ctx)}


def qat_notes(ctx: PassContext, options: CompileOptions) -> list[str]:
    """A note naming the stages whose QAT-trained bits and scales ``quantize`` kept, and the
    quantization flags that therefore did not apply to them (``snnc/ir/passes/quantize.py``)."""
    trained = [summary for summary in ctx.reports.get("quantize", []) if summary.get("qat")]
    if not trained:
        return []
    stages = ", ".join(f"stage {summary['stage']} ({summary['weight_bits']} bits)" for summary in trained)
    flags = ["--weight-bits"]
    if options.per_channel:
        flags.append("--per-channel")
    if options.weight_percentile is not None:
        flags.append("--weight-percentile")
    return [f"note: {stages} keep their QAT-trained weights and scales; {', '.join(flags)} do not apply to them"]


def build_summary_line(output: Path, report: dict[str, Any]) -> str:
    """The build's one-line summary; its clock is quoted with its source (``clock_label``)."""
    from snnc.backends.fpga.targets import clock_label

    perf = report["performance"]
    bitstream = (report.get("board") or {}).get("bitstream")
    where = f"{output}/ (bitstream {bitstream['file']})" if bitstream else f"{output}/"
    return (
        f"wrote {where}: {report['cycles_per_image']:,.0f} cycles/image streamed "
        f"({report['cycles_over_bound']:.2f}x the event bound), {perf['images_per_s']:,.0f} images/s and "
        f"{perf['latency_us']:.1f} us latency at {clock_label(perf)}"
    )


class StageReport(NamedTuple):
    """``--report``: one row per stage (bits, scale, saturation, lanes, cycles) and the plan's totals."""

    header: list[str]
    rows: list[list[str]]
    totals: str | None


def stage_report(ctx: PassContext, performance: dict[str, Any] | None = None) -> StageReport:
    """What the passes reported, as a table (the CLI renders it). The totals quote the clock of
    ``performance`` (a build report's, with its source), else the plan's stated clock."""
    from snnc.backends.fpga.targets import lanes_label

    plan = {s["index"]: s for s in ctx.reports.get("schedule", {}).get("stages", [])}
    header = ["stage", "kind", "nodes", "w bits", "scale", "v bits", "saturated", "lanes", "events/step", "cycles/step"]
    rows = []
    for stage in ctx.reports.get("quantize", []):
        placed = plan.get(stage["stage"], {})
        rows.append(
            [
                str(stage["stage"]),
                stage["kind"],
                ",".join(stage["nodes"]),
                str(stage.get("weight_bits", "-")),
                f"{max(np.atleast_1d(stage['scale'])):.3g}" if "scale" in stage else "-",
                str(stage.get("v_bits", stage.get("acc_bits", ""))),
                f"{100 * stage['saturation']:.2f}%" if "saturation" in stage else "-",
                lanes_label(placed) if "lanes" in placed else "-",
                f"{placed.get('events_per_step', 0):.1f}",
                f"{placed.get('cycles_per_step', 0):.1f}",
            ]
        )
    totals = None
    schedule = ctx.reports.get("schedule")
    if schedule:
        from snnc.backends.fpga.targets import STATED, clock_label

        r = schedule["resources"]
        perf = performance or {**schedule, "clock_source": STATED}
        totals = (
            f"{schedule['target']}: {schedule['cycles_per_image']:,.0f} cycles/image streamed "
            f"(event bound {schedule['event_bound_cycles_per_image']:,.0f}), "
            f"{perf['latency_us']:.1f} us and {perf['images_per_s']:,.0f} images/s at {clock_label(perf)}; "
            f"{r['luts']:,} LUTs, {r['bram_blocks']} BRAM blocks, {r['dsps']} DSPs (estimates)"
        )
    return StageReport(header, rows, totals)
