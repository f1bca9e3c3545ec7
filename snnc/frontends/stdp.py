"""Trace-based pair STDP for Linear and Conv2d layers, applied through an optimizer.

For a synapse with pre-synaptic spikes ``s_pre`` and post-synaptic spikes ``s_post`` (per
step, 0 or 1), traces decay by ``1/tau`` per step and jump by one at each spike:

    x_pre  <- x_pre  - x_pre / tau_pre   + s_pre
    x_post <- x_post - x_post / tau_post + s_post

and every step adds, summed over the batch,

    dW = f_post(W) * (s_post (x) x_pre)  -  f_pre(W) * (x_post (x) s_pre)

so a post spike after pre spikes potentiates (by the decayed pre trace: ``(1 - 1/tau_pre)^d``
for a pre spike ``d`` steps earlier) and a pre spike after post spikes depresses (by the decayed
post trace). ``f_pre = f_post = clamp(W, -1, 1)`` are the seed's weight-dependent factors. For
a convolution the outer products run over every kernel position (``F.unfold``), so stride and
padding count exactly. ``apply()`` turns the accumulated change into the parameter's gradient
(``grad -= dW``), so an optimizer step moves the weights by ``+lr * dW`` (SpikingJelly's
``STDPLearner.step(on_grad=True)``).

With quantization-aware training (``snnc.frontends.qat``) the spikes come from the fake-quantized
weights of the forward pass, while the rule reads and changes the float shadow weights
(``f(W)`` and the gradient are the shadow's): small STDP changes accumulate in the shadow until
they move a quantized level.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F

from snnc.errors import ConfigError
from snnc.frontends.qat import shadow_weight

WeightFactor = Callable[[torch.Tensor], torch.Tensor]


def clamp_factor(weight: torch.Tensor) -> torch.Tensor:
    """The seed's weight dependence: ``clamp(W, -1, 1)``."""
    return weight.clamp(-1, 1)


class STDPLearner:
    """Accumulates the STDP weight change of one layer over the steps it observes."""

    def __init__(
        self,
        layer: torch.nn.Module,
        tau_pre: float = 2.0,
        tau_post: float = 100.0,
        f_pre: WeightFactor = clamp_factor,
        f_post: WeightFactor = clamp_factor,
    ) -> None:
        if not isinstance(layer, (torch.nn.Linear, torch.nn.Conv2d)):
            raise ConfigError(f"STDP supports Linear and Conv2d layers, not {type(layer).__name__}")
        if tau_pre < 1 or tau_post < 1:
            raise ConfigError("--tau_pre and --tau_post must be >= 1 (in steps)")
        self.layer, self.tau_pre, self.tau_post = layer, float(tau_pre), float(tau_post)
        self.f_pre, self.f_post = f_pre, f_post
        self.trace_pre: torch.Tensor | None = None
        self.trace_post: torch.Tensor | None = None
        self.weight = shadow_weight(layer)  # the parameter the rule updates (QAT: the float shadow of W_q)
        self.delta = torch.zeros_like(self.weight)

    def reset(self) -> None:
        """Forget the traces (a new sample sequence); the accumulated change stays until ``apply``."""
        self.trace_pre = self.trace_post = None

    @torch.no_grad()
    def step(self, pre: torch.Tensor, post: torch.Tensor) -> None:
        """Observe one step: ``pre`` the layer's input spikes, ``post`` its neurons' output spikes."""
        pre, post = pre.detach().to(self.delta.dtype), post.detach().to(self.delta.dtype)
        self.trace_pre = pre if self.trace_pre is None else self.trace_pre * (1 - 1 / self.tau_pre) + pre
        self.trace_post = post if self.trace_post is None else self.trace_post * (1 - 1 / self.tau_post) + post
        weight = self.weight.detach()
        if isinstance(self.layer, torch.nn.Linear):
            potentiation = torch.einsum("bo,bi->oi", post, self.trace_pre)
            depression = torch.einsum("bo,bi->oi", self.trace_post, pre)
        else:
            conv = self.layer
            unfold = lambda x: F.unfold(x, conv.kernel_size, conv.dilation, conv.padding, conv.stride)  # noqa: E731
            post_flat, trace_post_flat = post.flatten(2), self.trace_post.flatten(2)
            potentiation = torch.einsum("bol,bkl->ok", post_flat, unfold(self.trace_pre)).view_as(weight)
            depression = torch.einsum("bol,bkl->ok", trace_post_flat, unfold(pre)).view_as(weight)
        self.delta += self.f_post(weight) * potentiation - self.f_pre(weight) * depression

    def apply(self, scale: float = 1.0) -> torch.Tensor:
        """Subtract ``scale * dW`` from the weight's gradient (an optimizer step then adds it); return dW."""
        weight = self.weight
        delta, self.delta = self.delta, torch.zeros_like(self.delta)
        weight.grad = -scale * delta if weight.grad is None else weight.grad - scale * delta
        return delta
