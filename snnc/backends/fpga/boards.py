"""Board tops: the accelerator behind the UART host link (``hdl/snnc_link.v``) on a real board.

A board names its part (a ``targets`` entry), its oscillator, its pins (from the vendors' published
constraint files: ULX3S ``ulx3s_v20.lpf``, iCEBreaker ``icebreaker.pcf``, Tang Nano 9K Sipeed's
examples), its LEDs and reset button.
The top (``snnc_board_top``) holds:

- the clock: the oscillator itself, or a PLL (ECP5 ``EHXPLLL``, iCE40 ``SB_PLL40_PAD``; a Gowin
  board runs at its oscillator) when ``--clock-mhz`` asks for another frequency; :func:`ecp5_pll`
  and :func:`ice40_pll` search the dividers as prjtrellis' ``ecppll`` and icestorm's ``icepll``
  do, taking the fastest clock not above the one asked for;
- the reset: held for 2^8 cycles after configuration, while the PLL is not locked, and while the
  reset button is pressed (synchronized);
- the LEDs: a heartbeat, a frame being received, an image in the accelerator, the last reply an error;
- with ``SNNC_SIM`` defined (the co-simulation, :mod:`.cosim`), no PLL, and ``sim_idle`` and
  ``sim_computing`` outputs for the harness.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from snnc.backends.fpga.link import LinkLayout, link_layout
from snnc.backends.fpga.targets import Target, get_target
from snnc.errors import ConfigError

TOP = "snnc_board_top"
LINK_MODULE = "snnc_link"
LED_ROLES = ("heartbeat", "receiving", "computing", "error")


class Pin(NamedTuple):
    site: str
    active_low: bool = False
    attributes: str = ""  # LPF IOBUF attributes (ECP5), CST IO_PORT attributes (Gowin)


class Board(NamedTuple):
    description: str
    target: str  # the part, a snnc.backends.fpga.targets entry
    oscillator_mhz: float
    clock: Pin
    uart_rx: Pin  # PC -> FPGA
    uart_tx: Pin  # FPGA -> PC
    leds: tuple[tuple[Pin, tuple[str, ...]], ...]  # each LED and what it shows (LED_ROLES)
    reset_button: Pin
    tie_high: tuple[tuple[str, Pin], ...] = ()  # outputs held at 1 (ULX3S: wifi_gpio0 keeps the board running)

    @property
    def family(self) -> str:
        return str(get_target(self.target).family)


_LV = "IO_TYPE=LVCMOS33"
BOARDS: dict[str, Board] = {
    # ULX3S v2/v3 (LFE5U-85F, CABGA381): emard/ulx3s doc/constraints/ulx3s_v20.lpf. ftdi_txd (M1) is the
    # FPGA's input, ftdi_rxd (L4) its output; LEDs active high; btn[1] "FIRE1" active high (pull-down).
    "ulx3s": Board(
        "Radiona ULX3S, ECP5 LFE5U-85F",
        "ecp5-85k",
        25.0,
        Pin("G2", attributes=f"PULLMODE=NONE {_LV}"),
        Pin("M1", attributes=f"PULLMODE=UP {_LV}"),
        Pin("L4", attributes=f"PULLMODE=UP {_LV} DRIVE=4"),
        tuple(
            (Pin(site, attributes=f"PULLMODE=NONE {_LV} DRIVE=4"), (role,))
            for site, role in zip(("B2", "C2", "C1", "D2"), LED_ROLES, strict=True)
        ),
        Pin("R1", attributes=f"PULLMODE=DOWN {_LV}"),
        (("wifi_gpio0", Pin("L2", attributes=f"PULLMODE=UP {_LV} DRIVE=4")),),
    ),
    # iCEBreaker (iCE40UP5K, sg48): icebreaker-fpga icebreaker.pcf. CLK on pin 35 (the PLL's pad: a PLL
    # there must be SB_PLL40_PAD), RX 6 / TX 9 seen from the FPGA, LEDG_N 37 and LEDR_N 11 and BTN_N 10 active low.
    "icebreaker": Board(
        "1BitSquared iCEBreaker, iCE40 UP5K",
        "ice40-up5k",
        12.0,
        Pin("35"),
        Pin("6"),
        Pin("9"),
        ((Pin("37", True), ("heartbeat", "receiving", "computing")), (Pin("11", True), ("error",))),
        Pin("10", True),
    ),
    # Sipeed Tang Nano 9K (GW1NR-LV9QN88PC6/I5): 27 MHz oscillator on pin 52; the on-board USB-UART's RX on
    # 18 and TX on 17 seen from the FPGA (3.3 V banks); six LEDs on 10, 11, 13, 14, 15, 16 and the buttons
    # S1 (4) and S2 (3) in the 1.8 V bank, all active low. Four LEDs are used; S1 resets.
    "tangnano9k": Board(
        "Sipeed Tang Nano 9K, Gowin GW1NR-9",
        "gw1n-9",
        27.0,
        Pin("52", attributes="IO_TYPE=LVCMOS33"),
        Pin("18", attributes="IO_TYPE=LVCMOS33"),
        Pin("17", attributes="IO_TYPE=LVCMOS33"),
        tuple(
            (Pin(site, True, "IO_TYPE=LVCMOS18"), (role,))
            for site, role in zip(("10", "11", "13", "14"), LED_ROLES, strict=True)
        ),
        Pin("4", True, "IO_TYPE=LVCMOS18"),
    ),
}


#: ecppack --idcode of each ECP5 device (LFE5U-25F, -45F, -85F), as prjtrellis' ULX3S examples pass it.
ECP5_IDCODES = {"25k": "0x41111043", "45k": "0x41112043", "85k": "0x41113043"}


def board_target(board_name: str, target: str | None) -> str:
    """The part a board build plans for: the board's, or ``target`` when it is the same family in the
    same package (a ULX3S with a 25F, say)."""
    board = get_board(board_name)
    if target is None or target == board.target:
        return board.target
    wanted, own = get_target(target), get_target(board.target)
    if wanted.family != own.family or wanted.part is None or own.part is None or wanted.part[1] != own.part[1]:
        raise ConfigError(f"--target {target} is not a part the {board_name} board carries (it has {board.target})")
    return target


#: LUTs of the host link and board top (UART, frame checks, replay, reply composer), measured with yosys
#: on the digits builds (docs/hardware.md); the frame buffer's block RAMs are counted from its size.
LINK_LUTS = 700


def link_resources(spec, target: Target) -> dict[str, int]:
    """What the board top and host link of ``spec``'s design take from ``target``: ``LINK_LUTS`` and
    the frame buffer's block RAMs (the schedule plans the accelerator in what is left)."""
    from snnc.backends.fpga.schedule import memory_blocks

    layout = link_layout(spec)
    blocks = max(1, memory_blocks(1 << layout.depth_bits, layout.record_bits, target))  # yosys maps it to block RAM
    return {"luts": LINK_LUTS, "bram_blocks": blocks}


