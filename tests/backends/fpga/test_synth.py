"""yosys synthesis for iCE40 / ECP5 / Xilinx 7, nextpnr-ice40 and nextpnr-ecp5 place and route of a tiny design,
the families a build synthesizes and the Vivado script of a Xilinx build."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import pytest

from snnc.backends.fpga import synth
from snnc.backends.fpga.build import families_for, placement_part
from snnc.backends.fpga.synth import (
    FAMILIES,
    BoardFiles,
    SynthesisError,
    have_tool,
    place_and_route_ecp5,
    place_and_route_gowin,
    place_and_route_ice40,
    synthesis_tool,
    synthesize,
)
from snnc.backends.fpga.targets import FAMILY_NAMES
from snnc.backends.fpga.vivado import write_vivado_project
from snnc.errors import ConfigError
from tests.backends.fpga.fake_nextpnr import ROUTER_HEADER, install_fake_nextpnr, progress_line, runs, stalled_log

needs_yosys = pytest.mark.skipif(not have_tool("yosys"), reason="yosys is not installed (make setup)")
needs_nextpnr = pytest.mark.skipif(
    not (have_tool("yosys") and have_tool("nextpnr-ice40")), reason="yosys or nextpnr-ice40 is not installed"
)
needs_nextpnr_ecp5 = pytest.mark.skipif(
    not (have_tool("yosys") and have_tool("nextpnr-ecp5")), reason="yosys or nextpnr-ecp5 is not installed"
)

WORDS = 512  # 512x8 with a write port: block RAM on all three families (a 512x8 ROM stays in LUTs on xc7)

DESIGN = """\
module top(input clk, input [8:0] addr, input we, input [7:0] din, output reg [7:0] dout, output [3:0] cnt);
  reg [7:0] mem [0:511];
  initial $readmemh("w.hex", mem);
  reg [7:0] rd;
  reg [3:0] c = 4'd0;
  always @(posedge clk) begin
    if (we) mem[addr] <= din;
    rd <= mem[addr];
    dout <= rd + din;
    c <= c + 4'd1;
  end
  assign cnt = c;
endmodule
"""

WIDE = """\
module top(input clk, input [63:0] a, input [63:0] b, output reg [63:0] y);
  always @(posedge clk) y <= a ^ b;
