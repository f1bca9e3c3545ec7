"""ANN pre-training models: the networks that ``train ann2snn`` converts.

``convnet`` is the seed's ANN: [conv3x3-BN-ReLU-AvgPool2] x 2, FC-ReLU-Dropout, FC.
``mlp`` is Flatten, [Linear-ReLU] per hidden size, Linear. Both are plain ``nn.Sequential``
networks (the form the converter accepts), wrapped so the shared trainer can drive them with
one "time step" (``-T 1``, direct encoding): the logits play the role of spike counts.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from snnc.frontends.config import TrainConfig

DROPOUT = 0.5


def ann_convnet(input_shape: tuple[int, int, int], num_classes: int, channels: int) -> nn.Sequential:
    c_in, height, width = input_shape
    hidden = channels * 4 * 4
    return nn.Sequential(
        nn.Conv2d(c_in, channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(channels),
        nn.ReLU(),
        nn.AvgPool2d(2),
        nn.Conv2d(channels, channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(channels),
        nn.ReLU(),
        nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(channels * (height // 4) * (width // 4), hidden),
        nn.ReLU(),
        nn.Dropout(DROPOUT),
        nn.Linear(hidden, num_classes),
    )


def ann_mlp(input_shape: tuple[int, ...], num_classes: int, hidden: list[int]) -> nn.Sequential:
    sizes = [math.prod(input_shape), *hidden]
    layers: list[nn.Module] = [nn.Flatten()]
    for a, b in zip(sizes[:-1], sizes[1:], strict=True):
        layers += [nn.Linear(a, b), nn.ReLU()]
    layers.append(nn.Linear(sizes[-1], num_classes))
    return nn.Sequential(*layers)


class SequenceANN(nn.Module):
    """Applies ``net`` at every step of an input sequence [T, B, ...] -> [T, B, classes]."""

    def __init__(self, net: nn.Sequential) -> None:
        super().__init__()
        self.net = net

    def forward(self, x_seq: torch.Tensor) -> torch.Tensor:
        return torch.stack([self.net(x) for x in x_seq])


def build_ann_model(config: TrainConfig, input_shape: tuple[int, int, int], num_classes: int) -> SequenceANN:
    if config.arch == "convnet":
        return SequenceANN(ann_convnet(input_shape, num_classes, config.channels))
    return SequenceANN(ann_mlp(input_shape, num_classes, list(config.hidden)))
