"""Simulating the generated design in PyRTL, driven the way the testbench drives the Verilog.

The host protocol (the same in ``testbench.v``): ``start`` high for one cycle (cycle 0); from
then on the next record is offered on the input stream every cycle (``in_valid`` high) and
advances when ``in_ready`` was high in that cycle; ``out_ready`` is always high. The image's
cycle count is the cycle in which ``done`` is high, counted from the ``start`` cycle.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyrtl

from snnc.backends.fpga.rtl import Design
from snnc.backends.fpga.stimulus import Record
from snnc.errors import SnncError


class RtlResult(NamedTuple):
    values: np.ndarray  # [B, N] as the design reports them (signed where the results are membranes)
    classes: np.ndarray  # [B]
    cycles: np.ndarray  # [B]


class SimulationError(SnncError):
    """The simulated design did not finish an image (a hang) or produced a malformed output."""


def memory_map(design: Design) -> dict:
    return {rom.memory: dict(enumerate(rom.words)) for rom in design.roms.values()}


def to_signed(value: int, bits: int) -> int:
    return value - (1 << bits) if value >> (bits - 1) else value


def simulate_pyrtl(design: Design, images: list[list[Record]], max_cycles: int = 10_000_000) -> RtlResult:
    """Run every image through the design in PyRTL's FastSimulation."""
    block = design.block
    watched = [block.get_wirevector_by_name(n) for n in ("in_ready", "out_valid", "out_data", "done", "out_class")]
    sim = pyrtl.FastSimulation(
        tracer=pyrtl.SimulationTrace(wires_to_track=watched, block=block),
        memory_value_map=memory_map(design),
        block=block,
    )
    spec = design.spec
    bits, signed = spec.result_bits, spec.result_signed
    all_values, classes, cycles = [], [], []
    idle = {"start": 0, "in_valid": 0, "in_c": 0, "in_y": 0, "in_x": 0, "in_value": 0, "in_eos": 0, "out_ready": 1}
    for number, records in enumerate(images):
        sim.step({**idle, "start": 1})
        position, values, cycle = 0, [], 0
        while True:
            cycle += 1
            if cycle > max_cycles:
                raise SimulationError(f"image {number}: no 'done' within {max_cycles:,} cycles (the design hangs)")
            offered = position < len(records)
            c, y, x, value, eos = records[position] if offered else (0, 0, 0, 0, 0)
            sim.step({**idle, "in_valid": int(offered), "in_c": c, "in_y": y, "in_x": x, "in_value": value, "in_eos": eos})
            if offered and sim.inspect("in_ready"):
                position += 1
            if sim.inspect("out_valid"):
                raw = sim.inspect("out_data")
                values.append(to_signed(raw, bits) if signed else raw)
            if sim.inspect("done"):
                classes.append(sim.inspect("out_class"))
                break
        if len(values) != spec.stages[-1].n_out:
            raise SimulationError(f"image {number}: {len(values)} output values, expected {spec.stages[-1].n_out}")
        all_values.append(values)
        cycles.append(cycle)
    return RtlResult(np.array(all_values, dtype=np.int64), np.array(classes), np.array(cycles, dtype=np.int64))
