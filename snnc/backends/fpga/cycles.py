"""The accelerator's cycle model: exact cycles per image from the spikes the integer reference counts.

This is the timing contract of the FPGA generator (``snnc.backends.fpga.rtl``), as
``snnc.ir.integer`` is its value contract: the RTL simulation must take exactly these cycles.
Each stage ``s`` keeps its neurons in ``W_s`` words of ``P_s`` lanes: a fully connected stage
has ``W = G = ceil(N / P)`` groups; a convolution has lanes over output channels and
``W = OH OW ceil(C / P)`` words; a pool has lanes = channels and ``W = OH OW``. A convolution
with accumulator banks ``(bh, bw)`` (``bh`` is 1 or ``kh``, ``bw`` 1 or ``kw``) pads its map to
whole ``bh x bw`` tiles: ``W = ceil(OH / bh) bh ceil(OW / bw) bw G``. A step with ``E`` events
issues ``I_s(E) = per_event_s E + W_s`` items: ``G`` per event and one update slot per group (FC),
``(kh / bh) (kw / bw) G`` per event and one update per word (conv: the banks take the kernel
offsets of their axes in parallel), one per event and one per word (pool). Each stage runs two
processes that overlap with every other stage's (times are clock cycles; "visible" means a flag
set by a register in cycle ``c`` is seen from ``c + 1``):

- **compute** of step ``t`` is decided at ``A = max(D_s(t-1) + 1, input visible, spike slot free)``
  (the ring holds ``slots_s`` steps: the slot is free once ``X_s(t - slots_s)`` is sent), starts
  a cycle later, and ends (last update retires) at ``D_s(t) = A + 1 + I_s(E_s(t)) + L_s``, where ``L_s`` is the core's
  pipeline depth (``StageTiming.drain``: 6 for a pool, 9-11 for FC and conv cores;
  ``spec.pipeline_drain``) and ``E_s(t)`` is the number of events of that step after the stage's
  pool remap (a pixel stage sees its non-zero pixels at t = 0 and none after: the current is
  computed once per image and kept);
- **emitter** (every stage but the last) of step ``t`` starts at
  ``B = max(D_s(t) + 1, X_s(t-1) + 1, D_{s+1}(t-2) + 1)`` (the consumer's buffer half is free),
  waits one cycle for its first word (fetched ahead into a queue), spends one cycle per spike of
  each word but at least one per word, and sends the end-of-step marker at
  ``X_s(t) = B + sum_w max(1, S_{s,w}(t)) + 3``; the consumer sees the step at
  ``X_s(t) + 1``. The spike half it frees is visible to compute ``s`` at ``X_s(t) + 1``;
- the **host** pulses ``start`` (a cycle of its own) and then pushes one event per cycle: pixels
  once (then the end marker) as soon as stage 0's buffer half is free (the image two back has
  finished its step 0), or each step's spike events and marker as soon as the half is free
  (``D_0(t-2) + 1``); then the next image's ``start``: images stream, several in flight;
- the last stage starts an image's first step only after the previous image's results are out;
- after reset (cycle 0 = the first image's ``start``), a conv or pool core clears its accumulator
  (count) RAM, one word per cycle (``W / (bh bw)`` words: the banks clear side by side), and starts
  no step before that many cycles;
- after the last (fully connected) stage's step ``T-1`` the ``N`` results stream out, one read
  cycle per group and one cycle per value: ``done`` at ``D_last(T-1) + G_last + N_last + 1``.
  An image's latency is ``done - start``; streamed, the interval between ``done``s is the
  throughput.

The event lower bound the plan reports against (``snnc.backends.fpga.schedule.stage_bound``) is
``T * max_s (per_event_s E_s + ceil(N_s / P_s))`` with ``E_s`` the mean events per step and ``N_s``
the stage's neurons. ``docs/hardware.md``, "Cycle contract", states this model in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

EMIT_OVERHEAD = 3  # an emitter's first word reaches the head of its queue three cycles after it begins (rtl.emitter)
START_DELAY = 1  # a core decides to start a step in one cycle and starts in the next (rtl.step_control)
PIPELINE_DRAIN = 2  # default depth of a hand-built StageTiming; the generator's come from spec.pipeline_drain


class StageTiming(NamedTuple):
    """A stage's layout: ``out_shape`` (C, H, W) (a flat layer is (N, 1, 1)) in words of ``lanes``
    lanes over channels; ``per_event`` items per event; ``pool``: the kernel of the sum pool the
    stage applies to arriving events (0: none). A conv core with ``banks = (bh, bw)`` keeps its
    map in tiles of ``bh x bw`` positions (padded up to whole tiles), its words ordered
    ``(tile row, tile column, y mod bh, x mod bw, channel group)``; ``(1, 1)``: ``(y, x, group)``."""

    out_shape: tuple[int, int, int]
    lanes: int
    per_event: int
    pixels: bool
    pool: int = 0
    slots: int = 2  # step slots of the spike ring between compute and emitter
    clear_words: int = 0  # RAM words a conv/pool core clears after reset before its first step
    drain: int = PIPELINE_DRAIN  # cycles from an item's issue to its retirement (the pipeline's depth)
    banks: tuple[int, int] = (1, 1)

    @property
    def groups(self) -> int:
        return -(-self.out_shape[0] // self.lanes)

    @property
    def tiles(self) -> tuple[int, int]:
        """Tile rows and columns: ``(ceil(H / bh), ceil(W / bw))``."""
        return -(-self.out_shape[1] // self.banks[0]), -(-self.out_shape[2] // self.banks[1])

    @property
    def words(self) -> int:
        tile_rows, tile_columns = self.tiles
        return tile_rows * tile_columns * self.banks[0] * self.banks[1] * self.groups


def fc_timing(n_out: int, lanes: int, pixels: bool, pool: int = 0, slots: int = 2) -> StageTiming:
    groups = -(-n_out // lanes)
    return StageTiming((n_out, 1, 1), lanes, groups, pixels, pool, slots)


SPIKE_RING_BITS = 1 << 16


def spike_slots(time_steps: int, pixels: bool, words: int, lanes: int) -> int:
    """Step slots of a core's spike ring: 2 (double buffering); a pixel core, whose step 0 carries
    all its work, gets up to a whole image's (a power of two >= T + 1) while the ring stays within
    ``SPIKE_RING_BITS``, so it can start the next image while its consumer finishes this one."""
    declared = 1 << max(0, (words - 1).bit_length())
    slots = 2
    while pixels and slots < time_steps + 1 and 2 * slots * declared * lanes <= SPIKE_RING_BITS:
        slots *= 2
    return slots


class ImageTrace(NamedTuple):
    """What one image makes the accelerator do.

    ``events[s][t]``: events entering stage s at step t (after its pool remap);
    ``word_spikes[s][t]``: the spikes of stage s at step t per word (read for stages that emit).
    """

    events: list[list[int]]
    word_spikes: list[list[list[int]]]


def compute_cycles(timing: StageTiming, events: int) -> int:
    """Issue cycles of one step: ``per_event E + W``."""
    return timing.per_event * events + timing.words


def stream_cycles(
    stages: Sequence[StageTiming], traces: Sequence[ImageTrace], time_steps: int
) -> list[tuple[int, int]]:
    """``(start, done)`` cycles of each image when the host streams them back to back (see the
    module doc); a single image's latency is ``done - start``."""
    count, steps = len(stages), len(traces) * time_steps
    done = [[0] * steps for _ in range(count)]  # D_s(u), u = image * T + t
    eos = [[0] * steps for _ in range(count)]  # X_s(u)
    host_eos = [0] * steps
    results: list[tuple[int, int]] = []
    host_free, start, image_done = 0, 0, -1

    def at(table: list[int], u: int) -> int:
        return table[u] if u >= 0 else -1

    first, last = stages[0], stages[-1]
    for u in range(steps):
        image, t = divmod(u, time_steps)
        trace = traces[image]
        if t == 0:
            start, host_free = host_free, host_free + 1  # the start pulse has a cycle of its own
        if first.pixels:
            if t == 0:
                begin = max(host_free, at(done[0], u - 2 * time_steps) + 1)  # the other half's image
                host_eos[u] = begin + trace.events[0][0]
                host_free = host_eos[u] + 1
        else:
            begin = max(host_free, at(done[0], u - 2) + 1)
            host_eos[u] = begin + trace.events[0][t]
            host_free = host_eos[u] + 1
        for s, timing in enumerate(stages):
            ready = max(at(done[s], u - 1) + 1, timing.clear_words)
            if s == 0:
                if not (timing.pixels and t > 0):
                    ready = max(ready, host_eos[u if not timing.pixels else u - t] + 1)
            else:
                ready = max(ready, eos[s - 1][u] + 1)
            if s < count - 1:
                ready = max(ready, at(eos[s], u - timing.slots) + 1)
            elif t == 0:
                ready = max(ready, image_done + 1)  # the previous image's results are out
            done[s][u] = ready + START_DELAY + compute_cycles(timing, trace.events[s][t]) + timing.drain
            if s < count - 1:
                begin = max(done[s][u] + 1, at(eos[s], u - 1) + 1, at(done[s + 1], u - 2) + 1)
                eos[s][u] = begin + sum(max(1, spikes) for spikes in trace.word_spikes[s][t]) + EMIT_OVERHEAD
        if t == time_steps - 1:
            image_done = done[-1][u] + last.words + last.out_shape[0] + 1
            results.append((start, image_done))
    return results


