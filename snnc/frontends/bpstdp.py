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

Under torchrun (``snnc.frontends.distributed``) phase 1 is the shared trainer's DDP. In phase 2
each process observes its share of the batch; a learner's change is a *sum* over the samples it
saw (``STDPLearner.step``), so the processes' changes are summed (not averaged): W processes with
batch B/W then move the weights exactly as one process with batch B. The ``combined`` mode's BP
gradient is weighted by each process's share before the same sum (the global batch's mean).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import torch

from snnc.errors import Interrupted
from snnc.frontends import distributed
from snnc.frontends.checkpoint import load_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.distributed import ALONE, Context
from snnc.frontends.methods import export_checkpoint, model_from_checkpoint
from snnc.frontends.stdp import STDPLearner
from snnc.frontends.trainer import (
    Phase,
    RunLog,
    StepFn,
    TrainResult,
    make_optimizer,
    output_loss,
    resolve_device,
    run_epochs,
    run_paths,
    train,
    training_splits,
)
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


def stdp_step(
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    learners: dict[str, STDPLearner],
    config: TrainConfig,
    num_classes: int,
    context: Context = ALONE,
) -> StepFn:
    """A phase-2 step: the learners observe the forward pass, and their STDP change becomes
    (``finetune``) or joins (``combined``) the gradient of the optimizer step. Under torchrun the
    gradients (``share`` times the BP gradient of the process's mean loss, minus the scaled STDP
    change of its samples) are summed over the processes before the step: the global batch's."""

    def observe(name: str, pre: torch.Tensor, post: torch.Tensor) -> None:
        learners[name].step(pre, post)

    def step(inputs: torch.Tensor, labels: torch.Tensor, share: float) -> tuple[torch.Tensor, torch.Tensor]:
        for learner in learners.values():
            learner.reset()
        optimizer.zero_grad(set_to_none=True)
        model.observer = observe
        try:
            output = model(inputs)
        finally:
            model.observer = None  # evaluation runs unobserved
        loss = output_loss(output, labels, config.loss, num_classes)
        if config.stdp_mode == "combined" and share > 0:  # an empty share's loss is NaN: it adds nothing
            (loss if share == 1.0 else loss * share).backward()
        for learner in learners.values():
            learner.apply(config.stdp_scale)
        distributed.sum_gradients(model.parameters(), context)
        optimizer.step()
        return output, loss

    return step


def stdp_phase(config: TrainConfig, checkpoint: Path, echo: Echo, progress: bool = True) -> tuple[float, list[dict]]:
    """Phase 2 from ``checkpoint``, through the trainer's epoch loop (its limits, log, metrics and
    checkpoints; ``train.log`` continues phase 1's); returns (best test accuracy of phase 2, the
    full history). ``config`` is only read. Under torchrun rank 0 reads ``checkpoint`` (its own file)
    and hands it to the other processes."""
    with distributed.session(resolve_device(config.device)) as context:
        return _stdp_phase(config, checkpoint, context, distributed.quiet(echo, context), progress and context.is_main)


def _stdp_phase(
    config: TrainConfig, checkpoint: Path, context: Context, echo: Echo, progress: bool
) -> tuple[float, list[dict]]:
    payload = distributed.from_main(context, lambda: load_checkpoint(checkpoint))
    model, _, _ = model_from_checkpoint(str(checkpoint), payload)
    device = context.device
    model = model.to(device)
    learners = {name: STDPLearner(layer, config.tau_pre, config.tau_post) for name, layer in model.synapses().items()}
    if config.stdp_mode == "finetune":
        optimizer: torch.optim.Optimizer = torch.optim.SGD(model.parameters(), lr=config.learning_rate)
    else:  # combined: BP training goes on where phase 1 stopped (its optimizer state and learning rate)
        optimizer = make_optimizer(list(model.named_parameters()), config)
        if payload.get("optimizer"):
            optimizer.load_state_dict(payload["optimizer"]["optimizer"])
    with distributed.local_main_first(context):
        train_split, test_split = training_splits(config)
    history = list(payload["metrics"].get("history", []))
    best_overall = float(payload["metrics"].get("best_test_acc", -1.0))
    first_epoch = int(payload["epoch"])
    phase = Phase(
        name=f"stdp-{config.stdp_mode}",
        epochs=range(first_epoch, first_epoch + config.fine_tune_epochs),
        title=lambda epoch: f"stdp epoch {epoch + 1 - first_epoch}/{config.fine_tune_epochs} ({config.stdp_mode})",
        step=stdp_step(model, optimizer, learners, config, train_split.num_classes, context),
        decoding="spike_count",
        shuffle_seed=config.seed + 1,
        encode_seed=lambda _epoch, start: config.seed + start,
        resumable=False,
    )
    paths = run_paths(config)
    log = RunLog.continuing(echo, paths.run_dir if context.is_main else None)
    phase1_rows = len(history)
    splits = (train_split, test_split)
    try:
        run_epochs(
            phase, model, optimizer, config, device, splits, paths, log, best_overall, history, progress, context
        )
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted during STDP; phase-2 checkpoints so far in {paths.last.parent}") from None
    finally:
        log.close()
    return max((row["test_acc"] for row in history[phase1_rows:]), default=-1.0), history


def run_bpstdp(config: TrainConfig, echo: Echo = print, progress: bool = True) -> BPSTDPResult:
    """Phase 1 (BP) then phase 2 (STDP) as configured; exports the best model if asked. The
    phases run on a copy of ``config``: the caller's is left as it was. Under torchrun every
    process calls this (rank 0 alone echoes and writes)."""
    began = time.perf_counter()
    export = config.export
    config = dataclasses.replace(config, export=None).validate()  # export once, after both phases
    with distributed.session(resolve_device(config.device)) as context:
        return _run_bpstdp(
            config, export, context, distributed.quiet(echo, context), progress and context.is_main, began
        )


def _run_bpstdp(
    config: TrainConfig, export: str | None, context: Context, echo: Echo, progress: bool, began: float
) -> BPSTDPResult:
    phase1 = train(config, echo=echo, progress=progress)
    config = dataclasses.replace(config, run_name=phase1.best_checkpoint.parent.name)  # phase 2 goes on in its run
    echo(f"phase 1 (BP): best test accuracy {100 * phase1.best_test_acc:.2f}%")
    phase2_best = None
    history = phase1.history
    if config.fine_tune_epochs > 0:
        phase2_best, history = stdp_phase(config, phase1.last_checkpoint, echo, progress)
        echo(
            f"phase 2 (STDP, {config.stdp_mode}): best test accuracy {100 * phase2_best:.2f}% "
            f"({100 * (phase2_best - phase1.best_test_acc):+.2f} pp)"
        )
    best = phase1.best_checkpoint
    nir_path = None
    if export:
        nir_path = distributed.from_main(context, lambda: write_graph(export_checkpoint(str(best)), export))
        echo(f"exported the best model to {nir_path}")
    return BPSTDPResult(phase1, phase1.best_test_acc, phase2_best, best, nir_path, history, time.perf_counter() - began)
