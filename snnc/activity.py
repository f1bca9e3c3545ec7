"""What a spiking network does on a few inputs, step by step: the spikes of every spiking layer,
the readout's membrane, the class.

``snnc serve`` (one drawn image at a time), ``snnc predict`` and ``snnc run --plots`` (a few test
images) all show the same recording, so it is made once, here, with any backend's runner: every
runner keeps the per-step output of the nodes it is asked to ``record`` (the reference, Norse and
Nengo alike), so a raster shows what that backend computed, not what the reference would have.

Rasters are bounded: a layer larger than ``limit`` neurons shows its ``limit`` most active ones
(ties to the lower index), so a 12,544-neuron conv layer neither floods a browser nor a PNG.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, NamedTuple

import nir
import torch

from snnc.ir.encoding import decode
from snnc.ir.evaluation import Runner, readout_membrane_node
from snnc.ir.graph import SPIKING_TYPES
from snnc.ir.reference import Program

RASTER_NEURONS = 128  # neurons per layer a raster shows at most (the most active ones)
RASTER_SPIKES = 20_000  # spikes per layer a raster lists at most (later ones are dropped, and said to be)
MEMBRANE_TYPES = (nir.IF, nir.LIF, nir.LI, nir.CubaLIF)


class Activity(NamedTuple):
    """One recorded run over a batch of B inputs and T steps."""

    classes: list[int]  # [B] the decoded classes
    counts: torch.Tensor  # [B, N] the output summed over the T steps (spike counts for a spiking readout)
    scores: torch.Tensor  # [B, N] what the decoding takes the argmax of (counts, or final membranes)
    spikes: dict[str, torch.Tensor]  # per spiking layer in execution order: [T, B, *shape]
    readout: torch.Tensor  # [T, B, N] the readout's membrane per step (see ``readout_kind``)
    readout_node: str | None  # the node whose membrane ``readout`` is (None: a synapse feeds the output)
    membranes: dict[str, torch.Tensor]  # [T, B, *shape] of the nodes the caller asked for


def spiking_layers(program: Program) -> list[str]:
    """The spiking nodes (IF, LIF, CubaLIF, Threshold) in execution order: the raster's layers."""
    return [name for name in program.order if isinstance(program.graph.nodes[name], SPIKING_TYPES)]


def membrane_nodes(program: Program) -> list[str]:
    """The nodes with a membrane, whose traces ``--record`` can draw."""
    return [name for name in program.order if isinstance(program.graph.nodes[name], MEMBRANE_TYPES)]


def readout_kind(activity: Activity) -> str:
    """What the readout traces are: a neuron's membrane, or (a graph ending in a synapse) the running
    sum of the output, which is the membrane of the non-spiking integrator that decoding implies."""
    return "membrane" if activity.readout_node else "cumulative output"


def record_activity(
    program: Program,
    runner: Runner,
    inputs: torch.Tensor,
    decoding: str,
    dtype: torch.dtype,
    membranes: Sequence[str] = (),
) -> Activity:
    """Run ``inputs`` [T, B, *input_shape] with ``runner`` keeping every spiking layer's spikes, the
    readout's membrane and the membranes of ``membranes``; decode the classes as ``snnc run`` does."""
    readout = readout_membrane_node(program)
    asked = tuple(dict.fromkeys([*membranes, *([readout] if readout else [])]))
    layers = spiking_layers(program)
    result = runner(program, inputs, asked, dtype, record=tuple(layers))
    output = result.output.flatten(2)
    steps = output.shape[0]
    final = result.membranes[readout][-1] if readout else None
    classes = decode(result.output, decoding, final)
    counts = output.sum(0)
    if decoding == "membrane":
        scores = final.flatten(1) if final is not None else counts
    else:
        scores = counts
    trace = result.membranes[readout].reshape(steps, output.shape[1], -1) if readout else output.cumsum(0)
    return Activity(
        classes=[int(c) for c in classes],
        counts=counts,
        scores=scores,
        spikes={name: result.recorded[name] for name in layers},
        readout=trace,
        readout_node=readout,
        membranes={name: result.membranes[name] for name in membranes},
    )


def most_active(spikes: torch.Tensor, limit: int) -> list[int]:
    """Flat indices of the ``limit`` neurons with the most spikes in ``spikes`` [T, *shape] (all of
    them when there are no more than ``limit``), in index order; ties go to the lower index."""
    per_neuron = spikes.reshape(spikes.shape[0], -1).sum(0)
    if per_neuron.numel() <= limit:
        return list(range(per_neuron.numel()))
    # a stable descending sort keeps equal counts in index order
    order = torch.sort(per_neuron.to(torch.float64), descending=True, stable=True).indices[:limit]
    return sorted(int(i) for i in order)


def layer_raster(spikes: torch.Tensor, limit: int = RASTER_NEURONS, max_spikes: int = RASTER_SPIKES) -> dict[str, Any]:
    """One layer's raster for one input, from ``spikes`` [T, *shape]: ``rows`` are the flat indices
    of the neurons shown (one row each), ``t``/``row`` the step and row of each spike."""
    steps = spikes.shape[0]
    flat = spikes.reshape(steps, -1)
    neurons = flat.shape[1]
    rows = most_active(spikes, limit)
    shown = flat[:, rows] != 0
    times, positions = torch.nonzero(shown, as_tuple=True)
    total = int(torch.count_nonzero(flat))
    return {
        "neurons": neurons,
        "shape": list(spikes.shape[1:]),
        "rows": rows,
        "t": times[:max_spikes].tolist(),
        "row": positions[:max_spikes].tolist(),
        "spikes": total,
        "rate": total / (neurons * steps) if neurons and steps else 0.0,
        "truncated": len(rows) < neurons or len(times) > max_spikes,
    }


def rasters(activity: Activity, sample: int = 0, limit: int = RASTER_NEURONS) -> dict[str, dict[str, Any]]:
    """Every spiking layer's raster for input ``sample`` of the batch, in execution order."""
    return {name: layer_raster(spikes[:, sample], limit) for name, spikes in activity.spikes.items()}


def layer_rates(activity: Activity) -> dict[str, float]:
    """Spikes per neuron per step of every spiking layer over the whole batch."""
    rates = {}
    for name, spikes in activity.spikes.items():
        neurons = math.prod(spikes.shape[2:])
        rates[name] = float(spikes.sum()) / (neurons * spikes.shape[0] * spikes.shape[1]) if neurons else 0.0
    return rates
