"""The accelerator's cycle model: exact cycles per image from the spikes the integer reference counts.

This is the timing contract of the FPGA generator (``snnc.backends.fpga.rtl``), as
``snnc.ir.integer`` is its value contract: the RTL simulation must take exactly these cycles.
Each stage ``s`` has ``G_s = ceil(N_s / P_s)`` groups of ``P_s`` lanes and runs two processes
that overlap with every other stage's (times are clock cycles; "visible" means a flag set by a
register in cycle ``c`` is seen from ``c + 1``):

- **compute** of step ``t`` starts at ``A = max(D_s(t-1) + 1, input visible, spike half free)``
  and ends (last update slot retires) at ``D_s(t) = A + G_s (E_s(t) + 1) + 2``, where ``E_s(t)``
  is the number of events of that step (a pixel stage sees its non-zero pixels at t = 0 and
  none after: the current is computed once per image and kept);
- **emitter** (every stage but the last) of step ``t`` starts at
  ``B = max(D_s(t) + 1, X_s(t-1) + 1, D_{s+1}(t-2) + 1)`` (the consumer's buffer half is free),
  spends one cycle per spike of each group but at least one per group, and sends the end-of-step
  marker at ``X_s(t) = B + sum_g max(1, S_{s,g}(t)) + 1``; the consumer sees the step at
  ``X_s(t) + 1``. The spike half it frees is visible to compute ``s`` at ``X_s(t) + 1``;
- the **host** pulses ``start`` at cycle 0 and pushes one event per cycle from cycle 1: pixels
  once (then the end marker), or each step's spike events and marker as soon as stage 0's buffer
  half is free (``D_0(t-2) + 1``);
- after the last stage's step ``T-1`` the ``N`` results stream out, one read cycle per group and
  one cycle per value: ``done`` at ``D_last(T-1) + G_last + N_last + 1``, the image's cycle count.

The event lower bound of DESIGN §8 (``snnc.ir.passes.schedule.stage_bound``) is
``T * max_s (E_s G_s + G_s)`` with the mean events per step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

PIPELINE_DRAIN = 2  # cycles from the last issued item to its retirement


class StageTiming(NamedTuple):
    n_out: int
    lanes: int
    pixels: bool

    @property
    def groups(self) -> int:
        return -(-self.n_out // self.lanes)


class ImageTrace(NamedTuple):
    """What one image makes the accelerator do.

    ``events[s][t]``: events entering stage s at step t; ``group_spikes[s][t]``: the spikes of
    stage s at step t per group of its lanes (only read for stages that emit).
    """

    events: list[list[int]]
    group_spikes: list[list[list[int]]]


def compute_cycles(timing: StageTiming, events: int) -> int:
    """Issue cycles of one step: ``G (E + 1)``."""
    return timing.groups * (events + 1)


def image_cycles(stages: Sequence[StageTiming], trace: ImageTrace, time_steps: int) -> int:
    """Cycles from ``start`` to ``done`` for one image (see the module doc)."""
    count = len(stages)
    done = [[0] * time_steps for _ in range(count)]  # D_s(t)
    eos = [[0] * time_steps for _ in range(count)]  # X_s(t); for s = -1 (host) kept separately
    host_eos = [0] * time_steps

    def previous(table: list[int], t: int) -> int:
        return table[t] if t >= 0 else -1

    host_free = 1
    for t in range(time_steps):
        first = stages[0]
        if first.pixels:
            if t == 0:
                host_eos[0] = host_free + trace.events[0][0]
        else:
            begin = max(host_free, previous(done[0], t - 2) + 1)
            host_eos[t] = begin + trace.events[0][t]
            host_free = host_eos[t] + 1
        for s, timing in enumerate(stages):
            ready = previous(done[s], t - 1) + 1
            if s == 0:
                if not (timing.pixels and t > 0):
                    ready = max(ready, host_eos[t] + 1)
            else:
                ready = max(ready, eos[s - 1][t] + 1)
            if s < count - 1:
                ready = max(ready, previous(eos[s], t - 2) + 1)
            done[s][t] = ready + compute_cycles(timing, trace.events[s][t]) + PIPELINE_DRAIN
            if s < count - 1:
                begin = max(done[s][t] + 1, previous(eos[s], t - 1) + 1, previous(done[s + 1], t - 2) + 1)
                eos[s][t] = begin + sum(max(1, spikes) for spikes in trace.group_spikes[s][t]) + 1
    last = stages[-1]
    return done[-1][time_steps - 1] + last.groups + last.n_out + 1


def group_counts(spikes: np.ndarray, lanes: int) -> np.ndarray:
    """Spikes per group of ``lanes`` neurons: [..., N] -> [..., G]."""
    n = spikes.shape[-1]
    groups = -(-n // lanes)
    padded = np.zeros((*spikes.shape[:-1], groups * lanes), dtype=np.int64)
    padded[..., :n] = spikes
    return padded.reshape(*spikes.shape[:-1], groups, lanes).sum(-1)


def image_traces(first_input: np.ndarray, stage_spikes: Sequence[np.ndarray], stages: Sequence[StageTiming]):
    """One ``ImageTrace`` per image.

    ``first_input``: what enters stage 0, [T, B, N_in] (spikes, or the quantized pixels, which a
    pixel stage receives once); ``stage_spikes[s]``: the spikes stage s emits, [T, B, N_s].
    """
    steps, batch = first_input.shape[:2]
    flat = first_input.reshape(steps, batch, -1)
    events = [np.count_nonzero(flat, axis=-1)]  # [T, B]
    if stages[0].pixels:
        events[0] = np.zeros_like(events[0])
        events[0][0] = np.count_nonzero(flat[0], axis=-1)
    for spikes in stage_spikes[:-1]:
        events.append(spikes.reshape(steps, batch, -1).sum(-1))
    groups = [
        group_counts(spikes.reshape(steps, batch, -1), timing.lanes)
        for spikes, timing in zip(stage_spikes, stages, strict=True)
    ]
    return [
        ImageTrace(
            events=[[int(e[t, b]) for t in range(steps)] for e in events],
            group_spikes=[[[int(c) for c in g[t, b]] for t in range(steps)] for g in groups],
        )
        for b in range(batch)
    ]
