"""``canonicalize``: the canonical form (``docs/semantics.md``, "Canonical form"), every rewrite
exact in real arithmetic.

1. the execution form (:func:`snnc.ir.canonical.canonicalize_for_execution`): Linear -> Affine,
   parameters broadcast, Flatten unbatched;
2. ``AvgPool2d`` -> ``SumPool2d`` followed by a ``Scale(1/k^2)``;
3. a uniform ``Scale`` before a synapse (possibly across a Flatten or SumPool2d, both linear) is
   folded into the synapse's weights;
4. a neuron's input resistance ``r`` is folded into the synapse that alone feeds it
   (``W <- r W``, ``b <- r b``, ``r <- 1``), so integer hardware needs no multiplier for it.

A synapse trained with QAT (node metadata ``qat``) has its scales multiplied by ``|factor|`` in 3 and
4, so ``W / scale`` stay its trained integers.
"""

from __future__ import annotations

import copy

import nir
import numpy as np

from snnc.ir.canonical import canonicalize_for_execution
from snnc.ir.graph import NEURON_TYPES, edge_maps, infer_shapes, pool_window, with_synapse_weights
from snnc.ir.metadata import read_snnc, rescale_qat
from snnc.ir.passes import PassContext, register

LINEAR_PASS_THROUGH = (nir.Flatten, nir.SumPool2d)


def _replace_edges(graph: nir.NIRGraph, edges: list[tuple[str, str]]) -> nir.NIRGraph:
    return nir.NIRGraph(nodes=graph.nodes, edges=edges, metadata=graph.metadata, type_check=False)


def _split_avgpool(graph: nir.NIRGraph) -> nir.NIRGraph:
    nodes, edges = dict(graph.nodes), list(graph.edges)
    for name, node in graph.nodes.items():
        if isinstance(node, nir.AvgPool2d):
            kernel = pool_window(node, name).kernel
            nodes[name] = nir.SumPool2d(
                kernel_size=np.asarray(node.kernel_size),
                stride=np.asarray(node.stride),
                padding=np.asarray(node.padding),
                metadata=copy.deepcopy(node.metadata),
            )
            scale_name = f"{name}_scale"
            nodes[scale_name] = nir.Scale(scale=np.array(1.0 / float(kernel[0] * kernel[1])))
            edges = [(scale_name, b) if a == name else (a, b) for a, b in edges] + [(name, scale_name)]
    result = nir.NIRGraph(nodes=nodes, edges=edges, metadata=graph.metadata, type_check=False)
    return canonicalize_for_execution(result)  # broadcasts the new Scale's parameter


def _fold_scales(graph: nir.NIRGraph) -> nir.NIRGraph:
    """Fold uniform Scale nodes into the next synapse, through linear pass-through nodes."""
    changed = True
    while changed:
        changed = False
        preds, succs = edge_maps(graph)
        for name, node in graph.nodes.items():
            if not isinstance(node, nir.Scale) or len(succs[name]) != 1 or len(preds[name]) != 1:
                continue
            if "quant" in read_snnc(node):  # a quantized graph's input quantizer stays where it is
                continue
            scale = np.asarray(node.scale, dtype=np.float64)
            if not np.all(scale == scale.reshape(-1)[0]):
                continue
            target = succs[name][0]
            while (
                isinstance(graph.nodes[target], LINEAR_PASS_THROUGH)
                and len(succs[target]) == 1
                and len(preds[target]) == 1
            ):
                target = succs[target][0]
            synapse = graph.nodes[target]
            if not isinstance(synapse, (nir.Affine, nir.Conv2d)) or len(preds[target]) != 1:
                continue
            factor = float(scale.reshape(-1)[0])
            nodes = dict(graph.nodes)
            nodes[target] = with_synapse_weights(synapse, np.asarray(synapse.weight, dtype=np.float64) * factor)
            rescale_qat(nodes[target], factor)  # trained QAT scales follow the weights
            del nodes[name]
            source, sink = preds[name][0], succs[name][0]
            edges = [e for e in graph.edges if name not in e] + [(source, sink)]
            graph = nir.NIRGraph(nodes=nodes, edges=edges, metadata=graph.metadata, type_check=False)
            changed = True
            break
    return graph


def _fold_resistance(graph: nir.NIRGraph) -> nir.NIRGraph:
    preds, succs = edge_maps(graph)
    shapes = infer_shapes(graph)
    nodes = dict(graph.nodes)
    for name, node in graph.nodes.items():
        if not isinstance(node, NEURON_TYPES) or isinstance(node, nir.CubaLIF) or len(preds[name]) != 1:
            continue
        source = preds[name][0]
        synapse = graph.nodes[source]
        if not isinstance(synapse, (nir.Affine, nir.Conv2d)) or len(succs[source]) != 1:
            continue
        r = np.asarray(node.r, dtype=np.float64)
        if np.all(r == 1.0):
            continue
        if isinstance(synapse, nir.Conv2d):
            per_channel = r.reshape(shapes[name][0], -1)
            if not np.all(per_channel == per_channel[:, :1]):
                continue  # r varies within a channel: a convolution cannot carry it
            row = per_channel[:, 0]
            weight = np.asarray(synapse.weight, dtype=np.float64) * row.reshape(-1, 1, 1, 1)
        else:
            row = r
            weight = np.asarray(synapse.weight, dtype=np.float64) * row.reshape(-1, 1)
        bias = np.asarray(synapse.bias, dtype=np.float64) * row
        nodes[source] = with_synapse_weights(synapse, weight, bias)
        rescale_qat(nodes[source], row)  # trained QAT scales follow the weights, per output channel
        params = {key: getattr(node, key) for key in ("tau", "v_leak", "v_threshold", "v_reset") if hasattr(node, key)}
        nodes[name] = type(node)(r=np.ones_like(r), **params, metadata=copy.deepcopy(node.metadata))
    return nir.NIRGraph(nodes=nodes, edges=graph.edges, metadata=graph.metadata, type_check=False)


@register("canonicalize")
def canonicalize(graph: nir.NIRGraph, ctx: PassContext) -> nir.NIRGraph:
    graph = canonicalize_for_execution(graph)
    graph = _split_avgpool(graph)
    graph = _fold_scales(graph)
    graph = _fold_resistance(graph)
    return canonicalize_for_execution(graph)