endmodule
"""


def write_design(directory: Path, verilog: str = "top.v", hex_file: bool = True) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / verilog).parent.mkdir(parents=True, exist_ok=True)
    (directory / verilog).write_text(DESIGN)
    if hex_file:
        (directory / "w.hex").write_text("".join(f"{(37 * i + 11) % 256:02x}\n" for i in range(WORDS)))
    return directory


@pytest.fixture(scope="module")
def ice40_build(tmp_path_factory) -> tuple[Path, dict]:
    """The design synthesised once for iCE40, with its netlist JSON for nextpnr."""
    build = write_design(tmp_path_factory.mktemp("ice40"))
    return build, synthesize(build, ["top.v"], "top", "ice40", netlist_json="top.json")


@pytest.fixture(scope="module")
def ecp5_build(tmp_path_factory) -> tuple[Path, dict]:
    """The design synthesised once for ECP5, with its netlist JSON for nextpnr-ecp5."""
    build = write_design(tmp_path_factory.mktemp("ecp5"))
    return build, synthesize(build, ["top.v"], "top", "ecp5", netlist_json="top.json")


@needs_yosys
@pytest.mark.parametrize("family", ["ice40", "ecp5", "gowin", "xc7"])
def test_synthesize_counts_resources(tmp_path, ice40_build, family):
    if not have_tool(synthesis_tool(family)):
        pytest.skip(reason=f"{synthesis_tool(family)} is not installed (pip install -e .)")
    if family == "ice40":
        build, result = ice40_build
    else:
        build = write_design(tmp_path)
        result = synthesize(build, ["top.v"], "top", family)
    assert result["family"] == family
    assert result["bram"] >= 1
    assert result["luts"] > 0 and result["ffs"] > 0 and result["carry"] > 0
    assert result["dsp"] == 0
    assert result["seconds"] > 0
    assert (build / f"yosys-{family}.log").exists()
    cells = result["cells"]
    assert sum(cells.values()) >= result["luts"] + result["ffs"] + result["bram"]
    if family == "ice40":
        assert cells["SB_RAM40_4K"] == result["bram"] and cells["SB_LUT4"] == result["luts"]
        assert result["bram_36k_equivalent"] is None and result["lutram"] == 0
    elif family == "ecp5":
        assert cells["DP16KD"] == result["bram"] and cells["LUT4"] == result["luts"]
        assert result["ffs"] == cells["TRELLIS_FF"]
    elif family == "gowin":
        assert result["luts"] == sum(n for name, n in cells.items() if name in {f"LUT{k}" for k in range(1, 5)})
        assert result["bram"] == sum(n for name, n in cells.items() if name.startswith(("SDP", "DP", "SP", "pROM")))
        assert result["ffs"] == sum(n for name, n in cells.items() if name.startswith("DFF"))
    else:
        assert result["bram"] == cells.get("RAMB18E1", 0) + cells.get("RAMB36E1", 0)
        assert result["bram_36k_equivalent"] == cells.get("RAMB36E1", 0) + cells.get("RAMB18E1", 0) / 2
        assert result["luts"] == sum(
            n for name, n in cells.items() if name in {f"LUT{k}" for k in range(1, 7)} | {"INV"}
        )
        assert "IBUF" not in cells and "BUFG" not in cells  # counted nowhere, so the count script inserts none


@needs_yosys
def test_readmemh_contents_reach_the_block_ram(ice40_build):
    build, _ = ice40_build
    netlist = json.loads((build / "top.json").read_text())
    rams = [c for c in netlist["modules"]["top"]["cells"].values() if c["type"].startswith("SB_RAM40_4K")]
    assert rams
    assert any("1" in value for ram in rams for key, value in ram["parameters"].items() if key.startswith("INIT_"))


@needs_yosys
def test_readmemh_resolves_against_build_dir(tmp_path):
    """The Verilog lives in rtl/, the hex file in build_dir (the working directory of yosys)."""
    build = write_design(tmp_path, verilog="rtl/top.v")
    assert synthesize(build, ["rtl/top.v"], "top", "ecp5")["bram"] == 1


@needs_yosys
def test_missing_hex_file_fails_synthesis(tmp_path, monkeypatch):
    """The message names a copy of the log outside the build: a failed compile's build directory is a
    staging one that is removed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    build = write_design(tmp_path, hex_file=False)
    with pytest.raises(SynthesisError) as info:
        synthesize(build, ["top.v"], "top", "ecp5")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("yosys (ecp5) failed:")
    assert "w.hex" in message
    kept = Path(message.rsplit("; see ", 1)[1])
    assert kept.parent == tmp_path / "temp" and kept.name.startswith("snnc-yosys-ecp5-")
    log_text = (build / "yosys-ecp5.log").read_text()
    (build / "yosys-ecp5.log").unlink()
    assert kept.read_text() == log_text and "w.hex" in log_text


@needs_yosys
def test_synthesis_timeout(tmp_path):
    build = write_design(tmp_path)
    with pytest.raises(SynthesisError, match="timed out after 0.01 s"):
        synthesize(build, ["top.v"], "top", "xc7", timeout_s=0.01)


@needs_nextpnr
def test_place_and_route_hx8k(ice40_build):
    build, _ = ice40_build
    result = place_and_route_ice40(build, "top.json", "hx8k", "ct256")
    assert result["fits"] is True and result["reason"] is None
    assert 10 < result["fmax_mhz"] < 500
    assert 0 < result["logic_cells"] < result["logic_cells_total"] == 7680
    assert result["bram"] >= 1 and result["bram_total"] == 32
    assert result["io"] == 1 + 9 + 1 + 8 + 8 + 4 and result["io_total"] > result["io"]
    assert (build / "nextpnr-ice40.log").exists() and (build / "nextpnr-report.json").exists()


