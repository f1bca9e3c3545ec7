"""NIR for other tools: rewrite an snnc graph into the conventions a peer's importer assumes.

NIR fixes the equations but not their reading (``docs/semantics.md``, "What NIR does not say";
``docs/interop.md`` has the table).
The rewrites keep the graph's meaning under snnc's reference and make the peer compute the same:

- both peers: a ``Flatten`` directly after the Input becomes a flat Input (their importers apply
  NIR's ``Flatten(start_dim=0)`` to the batched tensor and flatten the batch away; a flat input
  avoids it). Any other Flatten counts its dims from the end (``start_dim=-3, end_dim=-1`` for a
  ``(C, H, W)`` input): the same node in NIR's unbatched reading, and in the importers' torch
  ``Flatten`` it leaves the batch dimension alone.
- ``norse`` (``norse.torch.from_nir(graph, dt)``, with the graph's dt, batched input): Norse ignores
  ``r``, so it is folded into the synapse feeding each neuron (``canonicalize`` does this). Norse
  has no ``Threshold``, and its importer drops the nodes it cannot map (the graph then fails or
  computes something else), so each ``Threshold(theta)`` becomes a memoryless LIF (``tau = dt``,
  ``v_leak = 0``, ``v_reset = 0``: ``v <- I`` each step, a spike when ``I > theta``; exact when the
  input is a spike count, as after snnc's ``SumPool2d``) and any other node Norse cannot map is refused.
- ``snntorch`` (``snntorch.import_nir.import_from_nir``): snnTorch assumes ``dt = 1e-4`` and an
  unscaled input (``mem <- beta mem + I``). Each LIF keeps its ``dt / tau`` at the new dt
  (``tau' = tau * 1e-4 / dt``) and gets ``r' = tau' / 1e-4``, while its synapse's weights and bias
  are multiplied by ``r dt / tau``; the graph's dt becomes 1e-4. snnTorch reads ``IF`` as a leaky
  neuron and resets by subtraction differently, so IF and subtractive-reset neurons are refused.
"""

from __future__ import annotations

import copy

import nir
import numpy as np

from snnc.errors import ConfigError, UnsupportedNodeError
from snnc.ir.graph import edge_maps, with_synapse_weights
from snnc.ir.metadata import node_reset, read_snnc, update_snnc

TOOLS = ("norse", "snntorch")
SNNTORCH_DT = 1e-4


# What ``norse.torch.from_nir`` maps to a module (after the rewrites here); it drops anything else.
NORSE_NODES = (
    nir.Input,
    nir.Output,
    nir.Affine,
    nir.Linear,
    nir.Conv2d,
    nir.Flatten,
    nir.SumPool2d,
    nir.IF,
    nir.LIF,
    nir.CubaLIF,
)


def _batch_proof_flatten(node: nir.Flatten) -> nir.Flatten:
    """The same Flatten with its dims counted from the end: NIR's unbatched reading is unchanged,
    and a torch ``Flatten`` built from it keeps a leading batch dimension out of the flattening."""
    ndim = len(np.asarray(node.input_type["input"]).reshape(-1))
    start, end = int(node.start_dim), int(node.end_dim)
    return nir.Flatten(
        input_type={"input": np.asarray(node.input_type["input"])},
        start_dim=start - ndim if start >= 0 else start,
        end_dim=end - ndim if end >= 0 else end,
        metadata=copy.deepcopy(node.metadata),
    )


def _absorb_input_flatten(graph: nir.NIRGraph) -> nir.NIRGraph:
    preds, succs = edge_maps(graph)
    nodes, edges = dict(graph.nodes), list(graph.edges)
    for name, node in graph.nodes.items():
        if not isinstance(node, nir.Flatten):
            continue
        source = preds[name][0] if preds[name] else None
        if source is None or not isinstance(graph.nodes[source], nir.Input) or len(succs[source]) != 1:
            nodes[name] = _batch_proof_flatten(node)
            continue
        shape = np.asarray(graph.nodes[source].input_type["input"]).reshape(-1)
        nodes[source] = nir.Input(
            input_type={"input": np.array([int(np.prod(shape))])}, metadata=copy.deepcopy(graph.nodes[source].metadata)
        )
        del nodes[name]
        edges = [e for e in edges if name not in e] + [(source, s) for s in succs[name]]
    return nir.NIRGraph(nodes=nodes, edges=edges, metadata=copy.deepcopy(graph.metadata), type_check=False)


