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

A :class:`~snnc.frontends.ann.QCFS` activation (an ANN trained with ``--act qcfs``) brings its own
scale: ``lambda_l`` is its learned threshold (no calibration, whatever ``mode``), and its IF
neurons start each sample at half their threshold (node metadata ``v_init = 0.5``), which makes
their rate after T steps ``clip(floor(a T / lambda + 1/2), 0, T) / T``: the QCFS activation
``a -> h(a) / lambda`` itself when ``T = L``, and close to it for other T.

An ANN trained with ``--qat-bits B`` (``snnc.frontends.qat``) converts with its fake-quantized
weights ``W_q``, and its trained scales survive: every factor above is positive and one per output
channel (``g_c / sqrt(var_c + eps)`` of a folded BatchNorm, ``k_l lambda_{l-1} / lambda_l``), so
``W_l' / s_c'`` with ``s_c' = |f_c| s_c`` are the trained integers (up to sign) and each synapse node
records ``qat = {bits, scale: s'}``; ``quantize`` uses them (the thresholds, biases and the pixel
quantizer are rounded to the resulting membrane units, not trained).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import nir
import numpy as np
import torch
from torch import nn

from snnc.errors import ConfigError
from snnc.frontends.ann import QCFS
from snnc.frontends.layers import batchnorm_factor, fold_batchnorm
from snnc.frontends.qat import layer_bits, qat_metadata, trained_scales
from snnc.ir.metadata import write_snnc

MODES = ("max", "99.9%", "1.0/2", "1.0/3", "1.0/4", "1.0/5")
MOMENTUM = 0.1
SKIPPED = (nn.Dropout, nn.Identity)
ACTIVATIONS = (nn.ReLU, QCFS)  # the layers that become IF neurons
QCFS_V_INIT = 0.5  # a QCFS layer's IF neurons start at half their (normalized) threshold of 1


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


Statistic = Callable[[torch.Tensor, Mode], float]  # (a batch's ReLU outputs, mode) -> the scale they suggest


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


def calibrate(
    net: nn.Module, batches: Iterable[torch.Tensor], mode: str | Mode, statistic: Statistic = batch_statistic
) -> list[float]:
    """One activation scale per ReLU (in layer order) from the ANN's outputs on ``batches``, each
    batch's ``statistic`` averaged with momentum. ``statistic`` sees the ReLU outputs of the batch
    given; one that reduces over several processes' shares of a batch (``ann2snn``) makes the
    scales those of the whole batch."""
    mode = parse_mode(mode) if isinstance(mode, str) else mode
    relus = [module for _, module in leaf_layers(net) if isinstance(module, nn.ReLU)]
    scales: list[float | None] = [None] * len(relus)

    def hook(index: int):
        def record(_module: nn.Module, _inputs: object, output: torch.Tensor) -> None:
            value = statistic(output, mode)
            previous = scales[index]
            scales[index] = value if previous is None else (1 - MOMENTUM) * previous + MOMENTUM * value

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


def _if_node(shape: tuple[int, ...], v_init: float = 0.0) -> nir.IF:
    """IF neurons of threshold 1 with subtractive reset, starting at ``v_init`` (stated when nonzero)."""
    node = nir.IF(r=np.ones(shape), v_threshold=np.ones(shape), v_reset=np.zeros(shape))
    write_snnc(node, {"reset": "subtract"} | ({"v_init": v_init} if v_init else {}))
    return node


@dataclass
class _Chain:
    """The converted SNN as it is built: its nodes along one chain, and the normalization state."""

    nodes: dict[str, nir.NIRNode]
    chain: list[str]
    previous_scale: float  # lambda_{l-1}: the scale of what enters the next synapse
    pending: float = 1.0  # k_l: the 1/k^2 of the average pools since the last synapse
    relu_index: int = 0  # ReLUs converted so far (the next one's scale is scales[relu_index])
    finished: bool = False  # the readout synapse is in: only skipped layers may follow
    counts: dict[str, int] = field(default_factory=lambda: {"conv": 0, "fc": 0, "pool": 0})

    def fresh(self, kind: str) -> str:
        """The next node name of ``kind`` (``conv1``, ``fc2``, ...)."""
        self.counts[kind] += 1
        return f"{kind}{self.counts[kind]}"

    def append(self, name: str, node: nir.NIRNode) -> None:
        self.nodes[name] = node
        self.chain.append(name)


