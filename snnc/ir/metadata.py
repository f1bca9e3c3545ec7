"""snnc's facts that NIR cannot say, stored as one JSON string under ``metadata["snnc"]``.

A JSON string survives NIR's HDF5 round trip byte for byte, whereas nested dicts and
lists of strings do not reliably (DESIGN §2). This module is the only place that parses
or emits it.

Graph-level keys: ``dt`` (seconds per step), ``time_steps``, ``encoding``, ``decoding``,
``source`` (training method and config). Node-level keys: ``reset`` (``"zero"`` |
``"subtract"``) and later ``quant``.
"""

from __future__ import annotations

import json
from typing import Any

from snnc.errors import GraphError

KEY = "snnc"
RESETS = ("zero", "subtract")
ENCODINGS = ("direct", "binary", "poisson")
DECODINGS = ("spike_count", "membrane")
DEFAULT_DT = 1e-3


def read_snnc(obj: Any) -> dict[str, Any]:
    """The snnc metadata dict of a NIR graph or node (empty when absent)."""
    meta = getattr(obj, "metadata", None) or {}
    raw = meta.get(KEY)
    if raw is None:
        return {}
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8")
    if isinstance(raw, dict):  # written in memory by a caller that skipped this module
        return dict(raw)
    try:
        value = json.loads(str(raw))
    except json.JSONDecodeError as exc:
        raise GraphError(f"metadata['snnc'] is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise GraphError("metadata['snnc'] must be a JSON object")
    return value


def write_snnc(obj: Any, values: dict[str, Any]) -> None:
    """Replace the snnc metadata of a graph or node with ``values`` (as one JSON string)."""
    if getattr(obj, "metadata", None) is None:
        obj.metadata = {}
    obj.metadata[KEY] = json.dumps(values, sort_keys=True)


def update_snnc(obj: Any, **values: Any) -> None:
    """Merge ``values`` into the snnc metadata of a graph or node."""
    merged = read_snnc(obj)
    merged.update(values)
    write_snnc(obj, merged)


def node_reset(node: Any) -> str:
    """The reset mode of a neuron node; NIR's own meaning (``zero``) when unstated."""
    reset = read_snnc(node).get("reset", "zero")
    if reset not in RESETS:
        raise GraphError(f"reset must be one of {RESETS}, got {reset!r}")
    return reset
