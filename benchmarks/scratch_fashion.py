"""Benchmark: `train scratch` on the full Fashion-MNIST, then the exported NIR graph on the
reference and Norse backends (accuracy, agreement, inference throughput).

    python benchmarks/scratch_fashion.py --channels 16 -T 4 --epochs 8           # CPU-feasible
    python benchmarks/scratch_fashion.py --device cuda --channels 128 -T 8 --epochs 30 --backends reference

Writes a JSON record (and the NIR model) under --out; prints one markdown table row.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import torch

from snnc.data import DEBIAN_FASHION_MNIST
from snnc.evaluate import run_on_dataset
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.io import read_graph, write_graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset_root", default=str(DEBIAN_FASHION_MNIST))
    parser.add_argument("--arch", default="convnet")
    parser.add_argument("--channels", type=int, default=16)
    parser.add_argument("-T", "--time_steps", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--batch_size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--loss", default="ce")
    parser.add_argument("--weight_decay", type=float, default=0.0)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--train_limit", type=int, default=None, help="smoke runs: first N training images")
    parser.add_argument("--time_budget", type=float, default=None, help="minutes of training at most")
    parser.add_argument("--backends", default="reference,norse")
    parser.add_argument("--eval_limit", type=int, default=None, help="test images for the backend runs")
    parser.add_argument("--model", default=None, help="skip training: evaluate this NIR file")
    parser.add_argument("--scheduler", default=None, help="the learning-rate schedule (default: train's)")
    parser.add_argument("--qat_bits", type=int, default=None, help="quantization-aware training")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()

    torch.set_num_threads(min(torch.get_num_threads(), os.cpu_count() or 1))
    out = Path(args.out)
    qat = f"-qat{args.qat_bits}" if args.qat_bits else ""
    qat += f"-{args.scheduler}" if args.scheduler else ""
    device = args.device.split(":")[0]
    tag = f"scratch-fashion-{args.arch}-c{args.channels}-T{args.time_steps}-{args.loss}{qat}-{device}"
    record: dict[str, object] = {
        "benchmark": "scratch_fashion",
        "tag": tag,
        "args": vars(args),
        "machine": platform.node(),
        "cpu_threads": torch.get_num_threads(),
        "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() and "cuda" in args.device else None,
    }
    if args.model is None:
        config = TrainConfig(
            method="scratch",
            dataset="FashionMNIST",
            dataset_root=args.dataset_root,
            arch=args.arch,
            channels=args.channels,
            time_steps=args.time_steps,
            batch_size=args.batch_size,
            learning_rate=args.lr,
            weight_decay=args.weight_decay,
            epochs=args.epochs,
            loss=args.loss,
            device=args.device,
            seed=args.seed,
            log_dir=str(out / "logs"),
            model_dir=str(out / "models"),
            run_name=tag,
            train_limit=args.train_limit,
            time_budget=args.time_budget,
            qat_bits=args.qat_bits,
            **({"scheduler": args.scheduler} if args.scheduler else {}),
        )
        result = train(config, progress=False)
        model_path = write_graph(export_checkpoint(str(result.best_checkpoint)), out / "models" / f"{tag}.nir")
        record.update(
            train_seconds=result.seconds,
            best_epoch_test_acc=result.best_test_acc,
            history=result.history,
            config=config.to_dict(),
        )
    else:
        model_path = Path(args.model)
    record["model"] = str(model_path)
    graph = read_graph(model_path)
    predictions = {}
    record["backends"] = {}
    for backend in [b for b in args.backends.split(",") if b]:
        began = time.perf_counter()
        report = run_on_dataset(
            graph, backend, "FashionMNIST", args.dataset_root, limit=args.eval_limit, dtype="float32"
        )
        predictions[backend] = report.predictions
        record["backends"][backend] = report.summary() | {"wall_seconds": time.perf_counter() - began}
    if len(predictions) > 1:
        first = next(iter(predictions.values()))
        record["identical_predictions"] = all(p == first for p in predictions.values())
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{tag}.json").write_text(json.dumps(record, indent=2) + "\n")
    row = " | ".join(
        f"{name} {100 * r['accuracy']:.2f}% @ {r['images_per_s']:.0f} img/s" for name, r in record["backends"].items()
    )
    train_part = (
        (
            f"train {record['train_seconds'] / 60:.1f} min, best epoch test acc "
            f"{100 * record['best_epoch_test_acc']:.2f}% | "
        )
        if "train_seconds" in record
        else ""
    )
    print(f"| {tag} | {train_part}{row} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
