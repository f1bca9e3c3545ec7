"""The PyRTL generator: an event-driven, layer-pipelined SNN accelerator (FC, convolution, pooling).

One core per stage (``spec.FcStage``, ``ConvStage``, ``PoolStage``), built by small generator
functions over wires of explicit widths, all inside the design's own PyRTL block. Events travel as
coordinates ``(c, y, x)``; every memory is read with registered data (block RAM on iCE40, ECP5 and
Xilinx 7; tiny ones are kept in logic), and read-only contents are loaded with ``$readmemh``.

1. **Input buffer** (two halves): the producer (the host, or the previous core's emitter) writes a
   step's events ``(c, y, x[, pixel])`` into one half and closes it with an end-of-step marker,
   which stores the event count ``E`` and marks the half full; the core reads the other half. A
   stage that begins with a sum pool remaps coordinates on arrival (``y >> log2 k``). A pixel core
   receives the image's non-zero pixels once.
2. **Compute**, per step, one item per cycle through a pipeline (``spec.pipeline_drain`` stages:
   read the event (two stages) and hold it (``EVENT_STAGE``), forming its weight and target
   addresses; register them; read the
   weight word, the state and the parameters; hold the weight word and form the term ``w`` or
   ``w * pixel`` into a register; accumulate, or form an update's current (``ACCUMULATE_STAGE``);
   then the neuron stages: every block RAM read takes two stages, ``pipelined_read``, so nothing but
   a route follows a block RAM's output in its cycle), then the drain:
   - *fully connected*: for each group ``g`` of ``P`` neurons, the ``E`` events (weight word
     ``W[i, gP .. gP+P-1]``, ``acc_l += w_l`` or ``w_l * pixel`` in registers), then an update slot
     for the group: ``G (E + 1)`` items;
   - *convolution* (lanes over output channels): for each event, each kernel offset and each
     channel group, a read-modify-write of the target word's accumulators in RAM (forwarded when
     one of the two previous items wrote the same word), then one update per word ``(oy, ox, gc)``:
     ``E kh kw G + OH OW G`` items;
   - *pool* (lanes = channels, six stages): each event increments its pooled neuron's counter, then
     one update per position thresholds (``z = count > theta``) and clears: ``E + OH OW`` items.
   The update applies the integer semantics (``docs/semantics.md``, "Integer neurons") on ``P``
   lanes: ``I = acc + b``; IF ``v <- sat(v + I)``, LIF ``v <- sat(v + (((v_leak - v + I) m) >> f))``,
   readout ``v <- v + I``; ``z = v > theta``; zero or subtractive reset; one carry chain or
   multiplier per stage (``neuron_pipeline``), so the clock is set by a single adder, not the chain.
   Membranes of step 0 read as ``v_init`` and spike counters as zero (nothing to clear between
   images); a pixel core computes its current once per image and keeps it for steps 1..T-1.
   Within a step every group or word is updated once, so no update reads a membrane another
   update still has in flight; the next step starts only when the last item has retired.
3. **Emitter** (all but the last core): the update items write each word's ``P`` spike bits into a
   spike ring of ``slots`` step slots (two; a pixel core up to a whole image's); the emitter walks
   it, emitting the lowest set bit per cycle as ``(c, y, x)`` into the next core's buffer, then the
   end-of-step marker. It starts only when the next core's buffer half is free, so it never stalls
   midway.
4. The **last core** (fully connected) counts spikes per output neuron (``spike_count``) or keeps
   membranes (``membrane``); after step T-1 the output process streams the ``N`` values out and the
   running argmax (ties to the lowest index) as ``out_class`` with ``done``.

Cores run concurrently, each on its own time step, and images stream: the host may send the next
image while earlier ones are in flight. ``snnc.backends.fpga.cycles`` is the exact cycle model of
this schedule (``docs/hardware.md``, "Cycle contract"); tests hold every simulated ``start`` and
``done`` cycle to it.

Top-level ports: ``start`` (one cycle before each image's records), ``in_valid``/``in_ready``/
``in_c``/``in_y``/``in_x``/``in_value``/``in_eos`` (events or pixels), ``out_valid``/``out_ready``/
``out_data``, ``done``, ``out_class``, ``busy`` (an image is in flight); synchronous ``rst`` is
added on Verilog export. ``rst`` may come at any time: the RAMs that must start at zero (conv
accumulators, pool counters; block RAM has no reset) are cleared by a sweep after reset, one word
per cycle, before their core starts (the cycle model counts it; tests cover the sweep after
power-up reset, not yet a reset in the middle of an image).
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pyrtl

from snnc.backends.fpga.spec import (
    ACCUMULATE_STAGE,
    EVENT_STAGE,
    POOL_COUNT_STAGE,
    TARGET_STAGE,
    ConvStage,
    DesignSpec,
    FcStage,
    PoolStage,
    bank_names,
    leak_is_shift,
    neuron_stages,
    unsigned_bits,
)
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
    # the input buffers' memories, the emitters' spike rings and the conv cores' membranes: filled
    # and read in turn (halves; step slots; each word read once a step, written back after its
    # read, and the next step's reads come after the step's last write), so no read whose word is
    # used meets a write to its address in the same cycle (ECP5 may then read them on one block
    # port, write on the other). Not the read-modify-write RAMs (accumulators, pool counters): read
    # through the block's output register, their words would arrive at the block and their sums
    # cross back to its write port in one cycle (docs/hardware.md, "Tool facts")
    event_buffers: tuple[str, ...] = ()
    # the read-modify-write RAMs (accumulators, pool counters): their reads do meet writes to the
    # same word, in the read's cycle and the next, and ``forwarded_read`` replaces the RAM's word by
    # the written one in both cases; what the RAM itself returns on a collision is never used
    forwarded: tuple[str, ...] = ()


class BufferPort(NamedTuple):
    """The producer side of a core's input buffer: an event ``(c, y, x[, value])`` or an end-of-step
    marker (``eos``); ``ready`` is driven by the buffer."""

    valid: WireVector
    c: WireVector
    y: WireVector
    x: WireVector
    value: WireVector | None
    eos: WireVector
    ready: WireVector


def coordinate_bits(shape: tuple[int, int, int]) -> tuple[int, int, int]:
    return tuple(unsigned_bits(d - 1) for d in shape)  # type: ignore[return-value]


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


def resize(wire: WireVector, bits: int) -> WireVector:
    """An unsigned value as exactly ``bits`` bits (zero-extended or truncated)."""
    return wire[:bits] if len(wire) >= bits else wire.zero_extended(bits)


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


def pipelined_read(memory: pyrtl.MemBlock, address: WireVector, name: str) -> pyrtl.Register:
    """Read data two cycles after the address, the second register in logic: block RAM's output is
    slow (5.8 ns clock-to-out on ECP5, and yosys 0.23 uses no DP16KD output register), so nothing
    but a route may follow it in its cycle."""
    return registered(registered_read(memory, address, f"{name}_ram"), name, reset=False)


def weight_read(memory: pyrtl.MemBlock, address: WireVector, name: str) -> WireVector:
    """A weight ROM read whose ``address`` (formed at ``EVENT_STAGE``) goes into a register first: the
    word comes out of the ROM two stages later, and the address logic and the route to the ROM (its copies may
    sit far apart) each get a cycle of their own."""
    return registered_read(memory, registered(address, f"{name}_address", reset=False), f"{name}_word")


def times(wire: WireVector, constant: int) -> WireVector:
    """``wire * constant`` (unsigned) as a tree of shifted copies, one per set bit: address
    arithmetic that yosys would otherwise map to a DSP multiplier, far from the RAM it addresses."""
    if constant == 0:
        return pyrtl.Const(0, 1)
    shifted = [wire if bit == 0 else pyrtl.concat(wire, pyrtl.Const(0, bit))
               for bit in range(constant.bit_length()) if (constant >> bit) & 1]  # fmt: skip
    return sum_tree(shifted)


def mixed_radix(digits: list[tuple[WireVector, int]]) -> WireVector:
    """The number whose digits, most significant first, are ``(digit, radix)`` pairs (``digit <
    radix``): ``(d0 r1 + d1) r2 + d2 ...``. A power-of-two radix places its digit beside the
    higher ones (a concatenation: no carry chain); another multiplies the higher part by the radix
    (``times``) and adds the digit. The first digit's radix bounds it and is not used."""
    value, _ = digits[0]
    for digit, radix in digits[1:]:
        if radix & (radix - 1) == 0:
            bits = radix.bit_length() - 1
            value = pyrtl.concat(value, resize(digit, bits)) if bits else value
        else:
            value = times(value, radix) + digit
    return value


def sum_tree(terms: list[WireVector]) -> WireVector:
    """The sum of unsigned ``terms`` as a balanced tree of adders (depth ``log2`` of their number)."""
    while len(terms) > 1:
        terms = [a + b for a, b in zip(terms[0::2], terms[1::2], strict=False)] + terms[len(terms) - len(terms) % 2 :]
    return terms[0]


def weight_words(stage: FcStage) -> list[int]:
    """Word ``i G + g``: the weights of input ``i`` to neurons ``gP .. gP+P-1`` (lane 0 lowest)."""
    padded = np.zeros((stage.groups * stage.lanes, stage.n_in), dtype=np.int64)
    padded[: stage.n_out] = stage.weights
    rows = padded.T.reshape(stage.n_in * stage.groups, stage.lanes)
    return pack_words(rows, stage.weight_bits)