def link_verilog() -> str:
    """The host link module (``hdl/snnc_link.v``, shipped with the package)."""
    return (Path(__file__).parent / "hdl" / f"{LINK_MODULE}.v").read_text()


def get_board(name: str) -> Board:
    if name not in BOARDS:
        raise ConfigError(f"--board: unknown board {name!r}; choose one of {', '.join(BOARDS)}")
    return BOARDS[name]


class PllSetting(NamedTuple):
    dividers: dict[str, int]  # the primitive's parameters
    mhz: float  # the clock it gives


def ecp5_pll(input_mhz: float, wanted_mhz: float) -> PllSetting:
    """EHXPLLL dividers (feedback from CLKOP): ``f = f_in * CLKFB_DIV / CLKI_DIV``, with the
    phase detector at ``f_in / CLKI_DIV >= 3.125`` MHz and the VCO ``f * CLKOP_DIV`` in 400-800 MHz;
    the fastest ``f <= wanted_mhz``, ties to the VCO nearest 600 MHz (as ``ecppll``)."""
    best: tuple[tuple[float, float], PllSetting] | None = None
    for clki in range(1, 129):
        pfd = input_mhz / clki
        if not 3.125 <= pfd <= 400:
            continue
        for clkfb in range(1, 81):
            out = pfd * clkfb
            if out > wanted_mhz + 1e-9:
                break
            for clkop in range(1, 129):
                vco = out * clkop
                if 400 <= vco <= 800:
                    key = (out, -abs(vco - 600))
                    if best is None or key > best[0]:
                        dividers = {
                            "CLKI_DIV": clki,
                            "CLKFB_DIV": clkfb,
                            "CLKOP_DIV": clkop,
                            "CLKOP_CPHASE": clkop // 2,
                        }
                        best = (key, PllSetting(dividers, out))
    if best is None or best[1].mhz < 10:
        raise ConfigError(
            f"--clock-mhz {wanted_mhz:g}: no ECP5 PLL setting from {input_mhz:g} MHz gives 10 MHz or more"
        )
    return best[1]


