"""A corpus of malformed inputs, each run through a real snnc command ("Reliability", part 6).

The corpus is generated deterministically (fixed seeds, fixed byte positions) from a few good
artifacts built once per module: an MLP graph for the embedded digits (gzip-compressed and
uncompressed), its quantized ``.q.nir``, a conv graph, a CubaLIF graph and a training checkpoint.
Each case edits a copy (with h5py, by truncating or flipping bytes, by forging a checkpoint) and
runs ``snnc inspect``, ``run``, ``compile``, ``export`` or ``train`` on it. Every case must:

- exit 1 (bad input) or 2 (bad flag syntax);
- print exactly one ``error:`` line, no ``Traceback`` and no ``internal error``;
- leave its directory as it was (no new file, no temporary sibling, no changed byte);
- a forged checkpoint's pickle payload must never run (its sentinel file never appears).

A byte flip or a truncation may leave a file HDF5 still reads: such a case may instead succeed,
provided it prints exactly what the pristine file gives (snnc's checksum guarantees that any
change to the arrays or the metadata is refused). Weight-data flips must always be refused.

Most cases run in-process through typer's CliRunner under a per-case timeout; the hang and
allocation cases run as real subprocesses with a timeout and an address-space cap. Run
``pytest -s -k counts`` to print the number of cases per class.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import resource
import signal
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import h5py
import nir
import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from snnc.cli.main import app
from snnc.ir.io import write_graph
from snnc.ir.metadata import write_snnc
from tests.conftest import conv_graph, cuba_li_graph

ROOT = Path(__file__).resolve().parents[2]
CASE_SECONDS = 30  # per in-process case
SUBPROCESS_SECONDS = 120
CAP_LIGHT = 1536 << 20  # address space for a command that never imports torch (inspect)
CAP_TORCH = 6 << 30  # torch maps ~4 GiB of libraries: this leaves ~2 GiB, far less than a forged file declares
runner = CliRunner()


# ----------------------------------------------------------------------------------------------
# The good artifacts every case starts from.


def _lif(size: int) -> nir.LIF:
    node = nir.LIF(
        tau=np.full(size, 0.002),
        r=np.ones(size),
        v_leak=np.zeros(size),
        v_threshold=np.ones(size),
        v_reset=np.zeros(size),
    )
    write_snnc(node, {"reset": "zero"})
    return node


GOOD_META = {
    "dt": 1e-3,
    "time_steps": 4,
    "encoding": "direct",
    "decoding": "spike_count",
    "source": {"method": "scratch", "config": {"dataset": "digits"}},
}


def mlp_graph(scalar: bool = False) -> nir.NIRGraph:
    """Input (1, 8, 8) -> Flatten -> fc1 -> lif1 -> fc2 -> lif2 -> Output (10): runs on digits.
    With ``scalar`` the Flatten holds 0-d arrays, so snnc writes the file uncompressed."""
    rng = np.random.default_rng(7)
    dims = (np.array(0), np.array(-1)) if scalar else (0, -1)
    nodes = {
        "input": nir.Input(input_type={"input": np.array([1, 8, 8])}),
        "flatten": nir.Flatten(input_type={"input": np.array([1, 8, 8])}, start_dim=dims[0], end_dim=dims[1]),
        "fc1": nir.Affine(weight=rng.normal(0, 0.3, (16, 64)), bias=rng.normal(0, 0.1, 16)),
        "lif1": _lif(16),
        "fc2": nir.Affine(weight=rng.normal(0, 0.5, (10, 16)), bias=np.zeros(10)),
        "lif2": _lif(10),
        "output": nir.Output(output_type={"output": np.array([10])}),
    }
    names = list(nodes)
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(names[:-1], names[1:], strict=True)), type_check=False)
    write_snnc(graph, dict(GOOD_META))
    return graph


def invoke(args: list[str]):
    return runner.invoke(app, [str(a) for a in args])


def _config(**changes) -> dict:
    from snnc.frontends.config import TrainConfig

    config = TrainConfig(method="scratch", dataset="digits", arch="mlp", hidden=[16], time_steps=4, log=False)
    return {**config.to_dict(), **changes}


def _state_dict() -> dict:
    from snnc.frontends.config import TrainConfig
    from snnc.frontends.methods import get_method

    torch.manual_seed(0)
    config = TrainConfig.from_dict(_config())
    return get_method("scratch").build(config, (1, 8, 8), 10).state_dict()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The good artifacts (read-only for the cases) and what ``inspect --json`` prints for them."""
    root = tmp_path_factory.mktemp("corpus-base")
    b = SimpleNamespace(root=root)
    b.good = write_graph(mlp_graph(), root / "good.nir")
    b.plain = write_graph(mlp_graph(scalar=True), root / "plain.nir")
    b.conv = write_graph(_with_meta(conv_graph(np.random.default_rng(3))), root / "conv.nir")
    b.cuba = write_graph(_with_meta(cuba_li_graph(np.random.default_rng(5))), root / "cuba.nir")
    b.quant = root / "q.nir"
    result = invoke(["compile", b.good, "-o", b.quant, "-q"])
    assert result.exit_code == 0, result.output
    b.ckpt = root / "ckpt.pt"
    torch.save({"state_dict": _state_dict(), "config": _config(), "epoch": 0, "metrics": {}}, b.ckpt)
    b.baseline = {}
    for name in ("good", "plain"):
        result = invoke(["inspect", getattr(b, name), "--json"])
        assert result.exit_code == 0, result.output
        b.baseline[name] = result.output
    result = invoke(["export", b.ckpt, "-o", root / "exported.nir"])
    assert result.exit_code == 0, result.output
    (root / "exported.nir").unlink()
    for path in root.iterdir():
        path.chmod(0o444)
    return b


def _with_meta(graph: nir.NIRGraph) -> nir.NIRGraph:
    write_snnc(graph, {"dt": 1e-3, "time_steps": 4, "encoding": "direct", "decoding": "spike_count"})
    return graph


# ----------------------------------------------------------------------------------------------
# Editing copies.