def image_cycles(stages: Sequence[StageTiming], trace: ImageTrace, time_steps: int) -> int:
    """Cycles from ``start`` to ``done`` for one image alone in the accelerator, right after reset
    (so including the conv and pool cores' RAM clear sweep)."""
    start, finish = stream_cycles(stages, [trace], time_steps)[0]
    return finish - start


def word_counts(spikes: np.ndarray, timing: StageTiming) -> np.ndarray:
    """Spikes per word: [T, B, C*H*W] (C-order) -> [T, B, W], words ordered (tile row, tile column,
    y mod bh, x mod bw, channel group) (without banks: (y, x, channel group))."""
    steps, batch = spikes.shape[:2]
    channels, height, width = timing.out_shape
    (tile_rows, tile_columns), (bh, bw) = timing.tiles, timing.banks
    grid = spikes.reshape(steps, batch, channels, height, width)
    padded = np.zeros((steps, batch, timing.groups * timing.lanes, tile_rows * bh, tile_columns * bw), dtype=np.int64)
    padded[:, :, :channels, :height, :width] = grid
    shape = (steps, batch, timing.groups, timing.lanes, tile_rows, bh, tile_columns, bw)
    per_group = padded.reshape(shape).sum(3)  # [T, B, G, TH, bh, TW, bw]
    return per_group.transpose(0, 1, 3, 5, 4, 6, 2).reshape(steps, batch, -1)


def arriving(spikes: np.ndarray, source: tuple[int, int, int], pool: int) -> np.ndarray:
    """Events a stage keeps per step: [T, B, C*H*W] spikes -> [T, B] (a pool drops the positions
    outside every window)."""
    steps, batch = spikes.shape[:2]
    if not pool:
        return spikes.reshape(steps, batch, -1).sum(-1)
    channels, height, width = source
    grid = spikes.reshape(steps, batch, channels, height, width)
    return grid[..., : (height // pool) * pool, : (width // pool) * pool].sum((2, 3, 4))


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
    for producer, (spikes, consumer) in enumerate(zip(stage_spikes[:-1], stages[1:], strict=True)):
        events.append(arriving(spikes.reshape(steps, batch, -1), stages[producer].out_shape, consumer.pool))
    words = [
        word_counts(spikes.reshape(steps, batch, -1).astype(np.int64), timing)
        for spikes, timing in zip(stage_spikes, stages, strict=True)
    ]
    return [
        ImageTrace(
            events=[[int(e[t, b]) for t in range(steps)] for e in events],
            word_spikes=[[[int(c) for c in w[t, b]] for t in range(steps)] for w in words],
        )
        for b in range(batch)
    ]
