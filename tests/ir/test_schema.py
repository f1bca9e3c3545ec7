"""The metadata schema (``snnc.ir.schema``), the file checksum and the checks ``write_graph`` applies
before writing (``snnc.ir.io``)."""

import copy
import json
import math

import h5py
import nir
import numpy as np
import pytest

from snnc.errors import ConfigError, GraphError, NIRFileError
from snnc.ir.io import CHECKSUM, read_graph, write_graph
from snnc.ir.metadata import read_snnc, update_snnc, write_snnc
from snnc.ir.schema import FLAG_RANGES, GraphMetadata, NodeQuant, check_flag, graph_metadata, validate_graph
from tests.conftest import conv_graph, fc_graph
from tests.ir.passes.graphs import quantized

GOOD = {
    "dt": 1e-3,
    "time_steps": 5,
    "encoding": "direct",
    "decoding": "spike_count",
    "source": {"method": "scratch", "config": {"dataset": "digits"}},
}


def stated(rng, **changes):
    graph = fc_graph(rng)
    write_snnc(graph, {**GOOD, **changes})
    return graph


def test_a_good_graph_parses_into_typed_records(rng):
    graph = stated(rng, time_steps=8.0, future_key={"anything": 1})  # 8.0 is 8; unknown keys are left alone
    meta = validate_graph(graph)
    assert isinstance(meta, GraphMetadata)
    assert meta.time_steps == 8 and isinstance(meta.time_steps, int) and meta.source.config == {"dataset": "digits"}
    assert graph_metadata(fc_graph(rng)) == GraphMetadata()  # nothing stated: every key None


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("dt", "abc", "'dt' must be a finite number > 0, got 'abc'"),
        ("dt", None, "'dt'"),
        ("dt", [0.001], "'dt'"),
        ("dt", 0, "'dt'"),
        ("dt", -1e-3, "'dt'"),
        ("dt", math.nan, "'dt'"),
        ("dt", math.inf, "'dt'"),
        ("time_steps", "abc", "'time_steps' must be a whole number between 1 and 100000"),
        ("time_steps", math.nan, "'time_steps'"),
        ("time_steps", [8], "'time_steps'"),
        ("time_steps", 0, "'time_steps' must be between 1 and 100000, got 0"),
        ("time_steps", -5, "'time_steps'"),
        ("time_steps", 10**9, "'time_steps'"),
        ("time_steps", 8.5, "'time_steps'"),
        ("time_steps", True, "'time_steps'"),
        ("encoding", "bogus", "'encoding' must be one of 'direct', 'binary', 'poisson'"),
        ("decoding", "bogus", "'decoding' must be one of 'spike_count', 'membrane'"),
        ("source", "x", "'source' must be a JSON object"),
        ("source", {"method": 5}, "'source.method' must be a string"),
        ("source", {"config": []}, "'source.config' must be a JSON object"),
        ("stages", "x", "'stages' must be a list"),
        ("stages", [{}], "'stages[0].index' is missing"),
        ("quant", {"weight_bits": 1, "input_bits": 8}, "'quant.weight_bits' must be between 2 and 16, got 1"),
        ("quant", {"weight_bits": 8, "input_bits": 0}, "'quant.input_bits'"),
        ("quant", {"weight_bits": 8}, "'quant.input_bits' is missing"),
        ("interop", {"tool": "loihi"}, "'interop.tool'"),
        ("checksum", "md5:0", "'checksum'"),
    ],
)
def test_every_graph_key_is_checked_by_name(rng, key, value, words):
    with pytest.raises(GraphError) as info:
        validate_graph(stated(rng, **{key: value}))
    assert words in str(info.value)


@pytest.mark.parametrize(
    "values, words",
    [
        ({"reset": "bogus"}, "node 'n1': metadata key 'reset' must be one of 'zero', 'subtract'"),
        ({"stage": -1}, "node 'n1': metadata key 'stage'"),
        ({"v_init": "half"}, "node 'n1': metadata key 'v_init' must be a finite number"),
        ({"v_init": [0.5, None]}, "node 'n1': metadata key 'v_init[1]' must be a finite number"),
        ({"quant": "x"}, "node 'n1': metadata key 'quant' must be a JSON object"),
        ({"quant": {"v_bits": 21.7}}, "node 'n1': metadata key 'quant.v_bits' must be a whole number"),
        ({"quant": {"leak_f": -1}}, "'quant.leak_f' must be between 0 and 62, got -1"),
        ({"quant": {"leak_f": 100}}, "'quant.leak_f'"),
        ({"quant": {"scale": [1.0, -2.0]}}, "'quant.scale[1]' must be a finite number > 0"),
        ({"quant": {"role": "input"}}, "node 'n1': the input quantizer needs metadata key 'quant.input_bits'"),
    ],
)
def test_every_node_key_is_checked_naming_the_node(rng, values, words):
    graph = stated(rng)
    write_snnc(graph.nodes["n1"], values)
    with pytest.raises(GraphError) as info:
        validate_graph(graph)
    assert words in str(info.value)


def test_broken_json_is_named_not_crashed(rng):
    graph = stated(rng)
    for raw in ("not json", "[" * 50_000 + "]" * 50_000, b"\xff\xfe"):
        graph.metadata["snnc"] = raw
        with pytest.raises(GraphError, match="metadata"):
            validate_graph(graph)


def test_stages_must_name_existing_nodes(rng):
    stage = {
        "index": 0,
        "kind": "synapse",
        "nodes": ["fc1", "ghost"],
        "synapse": "fc1",
        "neuron": "n1",
        "input": "pixels",
    }
    with pytest.raises(GraphError, match="names node 'ghost'"):
        validate_graph(stated(rng, stages=[stage]))


