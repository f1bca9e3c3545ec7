"""The one typed schema of snnc's metadata: every key of ``metadata["snnc"]``, its type and its
range, checked in one place (``docs/semantics.md``, "Metadata"), with errors that name the key.

Each record is a frozen dataclass whose fields carry their check (``_spec``); :func:`parse` turns a
raw dict into the record or raises :class:`GraphError` naming the key at fault
(``metadata key 'quant.v_bits' must be ...``). Keys the schema does not know are left alone (a
later snnc, or another tool, may add some). :func:`validate_graph` checks a whole graph: the graph's
keys, every node's (nested graphs too), and the facts that tie them together: the stages name
existing nodes, a quantized graph's neurons carry the widths the integer executor needs, and its
weights fit the stated ``weight_bits``. ``read_graph`` runs it on every file read and
``write_graph`` on every file written, so snnc never writes what it would refuse to read.

The same checks bound command-line numbers (:func:`check_flag`), so ``-T 1e9`` is refused before
any work starts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from snnc.errors import ConfigError, GraphError
from snnc.ir.metadata import DECODINGS, ENCODINGS, MAX_TIME_STEPS, RESETS, read_snnc

Check = Callable[[Any, str], Any]  # (value, key) -> the value (normalized), or raise GraphError

# Ranges the passes produce (``snnc/ir/passes/quantize.py``) and the integer executor accepts.
WEIGHT_BITS = (2, 16)
INPUT_BITS = (1, 16)
NEURON_V_BITS = (4, 32)  # IF/LIF membranes: --v-bits 4..32, range analysis 8..32
MAX_BITS = 64  # any other width (a Threshold's, an accumulator's) fits int64
MAX_LEAK_F = 62  # the leak shift ``>> f`` on int64 membranes
MAX_LEAK_M = 1 << 16
EXACT_LIMIT = 2**52  # integer sums computed in float64 stay exact below this
MAX_STAGES = 10_000
CHECKSUM = re.compile(r"sha256:[0-9a-f]{64}")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(key: str, expected: str, value: Any) -> GraphError:
    return GraphError(f"metadata key '{key}' must be {expected}, got {_shown(value)}")


def _is_real(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def whole(low: int, high: int) -> Check:
    """A whole number in ``[low, high]`` (``8.0`` reads as ``8``)."""

    def check(value: Any, key: str) -> int:
        if not _is_real(value) or (isinstance(value, float) and not math.isfinite(value)) or value != int(value):
            raise _bad(key, f"a whole number between {low} and {high}", value)
        if not low <= value <= high:
            raise _bad(key, f"between {low} and {high}", value)
        return int(value)

    return check


def number(low: float | None = None, high: float | None = None, positive: bool = False) -> Check:
    """A finite real number (``> 0`` with ``positive``; within ``[low, high]`` when given)."""
    expected = "a finite number" + (" > 0" if positive else "")
    if low is not None and high is not None:
        expected += f" between {low:g} and {high:g}"

    def check(value: Any, key: str) -> float:
        if not _is_real(value) or not math.isfinite(float(value)):
            raise _bad(key, expected, value)
        if (positive and value <= 0) or (low is not None and value < low) or (high is not None and value > high):
            raise _bad(key, expected, value)
        return float(value)

    return check


def choice(values: tuple[str, ...]) -> Check:
    def check(value: Any, key: str) -> str:
        if not isinstance(value, str) or value not in values:
            raise _bad(key, "one of " + ", ".join(repr(v) for v in values), value)
        return value

    return check


def text(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise _bad(key, "a string", value)
    return value


def obj(value: Any, key: str) -> dict:
    if not isinstance(value, dict):
        raise _bad(key, "a JSON object", value)
    return value


def optional(inner: Check) -> Check:
    def check(value: Any, key: str) -> Any:
        return None if value is None else inner(value, key)

    return check


def list_of(inner: Check, most: int) -> Check:
    def check(value: Any, key: str) -> list:
        if not isinstance(value, list):
            raise _bad(key, "a list", value)
        if len(value) > most:
            raise _bad(key, f"a list of at most {most} items", f"{len(value)} items")
        return [inner(item, f"{key}[{index}]") for index, item in enumerate(value)]

    return check


def one_or_many(inner: Check, most: int = 1 << 20) -> Check:
    """A value, or a list of them (one per output channel)."""
    many = list_of(inner, most)

    def check(value: Any, key: str) -> Any:
        return many(value, key) if isinstance(value, list) else inner(value, key)

    return check


def matching(pattern: re.Pattern, expected: str) -> Check:
    def check(value: Any, key: str) -> str:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise _bad(key, expected, value)
        return value

    return check


def record(cls: type) -> Check:
    """A JSON object parsed into the dataclass ``cls``."""

    def check(value: Any, key: str) -> Any:
        return parse(cls, obj(value, key), key + ".")

    return check


def _spec(check: Check, required: bool = False) -> Any:
    return field(default=None, metadata={"check": check, "required": required})


def parse(cls: type, raw: dict, prefix: str = "") -> Any:
    """``raw`` as a ``cls`` record: every known key checked, a required one present; unknown keys ignored."""
    values = {}
    for spec in fields(cls):
        key = prefix + spec.name
        if spec.name not in raw or (raw[spec.name] is None and spec.metadata["required"]):
            if spec.metadata["required"]:
                raise GraphError(f"metadata key '{key}' is missing")
            continue
        values[spec.name] = spec.metadata["check"](raw[spec.name], key)
    return cls(**values)


# ----------------------------------------------------------------------------------------------
# The records (docs/semantics.md, "Metadata").


@dataclass(frozen=True)
class Source:
    method: str | None = _spec(optional(text))
    config: dict | None = _spec(optional(obj))


@dataclass(frozen=True)
class Stage:
    index: int = _spec(whole(0, MAX_STAGES), required=True)
    kind: str = _spec(choice(("synapse", "pool", "readout")), required=True)
    nodes: list[str] = _spec(list_of(text, 1_000_000), required=True)
    synapse: str | None = _spec(optional(text))
    neuron: str | None = _spec(optional(text))
    input: str = _spec(choice(("pixels", "spikes")), required=True)


@dataclass(frozen=True)
class GraphQuant:
    weight_bits: int = _spec(whole(*WEIGHT_BITS), required=True)
    input_bits: int = _spec(whole(*INPUT_BITS), required=True)
    weight_percentile: float | None = _spec(optional(number(50, 100)))


@dataclass(frozen=True)
class Interop:
    tool: str = _spec(choice(("norse", "snntorch")), required=True)
    dt: float | None = _spec(number(positive=True))


@dataclass(frozen=True)
class Binning:
    """How an event dataset becomes frames (``snnc.events``): Tonic's ``ToFrame`` with ``n_time_bins``
    (the recording cut into that many bins of equal time), or with ``time_window`` (microseconds per
    frame, the first ``frames`` kept, zero frames after the recording ends), after Tonic's
    ``Downsample(spatial_factor)``."""

    dataset: str | None = _spec(optional(text))
    n_time_bins: int | None = _spec(optional(whole(1, MAX_TIME_STEPS)))
    time_window: float | None = _spec(optional(number(positive=True)))
    frames: int | None = _spec(optional(whole(1, MAX_TIME_STEPS)))
    spatial_factor: float | None = _spec(optional(number(0, 1, positive=True)))


def _check_binning(binning: Binning | None) -> None:
    if binning is None:
        return
    if (binning.n_time_bins is None) == (binning.time_window is None):
        raise GraphError("metadata key 'binning' must state exactly one of 'n_time_bins' and 'time_window'")
    if binning.time_window is not None and binning.frames is None:
        raise GraphError("metadata key 'binning.frames' is missing (a time_window binning keeps that many frames)")


@dataclass(frozen=True)
class GraphMetadata:
    dt: float | None = _spec(number(positive=True))
    time_steps: int | None = _spec(whole(1, MAX_TIME_STEPS))
    encoding: str | None = _spec(choice(ENCODINGS))
    decoding: str | None = _spec(choice(DECODINGS))
    source: Source | None = _spec(record(Source))
    stages: list[Stage] | None = _spec(list_of(record(Stage), MAX_STAGES))
    quant: GraphQuant | None = _spec(record(GraphQuant))
    interop: Interop | None = _spec(record(Interop))
    checksum: str | None = _spec(matching(CHECKSUM, "'sha256:' and 64 hex digits"))
    binning: Binning | None = _spec(record(Binning))


def flag(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise _bad(key, "true or false", value)
    return value


@dataclass(frozen=True)
class QAT:
    """A synapse trained with quantization-aware training (``snnc.frontends.qat``): its weights
    ``W`` are ``bits``-bit integers times ``scale`` (one per output channel, or one for all), which
    ``quantize`` uses instead of scales of its own."""

    bits: int = _spec(whole(*WEIGHT_BITS), required=True)
    scale: float | list[float] = _spec(one_or_many(number(positive=True)), required=True)


@dataclass(frozen=True)
class NodeQuant:
    weight_bits: int | None = _spec(whole(*WEIGHT_BITS))
    scale: float | list[float] | None = _spec(one_or_many(number(positive=True)))
    unit: float | list[float] | None = _spec(one_or_many(number(positive=True)))
    input: str | None = _spec(choice(("pixels", "spikes")))
    acc_bits: int | None = _spec(whole(2, MAX_BITS))
    v_bits: int | None = _spec(whole(2, MAX_BITS))
    leak_m: int | None = _spec(whole(1, MAX_LEAK_M))
    leak_f: int | None = _spec(whole(0, MAX_LEAK_F))
    role: str | None = _spec(choice(("input",)))
    input_bits: int | None = _spec(whole(*INPUT_BITS))
    kind: str | None = _spec(choice(("pool",)))
    qat: bool | None = _spec(flag)  # the weight bits and scale are the ones trained (node metadata 'qat')


@dataclass(frozen=True)
class NodeMetadata:
    reset: str | None = _spec(choice(RESETS))
    v_init: float | list[float] | None = _spec(one_or_many(number()))
    qat: QAT | None = _spec(record(QAT))
    stage: int | None = _spec(whole(0, MAX_STAGES))
    quant: NodeQuant | None = _spec(record(NodeQuant))


def graph_metadata(graph: Any) -> GraphMetadata:
    """The graph's snnc metadata as a checked record."""
    return parse(GraphMetadata, read_snnc(graph))


