"""Random quantized fully connected graphs, built in code, for the FPGA tests."""

from __future__ import annotations

import nir
import numpy as np

from snnc.backends.fpga.spec import design_from_graph, with_lanes
from snnc.backends.fpga.stimulus import reference_run
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
    v_init: str = "zero",
) -> nir.NIRGraph:
    """Input [-> quantizer] -> (Affine -> IF | LIF)* [-> readout Affine] -> Output, in integers and fused.

    Narrow membranes (``v_bits``) make saturation at both ends likely, so the hardware's clamps
    are exercised; thresholds, resets and leak levels vary per neuron; ``v_init`` (see
    :func:`initial_membranes`) sets the membranes each image starts at.
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
        write_snnc(neuron, {"reset": reset, "quant": quant} | initial_membranes(rng, v_init, n_out, (-20, 40)))
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


def initial_membranes(rng, style: str, channels: int, bounds: tuple[int, int]) -> dict:
    """Node metadata stating an integer ``v_init`` in ``bounds``: none (``"zero"``), one for the layer
    (``"uniform"``) or one per channel (``"varying"``)."""
    if style == "zero":
        return {}
    if style == "uniform":
        return {"v_init": int(rng.integers(*bounds))}
    return {"v_init": [int(v) for v in rng.integers(*bounds, channels)]}


def _neuron(
    rng, kind: str, shape: tuple[int, ...], reset: str, v_bits: int, leak: tuple[int, int], v_init: str = "zero"
) -> nir.NIRNode:
    """An integer IF/LIF layer with per-channel parameters (what conv cores take)."""
    channels = shape[0]
    per_channel = lambda low, high: np.broadcast_to(  # noqa: E731
        rng.integers(low, high, channels).astype(float).reshape(-1, *([1] * (len(shape) - 1))), shape
    ).copy()
    common = dict(r=np.ones(shape), v_threshold=per_channel(2, 20), v_reset=per_channel(-3, 3))
    if kind == "if":
        node = nir.IF(**common)
        quant = {"v_bits": v_bits}
    else:
        m, f = leak
        node = nir.LIF(tau=np.full(shape, 1e-3 * (1 << f) / m), v_leak=per_channel(-3, 3), **common)
        quant = {"v_bits": v_bits, "leak_m": m, "leak_f": f}
    write_snnc(node, {"reset": reset, "quant": quant} | initial_membranes(rng, v_init, channels, (-10, 15)))
    return node


def quantized_conv_graph(
    rng: np.random.Generator,
    in_shape: tuple[int, int, int],
    convs: list[tuple[int, int, int, int]],
    pool_style: str,
    hidden: int,
    classes: int,
    kinds: list[str],
    pixels: bool,
    time_steps: int,
    decoding: str,
    readout: bool = False,
    weight_bits: int = 5,
    v_bits: int = 10,
    input_bits: int = 3,
    v_init: str = "zero",
) -> nir.NIRGraph:
    """Input -> (Conv2d -> IF/LIF -> pool)* -> Flatten -> Affine -> IF/LIF -> Affine [-> IF/LIF], in integers.

    ``convs``: (channels, kernel, stride, padding) per conv layer; ``pool_style``: ``spike`` (SumPool2d
    -> Threshold(0), max pooling of spikes as the scratch and bpstdp nets export it), ``sum``
    (SumPool2d feeding the next synapse, as ann2snn exports average pooling) or ``none``; ``v_init``:
    the neurons' initial membranes (:func:`initial_membranes`).
    """
    limit = (1 << (weight_bits - 1)) - 1
    nodes: dict[str, nir.NIRNode] = {"input": nir.Input(input_type={"input": np.array(in_shape)})}
    chain = ["input"]
    if pixels:
        quantizer = nir.Scale(scale=np.full(in_shape, float((1 << input_bits) - 1)))
        write_snnc(quantizer, {"quant": {"role": "input", "input_bits": input_bits}})
        nodes["quantizer"] = quantizer
        chain.append("quantizer")
    shape = tuple(in_shape)
    for i, (channels, kernel, stride, padding) in enumerate(convs):
        h = (shape[1] + 2 * padding - kernel) // stride + 1
        w = (shape[2] + 2 * padding - kernel) // stride + 1
        conv = nir.Conv2d(
            input_shape=(shape[1], shape[2]),
            weight=rng.integers(-limit, limit + 1, (channels, shape[0], kernel, kernel)).astype(float),
            stride=stride,
            padding=padding,
            dilation=1,
            groups=1,
            bias=rng.integers(-2, 7, channels).astype(float),
        )
        write_snnc(conv, {"quant": {"weight_bits": weight_bits}})
        shape = (channels, h, w)
        nodes[f"conv{i}"] = conv
        nodes[f"cn{i}"] = _neuron(rng, kinds[i], shape, ["zero", "subtract"][i % 2], v_bits, (1, 1 + i), v_init)
        chain += [f"conv{i}", f"cn{i}"]
        if pool_style != "none" and shape[1] >= 2 and shape[2] >= 2:
            nodes[f"pool{i}"] = nir.SumPool2d(
                kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])
            )
            chain.append(f"pool{i}")
            shape = (shape[0], shape[1] // 2, shape[2] // 2)
            if pool_style == "spike":
                threshold = nir.Threshold(threshold=np.zeros(shape))
                write_snnc(threshold, {"quant": {"v_bits": 4}})
                nodes[f"spikemax{i}"] = threshold
                chain.append(f"spikemax{i}")
    flat = int(np.prod(shape))
    nodes["flatten"] = nir.Flatten(input_type={"input": np.array(shape)}, start_dim=0, end_dim=-1)
    chain.append("flatten")
    sizes = [flat, hidden, classes]
    for j, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True)):
        fc = nir.Affine(
            weight=rng.integers(-limit, limit + 1, (n_out, n_in)).astype(float),
            bias=rng.integers(-2, 7, n_out).astype(float),
        )
        write_snnc(fc, {"quant": {"weight_bits": weight_bits}})
        nodes[f"fc{j}"] = fc
        chain.append(f"fc{j}")
        if readout and j == 1:
            break
        nodes[f"fn{j}"] = _neuron(rng, kinds[len(convs) + j], (n_out,), "zero", v_bits, (1, 2), v_init)
        chain.append(f"fn{j}")
    nodes["output"] = nir.Output(output_type={"output": np.array([classes])})
    chain.append("output")
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=True)), type_check=False)
    update_snnc(
        graph,
        quant={"weight_bits": weight_bits, "input_bits": input_bits},
        dt=1e-3,
        encoding="direct" if pixels else "binary",
        decoding=decoding,
        time_steps=time_steps,
    )
    return fuse(graph, PassContext())


def check_design(graph, lanes, steps, images, simulate, banks=None):
    """Simulate the design of ``graph`` (``simulate(spec, records)``) against the integer reference and
    the cycle model: every image's values, class, start and done cycle. ``steps`` is unused (kept for
    the call sites' readability)."""
    spec = with_lanes(design_from_graph(graph, lanes), lanes, banks)
    records, expected = reference_run(graph, spec, images)
    result = simulate(spec, records)
    np.testing.assert_array_equal(result.values, expected.values)
    np.testing.assert_array_equal(result.classes, expected.classes)
    np.testing.assert_array_equal(result.starts, expected.starts)  # images stream: several in flight
    np.testing.assert_array_equal(result.dones, expected.dones)
    return spec, expected