def _folded_parameters(
    layers: list[tuple[str, nn.Module]], index: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray | float, int]:
    """The weight and bias of the synapse at ``index`` (float64) with a BatchNorm that follows it
    folded in, the per-output-channel factor the folding multiplied the weights by (1 without one),
    and the index of the first significant layer after them."""
    layer = layers[index][1]
    weight = layer.weight.detach().double().numpy()
    bias = layer.bias.detach().double().numpy() if layer.bias is not None else np.zeros(weight.shape[0])
    factors: np.ndarray | float = 1.0
    after = _next_significant(layers, index + 1)
    if after < len(layers) and isinstance(layers[after][1], nn.modules.batchnorm._BatchNorm):
        weight, bias = fold_batchnorm(weight, bias, layers[after][1])
        factors = batchnorm_factor(layers[after][1])
        after = _next_significant(layers, after + 1)
    return weight, bias, factors, after


def _synapse_node(
    layer: nn.Module, weight: np.ndarray, bias: np.ndarray, input_shape: tuple[int, ...], where: str
) -> nir.NIRNode:
    """A ``Conv2d`` (zero padding only) or ``Affine`` node of the normalized parameters."""
    if isinstance(layer, nn.Conv2d):
        if layer.padding_mode != "zeros" or isinstance(layer.padding, str):
            raise ConfigError(f"{where}: only numeric zero padding is supported")
        geometry = {key: getattr(layer, key) for key in ("stride", "padding", "dilation", "groups")}
        return nir.Conv2d(input_shape=input_shape[1:], weight=weight, bias=bias, **geometry)
    return nir.Affine(weight=weight, bias=bias)


def _convert_synapse(
    built: _Chain,
    layers: list[tuple[str, nn.Module]],
    shapes: list[tuple[int, ...]],
    scales: list[float],
    index: int,
    where: str,
) -> int:
    """A Linear or Conv2d (with its BatchNorm) normalized into a synapse node, with IF neurons when
    a ReLU follows (else it is the readout, and the chain is finished). Returns the next index."""
    layer = layers[index][1]
    weight, bias, factors, after = _folded_parameters(layers, index)
    is_hidden = after < len(layers) and isinstance(layers[after][1], ACTIVATIONS)
    target = scales[built.relu_index] if is_hidden else 1.0
    normalization = built.pending * built.previous_scale / target
    weight = weight * normalization
    bias = bias / target
    name = built.fresh("conv" if isinstance(layer, nn.Conv2d) else "fc")
    node = _synapse_node(layer, weight, bias, shapes[index], where)
    qat_scales = trained_scales(layer)
    if qat_scales is not None:  # W' = W_q f_c normalization: the trained integers, at scales |f_c| normalization s_c
        write_snnc(node, {"qat": qat_metadata(layer_bits(layer), qat_scales, np.multiply(factors, normalization))})
    built.append(name, node)
    if not is_hidden:
        built.finished = True
        return after
    v_init = QCFS_V_INIT if isinstance(layers[after][1], QCFS) else 0.0
    built.append(f"if{built.relu_index + 1}", _if_node(shapes[after + 1], v_init))
    built.previous_scale, built.pending = target, 1.0
    built.relu_index += 1
    return after + 1


def _convert_avg_pool(built: _Chain, layer: nn.AvgPool2d, where: str) -> None:
    """An AvgPool2d over spikes: a ``SumPool2d`` whose divisor moves into the next synapse."""
    if layer.ceil_mode:
        raise ConfigError(f"{where}: ceil_mode=True is not supported")
    kernel = nn.modules.utils._pair(layer.kernel_size)
    padding = nn.modules.utils._pair(layer.padding)
    if any(padding) and not layer.count_include_pad:
        raise ConfigError(f"{where}: count_include_pad=False with padding is not supported")
    stride = nn.modules.utils._pair(layer.stride if layer.stride is not None else layer.kernel_size)
    divisor = layer.divisor_override or kernel[0] * kernel[1]
    pool = built.fresh("pool")
    built.append(pool, nir.SumPool2d(kernel_size=np.array(kernel), stride=np.array(stride), padding=np.array(padding)))
    built.pending /= divisor


def _convert_flatten(built: _Chain, layer: nn.Flatten, input_shape: tuple[int, ...], where: str) -> None:
    if layer.start_dim != 1 or layer.end_dim != -1:
        raise ConfigError(f"{where}: only Flatten(start_dim=1, end_dim=-1) is supported")
    built.append("flatten", nir.Flatten(input_type={"input": np.array(input_shape)}, start_dim=0, end_dim=-1))


