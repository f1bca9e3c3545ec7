"""``quantize``: each stage to integers, as a plain NIR graph with integer values
(``docs/semantics.md``, "Quantization"; the integers' meaning: "Integer neurons").

Per synapse stage with weights ``W`` (after canonicalize, so ``r = 1``):

- weight scale ``s = max|W| / (2^(b-1) - 1)`` (or the given percentile of ``|W|``, clipping the
  rest), ``W_int = clip(round(W / s))`` in signed ``b`` bits; with ``per_channel`` one scale per
  output channel (every per-neuron quantity below then uses its channel's unit: exact, since a
  neuron's dynamics are linear in its membrane units, and free in hardware); where the stage's
  threshold is one number per scale, ``s`` is then raised to the nearest scale whose unit divides it
  (:func:`threshold_aligned_scale`), so integer thresholds carry no rounding error;
- the membrane unit is ``u = s`` for spike inputs and ``u = s / (2^input_bits - 1)`` for the
  direct-encoded first stage, whose pixels are quantized to ``input_bits`` by a ``Scale`` node
  inserted after the Input (its value ``2^input_bits - 1`` keeps the graph readable as floats);
- bias, ``v_threshold``, ``v_reset``, ``v_leak`` and metadata ``v_init`` become ``round(value / u)``;
- LIF leak ``dt / tau`` becomes ``m / 2^f`` (``m = 1``, ``f = k`` when ``dt / tau = 2^-k``;
  otherwise ``f = 16``); the stored ``tau`` is ``dt 2^f / m``;
- the membrane width comes from range analysis: with ``I+`` / ``I-`` the largest positive /
  negative input a neuron can receive in one step, a membrane stays within
  ``[-(L + D I-), max(|v_threshold|, |v_init|) + I+]`` where ``L`` is the largest of the reset, threshold, initial and
  leak levels and ``D`` the steps it can drift down (T for IF; ``min(T, 2^f / m)`` for LIF, whose
  leak bounds the fall), so ``v_bits`` (at least 8) never saturates within T steps for any input,
  unless that range needs more than 32 bits or ``--v-bits`` is narrower: then membranes saturate,
  and calibration data measures how often. A readout stage's accumulator holds ``T max(I+, I-)``.

QAT-trained synapses (node metadata ``qat = {bits, scale}``, written by ``train --qat-bits``,
``snnc.frontends.qat``) keep what was trained: ``b = qat.bits`` and ``s = qat.scale`` (one per output
channel), so ``W_int = round(W / s)`` are exactly the integers the network was trained with (weights
that are not such integers times ``s`` are refused). They win over ``--weight-bits`` (a single width
or that stage's entry of a list, which must still name every synapse stage), ``--weight-percentile``
and ``--per-channel`` for that stage; ``snnc compile`` says so. Threshold alignment is skipped there
(raising ``s`` would change the trained integers): the unit stays ``u = s / factor`` and the
threshold, reset, bias, leak level and ``v_init`` are rounded to it like every other level, an
error of at most ``u / 2`` each, small beside the threshold (``theta / u >= 2^(b-1) - 1`` for
thresholds at least as large as the largest weight, the usual case). Their ``quant`` records
``qat: true``.

Pool stages (``SumPool2d -> Threshold``) count spikes: their threshold becomes ``floor(t)``.
Node metadata gets ``quant`` (weight_bits, scale, unit, v_bits, leak_m, leak_f, ...); the graph
gets ``quant`` with the global settings. With calibration images the pass runs the integer
graph and reports, per stage, how often membranes sit at a saturation bound.
"""

from __future__ import annotations

import copy
import math
from typing import Any, NamedTuple

import nir
import numpy as np
import torch

from snnc.errors import ConfigError, GraphError, UnsupportedNodeError
from snnc.ir.graph import pair, with_synapse_weights
from snnc.ir.metadata import graph_encoding, graph_time_steps, node_qat, node_v_init, read_snnc, update_snnc
from snnc.ir.passes import PassContext, register
from snnc.ir.passes.fuse import stages_of
from snnc.ir.reference import graph_dt

LEAK_FRACTION_BITS = 16
MAX_LEAK_F = 62  # the leak shift ``>> f`` on int64 membranes (snnc.ir.schema.MAX_LEAK_F)
MIN_V_BITS, MAX_V_BITS = 8, 32
EXACT_LIMIT = 2**52  # integer sums computed in float64 stay exact below this
QAT_TOLERANCE = 1e-3  # |W / s - round(W / s)| a QAT-trained synapse may show (float32 training: ~1e-7)


