"""Nengo frontend: a spiking ``nengo.Network`` as a NIR graph.

Supported: one input ``Node`` (an output function or array, no input), Ensembles of ``nengo.LIF``
(with ``tau_ref = 0``: NIR has no refractory period) or ``nengo.SpikingRectifiedLinear``,
neuron-to-neuron connections (``pre.neurons -> post.neurons``, or from the input Node) with Dense
or ``Convolution`` (``channels_last=False``) transforms and no synapse or a ``Lowpass`` synapse,
and one output Node fed by an Ensemble's neurons. The parameters are those Nengo itself uses (the
network is built once and read back).

The mapping, to NIR's meaning (``docs/semantics.md``, "Float neurons"; dt = the simulator's step):

- a Nengo spike has amplitude 1/dt, a NIR spike 1, so a weight ``W`` out of an Ensemble becomes
  ``W / dt``; weights out of the input Node are kept;
- ``LIF(tau_rc)`` -> ``LIF(tau = tau_rc, r = 1, v_threshold = 1, v_reset = 0)``; the Ensemble's bias
  current ``b`` becomes ``v_leak = b`` (exact: ``(v_leak - v) + r I`` with ``r = 1``);
- ``SpikingRectifiedLinear`` -> ``IF(r = dt, v_threshold = 1)`` with subtractive reset (Nengo adds
  ``max(J, 0) dt`` and subtracts whole spikes); the bias enters the incoming synapse. Nengo
  rectifies the current and fires on ``v >= 1`` while NIR does neither, so spikes can differ where
  the current is negative or the membrane lands exactly on 1;
- ``Lowpass(tau)`` -> an ``LI(tau, r = 1)`` node after the synapse (NIR's Euler step, where Nengo
  discretises the filter exactly: the two agree to first order in dt/tau).

NIR membranes start at 0, Nengo's at random voltages unless the neuron type is given
``initial_state={"voltage": Choice([0])}``. Nengo's own LIF integrates the membrane exactly over a
step, NIR's by Euler, so expect close, not identical, spike trains; snnc's Nengo *backend* runs the
exported graph with NIR's meaning exactly.
"""

from __future__ import annotations

from typing import Any

import nir
import numpy as np

from snnc.errors import UnsupportedNodeError
from snnc.ir.metadata import write_snnc


def _name(obj: Any, names: dict[int, str], prefix: str) -> str:
    """A unique node name: the Nengo label when it has one, else prefix + index."""
    key = id(obj)
    if key not in names:
        label = getattr(obj, "label", None)
        taken = set(names.values()) | {"input", "output"}
        names[key] = label if label and label not in taken and "." not in label else f"{prefix}{len(names)}"
    return names[key]