def ice40_pll(input_mhz: float, wanted_mhz: float) -> PllSetting:
    """SB_PLL40 dividers (SIMPLE feedback): ``f = f_in * (DIVF + 1) / ((DIVR + 1) * 2^DIVQ)``, the
    phase detector ``f_in / (DIVR + 1)`` in 10-133 MHz, the VCO ``f * 2^DIVQ`` in 533-1066 MHz, the
    output in 16-275 MHz; the fastest ``f <= wanted_mhz`` (as ``icepll``), FILTER_RANGE from the
    phase detector's frequency."""
    best: PllSetting | None = None
    for divr in range(16):
        pfd = input_mhz / (divr + 1)
        if not 10 <= pfd <= 133:
            continue
        for divf in range(128):
            vco = pfd * (divf + 1)
            if not 533 <= vco <= 1066:
                continue
            for divq in range(1, 7):
                out = vco / (1 << divq)
                if 16 <= out <= min(275, wanted_mhz + 1e-9) and (best is None or out > best.mhz):
                    filter_range = next((i for i, top in enumerate((17, 26, 44, 66, 101), 1) if pfd < top), 6)
                    best = PllSetting({"DIVR": divr, "DIVF": divf, "DIVQ": divq, "FILTER_RANGE": filter_range}, out)
    if best is None:
        raise ConfigError(
            f"--clock-mhz {wanted_mhz:g}: no iCE40 PLL setting from {input_mhz:g} MHz gives 16 MHz or more"
        )
    return best


class BoardClock(NamedTuple):
    mhz: float
    pll: PllSetting | None  # None: the oscillator drives the design


def board_clock(board: Board, wanted_mhz: float | None) -> BoardClock:
    """The oscillator when ``wanted_mhz`` is None or equal to it, else the PLL setting closest below."""
    if wanted_mhz is None or abs(wanted_mhz - board.oscillator_mhz) < 1e-9:
        return BoardClock(board.oscillator_mhz, None)
    if board.family not in ("ecp5", "ice40"):
        raise ConfigError(
            f"--clock-mhz {wanted_mhz:g}: the {board.description} top has no PLL; it runs at its "
            f"{board.oscillator_mhz:g} MHz oscillator"
        )
    search = ecp5_pll if board.family == "ecp5" else ice40_pll
    setting = search(board.oscillator_mhz, wanted_mhz)
    return BoardClock(setting.mhz, setting)


def clocks_per_bit(clock_mhz: float, baud: int) -> int:
    """Clock cycles per UART bit; refused when the rate would be off by more than 2%."""
    cycles = round(clock_mhz * 1e6 / baud)
    if cycles < 4 or abs(clock_mhz * 1e6 / cycles - baud) / baud > 0.02:
        raise ConfigError(
            f"--baud {baud}: a {clock_mhz:g} MHz clock cannot make it within 2% (at least 4 cycles a bit)"
        )
    return cycles


