"""Running a NIR graph on a dataset with a backend: accuracy, spike activity and speed.

This is what ``snnc run`` and ``snnc demo`` call; it reads everything it needs from the
graph (time steps, encoding, decoding in ``metadata['snnc']``) unless told otherwise.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import nir
import torch

from snnc.backends import get_runner
from snnc.data import canonical_name, limit_split, load_split
from snnc.errors import ConfigError
from snnc.ir.encoding import decode
from snnc.ir.evaluation import DTYPES, Echo, prepare_images, run_batches, run_settings, spiking_neuron_count
from snnc.ir.reference import compile_program


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
    images = prepare_images(program, split.images, split.name)
    predictions: list[torch.Tensor] = []
    total_spikes = 0.0
    began = time.perf_counter()
    batches = run_batches(
        runner, program, images, steps, chosen_encoding, decoding, batch_size, DTYPES[dtype], seed, device
    )
    for result, membranes in batches:
        predictions.append(decode(result.output, decoding, membranes[-1] if membranes is not None else None).cpu())
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
