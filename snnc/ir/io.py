"""Reading and writing NIR files, with every malformed input turned into a named error.

Writes are atomic (``snnc.files.atomic_write``): the graph goes to a temporary file beside the
target and is renamed over it, so a crash never leaves a half-written ``.nir`` file.
"""

from __future__ import annotations

import hashlib
import json
import math
import zipfile
from pathlib import Path

import h5py
import nir
import numpy as np

from snnc.errors import GraphError, NIRFileError, SnncError
from snnc.files import atomic_write
from snnc.ir.canonical import canonicalize_for_execution
from snnc.ir.graph import MAX_NODES, check_graph
from snnc.ir.metadata import KEY, read_snnc, write_snnc
from snnc.ir.schema import validate_graph

KNOWN_NODE_TYPES = {
    "Affine",
    "Linear",
    "Scale",
    "Conv1d",
    "Conv2d",
    "SumPool2d",
    "AvgPool2d",
    "Flatten",
    "Threshold",
    "Delay",
    "I",
    "IF",
    "LIF",
    "LI",
    "CubaLI",
    "CubaLIF",
    "Input",
    "Output",
    "NIRGraph",
}


def _decode(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _check_structure(group: h5py.Group, path: Path, prefix: str = "") -> None:
    """Walk the HDF5 tree before handing it to nir, so errors can name the node."""
    if "type" not in group:
        raise NIRFileError(f"{path}: {'node ' + repr(prefix) if prefix else 'graph'} has no 'type' field")
    kind = _decode(group["type"][()])
    if kind not in KNOWN_NODE_TYPES:
        raise GraphError(f"{path}: node '{prefix or '<root>'}': unknown node type {kind!r}")
    if kind == "NIRGraph":
        if "nodes" not in group or not isinstance(group["nodes"], h5py.Group):
            raise NIRFileError(f"{path}: graph {prefix or '<root>'} has no 'nodes' group")
        names = set(group["nodes"].keys())
        for child in names:
            item = group["nodes"][child]
            if not isinstance(item, h5py.Group):
                raise NIRFileError(f"{path}: node '{child}' is not an HDF5 group")
            _check_structure(item, path, f"{prefix}.{child}" if prefix else child)
        if "edges" in group:
            edges = group["edges"][()]
            for edge in edges:
                if len(edge) != 2:
                    raise GraphError(f"{path}: edge {edge!r} is not a (source, target) pair")
                src, dst = _decode(edge[0]), _decode(edge[1])
                for end in (src, dst):
                    if not _edge_end_exists(group["nodes"], end):
                        raise GraphError(f"{path}: edge {src} -> {dst}: node '{end}' does not exist")


def _edge_end_exists(nodes: h5py.Group, end: str) -> bool:
    """Whether an edge end names a node of this graph. Names may hold dots (snnTorch writes
    ``lif1.w_rec`` as one node), so ``a.b`` is the node named ``a.b`` when there is one, else node
    ``b`` inside the nested graph ``a`` (the rule ``snnc.ir.graph.flatten_subgraphs`` follows)."""

    def named(name: str) -> bool:  # one lookup per name: listing every name per edge made reading a chain quadratic
        return name not in ("", ".") and "/" not in name and name in nodes

    if named(end):
        return True
    parts = end.split(".")
    for cut in range(1, len(parts)):
        head, rest = ".".join(parts[:cut]), ".".join(parts[cut:])
        item = nodes[head] if named(head) else None
        if (
            isinstance(item, h5py.Group)
            and "type" in item
            and _decode(item["type"][()]) == "NIRGraph"
            and isinstance(item.get("nodes"), h5py.Group)
            and _edge_end_exists(item["nodes"], rest)
        ):
            return True
    return False


def is_torch_checkpoint(path: Path) -> bool:
    """Whether the file's content (never its name) is what ``torch.save`` writes: a zip archive
    holding a ``data.pkl`` (the format since PyTorch 1.6) or a bare pickle stream (the legacy one).
    A checkpoint given where a graph belongs then gets its own message, not "not HDF5"."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError:
        return False
    if len(head) >= 2 and head[0] == 0x80 and 2 <= head[1] <= 5:
        return True  # pickle protocol 2-5, the legacy torch.save format
    if head == b"PK\x03\x04" and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(name == "data.pkl" or name.endswith("/data.pkl") for name in archive.namelist())
        except (OSError, zipfile.BadZipFile):
            return False
    return False


# Limits a file is held to before any array is read (HDF5 states every dataset's shape): no real
# SNN comes near them, and a file beyond them is corrupt or hostile (it would make snnc allocate GiBs).
MAX_ARRAY_ELEMENTS = 1 << 25  # per dataset (256 MiB of float64; a CIFAR convnet's largest layer is 1 << 24)
MAX_FILE_ELEMENTS = 1 << 26  # all datasets together
MAX_OBJECTS = 200_000  # HDF5 groups and datasets
MAX_EDGES = 100_000  # per graph
MAX_DEPTH = 48  # groups inside groups (each nested graph adds two levels)
MAX_EXPANSION = 1100  # deflate shrinks data at most ~1032x: a dataset declaring more than this is sparse or forged
CHECKSUM = "checksum"  # the graph-level metadata key of the parameters' digest
MAX_NAME_LENGTH = 256  # characters of a node name


def _where(name: str) -> str:
    """An HDF5 path inside a NIR file as the node and field it belongs to (``node/nodes/fc1/weight``
    -> ``node 'fc1': weight``)."""
    parts = name.split("/")
    if parts[0] != "node":
        return repr(name)
    nodes, rest = [], parts[1:]
    while len(rest) >= 2 and rest[0] == "nodes":
        nodes.append(rest[1])
        rest = rest[2:]
    field = "/".join(rest) or "group"
    return f"node '{'.'.join(nodes)}': {field}" if nodes else f"graph: {field}"


def _check_datasets(handle: h5py.File, path: Path) -> None:
    """Every object of the file judged by what HDF5 declares, before a single array is read: only
    groups and datasets (no links into other files), nested no deeper than a graph needs, and no
    array (or all of them together) beyond the size limits, nor one that declares far more data
    than the file stores (a sparse or forged dataset a small file could make snnc allocate)."""
    total = objects = 0
    stack: list[tuple[h5py.Group, str, int]] = [(handle, "", 0)]
    while stack:
        group, prefix, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise NIRFileError(f"{path}: HDF5 groups nested more than {MAX_DEPTH} deep at {_where(prefix)}")
        for key in group:
            name = f"{prefix}/{key}" if prefix else key
            objects += 1
            if objects > MAX_OBJECTS:
                raise NIRFileError(f"{path}: more than {MAX_OBJECTS:,} HDF5 objects (not a NIR graph snnc reads)")
            link = group.get(key, getlink=True)
            if not isinstance(link, h5py.HardLink):
                raise NIRFileError(
                    f"{path}: {_where(name)} is an HDF5 {type(link).__name__}, which a NIR file does not hold"
                )
            item = group.get(key)
            if isinstance(item, h5py.Group):
                if key == "nodes" and len(item) > MAX_NODES:
                    raise GraphError(
                        f"{path}: {_where(prefix)}: {len(item):,} nodes, more than the supported {MAX_NODES:,}"
                    )
                if key == KEY and prefix.rsplit("/", 1)[-1] == "metadata":
                    raise GraphError(f"{path}: {_where(name)} must be one JSON string, not an HDF5 group")
                stack.append((item, name, depth + 1))
                continue
            if not isinstance(item, h5py.Dataset):
                raise NIRFileError(f"{path}: {_where(name)} is neither an HDF5 group nor a dataset")
            elements = math.prod(item.shape) if item.shape is not None else 0
            if elements > MAX_ARRAY_ELEMENTS:
                raise GraphError(
                    f"{path}: {_where(name)} declares shape {item.shape} ({elements:,} elements), more than the "
                    f"{MAX_ARRAY_ELEMENTS:,} snnc reads per array"
                )
            if key == "edges" and elements > 2 * MAX_EDGES:
                raise GraphError(f"{path}: {_where(name)}: more than {MAX_EDGES:,} edges")
            total += elements
            if total > MAX_FILE_ELEMENTS:
                raise GraphError(f"{path}: the arrays hold more than {MAX_FILE_ELEMENTS:,} elements in all")
            if item.dtype.kind in "biufc":
                declared = elements * item.dtype.itemsize
                stored = item.id.get_storage_size()
                if declared > 1 << 20 and stored * MAX_EXPANSION < declared:
                    raise NIRFileError(
                        f"{path}: {_where(name)} declares {declared:,} bytes but the file stores {stored:,} "
                        "(a sparse or forged dataset)"
                    )


def _canonical(value: object) -> bytes:
    """A dataset's content in a form that survives NIR's round trips: numbers as float64 with their
    shape, strings as UTF-8 (whether HDF5 hands them back as bytes or str, fixed or variable length)."""
    array = np.asarray(value)
    if array.dtype.kind in "biuf":
        data = np.ascontiguousarray(array, dtype="<f8").tobytes()
        return b"n" + repr(array.shape).encode() + b"|" + data
    items = [
        v.decode("utf-8", "surrogateescape") if isinstance(v, bytes) else str(v) for v in array.reshape(-1).tolist()
    ]
    return b"s" + repr(array.shape).encode() + b"|" + "\0".join(items).encode("utf-8", "surrogateescape")


def _graph_snnc(root: h5py.Group) -> object:
    """The graph's own ``metadata["snnc"]`` as stored: the parsed JSON, its raw bytes when it does not
    parse (the metadata schema names what is wrong), or None when absent."""
    meta = root.get("metadata")
    raw = meta.get(KEY) if isinstance(meta, h5py.Group) else None
    if not isinstance(raw, h5py.Dataset):
        return None
    value = raw[()]
    text = value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogateescape")
    try:
        return json.loads(text.decode("utf-8"))
    except (ValueError, RecursionError):
        return text


def parameter_checksum(root: h5py.Group) -> str:
    """``sha256:`` over every dataset of a written graph (parameters, shapes, types, edges and node
    metadata, by path) and its snnc metadata without the checksum itself; other tools' graph-level
    metadata is left out."""
    datasets: dict[str, h5py.Dataset] = {}
    root.visititems(lambda name, item: datasets.update({name: item}) if isinstance(item, h5py.Dataset) else None)
    digest = hashlib.sha256()

    def add(name: str, data: bytes) -> None:
        for part in (name.encode("utf-8", "surrogateescape"), data):
            digest.update(len(part).to_bytes(8, "little") + part)

    for name in sorted(n for n in datasets if not n.startswith("metadata/")):
        add(name, _canonical(datasets[name][()]))
    stated = _graph_snnc(root)
    if isinstance(stated, dict):
        stated = json.dumps({k: v for k, v in stated.items() if k != CHECKSUM}, sort_keys=True).encode()
    if stated is not None:
        add(f"metadata/{KEY}", stated if isinstance(stated, bytes) else json.dumps(stated).encode())
    return "sha256:" + digest.hexdigest()


def _stated_checksum(root: h5py.Group) -> str | None:
    """The checksum the file's graph metadata states (None: a foreign file, or none readable)."""
    stated = _graph_snnc(root)
    found = stated.get(CHECKSUM) if isinstance(stated, dict) else None
    return found if isinstance(found, str) else None


def _checksum_matches(root: h5py.Group) -> bool:
    """Whether the arrays match the checksum the file states (True for a file that states none)."""
    stated = _stated_checksum(root)
    return stated is None or stated == parameter_checksum(root)


def _check_names(graph: nir.NIRGraph, prefix: str = "") -> None:
    """Node names are short printable text (they end up in messages, tables and file names)."""
    for name, node in graph.nodes.items():
        if not isinstance(name, str) or not 1 <= len(name) <= MAX_NAME_LENGTH:
            shown = f"{prefix}{str(name)[:40]}" + ("..." if len(str(name)) > 40 else "")
            raise GraphError(f"node {shown!r}: a node name must have 1 to {MAX_NAME_LENGTH} characters")
        if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name):
            raise GraphError(f"node {prefix}{name!r}: a node name must not hold control characters")
        if isinstance(node, nir.NIRGraph):
            _check_names(node, f"{prefix}{name}.")


