"""ECP5 block RAM for deep ROMs: DP16KD instances with their output register in use.

yosys 0.23 maps a read-only memory deeper than one DP16KD onto a column of blocks and puts a
multiplexer in logic behind their outputs, and it never uses the block's output register
(``REGMODE = "OUTREG"``): so the block's slow read (5.8 ns clock-to-out on a -6 part) and that
multiplexer share one cycle, the conv net's critical path. The generator reads every ROM in two
stages anyway (a register merged into the block, then one in logic, ``rtl.pipelined_read`` and
``rtl.weight_read``), so for ECP5 a deep ROM is written out here as DP16KD instances whose output
register *is* the second stage: the block's address register takes the first stage's place, its
output register the second's, and the row select follows them in the next cycle, behind a fast
register. The cycle model does not change.

The blocks run as 1,024 x 18 (``DATA_WIDTH_A = 18``): word ``a`` of a row block sits at bits
``[20 (a mod 16), 20 (a mod 16) + 18)`` of ``INITVAL_{a div 16}`` (16 words of 20 bits, 2 unused,
per 320-bit value), its address on ``ADA13..ADA4``; the tests check this layout against yosys's own
DP16KD mapping of the same contents.
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


class DeepRom(NamedTuple):
    """A ROM the ECP5 source reads through DP16KDs: ``address`` is the Verilog expression of the
    address register, ``read`` the wire PyRTL reads the memory into, ``first`` the register yosys
    would merge into the block, ``output`` the register that becomes the blocks' (muxed) output."""

    name: str
    words: list[int]
    word_bits: int
    address_bits: int
    address: str
    read: str
    first: str
    output: str


