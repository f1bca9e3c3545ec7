"""SNN from scratch: LIF networks trained with surrogate gradients (the seed's first method).

``convnet`` is the seed's network: [conv3x3-BN-LIF-maxpool2] x 2, FC-LIF, FC-LIF, with the
analog image as input current at every step (direct encoding). ``mlp`` is a fully connected
LIF network for small inputs. The output layer spikes; the class is the one with most spikes.
With ``--qat-bits B`` every weight is fake-quantized (``snnc.frontends.qat``).
"""

from __future__ import annotations

import torch

from snnc.frontends.config import TrainConfig
from snnc.frontends.layers import LIFLayer
from snnc.frontends.networks import SpikingConvNet, SpikingMLP
from snnc.frontends.qat import enable_qat


def build_scratch_model(config: TrainConfig, input_shape: tuple[int, int, int], num_classes: int) -> torch.nn.Module:
    def neuron() -> LIFLayer:
        return LIFLayer(config.tau)

    if config.arch == "convnet":
        model: torch.nn.Module = SpikingConvNet(input_shape, num_classes, config.channels, neuron, batchnorm=True)
    else:
        model = SpikingMLP(input_shape, num_classes, list(config.hidden), neuron, bias=True)
    return enable_qat(model, config.qat_bits)
