"""Benchmark: how long the command line takes to start (``snnc --help``, ``snnc --version``).

Each command runs ``--repeat`` times in a fresh interpreter (``python -m snnc``); the best and the
median wall-clock times are reported with the machine's load average, because a busy machine
slows every start. The test suite checks what keeps the start fast (no torch, NIR or numpy
imported for ``--help``); this script measures the time.

    python benchmarks/cli_startup.py            # 20 runs per command

Writes ``benchmarks/results/cli-startup.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
COMMANDS = (["--help"], ["--version"])


def wall_seconds(arguments: list[str]) -> float:
    """Seconds from starting ``python -m snnc <arguments>`` until it exits (it must exit 0)."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "snnc", *arguments], capture_output=True, check=True, timeout=120)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "cli-startup.json")
    args = parser.parse_args()
    rows = []
    for arguments in COMMANDS:
        times = [wall_seconds(arguments) for _ in range(args.repeat)]
        rows.append(
            {"command": "snnc " + " ".join(arguments), "runs": args.repeat, "best_s": round(min(times), 4),
             "median_s": round(statistics.median(times), 4)}
        )  # fmt: skip
        print(f"{rows[-1]['command']:<16} best {min(times):.3f} s  median {statistics.median(times):.3f} s")
    result = {"rows": rows, "load_average_1min": os.getloadavg()[0], "cpus": os.cpu_count()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
