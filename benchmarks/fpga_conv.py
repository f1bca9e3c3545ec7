"""Benchmark: the seed's convolutional networks, trained by each method, through the FPGA backend.

Takes the Fashion-MNIST conv nets the training benchmarks produce (CPU-trainable channel counts):

    scratch  python benchmarks/scratch_fashion.py --channels 16 -T 4 --epochs 12 --loss ce
    ann2snn  snnc train ann --dataset FashionMNIST --dataset_root /usr/share/datasets/fashion-mnist --arch convnet
             --channels 16 -e 15 -lr 0.05 --model_dir benchmarks/results/models --run_name ann-fashion-convnet-c16
             (converted here: 99.9%, T=16; the 32-channel ANN of ann2snn_fashion.py does not fit an xc7z020)
    bpstdp   python benchmarks/bpstdp_fashion.py --channels 16 --steps 4 --epochs 5 --fine_tune_epochs 2

compiles each with ``--backend fpga`` for the target (yosys for iCE40/ECP5/Xilinx 7), simulates the
Verilog with Verilator on the test set image for image against the integer reference, and reports
accuracy (float, integer reference, RTL), cycles per image vs the event bound, resources, and
images/s at the target's clock.

    python benchmarks/fpga_conv.py                         # all three, full test set
    python benchmarks/fpga_conv.py --methods scratch --limit 1000

Writes ``benchmarks/results/fpga-conv-<method>-<target>.json`` and prints one markdown row each.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import torch

from snnc.backends.fpga.build import clock_label, write_build
from snnc.backends.fpga.targets import lanes_label
from snnc.compile import compile_graph, sample_images
from snnc.data import DEBIAN_FASHION_MNIST, load_split
from snnc.errors import ConfigError
from snnc.evaluate import run_fpga_on_dataset, run_on_dataset
from snnc.frontends.convert import convert_ann
from snnc.frontends.methods import export_checkpoint, model_from_checkpoint
from snnc.ir.io import write_graph
from snnc.ir.passes import PassContext

MODELS = "benchmarks/results/models"
CHECKPOINTS = {
    "scratch": (
        f"{MODELS}/scratch-fashion-convnet-c16-T4-ce-cpu/best.pt",
        "scratch_fashion.py --channels 16 -T 4 --epochs 12 --loss ce",
    ),
    "ann2snn": (
        f"{MODELS}/ann-fashion-convnet-c16/best.pt",
        "snnc train ann --dataset FashionMNIST --dataset_root /usr/share/datasets/fashion-mnist --arch convnet "
        "--channels 16 -e 15 -lr 0.05 --model_dir benchmarks/results/models --run_name ann-fashion-convnet-c16",
    ),
    "bpstdp": (
        f"{MODELS}/bpstdp-fashion-convnet-c16-mse-s1-cpu-T4/best.pt",
        "bpstdp_fashion.py --channels 16 --steps 4 --epochs 5 --fine_tune_epochs 2",
    ),
}


def model_graph(method: str, root: str, out: Path, steps: int):
    checkpoint, command = CHECKPOINTS[method]
    if not Path(checkpoint).exists():
        run = command if command.startswith("snnc ") else f"python benchmarks/{command}"
        raise ConfigError(f"{checkpoint} is missing: run `{run}` first")
    if method != "ann2snn":
        graph = export_checkpoint(checkpoint)
    else:
        model, _, _ = model_from_checkpoint(checkpoint)
        train = load_split("FashionMNIST", "train", root)
        order = torch.randperm(len(train.labels), generator=torch.Generator().manual_seed(0))
        calibration = [train.images[order[i : i + 64]] for i in range(0, 100 * 64, 64)]
        graph, _ = convert_ann(model, calibration, (1, 28, 28), "99.9%", steps)
    return write_graph(graph, out / "models" / f"fpga-conv-{method}.nir")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", default="scratch,ann2snn,bpstdp")
    parser.add_argument("--target", default="xc7z020")
    parser.add_argument("--ann2snn-steps", type=int, default=16)
    parser.add_argument("--calibration-images", type=int, default=256)
    parser.add_argument("--limit", type=int, default=None, help="test images (default: all 10,000)")
    parser.add_argument("--no-synth", action="store_true")
    parser.add_argument(
        "--nir", action="append", default=[], help="METHOD=FILE.nir: use this graph (e.g. a QCFS conversion at T=4)"
    )
    parser.add_argument("--tag", default="", help="suffix of the result file name")
    parser.add_argument("--dataset_root", default=str(DEBIAN_FASHION_MNIST))
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    torch.set_num_threads(min(torch.get_num_threads(), os.cpu_count() or 1))
    out, root = Path(args.out), args.dataset_root
    given = dict(item.split("=", 1) for item in args.nir)
    for method in [m for m in args.methods.split(",") if m]:
        model = Path(given[method]) if method in given else model_graph(method, root, out, args.ann2snn_steps)
        from snnc.ir.io import read_graph

        graph = read_graph(model)
        float_run = run_on_dataset(graph, "reference", "FashionMNIST", root, limit=args.limit, dtype="float32")
        began = time.perf_counter()
        ctx = PassContext(
            backend="fpga",
            target=args.target,
            calibration=sample_images(graph, "FashionMNIST", root, args.calibration_images),
        )
        compiled = compile_graph(read_graph(model), "fpga", ctx)
        build_dir = out / "builds" / f"fpga-conv-{method}{args.tag}-{args.target}"
        report = write_build(
            compiled.graph, ctx.reports["schedule"], build_dir, model, not args.no_synth, print, force=True
        )
        compile_seconds = time.perf_counter() - began
        run = run_fpga_on_dataset(
            model, graph, "FashionMNIST", root, args.limit, build_dir, args.target, "verilator", print
        )
        record = {
            "benchmark": "fpga_conv",
            "method": method,
            "model": str(model),
            "target": args.target,
            "float_accuracy": float_run.accuracy,
            "compile_seconds": compile_seconds,
            "build": report,
            "run": run,
        }
        (out / f"fpga-conv-{method}{args.tag}-{args.target}.json").write_text(json.dumps(record, indent=2) + "\n")
        perf = report["performance"]
        synth = report.get("synthesis", {})
        print(
            f"| {method} | T={report['time_steps']} | lanes {'; '.join(lanes_label(s) for s in report['stages'])} "
            f"| float {100 * float_run.accuracy:.2f}% / int {100 * run['reference_accuracy']:.2f}% / RTL "
            f"{100 * run['accuracy']:.2f}% ({run['mismatches']} mismatches, {run['images']} images) "
            f"| {run['cycles_per_image']:,.0f} cycles ({report['cycles_over_bound']:.2f}x bound) "
            f"| {clock_label(perf)}: {perf['latency_us']:.1f} us latency, "
            f"{perf['clock_mhz'] * 1e6 / run['cycles_per_image']:,.0f} img/s | "
            + " / ".join(
                f"{f} {s['luts']:,} LUT {s['ffs']:,} FF {s['bram']} BRAM {s['dsp']} DSP" for f, s in synth.items()
            )
            + f" | sim {run['simulated_images_per_s']:,.0f} img/s |",
            flush=True,
        )


if __name__ == "__main__":
    main()
