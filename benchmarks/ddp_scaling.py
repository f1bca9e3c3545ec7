"""Benchmark: `train scratch` throughput (training images/s) on 1 and 2 CPU processes under torchrun,
and on 1..N GPUs where CUDA has them.

    python benchmarks/ddp_scaling.py                                 # CPU: 1 process (1, all threads), 2
    python benchmarks/ddp_scaling.py --cpu 1x1,1x2,2x1 --repeat 3    # N processes x T threads, best of 3
    python benchmarks/ddp_scaling.py --gpus                          # also 1..N GPUs (NCCL)
    python benchmarks/ddp_scaling.py --channels 32 --train-limit 20000 --gpus --gpu-batch 256

Each configuration is one ``torchrun --standalone --nproc_per_node N`` job of this script in
``--worker`` mode: it trains the scratch convnet on Fashion-MNIST with the library's ``train``
and times its training passes (``trainer._train_epoch``: forward, backward, all-reduce, step;
not evaluation nor checkpoints), skipping the first epoch (warm-up). Two scalings:

- strong: the global batch (``--batch-size``) stays, each of N processes takes batch/N;
- weak: each process keeps ``--batch-size`` (the global batch grows N-fold).

CPU rows are ``NxT`` (N processes of T torch threads; a bare N takes ``cores // N`` threads each).
``--repeat R`` runs every configuration R times and keeps the fastest (on a shared machine the
others' load only ever slows a run down). Writes a JSON record under --out and prints a markdown
table, each row's speed relative to the device's first row.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

from snnc.data import DEBIAN_FASHION_MNIST

WORKER_RESULT = "ddp_scaling_worker.json"


def worker(args: argparse.Namespace) -> None:
    """One configuration, inside torchrun: train, time the passes after the first, rank 0 reports."""
    import snnc.frontends.trainer as trainer
    from snnc.frontends.config import TrainConfig

    torch.set_num_threads(args.threads)
    seconds: list[float] = []
    original = trainer._train_epoch

    def timed(*a, **k):
        began = time.perf_counter()
        result = original(*a, **k)
        seconds.append(time.perf_counter() - began)
        return result

    trainer._train_epoch = timed
    config = TrainConfig(
        method="scratch", dataset="FashionMNIST", dataset_root=args.dataset_root, arch="convnet",
        channels=args.channels, time_steps=args.time_steps, batch_size=args.global_batch, learning_rate=1e-3,
        weight_decay=0.0, loss="ce", epochs=args.epochs, device=args.device, log=False,
        model_dir=args.scratch, run_name="ddp-scaling", train_limit=args.train_limit, eval_limit=256,
    )  # fmt: skip
    trainer.train(config, echo=lambda _line: None, progress=False)
    if int(os.environ.get("RANK", "0")) == 0:
        timed_epochs = seconds[1:] or seconds
        images = args.train_limit * len(timed_epochs)
        (Path(args.scratch) / WORKER_RESULT).write_text(
            json.dumps({"images_per_s": images / sum(timed_epochs), "epoch_seconds": seconds})
        )


def run_configuration(args: argparse.Namespace, processes: int, device: str, batch: int, threads: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="ddp-scaling-") as scratch:
        command = [
            sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(processes),
            __file__, "--worker", "--device", device, "--global-batch", str(batch), "--threads", str(threads),
            "--scratch", scratch, "--channels", str(args.channels), "-T", str(args.time_steps),
            "--epochs", str(args.epochs), "--train-limit", str(args.train_limit), "--dataset-root", args.dataset_root,
        ]  # fmt: skip
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        job = subprocess.run(command, capture_output=True, text=True, env=env)
        if job.returncode != 0:
            sys.exit(f"error: {processes} x {device} failed:\n{job.stderr[-2000:]}")
        return json.loads((Path(scratch) / WORKER_RESULT).read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    parser.add_argument("--global-batch", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--device", default="cpu", help=argparse.SUPPRESS)
    parser.add_argument("--dataset-root", default=str(DEBIAN_FASHION_MNIST))
    parser.add_argument("--channels", type=int, default=16)
    parser.add_argument("-T", "--time-steps", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=64, help="global (strong) / per process (weak)")
    parser.add_argument("--epochs", type=int, default=3, help="the first is warm-up, the others are timed")
    parser.add_argument("--train-limit", type=int, default=4096, help="training images per epoch")
    parser.add_argument("--cpu", default=None, help="CPU rows NxT, comma-separated (default 1x1,1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the fastest counts")
    parser.add_argument("--gpus", action="store_true", help="also 1..N GPUs, when CUDA is available")
    parser.add_argument("--gpu-batch", type=int, default=None, help="--batch-size for the GPU rows")
    parser.add_argument("--out", default="benchmarks/results")
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    cores = os.cpu_count() or 1
    rows = []
    configurations = []
    for entry in (args.cpu or "1x1,1,2").split(","):
        processes, _, threads = entry.partition("x")
        configurations.append(("cpu", int(processes), int(threads) if threads else max(cores // int(processes), 1)))
    if args.gpus and torch.cuda.is_available():
        configurations += [("cuda", n, 1) for n in range(1, torch.cuda.device_count() + 1)]
    for device, processes, threads in configurations:
        base = args.gpu_batch if device == "cuda" and args.gpu_batch else args.batch_size
        for scaling, batch in (("strong", base), ("weak", base * processes)):
            if processes == 1 and scaling == "weak":
                continue  # the same job as strong
            runs = [run_configuration(args, processes, device, batch, threads) for _ in range(args.repeat)]
            result = max(runs, key=lambda run: run["images_per_s"]) | {
                "all_images_per_s": [run["images_per_s"] for run in runs]
            }
            rows.append(
                dict(device=device, processes=processes, threads_per_process=threads, scaling=scaling,
                     global_batch=batch, **result)
            )  # fmt: skip
            speeds = ", ".join(f"{value:.0f}" for value in result["all_images_per_s"])
            print(f"{device} {processes}x{threads} ({scaling}, batch {batch}): {speeds} images/s", flush=True)
    record = {
        "benchmark": "ddp_scaling",
        "args": vars(args),
        "machine": platform.node(),
        "cores": cores,
        "torch": torch.__version__,
        "gpu": torch.cuda.get_device_name(0) if args.gpus and torch.cuda.is_available() else None,
        "rows": rows,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tag = f"ddp-scaling-c{args.channels}-T{args.time_steps}" + ("-gpu" if record["gpu"] else "-cpu")
    (out / f"{tag}.json").write_text(json.dumps(record, indent=2) + "\n")
    print("\n| device | processes | threads each | scaling | global batch | images/s | vs first row |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        single = next(r for r in rows if r["device"] == row["device"])
        print(
            f"| {row['device']} | {row['processes']} | {row['threads_per_process']} | {row['scaling']} | "
            f"{row['global_batch']} | {row['images_per_s']:.0f} | {row['images_per_s'] / single['images_per_s']:.2f}x |"
        )


if __name__ == "__main__":
    main()
