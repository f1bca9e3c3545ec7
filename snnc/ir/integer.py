"""The integer reference executor: what a quantized graph computes, bit for bit
(``docs/semantics.md``, "Integer neurons").

A quantized graph (one with ``metadata['snnc']['quant']``, written by the ``quantize`` pass) holds
integer-valued arrays. Executed here:

- input quantizer (a ``Scale`` node marked ``quant.role = "input"``): ``x_int = round(clip(x, 0, 1) * (2^b - 1))``
  (round half to even), the pixels a direct-encoded first stage multiplies;
- spike input (a graph without an input quantizer: binary, poisson or frames encoding): ``s = 1 if x > 0
  else 0``, one event per input position and step, as the accelerator receives them; frames holding
  event counts > 1 (or analog per-step currents) count once;
- synapses (``Affine``, ``Conv2d``, ``SumPool2d``) are exact integer sums (computed in float64, exact
  while every partial sum stays below 2^53, which the quantizer's range analysis guarantees);
- neurons on signed ``v_bits`` membranes that saturate at both ends after every update:
  ``IF``:  v <- sat(v + I)
  ``LIF``: v <- sat(v + (((v_leak - v + I) * m) >> f))   (``>>`` arithmetic: floor)
  then ``z = v > v_threshold`` (strict) and reset ``zero`` (v <- v_reset) or ``subtract``
  (v <- sat(v - v_threshold)); every membrane starts each sample at the node's integer ``v_init``
  (metadata, 0 when unstated);
- ``Threshold``: ``z = x > threshold``.

The graph walk is the float reference's (:func:`snnc.ir.reference.run_program`); only the
per-node kernels differ.
"""

from __future__ import annotations

from typing import NamedTuple

import nir
import numpy as np
import torch
import torch.nn.functional as F

from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.graph import Shape, conv_geometry, pool_window
from snnc.ir.metadata import node_reset, node_v_init, read_snnc
from snnc.ir.reference import Kernel, Program

Tensor = torch.Tensor


class IntState(NamedTuple):
    v: Tensor  # int64 membranes


def is_quantized(graph: nir.NIRGraph) -> bool:
    return "quant" in read_snnc(graph)


def quantize_pixels(x: Tensor, bits: int) -> Tensor:
    """The input quantizer: ``round(clip(x, 0, 1) * (2^bits - 1))`` (round half to even), int64."""
    return torch.round(x.to(torch.float64).clamp(0, 1) * float((1 << bits) - 1)).to(torch.int64)


def spike_input(x: Tensor) -> Tensor:
    """What a spike input stage receives: one event (1) where ``x > 0``, else 0 (int64)."""
    return (x > 0).to(torch.int64)


def has_input_quantizer(graph: nir.NIRGraph) -> bool:
    """True when the quantized graph's first stage takes pixels (an input quantizer ``Scale``)."""
    return any(read_snnc(node).get("quant", {}).get("role") == "input" for node in graph.nodes.values())


def saturate(v: Tensor, bits: int) -> Tensor:
    """Clamp to the signed ``bits``-bit range [-2^(bits-1), 2^(bits-1) - 1]."""
    return v.clamp(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)


def reset_int(v: Tensor, z: Tensor, v_threshold: Tensor, v_reset: Tensor, reset: str, bits: int) -> Tensor:
    """``zero``: v <- v_reset where z; ``subtract``: v <- sat(v - v_threshold) where z."""
    if reset == "zero":
        return torch.where(z.bool(), v_reset, v)
    return torch.where(z.bool(), saturate(v - v_threshold, bits), v)


def if_step_int(
    state: IntState, current: Tensor, v_threshold: Tensor, v_reset: Tensor, reset: str, bits: int
) -> tuple[Tensor, IntState]:
    """Integer IF: v <- sat(v + I); z = v > v_threshold; reset."""
    v = saturate(state.v + current, bits)
    z = (v > v_threshold).long()
    return z, IntState(reset_int(v, z, v_threshold, v_reset, reset, bits))


def lif_step_int(
    state: IntState,
    current: Tensor,
    v_leak: Tensor,
    v_threshold: Tensor,
    v_reset: Tensor,
    leak_m: int,
    leak_f: int,
    reset: str,
    bits: int,
) -> tuple[Tensor, IntState]:
    """Integer LIF: v <- sat(v + (((v_leak - v + I) * m) >> f)) with m / 2^f ~ dt / tau; z; reset."""
    v = saturate(state.v + (((v_leak - state.v + current) * leak_m) >> leak_f), bits)
    z = (v > v_threshold).long()
    return z, IntState(reset_int(v, z, v_threshold, v_reset, reset, bits))


def _ints(value: object, name: str, what: str, device: torch.device | str) -> Tensor:
    array = np.array(value, dtype=np.float64)  # a copy: torch wants writable memory
    if not np.all(array == np.round(array)):
        raise GraphError(f"node '{name}': {what} of a quantized graph must be integers")
    return torch.as_tensor(array, dtype=torch.int64, device=device)


