"""Benchmark: fully connected SNNs through the FPGA backend, end to end.

Trains a scratch MLP (digits: 64-128-10; Fashion-MNIST: 784-128-10), compiles it with
``--backend fpga`` for each target (yosys for iCE40/ECP5/Xilinx 7, nextpnr-ice40 for iCE40
targets), and simulates the generated Verilog with Verilator on the whole test set, image for
image against the integer reference. Reports accuracy (RTL == integer reference), cycles per image
vs the event bound, resources per family, Fmax, latency, images/s and RTL simulation speed.

    python benchmarks/fpga_fc.py                       # digits and Fashion-MNIST (about 10 minutes on 2 cores)
    python benchmarks/fpga_fc.py --which digits

Writes ``benchmarks/results/fpga-fc-<name>-<target>.json`` and prints one markdown row per build.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path

import torch

from snnc.backends.fpga.build import clock_label, write_build
from snnc.compile import compile_graph, sample_images
from snnc.data import DEBIAN_FASHION_MNIST
from snnc.evaluate import run_fpga_on_dataset, run_on_dataset
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.io import read_graph, write_graph
from snnc.ir.passes import PassContext

SETUPS = {
    "digits": dict(dataset="digits", root="./data", targets=("ice40-hx8k", "xc7z020"), epochs=30, lr=2e-3, batch=32),
    "fashion": dict(
        dataset="FashionMNIST", root=str(DEBIAN_FASHION_MNIST), targets=("xc7z020",), epochs=20, lr=1e-3, batch=64
    ),
}


def trained_model(name: str, setup: dict, hidden: int, steps: int, out: Path) -> Path:
    path = out / "models" / f"fpga-fc-{name}-h{hidden}-T{steps}.nir"
    if path.exists():
        return path
    config = TrainConfig(
        method="scratch",
        dataset=setup["dataset"],
        dataset_root=setup["root"],
        arch="mlp",
        hidden=[hidden],
        time_steps=steps,
        tau=2.0,
        batch_size=setup["batch"],
        learning_rate=setup["lr"],
        weight_decay=0.0,
        epochs=setup["epochs"],
        loss="ce",
        seed=0,
        log_dir=str(out / "logs"),
        model_dir=str(out / "models"),
        run_name=path.stem,
    )
    result = train(config, progress=False)
    return write_graph(export_checkpoint(str(result.best_checkpoint)), path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--which", default="digits,fashion")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("-T", "--time_steps", type=int, default=8)
    parser.add_argument("--calibration-images", type=int, default=256)
    parser.add_argument("--limit", type=int, default=None, help="test images for the RTL run (default: all)")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    torch.set_num_threads(min(torch.get_num_threads(), os.cpu_count() or 1))
    out = Path(args.out)
    for name in [n for n in args.which.split(",") if n]:
        setup = SETUPS[name]
        model = trained_model(name, setup, args.hidden, args.time_steps, out)
        graph = read_graph(model)
        float_run = run_on_dataset(graph, "reference", setup["dataset"], setup["root"], limit=args.limit)
        for target in setup["targets"]:
            began = time.perf_counter()
            ctx = PassContext(
                backend="fpga",
                target=target,
                calibration=sample_images(graph, setup["dataset"], setup["root"], args.calibration_images),
            )
            compiled = compile_graph(read_graph(model), "fpga", ctx)
            build_dir = out / "builds" / f"fpga-fc-{name}-{target}"
            report = write_build(compiled.graph, ctx.reports["schedule"], build_dir, model, True, print, force=True)
            compile_seconds = time.perf_counter() - began
            run = run_fpga_on_dataset(
                model, graph, setup["dataset"], setup["root"], args.limit, build_dir, target, "verilator", print
            )
            record = {
                "benchmark": "fpga_fc",
                "model": str(model),
                "dataset": setup["dataset"],
                "target": target,
                "float_accuracy": float_run.accuracy,
                "compile_seconds": compile_seconds,
                "build": report,
                "run": run,
            }
            (out / f"fpga-fc-{name}-{target}.json").write_text(json.dumps(record, indent=2) + "\n")
            perf, synth = report["performance"], report["synthesis"]
            print(
                f"| {name} {'-'.join(str(math.prod(s['input_shape'])) for s in report['stages'])}-"
                f"{math.prod(report['stages'][-1]['out_shape'])} "
                f"| {target} | float {100 * float_run.accuracy:.2f}% / RTL {100 * run['accuracy']:.2f}% "
                f"(int ref {100 * run['reference_accuracy']:.2f}%, {run['mismatches']} mismatches) "
                f"| {run['cycles_per_image']:,.0f} cycles ({report['cycles_over_bound']:.2f}x bound) "
                f"| {clock_label(perf)} | "
                f"{perf['latency_us']:.1f} us latency, "
                f"{perf['clock_mhz'] * 1e6 / run['cycles_per_image']:,.0f} img/s | "
                + " / ".join(f"{f} {s['luts']:,} LUT {s['ffs']:,} FF {s['bram']} BRAM" for f, s in synth.items())
                + f" | sim {run['simulated_images_per_s']:,.0f} img/s |",
                flush=True,
            )


if __name__ == "__main__":
    main()