def input_buffer(prefix: str, stage) -> tuple[BufferPort, dict]:
    """A two-half event buffer in block RAM (the producer fills one half while the core reads the
    other); returns the producer port and the consumer's view.

    Events arrive as coordinates of ``stage.source_shape``; with ``stage.pool = k`` they are stored
    as ``(c, y >> log2 k, x >> log2 k)`` and those outside every window are dropped (a sum pool).
    """
    source, shape = stage.source_shape, stage.input_shape
    source_bits, bits = coordinate_bits(source), coordinate_bits(shape)
    value_bits = stage.input_bits if stage.pixels else 0
    count_bits = unsigned_bits(math.prod(source))
    port = BufferPort(
        valid=WireVector(1, f"{prefix}push_valid"),
        c=WireVector(source_bits[0], f"{prefix}push_c"),
        y=WireVector(source_bits[1], f"{prefix}push_y"),
        x=WireVector(source_bits[2], f"{prefix}push_x"),
        value=WireVector(value_bits, f"{prefix}push_value") if value_bits else None,
        eos=WireVector(1, f"{prefix}push_eos"),
        ready=WireVector(1, f"{prefix}push_ready"),
    )
    y, x, inside = port.y, port.x, pyrtl.Const(1, 1)
    if stage.pool:
        shift = stage.pool.bit_length() - 1
        y, x = pyrtl.shift_right_logical(port.y, shift), pyrtl.shift_right_logical(port.x, shift)
        if shape[1] * stage.pool < source[1]:
            inside = inside & (port.y < shape[1] * stage.pool)
        if shape[2] * stage.pool < source[2]:
            inside = inside & (port.x < shape[2] * stage.pool)
    fields = [port.c, y[: bits[1]], x[: bits[2]]] + ([port.value] if port.value is not None else [])
    entry = pyrtl.concat(*fields) if len(fields) > 1 else fields[0]
    events = ram(f"{prefix}events", 1 << (count_bits + 1), len(entry))
    wr_half, wr_ptr = pyrtl.Register(1, f"{prefix}wr_half"), pyrtl.Register(count_bits, f"{prefix}wr_ptr")
    full = [pyrtl.Register(1, f"{prefix}full{h}") for h in range(2)]
    count = [pyrtl.Register(count_bits, f"{prefix}count{h}") for h in range(2)]
    clear = [WireVector(1, f"{prefix}clear{h}") for h in range(2)]
    # "The half being written is full", kept in a register from the next values of the state it is
    # decided by (so it equals the select of the full flags, cycle for cycle): the producer's start
    # waits on it across the die and so reads a register, not the select.
    blocked = pyrtl.Register(1, f"{prefix}blocked")
    _connect(port.ready, ~blocked)
    accepted = port.valid & port.ready
    closing = accepted & port.eos
    storing = accepted & ~port.eos & inside
    # The write goes into registers first and lands a cycle later: the producer's logic (an emitter's
    # lowest-set-bit scan) and the route to the block RAM column each get a cycle. Exact: the
    # half's closing marker follows its last event by a cycle at least, and the consumer reads a
    # half only once it is full.
    write_address = registered(pyrtl.concat(wr_half, wr_ptr), f"{prefix}write_address", reset=False)
    write_entry = registered(entry, f"{prefix}write_entry", reset=False)
    events[write_address] <<= pyrtl.MemBlock.EnabledWrite(write_entry, registered(storing, f"{prefix}writing"))
    wr_ptr.next <<= pyrtl.select(closing, pyrtl.Const(0, count_bits), pyrtl.select(storing, wr_ptr + 1, wr_ptr))
    wr_half.next <<= wr_half ^ closing
    full_next = []
    for half in range(2):
        mine = closing & (wr_half == half)
        count[half].next <<= pyrtl.select(mine, wr_ptr, count[half])
        full_next.append(mine | (full[half] & ~clear[half]))
        full[half].next <<= full_next[half]
    blocked.next <<= pyrtl.select(wr_half ^ closing, full_next[1], full_next[0])

    def unpack(word: WireVector) -> tuple[WireVector, WireVector, WireVector, WireVector | None]:
        """(c, y, x, value) of a stored entry."""
        offset, out = 0, []
        for width in reversed([len(f) for f in fields]):
            out.append(word[offset : offset + width])
            offset += width
        out.reverse()
        return out[0], out[1], out[2], (out[3] if value_bits else None)

    view = dict(events=events, full=full, count=count, clear=clear, count_bits=count_bits, unpack=unpack)
    return port, view


def read_event(p: str, view: dict, half: WireVector, index: WireVector) -> tuple:
    """Event ``index`` of input half ``half`` as ``(c, y, x, value)`` at ``EVENT_STAGE``, three cycles
    after the address: the entry as read (stage 1, the register merged into block RAM), held whole
    in one register (stage 2, ``pipelined_read``: the ECP5 source makes it the block's own output
    register, ``ecp5.with_deep_memories``) and again in logic (stage 3), so the route from the block
    RAM column and a select between rows of blocks have a cycle before any address logic."""
    entry = pipelined_read(view["events"], pyrtl.concat(half, index), f"{p}entry")
    return view["unpack"](registered(entry, f"{p}event", reset=False))


def _parameter_fields(stage: FcStage) -> list[tuple[str, np.ndarray, int]]:
    fields = [("bias", stage.bias, stage.acc_bits)]
    if stage.kind != "readout":
        fields += [
            ("threshold", stage.threshold, stage.v_bits),
            ("v_reset", stage.v_reset, stage.v_bits),
            ("v_init", stage.v_init, stage.v_bits),
        ]
    if stage.kind == "lif":
        fields.append(("v_leak", stage.v_leak, stage.v_bits))
    return fields


def delayed(wire: WireVector, cycles: int, name: str, reset: bool = True) -> WireVector:
    """``wire`` as it was ``cycles`` cycles ago (a chain of registers; a constant stays itself)."""
    if isinstance(wire, pyrtl.Const):
        return wire
    for n in range(cycles):
        wire = registered(wire, f"{name}_d{n + 1}", reset=reset)
    return wire


def registered(value: WireVector, name: str, reset: bool = True) -> pyrtl.Register:
    """``value`` one cycle later. ``reset=False`` marks a data register whose value after reset is
    never used (its consumers are qualified by flags that are reset): the Verilog leaves it out of
    ``rst`` (``verilog.reset_free_registers``), sparing the reset net thousands of loads."""
    register = pyrtl.Register(len(value), name)
    register.next <<= value
    if not reset:
        register.reset_free = True
    return register


def register_copies(value: WireVector, copies: int, name: str) -> list[pyrtl.Register]:
    """``value`` one cycle later in ``copies`` reset-free registers, one per part of a wide load (a
    lane): one register read by hundreds of LUTs across the die waits on the route to the farthest,
    while a copy per part can sit beside it. yosys merges identical registers, so the ECP5 source
    makes these TRELLIS_FF instances (``ecp5.with_register_copies``); elsewhere they may merge."""
    registers = [registered(value, f"{name}_copy{n}", reset=False) for n in range(copies)]
    for register in registers:
        register.kept_apart = True
    return registers


def carried(value: WireVector, name: str, reset: bool = False) -> WireVector:
    """``value`` one pipeline stage later (``registered``); a constant stays itself."""
    return value if isinstance(value, pyrtl.Const) else registered(value, name, reset=reset)


def fire_and_reset(stage, total: WireVector, threshold: WireVector, v_reset: WireVector):
    """The last neuron stage from the unsaturated ``total = v + dv`` (``docs/semantics.md``,
    "Integer neurons"): ``v' = sat(total)``, ``z = v' > theta``, then ``v_reset`` (zero reset) or
    ``sat(v' - theta)`` (subtractive) where ``z``. Equal to that serial chain, but the comparisons
    and the subtraction run on ``total`` side by side (the saturated cases are constants minus
    ``theta``), so the stage holds one carry chain's depth; returns ``(v_new, z)``."""
    vb, cw = stage.v_bits, len(total)
    high, low = (1 << (vb - 1)) - 1, -(1 << (vb - 1))
    over = pyrtl.signed_gt(total, const(high, cw))
    under = pyrtl.signed_lt(total, const(low, cw))
    updated = pyrtl.select(over, const(high, vb), pyrtl.select(under, const(low, vb), total[:vb]))
    theta = sext(threshold, cw)
    fired = pyrtl.select(
        over,
        pyrtl.signed_gt(const(high, cw), theta),
        pyrtl.select(under, pyrtl.signed_gt(const(low, cw), theta), pyrtl.signed_gt(total, theta)),
    )
    if stage.reset == "zero":
        return pyrtl.select(fired, v_reset, updated), fired

    def minus_threshold(value: WireVector) -> WireVector:
        return saturate((sext(value, vb + 2) - sext(threshold, vb + 2))[: vb + 2], vb)

    subtracted = pyrtl.select(
        over,
        minus_threshold(const(high, vb)),
        pyrtl.select(under, minus_threshold(const(low, vb)), minus_threshold(total[:vb])),
    )
    return pyrtl.select(fired, subtracted, updated), fired


