"""Quantization-aware training (``--qat-bits B``): fake-quantized weights, straight-through gradients.

Every weighted layer (``Linear``, ``Conv2d``) of a network trained with ``--qat-bits B`` computes
with its weights fake-quantized to signed ``B``-bit integers, one scale per output channel ``c``:

    q      = 2^(B-1) - 1
    s_c    = max_i |W_{c,i}| / q                    (1 for an all-zero channel)
    W_q    = clamp(round(W / s), -q, q) * s         (s broadcast over the channel's weights)

The scale is computed from the current weights at every forward pass (no running average): the
weights alone determine it, so a checkpoint, its export and a resumed run all see the same ``s``,
and the largest weight of a channel always lands exactly on ``±q`` (no clipping, no wasted level).

The gradient is the straight-through estimator: the forward value is ``W_q``, the backward pass
treats the quantizer as the identity,

    W_fq = W + stopgrad(W_q - W)        so   dL/dW = dL/dW_fq,

and the optimizer updates float *shadow* weights ``W`` (the parameter stored in checkpoints). The
quantizer is a ``torch.nn.utils.parametrize`` parametrization of ``weight``: ``layer.weight`` is
``W_q`` (what the network computes with, and what its export writes), and
``layer.parametrizations.weight.original`` is the shadow ``W`` (:func:`shadow_weight`), which the
STDP rule of ``bpstdp`` updates directly (its local rule is no gradient of ``W_q``).

On export each synapse node records ``metadata["snnc"]["qat"] = {"bits": B, "scale": [s_c ...]}``
(:func:`qat_metadata`), transformed with the weights wherever the export rescales them per output
channel (BatchNorm folding, ann2snn's threshold normalization: a positive factor ``f_c`` times the
weights is ``|f_c| s_c`` times the scale, the integers ``W / s`` keeping their magnitude). The
``quantize`` pass then uses exactly these bits and scales, so its integer weights are the trained
integers ``round(W / s)`` (``snnc/ir/passes/quantize.py``).
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn
from torch.nn.utils import parametrize

QUANTIZED_LAYERS = (nn.Linear, nn.Conv2d)


def qmax(bits: int) -> int:
    """The largest magnitude of a signed ``bits``-bit weight: ``2^(bits-1) - 1`` (symmetric range)."""
    return (1 << (int(bits) - 1)) - 1


def channel_scales(weight: torch.Tensor, bits: int) -> torch.Tensor:
    """``s_c = max_i |W_{c,i}| / (2^(bits-1) - 1)`` per output channel (axis 0), 1 where a channel is
    all zeros (any positive scale gives it zero integers); no gradient flows through it."""
    with torch.no_grad():
        top = weight.detach().abs().reshape(weight.shape[0], -1).amax(dim=1)
        return torch.where(top > 0, top / qmax(bits), torch.ones_like(top))


def fake_quantize(weight: torch.Tensor, bits: int) -> torch.Tensor:
    """``W + stopgrad(W_q - W)``: the value of ``W_q = clamp(round(W / s), -q, q) s``, the gradient of ``W``."""
    scale = channel_scales(weight, bits).reshape(-1, *([1] * (weight.ndim - 1)))
    limit = qmax(bits)
    quantized = torch.clamp(torch.round(weight.detach() / scale), -limit, limit) * scale
    return weight + (quantized - weight).detach()


class FakeQuantize(nn.Module):
    """The parametrization ``weight -> fake_quantize(weight, bits)`` (see the module doc)."""

    def __init__(self, bits: int) -> None:
        super().__init__()
        self.bits = int(bits)

    def forward(self, weight: torch.Tensor) -> torch.Tensor:
        return fake_quantize(weight, self.bits)

    def extra_repr(self) -> str:
        return f"bits={self.bits}"


def enable_qat(model: nn.Module, bits: int | None) -> nn.Module:
    """Fake-quantize the weights of every ``Linear`` and ``Conv2d`` inside ``model`` to ``bits``
    (in place; ``bits`` None: nothing changes). Returns ``model``."""
    if bits is None:
        return model
    for layer in list(model.modules()):
        if isinstance(layer, QUANTIZED_LAYERS) and not parametrize.is_parametrized(layer, "weight"):
            parametrize.register_parametrization(layer, "weight", FakeQuantize(bits))
    return model


def layer_bits(layer: nn.Module) -> int | None:
    """The QAT width of ``layer``'s weights, or None when it is not fake-quantized."""
    if not parametrize.is_parametrized(layer, "weight"):
        return None
    for transform in layer.parametrizations.weight:
        if isinstance(transform, FakeQuantize):
            return transform.bits
    return None


def shadow_weight(layer: nn.Module) -> torch.Tensor:
    """The float parameter an update rule changes: the shadow ``W`` of a fake-quantized layer, else ``weight``."""
    if parametrize.is_parametrized(layer, "weight"):
        return layer.parametrizations.weight.original
    return layer.weight


def trained_scales(layer: nn.Module) -> np.ndarray | None:
    """The per-output-channel scales ``s_c`` ``layer`` computes with now (float64, from the forward
    pass's own dtype, so ``layer.weight / s`` are integers), or None without QAT."""
    bits = layer_bits(layer)
    if bits is None:
        return None
    return channel_scales(shadow_weight(layer), bits).double().cpu().numpy()


def qat_metadata(bits: int, scales: np.ndarray, factors: np.ndarray | float = 1.0) -> dict:
    """The ``qat`` node metadata for weights ``W_q * factors`` (``factors`` one per output channel, or
    one number): ``{"bits": B, "scale": [|f_c| s_c ...]}``. A zero factor zeroes a channel's weights;
    its scale stays ``s_c`` (any positive scale fits zeros)."""
    scaled = np.abs(np.broadcast_to(np.asarray(factors, dtype=np.float64), scales.shape)) * scales
    scaled = np.where(scaled > 0, scaled, scales)
    return {"bits": int(bits), "scale": [float(value) for value in scaled]}


def cached():
    """A context in which each parametrized weight is computed once (per forward pass of a whole
    sequence: every time step uses the same ``W_q``, and quantizing once is T times cheaper)."""
    return parametrize.cached()
