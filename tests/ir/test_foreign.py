"""Graphs other tools write: nested subgraphs and recurrent edges (NIR's one-step delay)."""

import nir
import numpy as np
import pytest
import torch

from snnc.backends import get_runner, pipeline_for
from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.graph import flatten_subgraphs, recurrent_components, recurrent_edges, topological_order
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import fill_unstated, node_reset, write_snnc
from snnc.ir.passes import PassContext, run_pipeline
from snnc.ir.reference import compile_program, simulate
from tests.conftest import fc_graph, lif_params
from tests.ir.passes.graphs import with_time_steps


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


def snntorch_rleaky_graph(rng, names=("lif1.lif", "lif1.w_rec")):
    """What snnTorch's ``export_to_nir`` writes for Linear-RLeaky-Linear-Leaky: the RLeaky's neuron
    and recurrent synapse as two flat nodes whose names hold a dot, no nested graph."""
    lif, rec = names
    nodes = {
        "input": nir.Input(input_type={"input": np.array([4])}),
        "0": nir.Affine(weight=rng.normal(0, 2, (3, 4)), bias=np.zeros(3)),
        lif: nir.LIF(**lif_params((3,))),
        rec: nir.Affine(weight=rng.normal(0, 1, (3, 3)), bias=np.zeros(3)),
        "2": nir.Affine(weight=rng.normal(0, 2, (2, 3)), bias=np.zeros(2)),
        "3": nir.LIF(**lif_params((2,))),
        "output": nir.Output(output_type={"output": np.array([2])}),
    }
    edges = [("input", "0"), ("3", "output"), (lif, rec), (rec, lif), ("2", "3"), ("0", lif), (lif, "2")]
    return nir.NIRGraph(nodes=nodes, edges=edges, type_check=False)


def test_dotted_node_names_are_names_not_paths(tmp_path):
    graph = snntorch_rleaky_graph(np.random.default_rng(4))
    back = read_graph(write_graph(graph, tmp_path / "rleaky.nir"))  # was refused: "node 'lif1.lif' does not exist"
    assert set(back.nodes) == set(graph.nodes)
    plain = snntorch_rleaky_graph(np.random.default_rng(4), names=("lif", "w_rec"))  # the same net, dotless
    x = torch.rand(10, 3, 4, dtype=torch.float64, generator=torch.Generator().manual_seed(0)) * 4
    expected = simulate(plain, x).output
    assert expected.sum() > 0 and torch.equal(simulate(back, x).output, expected)
    assert torch.equal(get_runner("norse")(compile_program(back), x, (), torch.float64).output, expected)


def test_edge_ends_resolve_to_a_name_first_then_to_a_nested_node(rng, tmp_path):
    graph, outer, inner = nested_graph(rng)
    graph.nodes["pre.scale"] = nir.Scale(scale=np.ones(3))  # a dotted name beside nested graphs
    graph.edges = [("input", "pre.scale"), ("pre.scale", "fc1")] + [e for e in graph.edges if e[0] != "input"]
    graph.edges = [(a, "block.input" if b == "block" else b) for a, b in graph.edges]  # a path into the subgraph
    graph.edges = [("block.output" if a == "block" else a, b) for a, b in graph.edges]
    x = torch.rand(6, 2, 3, dtype=torch.float64)
    expected = simulate(inner, simulate(outer, x).output).output
    assert torch.equal(simulate(read_graph(write_graph(graph, tmp_path / "paths.nir")), x).output, expected)
    graph.nodes["block.fc1"] = nir.Scale(scale=np.ones(5))  # now "block.fc1" names two nodes
    with pytest.raises(GraphError, match="node 'block.fc1': the graph has a node of that name"):
        flatten_subgraphs(graph)


def test_inlined_graphs_and_every_ir_dump_read_back(rng, tmp_path):
    graph, _, _ = nested_graph(rng)
    x = torch.rand(6, 2, 3, dtype=torch.float64)
    expected = simulate(graph, x).output
    flat = read_graph(write_graph(flatten_subgraphs(graph), tmp_path / "flat.nir"))  # was: 'block.fc1' does not exist
    assert torch.equal(simulate(flat, x).output, expected)
    dump = tmp_path / "ir"
    dump.mkdir()
    run_pipeline(with_time_steps(graph), pipeline_for("reference"), PassContext(), dump_dir=dump)
    dumps = sorted(dump.iterdir())
    assert [p.name for p in dumps] == ["01-canonicalize.nir", "02-validate.nir", "03-fuse.nir", "04-quantize.nir"]
    for path in dumps:
        back = read_graph(path)
        if path.name != "04-quantize.nir":  # the float stages keep the meaning exactly
            assert torch.equal(simulate(back, x).output, expected), path.name


def test_fill_in_flags_reach_neurons_in_nested_graphs(rng):
    def unstated():
        graph, _, _ = nested_graph(np.random.default_rng(7))
        for node in (graph.nodes["n1"], graph.nodes["block"].nodes["n1"]):
            node.metadata = {}
        return graph

    lines = []
    fill_unstated(unstated(), echo=lines.append)
    assert "2 neuron node(s) (n1, block.n1) do not state their reset" in lines[-1]
    graph = fill_unstated(unstated(), reset="subtract", echo=lines.append)
    flat = flatten_subgraphs(graph)
    assert node_reset(flat.nodes["n1"]) == node_reset(flat.nodes["block.n1"]) == "subtract"  # was: block.n1 zero
    stated = flatten_subgraphs(unstated())
    for name in ("n1", "block.n1"):
        write_snnc(stated.nodes[name], {"reset": "subtract"})
    x = torch.rand(8, 2, 3, dtype=torch.float64) * 3
    assert torch.equal(simulate(graph, x).output, simulate(stated, x).output)


def test_recurrence_refusals_name_the_cycle_and_who_runs_it():
    graph = snntorch_rleaky_graph(np.random.default_rng(5))
    assert recurrent_components(graph) == [["lif1.lif", "lif1.w_rec"]]  # not the nodes after it
    x = torch.rand(4, 2, 4, dtype=torch.float64)
    refusals = {
        "order": lambda: topological_order(graph),
        "fpga": lambda: run_pipeline(
            graph, pipeline_for("fpga"), PassContext(target="generic", calibration=torch.rand(2, 4))
        ),
        "nengo": lambda: get_runner("nengo")(compile_program(graph), x, (), torch.float64),
    }
    for who, refuse in refusals.items():
        with pytest.raises(UnsupportedNodeError) as info:
            refuse()
        message = str(info.value)
        assert "(cycle lif1.lif <-> lif1.w_rec)" in message, (who, message)
        assert "run on the reference and norse backends only" in message and "nengo backends" not in message


def test_longer_cycles_are_spelled_out():
    graph = recurrent_graph()
    graph.nodes["loop2"] = nir.Scale(scale=np.ones(1))
    graph.edges = [e for e in graph.edges if e != ("loop", "if")] + [("loop", "loop2"), ("loop2", "if")]
    graph.edges.append(("output", "output"))  # a second cycle: a node feeding itself
    with pytest.raises(UnsupportedNodeError, match=r"\(cycle if -> loop -> loop2 -> if; cycle output -> output\)"):
        topological_order(graph)