def _copy(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


def put(group: h5py.Group, key: str, value, **options) -> None:
    if key in group:
        del group[key]
    group.create_dataset(key, data=value, **options)


def _meta_group(root: h5py.Group, node: str | None) -> h5py.Group:
    group = root if node is None else root["nodes"][node]
    return group.require_group("metadata")


def read_meta(root: h5py.Group, node: str | None = None) -> dict:
    group = _meta_group(root, node)
    return json.loads(group["snnc"][()]) if "snnc" in group else {}


def write_meta(root: h5py.Group, values, node: str | None = None) -> None:
    """Store ``values`` (a dict, or raw text/bytes for broken JSON) as the snnc metadata."""
    data = values if isinstance(values, str | bytes) else json.dumps(values)
    put(_meta_group(root, node), "snnc", data, dtype=h5py.string_dtype() if isinstance(data, str) else None)


def unseal(root: h5py.Group) -> None:
    """Drop the checksum snnc wrote: the file is then read as a foreign one (the schema, not the
    checksum, must catch what the case breaks)."""
    meta = read_meta(root)
    meta.pop("checksum", None)
    write_meta(root, meta)


def edited(src: str, edit: Callable[[h5py.Group], None], seal: bool = False) -> Callable:
    """A copy of base file ``src`` edited with h5py (``edit(root)``), as ``{m}``."""

    def make(d: Path, b: SimpleNamespace) -> dict:
        path = _copy(getattr(b, src), d / "m.nir")
        with h5py.File(path, "a") as handle:
            if not seal:
                unseal(handle["node"])
            edit(handle["node"])
        return {"m": path}

    return make


def meta(changes: dict | str | bytes, node: str | None = None, src: str = "good", seal: bool = False) -> Callable:
    """Graph (or node) metadata with ``changes`` merged in (``DELETE`` removes a key); raw text replaces it."""

    def edit(root: h5py.Group) -> None:
        if isinstance(changes, str | bytes):
            write_meta(root, changes, node)
            return
        values = read_meta(root, node)
        for key, value in changes.items():
            target, leaf = values, key.split(".")
            for part in leaf[:-1]:
                target = target.setdefault(part, {})
            if value is DELETE:
                target.pop(leaf[-1], None)
            else:
                target[leaf[-1]] = value
        write_meta(root, values, node)

    return edited(src, edit, seal)


DELETE = object()


def flipped(src: str, position: Callable[[Path], int], mask: int = 0x5A) -> Callable:
    """A copy of ``src`` with the byte at ``position(path)`` XOR ``mask``."""

    def make(d: Path, b: SimpleNamespace) -> dict:
        data = bytearray(getattr(b, src).read_bytes())
        where = position(getattr(b, src)) % len(data)
        data[where] ^= mask
        (d / "m.nir").write_bytes(bytes(data))
        return {"m": d / "m.nir"}

    return make


def data_offset(node: str, field: str, index: int, byte: int) -> Callable[[Path], int]:
    """The file offset of byte ``byte`` of element ``index`` of an uncompressed dataset."""

    def position(path: Path) -> int:
        with h5py.File(path, "r") as handle:
            dataset = handle[f"node/nodes/{node}/{field}"]
            offset = dataset.id.get_offset()
            assert offset is not None, "the dataset must be stored contiguously"
            return offset + (index % dataset.size) * dataset.dtype.itemsize + byte

    return position


def truncated(src: str, size: Callable[[int], int]) -> Callable:
    def make(d: Path, b: SimpleNamespace) -> dict:
        data = getattr(b, src).read_bytes()
        (d / "m.nir").write_bytes(data[: max(0, size(len(data)))])
        return {"m": d / "m.nir"}

    return make


def new_file(write: Callable[[Path], None], name: str = "m.nir", key: str = "m") -> Callable:
    def make(d: Path, b: SimpleNamespace) -> dict:
        write(d / name)
        return {key: d / name}

    return make


def h5(build: Callable[[h5py.File], None]) -> Callable:
    """A new HDF5 file built by ``build(handle)``."""

    def write(path: Path) -> None:
        with h5py.File(path, "w") as handle:
            build(handle)

    return new_file(write)


def graph_file(build: Callable[[], nir.NIRGraph]) -> Callable:
    """A graph built in memory and written with nir.write (not snnc's writer, which would refuse it)."""

    def write(path: Path) -> None:
        nir.write(path, build(), compression=None)

    return new_file(write)


def checkpoint(payload: Callable[[Path], object], **save) -> Callable:
    """A checkpoint holding ``payload(case_dir)``, as ``{c}``."""

    def make(d: Path, b: SimpleNamespace) -> dict:
        torch.save(payload(d), d / "c.pt", **save)
        return {"c": d / "c.pt"}

    return make


def good_payload(**changes) -> Callable[[Path], dict]:
    def payload(d: Path) -> dict:
        values = {"state_dict": _state_dict(), "config": _config(), "epoch": 0, "metrics": {}}
        for key, value in changes.items():
            values[key] = value(values) if callable(value) else value
        return values

    return payload


def config_payload(**config) -> Callable[[Path], dict]:
    return good_payload(config=lambda values: _config(**config))


def weights_payload(edit: Callable[[dict], None]) -> Callable[[Path], dict]:
    def change(values: dict) -> dict:
        state = {k: v.clone() for k, v in values["state_dict"].items()}
        edit(state)
        return state

    return good_payload(state_dict=change)


class Payload:
    """What unpickling would run: it writes the case's sentinel file."""

    def __init__(self, sentinel: Path) -> None:
        self.sentinel = sentinel

    def __reduce__(self):
        return (exec, (f"open({str(self.sentinel)!r}, 'w').write('the payload ran')",))


def sentinel(d: Path) -> Path:
    return d.parent / f"{d.name}-SENTINEL"


def malicious(d: Path) -> dict:
    return {"state_dict": Payload(sentinel(d)), "config": _config(), "epoch": 0}


def raw_pickle(d: Path, b: SimpleNamespace) -> dict:
    (d / "c.pt").write_bytes(pickle.dumps(malicious(d), protocol=2))
    return {"c": d / "c.pt", "m": d / "c.pt"}


def zipped_pickle(d: Path, b: SimpleNamespace) -> dict:
    with zipfile.ZipFile(d / "c.pt", "w") as archive:
        archive.writestr("archive/data.pkl", pickle.dumps(malicious(d), protocol=2))
        archive.writestr("archive/version", "3\n")
    return {"c": d / "c.pt", "m": d / "c.pt"}


def base_files(d: Path, b: SimpleNamespace) -> dict:
    return {}


def both(*makers: Callable) -> Callable:
    def make(d: Path, b: SimpleNamespace) -> dict:
        values = {}
        for maker in makers:
            values.update(maker(d, b))
        return values

    return make


# ----------------------------------------------------------------------------------------------
# The cases.


@dataclass
class Case:
    kind: str
    name: str
    make: Callable[[Path, SimpleNamespace], dict]
    args: str  # the command line; {m} {c} (made files), {d} (the case directory), {good} {ckpt} ... (base files)
    words: str = ""  # expected in the error line
    code: int | None = None  # the exit code, when it must be exactly one
    may_pass: bool = False  # a flip or cut may leave the file intact: success must then print the pristine output
    subprocess: bool = False
    cap: int = CAP_TORCH

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.name}"


CASES: list[Case] = []


def case(kind: str, name: str, make: Callable, args: str, words: str = "", **options) -> None:
    CASES.append(Case(kind, name, make, args, words, **options))


INSPECT = "inspect {m} --json"
RUN = "run {m} --dataset digits --limit 8"
COMPILE = "compile {m} -o {d}/out.q.nir"
EXPORT = "export {c} -o {d}/out.nir"


def _node(name: str):
    return lambda root: root["nodes"][name]


def _set(node: str, field: str, value, **options) -> Callable[[h5py.Group], None]:
    return lambda root: put(root["nodes"][node], field, value, **options)


def _edges(edges) -> Callable[[h5py.Group], None]:
    return lambda root: put(root, "edges", edges)


GOOD_EDGES = [
    ("input", "flatten"),
    ("flatten", "fc1"),
    ("fc1", "lif1"),
    ("lif1", "fc2"),
    ("fc2", "lif2"),
    ("lif2", "output"),
]


def _edge_array(edges) -> np.ndarray:
    return np.array(
        [[a.encode() if isinstance(a, str) else a, b.encode() if isinstance(b, str) else b] for a, b in edges]
    )