def node_metadata(node: Any) -> NodeMetadata:
    """A node's snnc metadata as a checked record."""
    return parse(NodeMetadata, read_snnc(node))


# ----------------------------------------------------------------------------------------------
# The whole graph.


def _named(name: str, error: GraphError) -> GraphError:
    return type(error)(f"node '{name}': {error}")


def _check_stages(meta: GraphMetadata, nodes: dict[str, Any]) -> None:
    for position, stage in enumerate(meta.stages or ()):
        key = f"metadata key 'stages[{position}]'"
        for name in [*stage.nodes, stage.synapse, stage.neuron]:
            if name is not None and name not in nodes:
                raise GraphError(f"{key} names node '{name}', which does not exist")
        for role in ("synapse", "neuron"):
            name = getattr(stage, role)
            if name is not None and name not in stage.nodes:
                raise GraphError(f"{key}: its {role} '{name}' is not one of its nodes")


def _check_quantized_node(name: str, node: Any, quant: NodeQuant | None, graph_quant: GraphQuant) -> None:
    """What the integer executor needs of a node of a quantized graph, and the ranges it computes in."""
    import nir

    kind = type(node).__name__
    if isinstance(node, nir.IF | nir.LIF):
        needed = ("v_bits", "leak_m", "leak_f") if isinstance(node, nir.LIF) else ("v_bits",)
        for key in needed:
            if quant is None or getattr(quant, key) is None:
                raise GraphError(f"node '{name}': a quantized {kind} needs metadata key 'quant.{key}'")
        low, high = NEURON_V_BITS
        if not low <= quant.v_bits <= high:
            raise GraphError(f"node '{name}': metadata key 'quant.v_bits' must be between {low} and {high} for {kind}")
        if isinstance(node, nir.LIF) and quant.leak_m > 1 << quant.leak_f:
            raise GraphError(f"node '{name}': the leak quant.leak_m / 2^quant.leak_f exceeds 1 (unstable)")
    if isinstance(node, nir.Affine | nir.Linear | nir.Conv2d):
        bits = quant.weight_bits if quant is not None and quant.weight_bits is not None else graph_quant.weight_bits
        limit = (1 << (bits - 1)) - 1
        weight = np.asarray(node.weight)
        if weight.dtype.kind in "biuf" and weight.size:
            finite = np.isfinite(weight)
            if not finite.all() or np.any(weight != np.round(weight)):
                raise GraphError(f"node '{name}': weights of a quantized graph must be integers")
            if np.abs(weight).max() > limit:
                raise GraphError(
                    f"node '{name}': weight {np.abs(weight).max():.0f} exceeds the signed {bits}-bit range "
                    f"(|w| <= {limit}) of metadata key 'quant.weight_bits'"
                )
    for attr in ("bias", "v_threshold", "v_reset", "v_leak", "threshold"):
        value = getattr(node, attr, None)
        if isinstance(node, nir.LI) or value is None:
            continue
        array = np.asarray(value)
        if array.dtype.kind in "biuf" and array.size and np.all(np.isfinite(array)):
            if np.abs(array).max() >= EXACT_LIMIT:
                raise GraphError(f"node '{name}': {attr} of a quantized graph must stay below 2^52 in magnitude")