def _snntorch_neurons(graph: nir.NIRGraph, dt: float) -> nir.NIRGraph:
    preds, succs = edge_maps(graph)
    nodes = dict(graph.nodes)
    for name, node in graph.nodes.items():
        if isinstance(node, (nir.IF, nir.CubaLIF)):
            raise UnsupportedNodeError(
                f"node '{name}': snnTorch's importer has no exact reading of {type(node).__name__}"
            )
        if not isinstance(node, nir.LIF):
            continue
        if node_reset(node) != "zero":
            raise UnsupportedNodeError(
                f"node '{name}': snnTorch subtracts the threshold before the leak; only zero reset is exported"
            )
        source = preds[name][0] if len(preds[name]) == 1 else None
        if source is None or not isinstance(nodes[source], nir.Affine) or len(succs[source]) != 1:
            raise UnsupportedNodeError(f"node '{name}': needs exactly one Affine/Linear synapse before it")
        tau = np.asarray(node.tau, dtype=np.float64)
        gain = np.asarray(node.r, dtype=np.float64) * dt / tau
        synapse = nodes[source]
        nodes[source] = with_synapse_weights(
            synapse, np.asarray(synapse.weight) * gain.reshape(-1, 1), np.asarray(synapse.bias) * gain
        )
        new_tau = tau * SNNTORCH_DT / dt
        nodes[name] = nir.LIF(
            tau=new_tau,
            r=new_tau / SNNTORCH_DT,
            v_leak=np.asarray(node.v_leak),
            v_threshold=np.asarray(node.v_threshold),
            v_reset=np.asarray(node.v_reset),
            metadata=copy.deepcopy(node.metadata),
        )
    result = nir.NIRGraph(nodes=nodes, edges=graph.edges, metadata=copy.deepcopy(graph.metadata), type_check=False)
    update_snnc(result, dt=SNNTORCH_DT)
    return result


def _norse_nodes(graph: nir.NIRGraph, dt: float) -> nir.NIRGraph:
    """Threshold nodes as memoryless LIF neurons (see the module doc); a node Norse's importer
    cannot map is refused by name rather than dropped by it."""
    nodes = dict(graph.nodes)
    for name, node in graph.nodes.items():
        if isinstance(node, nir.Threshold):
            theta = np.asarray(node.threshold, dtype=np.float64)
            lif = nir.LIF(
                tau=np.full(theta.shape, dt),
                r=np.ones(theta.shape),
                v_leak=np.zeros(theta.shape),
                v_threshold=theta,
                v_reset=np.zeros(theta.shape),
                metadata=copy.deepcopy(node.metadata),
            )
            update_snnc(lif, reset="zero")
            nodes[name] = lif
        elif not isinstance(node, NORSE_NODES):
            raise UnsupportedNodeError(
                f"node '{name}': Norse's from_nir has no module for {type(node).__name__} (it would drop the node)"
            )
    return nir.NIRGraph(nodes=nodes, edges=graph.edges, metadata=copy.deepcopy(graph.metadata), type_check=False)


def for_tool(graph: nir.NIRGraph, tool: str) -> nir.NIRGraph:
    """``graph`` rewritten for ``tool``'s NIR importer (see the module doc)."""
    from snnc.ir.passes import PassContext, run_pipeline

    if tool not in TOOLS:
        raise ConfigError(f"--for: unknown tool {tool!r}; choose one of {', '.join(TOOLS)}")
    dt = float(read_snnc(graph).get("dt", 1e-3))
    graph = run_pipeline(graph, ["canonicalize"], PassContext())  # folds r (Norse ignores it)
    graph = _absorb_input_flatten(graph)
    if tool == "norse":
        graph = _norse_nodes(graph, dt)
    if tool == "snntorch":
        graph = _snntorch_neurons(graph, dt)
    update_snnc(graph, interop={"tool": tool, "dt": float(read_snnc(graph).get("dt", dt))})
    return nir.NIRGraph(nodes=graph.nodes, edges=graph.edges, metadata=graph.metadata)
