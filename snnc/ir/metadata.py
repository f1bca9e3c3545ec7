"""snnc's facts that NIR cannot say, stored as one JSON string under ``metadata["snnc"]``.

A JSON string survives NIR's HDF5 round trip byte for byte, whereas nested dicts and
lists of strings do not reliably (``docs/semantics.md``, "Metadata"). This module is the only
place that parses or emits it, and the one home of the defaults it fills in.

Graph-level keys: ``dt`` (seconds per step), ``time_steps``, ``encoding``, ``decoding``,
``source`` (training method and config), and from the passes ``stages`` (fuse), ``quant``
(quantize) and ``interop`` (``snnc export --for``), ``binning`` (how an event dataset became the
per-step ``frames`` the graph was trained on, ``snnc.events``), and in files ``checksum`` (``write_graph``).
Node-level keys: ``reset`` (``"zero"`` | ``"subtract"``), ``v_init`` (the membrane at each sample's
first step), ``qat`` (a synapse's weights as trained by quantization-aware training: ``bits`` and
one ``scale`` per output channel, ``W / scale`` being the trained integers), ``stage`` and ``quant``.
``docs/semantics.md``, "Metadata", gives each key's type and meaning; ``snnc.ir.schema`` checks them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy loads inside the functions: the CLI's --help imports this module, and must start fast
    import numpy as np

from snnc.errors import GraphError

KEY = "snnc"
RESETS = ("zero", "subtract")
ENCODINGS = ("direct", "binary", "poisson", "frames")  # frames: the input of every step is given ([N, T, ...])
DECODINGS = ("spike_count", "membrane")
DEFAULT_DT = 1e-3
MAX_TIME_STEPS = 100_000
DEFAULT_ENCODING = ENCODINGS[0]  # what a graph that does not state its encoding receives: pixels as currents


def read_snnc(obj: Any) -> dict[str, Any]:
    """The snnc metadata dict of a NIR graph or node (empty when absent)."""
    meta = getattr(obj, "metadata", None) or {}
    raw = meta.get(KEY)
    if raw is None:
        return {}
    if isinstance(raw, dict):  # written in memory by a caller that skipped this module
        return dict(raw)
    try:
        value = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else str(raw))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GraphError(f"metadata['snnc'] is not valid JSON: {exc}") from None
    except RecursionError:
        raise GraphError("metadata['snnc'] is not valid JSON: nested too deeply") from None
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


def graph_encoding(graph: Any) -> str:
    """The input encoding the graph states (``DEFAULT_ENCODING`` when it states none)."""
    encoding = read_snnc(graph).get("encoding", DEFAULT_ENCODING)
    if encoding not in ENCODINGS:
        raise GraphError(f"metadata encoding must be one of {', '.join(ENCODINGS)}, got {encoding!r}")
    return encoding


def graph_time_steps(graph: Any, override: int | None = None) -> int:
    """The time steps to run: ``override`` (a ``-T`` flag) when given, else the graph's own
    ``time_steps``. A graph that states none needs the flag: no pass guesses T."""
    steps = override if override is not None else read_snnc(graph).get("time_steps")
    if steps is None:
        raise GraphError("-T/--time-steps: the graph does not state its time steps; pass -T N")
    if isinstance(steps, bool) or not isinstance(steps, int | float) or steps != int(steps):
        raise GraphError(f"-T/--time-steps must be a whole number, got {steps!r}")
    if not 1 <= steps <= MAX_TIME_STEPS:
        raise GraphError(f"-T/--time-steps must be between 1 and {MAX_TIME_STEPS}, got {int(steps)}")
    return int(steps)


def graph_binning(graph: Any) -> dict[str, Any] | None:
    """How the graph's training binned its event dataset into frames (``binning``), if it states it."""
    binning = read_snnc(graph).get("binning")
    if binning is not None and not isinstance(binning, dict):
        raise GraphError(f"metadata key 'binning' must be a JSON object, got {binning!r}")
    return binning


def recorded_dataset(graph: Any) -> str | None:
    """The dataset the graph's training recorded (``source.config.dataset``), if any."""
    source = read_snnc(graph).get("source")
    config = source.get("config") if isinstance(source, dict) else None
    dataset = config.get("dataset") if isinstance(config, dict) else None
    return dataset if isinstance(dataset, str) and dataset else None


def node_reset(node: Any) -> str:
    """The reset mode of a neuron node; NIR's own meaning (``zero``) when unstated."""
    reset = read_snnc(node).get("reset", "zero")
    if reset not in RESETS:
        raise GraphError(f"reset must be one of {RESETS}, got {reset!r}")
    return reset


