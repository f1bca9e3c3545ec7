"""The accelerator's ECP5 source: deep ROMs and event buffers as DP16KDs with output registers (the
block contents against yosys's own DP16KD mapping) and register copies as TRELLIS_FFs; the whole
design in Verilator, bit and cycle for cycle, with behavioural DP16KD (1K x 18 reads on port A,
``REGMODE_A`` NOREG or OUTREG) and TRELLIS_FF models."""

import collections
import json
import random
import re
import shutil
import subprocess

import numpy as np
import pyrtl
import pytest
import torch

from snnc.backends.fpga import ecp5
from snnc.backends.fpga.rtl import build_design
from snnc.backends.fpga.spec import design_from_graph, with_lanes
from snnc.backends.fpga.synth import have_tool, place_and_route_ecp5, synthesize
from snnc.backends.fpga.verilator import have_verilator, simulate_verilator
from snnc.backends.fpga.verilog import MODULE, family_source, in_block_ram, write_verilog
from tests.backends.fpga.graphs import check_design, quantized_conv_graph, quantized_fc_graph

needs_yosys = pytest.mark.skipif(shutil.which("yosys") is None, reason="yosys is not installed (make setup)")


def dp16kd_model() -> str:
    """A behavioural DP16KD for simulation, ``DATA_WIDTH_A`` (= ``DATA_WIDTH_B``) bits wide: port A
    reads word ``AD >> n`` (``ecp5.ADDRESS_SHIFT``), its address registered when ``CEA``, its output
    registered again when ``REGMODE_A`` is OUTREG and ``OCEA``; port B writes ``DIB`` when ``CEB``
    and ``WEB`` (1K x 18: the bytes ``ADB1``, ``ADB0`` enable); a read of the word written at the
    same edge gives a poison word (the ports collide on the chip); the contents unpacked from
    ``INITVAL_00..3F`` (1K x 18: 16 words of 20 bits each, 18 used)."""
    names = [f"INITVAL_{index:02X}" for index in range(64)]
    pins = lambda prefix, count: ", ".join(f"{prefix}{i}" for i in reversed(range(count)))  # noqa: E731
    params = "\n".join(f"    parameter {name} = 320'h0;" for name in names)
    strings = ["DATA_WIDTH_A", "DATA_WIDTH_B"]
    texts = ["REGMODE_A", "REGMODE_B", "RESETMODE", "ASYNC_RESET_RELEASE", "CSDECODE_A", "CSDECODE_B"]
    texts += ["WRITEMODE_A", "WRITEMODE_B", "GSR"]
    return f"""
module DP16KD(
    input {pins("DIA", 18)}, {pins("ADA", 14)}, CEA, OCEA, CLKA, WEA, RSTA, CSA2, CSA1, CSA0,
    output {pins("DOA", 18)},
    input {pins("DIB", 18)}, {pins("ADB", 14)}, CEB, OCEB, CLKB, WEB, RSTB, CSB2, CSB1, CSB0,
    output {pins("DOB", 18)}
);
{chr(10).join(f"    parameter {name} = 18;" for name in strings)}
{chr(10).join(f'    parameter {name} = "";' for name in texts)}
{params}
    localparam [20479:0] CONTENTS = {{{", ".join(reversed(names))}}};
    localparam SHIFT = DATA_WIDTH_A == 18 ? 4 : DATA_WIDTH_A == 9 ? 3 :
        DATA_WIDTH_A == 4 ? 2 : DATA_WIDTH_A == 2 ? 1 : 0;
    localparam [17:0] MASK = (18'd1 << DATA_WIDTH_A) - 18'd1;
    wire [13:0] read_word = {{{pins("ADA", 14)}}} >> SHIFT, write_word = {{{pins("ADB", 14)}}} >> SHIFT;
    reg [17:0] words [0:16383];
    reg [17:0] read = 0, held = 0;
    integer i;
    initial for (i = 0; i < 16384; i = i + 1) words[i] = i < 1024 ? CONTENTS[i * 20 +: 18] : 18'd0;
    always @(posedge CLKA) if (CEA) read <= CEB && WEB && write_word == read_word ? 18'h2aaaa : words[read_word];
    // 1K x 18 writes the bytes ADB1 (bits 17..9) and ADB0 (bits 8..0) enable
    wire [17:0] written = DATA_WIDTH_B == 18 ? {{{{9{{ADB1}}}}, {{9{{ADB0}}}}}} : MASK;
    always @(posedge CLKB) if (CEB && WEB)
        words[write_word] <= {{{pins("DIB", 18)}}} & written | words[write_word] & ~written;
    always @(posedge CLKA) if (OCEA) held <= read;
    assign {{{pins("DOA", 18)}}} = (REGMODE_A == "OUTREG" ? held : read) & MASK;
    assign {{{pins("DOB", 18)}}} = 18'd0;
endmodule
"""


