"""The accelerator's ECP5 source: block RAM for deep memories (DP16KD instances with their output
register in use) and register copies as TRELLIS_FF instances (:func:`with_register_copies`).

yosys 0.23 maps a memory deeper than one DP16KD onto a column of blocks and puts a multiplexer in
logic behind their outputs, and it never uses the block's output register (``REGMODE = "OUTREG"``):
so the block's slow read (5.8 ns clock-to-out on a -6 part) and that multiplexer share one cycle,
the conv net's critical paths. The generator reads every ROM and every input event buffer in two
stages anyway (a register merged into the block, then one in logic: ``rtl.pipelined_read``,
``rtl.weight_read``, ``rtl.read_event``), so for ECP5 such a memory is written out here as DP16KD
instances whose output register *is* the second stage: the block's address register takes the
first stage's place, its output register the second's, and the row select follows them in the next
cycle, behind a fast register. The cycle model does not change.

A deep ROM is rows of 1,024 x 18 blocks (``DATA_WIDTH_A = 18``): word ``a`` of a row block sits at
bits ``[20 (a mod 16), 20 (a mod 16) + 18)`` of ``INITVAL_{a div 16}`` (16 words of 20 bits, 2
unused, per 320-bit value), its address on ``ADA13..ADA4``; the tests check this layout against
yosys's own DP16KD mapping of the same contents. An event buffer (a RAM) is rows of blocks in the
aspect ratio that takes the fewest (:func:`ram_width`), read on port A and written on port B: the
two halves are filled and read in turn, so no read whose word is used meets a write to its address
(on the chip such a collision reads an undefined word; the tests' block model poisons it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from snnc.errors import GraphError

BLOCK_DEPTH = 1024  # words of one DP16KD as 1K x 18
BLOCK_WIDTH = 18
INIT_VALUES = 64  # INITVAL_00 .. INITVAL_3F
WORDS_PER_VALUE = 16
SLOT_BITS = 20  # one word's place in an INITVAL (18 data bits, 2 unused)
NARROW_MODES = {9: 2048, 4: 4096, 2: 8192, 1: 16384}  # DP16KD's narrower aspect ratios: width -> depth
MODES = {BLOCK_WIDTH: BLOCK_DEPTH, **NARROW_MODES}
# a word's address sits on AD13..ADn, n = log2(16,384 / depth); in 1K x 18, AD1 and AD0 are the
# write's byte enables
# a plain flip-flop: no set/reset (LSR tied low), always enabled
FF_PARAMETERS = '.GSR("DISABLED"), .CEMUX("1"), .CLKMUX("CLK"), .LSRMUX("LSR"), .REGSET("RESET")'
ADDRESS_SHIFT = {width: 14 - (depth.bit_length() - 1) for width, depth in MODES.items()}


class TwoStageRead(NamedTuple):
    """A memory's read in PyRTL's Verilog: ``address`` is the Verilog expression of the address
    register, ``wire`` the wire PyRTL reads the memory into, ``first`` the register yosys would merge
    into the block, ``output`` the register that becomes the blocks' (muxed) output."""

    address: str
    wire: str
    first: str
    output: str


class DeepRom(NamedTuple):
    """A ROM the ECP5 source reads through DP16KDs."""

    name: str
    words: list[int]
    word_bits: int
    address_bits: int
    read: TwoStageRead


class DeepRam(NamedTuple):
    """A RAM read like a :class:`DeepRom` with one write port: ``write`` holds the Verilog
    expressions of PyRTL's write block (enable, address, data); ``width`` is the blocks' aspect
    ratio (:func:`ram_width`)."""

    name: str
    depth: int
    word_bits: int
    address_bits: int
    read: TwoStageRead
    write: tuple[str, str, str]
    width: int


