"""Reading and writing NIR files, with every malformed input turned into a named error.

Writes are atomic: the graph goes to a temporary file beside the target and is renamed
over it, so a crash never leaves a half-written ``.nir`` file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import h5py
import nir
import numpy as np

from snnc.errors import GraphError, NIRFileError, SnncError
from snnc.ir.canonical import canonicalize_for_execution
from snnc.ir.graph import check_graph

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
                    # Edges into a nested graph may address "sub.node"; check the first part.
                    if end.split(".")[0] not in names:
                        raise GraphError(f"{path}: edge {src} -> {dst}: node '{end}' does not exist")


def read_graph(path: str | Path, check: bool = True) -> nir.NIRGraph:
    """Load a NIR file, raising NIRFileError/GraphError that name the file (and node).

    With ``check`` the graph must also be executable (known nodes, fitting shapes, finite values).
    """
    path = Path(path)
    if not path.exists():
        raise NIRFileError(f"{path}: no such file")
    if path.is_dir():
        raise NIRFileError(f"{path}: is a directory, not a NIR file")
    if not h5py.is_hdf5(path):
        raise NIRFileError(f"{path}: not a NIR file (not HDF5)")
    try:
        with h5py.File(path, "r") as handle:
            if "node" not in handle or not isinstance(handle["node"], h5py.Group):
                raise NIRFileError(f"{path}: HDF5 file without a NIR 'node' group (not a NIR file)")
            _check_structure(handle["node"], path)
        graph = nir.read(path, type_check=False)
    except SnncError:
        raise
    except Exception as exc:  # nir/h5py raise bare KeyError/ValueError/OSError on broken files
        raise NIRFileError(f"{path}: cannot read NIR graph ({type(exc).__name__}: {exc})") from None
    if not isinstance(graph, nir.NIRGraph):
        raise NIRFileError(f"{path}: the file holds a single {type(graph).__name__} node, not a NIR graph")
    if check:
        try:
            check_graph(canonicalize_for_execution(graph))
        except SnncError as exc:
            raise type(exc)(f"{path}: {exc}") from None
    return graph


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    if path.is_dir():
        raise NIRFileError(f"{path}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise NIRFileError(f"{path}: cannot write ({exc.strerror})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _has_scalar_arrays(node: object) -> bool:
    values = node.to_dict().values() if hasattr(node, "to_dict") else ()
    return any(isinstance(v, np.ndarray) and v.ndim == 0 for v in values) or any(
        _has_scalar_arrays(child) for child in getattr(node, "nodes", {}).values()
    )


def write_graph(graph: nir.NIRGraph, path: str | Path) -> Path:
    """Write ``graph`` to ``path`` atomically: gzip-compressed NIR HDF5 (uncompressed when a node
    holds 0-d arrays, as Norse's ``to_nir`` writes: HDF5 cannot compress scalars)."""
    compression = None if _has_scalar_arrays(graph) else "gzip"
    return atomic_write(path, lambda tmp: nir.write(tmp, graph, compression=compression))
