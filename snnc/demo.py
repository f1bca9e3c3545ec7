"""The demo: train ``scratch`` on the embedded digits, export NIR, run it on the reference
and on Norse, and write ``summary.json`` next to the checkpoint, graph and curves."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from snnc.evaluate import run_on_dataset
from snnc.files import atomic_write, output_directory
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint
from snnc.frontends.trainer import train
from snnc.ir.io import write_graph

DEMO_CONFIG = dict(
    method="scratch",
    dataset="digits",
    arch="mlp",
    hidden=[128],
    time_steps=8,
    tau=2.0,
    batch_size=32,
    learning_rate=2e-3,
    weight_decay=0.0,
    optimizer="adam",
    loss="ce",
    seed=0,
    run_name="demo",
)


DEMO_KIND = "demo"  # the kind of snnc output directory the demo writes


def run_demo(
    output_dir: str | Path,
    epochs: int = 30,
    echo: Callable[[str], None] = print,
    progress: bool = False,
    force: bool = False,
) -> dict[str, Any]:
    """Train, export, run on two backends; the results directory appears whole when all is done
    (an earlier demo's is replaced only with ``force``; anything else there is refused)."""
    with output_directory(output_dir, DEMO_KIND, force) as staging:
        return _demo(staging, epochs, echo, progress)


def _demo(output_dir: Path, epochs: int, echo: Callable[[str], None], progress: bool) -> dict[str, Any]:
    work = output_dir / "run"
    config = TrainConfig(**DEMO_CONFIG, epochs=epochs, log_dir=str(work / "logs"), model_dir=str(work / "models"))
    result = train(config, echo=echo, progress=progress)
    checkpoint = output_dir / "checkpoint.pt"
    atomic_write(checkpoint, lambda tmp: shutil.copyfile(result.best_checkpoint, tmp))
    atomic_write(output_dir / "curves.png", lambda tmp: shutil.copyfile(result.run_dir / "curves.png", tmp))
    graph = export_checkpoint(str(checkpoint))
    write_graph(graph, output_dir / "model.nir")
    reports = {
        name: run_on_dataset(graph, name, "digits", echo=echo, progress=progress) for name in ("reference", "norse")
    }
    summary = {
        "dataset": "digits",
        "train_config": config.to_dict(),
        "training_seconds": result.seconds,
        "best_training_test_acc": result.best_test_acc,
        "backends": {name: report.summary() for name, report in reports.items()},
        "identical_predictions": reports["reference"].predictions == reports["norse"].predictions,
    }
    atomic_write(output_dir / "summary.json", lambda tmp: tmp.write_text(json.dumps(summary, indent=2) + "\n"))
    shutil.rmtree(work, ignore_errors=True)
    return summary
