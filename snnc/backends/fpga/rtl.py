"""The PyRTL generator: an event-driven, layer-pipelined accelerator for fully connected SNNs.

One core per stage (``FcStage``); each core is built by small generator functions over wires of
explicit widths, all inside the design's own PyRTL block. What a core does, per time step:

1. **Input buffer** (ping-pong, block RAM): the producer (the host, or the previous core's
   emitter) writes the step's events ``(index[, pixel])`` into one half and closes it with an
   end-of-step marker, which stores the event count ``E`` and marks the half full; the core reads
   the other half. A direct-encoded (pixel) stage receives the image's non-zero pixels once.
2. **Compute**: for each group ``g`` of ``P`` neurons (``G = ceil(N / P)`` groups) it streams the
   ``E`` events (read the event, then that input's weight word ``W[i, gP .. gP+P-1]`` from the
   weight ROM, then ``acc_l += w_l`` or ``acc_l += w_l * pixel``), followed by one *update slot*
   that reads the group's membranes (and per-neuron parameters) and applies DESIGN §4 on ``P``
   lanes: ``I = acc + b``; IF ``v <- sat(v + I)``, LIF ``v <- sat(v + (((v_leak - v + I) m) >> f))``,
   readout ``v <- v + I``; ``z = v > theta``; zero or subtractive reset. A pixel stage computes
   ``I`` once per image (step 0) and keeps it in a current RAM for steps 1..T-1. Membranes (and
   spike counters) of step 0 read as zero, so nothing is cleared between images.
   Items issue one per cycle through a 2-stage pipeline: ``G (E + 1)`` issue cycles per step,
   plus 3 to start and drain.
3. **Emitter** (all but the last core): the update slots write each group's ``P`` spike bits
   into a ping-pong spike RAM; the emitter walks it, emitting the index of the lowest set bit per
   cycle, into the next core's input buffer, then the end-of-step marker. It starts only when
   the next core's buffer half is free, so it never stalls midway.
4. The **last core** counts spikes per output neuron (``spike_count``) or keeps membranes
   (``membrane``); after step T-1 the output process streams the ``N`` values out and the
   running argmax (ties to the lowest index) as ``out_class`` with ``done``.

Cores run concurrently, each on its own time step. ``snnc.ir.cycles`` is the exact cycle model
of this schedule; tests hold the simulated cycle counts to it.

Top-level ports: ``start``, ``in_valid``/``in_ready``/``in_index``/``in_value``/``in_eos``
(events or pixels), ``out_valid``/``out_ready``/``out_data``, ``done``, ``out_class``, ``busy``;
synchronous ``rst`` is added on Verilog export.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyrtl

from snnc.backends.fpga.spec import DesignSpec, FcStage, unsigned_bits
from snnc.errors import UnsupportedNodeError

WireVector = pyrtl.WireVector
O_IDLE, O_READ, O_EMIT, O_DONE = range(4)
E_IDLE, E_SCAN, E_EOS = range(3)


class Rom(NamedTuple):
    memory: pyrtl.MemBlock
    words: list[int]
    word_bits: int


class Design(NamedTuple):
    block: pyrtl.Block
    spec: DesignSpec
    roms: dict[str, Rom]  # contents of the read-only memories, by memory name (written as hex files)


class BufferPort(NamedTuple):
    """The producer side of a core's input buffer (``ready`` is driven by the buffer)."""

    valid: WireVector
    index: WireVector
    value: WireVector | None
    eos: WireVector
    ready: WireVector


def _connect(wire: WireVector, value) -> None:
    """Drive ``wire`` (a field of a port tuple, which ``<<=`` cannot rebind)."""
    wire.__ilshift__(value)


def to_unsigned(value: int, bits: int) -> int:
    return int(value) & ((1 << bits) - 1)


def const(value: int, bits: int) -> pyrtl.Const:
    """A two's-complement constant of exactly ``bits`` bits."""
    return pyrtl.Const(to_unsigned(value, bits), bits)


def sext(wire: WireVector, bits: int) -> WireVector:
    return wire.sign_extended(bits)