def _check_edges(graph: nir.NIRGraph, prefix: str = "") -> None:
    """Each edge listed once (a repeated edge is a malformed graph), in nested graphs too."""
    seen: set[tuple[str, ...]] = set()
    for edge in graph.edges:
        key = tuple(str(end) for end in edge)
        if key in seen:
            raise GraphError(f"edge {prefix}{key[0]} -> {prefix}{key[-1]} is listed more than once")
        seen.add(key)
    for name, node in graph.nodes.items():
        if isinstance(node, nir.NIRGraph):
            _check_edges(node, f"{prefix}{name}.")


def validate_for_io(graph: nir.NIRGraph, check: bool = True) -> None:
    """What every graph read or written must satisfy: the schema of its snnc metadata
    (``snnc.ir.schema``), edges listed once and, with ``check``, executability (known nodes,
    fitting shapes, finite values)."""
    _check_names(graph)
    validate_graph(graph)
    _check_edges(graph)
    if check:
        check_graph(canonicalize_for_execution(graph))


def _drop_checksum(graph: nir.NIRGraph) -> None:
    """The checksum belongs to the file, not to the graph: a pass may change the graph, and the
    next write computes a new one."""
    meta = read_snnc(graph)
    if CHECKSUM in meta:
        del meta[CHECKSUM]
        if meta:
            write_snnc(graph, meta)
        else:
            del graph.metadata[KEY]