def blocks(words: int, word_bits: int) -> int:
    """DP16KDs of a ``words`` x ``word_bits`` ROM as rows of 1K x 18 blocks."""
    return -(-words // BLOCK_DEPTH) * -(-word_bits // BLOCK_WIDTH)


def is_deep(words: int, word_bits: int) -> bool:
    """Whether the ROM is read through DP16KD rows here: deeper than one 1K x 18 block, its rows
    taking no more blocks than the ROM side by side in the narrow aspect ratio that holds its whole
    depth in one block (2K x 9 ... 16K x 1, no select needed; a 2,560 x 4 ROM stays one 4K x 4 block)."""
    if words <= BLOCK_DEPTH:
        return False
    narrow = [width for width, depth in NARROW_MODES.items() if words <= depth]
    return not narrow or blocks(words, word_bits) <= -(-word_bits // narrow[0])


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


def _block(instance: str, address: str, data: str, first_bit: int, words: list[int]) -> str:
    """One DP16KD read as 1K x 18 on port A into ``data[first_bit + 17 : first_bit]``, address and
    output registered (port B unused)."""
    inits = ",\n".join(
        f"        .INITVAL_{index:02X}(320'h{value:080x})" for index, value in enumerate(init_values(words))
    )
    address_pins = ", ".join(
        f".ADA{pin}({address}[{pin - 4}])" if pin >= 4 else f".ADA{pin}(1'b0)" for pin in range(14)
    )
    data_pins = ", ".join(f".DOA{bit}({data}[{first_bit + bit}])" for bit in range(BLOCK_WIDTH))
    # Port B and the write data stay unconnected, as in yosys's own ROM mapping: a pin tied to a
    # constant is one more arc to route into the block RAM row (56 blocks x 50 pins doubled the arcs).
    idle_b = ", ".join(
        [".CLKB(1'b0)", ".CEB(1'b0)", ".OCEB(1'b0)", ".WEB(1'b0)", ".RSTB(1'b0)"]
        + [f".CSB{pin}(1'b0)" for pin in range(3)]
    )
    return (
        "    DP16KD #(\n"
        '        .DATA_WIDTH_A(18), .DATA_WIDTH_B(18), .REGMODE_A("OUTREG"), .REGMODE_B("NOREG"),\n'
        '        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"), .CSDECODE_B("0b000"),\n'
        '        .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("DISABLED"),\n'
        f"{inits}\n"
        f"    ) {instance} (\n"
        "        .CLKA(clk), .CEA(1'b1), .OCEA(1'b1), .WEA(1'b0), .RSTA(1'b0),\n"
        "        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0),\n"
        f"        {address_pins},\n        {data_pins},\n        {idle_b}\n"
        "    );\n"
    )


def rom_module(module: str, words: list[int], word_bits: int, address_bits: int) -> str:
    """A ROM of ``words`` (``word_bits`` wide) read in two clocked stages, as DP16KDs: ``data`` is
    ``words[address]`` two clock edges after ``address`` (0 beyond the contents). Rows of 1,024
    words side by side in 18-bit columns; the row select, registered twice as the blocks register
    address and data, picks a row's output after their output registers."""
    if not is_deep(len(words), word_bits):
        raise GraphError(f"internal: a {len(words)} x {word_bits} ROM is not deep (ecp5.is_deep)")
    rows = -(-len(words) // BLOCK_DEPTH)
    columns = -(-word_bits // BLOCK_WIDTH)
    high = address_bits - 10  # the row: more than 1,024 words, so at least one bit
    lines = [
        f"// {len(words)} x {word_bits} ROM as {rows} x {columns} DP16KD (1K x 18, output registers in use)",
        f"module {module}(input clk, input [{address_bits - 1}:0] address, output reg [{word_bits - 1}:0] data);",
        "    wire [9:0] offset = address[9:0];",
        f"    wire [{high - 1}:0] row = address[{address_bits - 1}:10];",
        f"    reg [{high - 1}:0] row_read = 0, row_out = 0;  // the row of the word in the blocks' registers",
        "    always @(posedge clk) begin\n        row_read <= row;\n        row_out <= row_read;\n    end",
    ]
    for row in range(rows):
        lines.append(f"    wire [{columns * BLOCK_WIDTH - 1}:0] row{row};")
        for column in range(columns):
            contents = [
                (word >> (column * BLOCK_WIDTH)) & ((1 << BLOCK_WIDTH) - 1)
                for word in words[row * BLOCK_DEPTH : (row + 1) * BLOCK_DEPTH]
            ]
            lines.append(_block(f"block_{row}_{column}", "offset", f"row{row}", column * BLOCK_WIDTH, contents))
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


def _lines_naming(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if re.search(rf"\b{re.escape(name)}\b", line)]


def find_deep_rom(text: str, name: str, words: list[int], word_bits: int, address_bits: int) -> DeepRom | None:
    """The two-stage read of ROM ``name`` in PyRTL's Verilog ``text``: ``tmp = name[address]``, a
    register ``first <= tmp`` (the one yosys merges into the block) whose only reader is a register
    ``output <= first`` assigned nowhere else. None when the ROM is not read that way."""
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
    return DeepRom(name, words, word_bits, address_bits, address, tmp, first[0], output[0])


def with_deep_roms(text: str, module: str, roms: list[DeepRom]) -> str:
    """The accelerator ``text`` (module ``module``) with each of ``roms`` read through DP16KDs: the
    memory, its read and its first register removed, the output register turned into a wire driven
    by an instance of the ROM's own module (appended)."""
    modules = []
    for rom in roms:
        name, tmp, first = re.escape(rom.name), rom.read, rom.first
        dropped = [
            rf"^\s*reg(?:\[\d+:0\])? {name}\[\d+:0\];.*\n",  # the memory
            rf'^\s*\$readmemh\("{name}\.hex", {name}\);\n',
            rf"^\s*wire\[\d+:0\] {re.escape(tmp)};\n",
            rf"^\s*assign {re.escape(tmp)} = {name}\[.*\n",
            rf"^\s*reg\[\d+:0\] {re.escape(first)};\n",
            rf"^\s*{re.escape(first)} <= .*\n",
            rf"^\s*{re.escape(rom.output)} <= {re.escape(first)};\n",
        ]
        for pattern in dropped:
            text = re.sub(pattern, "", text, flags=re.M)
        text = re.sub(rf"^(\s*)reg(\[\d+:0\] {re.escape(rom.output)};)$", r"\1wire\2", text, count=1, flags=re.M)
        instance = (
            f"    {module}_{rom.name} {rom.name}_blocks(.clk(clk), .address({rom.address}), .data({rom.output}));\n"
        )
        end = text.rfind("endmodule")
        text = text[:end] + instance + text[end:]
        modules.append(rom_module(f"{module}_{rom.name}", rom.words, rom.word_bits, rom.address_bits))
    return text + "\n" + "\n".join(modules)