def fit(wire: WireVector, bits: int) -> WireVector:
    """A signed value as ``bits`` bits: sign-extended, or truncated (exact modulo 2^bits, which is
    all a sum needs when its final value is known to fit)."""
    return wire[:bits] if len(wire) >= bits else wire.sign_extended(bits)


def saturate(x: WireVector, bits: int) -> WireVector:
    """Clamp the signed ``x`` to the signed ``bits``-bit range, as ``bits`` bits."""
    width = len(x)
    low, high = const(-(1 << (bits - 1)), width), const((1 << (bits - 1)) - 1, width)
    return pyrtl.select(pyrtl.signed_lt(x, low), low, pyrtl.select(pyrtl.signed_gt(x, high), high, x))[:bits]


def lanes_of(word: WireVector, lanes: int, bits: int) -> list[WireVector]:
    return [word[lane * bits : (lane + 1) * bits] for lane in range(lanes)]


def pack_words(values: np.ndarray, bits: int) -> list[int]:
    """Rows of ``values`` [words, lanes] packed lane 0 lowest, two's complement ``bits`` each."""
    words = []
    for row in np.asarray(values, dtype=np.int64):
        word = 0
        for lane, value in enumerate(row):
            word |= to_unsigned(int(value), bits) << (lane * bits)
        words.append(word)
    return words


def rom(name: str, words: list[int], word_bits: int, roms: dict[str, Rom]) -> pyrtl.MemBlock:
    """A read-only memory (loaded with ``$readmemh`` in Verilog, by value map in simulation)."""
    memory = pyrtl.MemBlock(
        bitwidth=word_bits,
        addrwidth=unsigned_bits(len(words) - 1),
        name=name,
        max_read_ports=1,
        max_write_ports=0,
        asynchronous=True,
    )
    roms[name] = Rom(memory, words, word_bits)
    return memory


def ram(name: str, words: int, word_bits: int, read_ports: int = 1) -> pyrtl.MemBlock:
    return pyrtl.MemBlock(
        bitwidth=word_bits,
        addrwidth=unsigned_bits(words - 1),
        name=name,
        max_read_ports=read_ports,
        max_write_ports=1,
        asynchronous=True,
    )


def registered_read(memory: pyrtl.MemBlock, address: WireVector, name: str) -> pyrtl.Register:
    """Read data registered one cycle after the address: the pattern yosys maps to block RAM."""
    data = pyrtl.Register(memory.bitwidth, name)
    data.next <<= memory[
        address[: memory.addrwidth] if len(address) >= memory.addrwidth else address.zero_extended(memory.addrwidth)
    ]
    return data


def weight_words(stage: FcStage) -> list[int]:
    """Word ``i G + g``: the weights of input ``i`` to neurons ``gP .. gP+P-1`` (lane 0 lowest)."""
    padded = np.zeros((stage.groups * stage.lanes, stage.n_in), dtype=np.int64)
    padded[: stage.n_out] = stage.weights
    rows = padded.T.reshape(stage.n_in * stage.groups, stage.lanes)
    return pack_words(rows, stage.weight_bits)


def group_values(values: np.ndarray, stage: FcStage) -> np.ndarray:
    """Per-neuron values as [G, P] (padded lanes 0)."""
    padded = np.zeros(stage.groups * stage.lanes, dtype=np.int64)
    padded[: stage.n_out] = values
    return padded.reshape(stage.groups, stage.lanes)