def neuron_pipeline(
    name: str,
    stage,
    current: WireVector,
    v_start: WireVector,
    params: dict[str, WireVector],
    bias: WireVector | None = None,
):
    """One lane's neuron update (``docs/semantics.md``, "Integer neurons") over
    ``spec.neuron_stages`` pipeline stages, one carry chain or multiplier each: ``current``
    (``I = acc + b``) and ``v_start`` (the membrane before the step) are this cycle's; returns
    ``(v_new, z)`` that many cycles later. IF: ``total = v + I``; LIF: ``net = v_leak - v + I``,
    ``scaled = net m`` (a stage of its own unless ``m`` is a power of two: then a shift),
    ``total = v + (scaled >> f)``; then ``fire_and_reset``. A readout keeps ``v + I`` (wrapping, no
    spike).

    With ``bias`` given, ``current`` is ``acc`` alone and ``b`` enters the first register beside it,
    added to what ``I`` meets first: ``total = (v + b) + acc`` (IF, readout), ``net = (v_leak + b) -
    v + acc`` (LIF). Equal sums (``acc_bits`` holds ``acc + b`` unwrapped), and a current that arrives
    late through a wide select needs no adder after it."""
    vb = stage.v_bits
    depth = neuron_stages(stage)

    def data(value: WireVector, label: str) -> pyrtl.Register:  # the pipeline's data: never reset
        return registered(value, f"{name}_{label}", reset=False)

    def plus_bias(value: WireVector, bits: int) -> WireVector:
        return value if bias is None else (fit(value, bits) + fit(bias, bits))[:bits]

    i1 = data(current, "i1")
    if stage.kind == "readout":
        v1 = data(plus_bias(v_start, vb), "v1")
        total = data((sext(v1, vb + 1) + sext(i1, vb + 1))[:vb], "total")
        return total, pyrtl.Const(0, 1)
    leak_bits = stage.leak_m.bit_length() + 1 if stage.kind == "lif" else 0
    cw = max(vb, stage.acc_bits) + leak_bits + 3  # no intermediate overflows at this width
    if stage.kind == "if":
        v1 = data(plus_bias(v_start, cw), "v1")
        total = data((sext(v1, cw) + sext(i1, cw))[:cw], "total")
    else:
        v1 = data(v_start, "v1")
        leak = data(plus_bias(params["v_leak"], cw), "v_leak_d1")
        net = data((sext(leak, cw) - sext(v1, cw) + sext(i1, cw))[:cw], "net")
        v2 = data(v1, "v2")
        if leak_is_shift(stage.leak_m):
            shift = stage.leak_m.bit_length() - 1
            scaled, v3 = (pyrtl.shift_left_logical(net, shift) if shift else net), v2
        else:
            scaled = data(pyrtl.signed_mult(net, pyrtl.Const(stage.leak_m, leak_bits))[:cw], "scaled")
            v3 = data(v2, "v3")
        total = data((sext(v3, cw) + pyrtl.shift_right_arithmetic(scaled, stage.leak_f))[:cw], "total")
    threshold = delayed(params["threshold"], depth, f"{name}_threshold", reset=False)
    v_reset = delayed(params["v_reset"], depth, f"{name}_v_reset", reset=False)
    return fire_and_reset(stage, total, threshold, v_reset)


class StepControl(NamedTuple):
    """The step bookkeeping every core shares (see ``step_control``)."""

    running: pyrtl.Register
    step: pyrtl.Register
    first_step: WireVector
    start: WireVector
    events_now: WireVector  # E of the step about to start
    rd_half: pyrtl.Register
    consumes_input: WireVector


def step_control(p: str, stage, view: dict, spec: DesignSpec, output_busy: WireVector, step_done: WireVector):
    """A step starts when its input half is complete (a pixel core needs input only at step 0) and
    the spike half it will write is free; it ends at ``step_done`` (the last item retires), which
    frees the input half and advances the step (wrapping at T: the next image)."""
    steps = spec.time_steps
    sb = unsigned_bits(steps - 1)
    running, step = pyrtl.Register(1, f"{p}running"), pyrtl.Register(sb, f"{p}step")
    rd_half = pyrtl.Register(1, f"{p}rd_half")
    first_step = step == 0
    full_now = pyrtl.select(rd_half, view["full"][1], view["full"][0])
    count_now = pyrtl.select(rd_half, view["count"][1], view["count"][0])
    if stage.pixels:
        input_ok = full_now | ~first_step
        events_now = pyrtl.select(first_step, count_now, pyrtl.Const(0, len(count_now)))
        consumes_input = first_step
    else:
        input_ok, events_now, consumes_input = full_now, count_now, pyrtl.Const(1, 1)
    # The decision is registered: ``start`` drives the issue counters, the update walk and the step
    # registers across the core, and its inputs come from the buffers, the emitter and the clear
    # sweep, so one cycle for each. Idle, the inputs only turn towards a start (halves fill, slots
    # free, the sweep ends), so the decision still holds when it takes effect (``cycles.START_DELAY``).
    starting = pyrtl.Register(1, f"{p}starting")
    starting.next <<= ~running & ~starting & input_ok & ~output_busy
    start = starting
    running.next <<= pyrtl.select(start, pyrtl.Const(1, 1), pyrtl.select(step_done, pyrtl.Const(0, 1), running))
    step.next <<= pyrtl.select(step_done, pyrtl.select(step == steps - 1, pyrtl.Const(0, sb), (step + 1)[:sb]), step)
    rd_half.next <<= rd_half ^ (step_done & consumes_input)
    for half in range(2):
        view["clear"][half] <<= step_done & consumes_input & (rd_half == half)
    return StepControl(running, step, first_step, start, events_now, rd_half, consumes_input)


def parameter_lanes(p: str, stage, grid_of, address: WireVector, roms: dict[str, Rom]) -> list[dict[str, WireVector]]:
    """Per-lane neuron parameters: constants when uniform, else a ROM word per group at ``address``
    (``pipelined_read``: valid two cycles after the address)."""
    lanes = stage.lanes
    params: list[dict[str, WireVector]] = [{} for _ in range(lanes)]
    varying = []
    for name, values, bits in _parameter_fields(stage):
        if np.all(values == values[0]):
            for lane in range(lanes):
                params[lane][name] = const(int(values[0]), bits)
        else:
            varying.append((name, grid_of(values), bits))
    if varying:
        words = []
        for g in range(len(varying[0][1])):
            word, offset = 0, 0
            for lane in range(lanes):
                for _, grid, bits in varying:
                    word |= to_unsigned(int(grid[g, lane]), bits) << offset
                    offset += bits
            words.append(word)
        word_bits = sum(bits for _, _, bits in varying) * lanes
        param_word = pipelined_read(rom(f"{p}params", words, word_bits, roms), address, f"{p}param_word")
        offset = 0
        for lane in range(lanes):
            for name, _, bits in varying:
                params[lane][name] = param_word[offset : offset + bits]
                offset += bits
    return params


def lane_grid(values: np.ndarray, lanes: int) -> np.ndarray:
    """Per-neuron (FC) or per-channel (conv) values as [groups, lanes], padded lanes 0."""
    groups = math.ceil(len(values) / lanes)
    padded = np.zeros(groups * lanes, dtype=np.int64)
    padded[: len(values)] = values
    return padded.reshape(groups, lanes)


def pixel_register(p: str, value: WireVector | None) -> WireVector | None:
    """The held event's pixel value (``EVENT_STAGE``) at ``ACCUMULATE_STAGE - 2``, beside the weight word
    as read (None when the core takes spikes); ``event_terms`` registers it once more per lane."""
    return None if value is None else delayed(value, ACCUMULATE_STAGE - 2 - EVENT_STAGE, f"{p}pixel", reset=False)


class Retiring(NamedTuple):
    """An item's fields at the last pipeline stage (where it retires)."""

    update: WireVector  # an update item (valid): write its membranes, spikes and counts
    last: WireVector  # the step's last item (valid)
    address: WireVector  # the word it updates
    group: WireVector  # that word's lane group
    inside: WireVector  # the word holds neurons (false for a tiled conv map's padding positions)


def update_slot(
    p: str,
    stage,
    membranes: pyrtl.MemBlock,
    v_word,
    currents,
    params,
    first_step,
    item: Retiring,
    n_out: int,
    biased: bool = True,
    held_write: bool = False,
) -> tuple[list[WireVector], Retiring]:
    """An update item on ``P`` lanes (``docs/semantics.md``, "Integer neurons"), entering with this
    cycle's ``currents`` (``acc + b``; ``acc`` alone when not ``biased``: the neuron pipeline adds
    ``b``), membrane word and ``item`` fields; ``neuron_stages`` cycles later each lane's
    new membrane is written back to ``membranes[address]``. Returns the spike bits and the item's
    fields at that stage. Membranes of the image's first step read as ``v_init`` (the neuron's
    parameter; zero for a readout), so nothing is cleared between images; lanes past neuron
    ``n_out`` in the last group, and words outside a tiled map, are padding and never fire.

    ``held_write``: the write goes into registers first and reaches the RAM a cycle after the item
    retires, so the fire-and-reset logic ends at a register, not at a block RAM's data pins across
    the die. Only for a core that reads no membrane in the cycle after a step's last retirement (a
    conv core: the next step's first read comes ``ACCUMULATE_STAGE - 2`` stages after its issue)."""
    lanes, vb, groups = stage.lanes, stage.v_bits, math.ceil(n_out / stage.lanes)
    depth = neuron_stages(stage)
    flags = ("update", "last")  # reset: they qualify everything else
    retiring = Retiring(*(delayed(field, depth, f"{p}retire_{name}", reset=name in flags)
                          for name, field in item._asdict().items()))  # fmt: skip
    padded_from = n_out - (groups - 1) * lanes  # lanes at or above this are padding in the last group
    new_v, spikes = [], []
    for lane, v_old in enumerate(lanes_of(v_word, lanes, vb)):
        initial = params[lane]["v_init"] if stage.kind != "readout" else pyrtl.Const(0, vb)
        v_start = pyrtl.select(first_step, initial, v_old)
        bias = None if biased else params[lane]["bias"]
        after, fired = neuron_pipeline(f"{p}lane{lane}", stage, currents[lane], v_start, params[lane], bias)
        if lane >= padded_from:
            fired = fired & (retiring.group != groups - 1)
        if not isinstance(retiring.inside, pyrtl.Const):
            fired = fired & retiring.inside
        new_v.append(after)
        spikes.append(fired)
    address, data, enable = retiring.address, pyrtl.concat_list(new_v), retiring.update
    if held_write:
        address = registered(address, f"{p}v_write_address", reset=False)
        data = registered(data, f"{p}v_write_data", reset=False)
        enable = registered(enable, f"{p}v_write_enable")
    membranes[address] <<= pyrtl.MemBlock.EnabledWrite(data, enable)
    return spikes, retiring