def _pll_verilog(board: Board, clock: BoardClock) -> str:
    d = clock.pll.dividers  # type: ignore[union-attr]
    if board.family == "ecp5":
        return f"""    wire clk_pll;
    (* FREQUENCY_PIN_CLKI="{board.oscillator_mhz:g}" *)
    (* FREQUENCY_PIN_CLKOP="{clock.mhz:g}" *)
    (* ICP_CURRENT="12" *) (* LPF_RESISTOR="8" *) (* MFG_ENABLE_FILTEROPAMP="1" *) (* MFG_GMCREF_SEL="2" *)
    EHXPLLL #(
        .PLLRST_ENA("DISABLED"), .INTFB_WAKE("DISABLED"), .STDBY_ENABLE("DISABLED"), .DPHASE_SOURCE("DISABLED"),
        .OUTDIVIDER_MUXA("DIVA"), .OUTDIVIDER_MUXB("DIVB"), .OUTDIVIDER_MUXC("DIVC"), .OUTDIVIDER_MUXD("DIVD"),
        .CLKI_DIV({d["CLKI_DIV"]}), .CLKOP_ENABLE("ENABLED"), .CLKOP_DIV({d["CLKOP_DIV"]}),
        .CLKOP_CPHASE({d["CLKOP_CPHASE"]}), .CLKOP_FPHASE(0), .FEEDBK_PATH("CLKOP"), .CLKFB_DIV({d["CLKFB_DIV"]})
    ) pll (
        .RST(1'b0), .STDBY(1'b0), .CLKI(clk_in), .CLKOP(clk_pll), .CLKFB(clk_pll), .CLKINTFB(),
        .PHASESEL0(1'b0), .PHASESEL1(1'b0), .PHASEDIR(1'b1), .PHASESTEP(1'b1), .PHASELOADREG(1'b1),
        .PLLWAKESYNC(1'b0), .ENCLKOP(1'b0), .LOCK(locked)
    );
    assign clk = clk_pll;
"""
    return f"""    SB_PLL40_PAD #(
        .FEEDBACK_PATH("SIMPLE"), .DIVR(4'd{d["DIVR"]}), .DIVF(7'd{d["DIVF"]}), .DIVQ(3'd{d["DIVQ"]}),
        .FILTER_RANGE(3'd{d["FILTER_RANGE"]})
    ) pll (
        .PACKAGEPIN(clk_in), .PLLOUTGLOBAL(clk), .LOCK(locked), .RESETB(1'b1), .BYPASS(1'b0)
    );
"""


def link_parameters(layout: LinkLayout, cycles_per_bit: int, idle_timeout: int, identity: int) -> dict[str, int | str]:
    """The ``snnc_link`` parameters of a design's layout."""
    return {
        "CLKS_PER_BIT": cycles_per_bit,
        "IDLE_TIMEOUT": idle_timeout,
        "C_BITS": layout.c_bits,
        "Y_BITS": layout.y_bits,
        "X_BITS": layout.x_bits,
        "V_BITS": layout.value_bits,
        "C_LIMIT": layout.limits[0],
        "Y_LIMIT": layout.limits[1],
        "X_LIMIT": layout.limits[2],
        "EOS_PER_IMAGE": layout.eos_per_image,
        "REC_BYTES": layout.record_bytes,
        "DEPTH_BITS": layout.depth_bits,
        "CAPACITY": layout.capacity,
        "N_OUT": layout.n_out,
        "RESULT_BITS": layout.result_bits,
        "RESULT_SIGNED": int(layout.result_signed),
        "CLASS_BITS": layout.class_bits,
        "VALUE_BYTES": layout.value_bytes,
        "DESIGN_ID": f"32'h{identity:08x}",
    }