def input_buffer(prefix: str, n_in: int, value_bits: int) -> tuple[BufferPort, dict]:
    """A ping-pong event buffer; returns the producer port and the consumer's view."""
    index_bits, count_bits = unsigned_bits(n_in - 1), unsigned_bits(n_in)
    port = BufferPort(
        valid=WireVector(1, f"{prefix}push_valid"),
        index=WireVector(index_bits, f"{prefix}push_index"),
        value=WireVector(value_bits, f"{prefix}push_value") if value_bits else None,
        eos=WireVector(1, f"{prefix}push_eos"),
        ready=WireVector(1, f"{prefix}push_ready"),
    )
    events = ram(f"{prefix}events", 1 << (count_bits + 1), index_bits + value_bits)
    wr_half, wr_ptr = pyrtl.Register(1, f"{prefix}wr_half"), pyrtl.Register(count_bits, f"{prefix}wr_ptr")
    full = [pyrtl.Register(1, f"{prefix}full{h}") for h in range(2)]
    count = [pyrtl.Register(count_bits, f"{prefix}count{h}") for h in range(2)]
    clear = [WireVector(1, f"{prefix}clear{h}") for h in range(2)]
    _connect(port.ready, ~pyrtl.select(wr_half, full[1], full[0]))
    accepted = port.valid & port.ready
    closing = accepted & port.eos
    entry = port.index if port.value is None else pyrtl.concat(port.index, port.value)
    events[pyrtl.concat(wr_half, wr_ptr)] <<= pyrtl.MemBlock.EnabledWrite(entry, accepted & ~port.eos)
    wr_ptr.next <<= pyrtl.select(accepted, pyrtl.select(port.eos, pyrtl.Const(0, count_bits), wr_ptr + 1), wr_ptr)
    wr_half.next <<= wr_half ^ closing
    for half in range(2):
        mine = closing & (wr_half == half)
        count[half].next <<= pyrtl.select(mine, wr_ptr, count[half])
        full[half].next <<= mine | (full[half] & ~clear[half])
    view = dict(events=events, full=full, count=count, clear=clear, index_bits=index_bits, count_bits=count_bits)
    return port, view


def _parameter_fields(stage: FcStage) -> list[tuple[str, np.ndarray, int]]:
    fields = [("bias", stage.bias, stage.acc_bits)]
    if stage.kind != "readout":
        fields += [("threshold", stage.threshold, stage.v_bits), ("v_reset", stage.v_reset, stage.v_bits)]
    if stage.kind == "lif":
        fields.append(("v_leak", stage.v_leak, stage.v_bits))
    return fields


def neuron_lane(stage: FcStage, current: WireVector, v_old: WireVector, params: dict[str, WireVector]):
    """One lane of the update slot (DESIGN §4): the new membrane (``v_bits``) and the spike bit."""
    vb = stage.v_bits
    if stage.kind == "readout":
        return (sext(v_old, vb + 1) + sext(current, vb + 1))[:vb], pyrtl.Const(0, 1)
    leak_bits = stage.leak_m.bit_length() + 1 if stage.kind == "lif" else 0
    cw = max(vb, stage.acc_bits) + leak_bits + 3  # no intermediate overflows at this width
    potential, drive = sext(v_old, cw), sext(current, cw)
    if stage.kind == "if":
        updated = saturate((potential + drive)[:cw], vb)
    else:
        net = (sext(params["v_leak"], cw) - potential + drive)[:cw]
        scaled = pyrtl.signed_mult(net, pyrtl.Const(stage.leak_m, leak_bits))[:cw]
        updated = saturate((potential + pyrtl.shift_right_arithmetic(scaled, stage.leak_f))[:cw], vb)
    threshold = params["threshold"]
    fired = pyrtl.signed_gt(updated, threshold)
    if stage.reset == "zero":
        after = pyrtl.select(fired, params["v_reset"], updated)
    else:
        after = pyrtl.select(fired, saturate((sext(updated, vb + 2) - sext(threshold, vb + 2))[: vb + 2], vb), updated)
    return after, fired


