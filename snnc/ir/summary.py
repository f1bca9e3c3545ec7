"""A plain description of a NIR graph, for ``snnc inspect``."""

from __future__ import annotations

import math
from typing import Any

import nir

from snnc.ir.canonical import canonicalize_for_execution
from snnc.ir.graph import infer_shapes, parameter_count, topological_order, type_name
from snnc.ir.metadata import read_snnc


def describe_graph(graph: nir.NIRGraph) -> dict[str, Any]:
    """Nodes of the canonical form (nested graphs inlined, Linear as Affine, ...) in execution order
    (type, output shape, parameter count, snnc metadata), edges, totals and the graph's snnc metadata."""
    graph = canonicalize_for_execution(graph)
    shapes = infer_shapes(graph)
    nodes = []
    for name in topological_order(graph, allow_recurrence=True):
        node = graph.nodes[name]
        nodes.append(
            {
                "name": name,
                "type": type_name(node),
                "shape": list(shapes[name]),
                "parameters": parameter_count(node),
                "snnc": read_snnc(node),
            }
        )
    neurons = sum(math.prod(shapes[n["name"]]) for n in nodes if n["type"] in ("IF", "LIF", "LI", "CubaLIF"))
    return {
        "nodes": nodes,
        "edges": [list(map(str, e)) for e in graph.edges],
        "parameters": sum(n["parameters"] for n in nodes),
        "neurons": neurons,
        "metadata": read_snnc(graph),
    }
