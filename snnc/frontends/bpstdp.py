"""BP+STDP (the seed's "STDBP"): backpropagation through time, then STDP refinement.

Phase 1 trains an IF-neuron SNN (no bias, no BatchNorm, max pooling on spikes, binary input
``x > 0.5`` repeated T steps by default, MSE between output rates and one-hot labels, Adam,
ReduceLROnPlateau) with surrogate gradients, using the shared trainer. Phase 2
(``fine_tune_epochs``) attaches an :class:`~snnc.frontends.stdp.STDPLearner` to every conv and
linear layer and turns its weight change into the gradient of an optimizer step:

- ``finetune`` (the seed's): the backpropagated gradient is discarded, the step is pure STDP,
  an SGD step of size ``learning_rate``;
- ``combined``: the STDP change is added to the BP gradient in the same Adam step, the optimizer
  continuing from phase 1's state (learning rate included).

``stdp_scale`` (default 1, the seed's) multiplies the change before it becomes a gradient.

Both phases log their accuracy; ``best.pt`` is the best model over both phases. Max pooling
exports as ``SumPool2d -> Threshold(0)``, so the trained net is plain NIR.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import torch

from snnc.data import load_split
from snnc.frontends.checkpoint import load_checkpoint, save_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.methods import export_checkpoint, model_from_checkpoint
from snnc.frontends.stdp import STDPLearner
from snnc.frontends.trainer import (
    TrainResult,
    evaluate_model,
    output_loss,
    resolve_device,
    train,
    write_curves_png,
    write_metrics_csv,
)
from snnc.ir.encoding import decode, encode
from snnc.ir.io import write_graph

Echo = Callable[[str], None]


class BPSTDPResult(NamedTuple):
    phase1: TrainResult
    phase1_best_acc: float
    phase2_best_acc: float | None
    best_checkpoint: Path
    nir_path: Path | None
    history: list[dict]
    seconds: float


def stdp_phase(config: TrainConfig, checkpoint: Path, echo: Echo, progress: bool = True) -> tuple[float, list[dict]]:
    """Phase 2 from ``checkpoint``; returns (best test accuracy of phase 2, the full history)."""
    from tqdm import tqdm

    payload = load_checkpoint(checkpoint)
    model, _, _ = model_from_checkpoint(str(checkpoint), payload)
    device = resolve_device(config.device)
    model = model.to(device)
    learners = {name: STDPLearner(layer, config.tau_pre, config.tau_post) for name, layer in model.synapses().items()}

    def observe(name: str, pre: torch.Tensor, post: torch.Tensor) -> None:
        learners[name].step(pre, post)

    parameters = list(model.parameters())
    if config.stdp_mode == "finetune":
        optimizer: torch.optim.Optimizer = torch.optim.SGD(parameters, lr=config.learning_rate)
    else:  # combined: BP training goes on where phase 1 stopped (its Adam state and learning rate)
        optimizer = torch.optim.Adam(parameters, lr=config.learning_rate, weight_decay=config.weight_decay)
        if payload.get("optimizer"):
            optimizer.load_state_dict(payload["optimizer"]["optimizer"])
    train_split = load_split(config.dataset, "train", config.dataset_root)
    if config.train_limit:
        train_split = train_split._replace(
            images=train_split.images[: config.train_limit], labels=train_split.labels[: config.train_limit]
        )
    test_split = load_split(config.dataset, "test", config.dataset_root)
    history = list(payload["metrics"].get("history", []))
    best_overall = float(payload["metrics"].get("best_test_acc", -1.0))
    best_phase = -1.0
    model_dir = Path(config.model_dir) / config.name
    run_dir = Path(config.log_dir) / config.name if config.log else None
    generator = torch.Generator().manual_seed(config.seed + 1)
    first_epoch = int(payload["epoch"])
    for epoch in range(first_epoch, first_epoch + config.fine_tune_epochs):
        began = time.perf_counter()
        model.train()
        model.observer = observe
        order = torch.randperm(len(train_split.labels), generator=generator)
        total_loss, correct, seen = 0.0, 0, 0
        label = f"stdp {epoch + 1 - first_epoch}/{config.fine_tune_epochs}"
        for start in tqdm(range(0, len(order), config.batch_size), desc=label, disable=not progress, leave=False):
            index = order[start : start + config.batch_size]
            images, labels = train_split.images[index].to(device), train_split.labels[index].to(device)
            for learner in learners.values():
                learner.reset()
            optimizer.zero_grad(set_to_none=True)
            output = model(encode(images, config.encoding, config.time_steps, seed=config.seed + start))
            loss = output_loss(output, labels, config.loss, train_split.num_classes)
            if config.stdp_mode == "combined":
                loss.backward()
            for learner in learners.values():
                learner.apply(config.stdp_scale)
            optimizer.step()
            total_loss += float(loss.detach()) * len(labels)
            correct += int((decode(output.detach(), "spike_count") == labels).sum())
            seen += len(labels)
        model.observer = None
        test_loss, test_acc = evaluate_model(model, test_split, config, device, "spike_count")
        row = {
            "epoch": epoch + 1,
            "phase": f"stdp-{config.stdp_mode}",
            "train_loss": total_loss / seen,
            "train_acc": correct / seen,
            "test_loss": test_loss,
            "test_acc": test_acc,
            "lr": optimizer.param_groups[0]["lr"],
            "seconds": time.perf_counter() - began,
        }
        history.append(row)
        best_phase = max(best_phase, test_acc)
        echo(
            f"stdp epoch {epoch + 1 - first_epoch}/{config.fine_tune_epochs} ({config.stdp_mode}): "
            f"train acc {row['train_acc']:.4f} | test loss {test_loss:.4f} acc {test_acc:.4f} | {row['seconds']:.1f}s"
        )
        state = {k: v.detach().cpu() for k, v in model.state_dict().items()}
        metrics = {"test_acc": test_acc, "best_test_acc": max(best_overall, test_acc), "history": history}
        save_checkpoint(model_dir / "last.pt", state, config.to_dict(), epoch + 1, metrics)
        if test_acc > best_overall:
            best_overall = test_acc
            save_checkpoint(model_dir / "best.pt", state, config.to_dict(), epoch + 1, metrics)
        if run_dir is not None:
            write_metrics_csv(run_dir / "metrics.csv", history)
            write_curves_png(run_dir / "curves.png", history, config.name)
    return best_phase, history


def run_bpstdp(config: TrainConfig, echo: Echo = print, progress: bool = True) -> BPSTDPResult:
    """Phase 1 (BP) then phase 2 (STDP) as configured; exports the best model if asked."""
    began = time.perf_counter()
    config.validate()
    export, config.export = config.export, None  # export once, after both phases
    phase1 = train(config, echo=echo, progress=progress)
    echo(f"phase 1 (BP): best test accuracy {100 * phase1.best_test_acc:.2f}%")
    phase2_best = None
    history = phase1.history
    if config.fine_tune_epochs > 0:
        phase2_best, history = stdp_phase(config, phase1.last_checkpoint, echo, progress)
        echo(
            f"phase 2 (STDP, {config.stdp_mode}): best test accuracy {100 * phase2_best:.2f}% "
            f"({100 * (phase2_best - phase1.best_test_acc):+.2f} pp)"
        )
    config.export = export
    best = Path(config.model_dir) / config.name / "best.pt"
    nir_path = None
    if export:
        nir_path = write_graph(export_checkpoint(str(best)), export)
        echo(f"exported the best model to {nir_path}")
    return BPSTDPResult(phase1, phase1.best_test_acc, phase2_best, best, nir_path, history, time.perf_counter() - began)
