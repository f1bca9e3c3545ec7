"""Benchmark: the board host link, whole protocol, on the whole digits test set.

Trains (or reuses) the digits MLP of ``fpga_fc.py`` (64-128-10, T=8), compiles it for a board with
``--board`` (no synthesis: the co-simulation needs the RTL only; ``--synth`` also places, routes
and packs the bitstream and records Fmax), then sends every test image through the board top
co-simulated in Verilator at the serial-bit level, driven by the host driver through a
pseudo-terminal exactly as ``snnc run --backend board --port /dev/ttyUSB0`` drives a board.

Reports mismatches against the integer reference and the cycle model, the accelerator's images/s at
the board clock, and the link-limited images/s at the chosen baud rate (board cycles per image,
host waits excluded, at the board clock).

    python benchmarks/board_link.py                          # ULX3S, 115200 baud (about 2 minutes)
    python benchmarks/board_link.py --board icebreaker --weight-bits 4 --baud 115200

Writes ``benchmarks/results/board-link-<board>-<baud>.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from snnc.compile import CompileOptions, compile_model
from snnc.evaluate import board_run_lines, run_board_on_dataset
from snnc.ir.io import read_graph

HERE = Path(__file__).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--board", default="ulx3s")
    parser.add_argument("--baud", type=int, default=115_200)
    parser.add_argument("--weight-bits", type=int, default=8)
    parser.add_argument("--synth", action="store_true", help="also synthesize, place, route and pack the bitstream")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    args = parser.parse_args()

    from fpga_fc import SETUPS, trained_model  # the same trained digits model as the FPGA FC benchmark

    model = trained_model("digits", SETUPS["digits"], 128, 8, args.out)
    build = args.out / f"board-{args.board}-{args.baud}-w{args.weight_bits}"
    options = CompileOptions(
        backend="fpga", output=build, board=args.board, baud=args.baud, weight_bits=args.weight_bits,
        synthesize=args.synth, dataset="digits", force=True,
    )  # fmt: skip
    began = time.perf_counter()
    compiled = compile_model(model, options, echo=print)
    compile_seconds = time.perf_counter() - began
    report = run_board_on_dataset(
        model, read_graph(model), build, {"port": "cosim"}, dataset="digits", limit=args.limit
    )
    for line in board_run_lines(model, report):
        print(line)
    section = compiled["report"]["board"]
    result = {
        **report,
        "compile_seconds": compile_seconds,
        "design_id": section["design_id"],
        "cycles_per_bit": section["cycles_per_bit"],
        "reply_bytes": section["reply_bytes"],
        "record_bytes": section["record_bytes"],
        "fmax_mhz": section.get("fmax_mhz"),
        "bitstream": section.get("bitstream"),
        "synthesis": section.get("synthesis"),
        "command": f"python benchmarks/board_link.py --board {args.board} --baud {args.baud} "
        f"--weight-bits {args.weight_bits}" + (" --synth" if args.synth else ""),
    }
    out = HERE / "results" / f"board-link-{args.board}-{args.baud}.json"
    out.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
