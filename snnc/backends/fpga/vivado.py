"""A Vivado batch script for a build on a Xilinx 7-series part (snnc does not run Vivado).

Xilinx has no open place and route here: a build's clock for a Xilinx target is the target's
stated one (not measured). Users with Vivado get ``vivado.tcl`` (project, synthesis,
implementation, timing and utilisation reports, bitstream) and ``snnc_accelerator.xdc`` (the
clock constraint) in the build: ``vivado -mode batch -source BUILD/vivado.tcl``; the measured
timing is then in ``BUILD/vivado/timing.rpt``.
"""

from __future__ import annotations

from pathlib import Path

from snnc.errors import ConfigError
from snnc.files import atomic_write

SCRIPT = "vivado.tcl"


def _tcl_word(name: str) -> str:
    if any(c in name for c in ' {}[]$"\\;\n'):
        raise ConfigError(f"file name {name!r} holds a character a Tcl word cannot carry unquoted")
    return name


def vivado_script(top: str, verilog: list[str], hex_files: list[str], xdc: str, part: str) -> str:
    """The Tcl of a project-mode Vivado run over files that sit beside the script."""
    sources = " ".join(f"[file join $here {_tcl_word(name)}]" for name in verilog)
    memories = " ".join(f"[file join $here {_tcl_word(name)}]" for name in hex_files)
    lines = [
        f"# Vivado batch flow for {top} on {part}: vivado -mode batch -source vivado.tcl (written by snnc).",
        "# Creates the project in vivado/, synthesizes, implements, reports timing and utilisation, writes",
        "# the bitstream. snnc's own clock for this part is stated (not measured); timing.rpt measures it.",
        "# The top's ports have no pin locations: the bitstream's pins are Vivado's choice (DRCs NSTD-1 and",
        "# UCIO-1 downgraded below), fit for timing and utilisation; a board needs a top with its pins.",
        "set here [file dirname [file normalize [info script]]]",
        "set out [file join $here vivado]",
        f"create_project -force {_tcl_word(top)} $out -part {_tcl_word(part)}",
        f"add_files -norecurse [list {sources}]",
    ]
    if hex_files:
        lines += [
            f"set memories [list {memories}]",
            "add_files -norecurse $memories",
            "# $readmemh names these files: as memory files they are copied beside the synthesis run",
            "set_property file_type {Memory File} [get_files $memories]",
        ]
    lines += [
        f"add_files -fileset constrs_1 -norecurse [file join $here {_tcl_word(xdc)}]",
        f"set_property top {_tcl_word(top)} [current_fileset]",
        "launch_runs synth_1 -jobs 4",
        "wait_on_run synth_1",
        'if {[get_property PROGRESS [get_runs synth_1]] ne "100%"} { error "synthesis failed" }',
        "launch_runs impl_1 -to_step route_design -jobs 4",
        "wait_on_run impl_1",
        'if {[get_property PROGRESS [get_runs impl_1]] ne "100%"} { error "implementation failed" }',
        "open_run impl_1",
        "report_utilization -file [file join $out utilization.rpt]",
        "report_timing_summary -file [file join $out timing.rpt]",
        "set_property SEVERITY {Warning} [get_drc_checks {NSTD-1 UCIO-1}]",
        f"write_bitstream -force [file join $out {_tcl_word(top)}.bit]",
    ]
    return "\n".join(lines) + "\n"


def constraints(clock_port: str, clock_mhz: float) -> str:
    """An XDC file constraining ``clock_port`` to ``clock_mhz``."""
    period = 1000.0 / clock_mhz
    return (
        f"# {clock_mhz:g} MHz: the build's clock (--clock-mhz, else the target's stated clock; written by snnc)\n"
        f"create_clock -period {period:.3f} -name {clock_port} [get_ports {clock_port}]\n"
    )


def write_vivado_project(
    build_dir: Path, top: str, verilog: list[str], hex_files: list[str], part: str, clock_mhz: float
) -> dict[str, Path]:
    """Write ``vivado.tcl`` and ``{top}.xdc`` (the clock ``clk`` at ``clock_mhz``) into ``build_dir``."""
    build_dir = Path(build_dir)
    xdc = f"{top}.xdc"
    xdc_text = constraints("clk", clock_mhz)
    tcl_text = vivado_script(top, verilog, hex_files, xdc, part)
    return {
        "xdc": atomic_write(build_dir / xdc, lambda tmp: tmp.write_text(xdc_text)),
        "vivado": atomic_write(build_dir / SCRIPT, lambda tmp: tmp.write_text(tcl_text)),
    }