def trellis_ff_model() -> str:
    """A behavioural TRELLIS_FF: ``Q`` takes ``DI`` at the clock edge when enabled (``CEMUX`` "1", or
    ``CE``), and the ``REGSET`` value while ``LSR`` is high (synchronous)."""
    return """
module TRELLIS_FF(input CLK, LSR, CE, DI, M, output reg Q);
    parameter GSR = "ENABLED";
    parameter CEMUX = "1";
    parameter CLKMUX = "CLK";
    parameter LSRMUX = "LSR";
    parameter REGSET = "RESET";
    always @(posedge CLK)
        if (LSR) Q <= REGSET == "SET";
        else if (CEMUX == "1" || CE) Q <= DI;
endmodule
"""


def test_which_roms_go_through_dp16kd_rows():
    assert ecp5.blocks(6272, 128) == 56 and ecp5.is_deep(6272, 128)  # 8K x 2 side by side: 64 blocks
    assert not ecp5.is_deep(1024, 128)  # one block deep: yosys needs no select
    assert not ecp5.is_deep(2560, 4)  # one 4K x 4 block
    assert not ecp5.is_deep(1568, 512)  # 58 blocks in rows, 57 as 2K x 9
    assert ecp5.is_deep(2100, 36) and ecp5.is_deep(20_000, 4)


def test_which_event_buffers_go_through_dp16kd_rows():
    # the conv net's first pool core: 16K x 1, 2 rows of 12 (1K x 18 would be 32 rows of one)
    assert ecp5.ram_width(32768, 12) == 1 and ecp5.blocks(32768, 12, 1) == 24
    assert ecp5.ram_width(8192, 12) == 2  # one row of 8K x 2: no select
    assert ecp5.ram_width(3000, 18) == 18  # 3 blocks; 2K x 9 takes 4
    assert ecp5.ram_width(4096, 16) == 4  # the conv net's first spike ring: one row of four 4K x 4
    # every one in block RAM (one row too: the output register), none in logic or LUT RAM
    assert in_block_ram(4096, 16) and in_block_ram(64, 9) and not in_block_ram(32, 32) and not in_block_ram(64, 8)
    assert ecp5.ADDRESS_SHIFT == {18: 4, 9: 3, 4: 2, 2: 1, 1: 0}


@needs_yosys
def test_block_contents_match_yosys_dp16kd_mapping(tmp_path):
    rng = random.Random(7)
    words = [rng.getrandbits(18) for _ in range(1024)]
    (tmp_path / "w.hex").write_text("".join(f"{word:05x}\n" for word in words))
    (tmp_path / "rom.v").write_text(
        "module rom(input clk, input [9:0] address, output reg [17:0] data);\n"
        '    reg [17:0] memory[1023:0];\n    initial $readmemh("w.hex", memory);\n'
        "    always @(posedge clk) data <= memory[address];\nendmodule\n"
    )
    subprocess.run(
        ["yosys", "-q", "-p", "read_verilog rom.v; synth_ecp5 -top rom -json rom.json"], cwd=tmp_path, check=True
    )
    cells = json.loads((tmp_path / "rom.json").read_text())["modules"]["rom"]["cells"].values()
    (block,) = [cell for cell in cells if cell["type"] == "DP16KD"]
    assert int(block["parameters"]["DATA_WIDTH_A"], 2) == 18
    assert {pin: block["connections"][f"ADA{pin}"] for pin in range(4)} == {pin: ["0"] for pin in range(4)}
    assert [int(block["parameters"][f"INITVAL_{index:02X}"], 2) for index in range(64)] == ecp5.init_values(words)


def _deep_rom_design(rng):
    """A pixel MLP whose first weight ROM is 2,100 x 36 (3 rows x 2 columns of blocks)."""
    graph = quantized_fc_graph(rng, [700, 18, 4], ["lif", "if"], True, 3, "spike_count")
    spec = design_from_graph(graph, [6, 2])
    return graph, spec, build_design(spec)