def signed_bits(magnitude: float) -> int:
    """Bits of a signed integer holding [-magnitude, magnitude]."""
    return int(math.ceil(math.log2(max(magnitude, 1) + 1))) + 1


def leak_parameters(dt_over_tau: float) -> tuple[int, int]:
    """(m, f) with m / 2^f ~ dt / tau: exact powers of two become plain shifts."""
    if not 0 < dt_over_tau <= 1:
        raise ConfigError(f"dt/tau = {dt_over_tau} is outside (0, 1]: the Euler step is unstable")
    exponent = -math.log2(dt_over_tau)
    if exponent > MAX_LEAK_F:
        raise ConfigError(f"dt/tau = {dt_over_tau:g} is below 2^-{MAX_LEAK_F}: too slow a leak for integer membranes")
    if exponent == round(exponent):
        return 1, int(round(exponent))
    return max(1, round(dt_over_tau * (1 << LEAK_FRACTION_BITS))), LEAK_FRACTION_BITS


def weight_scale(weight: np.ndarray, bits: int, percentile: float | None, per_channel: bool = False):
    """One scale for the stage (a float), or one per output channel (an array) with ``per_channel``."""
    if per_channel:
        return np.array([weight_scale(row, bits, percentile) for row in weight.reshape(weight.shape[0], -1)])
    magnitude = np.abs(weight)
    top = float(np.percentile(magnitude, percentile)) if percentile is not None else float(magnitude.max())
    return top / ((1 << (bits - 1)) - 1) if top > 0 else 1.0


def threshold_aligned_scale(scale: float | np.ndarray, factor: int, threshold: np.ndarray | None) -> float | np.ndarray:
    """The weight scale ``s' >= s`` whose membrane unit ``u' = s' / factor`` divides the threshold
    ``theta`` exactly: ``u' = theta / K`` with ``K = floor(theta / u)`` (``u = s / factor``). Then the
    integer threshold is ``theta / u' = K`` with no rounding error, so a membrane that crosses the
    float threshold by a clear margin crosses the integer one too (the threshold error would otherwise
    add up over every spike's subtraction); the weights still fit (``|W| / s' <= |W| / s``). Applies
    where the threshold is one number per scale (the layer's, or each channel's with per-channel
    scales) and at least one unit; elsewhere ``scale`` is returned unchanged."""
    if threshold is None:
        return scale
    rows = np.asarray(threshold, dtype=np.float64).reshape(np.shape(threshold)[0] if np.ndim(threshold) else 1, -1)
    per_scale = rows[:, 0] if isinstance(scale, np.ndarray) else rows.reshape(1, -1)[:, 0]
    if isinstance(scale, np.ndarray):
        if rows.shape[0] != scale.shape[0] or not np.all(rows == rows[:, :1]):
            return scale
    elif not np.all(rows == per_scale[0]):
        return scale
    unit = np.asarray(scale, dtype=np.float64) / factor
    steps = np.floor(per_scale / unit)
    aligned = np.where((per_scale > 0) & (steps >= 1), per_scale / np.maximum(steps, 1) * factor, scale)
    return aligned if isinstance(scale, np.ndarray) else float(aligned[0])


def _per_output(value, ndim: int):
    """A per-channel array shaped to broadcast over an array whose first axis is the channel."""
    return value.reshape(-1, *([1] * (ndim - 1))) if isinstance(value, np.ndarray) else value


def _json(value):
    return value.tolist() if isinstance(value, np.ndarray) else value


def _input_limit(graph: nir.NIRGraph, stage: dict[str, Any], input_levels: int) -> int:
    """The largest value one input element of the stage's synapse can take."""
    limit = input_levels if stage["input"] == "pixels" else 1
    for name in stage["nodes"]:
        node = graph.nodes[name]
        if isinstance(node, nir.SumPool2d):
            kh, kw = pair(node.kernel_size, "kernel_size", name)
            limit *= kh * kw
        if name == stage["synapse"]:
            break
    return limit