class FcPipeline(NamedTuple):
    """The issue logic and pipeline registers of a fully connected core (see ``fc_issue``)."""

    control: StepControl
    k: pyrtl.Register  # the event issued: its index in the step's input half
    weight_group: pyrtl.Register  # EVENT_STAGE: the item's group (weight address)
    state_group: pyrtl.Register  # stage ACCUMULATE_STAGE - 2: state and parameter read address
    valid: pyrtl.Register  # at ACCUMULATE_STAGE: accumulate an event, or form an update's current
    update: pyrtl.Register  # the item is the group's update slot (else an event)
    last: pyrtl.Register
    group: pyrtl.Register
    step_done: WireVector  # the step's last item retires (driven by the core)


def fc_issue(p: str, stage: FcStage, view: dict, spec: DesignSpec, output_busy: WireVector) -> FcPipeline:
    """Issue, per step and for each group, the ``E`` events then the group's update slot, one item
    per cycle, and carry each item's flags through pipeline stages 1 to ``ACCUMULATE_STAGE``."""
    groups = stage.groups
    gb, kb = unsigned_bits(groups - 1), view["count_bits"]
    issuing = pyrtl.Register(1, f"{p}issuing")
    group, k, events = pyrtl.Register(gb, f"{p}group"), pyrtl.Register(kb, f"{p}k"), pyrtl.Register(kb, f"{p}events")
    step_done = WireVector(1, f"{p}step_done")
    control = step_control(p, stage, view, spec, output_busy, step_done)

    is_update = k == events
    last_group = group == groups - 1
    with pyrtl.conditional_assignment:
        with control.start:
            issuing.next |= 1
            group.next |= 0
            k.next |= 0
            events.next |= control.events_now
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
    valid, update, last = issuing, is_update, is_update & last_group
    stages = {}
    for n in range(1, ACCUMULATE_STAGE + 1):
        valid, update, last, group = (
            registered(valid, f"{p}p{n}_valid"),
            registered(update, f"{p}p{n}_update"),
            registered(last, f"{p}p{n}_last"),
            registered(group, f"{p}p{n}_group"),
        )
        stages[n] = (valid, update, last, group)
    state_read = ACCUMULATE_STAGE - 2
    return FcPipeline(control, k, stages[EVENT_STAGE][3], stages[state_read][3], *stages[ACCUMULATE_STAGE], step_done)


def fc_input_side(p: str, stage: FcStage, view: dict, pipe: FcPipeline, roms: dict[str, Rom]) -> list[WireVector]:
    """Stages 1 to 6 of an event: read it from the input half (1, 2), hold its fields and form its
    weight word's address ``(c H W + y W + x) G + g`` into a register (``EVENT_STAGE``: constant
    products as shifts and adds), read the word (4, 5: ``weight_read``), then hold it and form each
    lane's term ``w`` (or ``w * pixel``) into a register (6): the terms of ``ACCUMULATE_STAGE``."""
    c, y, x, value = read_event(p, view, pipe.control.rd_half, pipe.k)
    _, height, width = stage.input_shape
    groups = stage.groups
    weights = rom(f"{p}weights", weight_words(stage), stage.lanes * stage.weight_bits, roms)
    terms = [times(c, height * width * groups), pipe.weight_group]
    if height > 1:
        terms.append(times(y, width * groups))
    if width > 1:
        terms.append(times(x, groups))
    weight_word = weight_read(weights, sum_tree(terms), f"{p}weight")
    return event_terms(p, stage, weight_word, pixel_register(p, value))


def event_terms(p: str, stage, weight_word: WireVector, pixel: WireVector | None) -> list[pyrtl.Register]:
    """The weight word as read (``weight_read``, ``ACCUMULATE_STAGE - 2``) -> ``ACCUMULATE_STAGE``:
    the word into a register of its own (nothing follows block RAM's slow output in its cycle), then
    each lane's addend ``w`` (or ``w * pixel``, pixels unsigned) at the accumulator width,
    registered so that the multiplier and the accumulating adder sit in different stages. The pixel
    (``pixel_register``) is registered into a copy per lane (``register_copies``): one register feeding
    every lane's multiplier waits on the route to the farthest DSP block."""
    terms = []
    held_word = registered(weight_word, f"{p}weight_held", reset=False)
    pixels = register_copies(pixel, stage.lanes, f"{p}pixel") if pixel is not None else [None] * stage.lanes
    for lane, w in enumerate(lanes_of(held_word, stage.lanes, stage.weight_bits)):
        pixel = pixels[lane]
        term = pyrtl.signed_mult(w, pyrtl.concat(pyrtl.Const(0, 1), pixel)) if pixel is not None else w
        held = registered(term[: stage.acc_bits] if len(term) > stage.acc_bits else term, f"{p}term{lane}", False)
        terms.append(fit(held, stage.acc_bits))  # registered at its own width, extended after
    return terms


def fc_currents(p: str, stage: FcStage, pipe: FcPipeline, terms, params, accumulate, update) -> list[WireVector]:
    """The ``P`` accumulator registers (at ``ACCUMULATE_STAGE``): each event adds its term, the update slot reads the
    currents ``acc + b`` and zeroes them. A pixel core stores the currents of step 0 and reuses them
    at steps 1..T-1."""
    lanes, ab = stage.lanes, stage.acc_bits
    acc = [pyrtl.Register(ab, f"{p}acc{lane}") for lane in range(lanes)]
    currents = []
    for lane, term in enumerate(terms):
        acc[lane].next <<= pyrtl.select(
            accumulate,
            (acc[lane] + term)[:ab],
            pyrtl.select(update, pyrtl.Const(0, ab), acc[lane]),
        )
        currents.append((acc[lane] + params[lane]["bias"])[:ab])
    if stage.pixels:
        first_step = pipe.control.first_step
        current_ram = ram(f"{p}currents", stage.groups, lanes * ab)
        current_word = pipelined_read(current_ram, pipe.state_group, f"{p}current_word")
        stored = lanes_of(current_word, lanes, ab)
        current_ram[pipe.group] <<= pyrtl.MemBlock.EnabledWrite(pyrtl.concat_list(currents), update & first_step)
        currents = [pyrtl.select(first_step, now, kept) for now, kept in zip(currents, stored, strict=True)]
    return currents


def fc_results(
    p: str, stage: FcStage, spec: DesignSpec, pipe: FcPipeline, spikes, retiring: Retiring, v_word, readout_port
) -> None:
    """The last core's results: a spike counter per neuron (``spike_count``, zeroed at the image's
    first step; read the cycle before the update retires) or the membranes themselves, streamed out
    by ``_readout`` after step T-1."""
    lanes, groups, vb = stage.lanes, stage.groups, stage.v_bits
    out_active, out_group, result = readout_port
    first_step = pipe.control.first_step
    if stage.kind != "readout" and spec.decoding == "spike_count":
        cb = spec.count_bits
        counters = ram(f"{p}counts", groups, lanes * cb)
        before_retiring = delayed(pipe.group, neuron_stages(stage) - 1, f"{p}count_group", reset=False)
        count_address = pyrtl.select(out_active, out_group, before_retiring)
        count_word = registered_read(counters, count_address, f"{p}count_word")
        new_counts = []
        for lane, (old, fired) in enumerate(zip(lanes_of(count_word, lanes, cb), spikes, strict=True)):
            before = WireVector(cb, f"{p}count_before{lane}")  # its own wire: explicit widths in the Verilog
            before <<= pyrtl.select(first_step, pyrtl.Const(0, cb), old)
            new_counts.append((before + fired)[:cb])
        counters[retiring.group] <<= pyrtl.MemBlock.EnabledWrite(pyrtl.concat_list(new_counts), retiring.update)
        result_lanes, result_signed = lanes_of(count_word, lanes, cb), False
    else:
        result_lanes, result_signed = lanes_of(v_word, lanes, vb), True
    trigger = pipe.step_done & (pipe.control.step == spec.time_steps - 1)
    _readout(stage, spec, p, result_lanes, result_signed, trigger, out_active, out_group, result)


def build_fc_core(stage: FcStage, view: dict, downstream, spec: DesignSpec, roms: dict[str, Rom], result: dict):
    """A fully connected core (see the module doc): for each group, stream the step's events into
    ``P`` accumulator registers, then one update slot; no read-modify-write of RAM."""
    p = f"s{stage.index}_"
    lanes, groups = stage.lanes, stage.groups
    last_core = downstream is None
    output_busy = WireVector(1, f"{p}output_busy")
    pipe = fc_issue(p, stage, view, spec, output_busy)

    # Stages 1-5: the event is read, its weight word addressed, read and held and its terms formed;
    # the group's state and parameters are read two stages before ACCUMULATE_STAGE, into registers
    # there (the output process of the last core reads the state instead while it streams the
    # results, one cycle after the address).
    terms = fc_input_side(p, stage, view, pipe, roms)
    if last_core:
        out_active, out_group = WireVector(1, f"{p}out_active"), WireVector(unsigned_bits(groups - 1), f"{p}out_group")
        state_address = pyrtl.select(out_active, out_group, pipe.state_group)
    else:
        state_address = pipe.state_group
    membranes = ram(f"{p}membranes", groups, lanes * stage.v_bits)
    state_word = registered_read(membranes, state_address, f"{p}v_word_ram")
    v_word = registered(state_word, f"{p}v_word", reset=False)
    params = parameter_lanes(p, stage, lambda values: lane_grid(values, lanes), pipe.state_group, roms)

    # ACCUMULATE_STAGE: accumulate an event, or form the group's currents and start its neuron update.
    accumulate = pipe.valid & ~pipe.update
    update = pipe.valid & pipe.update
    currents = fc_currents(p, stage, pipe, terms, params, accumulate, update)
    item = Retiring(update, pipe.valid & pipe.last, pipe.group, pipe.group, pyrtl.Const(1, 1))
    spikes, retiring = update_slot(
        p, stage, membranes, v_word, currents, params, pipe.control.first_step, item, stage.n_out
    )
    _connect(pipe.step_done, retiring.last)

    if not last_core:
        output_busy <<= emitter(stage, p, spikes, retiring.update, retiring.group, pipe.step_done, downstream)
        return
    output_busy <<= out_active  # the next image's first step waits until the results are out
    fc_results(p, stage, spec, pipe, spikes, retiring, state_word, (out_active, out_group, result))


