"""snnc's metadata (``snnc.ir.metadata``): one JSON string per graph or node, the graph's encoding
and time steps, and the defaults a foreign file receives (announced, never silent)."""

import json
from types import SimpleNamespace

import nir
import numpy as np
import pytest

from snnc.errors import GraphError
from snnc.ir.metadata import (
    DEFAULT_DT,
    DEFAULT_ENCODING,
    KEY,
    MAX_TIME_STEPS,
    fill_unstated,
    graph_encoding,
    graph_time_steps,
    node_reset,
    read_snnc,
    update_snnc,
    write_snnc,
)
from tests.conftest import fc_graph


def stating(**values):
    """An object whose snnc metadata states ``values``."""
    obj = SimpleNamespace(metadata={})
    write_snnc(obj, values)
    return obj


def test_write_read_update_round_trip():
    node = nir.IF(r=np.ones(2), v_threshold=np.ones(2), v_reset=np.zeros(2))
    node.metadata = {"other": 1}
    values = {"reset": "subtract", "quant": {"v_bits": 9, "scale": [0.5, 0.25]}}
    write_snnc(node, values)
    assert isinstance(node.metadata[KEY], str) and json.loads(node.metadata[KEY]) == values
    assert node.metadata["other"] == 1  # other tools' metadata is left alone
    assert read_snnc(node) == values
    update_snnc(node, reset="zero", stage=2)
    assert read_snnc(node) == {"reset": "zero", "quant": {"v_bits": 9, "scale": [0.5, 0.25]}, "stage": 2}
    write_snnc(node, {"stage": 1})  # write replaces, update merges
    assert read_snnc(node) == {"stage": 1}


def test_read_what_is_absent_or_stored_otherwise():
    assert read_snnc(SimpleNamespace()) == {} and read_snnc(SimpleNamespace(metadata=None)) == {}
    assert read_snnc(SimpleNamespace(metadata={"other": 1})) == {}
    assert read_snnc(SimpleNamespace(metadata={KEY: b'{"dt": 0.001}'})) == {"dt": 0.001}  # as HDF5 gives it back
    stored = {"dt": 0.002}
    read = read_snnc(SimpleNamespace(metadata={KEY: stored}))  # a dict written in memory: read as a copy
    assert read == stored and read is not stored
    bare = SimpleNamespace(metadata=None)
    update_snnc(bare, time_steps=4)
    assert read_snnc(bare) == {"time_steps": 4}


@pytest.mark.parametrize(
    "raw, words",
    [("{not json", "not valid JSON"), ("[1, 2]", "must be a JSON object"), ('"text"', "must be a JSON object")],
)
def test_bad_json_is_a_graph_error(raw, words):
    with pytest.raises(GraphError, match=words):
        read_snnc(SimpleNamespace(metadata={KEY: raw}))


def test_graph_encoding_default_and_refusal():
    assert DEFAULT_ENCODING == "direct" and graph_encoding(stating()) == "direct"
    assert graph_encoding(stating(encoding="poisson")) == "poisson"
    with pytest.raises(GraphError, match="encoding must be one of direct, binary, poisson, frames, got 'morse'"):
        graph_encoding(stating(encoding="morse"))


def test_graph_time_steps_override_wins():
    assert graph_time_steps(stating(time_steps=8)) == 8
    assert graph_time_steps(stating(time_steps=8), override=3) == 3
    assert graph_time_steps(stating(), override=5) == 5
    steps = graph_time_steps(stating(time_steps=6.0))  # a whole float (as JSON may hold it) is an int
    assert steps == 6 and isinstance(steps, int)


def test_missing_time_steps_ask_for_the_flag():
    with pytest.raises(GraphError, match="does not state its time steps; pass -T N"):
        graph_time_steps(stating())


@pytest.mark.parametrize("steps", [1, 2, MAX_TIME_STEPS])
def test_time_steps_within_bounds(steps):
    assert graph_time_steps(stating(time_steps=steps)) == steps
    assert graph_time_steps(stating(), override=steps) == steps


@pytest.mark.parametrize("steps", [0, -4, MAX_TIME_STEPS + 1])
def test_time_steps_out_of_bounds_are_refused(steps):
    with pytest.raises(GraphError, match=f"between 1 and {MAX_TIME_STEPS}, got {steps}"):
        graph_time_steps(stating(time_steps=steps))
    with pytest.raises(GraphError, match="-T/--time-steps"):
        graph_time_steps(stating(time_steps=8), override=steps)


@pytest.mark.parametrize("steps", [2.5, "8", True, [8], {"T": 8}])
def test_time_steps_that_are_not_whole_numbers_are_refused(steps):
    with pytest.raises(GraphError, match="-T/--time-steps must be a whole number"):
        graph_time_steps(stating(time_steps=steps))


def test_node_reset_default_and_refusal():
    assert node_reset(stating()) == "zero" and node_reset(stating(reset="subtract")) == "subtract"
    with pytest.raises(GraphError, match="reset must be one of"):
        node_reset(stating(reset="hold"))


def unstated_graph(rng, sizes=(6, 5, 3)):
    """A graph as a foreign tool writes it: no snnc metadata at all."""
    graph = fc_graph(rng, sizes=sizes)
    for node in graph.nodes.values():
        node.metadata = {}
    return graph


def test_fill_unstated_announces_every_default(rng):
    lines = []
    graph = fill_unstated(unstated_graph(rng), echo=lines.append)
    assert read_snnc(graph) == {"dt": DEFAULT_DT, "encoding": DEFAULT_ENCODING}
    assert all(node_reset(graph.nodes[n]) == "zero" for n in ("n1", "n2"))
    assert len(lines) == 3
    assert f"--dt {DEFAULT_DT} (default)" in lines[0] and "--encoding direct (default)" in lines[1]
    assert "2 neuron node(s) (n1, n2) do not state their reset; using --reset zero" in lines[2]
    lines.clear()
    fill_unstated(unstated_graph(rng, sizes=(3, 3, 3, 3, 3)), echo=lines.append)
    assert "4 neuron node(s) (n1, n2, n3, n4) do not state" in lines[2]  # all of them, never "n3, ..."


def test_fill_unstated_keeps_what_is_stated_and_what_is_given(rng):
    lines = []
    graph = fc_graph(rng)  # its neurons state their reset
    write_snnc(graph, {"dt": 1e-4, "encoding": "binary", "time_steps": 9})
    fill_unstated(graph, echo=lines.append)
    assert lines == [] and read_snnc(graph) == {"dt": 1e-4, "encoding": "binary", "time_steps": 9}
    graph = fill_unstated(unstated_graph(rng), dt=0.01, reset="subtract", encoding="poisson", echo=lines.append)
    assert lines == [] and read_snnc(graph) == {"dt": 0.01, "encoding": "poisson"}
    assert all(node_reset(graph.nodes[n]) == "subtract" for n in ("n1", "n2"))
    assert read_snnc(graph.nodes["fc1"]) == {}  # only spiking neurons take a reset


@pytest.mark.parametrize(
    "option, words",
    [
        (dict(dt=0.0), "--dt must be a positive number"),
        (dict(dt=-1e-3), "--dt must be a positive number"),
        (dict(encoding="morse"), "--encoding must be one of"),
        (dict(reset="hold"), "--reset must be one of"),
    ],
)
def test_fill_unstated_refuses_bad_flags(rng, option, words):
    with pytest.raises(GraphError, match=words):
        fill_unstated(unstated_graph(rng), echo=lambda _: None, **option)
