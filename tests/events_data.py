"""Tiny event datasets written in each dataset's real on-disk format, where Tonic keeps them
under its ``save_to`` root (the layout after extracting the archives Tonic downloads)."""

from __future__ import annotations

from pathlib import Path

import h5py
import numpy as np


def nmnist_bin(events: np.ndarray) -> bytes:
    """N-MNIST's 40-bit events: x, y, then polarity (bit 23) and a 23-bit microsecond timestamp."""
    x, y, t, p = (events[name].astype(np.int64) for name in ("x", "y", "t", "p"))
    raw = np.zeros((len(events), 5), dtype=np.uint8)
    raw[:, 0], raw[:, 1] = x, y
    raw[:, 2] = (p << 7) | ((t >> 16) & 0x7F)
    raw[:, 3], raw[:, 4] = (t >> 8) & 0xFF, t & 0xFF
    return raw.tobytes()


def random_events(rng: np.random.Generator, count: int, width: int, height: int, duration: int) -> np.ndarray:
    dtype = np.dtype([("x", np.int64), ("y", np.int64), ("t", np.int64), ("p", np.int64)])
    events = np.zeros(count, dtype=dtype)
    events["x"], events["y"] = rng.integers(0, width, count), rng.integers(0, height, count)
    events["t"], events["p"] = np.sort(rng.integers(0, duration, count)), rng.integers(0, 2, count)
    return events


def write_nmnist(root: Path, per_class: int = 2, seed: int = 0, classes: int = 10) -> dict[str, list]:
    """``root/NMNIST/{Train,Test}/<digit>/<n>.bin``; returns the events written per split, in file order."""
    rng = np.random.default_rng(seed)
    written: dict[str, list] = {"train": [], "test": []}
    for split, folder in (("train", "Train"), ("test", "Test")):
        for digit in range(classes):
            directory = root / "NMNIST" / folder / str(digit)
            directory.mkdir(parents=True, exist_ok=True)
            for n in range(per_class):
                events = random_events(rng, int(rng.integers(30, 80)), 34, 34, 300_000)
                events["x"] = np.clip(events["x"] // 3 + 3 * digit, 0, 33)  # a class-dependent position
                (directory / f"{n:05d}.bin").write_bytes(nmnist_bin(events))
                written[split].append((events, digit))
    return written


def write_dvsgesture(root: Path, per_class: int = 1, seed: int = 0, classes: int = 11) -> None:
    """``root/DVSGesture/ibmGesture{Train,Test}/user<NN>_<lighting>/<class>.npy``: [N, 4] x, y, p, t (ms)."""
    rng = np.random.default_rng(seed)
    for folder in ("ibmGestureTrain", "ibmGestureTest"):
        for user in range(per_class):
            directory = root / "DVSGesture" / folder / f"user{user + 1:02d}_fluorescent"
            directory.mkdir(parents=True, exist_ok=True)
            for label in range(classes):
                count = int(rng.integers(50, 120))
                events = np.stack(
                    [
                        rng.integers(0, 128, count),
                        rng.integers(0, 128, count),
                        rng.integers(0, 2, count),
                        np.sort(rng.integers(0, 1500, count)),
                    ],
                    axis=1,
                ).astype(np.int64)
                np.save(directory / f"{label}.npy", events)


def write_shd(root: Path, per_class: int = 1, seed: int = 0, classes: int = 20) -> dict[str, list]:
    """``root/SHD/shd_{train,test}.h5`` with Zenke's layout: spikes/times (s), spikes/units, labels, extra."""
    rng = np.random.default_rng(seed)
    written: dict[str, list] = {}
    directory = root / "SHD"
    directory.mkdir(parents=True, exist_ok=True)
    for split in ("train", "test"):
        times, units, labels = [], [], []
        for label in list(range(classes)) * per_class:
            count = int(rng.integers(40, 100))
            times.append(np.sort(rng.uniform(0, 0.8, count)).astype(np.float32))
            units.append(((rng.integers(0, 35, count) + 35 * label) % 700).astype(np.uint16))
            labels.append(label)
        with h5py.File(directory / f"shd_{split}.h5", "w") as file:
            file.create_dataset("spikes/times", data=np.array(times, dtype=object), dtype=h5py.vlen_dtype(np.float32))
            file.create_dataset("spikes/units", data=np.array(units, dtype=object), dtype=h5py.vlen_dtype(np.uint16))
            file.create_dataset("labels", data=np.array(labels, dtype=np.uint16))
            file.create_dataset("extra/keys", data=np.array([f"word{i}".encode() for i in range(classes)]))
            file.create_dataset("extra/speaker", data=np.zeros(len(labels), dtype=np.uint16))
        written[split] = list(zip(times, units, labels, strict=True))
    return written
