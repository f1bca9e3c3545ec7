"""Datasets: the embedded digits split, IDX reading, and one-line errors for missing data."""

import gzip
import struct

import numpy as np
import pytest
import torch

from snnc.data import DEBIAN_FASHION_MNIST, canonical_name, limit_split, load_split
from snnc.errors import DatasetError


def test_digits_split_is_fixed():
    train, test = load_split("digits", "train"), load_split("digits", "test")
    assert train.images.shape == (1347, 1, 8, 8) and test.images.shape == (450, 1, 8, 8)
    assert train.images.min() >= 0 and train.images.max() <= 1 and train.images.dtype == torch.float32
    assert torch.equal(load_split("digits", "test").labels, test.labels)
    assert min(torch.bincount(test.labels).tolist()) >= 43  # stratified: 45 +- 2 per class


def _write_idx(path, array):
    header = struct.pack(">HBB", 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    with gzip.open(path, "wb") as handle:
        handle.write(header + array.astype(np.uint8).tobytes())


def test_idx_files_in_torchvision_layout(tmp_path):
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    images = np.arange(3 * 28 * 28).reshape(3, 28, 28) % 256
    _write_idx(raw / "t10k-images-idx3-ubyte.gz", images)
    _write_idx(raw / "t10k-labels-idx1-ubyte.gz", np.array([7, 2, 1]))
    split = load_split("mnist", "test", tmp_path, download=False)
    assert split.images.shape == (3, 1, 28, 28) and split.labels.tolist() == [7, 2, 1]
    assert split.images[0, 0, 0, 1].item() == pytest.approx(1 / 255)


def test_missing_dataset_says_what_to_put_where(tmp_path):
    with pytest.raises(DatasetError) as info:
        load_split("MNIST", "train", tmp_path, download=False)
    message = str(info.value)
    assert "train-images-idx3-ubyte.gz" in message and str(tmp_path / "MNIST" / "raw") in message
    assert "\n" not in message


def test_unknown_dataset_and_bad_limit():
    with pytest.raises(DatasetError, match="unknown dataset 'imagenet'"):
        canonical_name("imagenet")
    with pytest.raises(DatasetError, match="--limit"):
        limit_split(load_split("digits", "test"), 0)


@pytest.mark.skipif(not DEBIAN_FASHION_MNIST.exists(), reason="Debian's dataset-fashion-mnist is not installed")
def test_debian_fashion_mnist_as_root():
    test = load_split("FashionMNIST", "test", DEBIAN_FASHION_MNIST, download=False)
    assert test.images.shape == (10000, 1, 28, 28) and int(test.labels.max()) == 9
