"""Reading a graph's outputs as class decisions over a batch of images: the settings a graph states
(T, encoding, decoding), batched execution with any runner, and accuracy after every prefix of T.

Runners have the signature of :func:`snnc.ir.execute.run_reference` (the default), so frontends
can evaluate what they export without knowing any backend.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

import nir
import torch

from snnc.errors import ConfigError, GraphError
from snnc.ir.encoding import decode, encode
from snnc.ir.execute import run_reference
from snnc.ir.graph import SPIKING_TYPES
from snnc.ir.metadata import DECODINGS, DEFAULT_ENCODING, ENCODINGS, graph_time_steps, read_snnc
from snnc.ir.precision import DEFAULT_PRECISION, torch_dtype
from snnc.ir.reference import Program, SimulationResult, compile_program
from snnc.progress import progress_bar

Echo = Callable[[str], None]
Runner = Callable[[Program, torch.Tensor, Sequence[str], torch.dtype], SimulationResult]


def run_settings(graph: nir.NIRGraph, time_steps: int | None, encoding: str | None, echo: Echo) -> tuple[int, str, str]:
    """(T, encoding, decoding): flags first, then the graph's metadata; defaults are announced."""
    meta = read_snnc(graph)
    steps = graph_time_steps(graph, time_steps)
    chosen = encoding or meta.get("encoding")
    if chosen is None:
        chosen = DEFAULT_ENCODING
        echo(f"note: the graph does not state its input encoding; using --encoding {DEFAULT_ENCODING}")
    if chosen not in ENCODINGS:
        raise ConfigError(f"--encoding: unknown encoding {chosen!r}; choose one of {', '.join(ENCODINGS)}")
    decoding = meta.get("decoding", "spike_count")
    if decoding not in DECODINGS:
        raise GraphError(f"metadata decoding {decoding!r} is unknown; expected one of {', '.join(DECODINGS)}")
    return steps, chosen, decoding


def readout_membrane_node(program: Program) -> str | None:
    """The node feeding the Output, when it has a membrane (membrane decoding reads it)."""
    source = program.preds[program.output_name][0]
    node = program.graph.nodes[source]
    return source if isinstance(node, (nir.IF, nir.LIF, nir.LI, nir.CubaLIF)) else None


def spiking_neuron_count(program: Program) -> int:
    return sum(math.prod(program.shapes[n]) for n in program.order if isinstance(program.graph.nodes[n], SPIKING_TYPES))


def prepare_images(program: Program, images: torch.Tensor, name: str, per_step: bool = False) -> torch.Tensor:
    """Images shaped as the graph's input (a flat input takes flattened images); ``per_step``: frames
    [N, T, *input] that must already be the graph's input."""
    expected = tuple(program.shapes[program.input_name])
    if per_step:
        if tuple(images.shape[2:]) != expected:
            raise GraphError(f"the graph's input shape {expected} does not fit {name} frames {tuple(images.shape[2:])}")
        return images
    if tuple(images.shape[1:]) == expected:
        return images
    if math.prod(images.shape[1:]) != math.prod(expected):
        raise GraphError(f"the graph's input shape {expected} does not fit {name} images {tuple(images.shape[1:])}")
    return images.reshape(len(images), *expected)


def run_batches(
    runner: Runner,
    program: Program,
    images: torch.Tensor,
    steps: int,
    encoding: str,
    decoding: str,
    batch_size: int,
    dtype: torch.dtype,
    seed: int = 0,
    device: str = "cpu",
) -> Iterator[tuple[SimulationResult, torch.Tensor | None]]:
    """Yield (result, readout membranes [T, B, ...] or None) per batch, computed on ``device``."""
    readout = readout_membrane_node(program) if decoding == "membrane" else None
    if encoding == "frames" and images.ndim != len(program.shapes[program.input_name]) + 2:
        raise ConfigError(
            "--encoding frames takes per-step inputs [N, T, ...]: an event dataset (NMNIST, DVSGesture, SHD) or "
            "an --inputs file of per-step inputs"
        )
    for start in range(0, len(images), batch_size):
        inputs = encode(images[start : start + batch_size].to(device), encoding, steps, seed=seed + start)
        result = runner(program, inputs, (readout,) if readout else (), dtype)
        yield result, (result.membranes[readout] if readout else None)


def accuracy_by_time(
    graph: nir.NIRGraph,
    images: torch.Tensor,
    labels: torch.Tensor,
    time_steps: list[int],
    runner: Runner = run_reference,
    batch_size: int = 256,
    dtype: str = DEFAULT_PRECISION,
    echo: Echo = print,
    device: str = "cpu",
    progress: bool = False,
) -> dict[int, float]:
    """Accuracy after each of ``time_steps`` steps, from one run of the longest: the dynamics are
    causal, so the first t steps of a T-step run are a t-step run."""
    if not time_steps or min(time_steps) < 1:
        raise ConfigError("time steps to evaluate must be >= 1")
    program = compile_program(graph)
    _, encoding, decoding = run_settings(graph, max(time_steps), None, echo)
    images = prepare_images(program, images, "the")
    correct = dict.fromkeys(time_steps, 0)
    batches = run_batches(
        runner, program, images, max(time_steps), encoding, decoding, batch_size, torch_dtype(dtype), device=device
    )
    starts = progress_bar(range(0, len(images), batch_size), "evaluating the SNN", progress, "batch")
    for start, (result, membranes) in zip(starts, batches, strict=True):
        batch_labels = labels[start : start + batch_size]
        for t in time_steps:
            final = membranes[t - 1] if membranes is not None else None
            correct[t] += int((decode(result.output[:t], decoding, final).cpu() == batch_labels).sum())
    return {t: correct[t] / len(images) for t in time_steps}
