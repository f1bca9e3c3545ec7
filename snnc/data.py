"""Datasets for training and evaluation, as in-memory tensors.

``NMNIST``, ``DVSGesture`` and ``SHD`` are event datasets read and binned into per-step frames
by Tonic (:mod:`snnc.events`).

``digits`` (scikit-learn's bundled 8x8 digits) is embedded and needs no download: the
offline default for demos and tests. ``MNIST``, ``FashionMNIST`` and ``CIFAR10`` come from
torchvision: IDX files already under ``--dataset_root`` are read directly (gzipped or not,
in the root itself or in torchvision's ``<root>/<Name>/raw`` layout, so Debian's
``/usr/share/datasets/fashion-mnist`` works as a root); otherwise torchvision downloads them
(unless ``SNNC_NO_DOWNLOAD=1``).
Images are float32 in [0, 1], shape [N, C, H, W]; labels int64.
"""

from __future__ import annotations

import gzip
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from snnc.errors import DatasetError

if TYPE_CHECKING:  # numpy and torch load when data does: the CLI lists the dataset names without them
    import numpy as np
    import torch

STATIC_DATASETS = ("digits", "MNIST", "FashionMNIST", "CIFAR10")
EVENT_DATASET_NAMES = ("NMNIST", "DVSGesture", "SHD")  # binned into frames by Tonic (snnc.events)
DATASETS = (*STATIC_DATASETS, *EVENT_DATASET_NAMES)
DEBIAN_FASHION_MNIST = Path("/usr/share/datasets/fashion-mnist")
DIGITS_TEST_FRACTION = 0.25
DIGITS_SPLIT_SEED = 0

_IDX_FILES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
_ALIASES = {name.lower(): name for name in DATASETS} | {
    "fashion-mnist": "FashionMNIST",
    "fashion_mnist": "FashionMNIST",
    "n-mnist": "NMNIST",
    "n_mnist": "NMNIST",
    "dvs-gesture": "DVSGesture",
    "dvs_gesture": "DVSGesture",
    "ibm-gesture": "DVSGesture",
}


class Split(NamedTuple):
    images: torch.Tensor  # [N, C, H, W] float32 in [0, 1]; per_step: [N, T, *frame] uint8 event counts
    labels: torch.Tensor  # [N] int64
    num_classes: int
    name: str
    per_step: bool = False  # the samples give every step's input (frames encoding)

    @property
    def sample_shape(self) -> tuple[int, ...]:
        """The shape of one step's input: [C, H, W] of an image, or of one frame."""
        return tuple(self.images.shape[2 if self.per_step else 1 :])


def canonical_name(name: str) -> str:
    try:
        return _ALIASES[name.lower()]
    except KeyError:
        raise DatasetError(f"--dataset: unknown dataset {name!r}; choose one of {', '.join(DATASETS)}") from None


def dataset_to_use(flag: str | None, recorded: str | None, echo: Callable[[str], None] = print) -> str:
    """``--dataset`` when given, else the dataset the model records (announced in one line)."""
    if flag:
        return canonical_name(flag)
    if recorded:
        name = canonical_name(recorded)
        echo(f"--dataset not given: using {name}, the dataset the model was trained on")
        return name
    raise DatasetError("--dataset: the graph does not record a dataset; pass --dataset NAME")


def input_shape(name: str, spatial_factor: float | None = None) -> tuple[int, ...]:
    """One sample's shape (an event dataset's: one frame's, at ``spatial_factor``, None: its default)."""
    name = canonical_name(name)
    if name in EVENT_DATASET_NAMES:
        from snnc.events import frame_shape

        return frame_shape(name, spatial_factor)
    return {"digits": (1, 8, 8), "MNIST": (1, 28, 28), "FashionMNIST": (1, 28, 28), "CIFAR10": (3, 32, 32)}[name]


def num_classes(name: str) -> int:
    name = canonical_name(name)
    if name in EVENT_DATASET_NAMES:
        from snnc.events import num_classes as event_classes

        return event_classes(name)
    return 10


def load_split(
    name: str,
    split: str = "train",
    root: str | Path = "./data",
    download: bool = True,
    binning: dict | None = None,
    limit: int | None = None,
) -> Split:
    """One split (``train`` or ``test``) of a dataset; raises DatasetError saying what to put where.
    An event dataset is binned into frames as ``binning`` says (``snnc.events.make_binning``), only
    its first ``limit`` samples (the others are never read); a static dataset ignores both."""
    name = canonical_name(name)
    download = download and os.environ.get("SNNC_NO_DOWNLOAD") != "1"
    if split not in ("train", "test"):
        raise DatasetError(f"split must be 'train' or 'test', got {split!r}")
    if name in EVENT_DATASET_NAMES:
        from snnc.events import load_event_split

        if binning is None:
            raise DatasetError(f"--dataset {name} is an event dataset: its frames need a binning (T bins)")
        return load_event_split(name, split, root, binning, limit)
    if name == "digits":
        return _digits(split)
    if name == "CIFAR10":
        return _cifar10(split, Path(root), download)
    return _idx_dataset(name, split, Path(root), download)


