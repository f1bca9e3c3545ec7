"""Spiking torch layers whose forward pass calls snnc's reference step functions.

A layer holds its membrane between calls; ``reset_state()`` clears it before each sample
sequence. Parameters are in NIR's units with the time step folded in: ``tau_steps`` is
``tau / dt``, so ``dt / tau = 1 / tau_steps``.
"""

from __future__ import annotations

import nir
import numpy as np
import torch
from torch import nn

from snnc.frontends.surrogate import atan_spike
from snnc.ir import neurons
from snnc.ir.metadata import write_snnc


class _SpikingLayer(torch.nn.Module):
    """A layer of neurons that keeps its membranes between calls (one call = one time step)."""

    kind = ""

    def __init__(self, v_threshold: float, v_reset: float, reset: str, detach_reset: bool) -> None:
        super().__init__()
        self.v_threshold, self.v_reset = float(v_threshold), float(v_reset)
        self.reset, self.detach_reset = reset, detach_reset
        self.state: neurons.MembraneState | None = None

    def reset_state(self) -> None:
        self.state = None

    def forward(self, current: torch.Tensor) -> torch.Tensor:
        if self.state is None:
            self.state = neurons.MembraneState(torch.zeros_like(current))
        z, self.state = self.step(current, lambda value: torch.tensor(value, dtype=current.dtype))
        return z

    def step(self, current: torch.Tensor, scalar) -> tuple[torch.Tensor, neurons.MembraneState]:
        raise NotImplementedError

    def _with_reset(self, node: nir.NIRNode) -> nir.NIRNode:
        write_snnc(node, {"reset": self.reset})
        return node


class IFLayer(_SpikingLayer):
    """IF neurons (``v <- v + I``, ``z = v > v_threshold``, reset) with a surrogate gradient;
    identical in forward to :func:`snnc.ir.neurons.if_step` (SpikingJelly's ``IFNode``)."""

    kind = "if"

    def __init__(
        self, v_threshold: float = 1.0, v_reset: float = 0.0, reset: str = "zero", detach_reset: bool = True
    ) -> None:
        super().__init__(v_threshold, v_reset, reset, detach_reset)

    def step(self, current: torch.Tensor, scalar) -> tuple[torch.Tensor, neurons.MembraneState]:
        params = neurons.IFParams(r=scalar(1.0), v_threshold=scalar(self.v_threshold), v_reset=scalar(self.v_reset))
        return neurons.if_step(self.state, current, params, self.reset, atan_spike, self.detach_reset)

    def to_nir(self, shape: tuple[int, ...], dt: float) -> nir.IF:
        """The NIR node for ``shape`` neurons; reset in snnc metadata."""
        return self._with_reset(
            nir.IF(r=np.ones(shape), v_threshold=np.full(shape, self.v_threshold), v_reset=np.full(shape, self.v_reset))
        )


class LIFLayer(_SpikingLayer):
    """LIF neurons (``v <- v + (1/tau_steps)(v_leak - v + I)``, ``z = v > v_threshold``, reset)
    with a surrogate gradient; identical in forward to :func:`snnc.ir.neurons.lif_step`."""

    kind = "lif"

    def __init__(
        self,
        tau_steps: float = 2.0,
        v_threshold: float = 1.0,
        v_reset: float = 0.0,
        reset: str = "zero",
        detach_reset: bool = True,
    ) -> None:
        super().__init__(v_threshold, v_reset, reset, detach_reset)
        self.tau_steps = float(tau_steps)

    def step(self, current: torch.Tensor, scalar) -> tuple[torch.Tensor, neurons.MembraneState]:
        params = neurons.LIFParams(
            dt_over_tau=scalar(1.0 / self.tau_steps),
            r=scalar(1.0),
            v_leak=scalar(0.0),
            v_threshold=scalar(self.v_threshold),
            v_reset=scalar(self.v_reset),
        )
        return neurons.lif_step(self.state, current, params, self.reset, atan_spike, self.detach_reset)

    def to_nir(self, shape: tuple[int, ...], dt: float) -> nir.LIF:
        """The NIR node for ``shape`` neurons at time step ``dt`` (seconds); reset in snnc metadata."""
        return self._with_reset(
            nir.LIF(
                tau=np.full(shape, self.tau_steps * dt),
                r=np.ones(shape),
                v_leak=np.zeros(shape),
                v_threshold=np.full(shape, self.v_threshold),
                v_reset=np.full(shape, self.v_reset),
            )
        )


def reset_states(module: torch.nn.Module) -> None:
    """Clear the membranes of every spiking layer inside ``module``."""
    for child in module.modules():
        if hasattr(child, "reset_state") and child is not module:
            child.reset_state()


def batchnorm_factor(bn: nn.modules.batchnorm._BatchNorm) -> np.ndarray:
    """An eval-mode BatchNorm's per-channel factor ``g / sqrt(var + eps)`` (float64)."""
    gamma = bn.weight.detach().double().numpy() if bn.affine else np.ones(bn.num_features)
    return gamma / np.sqrt(bn.running_var.detach().double().numpy() + bn.eps)


def fold_batchnorm(
    weight: np.ndarray, bias: np.ndarray, bn: nn.modules.batchnorm._BatchNorm
) -> tuple[np.ndarray, np.ndarray]:
    """Fold an eval-mode BatchNorm into the layer before it (float64):
    ``W' = W g / sqrt(var + eps)`` per output channel, ``b' = (b - mean) g / sqrt(var + eps) + beta``."""
    beta = bn.bias.detach().double().numpy() if bn.affine else np.zeros(bn.num_features)
    scale = batchnorm_factor(bn)
    shape = (-1,) + (1,) * (weight.ndim - 1)
    return weight * scale.reshape(shape), (bias - bn.running_mean.detach().double().numpy()) * scale + beta
