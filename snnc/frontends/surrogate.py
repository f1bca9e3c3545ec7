"""Surrogate-gradient spike functions: a Heaviside forward pass (exactly NIR's strict
``x > 0``) with a smooth derivative for backpropagation."""

from __future__ import annotations

import math

import torch


class _ATanSpike(torch.autograd.Function):
    """Forward: H(x) = [x > 0]. Backward: dH/dx ~ (alpha/2) / (1 + (pi/2 * alpha * x)^2)
    (the arctangent surrogate of SpikingJelly's ``surrogate.ATan``; alpha = 2 by default)."""

    @staticmethod
    def forward(ctx, x: torch.Tensor, alpha: float) -> torch.Tensor:  # type: ignore[override]
        ctx.save_for_backward(x)
        ctx.alpha = alpha
        return (x > 0).to(x.dtype)

    @staticmethod
    def backward(ctx, grad_output: torch.Tensor):  # type: ignore[override]
        (x,) = ctx.saved_tensors
        alpha = ctx.alpha
        grad = alpha / 2 / (1 + (math.pi / 2 * alpha * x) ** 2)
        return grad_output * grad, None


def atan_spike(x: torch.Tensor, alpha: float = 2.0) -> torch.Tensor:
    """Heaviside spike with the arctangent surrogate gradient."""
    return _ATanSpike.apply(x, alpha)