def read_graph(path: str | Path, check: bool = True) -> nir.NIRGraph:
    """Load a NIR file, raising NIRFileError/GraphError that name the file (and node).

    Declared sizes are checked before any array is read, the snnc metadata against its schema, and a
    file snnc wrote against its checksum. With ``check`` the graph must also be executable (known
    nodes, fitting shapes, finite values).
    """
    path = Path(path)
    if not path.exists():
        raise NIRFileError(f"{path}: no such file")
    if path.is_dir():
        raise NIRFileError(f"{path}: is a directory, not a NIR file")
    if not path.is_file():
        raise NIRFileError(f"{path}: not a regular file, not a NIR file")
    if not h5py.is_hdf5(path):
        if is_torch_checkpoint(path):
            raise NIRFileError(
                f"{path}: is a PyTorch checkpoint, not a NIR graph; turn it into one with "
                f"'snnc export {path} -o model.nir' and pass the .nir file"
            )
        raise NIRFileError(f"{path}: not a NIR file (not HDF5)")
    try:
        with h5py.File(path, "r") as handle:
            if "node" not in handle or not isinstance(handle["node"], h5py.Group):
                raise NIRFileError(f"{path}: HDF5 file without a NIR 'node' group (not a NIR file)")
            _check_datasets(handle, path)
            _check_structure(handle["node"], path)
            intact = _checksum_matches(handle["node"])
        graph = nir.read(path, type_check=False)
    except SnncError:
        raise
    except Exception as exc:  # nir/h5py raise bare KeyError/ValueError/OSError on broken files
        raise NIRFileError(f"{path}: cannot read NIR graph ({type(exc).__name__}: {exc})") from None
    if not isinstance(graph, nir.NIRGraph):
        raise NIRFileError(f"{path}: the file holds a single {type(graph).__name__} node, not a NIR graph")
    try:
        validate_for_io(graph, check)
    except SnncError as exc:
        raise type(exc)(f"{path}: {exc}") from None
    except Exception:  # what a corrupt file does to the checks is no bug: the checksum says what happened
        if intact:
            raise
    if not intact:  # after the checks above, which name what is wrong when they can
        raise NIRFileError(
            f"{path}: the file's arrays do not match the checksum snnc wrote into it (the file is corrupt); "
            "export or compile it again"
        )
    _drop_checksum(graph)
    return graph


