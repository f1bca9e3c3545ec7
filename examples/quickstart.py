"""Quickstart: the snnc road as library calls.

Train a LIF network from scratch on the embedded digits, export it to NIR, read the file
back and run it on the reference executor and on Norse.

    python examples/quickstart.py --epochs 10
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from snnc.evaluate import run_on_dataset
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.io import read_graph, write_graph


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        config = TrainConfig(
            method="scratch",
            dataset="digits",
            arch="mlp",
            hidden=[96],
            time_steps=8,
            epochs=args.epochs,
            batch_size=32,
            learning_rate=2e-3,
            weight_decay=0.0,
            loss="ce",
            log=False,
            model_dir=str(Path(work) / "models"),
            run_name="quickstart",
        )
        result = train(config, progress=False)
        path = write_graph(export_checkpoint(str(result.best_checkpoint)), Path(work) / "digits.nir")
        graph = read_graph(path)
        for backend in ("reference", "norse"):
            report = run_on_dataset(graph, backend, "digits")
            print(
                f"{backend:>9}: accuracy {100 * report.accuracy:.2f}% on {report.images} test images, "
                f"{report.mean_spikes_per_neuron_per_step:.3f} spikes/neuron/step"
            )


if __name__ == "__main__":
    main()