def _current_range(weight: np.ndarray, bias: np.ndarray, in_max: int) -> tuple[float, float]:
    """Largest positive and negative input current one neuron can receive in a step."""
    per_output = weight.reshape(weight.shape[0], -1)
    positive = np.clip(per_output, 0, None).sum(1) * in_max + np.clip(bias, 0, None)
    negative = np.clip(per_output, None, 0).sum(1) * in_max + np.clip(bias, None, 0)
    return float(positive.max()), float(-negative.min())


def _integer(value: np.ndarray) -> np.ndarray:
    return np.round(value).astype(np.float64)


class _Setting(NamedTuple):
    """What quantizing any stage needs besides the stage: the options and the graph's timing."""

    ctx: PassContext
    dt: float
    time_steps: int
    input_levels: int  # the largest quantized pixel, 2^input_bits - 1
    weight_bits: dict[int, int]  # stage index -> signed weight bits of its synapse


class _Synapse(NamedTuple):
    """A stage's synapse in integers, and the current range its neuron or accumulator is sized for."""

    name: str
    node: nir.NIRNode  # the float synapse
    bits: int  # signed weight bits
    weight: np.ndarray  # W_int (integer values)
    bias: np.ndarray  # round(b / u)
    scale: float | np.ndarray  # the weight scale s (one per output channel with per_channel)
    unit: float | np.ndarray  # the membrane unit u
    i_pos: float  # the largest positive input current one neuron can receive in a step
    i_neg: float  # the largest negative one (as a magnitude)
    qat: bool = False  # bits and scale are the ones trained (node metadata 'qat')


def _check_options(ctx: PassContext) -> None:
    """Refuse widths the integer datapath does not support."""
    for bits in ctx.stage_weight_bits or (ctx.weight_bits,):
        if not 2 <= bits <= 16:
            raise ConfigError(f"--weight-bits must be between 2 and 16, got {bits}")
    if ctx.v_bits is not None and not 4 <= ctx.v_bits <= MAX_V_BITS:
        raise ConfigError(f"--v-bits must be between 4 and {MAX_V_BITS}, got {ctx.v_bits}")
    if not 1 <= ctx.input_bits <= 16:
        raise ConfigError(f"--input-bits must be between 1 and 16, got {ctx.input_bits}")


def _integer_synapse(graph: nir.NIRGraph, stage: dict[str, Any], setting: _Setting) -> _Synapse:
    """The stage's weights as signed ``weight_bits`` integers, its bias in membrane units, and the
    range of currents they drive (refused when integer sums over T steps could lose exactness)."""
    ctx = setting.ctx
    name = stage["synapse"]
    synapse = graph.nodes[name]
    weight = np.asarray(synapse.weight, dtype=np.float64)
    bias = np.broadcast_to(np.asarray(synapse.bias, dtype=np.float64), (weight.shape[0],))
    factor = setting.input_levels if stage["input"] == "pixels" else 1
    trained = node_qat(synapse)
    if trained is not None:  # QAT: the trained bits and scales, exactly (no threshold alignment)
        bits, scale = trained
        weight_int = trained_integers(name, weight, bits, scale)
    else:
        bits = setting.weight_bits[stage["index"]]
        qmax = (1 << (bits - 1)) - 1
        neuron = graph.nodes[stage["neuron"]] if stage.get("neuron") else None
        threshold = np.asarray(neuron.v_threshold, dtype=np.float64) if hasattr(neuron, "v_threshold") else None
        scale = weight_scale(weight, bits, ctx.weight_percentile, ctx.per_channel)
        scale = threshold_aligned_scale(scale, factor, threshold)
        weight_int = np.clip(_integer(weight / _per_output(scale, weight.ndim)), -qmax, qmax)
    unit = scale / factor
    bias_int = _integer(bias / unit)
    in_max = _input_limit(graph, stage, setting.input_levels)
    i_pos, i_neg = _current_range(weight_int, bias_int, in_max)
    if max(i_pos, i_neg) * max(setting.time_steps, 1) >= EXACT_LIMIT:
        raise GraphError(f"node '{name}': integer currents would exceed 2^52; use fewer weight bits")
    return _Synapse(name, synapse, bits, weight_int, bias_int, scale, unit, i_pos, i_neg, trained is not None)