def _has_scalar_arrays(node: object) -> bool:
    values = node.to_dict().values() if hasattr(node, "to_dict") else ()
    return any(isinstance(v, np.ndarray) and v.ndim == 0 for v in values) or any(
        _has_scalar_arrays(child) for child in getattr(node, "nodes", {}).values()
    )


def _seal(tmp: Path, meta: dict) -> None:
    """Record the checksum of what was just written in the file's graph metadata."""
    with h5py.File(tmp, "r+") as handle:
        root = handle["node"]
        group = root.require_group("metadata")
        for sealed in (False, True):  # as JSON first (it may have been written as a dict), then with its checksum
            values = {**meta, CHECKSUM: parameter_checksum(root)} if sealed else meta
            if KEY in group:
                del group[KEY]
            group.create_dataset(KEY, data=json.dumps(values, sort_keys=True), dtype=h5py.string_dtype())


def write_graph(graph: nir.NIRGraph, path: str | Path, check: bool = True) -> Path:
    """Write ``graph`` to ``path`` atomically: gzip-compressed NIR HDF5 (uncompressed when a node
    holds 0-d arrays, as Norse's ``to_nir`` writes: HDF5 cannot compress scalars).

    The graph is held to what ``read_graph`` demands first (``validate_for_io``), so snnc never
    writes a file it would refuse; nothing is written otherwise. The file records a checksum of its
    arrays (graph metadata ``checksum``), computed from the file itself, that ``read_graph`` verifies.
    """
    path = Path(path)
    try:
        validate_for_io(graph, check)
    except SnncError as exc:
        raise type(exc)(f"{path}: not written: {exc}") from None
    meta = read_snnc(graph)
    meta.pop(CHECKSUM, None)
    compression = None if _has_scalar_arrays(graph) else "gzip"

    def write(tmp: Path) -> None:
        nir.write(tmp, graph, compression=compression)
        _seal(tmp, meta)

    return atomic_write(path, write)
