"""An event-driven core for one fully connected stage, generated with PyRTL (groundwork for the FPGA backend).

The core implements the integer semantics of DESIGN §4 for ``Affine -> IF|LIF`` with spike inputs,
bit for bit:

- per input event (the index of a pre-synaptic neuron that spiked) it reads that input's weight row,
  ``P = lanes`` weights per word, and adds it into ``P`` current accumulators per cycle:
  ``ceil(N_out / P)`` cycles per event;
- at the end-of-step marker it sweeps the neurons ``P`` per cycle: ``I = acc + b``, the IF
  (``v <- sat(v + I)``) or LIF (``v <- sat(v + (((v_leak - v + I) m) >> f))``) update, ``z = v > th``,
  zero or subtractive reset, accumulators cleared: ``ceil(N_out / P)`` cycles;
- it then emits the indices of the neurons that spiked, one per cycle, and an end-of-step marker.

Ports: ``in_valid``, ``in_index``, ``in_eos`` (input event stream), ``in_ready``; ``out_valid``,
``out_index``, ``out_eos``. State is kept in registers and the weights in a ROM, which suits small
layers and block-level simulation; block-RAM memories, FIFOs between cores, the top level and
synthesis are the FPGA issue's remaining work.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pyrtl

from snnc.errors import UnsupportedNodeError

READY, ACCUMULATE, SWEEP, EMIT = range(4)


class StageSpec(NamedTuple):
    weights: np.ndarray  # [n_out, n_in] signed integers
    bias: np.ndarray  # [n_out]
    threshold: np.ndarray  # [n_out]
    v_reset: np.ndarray  # [n_out]
    reset: str  # "zero" | "subtract"
    weight_bits: int
    v_bits: int
    acc_bits: int
    lanes: int
    leak: tuple[int, int, np.ndarray] | None = None  # (m, f, v_leak) for LIF, None for IF

    @property
    def n_out(self) -> int:
        return int(self.weights.shape[0])

    @property
    def n_in(self) -> int:
        return int(self.weights.shape[1])

    @property
    def groups(self) -> int:
        return math.ceil(self.n_out / self.lanes)


def _bits(count: int) -> int:
    return max(1, math.ceil(math.log2(max(count, 2))))


def _to_unsigned(value: int, bits: int) -> int:
    return int(value) & ((1 << bits) - 1)


def _weight_rom_words(spec: StageSpec) -> list[int]:
    """Word ``i * G + g`` holds the weights of input ``i`` to neurons ``g P .. g P + P - 1`` (lane 0 lowest)."""
    words = []
    for i in range(spec.n_in):
        for g in range(spec.groups):
            word = 0
            for lane in range(spec.lanes):
                n = g * spec.lanes + lane
                w = int(spec.weights[n, i]) if n < spec.n_out else 0
                word |= _to_unsigned(w, spec.weight_bits) << (lane * spec.weight_bits)
            words.append(word)
    return words


def build_stage_core(spec: StageSpec) -> pyrtl.Block:
    """The core as a fresh PyRTL block (see the module doc for its ports and timing)."""
    if spec.lanes < 1:
        raise UnsupportedNodeError("a core needs at least one lane")
    low, high = -(1 << (spec.v_bits - 1)), (1 << (spec.v_bits - 1)) - 1
    levels = [spec.threshold, spec.v_reset] + ([spec.leak[2]] if spec.leak else [])
    if any(np.min(level) < low or np.max(level) > high for level in levels):
        raise UnsupportedNodeError(f"thresholds, resets and leak levels must fit the {spec.v_bits}-bit membranes")
    block = pyrtl.Block()
    with pyrtl.set_working_block(block, no_sanity_check=True):
        _build(spec)
    return block


def _build(spec: StageSpec) -> None:
    n_out, groups, lanes = spec.n_out, spec.groups, spec.lanes
    vb, ab, wb = spec.v_bits, spec.acc_bits, spec.weight_bits
    leak_bits = (spec.leak[0].bit_length() + 1) if spec.leak else 0
    cw = max(vb, ab) + leak_bits + 4  # wide enough that no intermediate overflows

    in_valid, in_eos = pyrtl.Input(1, "in_valid"), pyrtl.Input(1, "in_eos")
    in_index = pyrtl.Input(_bits(spec.n_in), "in_index")
    in_ready, out_valid, out_eos = pyrtl.Output(1, "in_ready"), pyrtl.Output(1, "out_valid"), pyrtl.Output(1, "out_eos")
    out_index = pyrtl.Output(_bits(n_out + 1), "out_index")

    state = pyrtl.Register(2, "state")
    group = pyrtl.Register(_bits(groups + 1), "group")
    event = pyrtl.Register(_bits(spec.n_in), "event")
    cursor = pyrtl.Register(_bits(n_out + 1), "cursor")
    acc = [pyrtl.Register(ab, f"acc{n}") for n in range(n_out)]
    v = [pyrtl.Register(vb, f"v{n}") for n in range(n_out)]
    spikes = [pyrtl.Register(1, f"spike{n}") for n in range(n_out)]

    rom = pyrtl.RomBlock(
        bitwidth=lanes * wb,
        addrwidth=_bits(spec.n_in * groups),
        romdata=_weight_rom_words(spec),
        name="weights",
        asynchronous=True,
        pad_with_zeros=True,
    )
    address = event * pyrtl.Const(groups) + group  # < n_in * groups, so it fits the ROM's address width
    word = rom[address.truncate(rom.addrwidth)]

    def const(value: int) -> pyrtl.Const:
        return pyrtl.Const(_to_unsigned(value, cw), cw)

    def saturate(x: pyrtl.WireVector) -> pyrtl.WireVector:
        low, high = const(-(1 << (vb - 1))), const((1 << (vb - 1)) - 1)
        return pyrtl.select(pyrtl.signed_lt(x, low), low, pyrtl.select(pyrtl.signed_gt(x, high), high, x))[:vb]

    last_group = group == groups - 1
    accumulating, sweeping, emitting = state == ACCUMULATE, state == SWEEP, state == EMIT
    for n in range(n_out):
        lane, mine = n % lanes, group == n // lanes
        weight = word[lane * wb : (lane + 1) * wb].sign_extended(ab)
        current = (acc[n].sign_extended(cw) + const(int(spec.bias[n])))[:cw]
        potential = v[n].sign_extended(cw)
        if spec.leak is None:
            updated = saturate((potential + current)[:cw])
        else:
            m, f, v_leak = spec.leak
            drive = (const(int(v_leak[n])) - potential + current)[:cw]
            scaled = pyrtl.signed_mult(drive, pyrtl.Const(m, leak_bits))[:cw]
            updated = saturate((potential + pyrtl.shift_right_arithmetic(scaled, f))[:cw])
        threshold = pyrtl.Const(_to_unsigned(int(spec.threshold[n]), vb), vb)
        fired = pyrtl.signed_gt(updated, threshold)
        if spec.reset == "zero":
            after = pyrtl.select(fired, pyrtl.Const(_to_unsigned(int(spec.v_reset[n]), vb), vb), updated)
        else:
            after = pyrtl.select(
                fired, saturate((updated.sign_extended(cw) - threshold.sign_extended(cw))[:cw]), updated
            )
        with pyrtl.conditional_assignment:
            with accumulating & mine:
                acc[n].next |= (acc[n] + weight)[:ab]
            with sweeping & mine:
                acc[n].next |= 0
                v[n].next |= after
                spikes[n].next |= fired

    spike_bus = pyrtl.concat_list(spikes + [pyrtl.Const(0, 1)])
    emit_done = cursor == n_out
    with pyrtl.conditional_assignment:
        with state == READY:
            with in_valid & in_eos:
                state.next |= SWEEP
                group.next |= 0
            with in_valid:
                state.next |= ACCUMULATE
                event.next |= in_index
                group.next |= 0
        with accumulating | sweeping:
            with last_group:
                state.next |= pyrtl.select(accumulating, pyrtl.Const(READY, 2), pyrtl.Const(EMIT, 2))
                cursor.next |= 0
            with pyrtl.otherwise:
                group.next |= group + 1
        with emitting:
            with emit_done:
                state.next |= READY
            with pyrtl.otherwise:
                cursor.next |= cursor + 1
    in_ready <<= state == READY
    out_valid <<= emitting & ~emit_done & pyrtl.shift_right_logical(spike_bus, cursor)[0]
    out_index <<= cursor
    out_eos <<= emitting & emit_done


def run_stage(spec: StageSpec, events: list[list[int]]) -> tuple[list[list[int]], int]:
    """Simulate the core on input events per time step; return the output events per step and the cycles."""
    block = build_stage_core(spec)
    outputs_tracked = list(block.wirevector_subset(pyrtl.Output))
    sim = pyrtl.Simulation(tracer=pyrtl.SimulationTrace(wires_to_track=outputs_tracked, block=block), block=block)
    outputs: list[list[int]] = []
    cycles = 0
    for step_events in events:
        queue = [(1, i, 0) for i in step_events] + [(1, 0, 1)]
        emitted: list[int] = []
        done = False
        while not done:
            valid, index, eos = queue[0] if queue else (0, 0, 0)
            sim.step({"in_valid": valid, "in_index": index, "in_eos": eos})
            cycles += 1
            if queue and sim.inspect("in_ready"):
                queue.pop(0)
            if sim.inspect("out_valid"):
                emitted.append(sim.inspect("out_index"))
            done = bool(sim.inspect("out_eos"))
        outputs.append(emitted)
    return outputs, cycles


def write_stage_verilog(spec: StageSpec, path, module_name: str = "snnc_fc_stage"):
    """The core as Verilog (a synchronous ``rst`` added), written atomically."""
    from snnc.ir.io import atomic_write

    block = build_stage_core(spec)

    def write(tmp) -> None:
        with open(tmp, "w") as handle:
            pyrtl.output_to_verilog(handle, add_reset=True, block=block, module_name=module_name)

    return atomic_write(path, write)