def test_a_quantized_graph_must_be_executable_in_integers(rng):
    graph = quantized(conv_graph(rng))
    validate_graph(graph)
    cases = [
        ("lif", {"v_bits": 1}, "'quant.v_bits'"),
        ("lif", {"v_bits": 40}, "between 4 and 32 for LIF"),
        ("lif", {"leak_m": 3, "leak_f": 1}, "exceeds 1"),
        ("lif", {"v_bits": None}, "needs metadata key 'quant.v_bits'"),
        ("input_quantizer", {"input_bits": None}, "needs metadata key 'quant.input_bits'"),
    ]
    for name, changes, words in cases:
        broken = copy.deepcopy(graph)
        quant = {k: v for k, v in {**read_snnc(broken.nodes[name])["quant"], **changes}.items() if v is not None}
        update_snnc(broken.nodes[name], quant=quant)
        with pytest.raises(GraphError, match=words.replace("(", r"\(")):
            validate_graph(broken)
    broken = copy.deepcopy(graph)
    broken.nodes["conv"].weight = broken.nodes["conv"].weight * 0 + 2.0**60
    with pytest.raises(GraphError, match="node 'conv': weight 1152921504606846976 exceeds the signed 8-bit range"):
        validate_graph(broken)


def _checksum_of(path):
    with h5py.File(path, "r") as handle:
        return json.loads(handle["node/metadata/snnc"][()])[CHECKSUM]


def test_the_checksum_survives_round_trips_and_follows_changes(rng, tmp_path):
    graph = stated(rng)
    first = write_graph(graph, tmp_path / "a.nir")
    assert CHECKSUM not in read_snnc(graph)  # the caller's graph is left as it was
    back = read_graph(first)
    assert CHECKSUM not in read_snnc(back) and read_snnc(back) == read_snnc(graph)
    second = write_graph(back, tmp_path / "b.nir")
    assert _checksum_of(first) == _checksum_of(second)
    back.nodes["fc1"].weight = back.nodes["fc1"].weight + 1.0  # a pass changes the graph: a new checksum
    third = write_graph(back, tmp_path / "c.nir")
    assert _checksum_of(third) != _checksum_of(first)
    np.testing.assert_array_equal(read_graph(third).nodes["fc1"].weight, back.nodes["fc1"].weight)
    in_memory = stated(rng)
    in_memory.metadata["snnc"] = dict(GOOD)  # a dict a caller wrote without metadata.py
    assert read_snnc(read_graph(write_graph(in_memory, tmp_path / "d.nir"))) == GOOD


def test_a_flipped_weight_byte_is_refused_naming_the_file(rng, tmp_path):
    graph = stated(rng)
    graph.nodes["fc1"].bias = np.asarray(0.5)  # a 0-d array: snnc writes the file uncompressed
    path = write_graph(graph, tmp_path / "m.nir")
    with h5py.File(path, "r") as handle:
        offset = handle["node/nodes/fc1/weight"].id.get_offset()
    assert offset is not None, "the 0-d bias must make snnc write the file uncompressed (a contiguous weight)"
    data = bytearray(path.read_bytes())
    data[offset + 3] ^= 0x01  # a low mantissa bit: still a finite weight
    path.write_bytes(bytes(data))
    with pytest.raises(NIRFileError, match="do not match the checksum") as info:
        read_graph(path)
    assert str(path) in str(info.value)


def test_a_file_without_checksum_is_read_as_before(rng, tmp_path):
    graph = stated(rng)
    nir.write(tmp_path / "foreign.nir", graph)
    back = read_graph(tmp_path / "foreign.nir")
    assert read_snnc(back) == read_snnc(graph)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda g: setattr(g.nodes["fc1"], "weight", g.nodes["fc1"].weight * np.nan), "contains NaN"),
        (lambda g: setattr(g.nodes["n1"], "tau", g.nodes["n1"].tau * 0), "time constant tau"),
        (lambda g: update_snnc(g, dt=0.0), "'dt'"),
        (lambda g: update_snnc(g, time_steps=10**9), "'time_steps'"),
        (lambda g: update_snnc(g, encoding="morse"), "'encoding'"),
        (lambda g: g.edges.append(("fc1", "n1")), "listed more than once"),
    ],
)
def test_write_refuses_what_read_would_and_writes_nothing(rng, tmp_path, change, words):
    graph = stated(rng)
    change(graph)
    with pytest.raises(GraphError) as info:
        write_graph(graph, tmp_path / "m.nir")
    assert "not written" in str(info.value) and words in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_sparse_dataset_is_refused_before_it_is_read(rng, tmp_path):
    path = write_graph(stated(rng), tmp_path / "m.nir")
    with h5py.File(path, "a") as handle:
        del handle["node/nodes/fc1/weight"]
        handle["node/nodes/fc1"].create_dataset("weight", shape=(1 << 16, 1 << 16), dtype="f8", chunks=True)
    with pytest.raises(GraphError, match="node 'fc1': weight declares shape"):
        read_graph(path)


def test_numeric_flags_are_bounded():
    assert check_flag("-T/--time-steps", 8) == 8 and check_flag("--lanes", None) is None
    for flag, (low, high) in FLAG_RANGES.items():
        whole = flag not in ("--dt", "--weight-percentile")
        for value in (high * 10 + 1, low - 1, math.nan):
            with pytest.raises(ConfigError, match=flag.split("/")[0]):
                check_flag(flag, value, whole_number=whole)
    assert NodeQuant().v_bits is None
