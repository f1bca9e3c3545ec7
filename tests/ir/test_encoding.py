"""Input encodings and output decodings (``snnc.ir.encoding``): shapes, values, the Poisson seed."""

import pytest
import torch

from snnc.errors import ConfigError
from snnc.ir.encoding import BINARY_THRESHOLD, decode, encode


@pytest.fixture
def images():
    """Two 2x3 images, values in [0, 1] with 0, 0.5 and 1 among them."""
    return torch.tensor(
        [[[0.0, 0.2, 0.5], [0.51, 0.9, 1.0]], [[1.0, 0.0, 0.49], [0.5, 0.75, 0.1]]], dtype=torch.float64
    )


@pytest.mark.parametrize("encoding", ["direct", "binary", "poisson"])
def test_every_encoding_is_time_major(images, encoding):
    encoded = encode(images, encoding, 5)
    assert encoded.shape == (5, 2, 2, 3) and encoded.dtype == images.dtype
    assert encode(images[:, 0, 0], encoding, 1).shape == (1, 2)


def test_direct_repeats_the_image_as_the_current_of_every_step(images):
    encoded = encode(images, "direct", 4)
    for step in encoded:
        assert torch.equal(step, images)
    assert torch.equal(encode(images * 3 - 1, "direct", 2)[1], images * 3 - 1)  # values are not clipped


def test_binary_is_one_above_one_half_at_every_step(images):
    encoded = encode(images, "binary", 3)
    expected = torch.tensor([[[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
    assert BINARY_THRESHOLD == 0.5
    for step in encoded:
        assert torch.equal(step, expected.double())  # exactly 0.5 stays 0


def test_poisson_spikes_with_the_pixel_as_probability(images):
    encoded = encode(images, "poisson", 2000, seed=3)
    assert set(encoded.unique().tolist()) <= {0.0, 1.0}
    rates = encoded.mean(0)
    assert torch.all(rates[images == 0] == 0) and torch.all(rates[images == 1] == 1)
    torch.testing.assert_close(rates, images, atol=0.05, rtol=0)
    clipped = encode(torch.tensor([[-0.5, 1.5]]), "poisson", 50)
    assert torch.equal(clipped.sum(0), torch.tensor([[0.0, 50.0]]))  # rates clipped to [0, 1]


def test_poisson_is_determined_by_its_seed(images):
    first, again = encode(images, "poisson", 40, seed=7), encode(images, "poisson", 40, seed=7)
    assert torch.equal(first, again)
    torch.manual_seed(123)  # the global generator plays no part
    assert torch.equal(encode(images, "poisson", 40, seed=7), first)
    assert not torch.equal(encode(images, "poisson", 40, seed=8), first)
    assert torch.equal(encode(images, "poisson", 40), encode(images, "poisson", 40, seed=0))


def test_encode_refuses_bad_arguments(images):
    with pytest.raises(ConfigError, match="time steps must be >= 1, got 0"):
        encode(images, "direct", 0)
    with pytest.raises(ConfigError, match="unknown encoding 'morse'; choose one of direct, binary, poisson"):
        encode(images, "morse", 4)


def test_spike_count_decodes_the_most_spikes_over_time():
    output = torch.zeros(3, 2, 4)  # [T, B, N]
    output[:, 0, 2] = 1  # image 0: neuron 2 spikes at every step
    output[0, 0, 1] = 1
    output[0, 1, 1] = output[1, 1, 3] = 1  # image 1: a tie between neurons 1 and 3
    assert decode(output, "spike_count").tolist() == [2, 1]  # ties go to the lowest index
    assert decode(output.reshape(3, 2, 2, 2), "spike_count").tolist() == [2, 1]  # [T, B, *shape] flattened


def test_membrane_decodes_the_final_membrane_or_the_integrated_output():
    output = torch.tensor([[[0.5, -1.0, 0.2]], [[0.5, 3.0, 0.2]], [[0.5, -1.5, 0.2]]])  # sums 1.5, 0.5, 0.6
    assert decode(output, "membrane").tolist() == [0]
    assert decode(output, "membrane", final_membrane=torch.tensor([[0.0, 0.1, 0.3]])).tolist() == [2]
    assert decode(output, "membrane", final_membrane=torch.tensor([[[0.0, 0.4], [0.3, 0.0]]])).tolist() == [1]
    assert decode(output, "spike_count").tolist() == [0]


def test_decode_refuses_an_unknown_decoding():
    with pytest.raises(ConfigError, match="unknown decoding 'vote'; choose one of spike_count, membrane"):
        decode(torch.zeros(2, 1, 3), "vote")


def test_frames_are_given_per_step_and_transposed_to_time_major():
    frames = torch.arange(2 * 4 * 3, dtype=torch.float64).reshape(2, 4, 3)  # [B, T', N]
    encoded = encode(frames, "frames", 3)
    assert encoded.shape == (3, 2, 3) and encoded.dtype == torch.float64
    for t in range(3):  # step t of sample b is frame t of sample b; the 4th frame is not used
        assert torch.equal(encoded[t], frames[:, t])
    counts = torch.tensor([[[0, 2], [255, 1]]], dtype=torch.uint8)
    assert encode(counts, "frames", 2).dtype == torch.float32 and encode(counts, "frames", 2)[1, 0, 0] == 255


def test_frames_with_fewer_steps_than_t_are_refused():
    with pytest.raises(ConfigError, match="2 steps per sample, fewer than T=5"):
        encode(torch.zeros(3, 2, 4), "frames", 5)