def test_only_deep_roms_are_replaced_and_the_generic_source_is_unchanged(tmp_path, rng):
    _, _, design = _deep_rom_design(rng)
    assert len(design.roms["s0_weights"].words) == 2100
    written = write_verilog(design, tmp_path)
    text = written["verilog_ecp5"].read_text()
    assert family_source(tmp_path, "ecp5") == f"{MODULE}_ecp5.v" and family_source(tmp_path, "ice40") == f"{MODULE}.v"
    assert "s0_weights[" not in text and '$readmemh("s0_weights.hex"' not in text
    assert "reg[35:0] s0_weight_word;" not in text and "wire[35:0] s0_weight_held;" in text
    rom_module = text[text.index(f"module {MODULE}_s0_weights(") :]
    assert rom_module[: rom_module.index("endmodule")].count("DP16KD #(") == 6 and '.REGMODE_A("OUTREG")' in text
    assert '$readmemh("s1_weights.hex", s1_weights);' in text  # a shallow ROM stays a memory
    generic = written["verilog"].read_text()
    assert "DP16KD" not in generic and "reg[35:0] s0_weight_word;" in generic
    shallow = build_design(design_from_graph(quantized_fc_graph(rng, [8, 4], ["if"], False, 2, "spike_count"), [2]))
    assert "verilog_ecp5" not in write_verilog(shallow, tmp_path / "shallow")
    assert family_source(tmp_path / "shallow", "ecp5") == f"{MODULE}.v"


@pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup installs it as root)")
@pytest.mark.slow
def test_the_ecp5_source_is_bit_and_cycle_exact(tmp_path, rng):
    """The ECP5 source, its DP16KDs simulated by the behavioural model, against the integer
    reference and the cycle model (the generic source is checked so in ``test_rtl``)."""
    graph, spec, design = _deep_rom_design(rng)
    written = write_verilog(design, tmp_path)
    # the simulator compiles <module>.v: the ECP5 source and the block model take its place
    (tmp_path / f"{MODULE}.v").write_text(written["verilog_ecp5"].read_text() + trellis_ff_model() + dp16kd_model())

    def verilator(spec, records):
        return simulate_verilator(tmp_path, records, spec.stages[-1].n_out, spec.result_bits, spec.result_signed)

    images = torch.from_numpy(np.random.default_rng(3).random((12, 700), dtype=np.float32))
    check_design(graph, [6, 2], 3, images, verilator)


def _deep_event_buffer_design(rng):
    """A readout of 8,192 pixels, its membranes the result (every event's weights and pixel count):
    its input buffer is 32,768 x 19 (two halves of 16,384 events)."""
    graph = quantized_fc_graph(rng, [8192, 3], ["readout"], True, 2, "membrane")
    spec = design_from_graph(graph, [3])
    return graph, spec, build_design(spec)


@pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup installs it as root)")
@pytest.mark.slow
@pytest.mark.parametrize("width", [None, 18])
def test_deep_event_buffers_are_bit_and_cycle_exact(tmp_path, rng, monkeypatch, width):
    """The input buffer read on port A and written on port B of DP16KD rows, in its own aspect
    ratio (16K x 1: 2 rows) and forced to 1K x 18 (32 rows, byte enables on the write address),
    against the integer reference and the cycle model; the model poisons colliding reads."""
    if width is not None:
        monkeypatch.setattr(ecp5, "ram_width", lambda words, word_bits: width)
    graph, spec, design = _deep_event_buffer_design(rng)
    written = write_verilog(design, tmp_path)
    text = written["verilog_ecp5"].read_text()
    assert "s0_in_events[" not in text and "s0_in_events_blocks(" in text
    assert f".DATA_WIDTH_A({width or 1})" in text and text.count("DP16KD #(") >= 2 * 18
    (tmp_path / f"{MODULE}.v").write_text(text + trellis_ff_model() + dp16kd_model())

    def verilator(spec, records):
        return simulate_verilator(tmp_path, records, spec.stages[-1].n_out, spec.result_bits, spec.result_signed)

    images = torch.from_numpy(np.random.default_rng(4).random((3, 8192), dtype=np.float32))
    check_design(graph, [3], 2, images, verilator)


@needs_yosys
@pytest.mark.slow
@pytest.mark.parametrize(
    "design, widths",
    [(_deep_rom_design, {18: 6, 9: 2}), (_deep_event_buffer_design, {18: 8, 1: 2 * 17})],
    ids=["deep-rom", "deep-event-buffer"],
)
def test_yosys_keeps_the_blocks_and_their_output_registers(tmp_path, rng, design, widths):
    """yosys keeps our blocks with their output registers: the deep ROM's 1K x 18 rows (and its input
    buffer, 2,048 x 16, as one row of two 2K x 9); the event
    buffer's 16K x 1 rows beside the readout's 8,192 x 18 ROM (17 columns: the flat input's y and x
    bits are never read, and yosys drops their blocks)."""
    _, _, built = design(rng)
    write_verilog(built, tmp_path)
    synthesize(tmp_path, [family_source(tmp_path, "ecp5")], MODULE, "ecp5", netlist_json="netlist.json")
    cells = json.loads((tmp_path / "netlist.json").read_text())["modules"]
    blocks = [
        cell["parameters"] for module in cells.values() for cell in module["cells"].values() if cell["type"] == "DP16KD"
    ]
    ours = [params for params in blocks if params.get("REGMODE_A") == "OUTREG"]  # yosys's own use none
    assert collections.Counter(int(params["DATA_WIDTH_A"], 2) for params in ours) == widths


