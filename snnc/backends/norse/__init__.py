"""The Norse backend: a strict NIR -> torch executor built from torch layers and Norse's
neuron step functions.

Unlike ``norse.torch.from_nir`` (which silently drops nodes it cannot map and ignores
``r``, ``v_reset`` and the reset mode), every node either maps exactly to snnc's float semantics
(``docs/semantics.md``, "Float neurons") or is
refused with an error naming it. Norse's own step functions are used where they match:
``lif_box_feed_forward_step`` (LIF, zero or subtractive reset), ``iaf_feed_forward_step``
(IF, zero reset), ``li_box_feed_forward_step`` (LI). IF with subtractive reset and
``CubaLIF`` (Norse's CubaLIF applies the input one step later than NIR's equations) use
snnc's step functions.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import nir
import numpy as np
import torch

from snnc.errors import UnsupportedNodeError
from snnc.ir.graph import Shape, conv_geometry, pool_window
from snnc.ir.metadata import node_reset, node_v_init
from snnc.ir.reference import Kernel, Program, SimulationResult, float_kernel, run_program


def _module_kernel(module: torch.nn.Module, device: torch.device | str) -> Kernel:
    module.to(device).eval()
    return Kernel(init=lambda batch: None, step=lambda state, x: (module(x), None))


def norse_kernel(
    name: str, node: nir.NIRNode, shape: Shape, dt: float, dtype: torch.dtype, device: torch.device | str = "cpu"
) -> Kernel:
    """A kernel made of torch layers / Norse step functions for one canonical node, on ``device``."""
    with warnings.catch_warnings():  # norse's import uses the deprecated torch.jit.script
        warnings.simplefilter("ignore", FutureWarning)
        import norse.torch  # noqa: F401
    from norse.torch.functional.heaviside import heaviside
    from norse.torch.functional.iaf import IAFFeedForwardState, IAFParameters, iaf_feed_forward_step
    from norse.torch.functional.leaky_integrator_box import (
        LIBoxParameters,
        LIBoxState,
        li_box_feed_forward_step,
    )
    from norse.torch.functional.lif_box import (
        LIFBoxFeedForwardState,
        LIFBoxParameters,
        lif_box_feed_forward_step,
    )
    from norse.torch.functional.reset import reset_subtract, reset_value

    def t(value: object) -> torch.Tensor:
        return torch.as_tensor(np.asarray(value, dtype=np.float64), dtype=dtype, device=device)

    zeros = lambda batch: torch.zeros((batch, *shape), dtype=dtype, device=device)  # noqa: E731
    if isinstance(node, (nir.IF, nir.LIF)):  # v(0) = v_init, Norse's states taking any start
        v_init = t(node_v_init(node, tuple(shape)))
        start = lambda batch: v_init.expand(batch, *shape).clone()  # noqa: E731
    if isinstance(node, (nir.Input, nir.Output)):
        return _module_kernel(torch.nn.Identity(), device)
    if isinstance(node, nir.Flatten):
        return _module_kernel(torch.nn.Flatten(int(node.start_dim) + 1, int(node.end_dim) + 1), device)
    if isinstance(node, nir.Affine):
        out_features, in_features = np.shape(node.weight)
        linear = torch.nn.Linear(in_features, out_features, bias=True, dtype=dtype)
        with torch.no_grad():
            linear.weight.copy_(t(node.weight))
            linear.bias.copy_(t(node.bias))
        return _module_kernel(linear, device)
    if isinstance(node, nir.Conv2d):
        weight = t(node.weight)
        geometry = conv_geometry(node, name)
        conv = torch.nn.Conv2d(
            weight.shape[1] * geometry.groups,
            weight.shape[0],
            tuple(weight.shape[2:]),
            **geometry._asdict(),
            bias=True,
            dtype=dtype,
        )
        with torch.no_grad():
            conv.weight.copy_(weight)
            conv.bias.copy_(t(node.bias).expand(weight.shape[0]))
        return _module_kernel(conv, device)
    if isinstance(node, (nir.SumPool2d, nir.AvgPool2d)):
        pool = torch.nn.AvgPool2d(
            *pool_window(node, name),
            divisor_override=1 if isinstance(node, nir.SumPool2d) else None,
        )
        return _module_kernel(pool, device)
    if isinstance(node, nir.Scale):
        scale = t(node.scale)
        return Kernel(init=lambda b: None, step=lambda s, x: (x * scale, None))
    if isinstance(node, nir.Threshold):
        threshold = t(node.threshold)
        return Kernel(init=lambda b: None, step=lambda s, x: (heaviside(x - threshold), None))
    if isinstance(node, nir.IF) and node_reset(node) == "zero":
        r = t(node.r)
        p = IAFParameters(v_th=t(node.v_threshold), v_reset=t(node.v_reset), method="heaviside")
        return Kernel(
            init=lambda b: IAFFeedForwardState(v=start(b)),
            step=lambda s, x: iaf_feed_forward_step(r * x, s, p),
            membrane=lambda s: s.v,
        )
    if isinstance(node, nir.LIF):
        r = t(node.r)
        p = LIFBoxParameters(
            tau_mem_inv=t(1.0 / np.asarray(node.tau, dtype=np.float64)),
            v_leak=t(node.v_leak),
            v_th=t(node.v_threshold),
            v_reset=t(node.v_reset),
            method="heaviside",
            reset_method=reset_value if node_reset(node) == "zero" else reset_subtract,
        )
        return Kernel(
            init=lambda b: LIFBoxFeedForwardState(v=start(b)),
            step=lambda s, x: lif_box_feed_forward_step(r * x, s, p, dt),
            membrane=lambda s: s.v,
        )
    if isinstance(node, nir.LI):
        r = t(node.r)
        p = LIBoxParameters(tau_mem_inv=t(1.0 / np.asarray(node.tau, dtype=np.float64)), v_leak=t(node.v_leak))
        return Kernel(
            init=lambda b: LIBoxState(v=zeros(b)),
            step=lambda s, x: li_box_feed_forward_step(r * x, s, p, dt),
            membrane=lambda s: s.v,
        )
    if isinstance(node, (nir.IF, nir.CubaLIF)):  # subtractive IF and CubaLIF: Norse has no exact match
        return float_kernel(name, node, shape, dt, dtype, device)
    raise UnsupportedNodeError(f"node '{name}': the norse backend cannot run {type(node).__name__}")


def run_norse(
    program: Program,
    inputs: torch.Tensor,
    record_membranes: Sequence[str] = (),
    dtype: torch.dtype = torch.float64,
    record: Sequence[str] = (),
) -> SimulationResult:
    """Run a compiled program with Norse kernels over ``inputs`` [T, B, *input_shape], keeping the
    output per step of the nodes in ``record``."""
    kernels = {
        name: norse_kernel(name, program.graph.nodes[name], program.shapes[name], program.dt, dtype, inputs.device)
        for name in program.order
    }
    with torch.no_grad():
        return run_program(program, kernels, inputs.to(dtype), record, record_membranes)