@needs_nextpnr
def test_placement_seed_is_nextpnrs(ice40_build):
    """``seed`` reaches nextpnr: one seed places the same netlist the same way every time, another
    places it elsewhere (the critical path's cells at other locations)."""
    build, _ = ice40_build

    def critical_locations(seed: int) -> list:
        place_and_route_ice40(build, "top.json", "hx8k", "ct256", seed=seed)
        report = json.loads((build / "nextpnr-report.json").read_text())
        return [[step["from"]["loc"], step["to"]["loc"]] for path in report["critical_paths"] for step in path["path"]]

    first = critical_locations(1)
    assert first and critical_locations(1) == first
    assert critical_locations(2) != first


@needs_nextpnr
def test_too_many_ios_do_not_fit_up5k(tmp_path):
    (tmp_path / "wide.v").write_text(WIDE)
    synthesize(tmp_path, ["wide.v"], "top", "ice40", netlist_json="wide.json")
    result = place_and_route_ice40(tmp_path, "wide.json", "up5k", "sg48", freq_mhz=20)
    assert result["fits"] is False
    assert result["fmax_mhz"] is None
    assert result["io"] == 193 and result["io"] > result["io_total"]
    assert "\n" not in result["reason"] and "placement" in result["reason"] and "SB_IO" in result["reason"]


@needs_nextpnr
def test_bad_device_package_and_netlist(ice40_build, tmp_path):
    build, _ = ice40_build
    with pytest.raises(ConfigError, match="unknown iCE40 device"):
        place_and_route_ice40(build, "top.json", "xc7a35t", "ct256")
    with pytest.raises(ConfigError, match="sg48"):
        place_and_route_ice40(build, "top.json", "hx8k", "sg48")
    with pytest.raises(SynthesisError, match="no netlist"):
        place_and_route_ice40(tmp_path, "missing.json", "hx8k", "ct256")
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(SynthesisError, match="Failed to parse JSON"):
        place_and_route_ice40(tmp_path, "bad.json", "hx8k", "ct256")


@pytest.mark.slow  # the first nextpnr-ecp5 run of a machine compiles its WebAssembly (minutes); then ~1 s
@needs_nextpnr_ecp5
def test_place_and_route_ecp5(ecp5_build):
    build, _ = ecp5_build
    result = place_and_route_ecp5(build, "top.json", "ecp5-25k", "CABGA381")
    assert result["tool"] == "nextpnr-ecp5" and result["fits"] is True and result["reason"] is None
    assert 10 < result["fmax_mhz"] < 500  # the clock is named $glbnet$clk$TRELLIS_IO_IN
    assert 0 < result["logic_cells"] < result["logic_cells_total"] == 24_288
    assert 0 < result["ffs"] < result["ffs_total"] == 24_288
    assert result["bram"] == 1 and result["bram_total"] == 56
    assert result["dsp"] == 0 and result["dsp_total"] == 28
    assert result["io"] == 1 + 9 + 1 + 8 + 8 + 4 and result["io_total"] > result["io"]
    assert (build / "nextpnr-ecp5.log").exists() and (build / "nextpnr-ecp5-report.json").exists()
    with pytest.raises(ConfigError, match="BOGUS"):
        place_and_route_ecp5(build, "top.json", "25k", "BOGUS")


def test_ecp5_devices_and_missing_netlist(tmp_path):
    with pytest.raises(ConfigError, match="unknown ECP5 device 'hx8k'"):
        place_and_route_ecp5(tmp_path, "top.json", "hx8k", "CABGA381")
    if have_tool("nextpnr-ecp5"):
        with pytest.raises(SynthesisError, match="nextpnr-ecp5: no netlist"):
            place_and_route_ecp5(tmp_path, "top.json", "LFE5U-85F", "CABGA381")


