"""The cycle model (``snnc.backends.fpga.cycles``) on small cases computed by hand from its module
doc: items per step, ``(start, done)`` of one- and two-stage pipelines, words, arriving events and
spike-ring slots."""

import numpy as np
import pytest

from snnc.backends.fpga.cycles import (
    PIPELINE_DRAIN,
    ImageTrace,
    StageTiming,
    arriving,
    compute_cycles,
    fc_timing,
    image_cycles,
    image_traces,
    spike_slots,
    stream_cycles,
    word_counts,
)


def test_fc_timing_layout():
    timing = fc_timing(10, 4, pixels=False)
    assert timing.out_shape == (10, 1, 1) and timing.groups == 3 and timing.words == 3
    assert timing.per_event == 3 and timing.slots == 2 and timing.clear_words == 0 and PIPELINE_DRAIN == 2


@pytest.mark.parametrize(
    "timing, events, cycles",
    [
        (fc_timing(10, 4, pixels=False), 5, 3 * 5 + 3),  # G = 3 items per event, one update slot per group
        (fc_timing(10, 4, pixels=False), 0, 3),  # an idle step still visits every group
        (fc_timing(1, 1, pixels=True), 7, 1 * 7 + 1),
        # conv: 3x3 kernel over ceil(4 / 2) = 2 channel groups per event, W = 3 * 3 * 2 = 18 words
        (StageTiming((4, 3, 3), 2, 3 * 3 * 2, True), 2, 18 * 2 + 18),
        # pool: one item per event, W = OH OW = 4 words of 3 lanes (the channels)
        (StageTiming((3, 2, 2), 3, 1, False, pool=2), 7, 7 + 4),
    ],
)
def test_compute_cycles_are_per_event_items_plus_words(timing, events, cycles):
    assert compute_cycles(timing, events) == cycles


ONE_STAGE = fc_timing(3, 2, pixels=False)  # G = W = 2, two items per event, N = 3 results
QUIET = [[0, 0], [0, 0]]  # word spikes of the last stage: never read (it does not emit)


def test_one_stage_one_image():
    # T = 2, spike input with 3 then 1 events:
    #   start pulse at 0; the host sends step 0's 3 events in cycles 1..3 and its marker at 4;
    #   compute 0 is decided at 5, starts at 6 and retires at 5 + 1 + (2*3 + 2) + 2 = 16;
    #   the host sends step 1 at 5..6 (marker at 6); compute 1 is decided at 17, retires at
    #   17 + 1 + (2*1 + 2) + 2 = 24; the 3 results stream out: done = 24 + G + N + 1 = 30.
    trace = ImageTrace(events=[[3, 1]], word_spikes=[QUIET])
    assert stream_cycles([ONE_STAGE], [trace], 2) == [(0, 30)]
    assert image_cycles([ONE_STAGE], trace, 2) == 30


def test_one_stage_streams_two_images():
    # the second image's start pulse follows the host's last event of the first (cycle 7); its step 0
    # (no events) waits for the buffer half of step 0 two steps back (free at 17), and the last stage
    # decides it only once the first image's results are out (31): 31 + 1 + (0 + 2) + 2 = 36; its step
    # 1's 2 events arrive at 25..26 (marker 27), compute 37 + 1 + (4 + 2) + 2 = 46; done 46 + 2 + 3 + 1 = 52.
    first = ImageTrace(events=[[3, 1]], word_spikes=[QUIET])
    second = ImageTrace(events=[[0, 2]], word_spikes=[QUIET])
    assert stream_cycles([ONE_STAGE], [first, second], 2) == [(0, 30), (7, 52)]


def test_a_ram_clear_sweep_delays_the_first_step():
    # a core clearing 20 words decides no step before cycle 20: 20 + 1 + 8 + 2 = 31, 32 + 1 + 4 + 2 = 39,
    # done 45
    trace = ImageTrace(events=[[3, 1]], word_spikes=[QUIET])
    assert stream_cycles([ONE_STAGE._replace(clear_words=20)], [trace], 2) == [(0, 45)]


PIXEL_STAGE = fc_timing(4, 2, pixels=True)  # G = W = 2, two items per event
LAST_STAGE = fc_timing(3, 3, pixels=False)  # G = W = 1, one item per event, N = 3


def two_stage_trace():
    """T = 2: 2 non-zero pixels of 3 (sent once); stage 0 spikes [1 1 0 0] then [0 1 1 1], stage 1 [0 0 0]
    then [0 1 0]."""
    pixels = np.array([[[0.5, 0.0, 0.2]], [[0.5, 0.0, 0.2]]])
    stage0 = np.array([[[1, 1, 0, 0]], [[0, 1, 1, 1]]])
    stage1 = np.array([[[0, 0, 0]], [[0, 1, 0]]])
    return image_traces(pixels, [stage0, stage1], [PIXEL_STAGE, LAST_STAGE])


def test_image_traces_count_events_and_word_spikes():
    [trace] = two_stage_trace()
    assert trace.events == [[2, 0], [2, 3]]  # the pixel stage sees its pixels at t = 0 only
    assert trace.word_spikes == [[[2, 0], [1, 2]], [[0], [1]]]


