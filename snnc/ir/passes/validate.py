"""``validate``: the node types and graph shapes the quantizing backends support.

The integer pipeline (quantize, the integer reference, the FPGA) handles feed-forward chains of
Affine / Conv2d synapses, SumPool2d, Flatten, IF / LIF neurons and Threshold, after an Input and
before one Output. Anything else is refused here with an error naming the node.
"""

from __future__ import annotations

import nir

from snnc.errors import UnsupportedNodeError
from snnc.ir.graph import conv_groups, edge_maps, refuse_recurrence, type_name
from snnc.ir.metadata import read_snnc
from snnc.ir.passes import PassContext, register

SUPPORTED = (nir.Input, nir.Output, nir.Affine, nir.Conv2d, nir.SumPool2d, nir.Flatten, nir.IF, nir.LIF, nir.Threshold)


@register("validate")
def validate(graph: nir.NIRGraph, ctx: PassContext) -> nir.NIRGraph:
    refuse_recurrence(graph, f"the integer pipeline of 'snnc compile --backend {ctx.backend}'")  # names each cycle
    preds, succs = edge_maps(graph)
    for name, node in graph.nodes.items():
        quantizer = isinstance(node, nir.Scale) and "quant" in read_snnc(node)
        if not isinstance(node, SUPPORTED) and not quantizer:
            hint = " (canonicalize could not fold it into a synapse)" if isinstance(node, nir.Scale) else ""
            raise UnsupportedNodeError(
                f"node '{name}': {type_name(node)} is not supported by the {ctx.backend} backend's integer "
                f"pipeline{hint}"
            )
        if len(preds[name]) > 1 or len(succs[name]) > 1:
            raise UnsupportedNodeError(
                f"node '{name}': the {ctx.backend} backend needs a feed-forward chain, but this node has "
                f"{len(preds[name])} inputs and {len(succs[name])} outputs"
            )
        if isinstance(node, nir.Conv2d) and conv_groups(node, name) != 1:
            raise UnsupportedNodeError(f"node '{name}': grouped convolutions are not supported")
    return graph