def _copy_node(root: h5py.Group, src: str, dst: str) -> None:
    root["nodes"].copy(root["nodes"][src], dst)


def _delete(path: str) -> Callable[[h5py.Group], None]:
    def edit(root: h5py.Group) -> None:
        del root[path]

    return edit


def _chain(*edits: Callable[[h5py.Group], None]) -> Callable[[h5py.Group], None]:
    def edit(root: h5py.Group) -> None:
        for step in edits:
            step(root)

    return edit


def _rename(old: str, new: str) -> Callable[[h5py.Group], None]:
    def edit(root: h5py.Group) -> None:
        root["nodes"].move(old, new)
        edges = [(new if a == old else a, new if b == old else b) for a, b in GOOD_EDGES]
        put(root, "edges", _edge_array(edges))

    return edit


# --- truncated NIR files --------------------------------------------------------------------------
CUTS = {
    "empty": lambda n: 0,
    "1 byte": lambda n: 1,
    "signature": lambda n: 8,
    "superblock": lambda n: 96,
    "512 bytes": lambda n: 512,
    "2 KiB": lambda n: 2048,
    "a quarter": lambda n: n // 4,
    "a third": lambda n: n // 3,
    "half": lambda n: n // 2,
    "two thirds": lambda n: 2 * n // 3,
    "last KiB": lambda n: n - 1024,
    "last byte": lambda n: n - 1,
}
for src in ("good", "plain"):
    for label, size in CUTS.items():
        case("truncated", f"{src} cut to {label}", truncated(src, size), INSPECT, may_pass=True)
