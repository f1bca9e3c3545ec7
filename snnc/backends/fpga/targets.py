"""The devices the FPGA backend plans for: their LUT, block RAM and DSP budgets and a stated clock
(used until place and route measures one). Kept free of heavy imports: the CLI lists them in
``--help``."""

from __future__ import annotations

from typing import NamedTuple

from snnc.errors import ConfigError

#: The yosys families a build can synthesize (``--families``; the keys of ``synth.FAMILIES``).
FAMILY_NAMES: tuple[str, ...] = ("ice40", "ecp5", "xc7")


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


TARGETS: dict[str, Target] = {
    "ice40-hx8k": Target(
        luts=7_680, bram_blocks=32, bram_block_bits=4_096, bram_width=16, dsps=0, clock_mhz=40.0, lut_inputs=4,
        family="ice40", part=("hx8k", "ct256"),
    ),
    "ice40-up5k": Target(
        luts=5_280, bram_blocks=30, bram_block_bits=4_096, bram_width=16, dsps=8, clock_mhz=20.0, lut_inputs=4,
        family="ice40", part=("up5k", "sg48"),
    ),
    # LFE5U-25F / -85F: LUT4s, DP16KD block RAMs of 18 kbit (36 wide as PDPW16KD), 18x18 multipliers
    "ecp5-25k": Target(
        luts=24_288, bram_blocks=56, bram_block_bits=18_432, bram_width=36, dsps=28, clock_mhz=50.0, lut_inputs=4,
        family="ecp5", part=("25k", "CABGA381"),
    ),
    "ecp5-85k": Target(
        luts=83_640, bram_blocks=208, bram_block_bits=18_432, bram_width=36, dsps=156, clock_mhz=50.0, lut_inputs=4,
        family="ecp5", part=("85k", "CABGA381"),
    ),
    "xc7z020": Target(
        luts=53_200, bram_blocks=140, bram_block_bits=36_864, bram_width=72, dsps=220, clock_mhz=100.0,
        family="xc7", part=("xc7z020clg400-1", "clg400"),
    ),
    "generic": Target(
        luts=1_000_000, bram_blocks=10_000, bram_block_bits=36_864, bram_width=72, dsps=10_000, clock_mhz=100.0
    ),
}  # fmt: skip


STATED = "stated (not measured)"  # the clock source of a clock no tool measured


def clock_label(performance: dict) -> str:
    """A clock with its source ("37.9 MHz, nextpnr-ice40 Fmax on hx8k", "100.0 MHz, stated (not measured)") from a
    report's ``performance`` (``clock_mhz``, ``clock_source``)."""
    return f"{performance['clock_mhz']:.1f} MHz, {performance['clock_source']}"


def get_target(name: str | None) -> Target:
    if name not in TARGETS:
        raise ConfigError(f"--target: unknown target {name!r}; choose one of {', '.join(TARGETS)}")
    return TARGETS[name]
