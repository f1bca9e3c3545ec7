"""The canonical form every executor runs.

- ``Linear`` becomes ``Affine`` with a zero bias;
- scalar neuron/threshold/scale parameters are broadcast to the node's full shape
  (NIR's type check wants full-shape arrays) and missing ``v_reset`` becomes zeros;
- nested NIRGraph nodes are inlined (``sub.child`` names);
- an Input written with a sample's batch dimension ``(1, ...)`` loses it where the next synapse
  expects the rest;
- ``Flatten`` dims are stated in NIR's unbatched convention with non-negative indices;
  a Flatten written in torch's batched convention (``start_dim=1`` meaning "after the batch")
  is recognised when only that reading fits the node after it.

The pass manager's ``canonicalize`` pass builds on this function.
"""

from __future__ import annotations

import copy

import nir
import numpy as np

from snnc.ir.graph import (
    NEURON_TYPES,
    PARAMETERS,
    Shape,
    check_parameters,
    conv_groups,
    edge_maps,
    flatten_output,
    flatten_subgraphs,
    infer_shapes,
    node_output_shape,
    recurrent_edges,
    topological_order,
)


def _full(value: object, shape: Shape) -> np.ndarray:
    return np.array(np.broadcast_to(np.asarray(value, dtype=np.float64), shape), dtype=np.float64)


def _canonical_flatten(node: nir.Flatten, in_shape: Shape, wanted: Shape | None) -> nir.Flatten:
    start, end = int(node.start_dim), int(node.end_dim)
    if wanted is not None and start > 0 and flatten_output(in_shape, start, end) != wanted:
        shifted = (start - 1, end - 1 if end > 0 else end)
        if flatten_output(in_shape, *shifted) == wanted:
            start, end = shifted
    ndim = len(in_shape)
    return nir.Flatten(
        input_type={"input": np.array(in_shape)},
        start_dim=start + ndim if start < 0 else start,
        end_dim=end + ndim if end < 0 else end,
        metadata=copy.deepcopy(node.metadata),
    )


def _strip_batch_dimension(node: nir.Input, consumers: list[nir.NIRNode]) -> nir.Input:
    """An Input written with the batch dimension of a sample (Norse's ``to_nir`` writes ``(1, n)``)
    loses it when the synapse it feeds expects the rest."""
    declared = np.asarray(node.input_type["input"]).reshape(-1)
    if declared.dtype.kind not in "biuf" or not np.all(np.isfinite(declared)) or np.any(declared % 1):
        return node  # not whole numbers: ``check_graph`` names the node
    shape = tuple(int(s) for s in declared)
    if len(shape) < 2 or shape[0] != 1:
        return node
    rest = shape[1:]
    fits = all(
        (isinstance(c, (nir.Affine, nir.Linear)) and len(rest) == 1 and np.shape(c.weight)[1] == rest[0])
        or (
            isinstance(c, nir.Conv2d)
            and len(rest) == 3
            and np.shape(c.weight)[1] * conv_groups(c, "input consumer") == rest[0]
        )
        for c in consumers
    )
    if not consumers or not fits:
        return node
    return nir.Input(input_type={"input": np.array(rest)}, metadata=copy.deepcopy(node.metadata))


def _fix_flatten_convention(graph: nir.NIRGraph) -> None:
    """Rewrite Inputs and every Flatten in place in the unbatched convention with real input shapes."""
    preds, succs = edge_maps(graph, recurrent_edges(graph))
    shapes: dict[str, Shape] = {}
    for name in topological_order(graph, allow_recurrence=True):
        node = graph.nodes[name]
        in_shape = shapes[preds[name][0]] if preds[name] else None
        if isinstance(node, nir.Input):
            node = graph.nodes[name] = _strip_batch_dimension(node, [graph.nodes[n] for n in succs[name]])
        if isinstance(node, nir.Flatten) and in_shape is not None:
            wanted = None
            for nxt in succs[name]:
                if isinstance(graph.nodes[nxt], (nir.Affine, nir.Linear)):
                    wanted = (int(np.shape(graph.nodes[nxt].weight)[1]),)
            node = graph.nodes[name] = _canonical_flatten(node, in_shape, wanted)
        shapes[name] = node_output_shape(name, node, in_shape)


def canonicalize_for_execution(graph: nir.NIRGraph) -> nir.NIRGraph:
    """A new graph in canonical form (see module doc); the input graph is not modified."""
    graph = flatten_subgraphs(graph)
    check_parameters(graph)
    out = nir.NIRGraph(
        nodes=dict(graph.nodes),
        edges=[tuple(e) for e in graph.edges],
        metadata=copy.deepcopy(graph.metadata),
        type_check=False,
    )
    _fix_flatten_convention(out)
    shapes = infer_shapes(out)
    preds, _ = edge_maps(out)
    nodes: dict[str, nir.NIRNode] = {}
    for name, node in out.nodes.items():
        meta = copy.deepcopy(getattr(node, "metadata", {}) or {})
        if isinstance(node, nir.Linear):
            weight = np.asarray(node.weight, dtype=np.float64)
            node = nir.Affine(weight=weight, bias=np.zeros(weight.shape[0]), metadata=meta)
        elif isinstance(node, nir.Affine):
            weight = np.asarray(node.weight, dtype=np.float64)
            node = nir.Affine(weight=weight, bias=_full(node.bias, (weight.shape[0],)), metadata=meta)
        elif isinstance(node, NEURON_TYPES + (nir.Threshold, nir.Scale)):
            shape = shapes[name]
            params = {}
            for attr in PARAMETERS[type(node)]:
                value = getattr(node, attr, None)
                if value is None:  # only v_reset may be missing: NIR's default is 0
                    value = 0.0
                params[attr] = _full(value, shape)
            node = type(node)(**params, metadata=meta)
        elif isinstance(node, nir.Input):
            shape = tuple(int(s) for s in np.asarray(node.input_type["input"]).reshape(-1))
            node = nir.Input(input_type={"input": np.array(shape)}, metadata=meta)
        elif isinstance(node, nir.Output):
            node = nir.Output(output_type={"output": np.array(shapes[preds[name][0]])}, metadata=meta)
        nodes[name] = node
    result = nir.NIRGraph(nodes=nodes, edges=out.edges, metadata=out.metadata, type_check=False)
    infer_shapes(result)  # re-check: canonicalization must not break shapes
    return result