def _check_qat(name: str, node: Any, qat: QAT) -> None:
    """A ``qat`` record belongs to a synapse and gives one scale, or one per output channel."""
    weight = getattr(node, "weight", None)
    if weight is None:
        raise GraphError(f"node '{name}': metadata key 'qat' is for synapses (nodes with weights)")
    count = len(qat.scale) if isinstance(qat.scale, list) else 1
    channels = np.shape(weight)[0] if np.ndim(weight) else 1
    if count not in (1, channels):
        raise GraphError(f"node '{name}': metadata key 'qat.scale' lists {count} scales for {channels} output channels")


def _check_nodes(graph: Any, graph_quant: GraphQuant | None, prefix: str) -> None:
    import nir

    for child, node in graph.nodes.items():
        name = f"{prefix}{child}"
        try:
            meta = node_metadata(node)
        except GraphError as exc:
            raise _named(name, exc) from None
        quant = meta.quant
        if meta.qat is not None:
            _check_qat(name, node, meta.qat)
        if quant is not None and quant.role == "input" and quant.input_bits is None:
            raise GraphError(f"node '{name}': the input quantizer needs metadata key 'quant.input_bits'")
        if isinstance(node, nir.NIRGraph):
            validate_graph(node, f"{name}.", graph_quant)
        elif graph_quant is not None:
            _check_quantized_node(name, node, quant, graph_quant)


