"""Benchmark: float vs int8 vs int4 accuracy (and membrane saturation) of trained models.

    python benchmarks/quantize_accuracy.py --digits                         # trains two small digits models
    python benchmarks/quantize_accuracy.py --model M.nir:FashionMNIST:/usr/share/datasets/fashion-mnist

Float accuracy is the float reference on the NIR graph; intN is the integer reference on the
graph quantized with N-bit weights (default membrane widths, 8-bit pixels, 256 calibration images
for the saturation figure). Writes benchmarks/results/quantize-<name>.json and a markdown table.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from snnc.compile import compile_graph, sample_images
from snnc.evaluate import run_on_dataset
from snnc.frontends.ann2snn import run_ann2snn
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import node_qat
from snnc.ir.passes import PassContext


def digits_models(work: Path) -> list[tuple[str, Path, str, str]]:
    """A scratch MLP and an ann2snn convnet on digits, trained here in seconds."""
    quiet = dict(log=False, model_dir=str(work / "models"))
    scratch = train(
        TrainConfig(
            method="scratch",
            dataset="digits",
            arch="mlp",
            hidden=[128],
            time_steps=8,
            epochs=30,
            batch_size=32,
            learning_rate=2e-3,
            weight_decay=0.0,
            loss="ce",
            run_name="s",
            **quiet,
        ),
        echo=lambda _: None,
        progress=False,
    )
    scratch_path = write_graph(export_checkpoint(str(scratch.best_checkpoint)), work / "scratch-digits.nir")
    ann = train(
        TrainConfig(
            method="ann",
            dataset="digits",
            arch="convnet",
            channels=8,
            time_steps=1,
            epochs=15,
            optimizer="sgd",
            learning_rate=0.05,
            loss="ce",
            run_name="a",
            **quiet,
        ),
        echo=lambda _: None,
        progress=False,
    )
    converted = run_ann2snn(
        TrainConfig(
            method="ann2snn",
            dataset="",
            ann=str(ann.best_checkpoint),
            time_steps=32,
            run_name="c",
            export=str(work / "ann2snn-digits.nir"),
            **quiet,
        ),
        echo=lambda _: None,
    )
    return [
        ("scratch mlp (digits, T=8)", scratch_path, "digits", "./data"),
        ("ann2snn convnet (digits, T=32)", converted.nir_path, "digits", "./data"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", action="store_true", help="train and measure two digits models")
    parser.add_argument("--model", action="append", default=[], help="NIR:DATASET[:ROOT[:T]] (repeatable)")
    parser.add_argument("--bits", default="8,4")
    parser.add_argument("--limit", type=int, default=None, help="test images")
    parser.add_argument("--name", default="results")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    bits = [int(b) for b in args.bits.split(",")]
    rows = []
    steps: dict[str, int | None] = {}  # -T per model (None: the graph's)
    with tempfile.TemporaryDirectory() as tmp:
        models = digits_models(Path(tmp)) if args.digits else []
        for spec in args.model:
            path, dataset, *rest = spec.split(":")
            root = rest[0] if rest else "./data"
            steps[Path(path).stem] = int(rest[1]) if len(rest) > 1 else None
            models.append((Path(path).stem, Path(path), dataset, root))
        for label, path, dataset, root in models:
            time_steps = steps.get(label)
            graph = read_graph(path)
            row = {
                "model": label,
                "dataset": dataset,
                "time_steps": time_steps,
                "qat_bits": sorted({qat[0] for qat in map(node_qat, graph.nodes.values()) if qat is not None}),
                "float": run_on_dataset(
                    graph,
                    "reference",
                    dataset,
                    root,
                    time_steps,
                    limit=args.limit,
                    dtype="float32",
                    echo=lambda _: None,
                ).accuracy,
            }
            for b in bits:
                calibration = sample_images(graph, dataset, root, 256, time_steps=time_steps)
                ctx = PassContext(weight_bits=b, calibration=calibration, time_steps=time_steps)
                quantized = compile_graph(graph, "reference", ctx).graph
                report = run_on_dataset(quantized, "reference", dataset, root, limit=args.limit, echo=lambda _: None)
                row[f"int{b}"] = report.accuracy
                row[f"int{b}_saturation"] = max(
                    (s.get("saturation", 0.0) for s in ctx.reports["quantize"]), default=0.0
                )
                row[f"int{b}_v_bits"] = [s.get("v_bits", s.get("acc_bits")) for s in ctx.reports["quantize"]]
            rows.append(row)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"quantize-{args.name}.json").write_text(json.dumps(rows, indent=2) + "\n")
    print("| model | float | " + " | ".join(f"int{b} (Δ pp, max saturation)" for b in bits) + " |")
    print("|---" * (len(bits) + 2) + "|")
    for row in rows:
        cells = " | ".join(
            f"{100 * row[f'int{b}']:.2f}% ({100 * (row[f'int{b}'] - row['float']):+.2f}, "
            f"{100 * row[f'int{b}_saturation']:.1f}%)"
            for b in bits
        )
        print(f"| {row['model']} | {100 * row['float']:.2f}% | {cells} |")


if __name__ == "__main__":
    main()