def test_families_synthesized_by_default_and_on_request():
    assert tuple(FAMILIES) == FAMILY_NAMES  # the CLI lists FAMILY_NAMES without importing synth
    assert families_for("ice40-hx8k") == ("ice40",) and families_for("ice40-up5k") == ("ice40",)
    assert families_for("ecp5-25k") == families_for("ecp5-85k") == ("ecp5",)
    assert families_for("xc7z020") == ("xc7",) and families_for("generic") == ()
    assert families_for("generic", ["xc7", "ice40", "xc7"]) == ("xc7", "ice40")
    assert families_for("gw1n-9") == ("gowin",)
    with pytest.raises(ConfigError, match="--families: unknown family 'vivado'; choose from ice40, ecp5, gowin, xc7"):
        families_for("xc7z020", ["ice40", "vivado"])
    assert placement_part("ice40-up5k", "ice40") == ("ice40-up5k", "up5k", "sg48")
    assert placement_part("ecp5-25k", "ecp5") == ("ecp5-25k", "25k", "CABGA381")
    assert placement_part("xc7z020", "ecp5") == ("ecp5-85k", "85k", "CABGA381")
    assert placement_part("ecp5-25k", "ice40") == ("ice40-hx8k", "hx8k", "ct256")
    assert placement_part("xc7z020", "xc7") is None
    assert placement_part("gw1n-9", "gowin") is None  # nextpnr-himbaechel places boards only (every port on a pin)


def test_vivado_script_names_the_top_files_part_and_clock(tmp_path):
    written = write_vivado_project(tmp_path, "acc", ["acc.v"], ["s0_w.hex", "s1_w.hex"], "xc7z020clg400-1", 125.0)
    assert set(written) == {"vivado", "xdc"}
    tcl = (tmp_path / "vivado.tcl").read_text()
    for line in (
        "create_project -force acc $out -part xc7z020clg400-1",
        "add_files -norecurse [list [file join $here acc.v]]",
        "set memories [list [file join $here s0_w.hex] [file join $here s1_w.hex]]",
        "add_files -fileset constrs_1 -norecurse [file join $here acc.xdc]",
        "set_property top acc [current_fileset]",
        "launch_runs synth_1 -jobs 4",
        "launch_runs impl_1 -to_step route_design -jobs 4",
        "report_timing_summary -file [file join $out timing.rpt]",
        "write_bitstream -force [file join $out acc.bit]",
    ):
        assert line in tcl.splitlines(), line
    xdc = (tmp_path / "acc.xdc").read_text()
    assert "create_clock -period 8.000 -name clk [get_ports clk]" in xdc.splitlines()
    with pytest.raises(ConfigError, match="Tcl word"):
        write_vivado_project(tmp_path, "acc", ["my acc.v"], [], "xc7z020clg400-1", 100.0)


