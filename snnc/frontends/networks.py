"""The spiking networks the training methods share, and their export to NIR.

``SpikingConvNet`` is the seed's conv SNN: [conv3x3 (-BN) - neuron - maxpool2] x 2, FC-neuron,
FC-neuron. ``SpikingMLP``: flatten, [Linear-neuron] per hidden size, Linear-neuron. The neuron
layers are :class:`~snnc.frontends.layers.LIFLayer` (``scratch``) or
:class:`~snnc.frontends.layers.IFLayer` (``bpstdp``), whose forward pass is the reference step.
On export BatchNorm is folded into the preceding convolution and max-pooling of spikes becomes
``SumPool2d -> Threshold(0)``, which is exact for binary spikes. A network trained with QAT
(``snnc.frontends.qat``) exports its fake-quantized weights ``W_q`` and records their bits and
per-channel scales on each synapse node (scaled by BatchNorm's per-channel factor where it is folded).

A network can report, per synapse layer and step, the spikes entering it and the spikes its
neurons emit (``observer``): the STDP learners of ``bpstdp`` listen to it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import nir
import numpy as np
import torch
import torch.nn.functional as F

from snnc.frontends.config import TrainConfig
from snnc.frontends.layers import IFLayer, batchnorm_factor, fold_batchnorm, reset_states
from snnc.frontends.qat import cached, enable_qat, layer_bits, qat_metadata, trained_scales
from snnc.ir.metadata import update_snnc

Observer = Callable[[str, torch.Tensor, torch.Tensor], None]
NeuronFactory = Callable[[], torch.nn.Module]


class SpikingConvNet(torch.nn.Module):
    """conv(-BN)-neuron-maxpool x 2, FC-neuron, FC-neuron."""

    def __init__(
        self,
        input_shape: tuple[int, int, int],
        num_classes: int,
        channels: int,
        neuron: NeuronFactory,
        batchnorm: bool = True,
    ) -> None:
        super().__init__()
        c_in, height, width = input_shape
        self.input_shape = input_shape
        self.conv1 = torch.nn.Conv2d(c_in, channels, 3, padding=1, bias=False)
        self.bn1 = torch.nn.BatchNorm2d(channels) if batchnorm else torch.nn.Identity()
        self.neuron1 = neuron()
        self.conv2 = torch.nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(channels) if batchnorm else torch.nn.Identity()
        self.neuron2 = neuron()
        self.pooled = (height // 4, width // 4)
        hidden = channels * 4 * 4
        self.fc1 = torch.nn.Linear(channels * self.pooled[0] * self.pooled[1], hidden, bias=False)
        self.neuron3 = neuron()
        self.fc2 = torch.nn.Linear(hidden, num_classes, bias=False)
        self.neuron4 = neuron()
        self.observer: Observer | None = None

    def synapses(self) -> dict[str, torch.nn.Module]:
        return {"conv1": self.conv1, "conv2": self.conv2, "fc1": self.fc1, "fc2": self.fc2}

    def _layer(
        self,
        name: str,
        synapse: torch.nn.Module,
        norm: torch.nn.Module,
        neuron: torch.nn.Module,
        x: torch.Tensor,
        current: torch.Tensor | None = None,
    ) -> torch.Tensor:
        z = neuron(norm(synapse(x)) if current is None else current)
        if self.observer is not None:
            self.observer(name, x, z)
        return z

    def forward(self, x_seq: torch.Tensor) -> torch.Tensor:
        """[T, B, C, H, W] input -> [T, B, classes] output spikes."""
        reset_states(self)
        with cached():  # QAT: the weights are fake-quantized once per sequence, not once per step
            static = None
            if x_seq.stride(0) == 0:  # an expanded (constant) input: the first synapse's current once
                static = self.bn1(self.conv1(x_seq[0]))
            outputs = []
            for x in x_seq:
                s = F.max_pool2d(self._layer("conv1", self.conv1, self.bn1, self.neuron1, x, static), 2)
                s = F.max_pool2d(self._layer("conv2", self.conv2, self.bn2, self.neuron2, s), 2)
                s = self._layer("fc1", self.fc1, torch.nn.Identity(), self.neuron3, s.flatten(1))
                outputs.append(self._layer("fc2", self.fc2, torch.nn.Identity(), self.neuron4, s))
        return torch.stack(outputs)

    def to_nir_nodes(self, dt: float) -> tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]:
        _, height, width = self.input_shape
        channels = self.conv1.out_channels
        nodes: dict[str, nir.NIRNode] = {"input": nir.Input(input_type={"input": np.array(self.input_shape)})}
        chain = ["input"]
        size = (height, width)
        for index, (conv, bn, neuron) in enumerate(
            ((self.conv1, self.bn1, self.neuron1), (self.conv2, self.bn2, self.neuron2)), start=1
        ):
            weight = conv.weight.detach().double().numpy()
            bias = np.zeros(channels)
            factors: np.ndarray | float = 1.0
            if isinstance(bn, torch.nn.BatchNorm2d):
                weight, bias = fold_batchnorm(weight, bias, bn)
                factors = batchnorm_factor(bn)  # each channel's weights scaled: so is its QAT scale
            nodes[f"conv{index}"] = _synapse_metadata(
                nir.Conv2d(input_shape=size, weight=weight, stride=1, padding=1, dilation=1, groups=1, bias=bias),
                conv,
                factors,
            )
            nodes[f"{neuron.kind}{index}"] = neuron.to_nir((channels, *size), dt)
            size = (size[0] // 2, size[1] // 2)
            nodes[f"pool{index}"] = nir.SumPool2d(
                kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])
            )
            nodes[f"spikemax{index}"] = nir.Threshold(threshold=np.zeros((channels, *size)))
            chain += [f"conv{index}", f"{neuron.kind}{index}", f"pool{index}", f"spikemax{index}"]
        nodes["flatten"] = nir.Flatten(input_type={"input": np.array((channels, *size))}, start_dim=0, end_dim=-1)
        chain.append("flatten")
        for index, (fc, neuron) in enumerate(((self.fc1, self.neuron3), (self.fc2, self.neuron4)), start=3):
            weight = fc.weight.detach().double().numpy()
            nodes[f"fc{index - 2}"] = _synapse_metadata(nir.Affine(weight=weight, bias=np.zeros(weight.shape[0])), fc)
            nodes[f"{neuron.kind}{index}"] = neuron.to_nir((weight.shape[0],), dt)
            chain += [f"fc{index - 2}", f"{neuron.kind}{index}"]
        nodes["output"] = nir.Output(output_type={"output": np.array([self.fc2.out_features])})
        chain.append("output")
        return nodes, list(zip(chain[:-1], chain[1:], strict=True))


class SpikingMLP(torch.nn.Module):
    """Fully connected: flatten, [Linear-neuron] per hidden size, Linear-neuron output."""

    def __init__(
        self,
        input_shape: tuple[int, ...],
        num_classes: int,
        hidden: list[int],
        neuron: NeuronFactory,
        bias: bool = True,
    ) -> None:
        super().__init__()
        self.input_shape = tuple(input_shape)
        sizes = [math.prod(input_shape), *hidden, num_classes]
        self.fcs = torch.nn.ModuleList(
            torch.nn.Linear(a, b, bias=bias) for a, b in zip(sizes[:-1], sizes[1:], strict=True)
        )
        self.neurons = torch.nn.ModuleList(neuron() for _ in self.fcs)
        self.observer: Observer | None = None

    def synapses(self) -> dict[str, torch.nn.Module]:
        return {f"fc{i}": fc for i, fc in enumerate(self.fcs, start=1)}

    def forward(self, x_seq: torch.Tensor) -> torch.Tensor:
        reset_states(self)
        outputs = []
        with cached():  # QAT: the weights are fake-quantized once per sequence, not once per step
            for x in x_seq:
                s = x.flatten(1)
                for index, (fc, neuron) in enumerate(zip(self.fcs, self.neurons, strict=True), start=1):
                    z = neuron(fc(s))
                    if self.observer is not None:
                        self.observer(f"fc{index}", s, z)
                    s = z
                outputs.append(s)
        return torch.stack(outputs)

    def to_nir_nodes(self, dt: float) -> tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]:
        nodes: dict[str, nir.NIRNode] = {
            "input": nir.Input(input_type={"input": np.array(self.input_shape)}),
            "flatten": nir.Flatten(input_type={"input": np.array(self.input_shape)}, start_dim=0, end_dim=-1),
        }
        chain = ["input", "flatten"]
        for index, (fc, neuron) in enumerate(zip(self.fcs, self.neurons, strict=True), start=1):
            bias = fc.bias.detach().double().numpy() if fc.bias is not None else np.zeros(fc.out_features)
            affine = nir.Affine(weight=fc.weight.detach().double().numpy(), bias=bias)
            nodes[f"fc{index}"] = _synapse_metadata(affine, fc)
            nodes[f"{neuron.kind}{index}"] = neuron.to_nir((fc.out_features,), dt)
            chain += [f"fc{index}", f"{neuron.kind}{index}"]
        nodes["output"] = nir.Output(output_type={"output": np.array([self.fcs[-1].out_features])})
        chain.append("output")
        return nodes, list(zip(chain[:-1], chain[1:], strict=True))


def build_bpstdp_model(config: TrainConfig, input_shape: tuple[int, int, int], num_classes: int) -> torch.nn.Module:
    """The IF-neuron network of ``bpstdp``: no bias, no BatchNorm (SpikingJelly ``IFNode`` semantics);
    with ``qat_bits`` its weights are fake-quantized in the forward pass, STDP updating the float
    shadow weights (``snnc.frontends.qat``)."""
    if config.arch == "convnet":
        model: torch.nn.Module = SpikingConvNet(input_shape, num_classes, config.channels, IFLayer, batchnorm=False)
    else:
        model = SpikingMLP(input_shape, num_classes, list(config.hidden), IFLayer, bias=False)
    return enable_qat(model, config.qat_bits)


def _synapse_metadata(node: nir.NIRNode, layer: torch.nn.Module, factors: np.ndarray | float = 1.0) -> nir.NIRNode:
    """``node`` (the export of ``layer``'s weights times ``factors`` per output channel) with the
    trained QAT bits and scales in its metadata when ``layer`` was trained with QAT."""
    scales = trained_scales(layer)
    if scales is not None:
        update_snnc(node, qat=qat_metadata(layer_bits(layer), scales, factors))
    return node