def _digits(split: str) -> Split:
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    data = load_digits()
    images = data.images.astype(np.float32) / 16.0
    x_train, x_test, y_train, y_test = train_test_split(
        images,
        data.target,
        test_size=DIGITS_TEST_FRACTION,
        random_state=DIGITS_SPLIT_SEED,
        stratify=data.target,
    )
    x, y = (x_train, y_train) if split == "train" else (x_test, y_test)
    return _split(x[:, None], y, "digits")


def _read_idx(path: Path) -> np.ndarray:
    import numpy as np

    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as handle:
            raw = handle.read()
        zero, dtype_code, ndim = struct.unpack(">HBB", raw[:4])
        if zero != 0 or dtype_code != 0x08:
            raise ValueError("not an unsigned-byte IDX file")
        dims = struct.unpack(f">{ndim}I", raw[4 : 4 + 4 * ndim])
        data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim)
        return data.reshape(dims)
    except (OSError, ValueError, struct.error, EOFError) as exc:
        raise DatasetError(f"{path}: unreadable IDX file ({exc})") from None


def _find_idx(stem: str, roots: list[Path]) -> Path | None:
    for root in roots:
        for candidate in (root / stem, root / f"{stem}.gz"):
            if candidate.is_file():
                return candidate
    return None


def _idx_roots(name: str, root: Path) -> list[Path]:
    roots = [root, root / name / "raw", root / name]
    if name == "FashionMNIST":
        roots.append(DEBIAN_FASHION_MNIST)
    return roots


def _idx_dataset(name: str, split: str, root: Path, download: bool) -> Split:
    import numpy as np

    image_stem, label_stem = _IDX_FILES[split]
    roots = _idx_roots(name, root)
    images_path, labels_path = _find_idx(image_stem, roots), _find_idx(label_stem, roots)
    if images_path is None or labels_path is None:
        if download:
            _torchvision_download(name, root)
            images_path, labels_path = _find_idx(image_stem, roots), _find_idx(label_stem, roots)
        if images_path is None or labels_path is None:
            hint = (
                f" (on Debian: apt install dataset-fashion-mnist, then --dataset-root {DEBIAN_FASHION_MNIST})"
                if name == "FashionMNIST"
                else ""
            )
            raise DatasetError(
                f"{name} not found under {root}: put {image_stem}.gz and {label_stem}.gz in {root / name / 'raw'} "
                f"or pass --dataset-root DIR{hint}; offline, --dataset digits trains on the embedded digits"
            )
    images, labels = _read_idx(images_path), _read_idx(labels_path)
    if images.ndim != 3 or labels.ndim != 1 or len(images) != len(labels):
        raise DatasetError(f"{images_path}: images {images.shape} and labels {labels.shape} do not match")
    return _split(images.astype(np.float32)[:, None] / 255.0, labels, name)


def _torchvision_download(name: str, root: Path) -> None:
    """Let torchvision fetch the files; offline this fails quietly and the caller reports what is missing."""
    import torchvision

    try:
        getattr(torchvision.datasets, name)(str(root), train=True, download=True)
        getattr(torchvision.datasets, name)(str(root), train=False, download=True)
    except Exception:  # noqa: BLE001 - any network/IO failure means "not available"
        return


def _cifar10(split: str, root: Path, download: bool) -> Split:
    import numpy as np
    import torchvision

    try:
        dataset = torchvision.datasets.CIFAR10(str(root), train=split == "train", download=download)
    except Exception as exc:  # noqa: BLE001
        raise DatasetError(
            f"CIFAR10 not found under {root}: put cifar-10-python.tar.gz (or its extracted cifar-10-batches-py/) "
            f"in {root} or run once online ({type(exc).__name__})"
        ) from None
    images = np.ascontiguousarray((np.asarray(dataset.data, dtype=np.float32) / 255.0).transpose(0, 3, 1, 2))
    return _split(images, np.asarray(dataset.targets), "CIFAR10")


def _split(images: np.ndarray, labels: np.ndarray, name: str) -> Split:
    """A split of ten classes from [N, C, H, W] images in [0, 1] and their labels."""
    import numpy as np
    import torch

    return Split(
        torch.from_numpy(np.asarray(images, dtype=np.float32)), torch.from_numpy(labels.astype(np.int64)), 10, name
    )


def limit_split(split: Split, limit: int | None) -> Split:
    """The first ``limit`` examples (all when None)."""
    if limit is None:
        return split
    if limit < 1:
        raise DatasetError(f"--limit must be >= 1, got {limit}")
    return split._replace(images=split.images[:limit], labels=split.labels[:limit])
