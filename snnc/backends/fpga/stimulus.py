"""What the host sends the accelerator, and what the integer reference says must come back.

Host records are ``(c, y, x, value, eos)`` on the input stream, coordinates in the graph input's
``(C, H, W)`` (a flat input is ``(N, 1, 1)``): a pixel stage gets the image's non-zero quantized
pixels once and one end marker; a spike stage gets each step's spikes (C order) and an end marker
per step: binary and poisson spikes, or per-step ``frames`` as one event where the frame is > 0
(``snnc.ir.integer.spike_input``: a count > 1 is one event, as in the integer reference). The
expectation holds, per image, the output values (spike counts or membranes), the class, and the
exact cycle count of the cycle model (``cycles``).
"""

from __future__ import annotations

from typing import NamedTuple

import nir
import numpy as np
import torch

from snnc.backends.fpga.cycles import ImageTrace, image_traces, stream_cycles
from snnc.backends.fpga.spec import DesignSpec
from snnc.ir.encoding import encode
from snnc.ir.integer import quantize_pixels, simulate_integer, spike_input
from snnc.ir.passes.fuse import stages_of
from snnc.ir.reference import compile_program

Record = tuple[int, int, int, int, int]


class Expected(NamedTuple):
    values: np.ndarray  # [B, N] int64: spike counts or membranes
    classes: np.ndarray  # [B]
    starts: np.ndarray  # [B] start cycles when the images stream (cycle model)
    dones: np.ndarray  # [B] done cycles when the images stream (cycle model)
    traces: list[ImageTrace]

    @property
    def cycles(self) -> np.ndarray:
        """Latency of each image in the stream: done - start."""
        return self.dones - self.starts


def host_records(first_input: np.ndarray, pixels: bool, shape: tuple[int, int, int]) -> list[list[Record]]:
    """Per image, the input stream: ``first_input`` is [T, B, N_in] spikes or quantized pixels,
    ``shape`` the input's (C, H, W)."""
    steps, batch = first_input.shape[:2]
    flat = first_input.reshape(steps, batch, -1)
    _, height, width = shape
    images = []
    for b in range(batch):
        records: list[Record] = []
        for t in range(1 if pixels else steps):
            for i in np.flatnonzero(flat[t, b]):
                c, y, x = int(i) // (height * width), (int(i) // width) % height, int(i) % width
                records.append((c, y, x, int(flat[t, b, i]) if pixels else 0, 0))
            records.append((0, 0, 0, 0, 1))
        images.append(records)
    return images


class Activity(NamedTuple):
    """What the integer reference says the cores see and do for a batch of images."""

    first_input: np.ndarray  # [T, B, N_in]: what enters stage 0 (spikes, or the quantized pixels)
    spikes: list[np.ndarray]  # [T, B, N_s] per stage: the spikes it emits
    values: np.ndarray  # [B, N]: the output values (spike counts or membranes)


def integer_activity(graph: nir.NIRGraph, spec: DesignSpec, images: torch.Tensor, seed: int = 0) -> Activity:
    """Run the integer reference on ``images`` (shaped as the graph's input) and record, per stage,
    what it receives and emits, and the values the accelerator must output."""
    program = compile_program(graph)
    emitters = [s["nodes"][-1] for s in stages_of(graph)]
    last = spec.stages[-1]
    membrane_node = emitters[-1] if last.kind != "readout" and spec.decoding == "membrane" else None
    inputs = encode(images, spec.encoding, spec.time_steps, seed=seed)
    result = simulate_integer(
        program, inputs, record=tuple(emitters), record_membranes=(membrane_node,) if membrane_node else ()
    )
    steps, batch = spec.time_steps, len(images)
    if spec.stages[0].pixels:
        first_input = quantize_pixels(inputs, spec.stages[0].input_bits).reshape(steps, batch, -1).numpy()
    else:
        first_input = spike_input(inputs).reshape(steps, batch, -1).numpy()  # frames: an event where x > 0
    spikes = [result.recorded[name].reshape(steps, batch, -1).to(torch.int64).numpy() for name in emitters]
    if membrane_node:
        values = result.membranes[membrane_node][-1].reshape(batch, -1).to(torch.int64).numpy()
    else:
        values = spikes[-1].sum(0)  # spike counts, or a readout's integrated membrane
    return Activity(first_input, spikes, values.astype(np.int64))


def reference_run(graph: nir.NIRGraph, spec: DesignSpec, images: torch.Tensor, seed: int = 0):
    """(host records per image, ``Expected``) for ``images`` shaped as the graph's input."""
    activity = integer_activity(graph, spec, images, seed)
    traces = image_traces(activity.first_input, activity.spikes, spec.timings())
    stream = np.array(stream_cycles(spec.timings(), traces, spec.time_steps), dtype=np.int64).reshape(-1, 2)
    values = activity.values
    expected = Expected(values, values.argmax(-1), stream[:, 0], stream[:, 1], traces)
    first = spec.stages[0]
    return host_records(activity.first_input, first.pixels, first.source_shape), expected