def trained_integers(name: str, weight: np.ndarray, bits: int, scale: np.ndarray) -> np.ndarray:
    """``round(W / s)`` of a QAT-trained synapse (``s`` one per output channel): the trained signed
    ``bits``-bit integers. Weights that are not integers times their scales (beyond float rounding:
    edited after training, or rescaled by a tool that left ``qat`` as it was) are refused."""
    ratio = weight / _per_output(scale, weight.ndim)
    weight_int = _integer(ratio)
    limit = (1 << (bits - 1)) - 1
    if ratio.size and (np.abs(ratio - weight_int).max() > QAT_TOLERANCE or np.abs(weight_int).max() > limit):
        raise GraphError(
            f"node '{name}': its weights are not the {bits}-bit integers times the scales of its metadata "
            "'qat' (changed after training?)"
        )
    return weight_int


def _synapse_node(synapse: _Synapse, stage: dict[str, Any], ctx: PassContext, **quant: Any) -> nir.NIRNode:
    """The integer synapse node; its ``quant`` metadata records the scale and unit (and ``quant``)."""
    new = with_synapse_weights(synapse.node, synapse.weight, synapse.bias)
    update_snnc(
        new,
        quant={
            "weight_bits": synapse.bits,
            "scale": _json(synapse.scale),
            "unit": _json(synapse.unit),
            **quant,
            "input": stage["input"],
            **({"qat": True} if synapse.qat else {}),
        },
    )
    return new


def _synapse_summary(stage: dict[str, Any], synapse: _Synapse, ctx: PassContext) -> dict[str, Any]:
    return {
        "stage": stage["index"],
        "kind": stage["kind"],
        "nodes": stage["nodes"],
        "weight_bits": synapse.bits,
        "scale": _json(synapse.scale),
        "unit": _json(synapse.unit),
        "max_current": max(synapse.i_pos, synapse.i_neg),
        **({"qat": True} if synapse.qat else {}),
    }


def quantize_pool_stage(graph: nir.NIRGraph, stage: dict[str, Any]) -> tuple[dict[str, nir.NIRNode], dict[str, Any]]:
    """A pool stage (``SumPool2d -> Threshold``) counts spikes: its threshold becomes ``floor(t)``.
    Returns the replaced nodes and the stage's summary."""
    name = stage["neuron"]
    node = graph.nodes[name]
    new = nir.Threshold(
        threshold=np.floor(np.asarray(node.threshold, dtype=np.float64)), metadata=copy.deepcopy(node.metadata)
    )
    update_snnc(new, quant={"kind": "pool"})
    return {name: new}, {"stage": stage["index"], "kind": "pool", "nodes": stage["nodes"]}


def quantize_readout_stage(
    graph: nir.NIRGraph, stage: dict[str, Any], setting: _Setting
) -> tuple[dict[str, nir.NIRNode], dict[str, Any]]:
    """A readout stage: its synapse in integers, with an accumulator of ``T max(I+, I-)``."""
    synapse = _integer_synapse(graph, stage, setting)
    summary = _synapse_summary(stage, synapse, setting.ctx)
    acc_bits = signed_bits(setting.time_steps * max(synapse.i_pos, synapse.i_neg))
    summary["acc_bits"] = acc_bits
    return {synapse.name: _synapse_node(synapse, stage, setting.ctx, acc_bits=acc_bits)}, summary


def _threshold_neuron(neuron: nir.Threshold, synapse: _Synapse) -> nir.Threshold:
    """A Threshold after a synapse: its threshold in membrane units, as wide as one step's current."""
    threshold_int = _integer(
        np.asarray(neuron.threshold, dtype=np.float64) / _per_output(synapse.unit, np.ndim(neuron.threshold))
    )
    new_neuron = nir.Threshold(threshold=threshold_int, metadata=copy.deepcopy(neuron.metadata))
    v_bits = signed_bits(max(synapse.i_pos, synapse.i_neg))
    update_snnc(new_neuron, quant={"v_bits": v_bits, "unit": _json(synapse.unit)})
    return new_neuron