def board_top_verilog(board: Board, clock: BoardClock, parameters: dict[str, int]) -> str:
    """The board's top module: clock, reset, LEDs and ``snnc_link`` with ``parameters``."""
    ties = "".join(f"    output wire {name},\n" for name, _ in board.tie_high)
    tie_assigns = "".join(f"    assign {name} = 1'b1;\n" for name, _ in board.tie_high)
    press = "!reset_button" if board.reset_button.active_low else "reset_button"
    pll = _pll_verilog(board, clock) if clock.pll else "    assign clk = clk_in;\n    assign locked = 1'b1;\n"
    signals = {"receiving": "receiving", "computing": "computing", "error": "error_seen"}
    led_values = []
    for i, (pin, roles) in enumerate(board.leds):
        busy = " | ".join(signals[role] for role in roles if role != "heartbeat")
        if "heartbeat" in roles:  # lit while busy, else blinking
            value = f"({busy}) | heartbeat[23]" if busy else "heartbeat[23]"
        else:
            value = busy
        led_values.append(f"    assign led[{i}] = {'!' if pin.active_low else ''}({value});")
    source = f"a PLL from the {board.oscillator_mhz:g} MHz oscillator" if clock.pll else "the oscillator"
    params = ",\n".join(f"        .{k}({v})" for k, v in parameters.items())
    led_ports = f"    output wire [{len(board.leds) - 1}:0] led,\n"
    return f"""// snnc board top for the {board.description}: generated, do not edit.
// Clock {clock.mhz:g} MHz ({source}); UART host link (docs/hardware.md, "Board host link").
`default_nettype none
module {TOP} (
    input wire clk_in,
    input wire uart_rx,
    output wire uart_tx,
{led_ports}{ties}`ifdef SNNC_SIM
    output wire sim_idle,
    output wire sim_computing,
`endif
    input wire reset_button
);
    wire clk, locked;
`ifdef SNNC_SIM
    assign clk = clk_in;
    assign locked = 1'b1;
`else
{pll}`endif
{tie_assigns}    reg [1:0] button_sync = 2'b00;
    reg [7:0] power_on = 8'd0;
    reg [23:0] heartbeat = 24'd0;
    always @(posedge clk) begin
        button_sync <= {{button_sync[0], {press}}};
        heartbeat <= heartbeat + 1'b1;
        if (!locked || button_sync[1]) power_on <= 8'd0;
        else if (power_on != 8'hFF) power_on <= power_on + 1'b1;
    end
    wire rst = power_on != 8'hFF;
    wire receiving, computing, error_seen, idle;
    {LINK_MODULE} #(
{params}
    ) link (
        .clk(clk), .rst(rst), .rx(uart_rx), .tx(uart_tx),
        .receiving(receiving), .computing(computing), .error_seen(error_seen), .idle(idle)
    );
{chr(10).join(led_values)}
`ifdef SNNC_SIM
    assign sim_idle = idle && !rst;
    assign sim_computing = computing;
`endif
endmodule
`default_nettype wire
"""


def board_ports(board: Board) -> list[tuple[str, Pin]]:
    """Every top-level port with its pin."""
    ports = [("clk_in", board.clock), ("uart_rx", board.uart_rx), ("uart_tx", board.uart_tx)]
    leds = [(f"led[{i}]", pin) for i, (pin, _) in enumerate(board.leds)]
    return ports + leds + list(board.tie_high) + [("reset_button", board.reset_button)]


def constraints(board: Board, clock: BoardClock) -> tuple[str, str]:
    """(file name, text) of the board's pin constraints: an LPF for ECP5, a CST for Gowin, a PCF for
    iCE40."""
    if board.family == "ecp5":
        lines = ["BLOCK RESETPATHS;", "BLOCK ASYNCPATHS;"]
        for port, pin in board_ports(board):
            lines.append(f'LOCATE COMP "{port}" SITE "{pin.site}";')
            if pin.attributes:
                lines.append(f'IOBUF PORT "{port}" {pin.attributes};')
        lines.append(f'FREQUENCY PORT "clk_in" {board.oscillator_mhz:g} MHz;')
        return "board.lpf", "\n".join(lines) + "\n"
    if board.family == "gowin":
        lines = []
        for port, pin in board_ports(board):
            lines.append(f'IO_LOC "{port}" {pin.site};')
            if pin.attributes:
                lines.append(f'IO_PORT "{port}" {pin.attributes};')
        return "board.cst", "\n".join(lines) + "\n"
    lines = [f"set_io {port} {pin.site}" for port, pin in board_ports(board)]
    return "board.pcf", "\n".join(lines) + "\n"
