"""The devices the FPGA backend plans for: their LUT, block RAM and DSP budgets and a stated clock
(used until place and route measures one). Kept free of heavy imports: the CLI lists them in
``--help``."""

from __future__ import annotations

from typing import NamedTuple

from snnc.errors import ConfigError


class Target(NamedTuple):
    luts: int
    bram_blocks: int
    bram_block_bits: int
    bram_width: int
    dsps: int
    clock_mhz: float  # stated clock until place and route measures one
    lut_inputs: int = 6


TARGETS: dict[str, Target] = {
    "ice40-hx8k": Target(
        luts=7_680, bram_blocks=32, bram_block_bits=4_096, bram_width=16, dsps=0, clock_mhz=40.0, lut_inputs=4
    ),
    "ice40-up5k": Target(
        luts=5_280, bram_blocks=30, bram_block_bits=4_096, bram_width=16, dsps=8, clock_mhz=20.0, lut_inputs=4
    ),
    "xc7z020": Target(luts=53_200, bram_blocks=140, bram_block_bits=36_864, bram_width=72, dsps=220, clock_mhz=100.0),
    "generic": Target(
        luts=1_000_000, bram_blocks=10_000, bram_block_bits=36_864, bram_width=72, dsps=10_000, clock_mhz=100.0
    ),
}


def get_target(name: str | None) -> Target:
    if name not in TARGETS:
        raise ConfigError(f"--target: unknown target {name!r}; choose one of {', '.join(TARGETS)}")
    return TARGETS[name]