def _membrane_neuron(
    name: str, neuron: nir.NIRNode, synapse: _Synapse, setting: _Setting
) -> tuple[nir.NIRNode, dict[str, Any]]:
    """An IF or LIF neuron in membrane units: integer levels, the leak as ``m / 2^f`` and a membrane
    width from range analysis (see the module doc). Returns the node and its ``quant`` metadata."""
    unit, time_steps = synapse.unit, setting.time_steps
    neuron_unit = _per_output(unit, len(np.shape(neuron.v_threshold))) if hasattr(neuron, "v_threshold") else unit
    if not np.all(np.asarray(neuron.r) == 1):
        raise UnsupportedNodeError(f"node '{name}': r != 1 could not be folded into its synapse")
    threshold_int = _integer(np.asarray(neuron.v_threshold, dtype=np.float64) / neuron_unit)
    reset_int = _integer(np.asarray(neuron.v_reset, dtype=np.float64) / neuron_unit)
    init_int = _integer(node_v_init(neuron, np.shape(threshold_int)) / neuron_unit)
    quant: dict[str, Any] = {"unit": _json(unit)}
    # Below the threshold a membrane can only fall: by at most I- per step for T steps (IF), or
    # to v_leak - I- * tau/dt (LIF, the geometric sum of its leak).
    drift_steps = time_steps
    leak_level = 0.0
    if isinstance(neuron, nir.LIF):
        ratios = setting.dt / np.asarray(neuron.tau, dtype=np.float64)
        if not np.all(ratios == ratios.reshape(-1)[0]):
            raise UnsupportedNodeError(f"node '{name}': one time constant per layer is required")
        leak_m, leak_f = leak_parameters(float(ratios.reshape(-1)[0]))
        leak_int = _integer(np.asarray(neuron.v_leak, dtype=np.float64) / neuron_unit)
        leak_level = float(np.abs(leak_int).max())
        drift_steps = min(time_steps, math.ceil((1 << leak_f) / leak_m))
        quant |= {"leak_m": leak_m, "leak_f": leak_f}
    init_level = float(np.abs(init_int).max())
    top = max(float(np.abs(threshold_int).max()), init_level) + synapse.i_pos
    bottom = (
        max(float(np.abs(reset_int).max()), float(np.abs(threshold_int).max()), leak_level, init_level)
        + drift_steps * synapse.i_neg
    )
    v_bits = setting.ctx.v_bits or min(MAX_V_BITS, max(MIN_V_BITS, signed_bits(max(top, bottom))))
    quant["v_bits"] = v_bits
    common = {
        "r": np.ones_like(threshold_int),
        "v_threshold": threshold_int,
        "v_reset": reset_int,
        "metadata": copy.deepcopy(neuron.metadata),
    }
    if isinstance(neuron, nir.LIF):
        tau = np.full(threshold_int.shape, setting.dt * (1 << leak_f) / leak_m)
        new_neuron = nir.LIF(tau=tau, v_leak=leak_int, **common)
    else:
        new_neuron = nir.IF(**common)
    update_snnc(new_neuron, quant=quant)
    if "v_init" in read_snnc(neuron):
        update_snnc(new_neuron, v_init=_init_metadata(init_int))
    return new_neuron, quant


def _init_metadata(init_int: np.ndarray) -> int | list[int]:
    """An integer ``v_init`` (full neuron shape, constant per channel) as metadata: one integer, or
    one per output channel."""
    channels = init_int.reshape(init_int.shape[0], -1)[:, 0] if init_int.ndim else init_int.reshape(1)
    if np.all(channels == channels[0]):
        return int(channels[0])
    return [int(v) for v in channels]


def quantize_neuron_stage(
    graph: nir.NIRGraph, stage: dict[str, Any], setting: _Setting
) -> tuple[dict[str, nir.NIRNode], dict[str, Any]]:
    """A synapse stage with a neuron (Threshold, IF or LIF): both in integers, in one membrane unit."""
    synapse = _integer_synapse(graph, stage, setting)
    summary = _synapse_summary(stage, synapse, setting.ctx)
    name = stage["neuron"]
    neuron = graph.nodes[name]
    if isinstance(neuron, nir.Threshold):
        new_neuron = _threshold_neuron(neuron, synapse)
    else:
        new_neuron, quant = _membrane_neuron(name, neuron, synapse, setting)
        summary |= {k: v for k, v in quant.items() if k != "unit"}
    return {name: new_neuron, synapse.name: _synapse_node(synapse, stage, setting.ctx)}, summary


def input_quantizer(
    graph: nir.NIRGraph, edges: list[tuple[str, str]], input_bits: int
) -> tuple[nir.Scale, list[tuple[str, str]]]:
    """The ``input_quantizer`` node that rounds pixels to ``input_bits`` (a Scale by ``2^b - 1``,
    which keeps the graph readable as floats), and ``edges`` with it inserted after the Input."""
    input_name = next(n for n, node in graph.nodes.items() if isinstance(node, nir.Input))
    quantizer = nir.Scale(
        scale=np.full(tuple(np.asarray(graph.nodes[input_name].input_type["input"])), float((1 << input_bits) - 1))
    )
    update_snnc(quantizer, quant={"role": "input", "input_bits": input_bits})
    edges = [("input_quantizer", b) if a == input_name else (a, b) for a, b in edges]
    edges.append((input_name, "input_quantizer"))
    return quantizer, edges


