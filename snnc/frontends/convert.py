"""ANN-to-SNN conversion with data-based weight/threshold normalization.

The converted SNN replaces each ReLU by integrate-and-fire neurons with subtractive reset
(threshold 1), whose firing rate approximates the ReLU activation divided by that layer's
activation scale ``lambda_l``. Layer by layer (Diehl et al. 2015; SpikingJelly's Converter):

    W_l' = W_l * k_l * lambda_{l-1} / lambda_l        b_l' = b_l / lambda_l

where ``k_l`` collects the 1/k^2 of average pools between the layers (an AvgPool over spikes
becomes a ``SumPool2d`` and its divisor moves into the next synapse) and ``lambda_0`` = 1 is
the input scale (pixels in [0, 1] enter as currents: direct encoding). The last layer has no
ReLU: it is read out by its membrane, i.e. the NIR graph ends in a synapse whose output is
integrated over the T steps (``decoding = membrane``), which is ``T * lambda_{L-1}``-scaled
ANN logits in the limit.

``lambda_l`` comes from the ReLU outputs on calibration data, per ``mode`` (SpikingJelly's
meanings): ``max`` the maximum activation, ``99.9%`` (any ``P%``) the P-th percentile, and a
fraction ``1.0/k`` (or any number in (0, 1]) that fraction of the maximum. Per batch the
statistic is averaged with momentum 0.1, the first batch setting it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import NamedTuple

import nir
import numpy as np
import torch
from torch import nn

from snnc.errors import ConfigError
from snnc.frontends.layers import fold_batchnorm
from snnc.ir.metadata import write_snnc

MODES = ("max", "99.9%", "1.0/2", "1.0/3", "1.0/4", "1.0/5")
MOMENTUM = 0.1
SKIPPED = (nn.Dropout, nn.Identity)


class Mode(NamedTuple):
    kind: str  # "max" | "percentile" | "fraction"
    value: float


def parse_mode(mode: str) -> Mode:
    """``max`` | ``P%`` (0 < P <= 100) | ``a/b`` or a number in (0, 1] (fraction of the max)."""
    text = str(mode).strip().lower()
    try:
        if text == "max":
            return Mode("max", 1.0)
        if text.endswith("%"):
            percent = float(text[:-1])
            if 0 < percent <= 100:
                return Mode("percentile", percent)
        else:
            if "/" in text:
                numerator, denominator = text.split("/")
                fraction = float(numerator) / float(denominator)
            else:
                fraction = float(text)
            if 0 < fraction <= 1:
                return Mode("fraction", fraction)
    except (ValueError, ZeroDivisionError):
        pass
    raise ConfigError(f"-m/--mode: {mode!r} is not max, a percentile like 99.9% or a fraction like 1.0/2")


def batch_statistic(activations: torch.Tensor, mode: Mode) -> float:
    """The scale one batch of ReLU outputs suggests under ``mode``."""
    values = activations.detach().double().flatten()
    if mode.kind == "percentile":
        return float(np.percentile(values.cpu().numpy(), mode.value))
    return float(values.max()) * mode.value


def _sequential(net: nn.Module) -> nn.Module:
    """The ``nn.Sequential`` inside snnc's ``SequenceANN`` wrapper, or ``net`` itself."""
    inner = getattr(net, "net", None)
    return inner if isinstance(inner, nn.Sequential) and not isinstance(net, nn.Sequential) else net


def leaf_layers(net: nn.Module) -> list[tuple[str, nn.Module]]:
    """The layers of a (possibly nested) ``nn.Sequential``, in order, with their dotted names."""
    net = _sequential(net)
    if not isinstance(net, nn.Sequential):
        raise ConfigError(
            f"conversion needs an nn.Sequential model (its layers applied in order), got {type(net).__name__}"
        )
    layers: list[tuple[str, nn.Module]] = []

    def walk(module: nn.Sequential, prefix: str) -> None:
        for name, child in module.named_children():
            full = f"{prefix}{name}"
            if isinstance(child, nn.Sequential):
                walk(child, f"{full}.")
            else:
                layers.append((full, child))

    walk(net, "")
    return layers