def build_core(
    stage: FcStage,
    view: dict,
    downstream: BufferPort | None,
    spec: DesignSpec,
    roms: dict[str, Rom],
    result: dict,
) -> None:
    """One stage's compute process (and its emitter, or the readout when it is the last core)."""
    p = f"s{stage.index}_"
    lanes, groups, ab, vb = stage.lanes, stage.groups, stage.acc_bits, stage.v_bits
    steps = spec.time_steps
    gb, sb, kb = unsigned_bits(groups - 1), unsigned_bits(steps - 1), view["count_bits"]
    last_core = downstream is None
    counting = last_core and stage.kind != "readout" and spec.decoding == "spike_count"

    running, issuing = pyrtl.Register(1, f"{p}running"), pyrtl.Register(1, f"{p}issuing")
    step, rd_half = pyrtl.Register(sb, f"{p}step"), pyrtl.Register(1, f"{p}rd_half")
    group, k, events = pyrtl.Register(gb, f"{p}group"), pyrtl.Register(kb, f"{p}k"), pyrtl.Register(kb, f"{p}events")
    p1_valid, p1_update, p1_last = (pyrtl.Register(1, f"{p}p1_{n}") for n in ("valid", "update", "last"))
    p2_valid, p2_update, p2_last = (pyrtl.Register(1, f"{p}p2_{n}") for n in ("valid", "update", "last"))
    p1_group, p2_group = pyrtl.Register(gb, f"{p}p1_group"), pyrtl.Register(gb, f"{p}p2_group")
    first_step = step == 0

    # Start: the step's input is complete and (for an emitting core) its spike half is free.
    full_now = pyrtl.select(rd_half, view["full"][1], view["full"][0])
    count_now = pyrtl.select(rd_half, view["count"][1], view["count"][0])
    input_ok = (full_now | ~first_step) if stage.pixels else full_now
    spike_half_busy = WireVector(1, f"{p}spike_half_busy")
    output_ok = ~spike_half_busy
    start = ~running & input_ok & output_ok
    step_done = p2_valid & p2_last
    consumes_input = first_step if stage.pixels else pyrtl.Const(1, 1)

    is_update = k == events
    last_group = group == groups - 1
    with pyrtl.conditional_assignment:
        with start:
            running.next |= 1
            issuing.next |= 1
            group.next |= 0
            k.next |= 0
            events.next |= pyrtl.select(first_step, count_now, pyrtl.Const(0, kb)) if stage.pixels else count_now
        with issuing:
            with is_update:
                k.next |= 0
                with last_group:
                    issuing.next |= 0
                    group.next |= 0
                with pyrtl.otherwise:
                    group.next |= group + 1
            with pyrtl.otherwise:
                k.next |= k + 1
        with step_done:
            running.next |= 0
            step.next |= pyrtl.select(step == steps - 1, pyrtl.Const(0, sb), (step + 1)[:sb])
            rd_half.next |= rd_half ^ consumes_input
    for half in range(2):
        view["clear"][half] <<= step_done & consumes_input & (rd_half == half)
    p1_valid.next <<= issuing
    p1_update.next <<= is_update
    p1_last.next <<= is_update & last_group
    p1_group.next <<= group
    p2_valid.next <<= p1_valid
    p2_update.next <<= p1_update
    p2_last.next <<= p1_last
    p2_group.next <<= p1_group

    # Stage 1: the event (index, pixel) is read; its weight word and the group's state are addressed.
    entry = registered_read(view["events"], pyrtl.concat(rd_half, k), f"{p}entry")
    value_bits = stage.input_bits if stage.pixels else 0
    event_index = entry[value_bits:] if value_bits else entry
    weights = rom(f"{p}weights", weight_words(stage), lanes * stage.weight_bits, roms)
    weight_address = (event_index * pyrtl.Const(groups) + p1_group)[: weights.addrwidth]
    weight_word = registered_read(weights, weight_address, f"{p}weight_word")
    pixel = None
    if value_bits:
        pixel = pyrtl.Register(value_bits, f"{p}pixel")
        pixel.next <<= entry[:value_bits]

    if last_core:
        out_active, out_group = WireVector(1, f"{p}out_active"), WireVector(gb, f"{p}out_group")
        state_address = pyrtl.select(out_active, out_group, p1_group)
    else:
        state_address = p1_group
    membranes = ram(f"{p}membranes", groups, lanes * vb)
    v_word = registered_read(membranes, state_address, f"{p}v_word")
    fields = _parameter_fields(stage)
    params: list[dict[str, WireVector]] = [{} for _ in range(lanes)]
    varying = []
    for name, values, bits in fields:
        if np.all(values == values[0]):
            for lane in range(lanes):
                params[lane][name] = const(int(values[0]), bits)
        else:
            varying.append((name, values, bits))
    if varying:
        per_group = [group_values(values, stage) for _, values, bits in varying]
        word_bits = sum(bits for _, _, bits in varying) * lanes
        words = []
        for g in range(groups):
            word, offset = 0, 0
            for lane in range(lanes):
                for (_, _, bits), grid in zip(varying, per_group, strict=True):
                    word |= to_unsigned(int(grid[g, lane]), bits) << offset
                    offset += bits
            words.append(word)
        param_word = registered_read(rom(f"{p}params", words, word_bits, roms), p1_group, f"{p}param_word")
        offset = 0
        for lane in range(lanes):
            for name, _, bits in varying:
                params[lane][name] = param_word[offset : offset + bits]
                offset += bits

    # Stage 2: accumulate an event, or update the group's P neurons.
    acc = [pyrtl.Register(ab, f"{p}acc{lane}") for lane in range(lanes)]
    accumulate = p2_valid & ~p2_update
    update = p2_valid & p2_update
    currents = []
    for lane, w in enumerate(lanes_of(weight_word, lanes, stage.weight_bits)):
        if pixel is not None:
            term = pyrtl.signed_mult(w, pyrtl.concat(pyrtl.Const(0, 1), pixel))
        else:
            term = w
        acc[lane].next <<= pyrtl.select(
            accumulate,
            (acc[lane] + fit(term, ab))[:ab],
            pyrtl.select(update, pyrtl.Const(0, ab), acc[lane]),
        )
        currents.append((acc[lane] + params[lane]["bias"])[:ab])
    if stage.pixels:
        current_ram = ram(f"{p}currents", groups, lanes * ab)
        current_word = registered_read(current_ram, p1_group, f"{p}current_word")
        stored = lanes_of(current_word, lanes, ab)
        current_ram[p2_group] <<= pyrtl.MemBlock.EnabledWrite(pyrtl.concat_list(currents), update & first_step)
        currents = [pyrtl.select(first_step, now, kept) for now, kept in zip(currents, stored, strict=True)]
    new_v, spikes = [], []
    padded_from = stage.n_out - (groups - 1) * lanes  # lanes at or above this are padding in the last group
    for lane, v_old in enumerate(lanes_of(v_word, lanes, vb)):
        v_start = pyrtl.select(first_step, pyrtl.Const(0, vb), v_old)
        after, fired = neuron_lane(stage, currents[lane], v_start, params[lane])
        if lane >= padded_from:
            fired = fired & (p2_group != groups - 1)
        new_v.append(after)
        spikes.append(fired)
    membranes[p2_group] <<= pyrtl.MemBlock.EnabledWrite(pyrtl.concat_list(new_v), update)

    if not last_core:
        spike_half_busy <<= _emitter(stage, p, spikes, update, p2_group, step_done, downstream)
        return
    spike_half_busy <<= 0
    if counting:
        cb = spec.count_bits
        counters = ram(f"{p}counts", groups, lanes * cb)
        count_word = registered_read(counters, state_address, f"{p}count_word")
        new_counts = []
        for lane, (old, fired) in enumerate(zip(lanes_of(count_word, lanes, cb), spikes, strict=True)):
            before = WireVector(cb, f"{p}count_before{lane}")  # its own wire: explicit widths in the Verilog
            before <<= pyrtl.select(first_step, pyrtl.Const(0, cb), old)
            new_counts.append((before + fired)[:cb])
        counters[p2_group] <<= pyrtl.MemBlock.EnabledWrite(pyrtl.concat_list(new_counts), update)
        result_lanes, result_signed = lanes_of(count_word, lanes, cb), False
    else:
        result_lanes, result_signed = lanes_of(v_word, lanes, vb), True
    _readout(
        stage, spec, p, result_lanes, result_signed, step_done & (step == steps - 1), out_active, out_group, result
    )