def stage_weight_bits(stages: list[dict[str, Any]], ctx: PassContext) -> dict[int, int]:
    """The signed weight bits of every synapse stage (by stage index): ``ctx.stage_weight_bits`` in
    order (mixed precision, ``--weight-bits 8,4,4,8``: one per synapse or readout stage, pool stages
    having no weights), else ``ctx.weight_bits`` for all. A QAT-trained stage keeps its trained bits
    whatever its entry here says (``_integer_synapse``)."""
    synapses = [stage for stage in stages if stage["kind"] != "pool"]
    widths = ctx.stage_weight_bits
    if widths is None:
        return {stage["index"]: ctx.weight_bits for stage in synapses}
    if len(widths) != len(synapses):
        names = ", ".join(stage["synapse"] for stage in synapses)
        raise ConfigError(
            f"--weight-bits gives {len(widths)} widths for {len(synapses)} synapse stages ({names}): one each"
        )
    return {stage["index"]: int(bits) for stage, bits in zip(synapses, widths, strict=True)}


@register("quantize")
def quantize(graph: nir.NIRGraph, ctx: PassContext) -> nir.NIRGraph:
    if "quant" in read_snnc(graph):
        raise ConfigError("the graph is already quantized")
    _check_options(ctx)
    stages = stages_of(graph)
    widths = stage_weight_bits(stages, ctx)
    setting = _Setting(ctx, graph_dt(graph), graph_time_steps(graph, ctx.time_steps), (1 << ctx.input_bits) - 1, widths)
    nodes = dict(graph.nodes)
    edges = list(graph.edges)
    summaries = []
    for stage in stages:
        if stage["kind"] == "pool":
            replaced, summary = quantize_pool_stage(graph, stage)
        elif stage["kind"] == "readout":
            replaced, summary = quantize_readout_stage(graph, stage, setting)
        else:
            replaced, summary = quantize_neuron_stage(graph, stage, setting)
        nodes.update(replaced)
        summaries.append(summary)
    if stages[0]["input"] == "pixels":
        nodes["input_quantizer"], edges = input_quantizer(graph, edges, ctx.input_bits)
    result = nir.NIRGraph(nodes=nodes, edges=edges, metadata=copy.deepcopy(graph.metadata), type_check=False)
    update_snnc(
        result,
        quant={
            "weight_bits": max((s["weight_bits"] for s in summaries if "weight_bits" in s), default=ctx.weight_bits),
            "input_bits": ctx.input_bits,
            "weight_percentile": ctx.weight_percentile,
        },
        time_steps=setting.time_steps,  # the widths above hold for this T: the integer graph records it
    )
    if ctx.calibration is not None:
        _saturation_report(result, ctx, summaries, setting.time_steps)
    ctx.reports["quantize"] = summaries
    return result


def _saturation_report(graph: nir.NIRGraph, ctx: PassContext, summaries: list[dict[str, Any]], time_steps: int) -> None:
    """Fraction of (neuron, step) membranes at a saturation bound, per stage, on the calibration images."""
    from snnc.ir.encoding import encode
    from snnc.ir.integer import simulate_integer
    from snnc.ir.reference import compile_program

    program = compile_program(graph)
    encoding = graph_encoding(graph)
    neurons = {
        s["stage"]: s["nodes"][-1]
        for s in summaries
        if s["kind"] == "synapse" and isinstance(graph.nodes[s["nodes"][-1]], (nir.IF, nir.LIF))
    }
    result = simulate_integer(
        program, encode(ctx.calibration, encoding, time_steps), record_membranes=tuple(neurons.values())
    )
    for summary in summaries:
        name = neurons.get(summary["stage"])
        if name is None:
            continue
        bits = read_snnc(graph.nodes[name])["quant"]["v_bits"]
        v = result.membranes[name]
        at_bound = (v == (1 << (bits - 1)) - 1) | (v == -(1 << (bits - 1)))
        summary["saturation"] = float(at_bound.to(torch.float64).mean())
