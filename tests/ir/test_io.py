"""NIR file I/O: round trips, atomic writes and named errors for malformed files."""

import h5py
import nir
import numpy as np
import pytest

from snnc.errors import GraphError, NIRFileError, SnncError
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import node_v_init, read_snnc, update_snnc, write_snnc
from tests.conftest import conv_graph, fc_graph


def test_round_trip_is_equal_and_type_checks(tmp_path, rng):
    graph = conv_graph(rng, reset="subtract")
    write_snnc(
        graph,
        {
            "dt": 0.001,
            "time_steps": 7,
            "encoding": "direct",
            "decoding": "spike_count",
            "source": {"method": "scratch", "config": {"hidden": [3, 4], "tau": 2.0}},
        },
    )
    path = write_graph(graph, tmp_path / "m.nir")
    back = read_graph(path)
    assert set(back.nodes) == set(graph.nodes)
    assert sorted(map(tuple, back.edges)) == sorted(graph.edges)
    for name, node in graph.nodes.items():
        stored = back.nodes[name].to_dict()
        for key, value in node.to_dict().items():
            if isinstance(value, np.ndarray):
                np.testing.assert_array_equal(stored[key], value)
    assert read_snnc(back) == read_snnc(graph)
    assert read_snnc(back.nodes["if"]) == {"reset": "subtract"}
    nir.read(path, type_check=True)  # NIR's own reader with its type check accepts the file


def test_v_init_round_trips_as_a_number_or_one_per_channel(tmp_path, rng):
    graph = conv_graph(rng, channels=3, reset="subtract")
    update_snnc(graph.nodes["lif"], v_init=[0.25, -0.5, 0.75])
    update_snnc(graph.nodes["if"], v_init=0.5)
    write_snnc(graph, read_snnc(graph) | {"time_steps": 4})
    back = read_graph(write_graph(graph, tmp_path / "v.nir"))
    assert read_snnc(back.nodes["lif"])["v_init"] == [0.25, -0.5, 0.75]
    assert read_snnc(back.nodes["if"]) == {"reset": "subtract", "v_init": 0.5}
    np.testing.assert_array_equal(node_v_init(back.nodes["lif"], (3, 2, 2))[:, 0, 0], [0.25, -0.5, 0.75])


def test_write_is_atomic(tmp_path, rng, monkeypatch):
    target = tmp_path / "m.nir"
    write_graph(fc_graph(rng), target)
    before = target.read_bytes()

    def broken_write(filename, graph, **options):
        with open(filename, "wb") as handle:
            handle.write(b"partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(nir, "write", broken_write)
    with pytest.raises(RuntimeError):
        write_graph(fc_graph(rng), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.nir"]


def _malformed(tmp_path, rng, kind):
    path = tmp_path / f"{kind}.nir"
    if kind == "text":
        path.write_text("hello")
        return path
    if kind == "empty":
        path.write_bytes(b"")
        return path
    if kind == "hdf5-not-nir":
        with h5py.File(path, "w") as handle:
            handle["x"] = 1
        return path
    graph = fc_graph(rng)
    write_graph(graph, path)
    with h5py.File(path, "a") as handle:
        nodes = handle["node/nodes"]
        if kind == "unknown-type":
            del nodes["n1"]["type"]
            nodes["n1"]["type"] = b"Quantum"
        elif kind == "dangling-edge":
            del handle["node/edges"]
            handle["node/edges"] = np.array([[b"input", b"fc1"], [b"fc1", b"ghost"]])
        elif kind == "nan":
            weight = nodes["fc1"]["weight"][()]
            weight[0, 0] = np.nan
            del nodes["fc1"]["weight"]
            nodes["fc1"]["weight"] = weight
        elif kind == "shape":
            del nodes["fc2"]["weight"]
            nodes["fc2"]["weight"] = np.ones((3, 7))
        elif kind == "huge":
            del nodes["input"]["shape"]
            nodes["input"]["shape"] = np.array([100_000, 100_000])
        elif kind == "negative-tau":
            tau = nodes["n1"]["tau"][()]
            del nodes["n1"]["tau"]
            nodes["n1"]["tau"] = -tau
    return path


@pytest.mark.parametrize(
    "kind, error, words",
    [
        ("text", NIRFileError, "not HDF5"),
        ("empty", NIRFileError, "not HDF5"),
        ("hdf5-not-nir", NIRFileError, "not a NIR file"),
        ("unknown-type", GraphError, "node 'n1': unknown node type 'Quantum'"),
        ("dangling-edge", GraphError, "node 'ghost' does not exist"),
        ("nan", GraphError, "node 'fc1': parameter weight contains NaN"),
        ("shape", GraphError, "node 'fc2'"),
        ("huge", GraphError, "absurdly large"),
        ("negative-tau", GraphError, "node 'n1': time constant tau"),
    ],
)
def test_malformed_files_name_file_and_node(tmp_path, rng, kind, error, words):
    path = _malformed(tmp_path, rng, kind)
    with pytest.raises(error) as info:
        read_graph(path)
    message = str(info.value)
    assert str(path) in message and words in message
    assert "\n" not in message


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(NIRFileError, match="no such file"):
        read_graph(tmp_path / "nope.nir")
    with pytest.raises(SnncError, match="directory"):
        read_graph(tmp_path)
