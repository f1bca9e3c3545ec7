"""ANN pre-training models: the networks that ``train ann2snn`` converts.

``convnet`` is the seed's ANN: [conv3x3-BN-ReLU-AvgPool2] x 2, FC-ReLU-Dropout, FC.
``mlp`` is Flatten, [Linear-ReLU] per hidden size, Linear. Both are plain ``nn.Sequential``
networks (the form the converter accepts), wrapped so the shared trainer can drive them with
one "time step" (``-T 1``, direct encoding): the logits play the role of spike counts.

With ``--act qcfs`` every ReLU is a :class:`QCFS` activation (quantization-clip-floor-shift,
Bu et al., ICLR 2022) with ``--levels L`` steps and a learned threshold, the activation an IF
neuron with that threshold and half of it as initial membrane reproduces in few time steps.

With ``--qat-bits B`` every Linear and Conv2d computes with fake-quantized weights
(``snnc.frontends.qat``); ``train ann2snn`` carries their scales through the conversion.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from snnc.frontends.config import TrainConfig
from snnc.frontends.qat import cached, enable_qat

DROPOUT = 0.5
QCFS_THRESHOLD_INIT = 2.0  # lambda before training (BatchNorm'd pre-activations: a few standard deviations)


class QCFS(nn.Module):
    """Quantization-clip-floor-shift activation (Bu et al., ICLR 2022), unitless like a ReLU:

        h(x) = (lambda / L) clip(floor(x L / lambda + 1/2), 0, L)

    ``L`` = ``levels`` steps, ``lambda`` = ``threshold`` a learned scalar per layer (> 0). It is the
    mean output of an IF neuron (threshold lambda, subtractive reset, ``v(0) = lambda / 2``) driven
    by constant ``x`` over ``T = L`` steps, times lambda; converted, it needs no other scale.

    Gradients: ``floor`` passes its input's gradient straight through, so ``dh/dx = 1`` on
    ``0 < x < lambda`` (0 elsewhere) and ``dh/dlambda = h/lambda - x/lambda`` there, 1 above
    (``x >= lambda``) and 0 below: the paper's threshold gradient.
    """

    def __init__(self, levels: int, threshold: float = QCFS_THRESHOLD_INIT) -> None:
        super().__init__()
        self.levels = int(levels)
        self.threshold = nn.Parameter(torch.tensor(float(threshold)))

    def effective_threshold(self) -> torch.Tensor:
        """``lambda`` as used: ``|threshold|``, at least 1e-6 (> 0 whatever the optimizer does)."""
        return self.threshold.abs().clamp_min(1e-6)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        threshold = self.effective_threshold()
        scaled = torch.clamp(x / threshold, 0, 1) * self.levels + 0.5
        levels = scaled + (torch.floor(scaled) - scaled).detach()  # floor, straight-through gradient
        return levels * (threshold / self.levels)

    def extra_repr(self) -> str:
        return f"levels={self.levels}"


def activation(act: str, levels: int) -> nn.Module:
    """A ReLU (``act = "relu"``) or a :class:`QCFS` of ``levels`` steps."""
    return QCFS(levels) if act == "qcfs" else nn.ReLU()


def ann_convnet(
    input_shape: tuple[int, int, int], num_classes: int, channels: int, act: str = "relu", levels: int = 8
) -> nn.Sequential:
    c_in, height, width = input_shape
    hidden = channels * 4 * 4
    return nn.Sequential(
        nn.Conv2d(c_in, channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(channels),
        activation(act, levels),
        nn.AvgPool2d(2),
        nn.Conv2d(channels, channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(channels),
        activation(act, levels),
        nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(channels * (height // 4) * (width // 4), hidden),
        activation(act, levels),
        nn.Dropout(DROPOUT),
        nn.Linear(hidden, num_classes),
    )


def ann_mlp(
    input_shape: tuple[int, ...], num_classes: int, hidden: list[int], act: str = "relu", levels: int = 8
) -> nn.Sequential:
    sizes = [math.prod(input_shape), *hidden]
    layers: list[nn.Module] = [nn.Flatten()]
    for a, b in zip(sizes[:-1], sizes[1:], strict=True):
        layers += [nn.Linear(a, b), activation(act, levels)]
    layers.append(nn.Linear(sizes[-1], num_classes))
    return nn.Sequential(*layers)


class SequenceANN(nn.Module):
    """Applies ``net`` at every step of an input sequence [T, B, ...] -> [T, B, classes]."""

    def __init__(self, net: nn.Sequential) -> None:
        super().__init__()
        self.net = net

    def forward(self, x_seq: torch.Tensor) -> torch.Tensor:
        with cached():  # QAT: the weights are fake-quantized once for the whole sequence
            return torch.stack([self.net(x) for x in x_seq])


def build_ann_model(config: TrainConfig, input_shape: tuple[int, int, int], num_classes: int) -> SequenceANN:
    """The ANN of ``config``; with ``qat_bits`` every Linear and Conv2d fake-quantized (``snnc.frontends.qat``)."""
    if config.arch == "convnet":
        model = SequenceANN(ann_convnet(input_shape, num_classes, config.channels, config.act, config.levels))
    else:
        model = SequenceANN(ann_mlp(input_shape, num_classes, list(config.hidden), config.act, config.levels))
    enable_qat(model, config.qat_bits)
    return model
