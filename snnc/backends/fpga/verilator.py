"""Whole-dataset RTL simulation: Verilator builds the testbench and the exported Verilog once,
then runs it on a stimulus file (cwd = the build directory, so ``$readmemh`` finds the hex files)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from snnc.backends.fpga.pyrtl_sim import RtlResult, SimulationError, to_signed
from snnc.backends.fpga.stimulus import Record
from snnc.backends.fpga.verilog import MODULE, stimulus_text
from snnc.errors import ConfigError


def have_verilator() -> bool:
    return shutil.which("verilator") is not None


def lint(build_dir: Path, module: str = MODULE) -> str:
    """``verilator --lint-only -Wall`` minus PyRTL's unused carry bits and the file-name rule; '' when clean."""
    result = subprocess.run(
        ["verilator", "--lint-only", "-Wall", "-Wno-UNUSEDSIGNAL", "-Wno-DECLFILENAME", f"{module}.v"],
        cwd=build_dir,
        capture_output=True,
        text=True,
    )
    return (result.stdout + result.stderr).strip()


def build(build_dir: Path, module: str = MODULE, echo: Callable[[str], None] = lambda s: None) -> Path:
    """Compile the testbench with Verilator (skipped when the binary is newer than the sources)."""
    if not have_verilator():
        raise ConfigError("verilator is not installed (make setup installs Debian's verilator when run as root)")
    build_dir = Path(build_dir)
    binary = build_dir / "obj_dir" / "Vtestbench"
    sources = [build_dir / "testbench.v", build_dir / f"{module}.v"]
    if binary.exists() and all(binary.stat().st_mtime > s.stat().st_mtime for s in sources):
        return binary
    echo("verilator: building the testbench ...")
    started = time.perf_counter()
    command = [
        "verilator", "--binary", "--timing", "-Wno-fatal", "-Wno-lint", "-Wno-style", "-O2",
        "--build-jobs", str(max(1, os.cpu_count() or 1)), "--top-module", "testbench",
        "testbench.v", f"{module}.v",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=build_dir, capture_output=True, text=True)
    if result.returncode != 0 or not binary.exists():
        lines = [line for line in (result.stdout + result.stderr).splitlines() if "Error" in line] or ["(no message)"]
        raise SimulationError(f"verilator failed to build {build_dir}: {lines[0].strip()}")
    echo(f"verilator: built in {time.perf_counter() - started:.1f} s")
    return binary


def parse_results(text: str, count: int, n_out: int, bits: int, signed: bool) -> RtlResult:
    starts: list[int] = []
    dones: list[int] = []
    classes: list[int] = []
    values: list[list[int]] = [[]]
    for line in text.splitlines():
        kind, *fields = line.split()
        if kind == "HANG":
            raise SimulationError(f"image {fields[0]}: the design did not finish (hang)")
        if kind == "S":
            starts.append(int(fields[0]))
        elif kind == "V":
            raw = int(fields[0])
            values[-1].append(to_signed(raw, bits) if signed else raw)
        elif kind == "D":
            if len(values[-1]) != n_out:
                raise SimulationError(f"image {len(dones)}: {len(values[-1])} output values, expected {n_out}")
            classes.append(int(fields[0]))
            dones.append(int(fields[1]))
            values.append([])
    if len(dones) != count or len(starts) != count:
        raise SimulationError(f"the testbench reported {len(dones)} of {count} images")
    return RtlResult(
        np.array(values[:-1], dtype=np.int64), np.array(classes), np.array(starts, dtype=np.int64), np.array(dones)
    )


def simulate_verilator(
    build_dir: Path, images: list[list[Record]], n_out: int, bits: int, signed: bool, module: str = MODULE
) -> RtlResult:
    """Run the images through the Verilated testbench."""
    binary = build(build_dir, module)
    with tempfile.TemporaryDirectory(prefix="snnc-sim-") as scratch:
        stimulus, results = Path(scratch) / "stimulus.txt", Path(scratch) / "results.txt"
        stimulus.write_text(stimulus_text(images))
        run = subprocess.run(
            [str(binary.resolve()), f"+stimulus={stimulus}", f"+results={results}"],
            cwd=build_dir,
            capture_output=True,
            text=True,
        )
        if run.returncode != 0 or not results.exists():
            raise SimulationError(f"the Verilated testbench failed: {(run.stdout + run.stderr).strip()[-300:]}")
        return parse_results(results.read_text(), len(images), n_out, bits, signed)