def _exact(x: Tensor) -> Tensor:
    return x.to(torch.float64)


def _to_int(y: Tensor) -> Tensor:
    return torch.round(y).to(torch.int64)


def _quant(node: nir.NIRNode, name: str, key: str) -> int:
    quant = read_snnc(node).get("quant", {})
    if key not in quant:
        raise GraphError(f"node '{name}': quantized node lacks quant.{key}")
    return int(quant[key])


def integer_kernel(
    name: str, node: nir.NIRNode, shape: Shape, device: torch.device | str = "cpu", spikes_in: bool = False
) -> Kernel:
    """The integer kernel of one node of a quantized graph (``spikes_in``: the graph's Input feeds a
    spike stage, so it passes on :func:`spike_input`)."""
    stateless = lambda fn: Kernel(init=lambda b: None, step=lambda s, x: (fn(x), None))  # noqa: E731
    if isinstance(node, nir.Input) and spikes_in:
        return stateless(spike_input)
    if isinstance(node, (nir.Input, nir.Output)):
        return stateless(lambda x: x)
    if isinstance(node, nir.Scale):
        quant = read_snnc(node).get("quant", {})
        if quant.get("role") != "input":
            raise UnsupportedNodeError(f"node '{name}': a quantized graph may only scale its input (quantizer)")
        bits = int(quant["input_bits"])
        return stateless(lambda x: quantize_pixels(x, bits))
    if isinstance(node, nir.Flatten):
        start, end = int(node.start_dim) + 1, int(node.end_dim) + 1
        return stateless(lambda x: x.flatten(start, end))
    if isinstance(node, nir.Affine):
        weight = _ints(node.weight, name, "weights", device).to(torch.float64)
        bias = _ints(node.bias, name, "bias", device).to(torch.float64)
        return stateless(lambda x: _to_int(F.linear(_exact(x), weight, bias)))
    if isinstance(node, nir.Conv2d):
        weight = _ints(node.weight, name, "weights", device).to(torch.float64)
        bias = _ints(np.broadcast_to(np.asarray(node.bias), (weight.shape[0],)), name, "bias", device).double()
        geometry = conv_geometry(node, name)
        return stateless(lambda x: _to_int(F.conv2d(_exact(x), weight, bias, *geometry)))
    if isinstance(node, nir.SumPool2d):
        window = pool_window(node, name)
        return stateless(lambda x: _to_int(F.avg_pool2d(_exact(x), *window, divisor_override=1)))
    if isinstance(node, nir.Threshold):
        threshold = _ints(node.threshold, name, "threshold", device)
        return stateless(lambda x: (x > threshold).to(torch.int64))
    if not isinstance(node, (nir.IF, nir.LIF)):
        raise UnsupportedNodeError(f"node '{name}': the integer reference cannot execute {type(node).__name__}")
    v_init = _ints(node_v_init(node, tuple(shape)), name, "v_init", device)
    start = lambda batch: IntState(v_init.expand(batch, *shape).clone())  # noqa: E731  v(0) = v_init
    if isinstance(node, nir.IF):
        bits, reset = _quant(node, name, "v_bits"), node_reset(node)
        threshold, v_reset = (
            _ints(node.v_threshold, name, "v_threshold", device),
            _ints(node.v_reset, name, "v_reset", device),
        )
        return Kernel(
            init=start, step=lambda s, x: if_step_int(s, x, threshold, v_reset, reset, bits), membrane=lambda s: s.v
        )
    bits, reset = _quant(node, name, "v_bits"), node_reset(node)  # LIF
    m, f = _quant(node, name, "leak_m"), _quant(node, name, "leak_f")
    leak = _ints(node.v_leak, name, "v_leak", device)
    threshold, v_reset = (
        _ints(node.v_threshold, name, "v_threshold", device),
        _ints(node.v_reset, name, "v_reset", device),
    )
    return Kernel(
        init=start,
        step=lambda s, x: lif_step_int(s, x, leak, threshold, v_reset, m, f, reset, bits),
        membrane=lambda s: s.v,
    )


def integer_kernels(program: Program, device: torch.device | str = "cpu") -> dict[str, Kernel]:
    spikes_in = not has_input_quantizer(program.graph)
    return {
        name: integer_kernel(name, program.graph.nodes[name], program.shapes[name], device, spikes_in)
        for name in program.order
    }


def simulate_integer(
    program: Program, inputs: Tensor, record: tuple[str, ...] = (), record_membranes: tuple[str, ...] = ()
):
    """Run a quantized program in integers on ``inputs`` [T, B, *input_shape] (floats in [0, 1] or spikes)."""
    from snnc.ir.reference import run_program

    with torch.no_grad():
        return run_program(program, integer_kernels(program, inputs.device), inputs, record, record_membranes)