class MapLayout(NamedTuple):
    """How a core's words cover its output map: ``groups`` channel groups per position, positions in
    tiles of ``banks = (bh, bw)`` (``tiles`` rows and columns of them), the map ``height x width``
    inside; words run (tile row, tile column, y mod bh, x mod bw, group)."""

    groups: int
    banks: tuple[int, int]
    tiles: tuple[int, int]
    height: int
    width: int

    @property
    def padded(self) -> bool:
        """Whether the tiles overhang the map (words outside it hold no neurons)."""
        return self.tiles[0] * self.banks[0] > self.height or self.tiles[1] * self.banks[1] > self.width


def map_layout(stage) -> MapLayout:
    if isinstance(stage, FcStage):
        return MapLayout(stage.groups, (1, 1), (1, 1), 1, 1)
    _, height, width = stage.out_shape
    if isinstance(stage, PoolStage):
        return MapLayout(1, (1, 1), (height, width), height, width)
    return MapLayout(stage.channel_groups, stage.banks, stage.tiles, height, width)


class MapWalk(NamedTuple):
    """Registers walking a core's words in order (see ``map_walk``)."""

    word: pyrtl.Register
    group: pyrtl.Register
    bank: WireVector  # (y mod bh) bw + (x mod bw)
    acc_word: pyrtl.Register  # tile row/column and group: (ty TW + tx) G + gc, the bank RAMs' address
    y: pyrtl.Register
    x: pyrtl.Register
    inside: WireVector  # (y, x) lies in the map


def map_walk(name: str, layout: MapLayout, step: WireVector, restart: WireVector) -> MapWalk:
    """Word 0 after ``restart``, the next word after each ``step``: the word's index, its channel
    group, bank, accumulator-bank word and output position, kept in registers (the update issue and
    the emitter walk the same order)."""
    groups, (bh, bw), (tile_rows, tile_columns) = layout.groups, layout.banks, layout.tiles
    words = tile_rows * tile_columns * bh * bw * groups
    word = pyrtl.Register(unsigned_bits(words - 1), f"{name}word")
    group = pyrtl.Register(unsigned_bits(groups - 1), f"{name}gc")
    by, bx = pyrtl.Register(unsigned_bits(bh - 1), f"{name}by"), pyrtl.Register(unsigned_bits(bw - 1), f"{name}bx")
    acc_word = pyrtl.Register(unsigned_bits(tile_rows * tile_columns * groups - 1), f"{name}acc_word")
    y = pyrtl.Register(unsigned_bits(tile_rows * bh - 1), f"{name}y")
    x = pyrtl.Register(unsigned_bits(tile_columns * bw - 1), f"{name}x")
    last_group, last_bx, last_by = group == groups - 1, bx == bw - 1, by == bh - 1
    with pyrtl.conditional_assignment:
        with restart:
            for register in (word, group, by, bx, acc_word, y, x):
                register.next |= 0
        with step:
            word.next |= word + 1
            with last_group:
                group.next |= 0
                with last_bx:
                    bx.next |= 0
                    with last_by:  # the next tile
                        by.next |= 0
                        acc_word.next |= acc_word + 1
                        with x == tile_columns * bw - 1:
                            x.next |= 0
                            y.next |= y + 1
                        with pyrtl.otherwise:
                            x.next |= x + 1
                            y.next |= y - (bh - 1)
                    with pyrtl.otherwise:  # the tile's next row
                        by.next |= by + 1
                        x.next |= x - (bw - 1)
                        y.next |= y + 1
                        acc_word.next |= acc_word - (groups - 1)
                with pyrtl.otherwise:  # the tile's next column
                    bx.next |= bx + 1
                    x.next |= x + 1
                    acc_word.next |= acc_word - (groups - 1)
            with pyrtl.otherwise:
                group.next |= group + 1
                acc_word.next |= acc_word + 1
    bank = times(by, bw) + bx if bh > 1 else bx
    inside = (y < layout.height) & (x < layout.width) if layout.padded else pyrtl.Const(1, 1)
    return MapWalk(word, group, bank, acc_word, y, x, inside)


class RmwPipeline(NamedTuple):
    """The event-outer pipeline of conv and pool cores (see ``rmw_core``): the item at ``TARGET_STAGE``,
    once its targets are known (``t_``, in registers), and the ``EVENT_STAGE`` fields the weight ROMs
    and the pixel need.
    Lists hold one entry per accumulator bank."""

    t_valid: WireVector
    t_update: WireVector
    t_word: WireVector  # an update item's word (the membrane and spike address)
    t_bank: WireVector  # an update item's bank
    t_inside: WireVector  # an update item's word lies in the map
    t_address: list[WireVector]  # the bank word the item targets (an update item: its word's)
    t_group: WireVector  # channel group of that word
    t_hit: list[WireVector]  # the bank's target is valid (false for kernel offsets outside the map)
    t_first: WireVector  # the stage's step is the first of the image
    t_last: WireVector  # the step's last item
    weight_address: list[WireVector]  # EVENT_STAGE: each bank's weight word ((ky kw + kx) C + c) G + gc (conv)
    event: tuple  # EVENT_STAGE (held) event fields (c, y, x, value)
    step_done: WireVector  # the step's last item retires (driven by the core)
    control: StepControl


class RmwIssue(NamedTuple):
    """The issue side of ``rmw_core`` (see ``rmw_issue``): the counters as they reach stage 1, the
    flags as they reach ``EVENT_STAGE``."""

    control: StepControl
    k: pyrtl.Register  # the event issued: its index in the step's input half
    p1: dict[str, pyrtl.Register]  # update, ky, kx, gc, word, bank, acc_word, inside
    e_valid: WireVector
    e_update: WireVector
    e_last: WireVector
    step_done: WireVector


def rmw_issue(p: str, stage, view: dict, spec: DesignSpec, output_busy: WireVector, kernel, layout) -> RmwIssue:
    """Issue, per step, for each event, each kernel offset ``(ky, kx)`` no bank takes and each channel
    group ``gc`` an accumulate item, then one update item per word (``map_walk``), one item per
    cycle; carry each item's counters to stage 1 and its flags to ``EVENT_STAGE``."""
    kh, kw = kernel
    groups = layout.groups
    kb, gb = view["count_bits"], unsigned_bits(groups - 1)
    khb, kwb = unsigned_bits(kh - 1), unsigned_bits(kw - 1)
    issuing, updating = pyrtl.Register(1, f"{p}issuing"), pyrtl.Register(1, f"{p}updating")
    k, events = pyrtl.Register(kb, f"{p}k"), pyrtl.Register(kb, f"{p}events")
    ky, kx, gc = pyrtl.Register(khb, f"{p}ky"), pyrtl.Register(kwb, f"{p}kx"), pyrtl.Register(gb, f"{p}gc")
    names = ("valid", "update", "last")
    p1_valid, p1_update, p1_last = (pyrtl.Register(1, f"{p}p1_{n}") for n in names)
    step_done = WireVector(1, f"{p}step_done")
    control = step_control(p, stage, view, spec, output_busy, step_done)
    sweep = issuing & updating
    walk = map_walk(f"{p}update_", layout, sweep, control.start)
    last_word = walk.word == stage.words - 1

    last_gc, last_kx, last_ky = gc == groups - 1, kx == kw - 1, ky == kh - 1
    last_event = k == events - 1
    with pyrtl.conditional_assignment:
        with control.start:
            issuing.next |= 1
            updating.next |= control.events_now == 0
            k.next |= 0
            ky.next |= 0
            kx.next |= 0
            gc.next |= 0
            events.next |= control.events_now
        with issuing & ~updating:
            with last_gc:
                gc.next |= 0
                with last_kx:
                    kx.next |= 0
                    with last_ky:
                        ky.next |= 0
                        with last_event:
                            updating.next |= 1
                        with pyrtl.otherwise:
                            k.next |= k + 1
                    with pyrtl.otherwise:
                        ky.next |= ky + 1
                with pyrtl.otherwise:
                    kx.next |= kx + 1
            with pyrtl.otherwise:
                gc.next |= gc + 1
        with sweep & last_word:
            issuing.next |= 0
    p1_valid.next <<= issuing
    p1_update.next <<= updating
    p1_last.next <<= sweep & last_word
    counters = {"ky": ky, "kx": kx, "gc": pyrtl.select(updating, walk.group, gc), "word": walk.word,
                "bank": walk.bank, "acc_word": walk.acc_word, "inside": walk.inside}  # fmt: skip
    p1 = {"update": p1_update} | {name: carried(value, f"{p}p1_{name}") for name, value in counters.items()}
    flags = (delayed(flag, EVENT_STAGE - 1, f"{p}{name}", reset=True)
             for flag, name in zip((p1_valid, p1_update, p1_last), names, strict=True))  # fmt: skip
    return RmwIssue(control, k, p1, *flags, step_done)


def kernel_target(coordinate: WireVector, offset: WireVector, size: int, pad: int, stride: int):
    """``((coordinate + pad - offset) / stride, hit)``: the output position an input coordinate
    reaches through kernel offset ``offset``; ``hit`` is false when it falls outside ``[0, size)``
    or off the stride."""
    shift = stride.bit_length() - 1
    padded = coordinate + pyrtl.Const(pad) if pad else coordinate
    width = max(len(padded), len(offset)) + 1
    difference = (padded.zero_extended(width) - offset.zero_extended(width))[:width]
    hit = ~difference[width - 1]  # padded >= offset
    if shift:
        hit = hit & (difference[:shift] == 0)
    position = pyrtl.shift_right_logical(difference, shift)
    return position, hit & (position < size)


