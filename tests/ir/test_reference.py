"""The reference executor on graphs whose answer is known by hand."""

import nir
import numpy as np
import pytest
import torch

from snnc.errors import GraphError
from snnc.ir.metadata import write_snnc
from snnc.ir.reference import compile_program, simulate
from tests.conftest import conv_graph


def chain(nodes):
    names = list(nodes)
    return nir.NIRGraph(nodes=nodes, edges=list(zip(names[:-1], names[1:], strict=False)), type_check=False)


def test_input_reaches_output_in_the_same_step():
    graph = chain(
        {
            "input": nir.Input(input_type={"input": np.array([2])}),
            "fc": nir.Affine(weight=np.array([[2.0, 0.0], [0.0, 1.0]]), bias=np.array([0.5, 0.0])),
            "if": nir.IF(r=np.ones(2), v_threshold=np.ones(2), v_reset=np.zeros(2)),
            "output": nir.Output(output_type={"output": np.array([2])}),
        }
    )
    x = torch.tensor([[[1.0, 0.6]], [[0.0, 0.6]], [[0.0, 0.0]]])
    result = simulate(graph, x, record_membranes=["if"])
    # neuron 0: v = 2.5 -> spike; 0.5; 1.0 (not > 1). neuron 1: 0.6; 1.2 -> spike; 0.
    assert result.output[:, 0].tolist() == [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]
    torch.testing.assert_close(
        result.membranes["if"][:, 0], torch.tensor([[0.0, 0.6], [0.5, 0.0], [1.0, 0.0]], dtype=torch.float64)
    )
    assert result.spike_counts == {"if": 2.0}


def test_edges_into_one_node_are_summed():
    nodes = {
        "input": nir.Input(input_type={"input": np.array([1])}),
        "a": nir.Scale(scale=np.array([2.0])),
        "b": nir.Scale(scale=np.array([3.0])),
        "li": nir.LI(tau=np.array([0.001]), r=np.array([1.0]), v_leak=np.array([0.0])),
        "output": nir.Output(output_type={"output": np.array([1])}),
    }
    graph = nir.NIRGraph(
        nodes=nodes,
        edges=[("input", "a"), ("input", "b"), ("a", "li"), ("b", "li"), ("li", "output")],
        type_check=False,
    )
    write_snnc(graph, {"dt": 0.001})  # dt/tau = 1: the LI copies its input
    out = simulate(graph, torch.ones(2, 1, 1)).output
    assert out.flatten().tolist() == [5.0, 5.0]


def test_pooling_flatten_and_scale():
    nodes = {
        "input": nir.Input(input_type={"input": np.array([1, 4, 4])}),
        "sum": nir.SumPool2d(kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])),
        "avg": nir.AvgPool2d(kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])),
        "flat": nir.Flatten(input_type={"input": np.array([1, 1, 1])}, start_dim=0, end_dim=-1),
        "scale": nir.Scale(scale=np.array([0.5])),
        "output": nir.Output(output_type={"output": np.array([1])}),
    }
    x = torch.arange(16.0).reshape(1, 1, 1, 4, 4)
    out = simulate(chain(nodes), x).output
    sums = torch.tensor([[0 + 1 + 4 + 5, 2 + 3 + 6 + 7], [8 + 9 + 12 + 13, 10 + 11 + 14 + 15]], dtype=torch.float64)
    assert out.flatten().item() == pytest.approx(0.5 * sums.mean().item())


def test_maxpool_of_spikes_as_sumpool_threshold(rng):
    graph = conv_graph(rng)
    x = torch.rand(5, 3, 2, 6, 6)
    result = simulate(graph, x, record=["lif", "spikemax"])
    expected = torch.nn.functional.max_pool2d(result.recorded["lif"].flatten(0, 1), 2)
    assert torch.equal(result.recorded["spikemax"].flatten(0, 1), expected)


def test_wrong_input_shape_and_unknown_record_name(rng):
    graph = conv_graph(rng)
    with pytest.raises(GraphError, match="input must have shape"):
        simulate(graph, torch.rand(2, 1, 3, 6, 6))
    with pytest.raises(GraphError, match="no such node"):
        simulate(graph, torch.rand(2, 1, 2, 6, 6), record=["ghost"])


def test_dt_comes_from_metadata(rng):
    graph = conv_graph(rng)
    assert compile_program(graph).dt == 1e-3
    write_snnc(graph, {"dt": 0.5e-3})
    assert compile_program(graph).dt == 0.5e-3


@pytest.mark.parametrize("v_init, count", [(0.0, 1), (0.5, 2)])
def test_if_neurons_start_at_v_init(v_init, count):
    """IF, threshold 1, subtractive reset, constant input 0.4 for 4 steps: floor(0.4 * 4 + v_init) spikes
    (with v_init = 1/2 the rate rounds instead of flooring), and the first membrane is v_init + 0.4."""
    node = nir.IF(r=np.ones(1), v_threshold=np.ones(1), v_reset=np.zeros(1))
    write_snnc(node, {"reset": "subtract", "v_init": v_init})
    graph = nir.NIRGraph(
        nodes={
            "input": nir.Input(input_type={"input": np.array([1])}),
            "if": node,
            "output": nir.Output(output_type={"output": np.array([1])}),
        },
        edges=[("input", "if"), ("if", "output")],
    )
    result = simulate(graph, torch.full((4, 1, 1), 0.4, dtype=torch.float64), record_membranes=("if",))
    assert result.output.sum() == count
    assert result.membranes["if"][0, 0, 0].item() == pytest.approx(v_init + 0.4)