def blocks(words: int, word_bits: int, width: int = BLOCK_WIDTH) -> int:
    """DP16KDs of a ``words`` x ``word_bits`` memory as rows of blocks ``width`` bits wide."""
    return -(-words // MODES[width]) * -(-word_bits // width)


def is_deep(words: int, word_bits: int) -> bool:
    """Whether the ROM is read through DP16KD rows here: deeper than one 1K x 18 block, its rows
    taking no more blocks than the ROM side by side in the narrow aspect ratio that holds its whole
    depth in one block (2K x 9 ... 16K x 1, no select needed; a 2,560 x 4 ROM stays one 4K x 4 block)."""
    if words <= BLOCK_DEPTH:
        return False
    narrow = [width for width, depth in NARROW_MODES.items() if words <= depth]
    return not narrow or blocks(words, word_bits) <= -(-word_bits // narrow[0])


def ram_width(words: int, word_bits: int) -> int:
    """The aspect ratio of a RAM's blocks: the fewest blocks, then the fewest rows (a 32,768 x 12
    event buffer: 16K x 1, 2 rows of 12 blocks, where 1K x 18 would take 32 rows of one)."""
    return min(MODES, key=lambda width: (blocks(words, word_bits, width), -(-words // MODES[width])))


def init_values(words: list[int]) -> list[int]:
    """The 64 ``INITVAL_xx`` of one block holding ``words`` (at most 1,024 values of 18 bits)."""
    if len(words) > BLOCK_DEPTH:
        raise GraphError(f"internal: {len(words)} words do not fit one DP16KD")
    values = [0] * INIT_VALUES
    for address, word in enumerate(words):
        values[address // WORDS_PER_VALUE] |= (word & ((1 << BLOCK_WIDTH) - 1)) << (
            SLOT_BITS * (address % WORDS_PER_VALUE)
        )
    return values


def _address_pins(port: str, width: int, address: str, byte_enables: str = "1'b0") -> str:
    shift = ADDRESS_SHIFT[width]
    pins = []
    for pin in range(14):
        if pin >= shift:
            pins.append(f".AD{port}{pin}({address}[{pin - shift}])")
        else:  # below the word address: 1K x 18's byte enables, else unused
            level = byte_enables if width == BLOCK_WIDTH and pin < 2 else "1'b0"
            pins.append(f".AD{port}{pin}({level})")
    return ", ".join(pins)


def _block(
    instance: str, width: int, data: str, first_bit: int, word_bits: int, words: list[int] | None, write: str | None
) -> str:
    """One DP16KD, ``width`` bits wide, read on port A (address ``offset``) into ``data[first_bit +
    width - 1 : first_bit]`` with address and output registered. ``words``: its contents (1K x 18);
    ``write``: the enable of port B, which writes ``write_data[first_bit + width - 1 : first_bit]``
    (those of its ``word_bits``) at ``write_offset``, else port B is idle."""
    inits = "".join(
        f",\n        .INITVAL_{index:02X}(320'h{value:080x})" for index, value in enumerate(init_values(words or []))
    )
    data_pins = ", ".join(f".DOA{bit}({data}[{first_bit + bit}])" for bit in range(width))
    if write is None:
        # Port B stays unconnected but for its controls, as in yosys's own ROM mapping: a pin tied
        # to a constant is one more arc to route into the block RAM row (56 blocks x 50 pins
        # doubled the arcs).
        port_b = ", ".join(
            [".CLKB(1'b0)", ".CEB(1'b0)", ".OCEB(1'b0)", ".WEB(1'b0)", ".RSTB(1'b0)"]
            + [f".CSB{pin}(1'b0)" for pin in range(3)]
        )
    else:
        port_b = ", ".join(
            [".CLKB(clk)", ".CEB(1'b1)", ".OCEB(1'b0)", f".WEB({write})", ".RSTB(1'b0)"]
            + [f".CSB{pin}(1'b0)" for pin in range(3)]
            + [_address_pins("B", width, "write_offset", byte_enables="1'b1")]
            + [f".DIB{bit}(write_data[{first_bit + bit}])" for bit in range(min(width, word_bits - first_bit))]
        )
    return (
        "    DP16KD #(\n"
        f'        .DATA_WIDTH_A({width}), .DATA_WIDTH_B({width}), .REGMODE_A("OUTREG"), .REGMODE_B("NOREG"),\n'
        '        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"), .CSDECODE_B("0b000"),\n'
        '        .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("DISABLED")'
        f"{inits if words is not None else ''}\n"
        f"    ) {instance} (\n"
        "        .CLKA(clk), .CEA(1'b1), .OCEA(1'b1), .WEA(1'b0), .RSTA(1'b0),\n"
        "        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0),\n"
        f"        {_address_pins('A', width, 'offset')},\n        {data_pins},\n        {port_b}\n"
        "    );\n"
    )


def _block_rows(module: str, depth: int, word_bits: int, address_bits: int, width: int, words: list[int] | None) -> str:
    """A memory of ``depth`` words read in two clocked stages, as rows of DP16KDs ``width`` bits
    wide: ``data`` is word ``address`` two clock edges after ``address``. With more than one row, the
    row select, registered twice as the blocks register address and data, picks a row's output after
    their output registers. ``words``: a ROM's contents (1K x 18 only), else a RAM written through
    port B (``write_data`` at ``write_address`` when ``write_enable``, at the clock edge)."""
    rows, columns = -(-depth // MODES[width]), -(-word_bits // width)
    low = MODES[width].bit_length() - 1  # the offset in a block
    high = address_bits - low  # the row's bits: at least one when more than one row
    ports = f"input clk, input [{address_bits - 1}:0] address, output reg [{word_bits - 1}:0] data"
    kind = "ROM"
    if words is None:
        ports += (
            f", input write_enable, input [{address_bits - 1}:0] write_address, input [{word_bits - 1}:0] write_data"
        )
        kind = "RAM (port A reads, port B writes)"
    offset = "" if rows == 1 else f"[{low - 1}:0]"  # one row: the address, zero-extended
    lines = [
        f"// {depth} x {word_bits} {kind} as {rows} x {columns} DP16KD "
        f"({MODES[width]} x {width}, output registers in use)",
        f"module {module}({ports});",
        f"    wire [{low - 1}:0] offset = address{offset};",
    ]
    if rows > 1:
        lines += [
            f"    wire [{high - 1}:0] row = address[{address_bits - 1}:{low}];",
            f"    reg [{high - 1}:0] row_read = 0, row_out = 0;  // the row of the word in the blocks' registers",
            "    always @(posedge clk) begin\n        row_read <= row;\n        row_out <= row_read;\n    end",
        ]
    if words is None:
        lines.append(f"    wire [{low - 1}:0] write_offset = write_address{offset};")
        if rows > 1:
            lines.append(f"    wire [{high - 1}:0] write_row = write_address[{address_bits - 1}:{low}];")
    for row in range(rows):
        lines.append(f"    wire [{columns * width - 1}:0] row{row};")
        for column in range(columns):
            contents = None
            if words is not None:
                contents = [
                    (word >> (column * width)) & ((1 << width) - 1)
                    for word in words[row * MODES[width] : (row + 1) * MODES[width]]
                ]
            write = None
            if words is None:
                write = "write_enable" if rows == 1 else f"write_enable && write_row == {high}'d{row}"
            block = _block(f"block_{row}_{column}", width, f"row{row}", column * width, word_bits, contents, write)
            lines.append(block)
    if rows == 1:
        lines += [f"    always @(*) data = row0[{word_bits - 1}:0];", "endmodule", ""]
        return "\n".join(lines)
    # an indexed part-select: yosys builds a tree of LUT4 / PFUMX / L6MUX21 wide muxes from it (a
    # case statement became a decoder and an OR of AND terms, 2.7x the LUTs)
    rows_padded = 1 << (rows - 1).bit_length()
    all_rows = ", ".join(
        [f"{word_bits}'d0"] * (rows_padded - rows) + [f"row{row}[{word_bits - 1}:0]" for row in reversed(range(rows))]
    )
    lines += [
        f"    wire [{rows_padded * word_bits - 1}:0] rows = {{{all_rows}}};",
        "    always @(*) data = rows[row_out * " + str(word_bits) + f" +: {word_bits}];",
        "endmodule",
        "",
    ]
    return "\n".join(lines)


def rom_module(module: str, words: list[int], word_bits: int, address_bits: int) -> str:
    """A ROM of ``words`` (``word_bits`` wide) read in two clocked stages, as DP16KDs: ``data`` is
    ``words[address]`` two clock edges after ``address`` (0 beyond the contents), in rows of 1,024
    words side by side in 18-bit columns."""
    if not is_deep(len(words), word_bits):
        raise GraphError(f"internal: a {len(words)} x {word_bits} ROM is not deep (ecp5.is_deep)")
    return _block_rows(module, len(words), word_bits, address_bits, BLOCK_WIDTH, words)


def ram_module(module: str, depth: int, word_bits: int, address_bits: int, width: int) -> str:
    """A RAM of ``depth`` words read in two clocked stages and written at the clock edge, as DP16KDs
    ``width`` bits wide. A read and a write of one address at the same edge read an undefined word
    (the ports collide): only for memories whose used reads never meet a write (``Design.event_buffers``)."""
    return _block_rows(module, depth, word_bits, address_bits, width, None)


def _lines_naming(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if re.search(rf"\b{re.escape(name)}\b", line)]


def _two_stage_read(text: str, name: str) -> TwoStageRead | None:
    """The two-stage read of memory ``name`` in PyRTL's Verilog ``text``: ``tmp = name[address]``, a
    register ``first <= tmp`` (the one yosys merges into the block) whose only reader is a register
    ``output <= first`` assigned nowhere else. None when the memory is not read that way."""
    reads = re.findall(rf"^\s*assign (\w+) = {re.escape(name)}\[(.+)\];$", text, re.M)
    if len(reads) != 1:
        return None
    tmp, address = reads[0]
    first = re.findall(rf"^\s*(\w+) <= {re.escape(tmp)};$", text, re.M)
    if len(first) != 1:
        return None
    output = re.findall(rf"^\s*(\w+) <= {re.escape(first[0])};$", text, re.M)
    if len(output) != 1 or len(re.findall(rf"^\s*{re.escape(output[0])} <= ", text, re.M)) != 1:
        return None
    uses = [line.strip() for line in _lines_naming(text, first[0])]
    expected_uses = {f"{first[0]} <= {tmp};", f"{output[0]} <= {first[0]};"}
    if not expected_uses <= set(uses) or len(uses) != 4:  # + its declaration and its reset
        return None
    return TwoStageRead(address, tmp, first[0], output[0])


def _write_block(name: str) -> str:
    """PyRTL's write block of memory ``name`` (one enabled write port), groups: enable, address, data."""
    name = re.escape(name)
    return (
        rf"^\s*// MemBlock {name} logic\n\s*always @\(posedge clk\) begin\n\s*if \((.+)\) begin\n"
        rf"\s*{name}\[(.+)\] <= (.+);\n\s*end\n\s*end\n"
    )


def find_deep_rom(text: str, name: str, words: list[int], word_bits: int, address_bits: int) -> DeepRom | None:
    """ROM ``name`` in PyRTL's Verilog ``text``, read in two stages (``_two_stage_read``); None when
    it is read otherwise."""
    read = _two_stage_read(text, name)
    return None if read is None else DeepRom(name, words, word_bits, address_bits, read)


def find_deep_ram(text: str, name: str, depth: int, word_bits: int, address_bits: int) -> DeepRam | None:
    """RAM ``name`` in PyRTL's Verilog ``text``, read in two stages (``_two_stage_read``) and written
    by one enabled write port; None when it is used otherwise."""
    read = _two_stage_read(text, name)
    writes = re.findall(_write_block(name), text, re.M)
    if read is None or len(writes) != 1 or len(re.findall(rf"\b{re.escape(name)}\[", text)) != 3:
        return None  # the declaration, the write and the read: nothing else touches it
    return DeepRam(name, depth, word_bits, address_bits, read, writes[0], ram_width(depth, word_bits))


def with_deep_memories(text: str, module: str, memories: list[DeepRom | DeepRam]) -> str:
    """The accelerator ``text`` (module ``module``) with each of ``memories`` read (and written)
    through DP16KDs: the memory, its read, its write and its first register removed, the output
    register turned into a wire driven by an instance of the memory's own module (appended)."""
    modules = []
    for memory in memories:
        name, (address, tmp, first, output) = re.escape(memory.name), memory.read
        dropped = [
            rf"^\s*reg(?:\[\d+:0\])? {name}\[\d+:0\];.*\n",  # the memory
            rf'^\s*\$readmemh\("{name}\.hex", {name}\);\n',
            _write_block(memory.name),  # (a RAM's)
            rf"^\s*wire\[\d+:0\] {re.escape(tmp)};\n",
            rf"^\s*assign {re.escape(tmp)} = {name}\[.*\n",
            rf"^\s*reg\[\d+:0\] {re.escape(first)};\n",
            rf"^\s*{re.escape(first)} <= .*\n",
            rf"^\s*{re.escape(output)} <= {re.escape(first)};\n",
        ]
        for pattern in dropped:
            text = re.sub(pattern, "", text, flags=re.M)
        text = re.sub(rf"^(\s*)reg(\[\d+:0\] {re.escape(output)};)$", r"\1wire\2", text, count=1, flags=re.M)
        connections = f".clk(clk), .address({address}), .data({output})"
        if isinstance(memory, DeepRam):
            enable, write_address, data = memory.write
            connections += f", .write_enable({enable}), .write_address({write_address}), .write_data({data})"
            modules.append(
                ram_module(f"{module}_{memory.name}", memory.depth, memory.word_bits, memory.address_bits, memory.width)
            )
        else:
            modules.append(rom_module(f"{module}_{memory.name}", memory.words, memory.word_bits, memory.address_bits))
        instance = f"    {module}_{memory.name} {memory.name}_blocks({connections});\n"
        end = text.rfind("endmodule")
        text = text[:end] + instance + text[end:]
    return text + "\n" + "\n".join(modules)


def with_register_copies(text: str, names: set[str]) -> str:
    """PyRTL's Verilog ``text`` with the reset-free registers ``names`` (``rtl.register_copies``)
    made TRELLIS_FF instances, one per bit: yosys's ``opt_merge`` would make copies of one value
    one register again, but does not merge instances of a cell it does not know. Apply before
    ``with_deep_memories`` (the instances go at the end of the first module in ``text``)."""
    if not names:
        return text
    declaration = re.compile(r"^(\s*)reg(\[(\d+):0\])? (\w+);$")
    update = re.compile(r"^\s*(\w+) <= (.+);$")
    widths: dict[str, int | None] = {}
    updates: dict[str, list[str]] = {name: [] for name in names}
    kept = []
    for line in text.splitlines(keepends=True):
        if (found := declaration.match(line)) and found[4] in names:
            widths[found[4]] = int(found[3]) + 1 if found[3] else None
            line = f"{found[1]}wire{found[2] or ''} {found[4]};\n"
        elif (found := update.match(line)) and found[1] in names:
            updates[found[1]].append(found[2])
            continue
        kept.append(line)
    instances = []
    for name in sorted(names):
        if name not in widths or len(updates[name]) != 1:  # a register in rst would have a second (its reset)
            raise GraphError(f"internal: register copy {name} is missing from the generated Verilog")
        bits = widths[name] or 1
        instances.append(f"    wire [{bits - 1}:0] {name}_next = {updates[name][0]};\n")
        for bit in range(bits):
            target = name if widths[name] is None else f"{name}[{bit}]"
            instances.append(
                f"    TRELLIS_FF #({FF_PARAMETERS}) {name}_ff{bit} (.CLK(clk), .LSR(1'b0), "
                f".DI({name}_next[{bit}]), .Q({target}));\n"
            )
    text = "".join(kept)
    end = text.find("endmodule")
    heading = "    // Register copies (rtl.register_copies), kept apart from yosys's opt_merge\n"
    return text[:end] + heading + "".join(instances) + text[end:]