def _emitter(stage: FcStage, p: str, spikes, update, p2_group, step_done, downstream: BufferPort) -> WireVector:
    """Spike bits per group into a ping-pong RAM, walked lowest set bit first into the next buffer.

    Returns the wire that says the spike half the compute process would write next is still full.
    """
    lanes, groups = stage.lanes, stage.groups
    gb, lane_bits = unsigned_bits(groups - 1), unsigned_bits(lanes - 1)
    write_half = pyrtl.Register(1, f"{p}spike_wr_half")
    full = [pyrtl.Register(1, f"{p}spike_full{h}") for h in range(2)]
    spike_ram = ram(f"{p}spikes", 2 * (1 << gb), lanes)
    spike_ram[pyrtl.concat(write_half, p2_group)] <<= pyrtl.MemBlock.EnabledWrite(pyrtl.concat_list(spikes), update)
    write_half.next <<= write_half ^ step_done

    state = pyrtl.Register(2, f"{p}emit_state")
    half, group = pyrtl.Register(1, f"{p}emit_half"), pyrtl.Register(gb, f"{p}emit_group")
    sent = pyrtl.Register(lanes, f"{p}emit_sent")  # bits of the current word already emitted
    pending = pyrtl.select(half, full[1], full[0])
    begin = (state == E_IDLE) & pending & downstream.ready
    scanning, closing = state == E_SCAN, state == E_EOS
    # The word under the cursor is registered RAM data; the address moves only when a new word loads.
    advance = WireVector(1, f"{p}emit_advance")
    read_group = pyrtl.select(begin, pyrtl.Const(0, gb), pyrtl.select(advance, (group + 1)[:gb], group))
    raw = registered_read(spike_ram, pyrtl.concat(half, read_group), f"{p}emit_raw")
    word = raw & ~sent
    inverted = WireVector(lanes, f"{p}emit_inverted")  # its own wire, so the Verilog keeps widths explicit
    inverted <<= ~word
    lowest = (word & (inverted + 1)[:lanes])[:lanes]
    advance <<= scanning & ((word & ~lowest) == 0)
    sent.next <<= pyrtl.select(begin | advance, pyrtl.Const(0, lanes), sent | lowest)
    with pyrtl.conditional_assignment:
        with begin:
            state.next |= E_SCAN
            group.next |= 0
        with advance:
            with group == groups - 1:
                state.next |= E_EOS
            with pyrtl.otherwise:
                group.next |= group + 1
        with closing:
            state.next |= E_IDLE
            half.next |= ~half
    for h in range(2):
        full[h].next <<= (step_done & (write_half == h)) | (full[h] & ~(closing & (half == h)))
    lane = pyrtl.concat_list([_any([lowest[i] for i in range(lanes) if (i >> bit) & 1]) for bit in range(lane_bits)])
    index_bits = len(downstream.index)
    emitted = (group * pyrtl.Const(lanes) + lane)[:index_bits]
    _connect(downstream.valid, (scanning & (word != 0)) | closing)
    _connect(downstream.index, pyrtl.select(closing, pyrtl.Const(0, index_bits), emitted))
    _connect(downstream.eos, closing)
    return pyrtl.select(write_half, full[1], full[0])


