"""The Norse backend against the reference: the same spikes on random graphs (hypothesis)."""

import nir
import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from snnc.backends import get_runner
from snnc.backends.norse import norse_kernel
from snnc.errors import UnsupportedNodeError
from snnc.ir.reference import compile_program, simulate
from tests.conftest import assert_backend_matches_reference, conv_graph, cuba_li_graph, fc_graph, with_v_init


def assert_same_spikes(graph, inputs):
    return assert_backend_matches_reference("norse", graph, inputs)


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    hidden=st.integers(1, 12),
    neuron=st.sampled_from(["LIF", "IF"]),
    reset=st.sampled_from(["zero", "subtract"]),
    steps=st.integers(1, 12),
)
def test_fully_connected_graphs_agree(seed, hidden, neuron, reset, steps):
    rng = np.random.default_rng(seed)
    graph = fc_graph(rng, sizes=(5, hidden, 3), neuron=neuron, reset=reset)
    inputs = torch.from_numpy(rng.uniform(0, 1.5, (steps, 4, 5)))
    assert_same_spikes(graph, inputs)


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    channels=st.integers(1, 4),
    size=st.sampled_from([4, 6, 8]),
    reset=st.sampled_from(["zero", "subtract"]),
    steps=st.integers(1, 8),
)
def test_conv_pool_flatten_graphs_agree(seed, channels, size, reset, steps):
    rng = np.random.default_rng(seed)
    graph = conv_graph(rng, channels=channels, size=size, reset=reset)
    inputs = torch.from_numpy(rng.uniform(0, 1, (steps, 3, 2, size, size)))
    result = assert_same_spikes(graph, inputs)
    assert result.output.shape == (steps, 3, 4)


def test_li_and_cuba_lif_agree(rng):
    graph = cuba_li_graph(rng)
    inputs = torch.from_numpy(rng.uniform(0, 2, (10, 3, 4)))
    program = compile_program(graph)
    reference = simulate(program, inputs)
    norse = get_runner("norse")(program, inputs, (), torch.float64)
    torch.testing.assert_close(reference.output, norse.output, rtol=1e-12, atol=1e-12)
    assert reference.spike_counts == norse.spike_counts and reference.spike_counts["cuba"] > 0


def test_bias_is_kept(rng):
    graph = fc_graph(rng, sizes=(2, 2))
    graph.nodes["fc1"] = nir.Affine(weight=np.zeros((2, 2)), bias=np.array([2.0, 0.0]))
    inputs = torch.zeros(3, 1, 2, dtype=torch.float64)
    program = compile_program(graph)
    out = get_runner("norse")(program, inputs, (), torch.float64).output
    assert out[:, 0, 0].sum() > 0 and out[:, 0, 1].sum() == 0


def test_unmappable_node_is_an_error_naming_it():
    with pytest.raises(UnsupportedNodeError, match="node 'delay1'"):
        norse_kernel("delay1", nir.Delay(delay=np.array([1.0])), (1,), 1e-3, torch.float64)


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**31), neuron=st.sampled_from(["LIF", "IF"]), reset=st.sampled_from(["zero", "subtract"]))
def test_initial_membranes_agree(seed, neuron, reset):
    """Every IF/LIF starts at its v_init (one number or one per channel) as in the reference."""
    rng = np.random.default_rng(seed)
    fc = with_v_init(fc_graph(rng, sizes=(5, 6, 3), neuron=neuron, reset=reset), rng)
    assert_backend_matches_reference("norse", fc, torch.from_numpy(rng.uniform(0, 1.5, (4, 3, 5))))
    conv = with_v_init(conv_graph(rng, channels=3, size=4, reset=reset), rng)
    assert_backend_matches_reference("norse", conv, torch.from_numpy(rng.uniform(0, 1, (3, 2, 2, 4, 4))))