def test_two_stage_pipeline():
    # start 0; pixels at 1..2, marker 3; compute 0 of stage 0 decided at 4, retires 4 + 1 + (2*2 + 2) + 2
    # = 13; its emitter starts at 14, spends max(1, 2) + max(1, 0) = 3 cycles after its first word
    # reaches the head, marker at 14 + 3 + 3 = 20; stage 1 step 0 decided at 21, retires 21 + 1 + (2 + 1)
    # + 2 = 27. stage 0 step 1 (no new pixels) decided at 14, retires 14 + 1 + 2 + 2 = 19; emitter at
    # max(20, 21) = 21, 1 + 2 cycles, marker 27; stage 1 step 1 decided at max(28, 28) = 28, retires
    # 28 + 1 + (3 + 1) + 2 = 35; done = 35 + 1 + 3 + 1 = 40.
    [trace] = two_stage_trace()
    assert stream_cycles([PIXEL_STAGE, LAST_STAGE], [trace], 2) == [(0, 40)]
    # five pixels instead of two: 3 more cycles to send them and 2 * 3 more to compute: done 9 cycles later
    busier = trace._replace(events=[[5, 0], trace.events[1]])
    assert stream_cycles([PIXEL_STAGE, LAST_STAGE], [busier], 2) == [(0, 49)]
    assert image_cycles([PIXEL_STAGE, LAST_STAGE], busier, 2) == 49
    # a deeper pipeline (drain 5 on both cores, as IF cores have) retires each step 3 cycles later
    deep = [PIXEL_STAGE._replace(drain=5), LAST_STAGE._replace(drain=5)]
    # stage 0: step 0 retires 16, emitter 17..23; step 1 decided 17, retires 25, emitter 26..32 (waits for
    # its own step); stage 1: step 0 decided 24, retires 33; step 1 decided 34, retires 44; done 44 + 5 = 49
    assert stream_cycles(deep, [trace], 2) == [(0, 49)]


def test_word_counts_order_words_by_position_then_channel_group():
    # 3 channels of a 2x1 map in 2 lanes: group 0 = channels 0, 1; group 1 = channel 2 (and a padding lane)
    timing = StageTiming((3, 2, 1), 2, 1, False)
    grid = np.array([[1, 0], [1, 1], [0, 1]])  # [channel, y]
    spikes = grid.reshape(1, 1, 6)  # [T, B, C*H*W], C-order
    # words (y, group): (0, 0) = 1 + 1, (0, 1) = 0, (1, 0) = 0 + 1, (1, 1) = 1
    np.testing.assert_array_equal(word_counts(spikes, timing), [[[2, 0, 1, 1]]])
    flat = fc_timing(5, 2, pixels=False)
    np.testing.assert_array_equal(word_counts(np.array([[[1, 1, 0, 1, 1]]]), flat), [[[2, 1, 1]]])


def test_word_counts_of_a_banked_map_follow_its_tiles():
    # 1 channel, a 3x4 map in 2x2 tiles (2 tile rows: the second half padding; 2 tile columns), 1 lane:
    # word ((ty * 2 + tx) * 4 + (y mod 2) * 2 + x mod 2); a spike at (y, x) = (1, 2) is tile (0, 1), bank 2:
    # word 6; at (2, 1): tile (1, 0), bank 1: word 9; the padding positions (y = 3) hold no
    # spikes
    timing = StageTiming((1, 3, 4), 1, 1, False, banks=(2, 2))
    grid = np.zeros((3, 4), dtype=np.int64)
    grid[1, 2] = grid[2, 1] = 1
    counts = word_counts(grid.reshape(1, 1, 12), timing)
    assert timing.words == 16 and counts.shape == (1, 1, 16)
    assert np.flatnonzero(counts[0, 0]).tolist() == [6, 9]


def test_arriving_with_and_without_a_pool():
    spikes = np.ones((2, 1, 2 * 3 * 3), dtype=np.int64)  # [T, B, C*H*W] of a (2, 3, 3) map
    np.testing.assert_array_equal(arriving(spikes, (2, 3, 3), 0), [[18], [18]])
    # a 2x2 pool keeps the 2x2 corner covered by its one window: row and column 2 are dropped
    np.testing.assert_array_equal(arriving(spikes, (2, 3, 3), 2), [[8], [8]])
    spikes[0, 0, 2] = 0  # channel 0, (0, 2): outside every window, so nothing changes
    spikes[1, 0, 0] = 0  # channel 0, (0, 0): inside
    np.testing.assert_array_equal(arriving(spikes, (2, 3, 3), 2), [[8], [7]])


@pytest.mark.parametrize(
    "time_steps, pixels, words, lanes, slots",
    [
        (4, False, 3, 2, 2),  # a spike core double-buffers
        (100, False, 1, 1, 2),
        (4, True, 3, 2, 8),  # a pixel core: the power of two >= T + 1 = 5
        (1, True, 1, 1, 2),  # T + 1 = 2 slots are already there
        # 1000 words -> 1024 declared, 16 lanes: 2 * 4 * 1024 * 16 = 2 * SPIKE_RING_BITS, so 4 slots at most
        (100, True, 1000, 16, 4),
    ],
)
def test_spike_slots(time_steps, pixels, words, lanes, slots):
    assert spike_slots(time_steps, pixels, words, lanes) == slots