def _any(bits: list[WireVector]) -> WireVector:
    if not bits:
        return pyrtl.Const(0, 1)
    out = bits[0]
    for bit in bits[1:]:
        out = out | bit
    return out


def _readout(stage, spec, p, result_lanes, result_signed, trigger, out_active, out_group, result) -> None:
    """After the last step: stream the N values out, keeping the argmax (ties to the lowest index)."""
    lanes, groups, n_out = stage.lanes, stage.groups, stage.n_out
    gb, lb = unsigned_bits(groups - 1), unsigned_bits(lanes - 1)
    rb = spec.result_bits
    state = pyrtl.Register(2, f"{p}out_state")
    group, lane = pyrtl.Register(gb, f"{p}out_group_reg"), pyrtl.Register(lb, f"{p}out_lane")
    position = pyrtl.Register(unsigned_bits(n_out - 1), f"{p}out_position")
    best = pyrtl.Register(rb + 1, f"{p}best")
    best_index = pyrtl.Register(unsigned_bits(n_out - 1), f"{p}best_index")
    out_active <<= state != O_IDLE
    out_group <<= group
    value = pyrtl.mux(lane, *result_lanes, default=pyrtl.Const(0, rb)) if lanes > 1 else result_lanes[0]
    wide = sext(value, rb + 1) if result_signed else value.zero_extended(rb + 1)
    emitting = state == O_EMIT
    taken = emitting & result["out_ready"]
    better = taken & ((position == 0) | pyrtl.signed_gt(wide, best))
    best.next <<= pyrtl.select(better, wide, best)
    best_index.next <<= pyrtl.select(better, position, best_index)
    with pyrtl.conditional_assignment:
        with trigger:
            state.next |= O_READ
            group.next |= 0
            lane.next |= 0
            position.next |= 0
        with state == O_READ:
            state.next |= O_EMIT
        with taken:
            with position == n_out - 1:
                state.next |= O_DONE
            with lane == lanes - 1:
                state.next |= O_READ
                group.next |= group + 1
                lane.next |= 0
                position.next |= position + 1
            with pyrtl.otherwise:
                lane.next |= lane + 1
                position.next |= position + 1
        with state == O_DONE:
            state.next |= O_IDLE
    result["out_valid"] <<= emitting
    result["out_data"] <<= value
    result["done"] <<= state == O_DONE
    result["out_class"] <<= best_index


