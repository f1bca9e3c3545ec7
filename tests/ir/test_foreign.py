"""Graphs other tools write: nested subgraphs and recurrent edges (NIR's one-step delay)."""

import nir
import numpy as np
import pytest
import torch

from snnc.backends import get_runner, pipeline_for
from snnc.errors import UnsupportedNodeError
from snnc.ir.graph import flatten_subgraphs, recurrent_edges
from snnc.ir.io import read_graph, write_graph
from snnc.ir.passes import PassContext, run_pipeline
from snnc.ir.reference import compile_program, simulate
from tests.conftest import fc_graph


def recurrent_graph(weight=1.0):
    nodes = {
        "input": nir.Input(input_type={"input": np.array([1])}),
        "if": nir.IF(r=np.ones(1), v_threshold=np.full(1, 1.5), v_reset=np.zeros(1)),
        "loop": nir.Scale(scale=np.full(1, weight)),
        "output": nir.Output(output_type={"output": np.array([1])}),
    }
    edges = [("input", "if"), ("if", "loop"), ("loop", "if"), ("if", "output")]
    return nir.NIRGraph(nodes=nodes, edges=edges, type_check=False)


def test_recurrent_edge_is_found_and_delayed_one_step():
    graph = recurrent_graph()
    assert recurrent_edges(graph) == {("loop", "if")}
    x = torch.tensor([1.0, 0.6, 0.0, 0.0, 0.6], dtype=torch.float64).reshape(5, 1, 1)
    result = simulate(graph, x, record_membranes=["if"])
    # t0: v = 1; t1: v = 1.6 -> spike, 0; t2: I = 0 + z(t1) = 1 -> v = 1; t3: v = 1; t4: v = 1.6 -> spike
    assert result.output.flatten().tolist() == [0.0, 1.0, 0.0, 0.0, 1.0]
    assert result.membranes["if"].flatten().tolist() == pytest.approx([1.0, 0.0, 1.0, 1.0, 0.0])


def test_recurrent_graph_runs_identically_on_norse_and_is_refused_by_integer_pipelines(tmp_path):
    rng = np.random.default_rng(3)
    graph = fc_graph(rng, sizes=(4, 6, 3))
    graph.nodes["rec"] = nir.Affine(weight=rng.normal(0, 0.8, (6, 6)), bias=np.zeros(6))
    graph.edges += [("n1", "rec"), ("rec", "n1")]
    path = write_graph(graph, tmp_path / "rec.nir")
    graph = read_graph(path)
    inputs = torch.from_numpy(rng.uniform(0, 1.5, (12, 5, 4)))
    program = compile_program(graph)
    reference = get_runner("reference")(program, inputs, (), torch.float64)
    norse = get_runner("norse")(program, inputs, (), torch.float64)
    assert torch.equal(reference.output, norse.output) and reference.spike_counts["n1"] > 0
    with pytest.raises(UnsupportedNodeError, match="recurrent"):
        run_pipeline(graph, pipeline_for("fpga"), PassContext(target="generic", calibration=torch.rand(2, 4)))
    with pytest.raises(UnsupportedNodeError, match="recurrent"):
        get_runner("nengo")(program, inputs, (), torch.float64)


def nested_graph(rng):
    inner = fc_graph(rng, sizes=(5, 4))
    outer = fc_graph(rng, sizes=(3, 5))
    nodes = dict(outer.nodes)
    nodes["block"] = inner
    nodes["output"] = nir.Output(output_type={"output": np.array([4])})
    edges = [e for e in outer.edges if e[1] != "output"] + [("n1", "block"), ("block", "output")]
    return nir.NIRGraph(nodes=nodes, edges=edges, type_check=False), outer, inner


def test_nested_subgraph_is_inlined_with_the_same_meaning(rng, tmp_path):
    graph, outer, inner = nested_graph(rng)
    flat = flatten_subgraphs(graph)
    assert {"block.fc1", "block.n1"} <= set(flat.nodes) and "block" not in flat.nodes
    assert ("n1", "block.fc1") in flat.edges and ("block.n1", "output") in flat.edges
    x = torch.rand(6, 2, 3, dtype=torch.float64)
    hidden = simulate(outer, x).output
    expected = simulate(inner, hidden).output
    assert torch.equal(simulate(graph, x).output, expected)
    back = read_graph(write_graph(graph, tmp_path / "nested.nir"))  # survives the file round trip
    assert torch.equal(simulate(back, x).output, expected)
