"""Input encodings and output decodings (``docs/semantics.md``, "Encodings and decodings").

Encodings turn a batch of analog images [B, *shape] with values in [0, 1] into the
graph's input over T steps [T, B, *shape] (``frames``: a batch that already gives every step,
[B, T', *shape], event frames or a user's per-step tensors); decodings turn the executed graph's
output into class predictions.
"""

from __future__ import annotations

import torch

from snnc.errors import ConfigError
from snnc.ir.metadata import DECODINGS, ENCODINGS

Tensor = torch.Tensor
BINARY_THRESHOLD = 0.5


def encode(images: Tensor, encoding: str, time_steps: int, seed: int = 0) -> Tensor:
    """[B, *shape] -> [T, B, *shape].

    ``direct``:  the analog image is the input current at every step;
    ``binary``:  1 where the pixel is > 0.5, at every step;
    ``poisson``: independent Bernoulli spikes with probability = pixel value (clipped to [0, 1]),
                 drawn from a generator seeded with ``seed``, so every backend sees the same spikes;
    ``frames``:  ``images`` is [B, T', *shape] with T' >= T: the input at step t is frame t, as given
                 (event counts per bin, or any per-step current); the first T frames are used. Integer
                 frames (counts stored as uint8) become float32.
    """
    if time_steps < 1:
        raise ConfigError(f"time steps must be >= 1, got {time_steps}")
    if encoding == "frames":
        return frames_to_steps(images, time_steps)
    if encoding == "direct":
        return images.unsqueeze(0).expand(time_steps, *images.shape)
    if encoding == "binary":
        return (images > BINARY_THRESHOLD).to(images.dtype).unsqueeze(0).expand(time_steps, *images.shape)
    if encoding == "poisson":
        generator = torch.Generator().manual_seed(seed)
        rates = images.clamp(0, 1).unsqueeze(0).expand(time_steps, *images.shape)
        return torch.bernoulli(rates, generator=generator)
    raise ConfigError(f"unknown encoding {encoding!r}; choose one of {', '.join(ENCODINGS)}")


def frames_to_steps(frames: Tensor, time_steps: int) -> Tensor:
    """Per-step inputs [B, T', *shape] -> the first ``time_steps`` of them, step-major [T, B, *shape]."""
    given = frames.shape[1] if frames.ndim >= 2 else 0
    if given < time_steps:
        raise ConfigError(
            f"the per-step inputs give {given} steps per sample, fewer than T={time_steps}; "
            f"pass -T {max(given, 1)} or give [N, {time_steps}, ...] inputs"
        )
    steps = frames[:, :time_steps].transpose(0, 1)
    return steps if steps.is_floating_point() else steps.to(torch.float32)


def decode(output: Tensor, decoding: str, final_membrane: Tensor | None = None) -> Tensor:
    """Class predictions [B] from the output per step [T, B, N].

    ``spike_count``: argmax of the spike counts over T (ties -> lowest index, torch's argmax rule);
    ``membrane``:    argmax of the readout's final membrane: ``final_membrane`` [B, N] when the node
                     feeding the Output has a membrane (LI, IF, ...); when the graph ends in a synapse,
                     the readout is a non-spiking integrator of its output, so its membrane is the sum
                     of the output over the T steps.
    """
    if decoding == "spike_count":
        return output.flatten(2).sum(0).argmax(-1)
    if decoding == "membrane":
        last = final_membrane if final_membrane is not None else output.sum(0)
        return last.flatten(1).argmax(-1)
    raise ConfigError(f"unknown decoding {decoding!r}; choose one of {', '.join(DECODINGS)}")
