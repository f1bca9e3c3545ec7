"""The generated design simulated on a batch of images, image for image against the integer
reference (values, class) and the cycle model (start and done cycles of every image, streamed in
chunks of ``CHUNK``). Loading datasets and scoring against labels belong to ``snnc.evaluate``."""

from __future__ import annotations

import contextlib
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
from snnc.backends.fpga.cycles import image_cycles
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


class BoardRun(NamedTuple):
    """What a board (or its co-simulation) did on a batch of images, beside the integer reference."""

    port: str
    time_steps: int
    board_classes: np.ndarray  # [B]
    reference_classes: np.ndarray  # [B]
    mismatches: int  # images whose values or class differ from the integer reference
    cycle_model_mismatches: int  # images whose reported cycles differ from the cycle model's
    latencies: np.ndarray  # [B] accelerator cycles from start to done, as the board counted them
    predicted_latencies: np.ndarray  # [B] the same, from the cycle model (an image alone)
    retries: int  # exchanges repeated after a lost or refused frame
    seconds: float  # host wall time of the exchanges
    link_cycles: int | None  # co-simulation: board cycles the whole run took (host waits excluded)


def alone_latency(timings, trace, time_steps: int) -> int:
    """Cycles from ``start`` to ``done`` of an image that finds the accelerator idle, long after
    reset (the conv/pool clear sweep is over): how the board link feeds it, one image at a time."""
    return image_cycles([t._replace(clear_words=0) for t in timings], trace, time_steps)


def run_board(
    quantized: nir.NIRGraph,
    plan: dict,
    images: torch.Tensor,
    build: Path,
    board_section: dict,
    port: str,
    baud: int | None = None,
    timeout_s: float = 2.0,
    echo: Echo = print,
    reset_on_busy: int = 0,
) -> BoardRun:
    """Classify ``images`` on the board programmed from ``build`` through ``port`` (a serial device,
    or ``cosim``: the build's board top co-simulated in Verilator behind a pseudo-terminal), one
    image at a time, checking every reply against the integer reference and the cycle model."""
    import serial

    from snnc.backends.fpga.cosim import board_cosim
    from snnc.backends.fpga.link import BoardLink, link_layout

    spec = design_from_plan(quantized, plan)
    layout = link_layout(spec)
    baud = baud or int(board_section["baud"])
    with contextlib.ExitStack() as stack:
        sim = None
        if port == "cosim":
            cycles_per_bit = int(board_section["cycles_per_bit"])
            sim = stack.enter_context(board_cosim(build, board_section["board"], cycles_per_bit, reset_on_busy))
            device = sim.port
        else:
            device = port
        try:
            serial_port = stack.enter_context(serial.Serial(device, baud, timeout=timeout_s))
        except (serial.SerialException, OSError) as exc:
            raise ConfigError(f"--port {port}: cannot open it ({exc})") from None
        silence = 1.5 * int(board_section["idle_timeout_cycles"]) / (float(board_section["clock_mhz"]) * 1e6)
        link = BoardLink(serial_port, layout, timeout_s, silence_s=max(0.05, silence))
        link.check_design(int(board_section["design_id"], 16))
        classes, ref_classes, latencies, predicted = [], [], [], []
        mismatched, cycle_mismatches, seconds = 0, 0, 0.0
        for start in range(0, len(images), CHUNK):
            records, expected = reference_run(quantized, spec, images[start : start + CHUNK])
            began = time.perf_counter()
            for i, image_records in enumerate(records):
                result = link.classify(image_records)
                want = alone_latency(spec.timings(), expected.traces[i], spec.time_steps)
                mismatched += int(result.klass != expected.classes[i] or np.any(result.values != expected.values[i]))
                cycle_mismatches += int(result.cycles != want)
                classes.append(result.klass)
                latencies.append(result.cycles)
                predicted.append(want)
            seconds += time.perf_counter() - began
            ref_classes.append(expected.classes)
            done = min(start + CHUNK, len(images))
            echo(f"  {done:,}/{len(images):,} images through {port} ({seconds:.0f} s)")
    return BoardRun(
        port=port,
        time_steps=spec.time_steps,
        board_classes=np.array(classes),
        reference_classes=np.concatenate(ref_classes),
        mismatches=mismatched,
        cycle_model_mismatches=cycle_mismatches,
        latencies=np.array(latencies, dtype=np.int64),
        predicted_latencies=np.array(predicted, dtype=np.int64),
        retries=link.retries,
        seconds=seconds,
        link_cycles=sim.cycles if sim is not None else None,
    )