def calibrate(net: nn.Module, batches: Iterable[torch.Tensor], mode: str | Mode) -> list[float]:
    """One activation scale per ReLU (in layer order) from the ANN's outputs on ``batches``."""
    mode = parse_mode(mode) if isinstance(mode, str) else mode
    relus = [module for _, module in leaf_layers(net) if isinstance(module, nn.ReLU)]
    scales: list[float | None] = [None] * len(relus)

    def hook(index: int):
        def record(_module: nn.Module, _inputs: object, output: torch.Tensor) -> None:
            statistic = batch_statistic(output, mode)
            previous = scales[index]
            scales[index] = statistic if previous is None else (1 - MOMENTUM) * previous + MOMENTUM * statistic

        return record

    handles = [relu.register_forward_hook(hook(i)) for i, relu in enumerate(relus)]
    was_training = net.training
    net.eval()
    try:
        with torch.no_grad():
            seen = 0
            sequential = _sequential(net)
            for batch in batches:
                sequential(batch)
                seen += 1
    finally:
        for handle in handles:
            handle.remove()
        net.train(was_training)
    if seen == 0:
        raise ConfigError("--calibration_batches: no calibration data")
    # A ReLU that never fired would divide by zero; its neurons then carry nothing anyway.
    return [s if s is not None and s > 0 else 1.0 for s in scales]