def build_design(spec: DesignSpec) -> Design:
    """The whole accelerator as a fresh PyRTL block."""
    if not spec.stages:
        raise UnsupportedNodeError("the design has no stages")
    for stage in spec.stages[1:]:
        if stage.pixels:
            raise UnsupportedNodeError(f"stage {stage.index}: only the first stage may take pixels")
    block = pyrtl.Block()
    roms: dict[str, Rom] = {}
    with pyrtl.set_working_block(block, no_sanity_check=True):
        first = spec.stages[0]
        value_bits = first.input_bits if first.pixels else 0
        start, out_ready = pyrtl.Input(1, "start"), pyrtl.Input(1, "out_ready")
        in_valid, in_eos = pyrtl.Input(1, "in_valid"), pyrtl.Input(1, "in_eos")
        in_index = pyrtl.Input(unsigned_bits(first.n_in - 1), "in_index")
        in_value = pyrtl.Input(max(1, value_bits), "in_value")
        in_ready, busy_out = pyrtl.Output(1, "in_ready"), pyrtl.Output(1, "busy")
        class_bits = unsigned_bits(spec.stages[-1].n_out - 1)
        widths = {"out_valid": 1, "out_data": spec.result_bits, "done": 1, "out_class": class_bits}
        result = {name: WireVector(bits, f"{name}_w") for name, bits in widths.items()}
        result["out_ready"] = out_ready
        for name, bits in widths.items():
            port = pyrtl.Output(bits, name)
            port <<= result[name]
        busy = pyrtl.Register(1, "busy_reg")
        busy.next <<= pyrtl.select(start, pyrtl.Const(1, 1), pyrtl.select(result["done"], pyrtl.Const(0, 1), busy))
        busy_out <<= busy
        ports = []
        views = []
        for stage in spec.stages:
            port, view = input_buffer(f"s{stage.index}_in_", stage.n_in, stage.input_bits if stage.pixels else 0)
            ports.append(port)
            views.append(view)
        host = ports[0]
        _connect(host.valid, in_valid & busy)
        _connect(host.index, in_index)
        _connect(host.eos, in_eos)
        if host.value is not None:
            _connect(host.value, in_value[: len(host.value)])
        in_ready <<= busy & host.ready
        for position, stage in enumerate(spec.stages):
            downstream = ports[position + 1] if position + 1 < len(spec.stages) else None
            if downstream is not None and downstream.value is not None:
                _connect(downstream.value, 0)
            build_core(stage, views[position], downstream, spec, roms, result)
    return Design(block, spec, roms)
