"""From training to an FPGA accelerator, as library calls.

Train a small LIF MLP on the embedded digits, compile it for an iCE40 HX8K (quantize, schedule,
PyRTL -> Verilog), and simulate the generated design on the test set: every image's outputs must
equal the integer reference's, and every image's cycles the cycle model's.

    python examples/fpga_digits.py                 # Verilator when installed, else PyRTL
    python examples/fpga_digits.py --synth         # also yosys (iCE40, ECP5, Xilinx 7) and nextpnr-ice40
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from snnc.backends.fpga.build import write_build
from snnc.compile import compile_graph, sample_images
from snnc.evaluate import run_fpga_on_dataset
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.io import read_graph, write_graph
from snnc.ir.passes import PassContext


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--synth", action="store_true", help="run yosys and nextpnr (about a minute)")
    parser.add_argument("--limit", type=int, default=None, help="test images to simulate (default: all 450)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        config = TrainConfig(
            method="scratch", dataset="digits", arch="mlp", hidden=[32], time_steps=6, epochs=args.epochs,
            batch_size=32, learning_rate=2e-3, weight_decay=0.0, loss="ce", log=False,
            model_dir=str(Path(work) / "models"), run_name="fpga",
        )  # fmt: skip
        result = train(config, progress=False)
        model = write_graph(export_checkpoint(str(result.best_checkpoint)), Path(work) / "digits.nir")
        graph = read_graph(model)
        ctx = PassContext(backend="fpga", target="ice40-hx8k", calibration=sample_images(graph, "digits", "./data", 64))
        compiled = compile_graph(graph, "fpga", ctx)
        build = Path(work) / "build"
        report = write_build(compiled.graph, ctx.reports["schedule"], build, model, args.synth, print)
        run = run_fpga_on_dataset(
            model, graph, "digits", "./data", args.limit, build, "ice40-hx8k", "verilator", lambda _: None
        )
        print(f"accelerator: lanes {[s['lanes'] for s in report['stages']]}, files {', '.join(report['files'])}")
        print(
            f"rtl ({run['simulator']}): accuracy {100 * run['accuracy']:.2f}% on {run['images']} images, "
            f"integer reference {100 * run['reference_accuracy']:.2f}%, {run['mismatches']} mismatches, "
            f"{run['cycles_per_image']:,.0f} cycles/image ({run['cycle_model_mismatches']} off the cycle model)"
        )
        perf = report["performance"]
        print(f"at {perf['clock_mhz']:.1f} MHz ({perf['clock_source']}): {perf['images_per_s']:,.0f} images/s")


if __name__ == "__main__":
    main()
