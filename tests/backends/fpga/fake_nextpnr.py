"""A stand-in nextpnr-ice40 whose router1 goes in circles at chosen seeds, for the tests of the
watchdog that stops such runs (``synth.ROUTER_STALL_BATCHES``) and places the netlist again."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# router1's progress lines as nextpnr 0.4 writes them (the header, then one line per 1,000 arcs).
ROUTER_HEADER = (
    "Info: Routing 15631 arcs.\n"
    "Info:            |   (re-)routed arcs  |   delta    | remaining|       time spent     |\n"
    "Info:    IterCnt |  w/ripup   wo/ripup |  w/r  wo/r |      arcs| batch(sec) total(sec)|\n"
)


def progress_line(iteration: int, ripped: int, free: int, left: int) -> str:
    counts = f"{iteration:10d} | {ripped:8d} {free:10d} | {ripped % 1000:4d} {free:5d} |{left:10d}|"
    return f"Info: {counts}       0.09       1.00|\n"


def stalled_log(converging: int, stalled: int, left: int = 4996) -> str:
    """``converging`` progress lines that route arcs, then ``stalled`` that only rip up (the same arcs left)."""
    lines = [progress_line(1000 * (i + 1), 50 * i, 900, left + 800 * (converging - i)) for i in range(converging)]
    lines += [progress_line(1000 * (converging + i + 1), 1000, 0, left) for i in range(stalled)]
    return ROUTER_HEADER + "".join(lines)


FAKE_NEXTPNR = """\
#!{python}
# A stand-in for nextpnr-ice40: goes in circles like router1 at the seeds in $FAKE_STALL_SEEDS
# ("own" for no --seed), else writes a routed log and report: Fmax 81.25 MHz at its own seed, 80 + seed at another.
import json, os, sys, time
args = sys.argv[1:]
value = lambda flag: args[args.index(flag) + 1] if flag in args else None
seed = value("--seed") or "own"
with open(os.environ["FAKE_NEXTPNR_CALLS"], "a") as calls:
    calls.write(f"{{seed}} {{os.getpid()}}\\n")
log = open(value("-l"), "w", buffering=1)
log.write({header!r})
if seed in os.environ["FAKE_STALL_SEEDS"].split(","):
    while True:
        log.write({line!r})
        time.sleep(0.001)
log.write("Info: \\t         ICESTORM_LC:   120/ 7680     1%\\nInfo: Routing complete.\\n")
fmax = 81.25 if seed == "own" else 80.0 + int(seed)
log.write(f"Info: Max frequency for clock 'clk$SB_IO_IN_$glb_clk': {{fmax}} MHz (PASS at 12.00 MHz)\\n")
with open(value("--report"), "w") as report:
    json.dump({{"fmax": {{"clk$SB_IO_IN_$glb_clk": {{"achieved": fmax}}}},
               "utilization": {{"ICESTORM_LC": {{"used": 120, "available": 7680}}}}}}, report)
"""


def install_fake_nextpnr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stall_seeds: str) -> Path:
    """A fake nextpnr-ice40 first on PATH that stalls at ``stall_seeds`` ("own,1": no --seed and
    --seed 1); returns the file its runs are listed in (seed, pid). Failure logs go to ``tmp_path``."""
    tools = tmp_path / "tools"
    tools.mkdir()
    fake = tools / "nextpnr-ice40"
    fake.write_text(FAKE_NEXTPNR.format(python=sys.executable, header=ROUTER_HEADER, line=progress_line(1, 1000, 0, 7)))
    fake.chmod(0o755)
    calls = tmp_path / "calls.txt"
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_NEXTPNR_CALLS", str(calls))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("FAKE_STALL_SEEDS", stall_seeds)
    return calls


def runs(calls: Path) -> list[tuple[str, int]]:
    return [(seed, int(pid)) for seed, pid in (line.split() for line in calls.read_text().splitlines())]
