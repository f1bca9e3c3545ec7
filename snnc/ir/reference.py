"""The reference executor: what a NIR graph computes, batched, in torch (``docs/semantics.md``,
"Float neurons").

Discrete steps ``t = 0..T-1``. Within a step, nodes run in topological order, so an input
at step t reaches the output at step t; several edges into one node are summed. Synapse
nodes are stateless; neuron nodes carry their state from step to step (see
:mod:`snnc.ir.neurons`).

The graph walk (:func:`run_program`) is separate from the per-node arithmetic (kernels),
so the integer reference can reuse the walk with integer kernels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import nir
import numpy as np
import torch
import torch.nn.functional as F

from snnc.errors import ConfigError, GraphError, UnsupportedNodeError
from snnc.ir import neurons
from snnc.ir.canonical import canonicalize_for_execution
from snnc.ir.graph import (
    SPIKING_TYPES,
    Shape,
    conv_geometry,
    edge_maps,
    infer_shapes,
    pool_window,
    recurrent_edges,
    single_input_output,
    topological_order,
)
from snnc.ir.metadata import DEFAULT_DT, node_reset, node_v_init, read_snnc

Tensor = torch.Tensor


class Program(NamedTuple):
    """A canonical graph ready to execute: its nodes in order, their inputs and shapes."""

    graph: nir.NIRGraph
    order: tuple[str, ...]
    preds: dict[str, tuple[str, ...]]  # inputs from the same step
    delayed: dict[str, tuple[str, ...]]  # inputs over recurrent edges, from the previous step
    shapes: dict[str, Shape]
    input_name: str
    output_name: str
    dt: float


class Kernel(NamedTuple):
    """How one node computes: ``init(batch)`` gives its state (None if stateless),
    ``step(state, x)`` gives ``(output, new_state)``, ``membrane(state)`` its membrane."""

    init: Callable[[int], Any]
    step: Callable[[Any, Tensor], tuple[Tensor, Any]]
    membrane: Callable[[Any], Tensor] | None = None


def membrane_kernel(start: Callable[[int], Tensor], step: Callable[[Any, Tensor], tuple[Tensor, Any]]) -> Kernel:
    """The kernel of a neuron whose state is one membrane (IF, LIF, LI), starting at ``start(batch)``
    (``v(0)``: zeros, or the node's ``v_init``)."""
    return Kernel(init=lambda batch: neurons.MembraneState(start(batch)), step=step, membrane=lambda s: s.v)


class SimulationResult(NamedTuple):
    """``output``: [T, B, *out] per step; ``recorded``/``membranes``: [T, B, *shape] of the
    requested nodes; ``spike_counts``: total spikes per spiking node (summed over T and B)."""

    output: Tensor
    recorded: dict[str, Tensor]
    membranes: dict[str, Tensor]
    spike_counts: dict[str, float]


def graph_dt(graph: nir.NIRGraph, dt: float | None = None) -> float:
    """The time step: an explicit ``dt``, else the graph's ``metadata['snnc']['dt']``, else 1 ms."""
    if dt is None:
        dt = read_snnc(graph).get("dt", DEFAULT_DT)
    dt = float(dt)
    if not math.isfinite(dt) or dt <= 0:
        raise ConfigError(f"dt must be a positive number of seconds, got {dt}")
    return dt


def compile_program(graph: nir.NIRGraph, dt: float | None = None) -> Program:
    """Canonicalize ``graph`` and fix its execution order."""
    canonical = canonicalize_for_execution(graph)
    input_name, output_name = single_input_output(canonical)
    recurrent = recurrent_edges(canonical)
    preds, _ = edge_maps(canonical, recurrent)
    order = tuple(topological_order(canonical, allow_recurrence=True))
    return Program(
        graph=canonical,
        order=order,
        preds={n: tuple(p) for n, p in preds.items()},
        delayed={n: tuple(a for a, b in canonical.edges if b == n and (a, b) in recurrent) for n in canonical.nodes},
        shapes=infer_shapes(canonical),
        input_name=input_name,
        output_name=output_name,
        dt=graph_dt(graph, dt),
    )


def _tensor(value: object, dtype: torch.dtype, device: torch.device | str = "cpu") -> Tensor:
    return torch.as_tensor(np.asarray(value, dtype=np.float64), dtype=dtype, device=device)


def _stateless(fn: Callable[[Tensor], Tensor]) -> Kernel:
    return Kernel(init=lambda batch: None, step=lambda state, x: (fn(x), None))


def float_kernel(
    name: str, node: nir.NIRNode, shape: Shape, dt: float, dtype: torch.dtype, device: torch.device | str = "cpu"
) -> Kernel:
    """The float kernel of one canonical node (``docs/semantics.md``, "Float neurons"), with its
    tensors on ``device``."""
    t = lambda value: _tensor(value, dtype, device)  # noqa: E731
    if isinstance(node, (nir.Input, nir.Output)):
        return _stateless(lambda x: x)
    if isinstance(node, nir.Flatten):
        start, end = int(node.start_dim) + 1, int(node.end_dim) + 1  # +1: the batch dimension
        return _stateless(lambda x: x.flatten(start, end))
    if isinstance(node, nir.Affine):
        weight, bias = t(node.weight), t(node.bias)
        return _stateless(lambda x: F.linear(x, weight, bias))
    if isinstance(node, nir.Scale):
        scale = t(node.scale)
        return _stateless(lambda x: x * scale)
    if isinstance(node, nir.Conv2d):
        weight, bias = t(node.weight), t(node.bias)
        if bias.ndim == 0:
            bias = bias.expand(weight.shape[0]).clone()
        geometry = conv_geometry(node, name)
        return _stateless(lambda x: F.conv2d(x, weight, bias, *geometry))
    if isinstance(node, (nir.SumPool2d, nir.AvgPool2d)):
        window = pool_window(node, name)
        divisor = 1 if isinstance(node, nir.SumPool2d) else None  # AvgPool: padding counts, as in torch
        return _stateless(lambda x: F.avg_pool2d(x, *window, divisor_override=divisor))
    if isinstance(node, nir.Threshold):
        threshold = t(node.threshold)
        return _stateless(lambda x: neurons.threshold_step(x, threshold))
    zeros = lambda batch: torch.zeros((batch, *shape), dtype=dtype, device=device)  # noqa: E731
    v_init = t(node_v_init(node, tuple(shape)))
    start = lambda batch: v_init.expand(batch, *shape).clone()  # noqa: E731  v(0) = v_init
    if isinstance(node, nir.IF):
        p = neurons.IFParams(t(node.r), t(node.v_threshold), t(node.v_reset))
        reset = node_reset(node)
        return membrane_kernel(start, lambda s, x: neurons.if_step(s, x, p, reset))
    if isinstance(node, nir.LIF):
        p = neurons.LIFParams(
            t(dt / np.asarray(node.tau, dtype=np.float64)),
            t(node.r),
            t(node.v_leak),
            t(node.v_threshold),
            t(node.v_reset),
        )
        reset = node_reset(node)
        return membrane_kernel(start, lambda s, x: neurons.lif_step(s, x, p, reset))
    if isinstance(node, nir.LI):
        p = neurons.LIParams(t(dt / np.asarray(node.tau, dtype=np.float64)), t(node.r), t(node.v_leak))
        return membrane_kernel(zeros, lambda s, x: neurons.li_step(s, x, p))
    if isinstance(node, nir.CubaLIF):
        p = neurons.CubaLIFParams(
            t(dt / np.asarray(node.tau_syn, dtype=np.float64)),
            t(dt / np.asarray(node.tau_mem, dtype=np.float64)),
            t(node.r),
            t(node.v_leak),
            t(node.v_threshold),
            t(node.v_reset),
            t(node.w_in),
        )
        reset = node_reset(node)
        return Kernel(
            init=lambda b: neurons.CubaState(zeros(b), zeros(b)),
            step=lambda s, x: neurons.cuba_lif_step(s, x, p, reset),
            membrane=lambda s: s.v,
        )
    raise UnsupportedNodeError(f"node '{name}': the reference cannot execute {type(node).__name__}")


def float_kernels(
    program: Program, dtype: torch.dtype = torch.float64, device: torch.device | str = "cpu"
) -> dict[str, Kernel]:
    return {
        name: float_kernel(name, program.graph.nodes[name], program.shapes[name], program.dt, dtype, device)
        for name in program.order
    }


def _check_names(program: Program, names: Sequence[str], what: str) -> None:
    for name in names:
        if name not in program.graph.nodes:
            raise GraphError(f"cannot record {what} of node '{name}': no such node")


def run_program(
    program: Program,
    kernels: dict[str, Kernel],
    inputs: Tensor,
    record: Sequence[str] = (),
    record_membranes: Sequence[str] = (),
) -> SimulationResult:
    """Step the graph over ``inputs`` [T, B, *input_shape]; see :class:`SimulationResult`."""
    _check_names(program, record, "outputs")
    _check_names(program, record_membranes, "membranes")
    for name in record_membranes:
        if kernels[name].membrane is None:
            raise GraphError(f"node '{name}' ({type(program.graph.nodes[name]).__name__}) has no membrane")
    expected = tuple(program.shapes[program.input_name])
    if inputs.ndim < 2 or tuple(inputs.shape[2:]) != expected:
        raise GraphError(
            f"input must have shape [T, batch, {', '.join(map(str, expected))}], got {tuple(inputs.shape)}"
        )
    steps, batch = inputs.shape[0], inputs.shape[1]
    states = {name: kernels[name].init(batch) for name in program.order}
    # NIR's recurrent edges deliver the previous step's value (zeros before the first step).
    late_sources = sorted({source for sources in program.delayed.values() for source in sources})
    previous = {
        n: torch.zeros((batch, *program.shapes[n]), dtype=inputs.dtype, device=inputs.device) for n in late_sources
    }
    spiking = [n for n in program.order if isinstance(program.graph.nodes[n], SPIKING_TYPES)]
    counts = {n: 0.0 for n in spiking}
    outputs: list[Tensor] = []
    recorded: dict[str, list[Tensor]] = {n: [] for n in record}
    membranes: dict[str, list[Tensor]] = {n: [] for n in record_membranes}
    for step in range(steps):
        values: dict[str, Tensor] = {}
        for name in program.order:
            if name == program.input_name:
                x = inputs[step]
            else:
                parts = [values[p] for p in program.preds[name]] + [previous[p] for p in program.delayed[name]]
                x = parts[0]
                for other in parts[1:]:
                    x = x + other
            values[name], states[name] = kernels[name].step(states[name], x)
        outputs.append(values[program.output_name])
        previous = {n: values[n] for n in late_sources}
        for name in spiking:
            counts[name] += float(values[name].sum())
        for name in record:
            recorded[name].append(values[name])
        for name in record_membranes:
            membranes[name].append(kernels[name].membrane(states[name]))
    return SimulationResult(
        output=torch.stack(outputs),
        recorded={n: torch.stack(v) for n, v in recorded.items()},
        membranes={n: torch.stack(v) for n, v in membranes.items()},
        spike_counts=counts,
    )


def simulate(
    graph: nir.NIRGraph | Program,
    inputs: Tensor,
    record: Sequence[str] = (),
    record_membranes: Sequence[str] = (),
    dtype: torch.dtype = torch.float64,
    dt: float | None = None,
) -> SimulationResult:
    """Run a NIR graph in floats on ``inputs`` [T, B, *input_shape] (the reference meaning)."""
    program = graph if isinstance(graph, Program) else compile_program(graph, dt)
    with torch.no_grad():
        return run_program(
            program, float_kernels(program, dtype, inputs.device), inputs.to(dtype), record, record_membranes
        )