def _shapes(layers: list[tuple[str, nn.Module]], input_shape: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The input shape (no batch) of every layer, by an eval-mode forward pass of zeros on a copy."""
    shapes, x = [], torch.zeros(1, *input_shape, dtype=torch.float64)
    with torch.no_grad():
        for name, layer in layers:
            shapes.append(tuple(x.shape[1:]))
            try:
                x = copy.deepcopy(layer).double().eval()(x)
            except RuntimeError as exc:
                raise ConfigError(
                    f"layer {name} ({type(layer).__name__}) does not accept input of shape {tuple(x.shape[1:])} "
                    f"({str(exc).splitlines()[0]})"
                ) from None
    shapes.append(tuple(x.shape[1:]))
    return shapes


def _next_significant(layers: list[tuple[str, nn.Module]], start: int) -> int:
    index = start
    while index < len(layers) and isinstance(layers[index][1], SKIPPED):
        index += 1
    return index


def _if_node(shape: tuple[int, ...]) -> nir.IF:
    node = nir.IF(r=np.ones(shape), v_threshold=np.ones(shape), v_reset=np.zeros(shape))
    write_snnc(node, {"reset": "subtract"})
    return node


def convert_nodes(
    net: nn.Module, input_shape: tuple[int, ...], scales: list[float], input_scale: float = 1.0
) -> tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]:
    """NIR nodes and edges of the converted SNN (see the module doc for the normalization)."""
    layers = leaf_layers(net)
    shapes = _shapes(layers, tuple(input_shape))
    relu_count = sum(isinstance(m, nn.ReLU) for _, m in layers)
    if len(scales) != relu_count:
        raise ConfigError(f"{len(scales)} activation scales given for {relu_count} ReLU layers")
    nodes: dict[str, nir.NIRNode] = {"input": nir.Input(input_type={"input": np.array(input_shape)})}
    chain = ["input"]
    previous_scale, pending, relu_index, index, finished = float(input_scale), 1.0, 0, 0, False
    counts = {"conv": 0, "fc": 0, "pool": 0}

    def fresh(kind: str) -> str:
        counts[kind] += 1
        return f"{kind}{counts[kind]}"

    while index < len(layers):
        name, layer = layers[index]
        where = f"layer {name} ({type(layer).__name__})"
        if finished and not isinstance(layer, SKIPPED):
            raise ConfigError(f"{where}: nothing may follow the output layer (the last Linear/Conv without ReLU)")
        if isinstance(layer, SKIPPED):
            index += 1
        elif isinstance(layer, (nn.Conv2d, nn.Linear)):
            weight = layer.weight.detach().double().numpy()
            out_features = weight.shape[0]
            bias = layer.bias.detach().double().numpy() if layer.bias is not None else np.zeros(out_features)
            after = _next_significant(layers, index + 1)
            if after < len(layers) and isinstance(layers[after][1], nn.modules.batchnorm._BatchNorm):
                weight, bias = fold_batchnorm(weight, bias, layers[after][1])
                after = _next_significant(layers, after + 1)
            is_hidden = after < len(layers) and isinstance(layers[after][1], nn.ReLU)
            target = scales[relu_index] if is_hidden else 1.0
            weight = weight * pending * previous_scale / target
            bias = bias / target
            node_name = fresh("conv" if isinstance(layer, nn.Conv2d) else "fc")
            if isinstance(layer, nn.Conv2d):
                if layer.padding_mode != "zeros" or isinstance(layer.padding, str):
                    raise ConfigError(f"{where}: only numeric zero padding is supported")
                nodes[node_name] = nir.Conv2d(
                    input_shape=shapes[index][1:],
                    weight=weight,
                    stride=layer.stride,
                    padding=layer.padding,
                    dilation=layer.dilation,
                    groups=layer.groups,
                    bias=bias,
                )
            else:
                nodes[node_name] = nir.Affine(weight=weight, bias=bias)
            chain.append(node_name)
            if is_hidden:
                neuron = f"if{relu_index + 1}"
                nodes[neuron] = _if_node(shapes[after + 1])
                chain.append(neuron)
                previous_scale, pending = target, 1.0
                relu_index += 1
                index = after + 1
            else:
                finished = True
                index = after
        elif isinstance(layer, nn.AvgPool2d):
            if layer.ceil_mode:
                raise ConfigError(f"{where}: ceil_mode=True is not supported")
            kernel = nn.modules.utils._pair(layer.kernel_size)
            padding = nn.modules.utils._pair(layer.padding)
            if any(padding) and not layer.count_include_pad:
                raise ConfigError(f"{where}: count_include_pad=False with padding is not supported")
            stride = nn.modules.utils._pair(layer.stride if layer.stride is not None else layer.kernel_size)
            divisor = layer.divisor_override or kernel[0] * kernel[1]
            pool = fresh("pool")
            nodes[pool] = nir.SumPool2d(
                kernel_size=np.array(kernel), stride=np.array(stride), padding=np.array(padding)
            )
            chain.append(pool)
            pending /= divisor
            index += 1
        elif isinstance(layer, nn.Flatten):
            if layer.start_dim != 1 or layer.end_dim != -1:
                raise ConfigError(f"{where}: only Flatten(start_dim=1, end_dim=-1) is supported")
            nodes["flatten"] = nir.Flatten(input_type={"input": np.array(shapes[index])}, start_dim=0, end_dim=-1)
            chain.append("flatten")
            index += 1
        elif isinstance(layer, nn.ReLU):
            raise ConfigError(f"{where}: a ReLU must follow a Linear or Conv2d layer (optionally via BatchNorm)")
        elif isinstance(layer, nn.modules.batchnorm._BatchNorm):
            raise ConfigError(f"{where}: BatchNorm must directly follow a Linear or Conv2d layer")
        else:
            raise ConfigError(
                f"{where} is not supported by conversion (supported: Conv2d, Linear, BatchNorm, ReLU, AvgPool2d, "
                "Flatten, Dropout)"
            )
    if not finished:
        raise ConfigError("the network must end in a Linear or Conv2d layer without ReLU (the readout)")
    output_shape = shapes[-1]
    nodes["output"] = nir.Output(output_type={"output": np.array(output_shape)})
    chain.append("output")
    return nodes, list(zip(chain[:-1], chain[1:], strict=True))


def convert_ann(
    net: nn.Module,
    calibration: Iterable[torch.Tensor],
    input_shape: tuple[int, ...],
    mode: str = "max",
    time_steps: int = 100,
    dt: float = 1e-3,
) -> tuple[nir.NIRGraph, list[float]]:
    """Convert a trained ReLU ANN (an ``nn.Sequential``) to a NIR SNN of IF neurons.

    ``calibration`` yields input batches [B, *input_shape] (training data, values in [0, 1]);
    ``mode`` chooses the activation scale (see the module doc). Returns the graph (direct
    encoding, membrane readout, subtractive reset) and the per-ReLU scales. Layers other than
    Conv2d, Linear, BatchNorm, ReLU, AvgPool2d, Flatten and Dropout are refused with a
    ConfigError naming the layer.
    """
    relus = sum(isinstance(m, nn.ReLU) for _, m in leaf_layers(net))
    convert_nodes(net, input_shape, [1.0] * relus)  # refuse unsupported layers before calibrating
    scales = calibrate(net, calibration, mode)
    nodes, edges = convert_nodes(net, input_shape, scales)
    graph = nir.NIRGraph(nodes=nodes, edges=edges)
    write_snnc(
        graph,
        {
            "dt": dt,
            "time_steps": time_steps,
            "encoding": "direct",
            "decoding": "membrane",
            "source": {"method": "ann2snn", "config": {"mode": str(mode), "scales": scales}},
        },
    )
    return graph, scales