def _convert_layer(
    built: _Chain, layers: list[tuple[str, nn.Module]], shapes: list[tuple[int, ...]], scales: list[float], index: int
) -> int:
    """Convert the layer at ``index`` (or refuse it, naming it); returns the index of the next one."""
    name, layer = layers[index]
    where = f"layer {name} ({type(layer).__name__})"
    if built.finished and not isinstance(layer, SKIPPED):
        raise ConfigError(f"{where}: nothing may follow the output layer (the last Linear/Conv without ReLU)")
    if isinstance(layer, SKIPPED):
        return index + 1
    if isinstance(layer, (nn.Conv2d, nn.Linear)):
        return _convert_synapse(built, layers, shapes, scales, index, where)
    if isinstance(layer, nn.AvgPool2d):
        _convert_avg_pool(built, layer, where)
        return index + 1
    if isinstance(layer, nn.Flatten):
        _convert_flatten(built, layer, shapes[index], where)
        return index + 1
    if isinstance(layer, ACTIVATIONS):
        raise ConfigError(f"{where}: a ReLU must follow a Linear or Conv2d layer (optionally via BatchNorm)")
    if isinstance(layer, nn.modules.batchnorm._BatchNorm):
        raise ConfigError(f"{where}: BatchNorm must directly follow a Linear or Conv2d layer")
    raise ConfigError(
        f"{where} is not supported by conversion (supported: Conv2d, Linear, BatchNorm, ReLU, AvgPool2d, "
        "Flatten, Dropout)"
    )


def convert_nodes(
    net: nn.Module, input_shape: tuple[int, ...], scales: list[float], input_scale: float = 1.0
) -> tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]:
    """NIR nodes and edges of the converted SNN (see the module doc for the normalization)."""
    layers = leaf_layers(net)
    shapes = _shapes(layers, tuple(input_shape))
    relu_count = sum(isinstance(m, ACTIVATIONS) for _, m in layers)
    if len(scales) != relu_count:
        raise ConfigError(f"{len(scales)} activation scales given for {relu_count} ReLU layers")
    built = _Chain(
        nodes={"input": nir.Input(input_type={"input": np.array(input_shape)})},
        chain=["input"],
        previous_scale=float(input_scale),
    )
    index = 0
    while index < len(layers):
        index = _convert_layer(built, layers, shapes, scales, index)
    if not built.finished:
        raise ConfigError("the network must end in a Linear or Conv2d layer without ReLU (the readout)")
    built.append("output", nir.Output(output_type={"output": np.array(shapes[-1])}))
    return built.nodes, list(zip(built.chain[:-1], built.chain[1:], strict=True))


def qcfs_scales(net: nn.Module) -> list[float]:
    """The learned thresholds ``lambda_l`` of a QCFS network's activations, in layer order (empty
    for a ReLU network, whose scales come from calibration); a mix of both is refused."""
    activations = [module for _, module in leaf_layers(net) if isinstance(module, ACTIVATIONS)]
    qcfs = [module for module in activations if isinstance(module, QCFS)]
    if qcfs and len(qcfs) != len(activations):
        raise ConfigError("a network mixing ReLU and QCFS activations is not supported")
    return [float(module.effective_threshold().detach()) for module in qcfs]


def convert_ann(
    net: nn.Module,
    calibration: Iterable[torch.Tensor],
    input_shape: tuple[int, ...],
    mode: str = "max",
    time_steps: int = 100,
    dt: float = 1e-3,
    statistic: Statistic = batch_statistic,
) -> tuple[nir.NIRGraph, list[float]]:
    """Convert a trained ReLU ANN (an ``nn.Sequential``) to a NIR SNN of IF neurons.

    ``calibration`` yields input batches [B, *input_shape] (training data, values in [0, 1]);
    ``mode`` chooses the activation scale (see the module doc). Returns the graph (direct
    encoding, membrane readout, subtractive reset) and the per-ReLU scales. Layers other than
    Conv2d, Linear, BatchNorm, ReLU, AvgPool2d, Flatten and Dropout are refused with a
    ConfigError naming the layer. ``statistic``: see ``calibrate``.
    """
    relus = sum(isinstance(m, ACTIVATIONS) for _, m in leaf_layers(net))
    convert_nodes(net, input_shape, [1.0] * relus)  # refuse unsupported layers before calibrating
    scales = qcfs_scales(net) or calibrate(net, calibration, mode, statistic)
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
