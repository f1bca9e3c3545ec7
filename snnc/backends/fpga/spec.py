"""What the generator builds, read off a quantized, scheduled graph: one ``FcStage`` per core.

Every number here comes from the quantized graph (DESIGN §4) and the plan's lanes; the widths
the hardware needs are derived from the integer values themselves, so a design never depends on
metadata it could contradict:

- ``acc_bits``: the largest synaptic current a neuron can receive in one step,
  ``max_n max(sum_i max(W_ni, 0) x_max, sum_i max(-W_ni, 0) x_max) + |b_n|`` (``x_max = 1`` for
  spikes, ``2^input_bits - 1`` for pixels), as a signed width;
- ``v_bits``: the neuron's membrane width from ``quant.v_bits`` (the integer reference saturates
  there); a readout stage integrates ``T`` currents, ``signed_bits(T * acc bound)``;
- ``count_bits``: spike counters hold ``0..T``.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import nir
import numpy as np

from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.graph import infer_shapes
from snnc.ir.metadata import node_reset, read_snnc
from snnc.ir.passes.fuse import stages_of


class FcStage(NamedTuple):
    """One fully connected core: ``Affine -> IF | LIF`` (or a readout ``Affine`` integrated over T)."""

    index: int
    kind: str  # "if" | "lif" | "readout"
    weights: np.ndarray  # [n_out, n_in] int64
    bias: np.ndarray  # [n_out] int64
    threshold: np.ndarray  # [n_out] int64 (unused by readout)
    v_reset: np.ndarray  # [n_out] int64
    v_leak: np.ndarray  # [n_out] int64 (LIF)
    leak_m: int
    leak_f: int
    reset: str  # "zero" | "subtract"
    weight_bits: int
    v_bits: int
    acc_bits: int
    lanes: int
    pixels: bool  # direct-encoded input: unsigned pixel values multiply the weights
    input_bits: int

    @property
    def n_out(self) -> int:
        return int(self.weights.shape[0])

    @property
    def n_in(self) -> int:
        return int(self.weights.shape[1])

    @property
    def groups(self) -> int:
        return math.ceil(self.n_out / self.lanes)


class DesignSpec(NamedTuple):
    stages: tuple[FcStage, ...]
    time_steps: int
    decoding: str  # "spike_count" | "membrane"
    encoding: str

    @property
    def count_bits(self) -> int:
        return unsigned_bits(self.time_steps)

    @property
    def result_bits(self) -> int:
        """Width of one output value: a spike count, or a (signed) membrane."""
        last = self.stages[-1]
        if last.kind != "readout" and self.decoding == "spike_count":
            return self.count_bits
        return last.v_bits

    @property
    def result_signed(self) -> bool:
        return not (self.stages[-1].kind != "readout" and self.decoding == "spike_count")


def unsigned_bits(value: int) -> int:
    """Bits of an unsigned integer holding 0..value (at least 1)."""
    return max(1, int(value).bit_length())


def signed_bits(magnitude: int) -> int:
    """Bits of a signed integer holding [-magnitude, magnitude]."""
    return int(magnitude).bit_length() + 1


def current_bound(weights: np.ndarray, bias: np.ndarray, input_max: int) -> int:
    """The largest |synaptic current| any neuron can receive in one step."""
    positive = np.clip(weights, 0, None).sum(axis=1) * input_max
    negative = np.clip(-weights, 0, None).sum(axis=1) * input_max
    return int(max(positive.max(initial=0), negative.max(initial=0)) + np.abs(bias).max(initial=0))


def _ints(value, n: int, node: str, what: str) -> np.ndarray:
    array = np.asarray(value, dtype=np.float64).reshape(-1)
    if array.size not in (1, n):
        raise GraphError(f"node '{node}': {what} has {array.size} values for {n} neurons")
    if not np.all(array == np.round(array)):
        raise GraphError(f"node '{node}': {what} must be integers (quantize the graph first)")
    return np.broadcast_to(array, (n,)).astype(np.int64)


def design_from_graph(graph: nir.NIRGraph, plan: dict) -> DesignSpec:
    """The cores of a quantized, fused, scheduled graph; anything the FC generator cannot build is named."""
    meta = read_snnc(graph)
    if "quant" not in meta:
        raise GraphError("the FPGA generator needs a quantized graph (run the fpga pipeline)")
    shapes = infer_shapes(graph)
    input_bits = int(meta["quant"].get("input_bits", 8))
    time_steps = int(plan["time_steps"])
    stages = []
    for stage, placed in zip(stages_of(graph), plan["stages"], strict=True):
        for name in stage["nodes"]:
            node = graph.nodes[name]
            if not isinstance(node, (nir.Affine, nir.Flatten, nir.IF, nir.LIF)):
                raise UnsupportedNodeError(
                    f"node '{name}': the FPGA backend builds fully connected stages (Affine -> IF/LIF); "
                    f"{type(node).__name__} stages are not supported yet"
                )
        if stage["synapse"] is None:
            raise UnsupportedNodeError(f"node '{stage['nodes'][-1]}': an FPGA stage needs an Affine synapse")
        synapse = graph.nodes[stage["synapse"]]
        weights = np.asarray(synapse.weight, dtype=np.float64)
        if not np.all(weights == np.round(weights)):
            raise GraphError(f"node '{stage['synapse']}': weights must be integers (quantize the graph first)")
        weights = weights.astype(np.int64)
        n_out = weights.shape[0]
        bias = _ints(synapse.bias, n_out, stage["synapse"], "bias")
        pixels = stage["input"] == "pixels"
        bound = current_bound(weights, bias, (1 << input_bits) - 1 if pixels else 1)
        acc_bits = signed_bits(bound)
        zeros = np.zeros(n_out, dtype=np.int64)
        common = dict(
            index=stage["index"],
            weights=weights,
            bias=bias,
            weight_bits=int(read_snnc(synapse)["quant"]["weight_bits"]),
            acc_bits=acc_bits,
            lanes=int(placed["lanes"]),
            pixels=pixels,
            input_bits=input_bits,
        )
        if stage["kind"] == "readout":
            stages.append(
                FcStage(
                    kind="readout",
                    threshold=zeros,
                    v_reset=zeros,
                    v_leak=zeros,
                    leak_m=0,
                    leak_f=0,
                    reset="zero",
                    v_bits=signed_bits(time_steps * bound),
                    **common,
                )
            )
            continue
        name = stage["neuron"]
        neuron = graph.nodes[name]
        if math.prod(shapes[name]) != n_out:
            raise GraphError(f"node '{name}': {math.prod(shapes[name])} neurons after a synapse with {n_out} outputs")
        quant = read_snnc(neuron).get("quant", {})
        if "v_bits" not in quant:
            raise GraphError(f"node '{name}': quantized neuron lacks quant.v_bits")
        lif = isinstance(neuron, nir.LIF)
        stages.append(
            FcStage(
                kind="lif" if lif else "if",
                threshold=_ints(neuron.v_threshold, n_out, name, "v_threshold"),
                v_reset=_ints(neuron.v_reset, n_out, name, "v_reset"),
                v_leak=_ints(neuron.v_leak, n_out, name, "v_leak") if lif else zeros,
                leak_m=int(quant["leak_m"]) if lif else 0,
                leak_f=int(quant["leak_f"]) if lif else 0,
                reset=node_reset(neuron),
                v_bits=int(quant["v_bits"]),
                **common,
            )
        )
    decoding = meta.get("decoding", "spike_count")
    return DesignSpec(tuple(stages), time_steps, decoding, meta.get("encoding", "direct"))
