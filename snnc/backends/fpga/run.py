"""``snnc run --backend fpga``: the generated design on a dataset, image for image against the
integer reference (values, class) and the cycle model (start and done cycles of every image, streamed
in chunks of 1,000), with accuracy, cycles per image (throughput), latency and simulation speed."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nir
import numpy as np

from snnc.backends.fpga.build import file_digest, load_build, write_build
from snnc.backends.fpga.pyrtl_sim import simulate_pyrtl
from snnc.backends.fpga.rtl import build_design
from snnc.backends.fpga.spec import design_from_graph
from snnc.backends.fpga.stimulus import reference_run
from snnc.backends.fpga.verilator import build as build_verilator
from snnc.backends.fpga.verilator import have_verilator, simulate_verilator
from snnc.errors import ConfigError
from snnc.ir.evaluation import prepare_images
from snnc.ir.reference import compile_program

Echo = Callable[[str], None]
SIMULATORS = ("auto", "verilator", "pyrtl")
CHUNK = 1000  # images per reference run and simulator call (bounds memory)


def compile_for_run(graph: nir.NIRGraph, dataset: str, root: str, target: str, echo: Echo):
    """Quantize and schedule ``graph`` (calibrated on 256 training images) for a run without --build."""
    from snnc.compile import compile_graph, sample_images
    from snnc.ir.passes import PassContext

    ctx = PassContext(backend="fpga", target=target, calibration=sample_images(graph, dataset, root, 256))
    result = compile_graph(graph, "fpga", ctx)
    return result.graph, ctx.reports["schedule"]


def run_fpga(
    model: Path,
    graph: nir.NIRGraph,
    dataset: str,
    root: str,
    limit: int | None,
    build: Path | None,
    target: str,
    simulator: str,
    echo: Echo,
) -> dict[str, Any]:
    from snnc.data import canonical_name, limit_split, load_split

    if simulator not in SIMULATORS:
        raise ConfigError(f"--simulator must be one of {', '.join(SIMULATORS)}, got {simulator!r}")
    use_verilator = simulator == "verilator" or (simulator == "auto" and have_verilator())
    if simulator == "verilator" and not have_verilator():
        raise ConfigError("--simulator verilator: verilator is not installed (make setup installs it as root)")
    with tempfile.TemporaryDirectory(prefix="snnc-fpga-") as scratch:
        if build is not None:
            quantized, plan, report = load_build(build)
            recorded = report.get("model_sha256")
            if recorded and model.exists() and file_digest(model) != recorded:
                raise ConfigError(f"--build {build}: it was compiled from another version of {model}; recompile")
            build_dir = Path(build)
        else:
            quantized, plan = compile_for_run(graph, dataset, root, target, echo)
            build_dir = Path(scratch) / "build"
            if use_verilator:
                write_build(quantized, plan, build_dir, model, run_synthesis=False, echo=echo)
        spec = design_from_graph(quantized, plan)
        design = None if use_verilator else build_design(spec)
        if use_verilator:
            build_verilator(build_dir, echo=echo)
        split = limit_split(load_split(canonical_name(dataset), "test", root), limit)
        images = prepare_images(compile_program(quantized), split.images, split.name)
        labels = split.labels.numpy()
        last = spec.stages[-1]
        rtl_classes, ref_classes, cycles, predicted = [], [], [], []
        mismatched, cycle_mismatches, seconds, span, predicted_span = 0, 0, 0.0, 0, 0
        for start in range(0, len(images), CHUNK):
            chunk = images[start : start + CHUNK]
            records, expected = reference_run(quantized, spec, chunk)
            began = time.perf_counter()
            if use_verilator:
                rtl = simulate_verilator(build_dir, records, last.n_out, spec.result_bits, spec.result_signed)
            else:
                rtl = simulate_pyrtl(design, records)
            seconds += time.perf_counter() - began
            wrong = np.any(rtl.values != expected.values, axis=1) | (rtl.classes != expected.classes)
            mismatched += int(wrong.sum())
            cycle_mismatches += int(((rtl.starts != expected.starts) | (rtl.dones != expected.dones)).sum())
            span += int(rtl.dones[-1] - rtl.starts[0] + 1)
            predicted_span += int(expected.dones[-1] - expected.starts[0] + 1)
            rtl_classes.append(rtl.classes)
            ref_classes.append(expected.classes)
            predicted.append(expected.cycles)
            cycles.append(rtl.cycles)
            echo(f"  {min(start + CHUNK, len(images)):,}/{len(images):,} images simulated")
    rtl_all, ref_all, cycles_all = np.concatenate(rtl_classes), np.concatenate(ref_classes), np.concatenate(cycles)
    return {
        "model": str(model),
        "backend": "fpga",
        "simulator": "verilator" if use_verilator else "pyrtl",
        "dataset": split.name,
        "images": int(len(images)),
        "time_steps": spec.time_steps,
        "accuracy": float((rtl_all == labels).mean()),
        "reference_accuracy": float((ref_all == labels).mean()),
        "mismatches": mismatched,
        "cycle_model_mismatches": cycle_mismatches,
        "cycles_per_image": span / len(images),
        "predicted_cycles_per_image": predicted_span / len(images),
        "stream_latency_cycles_mean": float(cycles_all.mean()),
        "stream_latency_cycles_max": int(cycles_all.max()),
        "predicted_stream_latency_cycles_mean": float(np.concatenate(predicted).mean()),
        "simulation_seconds": seconds,
        "simulated_images_per_s": len(images) / seconds if seconds else 0.0,
        "simulated_cycles_per_s": span / seconds if seconds else 0.0,
        "target": plan["target"],
    }
