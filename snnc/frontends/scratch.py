"""SNN from scratch: LIF networks trained with surrogate gradients (the seed's first method).

``convnet`` is the seed's network: [conv3x3-BN-LIF-maxpool2] x 2, FC-LIF, FC-LIF, with the
analog image as input current at every step (direct encoding). ``mlp`` is a fully
connected LIF network for small inputs. The output layer spikes; the class is the one with
most spikes. On export BatchNorm is folded into the preceding convolution and max-pooling
of spikes becomes ``SumPool2d -> Threshold(0)``, which is exact for binary spikes.
"""

from __future__ import annotations

import math

import nir
import numpy as np
import torch
import torch.nn.functional as F

from snnc.frontends.config import TrainConfig
from snnc.frontends.layers import LIFLayer, fold_batchnorm, reset_states


class ScratchConvNet(torch.nn.Module):
    """The seed's conv SNN: conv-BN-LIF-maxpool x 2, FC-LIF, FC-LIF."""

    def __init__(self, input_shape: tuple[int, int, int], num_classes: int, channels: int, tau: float) -> None:
        super().__init__()
        c_in, height, width = input_shape
        self.input_shape = input_shape
        self.conv1 = torch.nn.Conv2d(c_in, channels, 3, padding=1, bias=False)
        self.bn1 = torch.nn.BatchNorm2d(channels)
        self.lif1 = LIFLayer(tau)
        self.conv2 = torch.nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(channels)
        self.lif2 = LIFLayer(tau)
        self.pooled = (height // 4, width // 4)
        hidden = channels * 4 * 4
        self.fc1 = torch.nn.Linear(channels * self.pooled[0] * self.pooled[1], hidden, bias=False)
        self.lif3 = LIFLayer(tau)
        self.fc2 = torch.nn.Linear(hidden, num_classes, bias=False)
        self.lif4 = LIFLayer(tau)

    def forward(self, x_seq: torch.Tensor) -> torch.Tensor:
        """[T, B, C, H, W] input currents -> [T, B, classes] output spikes."""
        reset_states(self)
        static = None
        if x_seq.stride(0) == 0:  # an expanded (direct-encoded) input: the same current at every step
            static = self.bn1(self.conv1(x_seq[0]))
        outputs = []
        for x in x_seq:
            current = static if static is not None else self.bn1(self.conv1(x))
            s = F.max_pool2d(self.lif1(current), 2)
            s = F.max_pool2d(self.lif2(self.bn2(self.conv2(s))), 2)
            s = self.lif3(self.fc1(s.flatten(1)))
            outputs.append(self.lif4(self.fc2(s)))
        return torch.stack(outputs)

    def to_nir_nodes(self, dt: float) -> tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]:
        c_in, height, width = self.input_shape
        channels = self.conv1.out_channels
        nodes: dict[str, nir.NIRNode] = {"input": nir.Input(input_type={"input": np.array(self.input_shape)})}
        chain = ["input"]
        size = (height, width)
        for index, (conv, bn, lif) in enumerate(
            ((self.conv1, self.bn1, self.lif1), (self.conv2, self.bn2, self.lif2)), start=1
        ):
            weight, bias = fold_batchnorm(conv.weight.detach().double().numpy(), np.zeros(channels), bn)
            nodes[f"conv{index}"] = nir.Conv2d(
                input_shape=size, weight=weight, stride=1, padding=1, dilation=1, groups=1, bias=bias
            )
            nodes[f"lif{index}"] = lif.to_nir((channels, *size), dt)
            size = (size[0] // 2, size[1] // 2)
            nodes[f"pool{index}"] = nir.SumPool2d(
                kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])
            )
            nodes[f"spikemax{index}"] = nir.Threshold(threshold=np.zeros((channels, *size)))
            chain += [f"conv{index}", f"lif{index}", f"pool{index}", f"spikemax{index}"]
        nodes["flatten"] = nir.Flatten(input_type={"input": np.array((channels, *size))}, start_dim=0, end_dim=-1)
        chain.append("flatten")
        for index, (fc, lif) in enumerate(((self.fc1, self.lif3), (self.fc2, self.lif4)), start=3):
            weight = fc.weight.detach().double().numpy()
            nodes[f"fc{index - 2}"] = nir.Affine(weight=weight, bias=np.zeros(weight.shape[0]))
            nodes[f"lif{index}"] = lif.to_nir((weight.shape[0],), dt)
            chain += [f"fc{index - 2}", f"lif{index}"]
        nodes["output"] = nir.Output(output_type={"output": np.array([self.fc2.out_features])})
        chain.append("output")
        return nodes, list(zip(chain[:-1], chain[1:], strict=True))


class ScratchMLP(torch.nn.Module):
    """Fully connected LIF network: flatten, [Linear-LIF] per hidden size, Linear-LIF output."""

    def __init__(self, input_shape: tuple[int, ...], num_classes: int, hidden: list[int], tau: float) -> None:
        super().__init__()
        self.input_shape = tuple(input_shape)
        sizes = [math.prod(input_shape), *hidden, num_classes]
        self.fcs = torch.nn.ModuleList(torch.nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:], strict=True))
        self.lifs = torch.nn.ModuleList(LIFLayer(tau) for _ in self.fcs)

    def forward(self, x_seq: torch.Tensor) -> torch.Tensor:
        reset_states(self)
        outputs = []
        for x in x_seq:
            s = x.flatten(1)
            for fc, lif in zip(self.fcs, self.lifs, strict=True):
                s = lif(fc(s))
            outputs.append(s)
        return torch.stack(outputs)

    def to_nir_nodes(self, dt: float) -> tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]:
        nodes: dict[str, nir.NIRNode] = {
            "input": nir.Input(input_type={"input": np.array(self.input_shape)}),
            "flatten": nir.Flatten(input_type={"input": np.array(self.input_shape)}, start_dim=0, end_dim=-1),
        }
        chain = ["input", "flatten"]
        for index, (fc, lif) in enumerate(zip(self.fcs, self.lifs, strict=True), start=1):
            nodes[f"fc{index}"] = nir.Affine(
                weight=fc.weight.detach().double().numpy(), bias=fc.bias.detach().double().numpy()
            )
            nodes[f"lif{index}"] = lif.to_nir((fc.out_features,), dt)
            chain += [f"fc{index}", f"lif{index}"]
        nodes["output"] = nir.Output(output_type={"output": np.array([self.fcs[-1].out_features])})
        chain.append("output")
        return nodes, list(zip(chain[:-1], chain[1:], strict=True))


def build_scratch_model(config: TrainConfig, input_shape: tuple[int, int, int], num_classes: int) -> torch.nn.Module:
    if config.arch == "convnet":
        return ScratchConvNet(input_shape, num_classes, config.channels, config.tau)
    return ScratchMLP(input_shape, num_classes, list(config.hidden), config.tau)
