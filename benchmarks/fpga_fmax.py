"""Benchmark: measured clocks. Per network and family, the accelerator synthesized by yosys and placed
and routed by nextpnr (iCE40 HX8K: nextpnr-ice40; ECP5-85F: nextpnr-ecp5), with LUT/FF/BRAM/DSP,
Fmax, cycles per image (the plan's, exact cycle model) and images/s at that Fmax, and the critical
path nextpnr reports. nextpnr aims for ``GOALS_MHZ`` (issue 17's timing goals: 50 MHz on iCE40, 100
on ECP5) unless ``--clock-mhz`` says otherwise.

    python benchmarks/fpga_fmax.py                       # the digits MLP on both families (~10 minutes)
    python benchmarks/fpga_fmax.py --model M.nir --dataset FashionMNIST \
        --dataset-root /usr/share/datasets/fashion-mnist --targets ecp5-85k --weight-bits 4
                                                         # a conv net (8-bit weights need 214 of 208 DP16KD)

Writes ``benchmarks/results/fpga-fmax-<network>[-w<bits>][<tag>].json`` and prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from snnc.compile import CompileOptions, compile_model, placement_seeds

HERE = Path(__file__).parent
TARGETS = ("ice40-hx8k", "ecp5-85k")
#: The clock each family's place and route aims for (nextpnr --freq): issue 17's timing goals.
GOALS_MHZ = {"ice40-hx8k": 50.0, "ecp5-85k": 100.0}
CRITICAL = re.compile(
    r"Info: Critical path report for clock '[^']*'.*?(?=\nInfo: Critical path|\nInfo: Max frequency|\Z)", re.S
)


def critical_path(log: Path) -> list[str]:
    """The source and sink cells of the post-route critical path (the last report in the log)."""
    text = log.read_text(errors="replace") if log.exists() else ""
    reports = CRITICAL.findall(text)
    if not reports:
        return []
    sources = re.findall(r"Source (\S+)", reports[-1])
    sinks = re.findall(r"Sink (\S+)", reports[-1])
    return [sources[0], sinks[-1]] if sources and sinks else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=None, help="a NIR file (default: the fpga_fc.py digits MLP)")
    parser.add_argument("--dataset", default="digits")
    parser.add_argument("--dataset-root", default="./data")
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--lanes", type=int, default=None, help="lanes per stage (default: the schedule's)")
    parser.add_argument("--weight-bits", type=int, default=8, help="weight bits (4 fits the Fashion convnet on ECP5)")
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--tag", default="", help="appended to the result file's name (a partial run)")
    parser.add_argument("--clock-mhz", type=float, default=None, help="nextpnr's goal (default: GOALS_MHZ)")
    parser.add_argument(
        "--seed", type=placement_seeds, default=None,
        help="nextpnr's placement seed (default: nextpnr's); several (1,2,3): each placed, the fastest kept",
    )  # fmt: skip
    args = parser.parse_args()
    model = args.model
    if model is None:
        from fpga_fc import SETUPS, trained_model

        model = trained_model("digits", SETUPS["digits"], 128, 8, args.out)
    rows = []
    for target in args.targets.split(","):
        build = args.out / f"fmax-{model.stem}-{target}"
        options = CompileOptions(
            backend="fpga", output=build, target=target, dataset=args.dataset, dataset_root=args.dataset_root,
            lanes=args.lanes, weight_bits=args.weight_bits, force=True,
            clock_mhz=args.clock_mhz or GOALS_MHZ.get(target), seed=args.seed,
        )  # fmt: skip
        began = time.perf_counter()
        report = compile_model(model, options, echo=print)["report"]
        family = next(iter(report["synthesis"]))
        stats, pnr = report["synthesis"][family], report["place_and_route"][family]
        fmax = pnr["fmax_mhz"] if pnr["fits"] else None
        rows.append(
            {
                "network": model.stem,
                "weight_bits": args.weight_bits,
                "target": target,
                "family": family,
                "lanes": [s["lanes"] for s in report["stages"]],
                "luts": stats["luts"],
                "ffs": stats["ffs"],
                "bram": stats["bram"],
                "dsp": stats["dsp"],
                "fits": pnr["fits"],
                "fmax_mhz": fmax,
                "clock_goal_mhz": pnr.get("clock_goal_mhz"),
                "critical_path": critical_path(build / f"nextpnr-{family}.log"),
                "cycles_per_image": report["cycles_per_image"],
                "images_per_s_at_fmax": fmax * 1e6 / report["cycles_per_image"] if fmax else None,
                "seed": pnr.get("seed"),
                "stalled_seeds": pnr.get("stalled_seeds", []),
                "fmax_by_seed": pnr.get("fmax_by_seed"),
                "compile_seconds": time.perf_counter() - began,
            }
        )
    suffix = "" if args.weight_bits == 8 else f"-w{args.weight_bits}"
    out = HERE / "results" / f"fpga-fmax-{model.stem}{suffix}{args.tag}.json"
    out.write_text(json.dumps(rows, indent=2) + "\n")
    print("| network | target | lanes | LUT | FF | BRAM | DSP | Fmax MHz | cycles/image | images/s at Fmax |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        fmax = f"{r['fmax_mhz']:.1f}" if r["fmax_mhz"] else "does not fit"
        rate = f"{r['images_per_s_at_fmax']:,.0f}" if r["images_per_s_at_fmax"] else "-"
        print(
            f"| {r['network']} | {r['target']} | {r['lanes']} | {r['luts']:,} | {r['ffs']:,} | {r['bram']} | "
            f"{r['dsp']} | {fmax} | {r['cycles_per_image']:,.0f} | {rate} |"
        )
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