def network_to_nir(network: Any, dt: float = 1e-3, time_steps: int | None = None) -> nir.NIRGraph:
    """The NIR graph of a spiking Nengo network (see the module doc for what is supported)."""
    import nengo

    with nengo.Simulator(network, dt=dt, progress_bar=False) as sim:
        data = sim.data
        ensembles = list(network.all_ensembles)
        nodes_in = [n for n in network.all_nodes if n.size_in == 0 and n.output is not None]
        nodes_out = [n for n in network.all_nodes if n.size_in > 0]
        if len(nodes_in) != 1 or len(nodes_out) != 1:
            raise UnsupportedNodeError(
                f"the network needs one input Node (found {len(nodes_in)}) and one output Node (found {len(nodes_out)})"
            )
        names: dict[int, str] = {}
        ens_name = {id(e): _name(e, names, "ensemble") for e in ensembles}
        endpoints = _endpoints(network, nodes_in[0], nodes_out[0], ens_name)
        shapes = _shapes(network, nodes_in[0], ensembles, ens_name, endpoints)
        graph_nodes: dict[str, nir.NIRNode] = {
            "input": nir.Input(input_type={"input": np.array(shapes["input"])}),
            "output": nir.Output(output_type={"output": np.array([nodes_out[0].size_in])}),
        }
        edges: list[tuple[str, str]] = []
        bias_pending: dict[str, np.ndarray] = {}
        for ens in ensembles:
            name = ens_name[id(ens)]
            shape = shapes[name]
            neuron = ens.neuron_type
            bias = np.asarray(data[ens].bias, dtype=np.float64).reshape(shape)
            if isinstance(neuron, nengo.LIF):
                if neuron.tau_ref != 0:
                    raise UnsupportedNodeError(f"node '{name}': NIR has no refractory period; use LIF(tau_ref=0)")
                node = nir.LIF(
                    tau=np.full(shape, neuron.tau_rc),
                    r=np.ones(shape),
                    v_leak=bias,
                    v_threshold=np.ones(shape),
                    v_reset=np.zeros(shape),
                )
                write_snnc(node, {"reset": "zero"})
            elif isinstance(neuron, nengo.SpikingRectifiedLinear):
                node = nir.IF(r=np.full(shape, dt), v_threshold=np.ones(shape), v_reset=np.zeros(shape))
                write_snnc(node, {"reset": "subtract"})
                bias_pending[name] = bias
            else:
                raise UnsupportedNodeError(
                    f"node '{name}': neuron type {type(neuron).__name__} has no NIR equivalent here "
                    "(use nengo.LIF or nengo.SpikingRectifiedLinear)"
                )
            graph_nodes[name] = node
        for index, conn in enumerate(network.all_connections):
            source, target, from_neurons = endpoints[id(conn)]
            raw = data[conn].weights
            weights = np.asarray(1.0 if raw is None else raw, dtype=np.float64) * (1.0 / dt if from_neurons else 1.0)
            synapse_name = f"connection{index}"
            transform = conn.transform
            unfiltered = conn.synapse is None
            if isinstance(transform, nengo.Convolution):
                out_shape = tuple(transform.output_shape.shape)
                bias = np.zeros(out_shape[0])
                if unfiltered and target in bias_pending:
                    per_channel = bias_pending.pop(target).reshape(out_shape[0], -1)
                    if not np.all(per_channel == per_channel[:, :1]):
                        raise UnsupportedNodeError(f"node '{target}': a convolution carries one bias per channel")
                    bias = per_channel[:, 0]
                graph_nodes[synapse_name] = nir.Conv2d(
                    input_shape=tuple(transform.input_shape.spatial_shape),
                    weight=weights.transpose(3, 2, 0, 1),  # nengo (kh, kw, c_in, c_out) -> NIR (c_out, c_in, kh, kw)
                    stride=transform.strides,
                    dilation=1,
                    groups=transform.groups,
                    bias=bias,
                    padding=(0, 0)
                    if transform.padding == "valid"
                    else tuple((k - 1) // 2 for k in transform.kernel_size),
                )
                edges.append((source, synapse_name))
                shape = out_shape
            else:
                if len(shapes[source]) > 1:
                    flat = f"{synapse_name}_flatten"
                    graph_nodes[flat] = nir.Flatten(
                        input_type={"input": np.array(shapes[source])}, start_dim=0, end_dim=-1
                    )
                    edges.append((source, flat))
                    source = flat
                matrix = weights if weights.ndim == 2 else np.diag(np.broadcast_to(weights, (conn.size_out,)))
                bias = (
                    bias_pending.pop(target).reshape(-1)
                    if unfiltered and target in bias_pending
                    else np.zeros(matrix.shape[0])
                )
                graph_nodes[synapse_name] = nir.Affine(weight=matrix, bias=bias)
                edges.append((source, synapse_name))
                shape = (matrix.shape[0],)
            last = synapse_name
            if not unfiltered:
                if not isinstance(conn.synapse, nengo.Lowpass):
                    raise UnsupportedNodeError(f"node '{synapse_name}': only Lowpass synapses (or None) are supported")
                last = f"{synapse_name}_lowpass"
                graph_nodes[last] = nir.LI(
                    tau=np.full(shape, conn.synapse.tau), r=np.ones(shape), v_leak=np.zeros(shape)
                )
                edges.append((synapse_name, last))
            if target != "output" and shape != shapes[target]:
                raise UnsupportedNodeError(
                    f"node '{synapse_name}': it delivers shape {shape} to '{target}' of shape {shapes[target]} "
                    "(NIR 1.0 has no reshape node)"
                )
            edges.append((last, target))
        if bias_pending:
            raise UnsupportedNodeError(
                f"node '{next(iter(bias_pending))}': its bias needs an unfiltered incoming connection (synapse=None)"
            )
    graph = nir.NIRGraph(nodes=graph_nodes, edges=edges)
    meta = {"dt": dt, "encoding": "direct", "decoding": "spike_count", "source": {"method": "nengo"}}
    if time_steps is not None:
        meta["time_steps"] = time_steps
    write_snnc(graph, meta)
    return graph


def _endpoints(network: Any, node_in: Any, node_out: Any, ens_name: dict[int, str]) -> dict[int, tuple[str, str, bool]]:
    """(source, target, from_neurons) of every connection; decoded connections are refused."""
    result = {}
    for index, conn in enumerate(network.all_connections):
        pre, post = conn.pre_obj, conn.post_obj
        pre_ens, post_ens = getattr(pre, "ensemble", None), getattr(post, "ensemble", None)
        source = "input" if pre is node_in else (ens_name[id(pre_ens)] if pre_ens is not None else None)
        target = "output" if post is node_out else (ens_name[id(post_ens)] if post_ens is not None else None)
        if source is None or target is None:
            raise UnsupportedNodeError(
                f"node 'connection{index}': only neuron-to-neuron connections (ens.neurons) and the input/output "
                "Nodes are supported, not decoded connections"
            )
        result[id(conn)] = (source, target, pre_ens is not None)
    return result


def _shapes(
    network: Any, node_in: Any, ensembles: list, ens_name: dict[int, str], endpoints: dict[int, tuple[str, str, bool]]
) -> dict[str, tuple[int, ...]]:
    """Flat shapes, except where a convolution needs (channels, height, width) on either side."""
    import nengo

    shapes: dict[str, tuple[int, ...]] = {"input": (node_in.size_out,)}
    shapes |= {ens_name[id(e)]: (e.n_neurons,) for e in ensembles}
    for conn in network.all_connections:
        if isinstance(conn.transform, nengo.Convolution):
            if conn.transform.channels_last:
                raise UnsupportedNodeError("Convolution transforms must use channels_last=False (NIR's layout)")
            source, target, _ = endpoints[id(conn)]
            shapes[source] = tuple(conn.transform.input_shape.shape)
            if target != "output":
                shapes[target] = tuple(conn.transform.output_shape.shape)
    return shapes
