"""The generated design simulated on a batch of images, image for image against the integer
reference (values, class) and the cycle model (start and done cycles of every image, streamed in
chunks of ``CHUNK``). Loading datasets and scoring against labels belong to ``snnc.evaluate``."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import nir
import numpy as np
import torch

from snnc.backends.fpga import SIMULATORS
from snnc.backends.fpga.build import write_build
from snnc.backends.fpga.pyrtl_sim import simulate_pyrtl
from snnc.backends.fpga.rtl import build_design
from snnc.backends.fpga.spec import design_from_plan
from snnc.backends.fpga.stimulus import reference_run
from snnc.backends.fpga.verilator import build as build_verilator
from snnc.backends.fpga.verilator import have_verilator, simulate_verilator
from snnc.errors import ConfigError

Echo = Callable[[str], None]
CHUNK = 1000  # images per reference run and simulator call (bounds memory)


class DesignRun(NamedTuple):
    """What the simulated design did on a batch of images, beside what the reference says."""

    simulator: str
    time_steps: int
    rtl_classes: np.ndarray  # [B]
    reference_classes: np.ndarray  # [B]
    mismatches: int  # images whose values or class differ from the integer reference
    cycle_model_mismatches: int  # images whose start or done cycle differs from the cycle model
    stream_latencies: np.ndarray  # [B] done - start of each image in the stream (simulated)
    predicted_stream_latencies: np.ndarray  # [B] the same, from the cycle model
    span_cycles: int  # cycles from the first start to the last done, summed over chunks
    predicted_span_cycles: int
    seconds: float  # simulation time


def choose_simulator(simulator: str) -> bool:
    """True for Verilator, False for PyRTL's own simulation; never a silent fall-back."""
    if simulator not in SIMULATORS:
        raise ConfigError(f"--simulator must be one of {', '.join(SIMULATORS)}, got {simulator!r}")
    if simulator == "verilator" and not have_verilator():
        raise ConfigError(
            "verilator is not installed (make setup installs it as root); --simulator pyrtl runs the design "
            "without it, about 500x slower"
        )
    return simulator == "verilator"


def simulate_design(
    quantized: nir.NIRGraph,
    plan: dict,
    images: torch.Tensor,
    build: Path | None,
    model: Path | None,
    simulator: str = "verilator",
    echo: Echo = print,
) -> DesignRun:
    """Simulate the design of ``quantized`` with ``plan``'s lanes on ``images`` (shaped as the graph's
    input): from ``build`` when given, else from a build written to a temporary directory."""
    use_verilator = choose_simulator(simulator)
    spec = design_from_plan(quantized, plan)
    last = spec.stages[-1]
    with tempfile.TemporaryDirectory(prefix="snnc-fpga-") as scratch:
        build_dir = Path(build) if build is not None else Path(scratch) / "build"
        if build is None and use_verilator:
            write_build(quantized, plan, build_dir, model, run_synthesis=False, echo=echo)
        design = None if use_verilator else build_design(spec)
        if use_verilator:
            build_verilator(build_dir, echo=echo)
        rtl_classes, ref_classes, latencies, predicted = [], [], [], []
        mismatched, cycle_mismatches, seconds, span, predicted_span = 0, 0, 0.0, 0, 0
        began_all = time.perf_counter()
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
            latencies.append(rtl.cycles)
            done = min(start + CHUNK, len(images))
            elapsed = time.perf_counter() - began_all
            eta = elapsed / done * (len(images) - done)
            echo(f"  {done:,}/{len(images):,} images simulated ({elapsed:.0f} s, ETA {eta:.0f} s)")
    return DesignRun(
        simulator="verilator" if use_verilator else "pyrtl",
        time_steps=spec.time_steps,
        rtl_classes=np.concatenate(rtl_classes),
        reference_classes=np.concatenate(ref_classes),
        mismatches=mismatched,
        cycle_model_mismatches=cycle_mismatches,
        stream_latencies=np.concatenate(latencies),
        predicted_stream_latencies=np.concatenate(predicted),
        span_cycles=span,
        predicted_span_cycles=predicted_span,
        seconds=seconds,
    )
