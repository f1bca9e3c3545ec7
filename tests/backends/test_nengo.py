"""The Nengo backend against the reference: the same spikes on random graphs (hypothesis)."""

import nir
import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from snnc.backends import get_runner
from snnc.ir.reference import compile_program, simulate
from tests.conftest import assert_backend_matches_reference, conv_graph, cuba_li_graph, fc_graph, with_v_init


def same_as_reference(graph, inputs, membranes=None):
    return assert_backend_matches_reference("nengo", graph, inputs, membranes)


@settings(max_examples=12, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    hidden=st.integers(1, 10),
    neuron=st.sampled_from(["LIF", "IF"]),
    reset=st.sampled_from(["zero", "subtract"]),
    steps=st.integers(1, 10),
)
def test_fully_connected_graphs_agree(seed, hidden, neuron, reset, steps):
    rng = np.random.default_rng(seed)
    graph = fc_graph(rng, sizes=(5, hidden, 3), neuron=neuron, reset=reset)
    same_as_reference(graph, torch.from_numpy(rng.uniform(0, 1.5, (steps, 3, 5))), membranes=("n1",))


@settings(max_examples=6, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    channels=st.integers(1, 3),
    size=st.sampled_from([4, 6]),
    reset=st.sampled_from(["zero", "subtract"]),
)
def test_conv_pool_flatten_graphs_agree(seed, channels, size, reset):
    rng = np.random.default_rng(seed)
    graph = conv_graph(rng, channels=channels, size=size, reset=reset)
    for node in graph.nodes.values():  # more activity than the default weights give
        if isinstance(node, nir.Conv2d):
            node.weight = node.weight * 3
    same_as_reference(graph, torch.from_numpy(rng.uniform(0, 1, (5, 2, 2, size, size))))


def test_strided_conv_uses_a_sparse_transform(rng):
    graph = conv_graph(rng)
    graph.nodes["conv"] = nir.Conv2d(
        input_shape=(6, 6),
        weight=rng.normal(0, 2, (3, 2, 3, 3)),
        stride=2,
        padding=1,
        dilation=1,
        groups=1,
        bias=rng.normal(0, 0.2, 3),
    )
    graph.nodes["lif"] = nir.LIF(
        tau=np.full((3, 3, 3), 0.002),
        r=np.ones((3, 3, 3)),
        v_leak=np.zeros((3, 3, 3)),
        v_threshold=np.ones((3, 3, 3)),
        v_reset=np.zeros((3, 3, 3)),
    )
    graph.nodes["pool"] = nir.SumPool2d(kernel_size=np.array([3, 3]), stride=np.array([3, 3]), padding=np.array([0, 0]))
    graph.nodes["spikemax"] = nir.Threshold(threshold=np.zeros((3, 1, 1)))
    graph.nodes["flatten"] = nir.Flatten(input_type={"input": np.array([3, 1, 1])}, start_dim=0, end_dim=-1)
    graph.nodes["fc"] = nir.Affine(weight=rng.normal(0, 1, (4, 3)), bias=rng.normal(0, 0.2, 4))
    same_as_reference(graph, torch.from_numpy(rng.uniform(0, 1, (6, 2, 2, 6, 6))))


def test_li_and_cuba_lif_agree(rng):
    graph = cuba_li_graph(rng)
    inputs = torch.from_numpy(rng.uniform(0, 2, (10, 2, 4)))
    program = compile_program(graph)
    reference = simulate(program, inputs)
    nengo = get_runner("nengo")(program, inputs, (), torch.float64)
    torch.testing.assert_close(reference.output, nengo.output, rtol=1e-12, atol=1e-12)
    assert reference.spike_counts == nengo.spike_counts and reference.spike_counts["cuba"] > 0


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**31), neuron=st.sampled_from(["LIF", "IF"]), reset=st.sampled_from(["zero", "subtract"]))
def test_initial_membranes_agree(seed, neuron, reset):
    """Every IF/LIF starts at its v_init (one number or one per channel) as in the reference."""
    rng = np.random.default_rng(seed)
    fc = with_v_init(fc_graph(rng, sizes=(5, 6, 3), neuron=neuron, reset=reset), rng)
    assert_backend_matches_reference("nengo", fc, torch.from_numpy(rng.uniform(0, 1.5, (4, 3, 5))))
    conv = with_v_init(conv_graph(rng, channels=3, size=4, reset=reset), rng)
    assert_backend_matches_reference("nengo", conv, torch.from_numpy(rng.uniform(0, 1, (3, 2, 2, 4, 4))))