case("truncated", "run on a half file", truncated("good", lambda n: n // 2), RUN, may_pass=False)
case("truncated", "compile a half file", truncated("plain", lambda n: n // 2), COMPILE)
case("truncated", "compile a .q.nir cut short", truncated("quant", lambda n: n - 100), "run {m} --dataset digits")

# --- byte flips inside weight data (the checksum catches every one) --------------------------------
WEIGHT_FLIPS = [
    ("fc1", "weight", 0, 0),
    ("fc1", "weight", 1, 3),
    ("fc1", "weight", 17, 5),
    ("fc1", "weight", 100, 7),
    ("fc1", "weight", 333, 6),
    ("fc1", "weight", 511, 1),
    ("fc1", "weight", 777, 2),
    ("fc1", "weight", 1023, 4),
    ("fc1", "bias", 0, 0),
    ("fc1", "bias", 15, 6),
    ("fc2", "weight", 0, 7),
    ("fc2", "weight", 80, 3),
    ("fc2", "weight", 159, 0),
    ("fc2", "bias", 4, 7),
    ("lif1", "tau", 3, 2),
    ("lif1", "v_threshold", 5, 0),
    ("lif1", "v_leak", 7, 6),
    ("lif2", "v_reset", 9, 7),
    ("lif2", "r", 2, 1),
    ("input", "shape", 1, 0),
]
for node, field, index, byte in WEIGHT_FLIPS:
    for mask in (0x01, 0x80):
        case(
            "weight-flip",
            f"{node}.{field}[{index}] byte {byte} ^ {mask:#04x}",
            flipped("plain", data_offset(node, field, index, byte), mask),
            INSPECT,
        )
case("weight-flip", "run a flipped weight", flipped("plain", data_offset("fc1", "weight", 42, 1), 0x01), RUN)
case("weight-flip", "compile a flipped weight", flipped("plain", data_offset("fc2", "weight", 7, 2), 0x04), COMPILE)

# --- byte flips anywhere (structure): refused, or harmless and proven so by the checksum ------------
for src in ("plain", "good"):
    for i in range(20):
        case(
            "structure-flip",
            f"{src} byte at {i}/20 of the file",
            flipped(src, lambda path, i=i: int(path.stat().st_size * (i + 0.5) / 20)),
            INSPECT,
            may_pass=True,
        )

# --- valid HDF5 that is not NIR ------------------------------------------------------------------


def _deep(handle: h5py.File) -> None:
    group = handle.create_group("node")
    for _ in range(200):
        group = group.create_group("g")


def _cycle(handle: h5py.File) -> None:
    node = handle.create_group("node")
    node["type"] = b"NIRGraph"
    nodes = node.create_group("nodes")
    nodes["loop"] = node  # a hard link back to its ancestor


def _external(handle: h5py.File) -> None:
    mlp = handle.create_group("node")
    mlp["type"] = b"NIRGraph"
    nodes = mlp.create_group("nodes")
    nodes["input"] = h5py.ExternalLink("/etc/passwd", "/x")


def _soft(handle: h5py.File) -> None:
    mlp = handle.create_group("node")
    mlp["type"] = b"NIRGraph"
    nodes = mlp.create_group("nodes")
    nodes["input"] = h5py.SoftLink("/node")


def _single_affine(handle: h5py.File) -> None:
    node = handle.create_group("node")
    node["type"] = b"Affine"
    node["weight"] = np.ones((2, 2))
    node["bias"] = np.zeros(2)


HDF5_NOT_NIR = {
    "empty HDF5": lambda h: None,
    "a dataset only": lambda h: h.create_dataset("x", data=1),
    "node is a dataset": lambda h: h.create_dataset("node", data=np.arange(3)),
    "node without type": lambda h: h.create_group("node"),
    "type is a number": lambda h: h.create_group("node").create_dataset("type", data=5),
    "graph without nodes": lambda h: h.create_group("node").create_dataset("type", data=b"NIRGraph"),
    "nodes is a dataset": lambda h: (h.create_group("node"), h["node"].create_dataset("type", data=b"NIRGraph"),
                                     h["node"].create_dataset("nodes", data=1)),
    "a node is a dataset": lambda h: (h.create_group("node"), h["node"].create_dataset("type", data=b"NIRGraph"),
                                      h["node"].create_group("nodes").create_dataset("input", data=1)),
    "empty graph": lambda h: (h.create_group("node"), h["node"].create_dataset("type", data=b"NIRGraph"),
                              h["node"].create_group("nodes")),
    "a single Affine node": _single_affine,
    "groups 200 deep": _deep,
    "a hard-link cycle": _cycle,
    "an external link": _external,
    "a soft link": _soft,
    "compound dataset": lambda h: h.create_group("node").create_dataset(
        "type", data=np.zeros(2, dtype=[("a", "i4"), ("b", "f8")])
    ),
}  # fmt: skip
for label, build in HDF5_NOT_NIR.items():
    case("hdf5-not-nir", label, h5(build), INSPECT)
case("hdf5-not-nir", "run an empty HDF5 file", h5(lambda h: None), RUN)

# --- missing and extra nodes and edges -----------------------------------------------------------
NODE_EDGE_EDITS = {
    "no Output node": _delete("nodes/output"),
    "no Input node": _delete("nodes/input"),
    "no fc1 node": _delete("nodes/fc1"),
    "a second Input": lambda root: _copy_node(root, "input", "input2"),
    "a second Output": _chain(
        lambda root: _copy_node(root, "output", "output2"),
        _edges(_edge_array([*GOOD_EDGES, ("lif2", "output2")])),
    ),
    "an isolated Affine": lambda root: _copy_node(root, "fc2", "stray"),
    "no edges at all": _delete("edges"),
    "an empty edge list": _edges(np.zeros((0, 2), dtype="S1")),
    "edges of three ends": _edges(np.array([[b"input", b"flatten", b"fc1"]] * 2)),
    "an edge to a ghost": _edges(_edge_array([*GOOD_EDGES, ("lif2", "ghost")])),
    "an edge from a ghost": _edges(_edge_array([("ghost", "fc1"), *GOOD_EDGES])),
    "integer edges": _edges(np.array([[0, 1], [1, 2]])),
    "a duplicated edge": _edges(_edge_array([*GOOD_EDGES, ("fc1", "lif1")])),
    "a thousand duplicated edges": _edges(_edge_array(GOOD_EDGES + [("fc2", "lif2")] * 1000)),
    "every edge reversed": _edges(_edge_array([(b, a) for a, b in GOOD_EDGES])),
    "a skip edge of another shape": _edges(_edge_array([*GOOD_EDGES, ("lif1", "output")])),
    "Input straight to Output too": _edges(_edge_array([*GOOD_EDGES, ("input", "output")])),
    "fc2 cut off": _edges(_edge_array([e for e in GOOD_EDGES if e != ("lif1", "fc2")])),
    "edges as one string list": _edges(np.array([b"input", b"flatten"])),
    "empty edge names": _edges(_edge_array([*GOOD_EDGES, ("", "")])),
}
for label, edit in NODE_EDGE_EDITS.items():
    case("nodes-edges", label, edited("good", edit), INSPECT)
case("nodes-edges", "run without an Output", edited("good", _delete("nodes/output")), RUN)
case("nodes-edges", "compile with a duplicated edge", edited("good", NODE_EDGE_EDITS["a duplicated edge"]), COMPILE)
case(
    "nodes-edges",
    "nengo with duplicated edges",
    edited("good", NODE_EDGE_EDITS["a thousand duplicated edges"]),
    RUN + " --backend nengo",
)

# --- cycles --------------------------------------------------------------------------------------
CYCLES = {
    "lif2 back into fc1 (shape)": ([*GOOD_EDGES, ("lif2", "fc1")], INSPECT),
    "fc1 into itself (shape)": ([*GOOD_EDGES, ("fc1", "fc1")], INSPECT),
    "lif1 back into fc1 (shape)": ([*GOOD_EDGES, ("lif1", "fc1")], INSPECT),
    "Output back into Input": ([*GOOD_EDGES, ("output", "input")], INSPECT),
    "lif1 into itself, compiled": ([*GOOD_EDGES, ("lif1", "lif1")], COMPILE),
    "fc2 -> lif2 -> fc2, compiled": ([*GOOD_EDGES, ("lif2", "fc2")], COMPILE),
    "lif2 into itself on nengo": ([*GOOD_EDGES, ("lif2", "lif2")], RUN + " --backend nengo"),
    "a cycle cut off from the Input": ([e for e in GOOD_EDGES if e[0] != "flatten"] + [("lif2", "fc1")], INSPECT),
}
for label, (edges, args) in CYCLES.items():
    case("cycles", label, edited("good", _edges(_edge_array(edges))), args)

# --- shape mismatches ----------------------------------------------------------------------------
SHAPES = {
    "fc1 weight (16, 63)": ("good", _set("fc1", "weight", np.ones((16, 63))), INSPECT),
    "fc1 weight 3-D": ("good", _set("fc1", "weight", np.ones((16, 8, 8))), INSPECT),
    "fc1 bias of 15": ("good", _set("fc1", "bias", np.ones(15)), INSPECT),
    "lif1 tau of 15": ("good", _set("lif1", "tau", np.full(15, 0.002)), INSPECT),
    "fc2 weight (10, 17)": ("good", _set("fc2", "weight", np.ones((10, 17))), INSPECT),
    "input (1, 8, 9) on digits": ("good", _set("input", "shape", np.array([1, 8, 9])), RUN),
    "input (0, 8, 8)": ("good", _set("input", "shape", np.array([0, 8, 8])), INSPECT),
    "input (-1, 8, 8)": ("good", _set("input", "shape", np.array([-1, 8, 8])), INSPECT),
    "input (1.5, 8, 8)": ("good", _set("input", "shape", np.array([1.5, 8, 8])), RUN),
    "input of no dimensions": ("good", _set("input", "shape", np.zeros(0, dtype=int)), INSPECT),
    "input NaN": ("good", _set("input", "shape", np.array([np.nan, 8, 8])), INSPECT),
    "Flatten start_dim 5": ("good", _set("flatten", "start_dim", 5), INSPECT),
    "Flatten end_dim -9": ("good", _set("flatten", "end_dim", -9), INSPECT),
    "conv weight 3-D": ("conv", _set("conv", "weight", np.ones((3, 2, 3))), INSPECT),
    "conv stride 0": ("conv", _set("conv", "stride", np.array([0, 0])), INSPECT),
    "conv groups 2 for 2 into 3": ("conv", _set("conv", "groups", 2), INSPECT),
    "conv kernel larger than input": ("conv", _set("conv", "weight", np.ones((3, 2, 9, 9))), INSPECT),
    "pool kernel 7 on 6x6": ("conv", _set("pool", "kernel_size", np.array([7, 7])), INSPECT),
    "conv padding -1": ("conv", _set("conv", "padding", np.array([-1, -1])), INSPECT),
    "conv dilation 0": ("conv", _set("conv", "dilation", np.array([0, 0])), INSPECT),
    "conv bias of 5": ("conv", _set("conv", "bias", np.ones(5)), INSPECT),
}
for label, (src, edit, args) in SHAPES.items():
    case("shapes", label, edited(src, edit), args)

# --- NaN and infinity ----------------------------------------------------------------------------


def _poison(node: str, field: str, value: float, index: int = 0) -> Callable[[h5py.Group], None]:
    def edit(root: h5py.Group) -> None:
        array = np.array(root["nodes"][node][field][()], dtype=np.float64)
        array.reshape(-1)[index] = value
        put(root["nodes"][node], field, array)

    return edit


NAN_INF = [
    ("good", "fc1", "weight", math.nan),
    ("good", "fc1", "weight", math.inf),
    ("good", "fc1", "weight", -math.inf),
    ("good", "fc1", "bias", math.nan),
    ("good", "fc2", "weight", math.inf),
    ("good", "lif1", "tau", math.nan),
    ("good", "lif1", "v_threshold", math.inf),
    ("good", "lif1", "v_leak", math.nan),
    ("good", "lif1", "r", math.nan),
    ("good", "lif2", "v_reset", -math.inf),
    ("conv", "conv", "weight", math.nan),
    ("conv", "spikemax", "threshold", math.nan),
    ("cuba", "cuba", "w_in", math.inf),
]
for src, node, field, value in NAN_INF:
    case("nan-inf", f"{src} {node}.{field} = {value}", edited(src, _poison(node, field, value)), INSPECT)
case("nan-inf", "run with a NaN weight", edited("good", _poison("fc2", "weight", math.nan, 3)), RUN)

# --- zero and negative time constants and time steps ---------------------------------------------
TAU_DT = {
    "tau 0": (edited("good", _poison("lif1", "tau", 0.0)), INSPECT),
    "tau negative": (edited("good", _poison("lif1", "tau", -0.002, 4)), INSPECT),
    "every tau 0": (edited("good", _set("lif2", "tau", np.zeros(10))), RUN),
    "CubaLIF tau_syn 0": (edited("cuba", _poison("cuba", "tau_syn", 0.0)), INSPECT),
    "CubaLIF tau_mem negative": (edited("cuba", _poison("cuba", "tau_mem", -1.0, 2)), INSPECT),
    "LI tau 0": (edited("cuba", _poison("li", "tau", 0.0)), INSPECT),
    "metadata dt 0": (meta({"dt": 0}), RUN),
    "metadata dt negative": (meta({"dt": -1e-3}), RUN),
    "metadata dt NaN": (meta('{"dt": NaN, "time_steps": 4}'), RUN),
    "metadata dt Infinity": (meta('{"dt": Infinity, "time_steps": 4}'), INSPECT),
    "metadata dt 1e400": (meta('{"dt": 1e400}'), INSPECT),
    "metadata dt -0.0": (meta({"dt": -0.0}), COMPILE),
}
for label, (make, args) in TAU_DT.items():
    case("tau-dt", label, make, args)
for flag in ("0", "-1", "nan", "inf", "-inf"):
    case("tau-dt", f"run --dt {flag}", base_files, f"run {{good}} --dataset digits --limit 4 --dt {flag}", "--dt")
case("tau-dt", "compile --dt 0", base_files, "compile {good} -o {d}/out.q.nir --dt 0", "--dt")
case("tau-dt", "compile --dt nan", base_files, "compile {good} -o {d}/out.q.nir --dt nan", "--dt")

# --- absurd sizes --------------------------------------------------------------------------------


def _sparse(node: str, field: str, shape, **options) -> Callable[[h5py.Group], None]:
    """A dataset declaring ``shape`` whose chunks were never written: a few bytes on disk."""

    def edit(root: h5py.Group) -> None:
        group = root["nodes"][node]
        del group[field]
        group.create_dataset(field, shape=shape, dtype="f8", chunks=True, **options)

    return edit


def _zeros_gzip(node: str, field: str, elements: int) -> Callable[[h5py.Group], None]:
    def edit(root: h5py.Group) -> None:
        group = root["nodes"][node]
        del group[field]
        dataset = group.create_dataset(
            field, shape=(elements,), dtype="f8", chunks=(1 << 20,), compression="gzip", compression_opts=9
        )
        for start in range(0, elements, 1 << 22):
            dataset[start : start + (1 << 22)] = 0.0

    return edit


SIZES = {
    "input shape 1e9": (edited("good", _set("input", "shape", np.array([1_000_000_000]))), INSPECT),
    "input shape 1e5 x 1e5": (edited("good", _set("input", "shape", np.array([100_000, 100_000]))), RUN),
    "input shape 2^62": (edited("good", _set("input", "shape", np.array([1 << 62, 4]))), INSPECT),
    "sparse weight of 1e9": (edited("good", _sparse("fc1", "weight", (16, 62_500_000))), INSPECT),
    "sparse weight of 2^60": (edited("good", _sparse("fc1", "weight", (1 << 30, 1 << 30))), INSPECT),
    "sparse weight of 512 MiB": (edited("good", _sparse("fc1", "weight", (1 << 20, 64))), INSPECT),
    "sparse bias of 2^40 filled": (edited("good", _sparse("fc1", "bias", (1 << 40,), fillvalue=1.0)), INSPECT),
    "20,000 edges of one kind": (edited("good", _edges(_edge_array(GOOD_EDGES * 3400))), INSPECT),
}
for label, (make, args) in SIZES.items():
    case("sizes", label, make, args)

# --- unknown node types --------------------------------------------------------------------------
for label, kind in {
    "Quantum": b"Quantum",
    "empty type": b"",
    "Delay (NIR, not executable)": b"Delay",
    "a 10,000-character type": b"X" * 10_000,
    "zero-width space in Affine": "Affine\u200b".encode(),
    "invalid UTF-8": b"\xff\xfeAffine",
    "NIRGraph leaf": b"NIRGraph",
}.items():
    case("node-types", label, edited("good", _set("fc1", "type", kind)), INSPECT)
case(
    "node-types",
    "Conv1d, run",
    edited("conv", lambda root: put(root["nodes"]["conv"], "type", b"Conv1d")),
    "run {m} --dataset digits",
)
case("node-types", "CubaLI", edited("cuba", _set("li", "type", b"CubaLI")), INSPECT)
case("node-types", "I", edited("cuba", _set("li", "type", b"I")), INSPECT)
case("node-types", "Quantum on nengo", edited("good", _set("fc2", "type", b"Quantum")), RUN + " --backend nengo")

# --- unicode, slashes and very long names --------------------------------------------------------
NAMES = {
    "a control character": (_rename("fc1", "fc\x01"), ""),
    "a newline": (_rename("lif1", "lif\n1"), ""),
    "300 characters": (_rename("fc2", "n" * 300), "1 to 256 characters"),
    "5,000 characters": (_rename("fc2", "λ" * 5000), "1 to 256 characters"),
    "unicode, then a bad shape": (
        _chain(_rename("fc1", "fc☃"), lambda root: put(root["nodes"]["fc☃"], "weight", np.ones((16, 63)))),
        "fc☃",
    ),
    "right-to-left name, unknown type": (
        _chain(_rename("fc2", "\u05d0\u05d1"), _set("\u05d0\u05d1", "type", b"Q")),
        "",
    ),
    "emoji name, NaN weight": (_chain(_rename("fc2", "🧠"), _poison("🧠", "weight", math.nan)), "🧠"),
    "an edge to fc1/weight": (_edges(_edge_array([*GOOD_EDGES, ("lif2", "fc1/weight")])), "fc1/weight"),
    "an edge to ../../etc/passwd": (_edges(_edge_array([*GOOD_EDGES, ("lif2", "../../etc/passwd")])), ""),
    "an edge with invalid UTF-8": (_edges(_edge_array([*GOOD_EDGES, ("lif2", b"\xff\xfe")])), ""),
    "a 200-character unicode name, NaN tau": (
        _chain(_rename("lif1", "ж" * 200), _poison("ж" * 200, "tau", math.nan)),
        "",
    ),
}
for label, (edit, words) in NAMES.items():
    case("names", label, edited("good", edit), INSPECT, words)
case("names", "a control character on run", edited("good", _rename("fc1", "fc\x07")), RUN)

# --- broken or wrongly typed metadata ------------------------------------------------------------
DEEP_ARRAY = "[" * 50_000 + "]" * 50_000
DEEP_OBJECT = '{"a": ' * 50_000 + "1" + "}" * 50_000
RAW_META = {
    "not JSON": "this is not json",
    "a JSON array": "[1, 2]",
    "a JSON string": '"text"',
    "null": "null",
    "empty text": "",
    "an unclosed brace": "{",
    "invalid UTF-8": b'{"dt": "\xff\xfe"}',
    "an array 50,000 deep": DEEP_ARRAY,
    "an object 50,000 deep": DEEP_OBJECT,
    "source.config 50,000 deep": '{"source": {"config": ' + DEEP_OBJECT + "}}",
}
for label, raw in RAW_META.items():
    case("metadata", f"graph: {label}", meta(raw), INSPECT, "" if isinstance(raw, bytes) else "metadata")
case("metadata", "node: not JSON", meta("{{", node="lif1"), INSPECT, "lif1")
case("metadata", "node: a JSON list", meta("[]", node="fc1"), INSPECT, "fc1")
case("metadata", "node: 50,000 deep", meta(DEEP_ARRAY, node="lif2"), INSPECT, "lif2")
case("metadata", "graph metadata is a number", edited("good", lambda root: put(root["metadata"], "snnc", 5)), INSPECT)
case(
    "metadata",
    "graph metadata is a group",
    edited("good", lambda root: (root["metadata"].pop("snnc"), root["metadata"].create_group("snnc"))),
    INSPECT,
)
KEY_VALUES = {
    "dt": ["abc", None, [0.001], True, "0.001", {"s": 1}],
    "time_steps": ["abc", "NaN", [8], 0, -5, 1_000_000_000, 8.5, True, None, 1e400],
    "encoding": ["bogus", 5, None, ["direct"]],
    "decoding": ["bogus", 3, None],
    "source": ["x", [], 5],
    "source.method": [5, ["scratch"]],
    "source.config": ["x", 7],
    "stages": ["x", [{}], [5], [{"index": -1, "kind": "synapse", "nodes": [], "input": "pixels"}]],
    "quant": ["x", {}, {"weight_bits": 1, "input_bits": 8}, {"weight_bits": "8", "input_bits": 8}],
    "interop": [{"tool": "loihi", "dt": 0.001}, "norse", {"tool": "norse", "dt": -1}],
    "checksum": ["md5:abc", 5, "sha256:" + "0" * 63],
}
for key, values in KEY_VALUES.items():
    for value in values:
        if value == "NaN":
            make = meta('{"time_steps": NaN, "dt": 0.001}')
        elif value == 1e400:
            make = meta('{"time_steps": 1e400}')
        else:
            make = meta({key: value})
        args = COMPILE if key in ("time_steps", "decoding") else INSPECT
        case("metadata", f"{key} = {json.dumps(value) if value != 1e400 else '1e400'}", make, args, key.split(".")[0])
case(
    "metadata",
    "stages naming a missing node",
    meta(
        {
            "stages": [
                {"index": 0, "kind": "readout", "nodes": ["ghost"], "synapse": None, "neuron": None, "input": "pixels"}
            ]
        }
    ),
    INSPECT,
    "ghost",
)
NODE_KEY_VALUES = {
    "reset": ["bogus", 5, None],
    "stage": [-1, "a", 1.5],
    "quant": ["x", [1]],
    "quant.v_bits": [1, 21.7, 99],
    "quant.input_bits": [0],
}
for key, values in NODE_KEY_VALUES.items():
    for value in values:
        case("metadata", f"lif1 {key} = {json.dumps(value)}", meta({key: value}, node="lif1"), INSPECT, "lif1")
case("metadata", "changed under a kept checksum", meta({"time_steps": 5}, seal=True), INSPECT, "checksum")
case("metadata", "run with time_steps 0", meta({"time_steps": 0}), RUN, "time_steps")
case("metadata", "run with decoding bogus", meta({"decoding": "bogus"}), RUN, "decoding")

# --- quantized graphs (.q.nir) -------------------------------------------------------------------
QRUN = "run {m} --dataset digits --limit 8"


def _qnode(node: str, changes: dict) -> Callable:
    return meta({f"quant.{k}": v for k, v in changes.items()}, node=node, src="quant")


QUANT = {
    "input_bits 0": _qnode("input_quantizer", {"input_bits": 0}),
    "input_bits 17": _qnode("input_quantizer", {"input_bits": 17}),
    "input_bits missing": _qnode("input_quantizer", {"input_bits": DELETE}),
    "input_bits 7.5": _qnode("input_quantizer", {"input_bits": 7.5}),
    "lif1 v_bits 1": _qnode("lif1", {"v_bits": 1}),
    "lif1 v_bits 21.7": _qnode("lif1", {"v_bits": 21.7}),
    "lif1 v_bits 3": _qnode("lif1", {"v_bits": 3}),
    "lif1 v_bits 40": _qnode("lif1", {"v_bits": 40}),
    "lif1 v_bits missing": _qnode("lif1", {"v_bits": DELETE}),
    "lif1 leak_f -1": _qnode("lif1", {"leak_f": -1}),
    "lif1 leak_f 100": _qnode("lif1", {"leak_f": 100}),
    "lif1 leak_m 0": _qnode("lif1", {"leak_m": 0}),
    "lif1 leak_m over 2^leak_f": _qnode("lif1", {"leak_m": 9, "leak_f": 3}),
    "lif2 leak_f missing": _qnode("lif2", {"leak_f": DELETE}),
    "fc1 weight_bits 1": _qnode("fc1", {"weight_bits": 1}),
    "graph weight_bits 40": meta({"quant.weight_bits": 40}, src="quant"),
    "graph input_bits missing": meta({"quant.input_bits": DELETE}, src="quant"),
    "fc1 weights 2^60": edited("quant", _poison("fc1", "weight", float(1 << 60), 5)),
    "fc2 weight 0.5": edited("quant", _poison("fc2", "weight", 0.5, 3)),
    "fc1 bias 2^60": edited("quant", _poison("fc1", "bias", float(1 << 60), 2)),
    "lif1 threshold 2^55": edited("quant", _poison("lif1", "v_threshold", float(1 << 55), 1)),
}
for label, make in QUANT.items():
    case("quantized", label, make, QRUN)
case("quantized", "compile a .q.nir with v_bits 1", _qnode("lif1", {"v_bits": 1}), COMPILE)

# --- arrays of the wrong type (integers, strings, complex where floats belong, and back) -----------
TYPED = {
    "weight as strings": ("good", _set("fc1", "weight", np.array([[b"a"] * 64] * 16))),
    "weight complex": ("good", _set("fc1", "weight", np.ones((16, 64), dtype=np.complex128))),
    "tau integer zeros": ("good", _set("lif1", "tau", np.zeros(16, dtype=np.int64))),
    "tau unsigned zeros": ("good", _set("lif2", "tau", np.zeros(10, dtype=np.uint8))),
    "integer weights of the wrong shape": ("good", _set("fc2", "weight", np.ones((10, 15), dtype=np.int32))),
    "Flatten start_dim 0.5": ("good", _set("flatten", "start_dim", 0.5)),
    "Flatten start_dim a string": ("good", _set("flatten", "start_dim", b"zero")),
    "input shape strings": ("good", _set("input", "shape", np.array([b"1", b"8", b"8"]))),
    "conv stride 1.5": ("conv", _set("conv", "stride", np.array([1.5, 1.5]))),
    "conv groups 1.5": ("conv", _set("conv", "groups", 1.5)),
    "pool kernel 2.5": ("conv", _set("pool", "kernel_size", np.array([2.5, 2.5]))),
    "conv padding 'bogus'": ("conv", _set("conv", "padding", b"bogus")),
    "threshold as strings": ("conv", _set("spikemax", "threshold", np.array([b"x"] * 3))),
    "weight variable-length strings": ("good", _set("fc2", "weight", ["a", "b"], dtype=h5py.string_dtype())),
    "q.nir threshold 0.5 (not an integer)": ("quant", _poison("lif1", "v_threshold", 0.5)),
}
for label, (src, edit) in TYPED.items():
    case("typed-arrays", label, edited(src, edit), QRUN if src == "quant" else INSPECT)

# --- checkpoints ---------------------------------------------------------------------------------


def _cut_checkpoint(fraction: float) -> Callable:
    def make(d: Path, b: SimpleNamespace) -> dict:
        data = b.ckpt.read_bytes()
        (d / "c.pt").write_bytes(data[: int(len(data) * fraction)])
        return {"c": d / "c.pt"}

    return make


for fraction in (0.0, 0.01, 0.25, 0.5, 0.9, 0.999):
    case("checkpoint", f"truncated to {fraction:.1%}", _cut_checkpoint(fraction), EXPORT)
case("checkpoint", "random bytes", new_file(lambda p: p.write_bytes(bytes(range(256)) * 8), "c.pt", "c"), EXPORT)
for label, (make, args) in {
    "pickle payload (raw pickle)": (raw_pickle, EXPORT),
    "pickle payload (zip data.pkl)": (zipped_pickle, EXPORT),
    "pickle payload (torch.save)": (checkpoint(malicious), EXPORT),
    "pickle payload (legacy torch.save)": (checkpoint(malicious, _use_new_zipfile_serialization=False), EXPORT),
    "pickle payload given to inspect": (raw_pickle, "inspect {m}"),
    "pickle payload given to run": (zipped_pickle, RUN),
    "pickle payload as --pretrained_model": (
        raw_pickle,
        "train scratch --dataset digits --arch mlp -e 1 --no-log --pretrained_model {c} --model_dir {d}/m",
    ),
    "pickle payload as --ann": (zipped_pickle, "train ann2snn --ann {c} --log_dir {d}/l --model_dir {d}/m"),
}.items():
    case("checkpoint", label, make, args)
CHECKPOINTS = {
    "a list": lambda d: [1, 2, 3],
    "no config": lambda d: {"state_dict": {}, "epoch": 0},
    "config not a dict": good_payload(config="scratch"),
    "config without a method": good_payload(config=lambda v: {k: x for k, x in v["config"].items() if k != "method"}),
    "method unknown": config_payload(method="quantum"),
    "tau 0": config_payload(tau=0.0),
    "dt 0": config_payload(dt=0.0),
    "dt NaN": config_payload(dt=math.nan),
    "T -1": config_payload(time_steps=-1),
    "T 1e9": config_payload(time_steps=1_000_000_000),
    "encoding morse": config_payload(encoding="morse"),
    "arch resnet": config_payload(arch="resnet"),
    "dataset imagenet": config_payload(dataset="imagenet"),
    "hidden 'abc'": config_payload(hidden="abc"),
    "time_steps a string": config_payload(time_steps="many"),
    "hidden 1e9": config_payload(hidden=[1_000_000_000]),
    "NaN weights": weights_payload(lambda s: s[next(k for k in s if k.endswith("weight"))].fill_(math.nan)),
    "inf weights": weights_payload(lambda s: s[next(k for k in s if k.endswith("weight"))].fill_(math.inf)),
    "weights of the wrong shape": weights_payload(
        lambda s: s.update({k: torch.ones(3, 3) for k in list(s) if k.endswith("weight")})
    ),
    "weights missing": good_payload(state_dict={}),
    "state_dict a string": good_payload(state_dict="weights"),
    "an ANN checkpoint": config_payload(method="ann"),
}
for label, payload in CHECKPOINTS.items():
    case("checkpoint", label, checkpoint(payload), EXPORT)
case("checkpoint", "NaN weights exported --for norse", checkpoint(CHECKPOINTS["NaN weights"]), EXPORT + " --for norse")

# --- bad flags -----------------------------------------------------------------------------------
FLAGS = {
    "compile": (
        "compile {good} -o {d}/out.q.nir",
        [
            "-T 0", "-T -5", "-T 1000000000", "-T abc", "--weight-bits 1", "--weight-bits 17",
            "--weight-bits 1000", "--v-bits 3", "--v-bits 33", "--v-bits 1000000", "--input-bits 0",
            "--input-bits 17", "--calibration-images 0 --dataset digits",
            "--calibration-images 1000000000 --dataset digits", "--lanes 0", "--lanes 1000000000",
            "--weight-percentile 10", "--weight-percentile nan", "--weight-percentile 1000",
            "--backend loihi", "--target stratix", "--calibration-images many", "--seed abc", "--seed 1,x",
        ],
    ),
    "run": (
        "run {good} --dataset digits",
        [
            "-T 0", "-T 1000000000", "--limit 0", "--limit -1", "--limit 1000000000000", "--batch-size 0",
            "--batch-size 1000000000", "--precision float16", "--encoding morse", "--backend loihi",
            "-T nan", "--limit many", "--dataset imagenet",
        ],
    ),
}  # fmt: skip
for command, (prefix, flags) in FLAGS.items():
    for flag in flags:
        case("flags", f"{command} {flag}", base_files, f"{prefix} {flag}", flag.split()[0])
case("flags", "train -T 1000000000", base_files, "train scratch --dataset digits -T 1000000000", "-T")
case("flags", "train --hidden 1000000000", base_files, "train scratch --dataset digits --hidden 1000000000", "--hidden")

# --- paths ---------------------------------------------------------------------------------------


def _a_file(d: Path, b: SimpleNamespace) -> dict:
    (d / "file").write_text("not a directory")
    return {"f": d / "file"}


def _foreign_dir(d: Path, b: SimpleNamespace) -> dict:
    (d / "theirs").mkdir()
    (d / "theirs" / "notes.txt").write_text("mine")
    return {"f": d / "theirs"}


def _copy_good(d: Path, b: SimpleNamespace) -> dict:
    return {"m": _copy(b.good, d / "m.nir")}


def _copy_ckpt(d: Path, b: SimpleNamespace) -> dict:
    return {"c": _copy(b.ckpt, d / "c.pt")}


PATHS = {
    "inspect a missing file": (base_files, "inspect {d}/missing.nir", "no such file"),
    "inspect a directory": (base_files, "inspect {d}", "directory"),
    "inspect /dev/null": (base_files, "inspect /dev/null", "regular file"),
    "compile -o the input": (_copy_good, "compile {m} -o {m}", "input"),
    "export -o the checkpoint": (_copy_ckpt, "export {c} -o {c}", "input"),
    "compile -o a directory": (_copy_good, "compile {m} -o {d}", "directory"),
    "compile -o under a file": (both(_copy_good, _a_file), "compile {m} -o {f}/sub/out.q.nir", "cannot write"),
    "export -o under a file": (both(_copy_ckpt, _a_file), "export {c} -o {f}/out.nir", "cannot write"),
    "compile -o read-only /proc": (_copy_good, "compile {m} -o /proc/snnc-corpus.q.nir", "cannot write"),
    "export -o read-only /proc": (_copy_ckpt, "export {c} -o /proc/snnc-corpus.nir", "cannot write"),
    "compile --dump-ir a foreign directory": (
        both(_copy_good, _foreign_dir),
        "compile {m} -o {d}/out.q.nir --dump-ir {f}",
        "not an snnc output",
    ),
    "compile --dump-ir a file": (both(_copy_good, _a_file), "compile {m} -o {d}/out.q.nir --dump-ir {f}", "file"),
    "compile --dump-ir the input": (_copy_good, "compile {m} -o {d}/out.q.nir --dump-ir {m}", ""),
    "run a missing dataset root": (_copy_good, "run {m} --dataset MNIST --dataset-root {d}/nothing", "MNIST"),
    "export a directory": (base_files, "export {d} -o {d}/out.nir", "checkpoint"),
    "compile a missing file": (base_files, "compile {d}/missing.nir", "no such file"),
    "export a NIR file": (_copy_good, "export {m} -o {d}/out.nir", "checkpoint"),
}
for label, (make, args, words) in PATHS.items():
    case("paths", label, make, args, words)

# --- the hang and allocation cases, as real processes --------------------------------------------


def _many_nodes(count: int) -> nir.NIRGraph:
    nodes = {"input": nir.Input(input_type={"input": np.array([4])})}
    chain = ["input"]
    for index in range(count):
        nodes[f"s{index}"] = nir.Scale(scale=np.ones(4))
        chain.append(f"s{index}")
    nodes["output"] = nir.Output(output_type={"output": np.array([4])})
    chain.append("output")
    return nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=True)), type_check=False)


SUBPROCESS = {
    "compile -T 1000000000": (base_files, "compile {good} -o {d}/out.q.nir -T 1000000000", "-T", CAP_TORCH),
    "run -T 1000000000": (base_files, "run {good} --dataset digits -T 1000000000", "-T", CAP_TORCH),
    "sparse 1e9-element weight": (
        edited("good", _sparse("fc1", "weight", (16, 62_500_000))),
        "inspect {m}",
        "elements",
        CAP_LIGHT,
    ),
    "sparse 256 MiB weight on run": (edited("good", _sparse("fc1", "weight", (1 << 19, 64))), RUN, "bytes", CAP_TORCH),
    "sparse 8 GiB weight on run": (
        edited("good", _sparse("fc1", "weight", (1 << 20, 1024))),
        RUN,
        "elements",
        CAP_TORCH,
    ),
    "gzip bomb of 2^25 zeros": (edited("good", _zeros_gzip("fc1", "bias", 1 << 25)), "inspect {m}", "bias", CAP_LIGHT),
    "input 1e9 wide on run": (
        edited("good", _set("input", "shape", np.array([1_000_000_000]))),
        RUN,
        "absurdly large",
        CAP_TORCH,
    ),
    "200k duplicated edges on nengo": (
        edited("good", _edges(_edge_array(GOOD_EDGES + [("fc1", "lif1")] * 200_000))),
        RUN + " --backend nengo",
        "edges",
        CAP_TORCH,
    ),
    "12,000 nodes on nengo": (graph_file(lambda: _many_nodes(12_000)), RUN + " --backend nengo", "nodes", CAP_TORCH),
}
for label, (make, args, words, cap) in SUBPROCESS.items():
    case("process", label, make, args, words, subprocess=True, cap=cap)


# ----------------------------------------------------------------------------------------------
# Running a case.


class CaseTimeout(BaseException):
    """Raised in the test by the per-case alarm (a BaseException: snnc's handlers let it through)."""


def _listing(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file and directory under ``roots`` with its size and content hash (directories: -1)."""
    found = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            key = str(path)
            found[key] = (-1, 0) if path.is_dir() else (path.stat().st_size, hash(path.read_bytes()))
    return found


def _run_in_process(args: list[str]) -> tuple[int, str]:
    def alarm(signum, frame):
        raise CaseTimeout(f"the command ran over {CASE_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        result = runner.invoke(app, args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return result.exit_code, result.output


def _run_process(args: list[str], cwd: Path, cap: int) -> tuple[int, str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    env = {**os.environ, "SNNC_NO_DOWNLOAD": "1", "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "snnc", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_SECONDS,
        preexec_fn=limit,
    )
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("item", CASES, ids=lambda c: c.id)
def test_malformed_input_is_refused_cleanly(item: Case, base, tmp_path, monkeypatch):
    monkeypatch.setenv("SNNC_NO_DOWNLOAD", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    work = tmp_path / "case"
    work.mkdir()
    made = item.make(work, base)
    files = {name: str(getattr(base, name)) for name in ("good", "plain", "conv", "cuba", "quant", "ckpt")}
    values = {**files, "d": str(work), **{k: str(v) for k, v in made.items()}}
    args = [part.format(**values) for part in item.args.split(" ")]
    before = _listing(work, base.root)
    monkeypatch.chdir(work)
    if item.subprocess:
        code, output = _run_process(args, work, item.cap)
    else:
        code, output = _run_in_process(args)
    output = output.strip()
    assert _listing(work, base.root) == before, f"files changed:\n{output}"
    assert not sentinel(work).exists(), "the checkpoint's pickle payload ran"
    assert "Traceback" not in output and "internal error" not in output, output
    if code == 0 and item.may_pass:
        pristine = "plain" if "plain" in item.name else "good"
        assert output == base.baseline[pristine].strip(), "a changed file was read as if intact"
        return
    assert code in (1, 2) if item.code is None else code == item.code, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert item.words in errors[0], output
    if item.subprocess:
        assert "out of memory" not in errors[0], "refused by running out of memory, not by the size checks"


def test_corpus_counts():
    """At least 200 cases, in every class the issue lists (printed with ``pytest -s``)."""
    counts = Counter(item.kind for item in CASES)
    print("\nmalformed-input corpus: " + ", ".join(f"{kind} {count}" for kind, count in counts.items()))
    print(f"total {len(CASES)} ({sum(item.subprocess for item in CASES)} as subprocesses)")
    assert len(CASES) >= 200 and len({item.id for item in CASES}) == len(CASES)
    assert min(counts.values()) >= 5


def test_long_chain_runs_on_nengo_in_bounded_time(tmp_path):
    """A 3,000-node chain is a valid graph: the nengo backend runs it, in bounded time."""
    path = tmp_path / "chain.nir"
    nodes = {"input": nir.Input(input_type={"input": np.array([1, 8, 8])})}
    chain = ["input"]
    for index in range(3000):
        nodes[f"s{index}"] = nir.Scale(scale=np.ones((1, 8, 8)))
        chain.append(f"s{index}")
    nodes["flatten"] = nir.Flatten(input_type={"input": np.array([1, 8, 8])}, start_dim=0, end_dim=-1)
    nodes["fc"] = nir.Affine(weight=np.ones((10, 64)), bias=np.zeros(10))
    nodes["output"] = nir.Output(output_type={"output": np.array([10])})
    chain += ["flatten", "fc", "output"]
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=True)), type_check=False)
    write_snnc(graph, {**GOOD_META, "time_steps": 2})
    write_graph(graph, path)
    code, output = _run_process(
        ["run", str(path), "--dataset", "digits", "--limit", "2", "--backend", "nengo"], tmp_path, CAP_TORCH
    )
    assert code == 0, output
