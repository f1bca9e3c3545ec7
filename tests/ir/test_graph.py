"""Graph structure: order from edges, shapes, canonical form."""

import nir
import numpy as np
import pytest
import torch

from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.canonical import canonicalize_for_execution
from snnc.ir.graph import infer_shapes, topological_order
from snnc.ir.reference import simulate
from tests.conftest import conv_graph, fc_graph


def test_order_comes_from_edges_not_node_order(rng):
    graph = fc_graph(rng)
    shuffled = nir.NIRGraph(nodes=dict(sorted(graph.nodes.items())), edges=graph.edges, type_check=False)
    assert topological_order(shuffled) == ["input", "fc1", "n1", "fc2", "n2", "output"]


def test_cycle_is_refused_naming_nodes(rng):
    graph = fc_graph(rng, sizes=(3, 3, 3))
    graph.edges.append(("n2", "fc2"))
    with pytest.raises(UnsupportedNodeError, match="cycle"):
        topological_order(graph)


def test_shapes_of_conv_graph(rng):
    shapes = infer_shapes(conv_graph(rng))
    assert shapes["conv"] == (3, 6, 6) and shapes["pool"] == (3, 3, 3) and shapes["flatten"] == (27,)
    assert shapes["output"] == (4,)


def test_shape_mismatch_names_node(rng):
    graph = fc_graph(rng)
    graph.nodes["fc2"] = nir.Affine(weight=np.ones((3, 4)), bias=np.zeros(3))
    with pytest.raises(GraphError, match="node 'fc2': weight expects 4 inputs"):
        infer_shapes(graph)


def test_canonical_form(rng):
    graph = fc_graph(rng, sizes=(4, 3))
    graph.nodes["fc1"] = nir.Linear(weight=np.ones((3, 4)))
    graph.nodes["n1"] = nir.LIF(
        tau=np.array(0.002),
        r=np.array(1.0),
        v_leak=np.array(0.0),
        v_threshold=np.array(1.0),
        v_reset=np.array(0.0),
    )  # scalar parameters
    canon = canonicalize_for_execution(graph)
    assert isinstance(canon.nodes["fc1"], nir.Affine)
    np.testing.assert_array_equal(canon.nodes["fc1"].bias, np.zeros(3))
    assert canon.nodes["n1"].tau.shape == (3,) and canon.nodes["n1"].v_reset.shape == (3,)
    np.testing.assert_array_equal(canon.nodes["n1"].tau, np.full(3, 0.002))
    assert isinstance(graph.nodes["fc1"], nir.Linear)  # the input graph is untouched


def test_batched_flatten_convention_is_recognised(rng):
    graph = conv_graph(rng)
    reference = simulate(graph, torch.rand(3, 2, 2, 6, 6)).output
    graph.nodes["flatten"] = nir.Flatten(input_type={"input": np.array([3, 3, 3])}, start_dim=1, end_dim=-1)
    canon = canonicalize_for_execution(graph)
    assert canon.nodes["flatten"].start_dim == 0 and canon.nodes["flatten"].end_dim == 2
    torch.manual_seed(0)
    again = simulate(graph, torch.rand(3, 2, 2, 6, 6)).output
    torch.manual_seed(0)
    assert torch.equal(again, simulate(canon, torch.rand(3, 2, 2, 6, 6)).output)
    assert reference.shape == again.shape
