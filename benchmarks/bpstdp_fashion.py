"""Benchmark: `train bpstdp` on the full Fashion-MNIST: accuracy after phase 1 (BP) and after
phase 2 (STDP) in both modes, at several T, with times.

    python benchmarks/bpstdp_fashion.py --channels 16 --steps 4,8 --epochs 5 --fine_tune_epochs 2   # CPU

Phase 2 starts from the same phase-1 model for both modes. Writes benchmarks/results/<tag>.json
and prints a markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

from snnc.data import DEBIAN_FASHION_MNIST
from snnc.frontends.bpstdp import stdp_phase
from snnc.frontends.checkpoint import load_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.trainer import train


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset_root", default=str(DEBIAN_FASHION_MNIST))
    parser.add_argument("--arch", default="convnet")
    parser.add_argument("--channels", type=int, default=16)
    parser.add_argument("--steps", default="4,8")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--fine_tune_epochs", type=int, default=2)
    parser.add_argument("--loss", default="mse")
    parser.add_argument("--encoding", default="binary")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--batch_size", type=int, default=64)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--stdp_scale", type=float, default=1.0)
    parser.add_argument("--phase1", default=None, help="skip phase 1: start phase 2 from this checkpoint (one T)")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    out = Path(args.out)
    tag = f"bpstdp-fashion-{args.arch}-c{args.channels}-{args.loss}-s{args.stdp_scale:g}-{args.device.split(':')[0]}"
    record: dict[str, object] = {"benchmark": "bpstdp_fashion", "tag": tag, "args": vars(args), "runs": {}}
    for steps in [int(s) for s in args.steps.split(",")]:
        config = TrainConfig(
            method="bpstdp",
            dataset="FashionMNIST",
            dataset_root=args.dataset_root,
            arch=args.arch,
            channels=args.channels,
            time_steps=steps,
            batch_size=args.batch_size,
            learning_rate=args.lr,
            weight_decay=0.0,
            epochs=args.epochs,
            optimizer="adam",
            loss=args.loss,
            encoding=args.encoding,
            scheduler="plateau",
            device=args.device,
            log_dir=str(out / "logs"),
            model_dir=str(out / "models"),
            run_name=f"{tag}-T{steps}",
        )
        if args.phase1:
            payload = load_checkpoint(args.phase1)
            start = Path(args.phase1)
            run = {
                "phase1_test_acc": payload["metrics"]["best_test_acc"],
                "phase1_seconds": 0.0,
                "phase1_checkpoint": args.phase1,
            }
        else:
            phase1 = train(config, progress=False)
            start = phase1.last_checkpoint
            run = {"phase1_test_acc": phase1.best_test_acc, "phase1_seconds": phase1.seconds}
        for mode in ("finetune", "combined"):
            began = time.perf_counter()
            mode_config = dataclasses.replace(
                config,
                stdp_mode=mode,
                fine_tune_epochs=args.fine_tune_epochs,
                stdp_scale=args.stdp_scale,
                run_name=f"{tag}-T{steps}-{mode}",
            )
            best, history = stdp_phase(mode_config, start, print, progress=False)
            run[mode] = {
                "best_test_acc": best,
                "final_test_acc": history[-1]["test_acc"],
                "seconds": time.perf_counter() - began,
            }
        record["runs"][str(steps)] = run
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{tag}.json").write_text(json.dumps(record, indent=2) + "\n")
    print("| T | after BP | STDP finetune (best, Δ) | STDP combined (best, Δ) | BP time | STDP time per mode |")
    print("|---|---|---|---|---|---|")
    for steps, run in record["runs"].items():
        gains = {m: run[m]["best_test_acc"] - run["phase1_test_acc"] for m in ("finetune", "combined")}
        cells = " | ".join(f"{100 * run[m]['best_test_acc']:.2f}% ({100 * gains[m]:+.2f})" for m in gains)
        print(
            f"| {steps} | {100 * run['phase1_test_acc']:.2f}% | {cells} | {run['phase1_seconds'] / 60:.1f} min | "
            f"{run['finetune']['seconds'] / 60:.1f} / {run['combined']['seconds'] / 60:.1f} min |"
        )


if __name__ == "__main__":
    main()