def node_v_init(node: Any, shape: tuple[int, ...]) -> np.ndarray:
    """The initial membrane ``v(0)`` of a neuron node (same units as ``v_threshold``), broadcast to
    ``shape`` (the node's neuron shape, channels first): metadata ``v_init`` is one number for every
    neuron or a list of one number per output channel; unstated, ``v(0) = 0`` (NIR's meaning).
    Every neuron starts each sample at it, before the first step's update."""
    import numpy as np

    value = read_snnc(node).get("v_init", 0.0)
    array = np.asarray(value, dtype=np.float64)
    if array.ndim > 1 or not np.all(np.isfinite(array)):
        raise GraphError(f"v_init must be a finite number or a list of one per channel, got {value!r}")
    if array.ndim == 1:
        if not shape or array.shape[0] != shape[0]:
            raise GraphError(f"v_init lists {array.shape[0]} values for neurons of shape {list(shape)}")
        array = array.reshape((-1,) + (1,) * (len(shape) - 1))
    return np.broadcast_to(array, shape).copy()


def fill_unstated(
    graph: Any, dt: float | None = None, reset: str | None = None, encoding: str | None = None, echo: Any = print
) -> Any:
    """State what a (foreign) NIR file cannot say, in place: ``dt``, the reset of its spiking
    neurons and the input encoding. An explicit value wins over the file; a value the file lacks
    and no flag gives takes the default (1 ms, NIR's reset to ``v_reset``, direct), announced
    through ``echo``, never silently."""
    meta = read_snnc(graph)
    if dt is not None:
        if dt <= 0:
            raise GraphError(f"--dt must be a positive number of seconds, got {dt}")
        meta["dt"] = dt
    elif "dt" not in meta:
        echo(f"note: the graph does not state its time step; using --dt {DEFAULT_DT} (default)")
        meta["dt"] = DEFAULT_DT
    if encoding is not None:
        if encoding not in ENCODINGS:
            raise GraphError(f"--encoding must be one of {', '.join(ENCODINGS)}, got {encoding!r}")
        meta["encoding"] = encoding
    elif "encoding" not in meta:
        echo(f"note: the graph does not state its input encoding; using --encoding {DEFAULT_ENCODING} (default)")
        meta["encoding"] = DEFAULT_ENCODING
    write_snnc(graph, meta)
    if reset is not None and reset not in RESETS:
        raise GraphError(f"--reset must be one of {', '.join(RESETS)}, got {reset!r}")
    unstated = []
    for name, node in _spiking_neurons(graph):
        if reset is not None:
            update_snnc(node, reset=reset)
        elif "reset" not in read_snnc(node):
            unstated.append(name)
    if unstated:  # every one named: the user must be able to tell which neurons got the default
        echo(
            f"note: {len(unstated)} neuron node(s) ({', '.join(unstated)}) do not state their reset; using "
            "--reset zero (NIR's reset to v_reset)"
        )
    return graph


def _spiking_neurons(graph: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """The neurons with a reset, nested graphs included (named ``sub.node``, as inlining names
    them): a flag that skipped those would leave part of the network on the default, silently."""
    found = []
    for name, node in getattr(graph, "nodes", {}).items():
        if type(node).__name__ == "NIRGraph":
            found += _spiking_neurons(node, f"{prefix}{name}.")
        elif type(node).__name__ in ("IF", "LIF", "CubaLIF"):
            found.append((f"{prefix}{name}", node))
    return found


def node_qat(node: Any) -> tuple[int, np.ndarray] | None:
    """A synapse's quantization-aware-training record ``qat``: (bits, one scale per output channel,
    float64), or None when its weights were not trained quantized. ``W / scale`` (the scale broadcast
    over each output channel's weights) are the trained signed ``bits``-bit integers."""
    import numpy as np

    qat = read_snnc(node).get("qat")
    if qat is None:
        return None
    if not isinstance(qat, dict) or "bits" not in qat or "scale" not in qat:
        raise GraphError(f"metadata key 'qat' must be an object with 'bits' and 'scale', got {qat!r}")
    scales = np.atleast_1d(np.asarray(qat["scale"], dtype=np.float64))
    channels = np.shape(getattr(node, "weight", scales))[0]
    if scales.ndim != 1 or scales.shape[0] not in (1, channels) or not np.all(np.isfinite(scales) & (scales > 0)):
        raise GraphError(f"metadata key 'qat.scale' must be one positive number per output channel ({channels})")
    return int(qat["bits"]), np.broadcast_to(scales, (channels,)).copy()


def rescale_qat(node: Any, factors: Any) -> None:
    """After a pass multiplied ``node``'s weights by ``factors`` (one number, or one per output
    channel), its ``qat`` scales follow (``|f_c| s_c``, so ``W / s`` stays the trained integers up to
    sign), in place; a zero factor leaves the scale (the weights are zeros). Nothing without ``qat``."""
    import numpy as np

    trained = node_qat(node)
    if trained is None:
        return
    bits, scales = trained
    scaled = np.abs(np.broadcast_to(np.asarray(factors, dtype=np.float64), scales.shape)) * scales
    update_snnc(node, qat={"bits": bits, "scale": [float(v) for v in np.where(scaled > 0, scaled, scales)]})
