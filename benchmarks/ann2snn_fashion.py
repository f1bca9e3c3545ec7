"""Benchmark: `train ann` on the full Fashion-MNIST, then `ann2snn` conversion with each mode,
SNN accuracy at several T on the full test set (reference executor), with times.

    python benchmarks/ann2snn_fashion.py --channels 16 --epochs 10        # CPU-feasible (~10 min here)
    python benchmarks/ann2snn_fashion.py --act qcfs --levels 4 --steps 2,4,8,16,32   # a QCFS ANN (one row)

Writes benchmarks/results/<tag>.json and prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from snnc.data import DEBIAN_FASHION_MNIST, load_split
from snnc.frontends.config import TrainConfig
from snnc.frontends.convert import convert_ann
from snnc.frontends.methods import model_from_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.evaluation import accuracy_by_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset_root", default=str(DEBIAN_FASHION_MNIST))
    parser.add_argument("--arch", default="convnet")
    parser.add_argument("--channels", type=int, default=16)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch_size", type=int, default=64)
    parser.add_argument("--optimizer", default="sgd")
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--modes", default="max,99.9%")
    parser.add_argument("--act", default="relu", choices=("relu", "qcfs"), help="qcfs: one row, its own thresholds")
    parser.add_argument("--levels", type=int, default=4, help="qcfs: quantization steps L")
    parser.add_argument("--steps", default="4,8,16,32,64")
    parser.add_argument("--calibration_batches", type=int, default=100)
    parser.add_argument("--eval_limit", type=int, default=None)
    parser.add_argument("--time_budget", type=float, default=None, help="minutes of ANN training at most")
    parser.add_argument("--ann", default=None, help="skip training: convert this ANN checkpoint")
    parser.add_argument("--scheduler", default=None, help="the learning-rate schedule (default: train's)")
    parser.add_argument("--qat_bits", type=int, default=None, help="quantization-aware training of the ANN")
    parser.add_argument("--export", default=None, help="write the converted graph (first mode) to this NIR file")
    parser.add_argument("--export_steps", type=int, default=4, help="the exported graph's T")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()

    out = Path(args.out)
    act = f"-qcfs{args.levels}" if args.act == "qcfs" else ""
    act += f"-qat{args.qat_bits}" if args.qat_bits else ""
    act += f"-{args.scheduler}" if args.scheduler else ""
    tag = f"ann2snn-fashion-{args.arch}-c{args.channels}{act}-{args.device.split(':')[0]}"
    record: dict[str, object] = {
        "benchmark": "ann2snn_fashion",
        "tag": tag,
        "args": vars(args),
        "cpu_threads": torch.get_num_threads(),
    }
    if args.ann is None:
        config = TrainConfig(
            method="ann",
            dataset="FashionMNIST",
            dataset_root=args.dataset_root,
            arch=args.arch,
            channels=args.channels,
            act=args.act,
            levels=args.levels,
            time_steps=1,
            batch_size=args.batch_size,
            learning_rate=args.lr,
            epochs=args.epochs,
            optimizer=args.optimizer,
            loss="ce",
            device=args.device,
            log_dir=str(out / "logs"),
            model_dir=str(out / "models"),
            run_name=tag,
            time_budget=args.time_budget,
            qat_bits=args.qat_bits,
            **({"scheduler": args.scheduler} if args.scheduler else {}),
        )
        result = train(config, progress=False)
        record.update(ann_train_seconds=result.seconds, ann_test_acc=result.best_test_acc, ann_history=result.history)
        record["ann_checkpoint"] = str(result.best_checkpoint)
        checkpoint = str(result.best_checkpoint)
    else:
        checkpoint = args.ann
    model, ann_config, payload = model_from_checkpoint(checkpoint)
    record["ann_test_acc"] = record.get("ann_test_acc", payload["metrics"].get("best_test_acc"))
    train_split = load_split("FashionMNIST", "train", args.dataset_root)
    test = load_split("FashionMNIST", "test", args.dataset_root)
    if args.eval_limit:
        test = test._replace(images=test.images[: args.eval_limit], labels=test.labels[: args.eval_limit])
    order = torch.randperm(len(train_split.labels), generator=torch.Generator().manual_seed(0))
    calibration = [
        train_split.images[order[i : i + args.batch_size]]
        for i in range(0, args.calibration_batches * args.batch_size, args.batch_size)
    ]
    steps = [int(s) for s in args.steps.split(",")]
    record["modes"] = {}
    for mode in ["qcfs"] if ann_config.act == "qcfs" else args.modes.split(","):  # qcfs: the learned thresholds
        began = time.perf_counter()
        graph, scales = convert_ann(model, calibration, (1, 28, 28), mode, max(steps))
        converted = time.perf_counter()
        accuracy = accuracy_by_time(graph, test.images, test.labels, steps, echo=lambda _: None, device=args.device)
        record["modes"][mode] = {
            "scales": scales,
            "accuracy": {str(t): a for t, a in accuracy.items()},
            "convert_seconds": converted - began,
            "simulate_seconds": time.perf_counter() - converted,
            "test_images": len(test.labels),
        }
        if args.export and len(record["modes"]) == 1:
            from snnc.ir.io import write_graph

            exported, _ = convert_ann(model, calibration, (1, 28, 28), mode, args.export_steps)
            record["exported"] = str(write_graph(exported, Path(args.export)))
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{tag}.json").write_text(json.dumps(record, indent=2) + "\n")
    print(
        f"ANN ({tag}): {100 * record['ann_test_acc']:.2f}%"
        + (f", trained in {record['ann_train_seconds'] / 60:.1f} min" if "ann_train_seconds" in record else "")
    )
    print("| mode | " + " | ".join(f"T={t}" for t in steps) + " | simulate s |")
    print("|---" * (len(steps) + 2) + "|")
    for mode, row in record["modes"].items():
        cells = " | ".join(f"{100 * row['accuracy'][str(t)]:.2f}%" for t in steps)
        print(f"| {mode} | {cells} | {row['simulate_seconds']:.0f} |")


if __name__ == "__main__":
    main()
