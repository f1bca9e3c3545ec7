"""The devices the FPGA backend plans for: their LUT, block RAM and DSP budgets and a stated clock
(used until place and route measures one). Kept free of heavy imports: the CLI lists them in
``--help``."""

from __future__ import annotations

from typing import NamedTuple

from snnc.errors import ConfigError

#: The yosys families a build can synthesize (``--families``; the keys of ``synth.FAMILIES``).
FAMILY_NAMES: tuple[str, ...] = ("ice40", "ecp5", "gowin", "xc7")


class Target(NamedTuple):
    luts: int
    bram_blocks: int
    bram_block_bits: int
    bram_width: int
    dsps: int
    clock_mhz: float  # stated clock until place and route measures one
    lut_inputs: int = 6
    family: str | None = None  # the yosys family synthesized by default (snnc.backends.fpga.synth.FAMILIES)
    part: tuple[str, str] | None = None  # (device, package) for place and route (iCE40, ECP5) or Vivado (xc7)
    lutram_depth: int = 0  # memories up to this deep go to LUT RAM (as yosys maps them), not block RAM


# name: LUTs, block RAMs (count, bits each, widest port), DSPs, stated MHz, LUT inputs, family, (device, package),
# the deepest memory yosys keeps in LUT RAM (measured with yosys 0.23 on a 224-bit wide memory: xc7 RAM32M/RAM64M
# up to 64 words, ECP5 TRELLIS_DPR16X4 and Gowin RAM16SDP4 up to 32, then block RAM; iCE40 has none).
# LFE5U-25F / -85F: LUT4s, DP16KD block RAMs of 18 kbit (36 wide as PDPW16KD), 18x18 multipliers.
TARGETS: dict[str, Target] = {
    "ice40-hx8k": Target(7_680, 32, 4_096, 16, 0, 40.0, 4, "ice40", ("hx8k", "ct256")),
    "ice40-up5k": Target(5_280, 30, 4_096, 16, 8, 20.0, 4, "ice40", ("up5k", "sg48")),
    "ecp5-25k": Target(24_288, 56, 18_432, 36, 28, 50.0, 4, "ecp5", ("25k", "CABGA381"), 32),
    "ecp5-85k": Target(83_640, 208, 18_432, 36, 156, 50.0, 4, "ecp5", ("85k", "CABGA381"), 32),
    # GW1NR-9 (Tang Nano 9K): 8,640 LUT4, 26 BSRAM of 18 kbit (36 wide as SDPX9B), 20 MULT18X18.
    "gw1n-9": Target(8_640, 26, 18_432, 36, 20, 27.0, 4, "gowin", ("GW1NR-LV9QN88PC6/I5", "GW1N-9C"), 32),
    "xc7z020": Target(53_200, 140, 36_864, 72, 220, 100.0, 6, "xc7", ("xc7z020clg400-1", "clg400"), 64),
    "generic": Target(1_000_000, 10_000, 36_864, 72, 10_000, 100.0),
}


#: The boards ``--board`` takes (their pins and tops live in ``snnc.backends.fpga.boards``).
BOARD_NAMES: tuple[str, ...] = ("ulx3s", "icebreaker", "tangnano9k")

STATED = "stated (not measured)"  # the clock source of a clock no tool measured


def clock_label(performance: dict) -> str:
    """A clock with its source ("37.9 MHz, nextpnr-ice40 Fmax on hx8k", "100.0 MHz, stated (not measured)") from a
    report's ``performance`` (``clock_mhz``, ``clock_source``)."""
    return f"{performance['clock_mhz']:.1f} MHz, {performance['clock_source']}"


def lanes_label(placed: dict) -> str:
    """A core's lanes as reports show them: ``16``, or ``16, 3x3 banks`` for a conv core with
    accumulator banks (a plan's or build report's stage record)."""
    banks = tuple(placed.get("banks", (1, 1)))
    return str(placed["lanes"]) if banks == (1, 1) else f"{placed['lanes']}, {banks[0]}x{banks[1]} banks"


def get_target(name: str | None) -> Target:
    if name not in TARGETS:
        raise ConfigError(f"--target: unknown target {name!r}; choose one of {', '.join(TARGETS)}")
    return TARGETS[name]