def test_missing_tools_and_bad_family(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not have_tool("yosys")
    with pytest.raises(ConfigError, match=r"yosys is not on PATH; `make setup` installs it"):
        synthesize(tmp_path, ["top.v"], "top", "ice40")
    with pytest.raises(ConfigError, match=r"nextpnr-ice40 is not on PATH; `make setup` installs it"):
        place_and_route_ice40(tmp_path, "top.json", "hx8k", "ct256")
    with pytest.raises(ConfigError, match="unknown FPGA family"):
        synthesize(tmp_path, ["top.v"], "top", "vivado")
    with pytest.raises(ConfigError, match="every port on a pin"):
        place_and_route_gowin(tmp_path, "top.json", "GW1NR-LV9QN88PC6/I5", "GW1N-9C")
    with pytest.raises(ConfigError, match="unknown Gowin part 'GW2A-18'"):
        place_and_route_gowin(tmp_path, "top.json", "GW2A-18", "GW2A-18C", board=BoardFiles("b.cst", "b.json"))


ROMS = """\
module roms(input clk, input [9:0] a, output reg [35:0] d0, output reg [35:0] d1, output reg [35:0] d2);
  reg [35:0] m0 [0:1023];
  reg [35:0] m1 [0:1023];
  reg [35:0] m2 [0:1023];
  initial begin
    $readmemh("m0.hex", m0);
    $readmemh("m1.hex", m1);
    $readmemh("m2.hex", m2);
  end
  always @(posedge clk) begin
    d0 <= m0[a];
    d1 <= m1[a];
    d2 <= m2[a] + d0;
  end
endmodule
"""


@needs_yosys
def test_xc7_counting_script_drops_block_ram_contents_without_changing_counts(tmp_path):
    """A Xilinx build is counted, not placed: the script drops block RAM INIT after memory mapping (yosys
    specialises its block-RAM template per INIT); the counts equal the plain synth_xilinx's (LUTs up to
    the mapper's dependence on cell names)."""
    for k in range(3):
        words = [(k * 7919 + 104729 * i) % (1 << 36) for i in range(1024)]
        (tmp_path / f"m{k}.hex").write_text("".join(f"{w:09x}\n" for w in words))
    (tmp_path / "roms.v").write_text(ROMS)
    counted = synthesize(tmp_path, ["roms.v"], "roms", "xc7")
    assert "setparam -unset INIT" in (tmp_path / "synth-xc7.ys").read_text()
    plain = synthesize(tmp_path, ["roms.v"], "roms", "xc7", netlist_json="roms.json")
    assert "setparam" not in (tmp_path / "synth-xc7.ys").read_text()
    for kind in ("bram", "ffs", "dsp", "carry", "lutram"):
        assert counted[kind] == plain[kind], kind
    # yosys's LUT mapping (ABC) depends on cell names and order: renaming the block RAM cells alone moves
    # this design's LUTs by a few percent, so the LUTs agree to within that, not bit for bit
    assert abs(counted["luts"] - plain["luts"]) <= 0.05 * plain["luts"]
    assert counted["bram"] == 2 and counted["luts"] > 200  # two ROMs in block RAM, one in LUTs
    netlist = json.loads((tmp_path / "roms.json").read_text())
    rams = [c for c in netlist["modules"]["roms"]["cells"].values() if c["type"].startswith("RAMB")]
    assert any("1" in value for ram in rams for key, value in ram["parameters"].items() if key.startswith("INIT_"))


def test_router_in_circles_is_only_the_livelock():
    """Stalled: ``batches`` lines in a row that route nothing without a rip-up and leave the same arcs."""
    assert synth.router_in_circles(stalled_log(14, 200), 200)
    assert not synth.router_in_circles(stalled_log(14, 199), 200)
    assert not synth.router_in_circles(stalled_log(14, 0), 200)
    converging_with_ripups = ROUTER_HEADER + "".join(progress_line(1000 * i, 1000, 0, 5000 - i) for i in range(300))
    assert not synth.router_in_circles(converging_with_ripups, 200)
    one_free_arc = stalled_log(14, 120) + progress_line(135_000, 999, 1, 4996) + stalled_log(0, 100)
    assert not synth.router_in_circles(one_free_arc, 200)
    assert not synth.router_in_circles("Info: Routing complete.\n", 200)


def assert_stopped(pid: int) -> None:
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def place_fake(tmp_path: Path, **options) -> dict:
    """The fake nextpnr-ice40 on an empty netlist (it reads none)."""
    (tmp_path / "build").mkdir(exist_ok=True)
    (tmp_path / "build" / "top.json").write_text("{}")
    return place_and_route_ice40(tmp_path / "build", "top.json", "hx8k", "ct256", timeout_s=60, **options)


def test_a_router_in_circles_is_stopped_and_placed_again_at_the_next_seed(tmp_path, monkeypatch):
    """At nextpnr's own seed a stalled router is killed (not left for the 30-minute timeout) and the
    netlist placed again at seeds 1, 2, 3 in turn; the result names the seed routed and those stopped."""
    calls = install_fake_nextpnr(tmp_path, monkeypatch, "own,1")
    start = time.monotonic()
    result = place_fake(tmp_path)
    assert time.monotonic() - start < 60
    assert result["seed"] == 2 and result["stalled_seeds"] == [None, 1]
    assert result["fits"] and result["fmax_mhz"] == pytest.approx(82.0) and result["logic_cells"] == 120
    seen = runs(calls)
    assert [seed for seed, _ in seen] == ["own", "1", "2"]
    for _, pid in seen:
        assert_stopped(pid)


def test_a_router_in_circles_at_a_chosen_seed_is_an_error(tmp_path, monkeypatch):
    """A seed the user chose is not replaced: one line naming it, and a copy of the log."""
    calls = install_fake_nextpnr(tmp_path, monkeypatch, "5,own,1,2,3")
    with pytest.raises(SynthesisError) as info:
        place_fake(tmp_path, seed=5)
    message = str(info.value)
    assert message.startswith("nextpnr-ice40's router went in circles at seed 5 (nextpnr issue #179)"), message
    assert "another --seed" in message and "\n" not in message
    assert synth.router_in_circles(Path(message.rsplit("; see ", 1)[1]).read_text(), synth.ROUTER_STALL_BATCHES)
    assert [seed for seed, _ in runs(calls)] == ["5"]
    with pytest.raises(SynthesisError, match="at nextpnr's own seed and seeds 1, 2, 3 "):
        place_fake(tmp_path)
    for _, pid in runs(calls):
        assert_stopped(pid)


def test_several_seeds_are_placed_and_the_fastest_kept_with_its_files(tmp_path, monkeypatch):
    """Seeds 3, 1, 5 (5 in circles): the kept run is the fastest that routed, its log and report take
    the usual names, no per-seed file is left, and every seed's Fmax is in the result."""
    calls = install_fake_nextpnr(tmp_path, monkeypatch, "5")
    result = place_fake(tmp_path, seed=(3, 1, 5))
    assert result["seed"] == 3 and result["fmax_mhz"] == pytest.approx(83.0)
    assert result["stalled_seeds"] == [5] and result["fmax_by_seed"] == {"3": 83.0, "1": 81.0}
    build = tmp_path / "build"
    assert sorted(p.name for p in build.iterdir()) == ["nextpnr-ice40.log", "nextpnr-report.json", "top.json"]
    assert "83.0 MHz" in (build / "nextpnr-ice40.log").read_text() and result["log"] == str(build / "nextpnr-ice40.log")
    assert sorted(seed for seed, _ in runs(calls)) == ["1", "3", "5"]
    for _, pid in runs(calls):
        assert_stopped(pid)


@needs_nextpnr
def test_a_seed_sweep_keeps_the_fastest_placement_of_the_real_tool(ice40_build):
    """nextpnr-ice40 itself: each seed of a sweep places as that seed alone does, and the fastest is kept."""
    build, _ = ice40_build
    alone = {seed: place_and_route_ice40(build, "top.json", "hx8k", "ct256", seed=seed)["fmax_mhz"] for seed in (1, 2)}
    swept = place_and_route_ice40(build, "top.json", "hx8k", "ct256", seed=(1, 2))
    assert swept["fmax_by_seed"] == {str(seed): fmax for seed, fmax in alone.items()}
    assert swept["fmax_mhz"] == max(alone.values()) and alone[swept["seed"]] == swept["fmax_mhz"]
    report = json.loads((build / "nextpnr-report.json").read_text())
    assert max(float(clock["achieved"]) for clock in report["fmax"].values()) == pytest.approx(swept["fmax_mhz"])
    assert not list(build.glob("*-seed*"))


def test_seed_flag_reads_one_seed_or_several_distinct_ones():
    from snnc.compile import placement_seeds

    assert placement_seeds("3") == 3
    assert placement_seeds("1, 2,3") == (1, 2, 3)
    assert placement_seeds("2,1,2") == (2, 1)
    assert placement_seeds("4,4") == 4
    with pytest.raises(ConfigError, match="--seed: expected a seed or comma-separated seeds, got '1,x'"):
        placement_seeds("1,x")