def banked_target(coordinate: WireVector, residue: int, kernel: int, size: int, pad: int):
    """For the bank of output positions ``o = residue (mod kernel)`` (stride 1): the one kernel offset
    ``k`` by which an input coordinate reaches that bank, ``o = coordinate + pad - k``, as
    ``(o div kernel, k, hit)`` (``hit``: ``0 <= o < size``); a table of the coordinate's values,
    since ``kernel`` need not be a power of two."""
    entries = 1 << len(coordinate)
    tile_bits, offset_bits = unsigned_bits(max(1, (size - 1) // kernel)), unsigned_bits(kernel - 1)
    rows = []
    for value in range(entries):
        offset = (value + pad - residue) % kernel
        position = value + pad - offset
        hit = 0 <= position < size
        rows.append(((position // kernel if hit else 0) << (offset_bits + 1)) | (offset << 1) | int(hit))
    table = pyrtl.mux(coordinate, *[pyrtl.Const(row, tile_bits + offset_bits + 1) for row in rows])
    return table[offset_bits + 1 :], table[1 : offset_bits + 1], table[0]


def rmw_target(p: str, stage, view: dict, issue: RmwIssue, kernel, layout: MapLayout, in_channels: int) -> RmwPipeline:
    """Stages 1 and 2 read the event; ``EVENT_STAGE`` holds its fields and the item's counters in
    registers (block RAM's output is slow: 5.8 ns on ECP5, and far from the logic) and derives, for
    each accumulator bank, the bank word the item's kernel offset targets (an update item targets
    its own word) and, for a conv core (``in_channels`` > 0), the weight address, both as mixed-radix
    numbers (``mixed_radix``); registered into ``TARGET_STAGE`` with the hit flags."""
    kh, kw, stride, pad = kernel
    groups, (bh, bw), (_, tile_columns) = layout.groups, layout.banks, layout.tiles
    c, y, x, value = read_event(p, view, issue.control.rd_half, issue.k)
    held = {name: delayed(value, EVENT_STAGE - 1, f"{p}held_{name}", reset=False)
            for name, value in issue.p1.items() if name != "update"}  # fmt: skip
    address_bits = unsigned_bits(layout.tiles[0] * tile_columns * groups - 1)
    update = issue.e_update
    addresses, weight_addresses, hits = [], [], []

    def axis_target(coordinate: WireVector, residue: int, banks: int, offset: WireVector, kernel: int, size: int):
        """(tile, kernel offset, hit) along one axis: the bank's own offset when the axis is banked,
        else the issued one (tiles of one position)."""
        if banks > 1:
            return banked_target(coordinate, residue, kernel, size, pad)
        position, hit = kernel_target(coordinate, offset, size, pad, stride)
        return position, offset, hit

    for by in range(bh):
        row, ky, hit_y = axis_target(y, by, bh, held["ky"], kh, layout.height)
        for bx in range(bw):
            column, kx, hit_x = axis_target(x, bx, bw, held["kx"], kw, layout.width)
            gc = held["gc"]
            event_word = mixed_radix([(row, layout.tiles[0]), (column, tile_columns), (gc, groups)])[:address_bits]
            addresses.append(pyrtl.select(update, held["acc_word"], event_word))
            if in_channels:
                offset = mixed_radix([(ky, kh), (kx, kw)])
                weight_addresses.append(mixed_radix([(offset, kh * kw), (c, in_channels), (gc, groups)]))
            hits.append(update | (hit_y & hit_x))
    bank_suffix = [""] if len(addresses) == 1 else [f"_b{b}" for b in range(len(addresses))]

    def at_target(value: WireVector, name: str, reset: bool = False) -> WireVector:
        return carried(value, f"{p}t_{name}", reset)

    return RmwPipeline(
        t_valid=at_target(issue.e_valid, "valid", reset=True),
        t_update=at_target(update, "update", reset=True),
        t_word=at_target(held["word"], "word"),
        t_bank=at_target(held["bank"], "bank"),
        t_inside=at_target(held["inside"], "inside"),
        t_address=[at_target(a, f"address{s}") for a, s in zip(addresses, bank_suffix, strict=True)],
        t_group=at_target(held["gc"], "gc"),
        t_hit=[at_target(h, f"hit{s}") for h, s in zip(hits, bank_suffix, strict=True)],
        t_first=at_target(issue.control.first_step, "first"),
        t_last=at_target(issue.e_last, "last", reset=True),
        weight_address=weight_addresses,
        event=(c, y, x, value),
        step_done=issue.step_done,
        control=issue.control,
    )


def rmw_core(
    p: str,
    stage,
    view: dict,
    spec: DesignSpec,
    output_busy: WireVector,
    kernel: tuple[int, int, int, int],
    in_channels: int = 0,
):
    """Issue logic and address generation for cores that accumulate into RAM (conv, pool).

    Per step: for each event, for each kernel offset ``(ky, kx)`` and channel group ``gc``, an
    accumulate item for output ``((y + pad - ky) / s, (x + pad - kx) / s)`` (a miss when outside
    the map or off the stride: it still takes its cycle); then one update item per word.
    ``kernel = (kh, kw, stride, padding)``; a pool is ``(1, 1, 1, 0)``. A conv core with banks
    ``(bh, bw)`` issues only the offsets of its unbanked axes: each bank takes the one offset of its
    axis that lands in it (``banked_target``), all banks in the same item. ``in_channels``: the
    conv's input channels (its weight ROM's addresses); 0 for a pool (no weights)."""
    layout = map_layout(stage)
    kh, kw = kernel[:2]
    iterated = (kh // layout.banks[0], kw // layout.banks[1])
    issue = rmw_issue(p, stage, view, spec, output_busy, iterated, layout)
    return rmw_target(p, stage, view, issue, kernel, layout, in_channels)


def at_accumulate(value: WireVector, name: str, reset: bool = False) -> WireVector:
    """A ``TARGET_STAGE`` field (``RmwPipeline.t_*``) at ``ACCUMULATE_STAGE``, where a conv core accumulates."""
    return accumulate_stages(value, name, reset)[1]


def accumulate_stages(value: WireVector, name: str, reset: bool = False) -> tuple[WireVector, WireVector]:
    """A ``TARGET_STAGE`` field at ``ACCUMULATE_STAGE - 1`` and at ``ACCUMULATE_STAGE`` (one register
    chain): what is decided at the accumulate stage from flags alone is formed a stage early and
    registered."""
    before = delayed(value, ACCUMULATE_STAGE - 1 - TARGET_STAGE, name, reset=reset)
    if isinstance(before, pyrtl.Const):
        return before, before
    return before, registered(before, f"{name}_d{ACCUMULATE_STAGE - TARGET_STAGE}", reset=reset)


def at_read(value: WireVector, name: str) -> WireVector:
    """A ``TARGET_STAGE`` address at ``ACCUMULATE_STAGE - 2``, where a conv core issues the reads
    whose data it needs at ``ACCUMULATE_STAGE`` (``pipelined_read``, ``forwarded_read``)."""
    return delayed(value, ACCUMULATE_STAGE - 2 - TARGET_STAGE, name, reset=False)


def clear_sweep(p: str, words: int) -> tuple[WireVector, pyrtl.Register]:
    """After reset, write zeros to every word of a read-modify-write RAM (one per cycle) before the
    core may start: ``(sweeping, word)``. Block RAM has no reset; this makes ``rst`` safe anytime."""
    swept = pyrtl.Register(1, f"{p}sweep_done")
    word = pyrtl.Register(unsigned_bits(words - 1), f"{p}sweep_word")
    sweeping = WireVector(1, f"{p}sweeping")
    sweeping <<= ~swept
    word.next <<= pyrtl.select(sweeping, (word + 1)[: len(word)], word)
    swept.next <<= swept | (word == words - 1)
    return sweeping, word


def sweep_write_port(sweeping, sweep_word, address, data, enable) -> tuple[WireVector, WireVector, WireVector]:
    """(address, data, enable) of the RAM's one write port: the clear sweep's zeros, else the core's."""
    return (
        pyrtl.select(sweeping, resize(sweep_word, len(address)), address),
        pyrtl.select(sweeping, pyrtl.Const(0, len(data)), data),
        sweeping | enable,
    )


def forwarded_read(
    memory: pyrtl.MemBlock, address: WireVector, write_address, write_data, write_enable, name: str, lanes: int = 1
):
    """``pipelined_read`` whose data, two cycles after the address, sees the writes it missed: the
    one made in the cycle of the read (the block's word is then undefined: ``Design.forwarded``) and
    the one in the cycle after (the read-after-write hazards of the RMW pipeline, which writes in
    the cycle the data arrives). The later write wins; both address comparisons are registered a
    cycle ahead, so only a two-level select follows the data registers, its two flags registered
    once per lane of the word (``register_copies``: each selects ``len(word) / lanes`` bits)."""
    data = pipelined_read(memory, address, f"{name}_word")
    read_address = registered(address, f"{name}_read_address")  # the address whose data is in flight
    # Cycle t+1 (the read issued at t): the write of this cycle, and the one of cycle t.
    write_now = write_enable & (write_address == read_address)
    write_before = registered(write_enable & (write_address == address), f"{name}_hit_before")
    newer = register_copies(write_now, lanes, f"{name}_hit_newer")
    older = register_copies(write_before, lanes, f"{name}_hit_older")
    newer_data = registered(write_data, f"{name}_newer_data", reset=False)
    older_data = registered(newer_data, f"{name}_older_data", reset=False)
    width = len(data) // lanes
    words = (lanes_of(word, lanes, width) for word in (newer_data, older_data, data))
    selected = [
        pyrtl.select(newer[lane], newer_lane, pyrtl.select(older[lane], older_lane, data_lane))
        for lane, (newer_lane, older_lane, data_lane) in enumerate(zip(*words, strict=True))
    ]
    return pyrtl.concat_list(selected)


def conv_weight_rows(stage: ConvStage) -> list[int]:
    """A convolution's weight ROM: word ``((ky kw + kx) C + c) G + gc`` holds
    ``W[gc P .. gc P + P - 1, c, ky, kx]`` (every bank holds a copy). The kernel offset is the most
    significant digit: with ``C`` and ``G`` powers of two the address is the offset beside the
    event's channel and the group (``mixed_radix``), no adder after the offset tables."""
    lanes, groups = stage.lanes, stage.channel_groups
    c_out, c_in, kh, kw = stage.weights.shape
    padded = np.zeros((groups * lanes, c_in, kh, kw), dtype=np.int64)
    padded[:c_out] = stage.weights
    rows = padded.reshape(groups, lanes, c_in, kh, kw).transpose(3, 4, 2, 0, 1).reshape(-1, lanes)
    return pack_words(rows, stage.weight_bits)


def bank_word(p: str, stage: ConvStage, bank: WireVector, bank_words: list[WireVector]) -> WireVector:
    """At ``ACCUMULATE_STAGE``, the current word of the bank an update item reads (``bank``: its bank
    a stage early), a select per lane, each on its own copy of the registered bank
    (``register_copies``)."""
    if len(bank_words) == 1:
        return bank_words[0]
    selects = register_copies(bank, stage.lanes, f"{p}acc_bank_select")
    lanes = zip(*(lanes_of(word, stage.lanes, stage.acc_bits) for word in bank_words), strict=True)
    return pyrtl.concat_list(
        [pyrtl.mux(select, *words, default=words[0]) for select, words in zip(selects, lanes, strict=True)]
    )


def build_conv_core(stage: ConvStage, view: dict, downstream, spec: DesignSpec, roms: dict[str, Rom]):
    """A convolution core: event-outer accumulation into accumulator RAMs (one read-modify-write per
    item and bank at ``ACCUMULATE_STAGE``, its read issued two stages before and forwarded when one
    of the two previous items wrote the same word: ``forwarded_read``), then an update sweep over all
    words through the neuron pipeline, each word's current read from its bank."""
    p = f"s{stage.index}_"
    lanes, ab, vb = stage.lanes, stage.acc_bits, stage.v_bits
    c_out, _, kh, kw = stage.weights.shape
    output_busy = WireVector(1, f"{p}output_busy")
    sweeping, sweep_word = clear_sweep(p, stage.acc_words)
    kernel = (kh, kw, stage.stride, stage.padding)
    pipe = rmw_core(p, stage, view, spec, output_busy | sweeping, kernel, in_channels=stage.weights.shape[1])
    pixel = pixel_register(p, pipe.event[3])
    flags = ("valid", "update", "last")
    stages = {name: accumulate_stages(getattr(pipe, f"t_{name}"), f"{p}acc_{name}", reset=name in flags)
              for name in ("valid", "update", "last", "word", "bank", "group", "first", "inside")}  # fmt: skip
    before, at = ({name: pair[i] for name, pair in stages.items()} for i in (0, 1))
    update = at["valid"] & at["update"]
    # An update zeroes its word's accumulators, except that a pixel core keeps its current (the sums
    # of step 0) for all T steps and zeroes it only at the last.
    zero_on_update = (pipe.control.step == spec.time_steps - 1) if stage.pixels else pyrtl.Const(1, 1)
    weights = conv_weight_rows(stage)
    bank_words = []
    for bank, suffix in enumerate(bank_names(stage)):
        rom_ = rom(f"{p}weights{suffix}", weights, lanes * stage.weight_bits, roms)
        weight_word = weight_read(rom_, pipe.weight_address[bank], f"{p}weight{suffix}")
        terms = event_terms(f"{p}b{bank}_" if suffix else p, stage, weight_word, pixel)
        address = at_accumulate(pipe.t_address[bank], f"{p}acc_address{suffix}")
        hit_before, _ = accumulate_stages(pipe.t_hit[bank], f"{p}acc_hit{suffix}")
        accumulators = ram(accumulator_memory(stage, suffix), stage.acc_words, lanes * ab)
        write_data = WireVector(lanes * ab, f"{p}acc_write{suffix}")
        write_enable = WireVector(1, f"{p}acc_write_enable{suffix}")
        port = sweep_write_port(sweeping, sweep_word, address, write_data, write_enable)
        read_address = at_read(pipe.t_address[bank], f"{p}acc_read{suffix}")
        acc_word = forwarded_read(accumulators, read_address, *port, f"{p}acc{suffix}", lanes)
        sums = [(old + term)[:ab] for old, term in zip(lanes_of(acc_word, lanes, ab), terms, strict=True)]
        # The write enable, formed from the flags a stage early and registered: at the accumulate stage
        # it drives every bank's RAM write enable and forwarding compares, spread across the die.
        mine = before["update"] if stage.bank_count == 1 else before["update"] & (before["bank"] == bank)
        writes = before["valid"] & ((~before["update"] & hit_before) | (mine & zero_on_update))
        write_data <<= pyrtl.select(update, pyrtl.Const(0, lanes * ab), pyrtl.concat_list(sums))
        write_enable <<= registered(writes, f"{p}acc_writes{suffix}")
        accumulators[port[0]] <<= pyrtl.MemBlock.EnabledWrite(port[1], port[2])
        bank_words.append(acc_word)
    current_word = bank_word(p, stage, before["bank"], bank_words)
    membranes = ram(f"{p}membranes", stage.words, lanes * vb)
    v_word = pipelined_read(membranes, at_read(pipe.t_word, f"{p}v_read"), f"{p}v_word")
    param_address = at_read(pipe.t_group, f"{p}param_read")
    params = parameter_lanes(p, stage, lambda values: lane_grid(values, lanes), param_address, roms)
    # The current word arrives through forwarding and the bank select: the bias joins the membrane instead.
    currents = lanes_of(current_word, lanes, ab)
    item = Retiring(update, at["valid"] & at["last"], at["word"], at["group"], at["inside"])
    spikes, retiring = update_slot(
        p, stage, membranes, v_word, currents, params, at["first"], item, c_out, biased=False, held_write=True
    )
    _connect(pipe.step_done, retiring.last)
    output_busy <<= emitter(stage, p, spikes, retiring.update, retiring.address, pipe.step_done, downstream)


def build_pool_core(stage: PoolStage, view: dict, downstream, spec: DesignSpec, roms: dict[str, Rom]):
    """A spike pool: each arriving (already remapped) event counts into its pooled neuron's lane;
    the update sweep thresholds the counts (``z = count > theta``), clears them and emits."""
    p = f"s{stage.index}_"
    lanes, cb = stage.lanes, stage.count_bits
    output_busy = WireVector(1, f"{p}output_busy")
    sweeping, sweep_word = clear_sweep(p, stage.words)
    pipe = rmw_core(p, stage, view, spec, output_busy | sweeping, (1, 1, 1, 0))
    # POOL_COUNT_STAGE (the count word's read, issued at TARGET_STAGE from the registered target,
    # has arrived): count or threshold and clear.
    later = POOL_COUNT_STAGE - TARGET_STAGE
    valid, is_update, last = (delayed(getattr(pipe, f"t_{name}"), later, f"{p}count_{name}", reset=True)
                              for name in ("valid", "update", "last"))  # fmt: skip
    target = delayed(pipe.t_address[0], later, f"{p}count_address", reset=False)
    counts = ram(count_memory(stage), stage.words, lanes * cb)
    write_data, write_enable = WireVector(lanes * cb, f"{p}count_write"), WireVector(1, f"{p}count_write_enable")
    port = sweep_write_port(sweeping, sweep_word, target, write_data, write_enable)
    count_word = forwarded_read(counts, pipe.t_address[0], *port, f"{p}count", lanes)
    channel = delayed(pipe.event[0], POOL_COUNT_STAGE - EVENT_STAGE, f"{p}channel", reset=False)
    accumulate = valid & ~is_update
    update = valid & is_update
    incremented, spikes = [], []
    for lane, old in enumerate(lanes_of(count_word, lanes, cb)):
        incremented.append((old + (channel == lane))[:cb])
        # counts are 0 .. k^2, so a threshold outside [-1, k^2] acts as its clamp
        threshold = const(int(np.clip(stage.threshold[lane], -1, stage.pool**2)), cb + 2)
        spikes.append(pyrtl.signed_gt(old.zero_extended(cb + 2), threshold))
    write_data <<= pyrtl.select(update, pyrtl.Const(0, lanes * cb), pyrtl.concat_list(incremented))
    write_enable <<= accumulate | update
    counts[port[0]] <<= pyrtl.MemBlock.EnabledWrite(port[1], port[2])
    _connect(pipe.step_done, valid & last)
    output_busy <<= emitter(stage, p, spikes, update, target, pipe.step_done, downstream)


EMIT_QUEUE = 4  # spike words fetched ahead of the scan (two reads in flight + the head + one to cover a stall)


def emitter(stage, p: str, spikes, update, write_word, step_done, downstream: BufferPort) -> WireVector:
    """Spike bits per word into a ring of ``stage.slots`` step slots in RAM, walked word by word
    (``map_walk``: the order the update sweep wrote them), lowest set bit first, into the next
    buffer as coordinates ``(gc P + lane, y, x)``; then the end-of-step marker. A deep ring lets a
    bursty core (the pixel core's step 0) run ahead of its consumer. Returns "every slot is full"
    (compute must wait).

    The words are fetched ahead (``pipelined_read``) into a queue of ``EMIT_QUEUE`` registers, the
    reads issued from registered state only, so no path runs from the RAM's output back into its
    address: the scan starts three cycles after ``begin`` (``cycles.EMIT_OVERHEAD``) and then takes
    ``max(1, spikes)`` cycles per word, never waiting for a read (at most two reads are in flight
    and the queue holds the rest). The head of the queue holds the word's bits not yet emitted, and
    two flags kept beside it (any bit left; at most one left) decide the next cycle, so the decision
    to advance comes from registers, not from the lowest-bit logic."""
    lanes, words, slots = stage.lanes, stage.words, stage.slots
    layout = map_layout(stage)
    wb, lane_bits, sb = unsigned_bits(words - 1), unsigned_bits(lanes - 1), unsigned_bits(slots - 1)
    write_slot = pyrtl.Register(sb, f"{p}spike_write_slot")
    filled = pyrtl.Register(unsigned_bits(slots), f"{p}spike_slots_filled")
    spike_ram = ram(f"{p}spikes", slots * (1 << wb), lanes)
    spike_ram[pyrtl.concat(write_slot, write_word[:wb])] <<= pyrtl.MemBlock.EnabledWrite(
        pyrtl.concat_list(spikes), update
    )
    write_slot.next <<= pyrtl.select(step_done, (write_slot + 1)[:sb], write_slot)

    state = pyrtl.Register(2, f"{p}emit_state")
    half = pyrtl.Register(sb, f"{p}emit_slot")
    begin = (state == E_IDLE) & (filled != 0) & downstream.ready
    scanning, closing = state == E_SCAN, state == E_EOS

    # Fetch: read word `fetch` while the queue and the reads in flight leave room (registered state only).
    fb, ob = unsigned_bits(words), unsigned_bits(EMIT_QUEUE)
    fetch = pyrtl.Register(fb, f"{p}emit_fetch")
    reading = pyrtl.Register(1, f"{p}emit_reading")  # a read issued last cycle (its word is in the RAM's output)
    landing = pyrtl.Register(1, f"{p}emit_landing")  # a word in `raw`, entering the queue this cycle
    held = pyrtl.Register(ob, f"{p}emit_held")  # words in the queue
    queue = [pyrtl.Register(lanes, f"{p}emit_queue{i}") for i in range(EMIT_QUEUE)]
    room = (held + reading + landing)[: ob + 1] < EMIT_QUEUE
    # `begin` waits on the next core's buffer (across the die), so it enters each input last: it
    # reads word 0 (a step's first word always exists) and sets `fetch` to 1; it comes only while
    # idle, when no scan read is issued.
    scan_issue = scanning & room & (fetch < words)
    fetch_word = pyrtl.select(begin, pyrtl.Const(0, wb), fetch[:wb])
    raw = pipelined_read(spike_ram, pyrtl.concat(half, fetch_word), f"{p}emit_raw")
    fetch.next <<= pyrtl.select(begin, pyrtl.Const(1, fb), (fetch + scan_issue)[:fb])
    reading.next <<= begin | scan_issue
    landing.next <<= reading

    # Scan the head word (queue[0]: its bits not yet emitted): one cycle per set bit, at least one per
    # word. `head_any` and `head_single` (at most one bit left) are kept in registers for the word
    # the head will hold next cycle, from the saturated bit counts of the candidates.
    present = held != 0
    head = queue[0]
    head_any, head_single = pyrtl.Register(1, f"{p}emit_head_any"), pyrtl.Register(1, f"{p}emit_head_single")
    inverted = WireVector(lanes, f"{p}emit_inverted")  # its own wire, so the Verilog keeps widths explicit
    inverted <<= ~head
    lowest = (head & (inverted + 1)[:lanes])[:lanes]
    advance = WireVector(1, f"{p}emit_advance")
    advance <<= scanning & present & head_single
    left = (held - advance)[:ob]  # words kept after the pop; the arriving word (if any) goes behind them
    arriving_head = landing & (left == 0)
    emitting = present & ~advance  # the head keeps its word, less the bit emitted now
    for i, slot in enumerate(queue):
        shifted = pyrtl.select(advance, queue[i + 1], slot) if i + 1 < EMIT_QUEUE else slot
        if i == 0:
            shifted = pyrtl.select(emitting, head & ~lowest, shifted)
        slot.next <<= pyrtl.select(landing & (left == i), raw, shifted)
    held.next <<= (left + landing)[:ob]
    raw_count, next_count = bits_up_to_two(raw, f"{p}emit_raw"), bits_up_to_two(queue[1], f"{p}emit_next")
    head_count = bits_up_to_two(head, f"{p}emit_head")

    def next_head_flag(flag: pyrtl.Register, of_raw: WireVector, of_next: WireVector, of_rest: WireVector) -> None:
        kept = pyrtl.select(emitting, of_rest, flag)
        flag.next <<= pyrtl.select(arriving_head, of_raw, pyrtl.select(advance, of_next, kept))

    next_head_flag(head_any, raw_count != 0, next_count != 0, ~head_single)
    next_head_flag(head_single, raw_count < 2, next_count < 2, head_count != 3)

    not_last = WireVector(1, f"{p}emit_not_last")  # the scan stops at the last word (begin restarts it)
    walk = map_walk(f"{p}emit_", layout, advance & not_last, begin)
    not_last <<= walk.word != words - 1
    with pyrtl.conditional_assignment:
        with begin:
            state.next |= E_SCAN
        with advance & ~not_last:
            state.next |= E_EOS
        with closing:
            state.next |= E_IDLE
            half.next |= (half + 1)[:sb]
    filled.next <<= (filled + step_done - closing)[: len(filled)]
    lane = pyrtl.concat_list([_any([lowest[i] for i in range(lanes) if (i >> bit) & 1]) for bit in range(lane_bits)])
    if layout.groups == 1:
        channel = lane
    elif lanes & (lanes - 1) == 0:  # a power of two: the group's bits above the lane's, no adder
        channel = pyrtl.concat(walk.group, lane) if lanes > 1 else walk.group
    else:
        channel = times(walk.group, lanes) + lane
    _connect(downstream.valid, (scanning & present & head_any) | closing)
    _connect(downstream.c, pyrtl.select(closing, pyrtl.Const(0, len(downstream.c)), resize(channel, len(downstream.c))))
    _connect(downstream.y, resize(walk.y, len(downstream.y)))
    _connect(downstream.x, resize(walk.x, len(downstream.x)))
    _connect(downstream.eos, closing)
    return filled == slots


def bits_up_to_two(word: WireVector, name: str) -> WireVector:
    """The number of set bits in ``word``, saturated at 3 (2 bits: 0, 1, 2, "3 or more"), as a tree
    of saturating 2-bit adders (one LUT level each), not a carry chain."""
    counts = [word[i].zero_extended(2) for i in range(len(word))]
    while len(counts) > 1:
        pairs = []
        for a, b in zip(counts[0::2], counts[1::2], strict=False):
            total = a.zero_extended(3) + b.zero_extended(3)
            pairs.append(pyrtl.select(total > 3, pyrtl.Const(3, 2), total[:2]))
        if len(counts) % 2:
            pairs.append(counts[-1])
        counts = pairs
    count = WireVector(2, f"{name}_count")
    count <<= counts[0]
    return count


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
        c_bits, y_bits, x_bits = coordinate_bits(first.source_shape)
        in_c, in_y, in_x = pyrtl.Input(c_bits, "in_c"), pyrtl.Input(y_bits, "in_y"), pyrtl.Input(x_bits, "in_x")
        in_value = pyrtl.Input(max(1, value_bits), "in_value")
        in_ready, busy_out = pyrtl.Output(1, "in_ready"), pyrtl.Output(1, "busy")
        class_bits = unsigned_bits(spec.stages[-1].n_out - 1)
        widths = {"out_valid": 1, "out_data": spec.result_bits, "done": 1, "out_class": class_bits}
        result = {name: WireVector(bits, f"{name}_w") for name, bits in widths.items()}
        result["out_ready"] = out_ready
        for name, bits in widths.items():
            port = pyrtl.Output(bits, name)
            port <<= result[name]
        # Images stream: the host may send the next image while earlier ones are in flight; ``start``
        # marks each image's beginning, ``done`` its results, ``busy`` that some image is in flight.
        in_flight = pyrtl.Register(8, "images_in_flight")
        in_flight.next <<= (in_flight + start - result["done"])[:8]
        busy_out <<= in_flight != 0
        ports, views = [], []
        for stage in spec.stages:
            port, view = input_buffer(f"s{stage.index}_in_", stage)
            ports.append(port)
            views.append(view)
        host = ports[0]
        _connect(host.valid, in_valid)
        _connect(host.c, in_c)
        _connect(host.y, in_y)
        _connect(host.x, in_x)
        _connect(host.eos, in_eos)
        if host.value is not None:
            _connect(host.value, in_value[: len(host.value)])
        in_ready <<= host.ready
        for position, stage in enumerate(spec.stages):
            downstream = ports[position + 1] if position + 1 < len(spec.stages) else None
            if downstream is not None and downstream.value is not None:
                _connect(downstream.value, 0)
            if isinstance(stage, FcStage):
                build_fc_core(stage, views[position], downstream, spec, roms, result)
            elif downstream is None:
                raise UnsupportedNodeError("the last stage must be fully connected")
            elif isinstance(stage, ConvStage):
                build_conv_core(stage, views[position], downstream, spec, roms)
            else:
                build_pool_core(stage, views[position], downstream, spec, roms)
    memories = {net.op_param[1].name for net in block.logic_subset("m")}
    rings = [name for stage in spec.stages if (name := f"s{stage.index}_spikes") in memories]
    membranes = [f"s{stage.index}_membranes" for stage in spec.stages if isinstance(stage, ConvStage)]
    buffers = tuple(view["events"].name for view in views) + tuple(rings + membranes)
    return Design(block, spec, roms, buffers, tuple(rmw_memories(spec)))


def rmw_memories(spec: DesignSpec) -> list[str]:
    """The names of the read-modify-write RAMs ``build_conv_core`` (a bank's accumulators) and
    ``build_pool_core`` (the counts) make."""
    names = []
    for stage in spec.stages:
        if isinstance(stage, ConvStage):
            names += [accumulator_memory(stage, suffix) for suffix in bank_names(stage)]
        elif isinstance(stage, PoolStage):
            names.append(count_memory(stage))
    return names


def accumulator_memory(stage: ConvStage, bank_suffix: str) -> str:
    return f"s{stage.index}_acc{bank_suffix}"


def count_memory(stage: PoolStage) -> str:
    return f"s{stage.index}_counts"