def _banked_conv_design(rng, small: bool = False):
    """Two convs, the first fully banked and the second column-banked, each followed by a spike
    pool: per-lane copies of the forwarding flags (convs and pools) and of the bank selects.
    ``small``: one conv, column-banked, and its pool."""
    if small:
        graph = quantized_conv_graph(rng, (1, 6, 6), [(2, 3, 1, 1)], "spike", 3, 2, ["if"] * 3, True, 2, "membrane")
        lanes, banks = [2, 2, 1, 1], [(1, 3), (1, 1), (1, 1), (1, 1)]
    else:
        convs = [(3, 3, 1, 1), (4, 3, 1, 1)]
        kinds = ["lif", "if", "if", "lif"]
        graph = quantized_conv_graph(rng, (2, 8, 8), convs, "spike", 6, 3, kinds, True, 3, "membrane")
        lanes, banks = [2, 3, 3, 4, 3, 2], [(3, 3), (1, 1), (1, 3), (1, 1), (1, 1), (1, 1)]
    design = build_design(with_lanes(design_from_graph(graph, lanes), lanes, banks))
    copies = {
        reg.name: reg.bitwidth
        for reg in design.block.wirevector_subset(pyrtl.Register)
        if getattr(reg, "kept_apart", False)
    }
    return graph, lanes, banks, design, copies


@pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup installs it as root)")
@pytest.mark.slow
def test_register_copies_are_trellis_ffs_and_bit_and_cycle_exact(tmp_path, rng):
    graph, lanes, banks, design, copies = _banked_conv_design(rng)
    selects = {name for name in copies if "_bank_select_" in name}
    assert selects == {f"s0_acc_bank_select_copy{n}" for n in range(2)} | {
        f"s2_acc_bank_select_copy{n}" for n in range(3)
    }
    assert {name for name in copies if name.startswith("s1_count_hit_newer")} == {
        f"s1_count_hit_newer_copy{n}" for n in range(3)
    }
    # the pixel core's multipliers: a pixel copy per lane in each of its 9 banks
    assert {name for name in copies if "_pixel_" in name} == {
        f"s0_b{b}_pixel_copy{n}" for b in range(9) for n in range(2)
    }
    text = write_verilog(design, tmp_path)["verilog_ecp5"].read_text()
    assert text.count("TRELLIS_FF #(") == sum(copies.values())
    # spike rings and conv membranes in DP16KD, read through OUTREG (the block model poisons colliding reads)
    assert "s0_spikes[" not in text and "s0_spikes_blocks(" in text and "s2_membranes_blocks(" in text
    for name in copies:
        assert re.search(rf"^\s*wire(\[\d+:0\])? {name};$", text, re.M) and not re.search(rf"\b{name} <=", text)
    (tmp_path / f"{MODULE}.v").write_text(text + trellis_ff_model() + dp16kd_model())

    def verilator(spec, records):
        return simulate_verilator(tmp_path, records, spec.stages[-1].n_out, spec.result_bits, spec.result_signed)

    check_design(graph, lanes, 3, torch.rand(12, 2, 8, 8), verilator, banks)


@needs_yosys
@pytest.mark.slow
def test_yosys_keeps_the_register_copies_apart_and_nextpnr_places_them(tmp_path, rng):
    """Every copy's bit stays a TRELLIS_FF of its own through synthesis (in the generic source yosys
    merges each value's copies into one register), and nextpnr-ecp5 packs and places them."""
    *_, design, copies = _banked_conv_design(rng, small=True)
    write_verilog(design, tmp_path)
    synthesize(tmp_path, [family_source(tmp_path, "ecp5")], MODULE, "ecp5", netlist_json="netlist.json")
    cells = json.loads((tmp_path / "netlist.json").read_text())["modules"][MODULE]["cells"]
    kept = [name for name, cell in cells.items() if cell["type"] == "TRELLIS_FF" and "_copy" in name]
    assert collections.Counter(name.rsplit("_ff", 1)[0] for name in kept) == collections.Counter(copies)
    if have_tool("nextpnr-ecp5"):  # its packer rejected copies whose M pin was tied low
        placed = place_and_route_ecp5(tmp_path, "netlist.json", "ecp5-25k", "CABGA381")
        assert placed["fits"] is True and placed["fmax_mhz"] > 0
