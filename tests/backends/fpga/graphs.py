"""Random quantized fully connected graphs, built in code, for the FPGA tests."""

from __future__ import annotations

import nir
import numpy as np

from snnc.ir.metadata import update_snnc, write_snnc
from snnc.ir.passes import PassContext
from snnc.ir.passes.fuse import fuse


def quantized_fc_graph(
    rng: np.random.Generator,
    sizes: list[int],
    kinds: list[str],
    pixels: bool,
    time_steps: int,
    decoding: str,
    resets: list[str] | None = None,
    weight_bits: int = 6,
    v_bits: int = 9,
    input_bits: int = 4,
    leak: tuple[int, int] = (3, 3),
) -> nir.NIRGraph:
    """Input [-> quantizer] -> (Affine -> IF | LIF)* [-> readout Affine] -> Output, in integers and fused.

    Narrow membranes (``v_bits``) make saturation at both ends likely, so the hardware's clamps
    are exercised; thresholds, resets and leak levels vary per neuron.
    """
    limit = (1 << (weight_bits - 1)) - 1
    nodes: dict[str, nir.NIRNode] = {"input": nir.Input(input_type={"input": np.array([sizes[0]])})}
    chain = ["input"]
    if pixels:
        quantizer = nir.Scale(scale=np.full(sizes[0], float((1 << input_bits) - 1)))
        write_snnc(quantizer, {"quant": {"role": "input", "input_bits": input_bits}})
        nodes["quantizer"] = quantizer
        chain.append("quantizer")
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True)):
        synapse = nir.Affine(
            weight=rng.integers(-limit, limit + 1, (n_out, n_in)).astype(float),
            bias=rng.integers(-8, 9, n_out).astype(float),
        )
        write_snnc(synapse, {"quant": {"weight_bits": weight_bits}})
        nodes[f"fc{i}"] = synapse
        chain.append(f"fc{i}")
        if kinds[i] == "readout":
            continue
        common = dict(
            r=np.ones(n_out),
            v_threshold=rng.integers(5, 60, n_out).astype(float),
            v_reset=rng.integers(-5, 5, n_out).astype(float),
        )
        if kinds[i] == "if":
            neuron = nir.IF(**common)
            quant = {"v_bits": v_bits}
        else:
            m, f = leak
            neuron = nir.LIF(
                tau=np.full(n_out, 1e-3 * (1 << f) / m), v_leak=rng.integers(-4, 4, n_out).astype(float), **common
            )
            quant = {"v_bits": v_bits, "leak_m": m, "leak_f": f}
        reset = (resets or ["zero"] * len(kinds))[i]
        write_snnc(neuron, {"reset": reset, "quant": quant})
        nodes[f"n{i}"] = neuron
        chain.append(f"n{i}")
    nodes["output"] = nir.Output(output_type={"output": np.array([sizes[-1]])})
    chain.append("output")
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=True)), type_check=False)
    update_snnc(
        graph,
        quant={"weight_bits": weight_bits, "input_bits": input_bits},
        dt=1e-3,
        encoding="direct" if pixels else "poisson",
        decoding=decoding,
        time_steps=time_steps,
    )
    return fuse(graph, PassContext())


def plan_for(lanes: list[int], time_steps: int) -> dict:
    """The parts of a plan the generator reads."""
    return {"time_steps": time_steps, "stages": [{"lanes": p} for p in lanes]}
