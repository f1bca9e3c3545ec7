"""Simulating the generated design in PyRTL, driven the way the testbench drives the Verilog.

The host protocol (the same in ``testbench.v``): images stream back to back. For each image the
host raises ``start`` for one cycle (offering no record), then offers its records one per cycle
(``in_valid`` high), each advancing when ``in_ready`` was high in that cycle, then goes on with
the next image without waiting for the results; ``out_ready`` is always high. Results come back
in order: ``out_valid`` values, then ``done`` with ``out_class``. An image's latency is the cycle
of its ``done`` minus the cycle of its ``start``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pyrtl

from snnc.backends.fpga.rtl import Design
from snnc.backends.fpga.stimulus import Record
from snnc.errors import SnncError


class RtlResult(NamedTuple):
    values: np.ndarray  # [B, N] as the design reports them (signed where the results are membranes)
    classes: np.ndarray  # [B]
    starts: np.ndarray  # [B] cycle of each image's start
    dones: np.ndarray  # [B] cycle of each image's done

    @property
    def cycles(self) -> np.ndarray:
        """Latency of each image: done - start."""
        return self.dones - self.starts


class SimulationError(SnncError):
    """The simulated design did not finish an image (a hang) or produced a malformed output."""


def memory_map(design: Design) -> dict:
    return {rom.memory: dict(enumerate(rom.words)) for rom in design.roms.values()}


def to_signed(value: int, bits: int) -> int:
    return value - (1 << bits) if value >> (bits - 1) else value


def simulate_pyrtl(
    design: Design,
    images: list[list[Record]],
    max_cycles: int = 10_000_000,
    probe: Callable[[pyrtl.FastSimulation], None] | None = None,
) -> RtlResult:
    """Stream every image through the design in PyRTL's FastSimulation (a hang: ``max_cycles``
    without a ``done``). ``probe``, when given, sees the simulation after every cycle (to check an
    invariant of internal registers)."""
    block = design.block
    watched = [block.get_wirevector_by_name(n) for n in ("in_ready", "out_valid", "out_data", "done", "out_class")]
    sim = pyrtl.FastSimulation(
        tracer=pyrtl.SimulationTrace(wires_to_track=watched, block=block),
        memory_value_map=memory_map(design),
        block=block,
    )
    spec = design.spec
    bits, signed, n_out = spec.result_bits, spec.result_signed, spec.stages[-1].n_out
    idle = {"start": 0, "in_valid": 0, "in_c": 0, "in_y": 0, "in_x": 0, "in_value": 0, "in_eos": 0, "out_ready": 1}
    starts: list[int] = []
    dones: list[int] = []
    classes: list[int] = []
    values: list[list[int]] = [[]]
    image, position, need_start, cycle = 0, 0, True, 0
    while len(dones) < len(images):
        if cycle - (dones[-1] if dones else 0) > max_cycles:
            raise SimulationError(f"image {len(dones)}: no 'done' within {max_cycles:,} cycles (the design hangs)")
        inputs = dict(idle)
        offering = False
        if image < len(images):
            if need_start:
                inputs["start"] = 1
                starts.append(cycle)
            else:
                c, y, x, value, eos = images[image][position]
                inputs.update(in_valid=1, in_c=c, in_y=y, in_x=x, in_value=value, in_eos=eos)
                offering = True
        sim.step(inputs)
        if probe is not None:
            probe(sim)
        if offering and sim.inspect("in_ready"):
            position += 1
            if position == len(images[image]):
                image, position, need_start = image + 1, 0, True
        elif inputs["start"]:
            need_start = False
        if sim.inspect("out_valid"):
            raw = sim.inspect("out_data")
            values[-1].append(to_signed(raw, bits) if signed else raw)
        if sim.inspect("done"):
            if len(values[-1]) != n_out:
                raise SimulationError(f"image {len(dones)}: {len(values[-1])} output values, expected {n_out}")
            classes.append(sim.inspect("out_class"))
            dones.append(cycle)
            values.append([])
        cycle += 1
    return RtlResult(
        np.array(values[:-1], dtype=np.int64), np.array(classes), np.array(starts, dtype=np.int64), np.array(dones)
    )
