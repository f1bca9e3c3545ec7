"""What ``tests/frontends/test_distributed.py`` runs under torchrun (and, for its one-process
reference, in the test process):

    python -m torch.distributed.run --standalone --nproc_per_node 2 -m tests.frontends.ddp_worker SCENARIO ROOT

``methods ROOT``: every method, tiny, on the embedded digits (``train_methods``);
``fail ROOT``: ``snnc train scratch`` through the CLI, where rank 1 raises in the second epoch.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

TINY = dict(hidden=[16], eval_limit=64)
CONVERSION_MODES = {"max": "max", "p999": "99.9%"}


def train_methods(root: Path, echo=print, ann_checkpoint: Path | None = None) -> None:
    """scratch (resumed for a second epoch), ann, bpstdp's BP phase and its STDP phase in both modes
    (from the BP checkpoint), and ann2snn in two modes of ``ann_checkpoint`` (default: the ANN trained
    here), under ``root``; each run in ``models/<name>``.
    The batch counts leave uneven shares: 97 images in batches of 32 end in a batch of one (rank 1
    has none of it), 91 in one of 27 (14 and 13); conversion batches of 33 split 17/16."""
    from snnc.frontends.ann2snn import run_ann2snn
    from snnc.frontends.bpstdp import stdp_phase
    from snnc.frontends.trainer import train
    from tests.conftest import tiny_config

    scratch = tiny_config("scratch", root, train_limit=97, epochs=1, time_steps=4, learning_rate=0.05, **TINY)
    train(scratch, echo=echo, progress=False)
    last = Path(scratch.model_dir) / "scratch" / "last.pt"
    train(dataclasses.replace(scratch, epochs=2, pretrained_model=str(last)), echo=echo, progress=False)

    ann = tiny_config("ann", root, train_limit=91, epochs=1, time_steps=1, optimizer="sgd", learning_rate=0.05, **TINY)
    train(ann, echo=echo, progress=False)

    bpstdp = tiny_config(
        "bpstdp", root, train_limit=96, epochs=1, time_steps=4, encoding="binary", learning_rate=0.05,
        fine_tune_epochs=1, **TINY,
    )  # fmt: skip
    phase1 = train(bpstdp, echo=echo, progress=False)
    for mode in ("finetune", "combined"):
        config = dataclasses.replace(bpstdp, run_name=f"stdp-{mode}", stdp_mode=mode, stdp_scale=0.05)
        stdp_phase(config, phase1.last_checkpoint, echo, progress=False)

    for name, mode in CONVERSION_MODES.items():
        config = tiny_config(
            "ann2snn", root, ann=str(ann_checkpoint or Path(ann.model_dir) / "ann" / "best.pt"), mode=mode,
            calibration_batches=3,
            batch_size=33, time_steps=8, eval_limit=64, run_name=f"ann2snn-{name}",
        )  # fmt: skip
        run_ann2snn(config, echo=echo, progress=False)


def fail(root: Path) -> None:
    """``snnc train scratch`` on two processes; rank 1 raises an unexpected error in epoch 2."""
    if os.environ.get("RANK") == "1":
        import snnc.frontends.trainer as trainer

        original = trainer._train_epoch

        def broken(phase, epoch, *args, **kwargs):
            if epoch == 1:
                raise RuntimeError("boom on rank 1")
            return original(phase, epoch, *args, **kwargs)

        trainer._train_epoch = broken
    from snnc.cli.main import main

    sys.argv = [
        "snnc", "train", "scratch", "--dataset", "digits", "--arch", "mlp", "--hidden", "16", "-T", "2", "-e", "3",
        "--train-limit", "128", "--eval-limit", "64", "--no-progress", "--log-dir", str(root / "logs"),
        "--model-dir", str(root / "models"), "--run-name", "failing",
    ]  # fmt: skip
    main()


if __name__ == "__main__":
    scenario, root = sys.argv[1], Path(sys.argv[2])
    train_methods(root) if scenario == "methods" else fail(root)
