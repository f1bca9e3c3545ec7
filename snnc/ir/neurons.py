"""Neuron step functions: the one definition of what each NIR neuron computes per step.

Discrete time with step ``dt`` (seconds). Membranes ``v`` and currents are in NIR's
(unitless) voltage units; ``r`` converts input current to voltage; time constants are in
seconds and enter only as the ratio ``dt / tau``.

The functions work on torch tensors of any shape (batch first) and are used by the
reference executor, the Norse backend (where Norse has no equivalent) and the training
frontends, which pass a surrogate-gradient ``spike_fn``. Spikes use NIR's strict
``v > v_threshold``. The reset formulas are written the way Norse writes them, so a float
backend that uses Norse's own step functions rounds identically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import torch

Tensor = torch.Tensor
SpikeFn = Callable[[Tensor], Tensor]


def heaviside(x: Tensor) -> Tensor:
    """``H(x) = 1 if x > 0 else 0`` (strict, so ``v == v_threshold`` does not spike), in x's dtype."""
    return (x > 0).to(x.dtype)


class IFParams(NamedTuple):
    r: Tensor
    v_threshold: Tensor
    v_reset: Tensor


class LIFParams(NamedTuple):
    dt_over_tau: Tensor
    r: Tensor
    v_leak: Tensor
    v_threshold: Tensor
    v_reset: Tensor


class LIParams(NamedTuple):
    dt_over_tau: Tensor
    r: Tensor
    v_leak: Tensor


class CubaLIFParams(NamedTuple):
    dt_over_tau_syn: Tensor
    dt_over_tau_mem: Tensor
    r: Tensor
    v_leak: Tensor
    v_threshold: Tensor
    v_reset: Tensor
    w_in: Tensor


class MembraneState(NamedTuple):
    v: Tensor


class CubaState(NamedTuple):
    v: Tensor
    i: Tensor


def apply_reset(v: Tensor, z: Tensor, v_threshold: Tensor, v_reset: Tensor, reset: str) -> Tensor:
    """Reset after a spike ``z`` (0 or 1).

    ``zero``:      v <- (1 - z) v + z v_reset        (NIR's reset to ``v_reset``)
    ``subtract``:  v <- (1 - z) v + z (v - v_threshold)  (keeps the overshoot; ANN->SNN conversion)
    """
    if reset == "zero":
        return (1 - z) * v + z * v_reset
    if reset == "subtract":
        return (1 - z) * v + z * (v - v_threshold)
    raise ValueError(f"unknown reset {reset!r}")


def fire(
    v: Tensor, p: IFParams | LIFParams, reset: str, spike_fn: SpikeFn, detach_reset: bool
) -> tuple[Tensor, MembraneState]:
    """Spike where the integrated membrane ``v`` exceeds threshold, then reset (``apply_reset``):
    ``z = v > v_threshold``; with ``detach_reset`` the reset passes no gradient (SpikingJelly's
    option)."""
    z = spike_fn(v - p.v_threshold)
    return z, MembraneState(apply_reset(v, z.detach() if detach_reset else z, p.v_threshold, p.v_reset, reset))


def if_step(
    state: MembraneState,
    current: Tensor,
    p: IFParams,
    reset: str = "zero",
    spike_fn: SpikeFn = heaviside,
    detach_reset: bool = False,
) -> tuple[Tensor, MembraneState]:
    """Integrate-and-fire, one step.

    v <- v + r I                 (no dt factor: the IF convention of Norse, snnTorch and Sinabs)
    z  = v > v_threshold
    v <- reset(v, z)
    """
    return fire(state.v + p.r * current, p, reset, spike_fn, detach_reset)


def lif_step(
    state: MembraneState,
    current: Tensor,
    p: LIFParams,
    reset: str = "zero",
    spike_fn: SpikeFn = heaviside,
    detach_reset: bool = False,
) -> tuple[Tensor, MembraneState]:
    """Leaky integrate-and-fire, one forward-Euler step of ``tau dv/dt = (v_leak - v) + r I``.

    v <- v + (dt/tau) ((v_leak - v) + r I)
    z  = v > v_threshold
    v <- reset(v, z)
    """
    v = state.v + p.dt_over_tau * ((p.v_leak - state.v) + p.r * current)
    return fire(v, p, reset, spike_fn, detach_reset)


def li_step(state: MembraneState, current: Tensor, p: LIParams) -> tuple[Tensor, MembraneState]:
    """Leaky integrator, one Euler step of ``tau dv/dt = (v_leak - v) + r I``; outputs ``v`` (no spikes).

    v <- v + (dt/tau) ((v_leak - v) + r I)
    """
    v = state.v + p.dt_over_tau * ((p.v_leak - state.v) + p.r * current)
    return v, MembraneState(v)


def cuba_lif_step(
    state: CubaState,
    current: Tensor,
    p: CubaLIFParams,
    reset: str = "zero",
    spike_fn: SpikeFn = heaviside,
    detach_reset: bool = False,
) -> tuple[Tensor, CubaState]:
    """Current-based LIF (NIR ``CubaLIF``), one Euler step; the new synaptic current drives ``v``
    in the same step, so an input at step t can cause a spike at step t.

    i <- i + (dt/tau_syn) (w_in x - i)
    v <- v + (dt/tau_mem) ((v_leak - v) + r i)
    z  = v > v_threshold
    v <- reset(v, z)
    """
    i = state.i + p.dt_over_tau_syn * (p.w_in * current - state.i)
    v = state.v + p.dt_over_tau_mem * ((p.v_leak - state.v) + p.r * i)
    z = spike_fn(v - p.v_threshold)
    v = apply_reset(v, z.detach() if detach_reset else z, p.v_threshold, p.v_reset, reset)
    return z, CubaState(v, i)


def threshold_step(x: Tensor, threshold: Tensor, spike_fn: SpikeFn = heaviside) -> Tensor:
    """NIR ``Threshold``: z = x > threshold (stateless; ``SumPool2d -> Threshold(0)`` is max-pooling of spikes)."""
    return spike_fn(x - threshold)