def validate_graph(graph: Any, prefix: str = "", inherited: GraphQuant | None = None) -> GraphMetadata:
    """Check every snnc metadata key of ``graph`` and its nodes (and nested graphs); returns the
    graph's record. Raises GraphError naming the node and the key."""
    try:
        meta = graph_metadata(graph)
    except GraphError as exc:
        if prefix:
            raise _named(prefix[:-1], exc) from None
        raise
    except RecursionError:
        raise GraphError("metadata['snnc'] is nested too deeply") from None
    nodes = getattr(graph, "nodes", {}) or {}
    _check_binning(meta.binning)
    _check_stages(meta, nodes)
    _check_nodes(graph, meta.quant or inherited, prefix)
    return meta


# ----------------------------------------------------------------------------------------------
# Command-line numbers, bounded before any work starts.

# flag -> (low, high): the ranges the library accepts.
FLAG_RANGES: dict[str, tuple[float, float]] = {
    "-T/--time-steps": (1, MAX_TIME_STEPS),
    "--weight-bits": WEIGHT_BITS,
    "--v-bits": NEURON_V_BITS,
    "--input-bits": INPUT_BITS,
    "--calibration-images": (1, 100_000),
    "--limit": (1, 10_000_000),
    "--batch-size": (1, 65_536),
    "--lanes": (1, 4096),
    "--weight-percentile": (50, 100),
    "--dt": (0, 1e6),
    "--clock-mhz": (1, 1000),
    "--baud": (300, 12_000_000),
    "--timeout": (0.01, 3600),
}


def check_flag(flag: str, value: Any, whole_number: bool = True) -> Any:
    """``value`` of ``flag`` (None: not given) within ``FLAG_RANGES[flag]``, or ConfigError naming it."""
    if value is None:
        return None
    low, high = FLAG_RANGES[flag]
    if whole_number:
        ok = _is_real(value) and math.isfinite(float(value)) and value == int(value) and low <= value <= high
        if not ok:
            raise ConfigError(f"{flag} must be a whole number between {low} and {high}, got {_shown(value)}")
        return int(value)
    if flag == "--dt":
        if not _is_real(value) or not math.isfinite(float(value)) or not 0 < value <= high:
            raise ConfigError(f"--dt must be a finite number of seconds > 0 (at most {high:g}), got {_shown(value)}")
        return float(value)
    if not _is_real(value) or not math.isfinite(float(value)) or not low <= value <= high:
        raise ConfigError(f"{flag} must be between {low:g} and {high:g}, got {_shown(value)}")
    return float(value)
