"""Running a NIR graph on a dataset with a backend: accuracy, spike activity and speed.

This is what ``snnc run`` and ``snnc demo`` call; it reads everything it needs from the
graph (time steps, encoding, decoding in ``metadata['snnc']``) unless told otherwise.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import NamedTuple

import nir
import torch

from snnc.backends import get_runner
from snnc.data import canonical_name, limit_split, load_split
from snnc.errors import ConfigError, GraphError
from snnc.ir.encoding import decode, encode
from snnc.ir.graph import SPIKING_TYPES
from snnc.ir.metadata import DECODINGS, ENCODINGS, read_snnc
from snnc.ir.reference import Program, compile_program

Echo = Callable[[str], None]
DTYPES = {"float64": torch.float64, "float32": torch.float32}


class RunReport(NamedTuple):
    backend: str
    dataset: str
    images: int
    time_steps: int
    encoding: str
    decoding: str
    accuracy: float
    correct: int
    mean_spikes_per_neuron_per_step: float
    seconds: float
    images_per_s: float
    predictions: list[int]

    def summary(self) -> dict[str, object]:
        """The report without the per-image predictions (what ``--json`` prints)."""
        values = self._asdict()
        values.pop("predictions")
        return values


def run_settings(graph: nir.NIRGraph, time_steps: int | None, encoding: str | None, echo: Echo) -> tuple[int, str, str]:
    """(T, encoding, decoding): flags first, then the graph's metadata; defaults are announced."""
    meta = read_snnc(graph)
    steps = time_steps if time_steps is not None else meta.get("time_steps")
    if steps is None:
        raise ConfigError("-T/--time_steps: the graph does not store its time steps; pass -T N")
    steps = int(steps)
    if not 1 <= steps <= 100_000:
        raise ConfigError(f"-T/--time_steps must be between 1 and 100000, got {steps}")
    chosen = encoding or meta.get("encoding")
    if chosen is None:
        chosen = "direct"
        echo("note: the graph does not state its input encoding; using --encoding direct")
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


def _prepare_images(program: Program, images: torch.Tensor, name: str) -> torch.Tensor:
    """Images shaped as the graph's input (a flat input takes flattened images)."""
    expected = tuple(program.shapes[program.input_name])
    if tuple(images.shape[1:]) == expected:
        return images
    if math.prod(images.shape[1:]) != math.prod(expected):
        raise GraphError(f"the graph's input shape {expected} does not fit {name} images {tuple(images.shape[1:])}")
    return images.reshape(len(images), *expected)


def _batches(
    runner,
    program: Program,
    images: torch.Tensor,
    steps: int,
    encoding: str,
    decoding: str,
    batch_size: int,
    dtype: torch.dtype,
    seed: int,
):
    """Yield (SimulationResult, readout membranes [T, B, ...] or None) per batch."""
    readout = readout_membrane_node(program) if decoding == "membrane" else None
    for start in range(0, len(images), batch_size):
        inputs = encode(images[start : start + batch_size], encoding, steps, seed=seed + start)
        result = runner(program, inputs, (readout,) if readout else (), dtype)
        yield result, (result.membranes[readout] if readout else None)


def run_on_dataset(
    graph: nir.NIRGraph,
    backend: str,
    dataset: str,
    dataset_root: str = "./data",
    time_steps: int | None = None,
    encoding: str | None = None,
    limit: int | None = None,
    batch_size: int = 256,
    dtype: str = "float64",
    seed: int = 0,
    echo: Echo = print,
    device: str = "cpu",
) -> RunReport:
    """Run ``graph`` on the test split of ``dataset`` with ``backend`` and report."""
    if dtype not in DTYPES:
        raise ConfigError(f"--precision must be one of {', '.join(DTYPES)}, got {dtype!r}")
    if batch_size < 1:
        raise ConfigError(f"--batch_size must be >= 1, got {batch_size}")
    runner = get_runner(backend)
    dataset = canonical_name(dataset)
    program = compile_program(graph)
    steps, chosen_encoding, decoding = run_settings(graph, time_steps, encoding, echo)
    split = limit_split(load_split(dataset, "test", dataset_root), limit)
    images = _prepare_images(program, split.images, split.name)
    predictions: list[torch.Tensor] = []
    total_spikes = 0.0
    began = time.perf_counter()
    for result, membranes in _batches(
        runner, program, images, steps, chosen_encoding, decoding, batch_size, DTYPES[dtype], seed
    ):
        predictions.append(decode(result.output, decoding, membranes[-1] if membranes is not None else None))
        total_spikes += sum(result.spike_counts.values())
    seconds = time.perf_counter() - began
    predicted = torch.cat(predictions)
    correct = int((predicted == split.labels).sum())
    neurons = spiking_neuron_count(program)
    activity = total_spikes / (neurons * steps * len(images)) if neurons else 0.0
    return RunReport(
        backend=backend,
        dataset=split.name,
        images=len(images),
        time_steps=steps,
        encoding=chosen_encoding,
        decoding=decoding,
        accuracy=correct / len(images),
        correct=correct,
        mean_spikes_per_neuron_per_step=activity,
        seconds=seconds,
        images_per_s=len(images) / seconds,
        predictions=predicted.tolist(),
    )


def accuracy_by_time(
    graph: nir.NIRGraph,
    images: torch.Tensor,
    labels: torch.Tensor,
    time_steps: list[int],
    backend: str = "reference",
    batch_size: int = 256,
    dtype: str = "float32",
    echo: Echo = print,
    device: str = "cpu",
) -> dict[int, float]:
    """Accuracy after each of ``time_steps`` steps, from one run of the longest: the dynamics are
    causal, so the first t steps of a T-step run are a t-step run."""
    if not time_steps or min(time_steps) < 1:
        raise ConfigError("time steps to evaluate must be >= 1")
    program = compile_program(graph)
    _, encoding, decoding = run_settings(graph, max(time_steps), None, echo)
    images = _prepare_images(program, images, "the")
    correct = dict.fromkeys(time_steps, 0)
    batches = _batches(
        get_runner(backend), program, images, max(time_steps), encoding, decoding, batch_size, DTYPES[dtype], 0
    )
    for start, (result, membranes) in zip(range(0, len(images), batch_size), batches, strict=True):
        batch_labels = labels[start : start + batch_size]
        for t in time_steps:
            final = membranes[t - 1] if membranes is not None else None
            correct[t] += int((decode(result.output[:t], decoding, final).cpu() == batch_labels).sum())
    return {t: correct[t] / len(images) for t in time_steps}
