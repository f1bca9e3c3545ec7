"""``fuse``: group the chain into stages, each one hardware core.

A stage is the run of nodes up to and including the node that emits its output events:
``[SumPool2d] [Flatten] (Affine | Conv2d) (IF | LIF | Threshold)`` is a *synapse* stage (a pool
before the synapse is a linear part of its input), ``SumPool2d [Flatten] Threshold`` a *pool*
stage (max-pooling of spikes), and a trailing synapse with no neuron before the Output is the
*readout* stage (membrane readout). Stages are recorded in ``metadata['snnc']``: each node gets
``stage`` (its index), the graph gets ``stages`` (kind, nodes, input kind), so the graph stays
plain NIR.
"""

from __future__ import annotations

from typing import Any

import nir

from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.graph import topological_order
from snnc.ir.metadata import graph_encoding, read_snnc, update_snnc
from snnc.ir.passes import PassContext, register

SYNAPSES = (nir.Affine, nir.Conv2d)
EMITTERS = (nir.IF, nir.LIF, nir.Threshold)


def stages_of(graph: nir.NIRGraph) -> list[dict[str, Any]]:
    """The stages recorded by ``fuse`` (an error if the graph was not fused)."""
    stages = read_snnc(graph).get("stages")
    if not stages:
        raise GraphError("the graph has no stages: run the fuse pass first")
    return stages


@register("fuse")
def fuse(graph: nir.NIRGraph, ctx: PassContext) -> nir.NIRGraph:
    order = [n for n in topological_order(graph)]
    body = [
        n
        for n in order
        if not isinstance(graph.nodes[n], (nir.Input, nir.Output))
        and not (isinstance(graph.nodes[n], nir.Scale) and "quant" in read_snnc(graph.nodes[n]))
    ]
    encoding = graph_encoding(graph)
    stages: list[dict[str, Any]] = []
    current: list[str] = []
    for name in body:
        current.append(name)
        if isinstance(graph.nodes[name], EMITTERS):
            stages.append(_stage(graph, current, len(stages), encoding))
            current = []
    if current:
        if not any(isinstance(graph.nodes[n], SYNAPSES) for n in current):
            raise UnsupportedNodeError(f"node '{current[-1]}': the graph must end in a neuron or a readout synapse")
        stages.append(_stage(graph, current, len(stages), encoding, readout=True))
    if not stages:
        raise GraphError("the graph has no stages (no synapse or neuron between Input and Output)")
    for stage in stages:
        for name in stage["nodes"]:
            update_snnc(graph.nodes[name], stage=stage["index"])
    update_snnc(graph, stages=stages)
    return graph


def _stage(graph: nir.NIRGraph, names: list[str], index: int, encoding: str, readout: bool = False) -> dict[str, Any]:
    synapses = [n for n in names if isinstance(graph.nodes[n], SYNAPSES)]
    if len(synapses) > 1:
        raise UnsupportedNodeError(
            f"node '{synapses[1]}': two synapses ({synapses[0]}, {synapses[1]}) without a neuron between them; "
            "fold them into one first"
        )
    kind = "readout" if readout else ("synapse" if synapses else "pool")
    if kind == "pool" and not all(
        isinstance(graph.nodes[n], (nir.SumPool2d, nir.Flatten, nir.Threshold)) for n in names
    ):
        raise UnsupportedNodeError(f"node '{names[-1]}': a stage without a synapse may only pool and threshold")
    first_input = "pixels" if index == 0 and encoding == "direct" else "spikes"
    return {
        "index": index,
        "kind": kind,
        "nodes": names,
        "synapse": synapses[0] if synapses else None,
        "neuron": None if readout else names[-1],
        "input": first_input,
    }
