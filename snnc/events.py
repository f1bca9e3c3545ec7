"""Event-camera and spiking-audio datasets through Tonic: N-MNIST, DVS Gesture and SHD as frames.

A sample is a list of events ``(x, [y,] t, p)``; Tonic's transforms bin it into T frames, the input
of the T steps (the ``frames`` encoding): frame ``t`` counts, per polarity and pixel (per channel for
SHD), the events whose time falls in bin ``t``:

- ``n_time_bins = T``: ``ToFrame(n_time_bins=T)`` cuts the recording from its first event into T bins
  of equal length ``floor((t_last - t_first) / T)`` microseconds (Tonic's rule: events after the
  last full bin are dropped);
- ``time_window = w``: ``ToFrame(time_window=w)`` makes frames of ``w`` microseconds from the first
  event; the first ``frames`` of them are kept, and a shorter recording is padded with empty frames;
- ``spatial_factor = f`` (DVS Gesture): Tonic's ``Downsample(spatial_factor=f)`` first maps pixel
  ``(x, y)`` to ``(floor(x f), floor(y f))``, so a 128x128 sensor becomes ``floor(127 f) + 1`` pixels wide.

Frames are [T, 2, H, W] (polarity as channels) for the cameras and [T, 700] for SHD's cochlea
channels, stored as uint8 counts (a count above 255 in one bin is clipped to 255). The binning is
recorded in the graph's ``metadata["snnc"]["binning"]`` (``snnc.ir.schema.Binning``), so ``snnc run``
and ``snnc compile`` bin a dataset as the model was trained.

The files are read where Tonic keeps them under ``--dataset-root`` (Tonic's ``save_to``): Tonic's own
dataset classes list and read them, with the check for the downloaded archives replaced by snnc's
check for the extracted files (a subset works too) and never a download: a missing dataset is an
error that says which files to put where. Samples come in a fixed shuffled order (seed 0), so
``--limit``/``--train-limit`` take a mix of classes, not the first class folder.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from snnc.errors import ConfigError, DatasetError

if TYPE_CHECKING:
    import numpy as np

    from snnc.data import Split

ORDER_SEED = 0
MAX_COUNT = 255  # frames are stored as uint8 counts


class EventDataset(NamedTuple):
    """What snnc needs to know of one of Tonic's event datasets."""

    tonic_name: str  # the class in ``tonic.datasets`` (also its folder under the root)
    title: str
    sensor_size: tuple[int, int, int]  # Tonic's (W, H, P)
    classes: int
    default_spatial_factor: float
    splits: dict[str, str]  # split -> what must exist under <root>/<tonic_name>/
    archives: dict[str, str]  # split -> Tonic's archive name (what to download and extract)

    def url(self, split: str) -> str:
        import tonic

        base = getattr(tonic.datasets, self.tonic_name)
        if self.tonic_name == "SHD":
            return base.base_url + self.archives[split]
        return getattr(base, f"{split}_url")


EVENT_DATASETS: dict[str, EventDataset] = {
    "NMNIST": EventDataset(
        "NMNIST", "N-MNIST", (34, 34, 2), 10, 1.0,
        {"train": "Train", "test": "Test"}, {"train": "train.zip", "test": "test.zip"},
    ),
    "DVSGesture": EventDataset(
        "DVSGesture", "DVS Gesture", (128, 128, 2), 11, 0.25,
        {"train": "ibmGestureTrain", "test": "ibmGestureTest"},
        {"train": "ibmGestureTrain.tar.gz", "test": "ibmGestureTest.tar.gz"},
    ),
    "SHD": EventDataset(
        "SHD", "SHD", (700, 1, 1), 20, 1.0,
        {"train": "shd_train.h5", "test": "shd_test.h5"}, {"train": "shd_train.h5.zip", "test": "shd_test.h5.zip"},
    ),
}  # fmt: skip
LAYOUT = {
    "NMNIST": "{folder}/<digit>/<sample>.bin",
    "DVSGesture": "{folder}/user<NN>_<lighting>/<class>.npy",
    "SHD": "{folder}",
}


def is_event_dataset(name: str) -> bool:
    return name in EVENT_DATASETS


def _spec(name: str) -> EventDataset:
    if name not in EVENT_DATASETS:
        raise DatasetError(f"--dataset {name} is not an event dataset ({', '.join(EVENT_DATASETS)})")
    return EVENT_DATASETS[name]


def scaled_sensor(name: str, spatial_factor: float) -> tuple[int, int, int]:
    """Tonic's (W, H, P) after ``Downsample(spatial_factor)``: coordinate ``x`` becomes ``floor(x f)``."""
    width, height, polarities = _spec(name).sensor_size
    if spatial_factor == 1:
        return width, height, polarities
    return int((width - 1) * spatial_factor) + 1, int((height - 1) * spatial_factor) + 1, polarities


def frame_shape(name: str, spatial_factor: float | None = None) -> tuple[int, ...]:
    """One frame's shape: (P, H, W) for a camera, (channels,) for SHD."""
    spec = _spec(name)
    factor = spec.default_spatial_factor if spatial_factor is None else spatial_factor
    width, height, polarities = scaled_sensor(name, factor)
    if spec.tonic_name == "SHD":
        return (width,)
    return (polarities, height, width)


def num_classes(name: str) -> int:
    return _spec(name).classes


def make_binning(
    name: str, time_steps: int, time_window: float | None = None, spatial_factor: float | None = None
) -> dict[str, Any]:
    """The binning of ``name`` into ``time_steps`` frames: ``n_time_bins = T``, or frames of
    ``time_window`` microseconds (the first T kept); ``spatial_factor`` None: the dataset's default."""
    spec = _spec(name)
    factor = spec.default_spatial_factor if spatial_factor is None else float(spatial_factor)
    if not (math.isfinite(factor) and 0 < factor <= 1):
        raise ConfigError(f"--spatial-factor must be in (0, 1], got {factor}")
    if spec.tonic_name == "SHD" and factor != 1:
        raise ConfigError("--spatial-factor: SHD has no pixels to downsample (its 700 channels are kept)")
    if not 1 <= time_steps:
        raise ConfigError(f"-T/--time-steps must be >= 1, got {time_steps}")
    binning: dict[str, Any] = {"dataset": name, "spatial_factor": factor}
    if time_window is None:
        binning["n_time_bins"] = int(time_steps)
    else:
        if not (math.isfinite(time_window) and time_window > 0):
            raise ConfigError(f"--time-window must be a positive number of microseconds, got {time_window}")
        binning.update(time_window=float(time_window), frames=int(time_steps))
    return binning


def binning_for(name: str, stated: dict[str, Any] | None, time_steps: int, echo: Any = print) -> dict[str, Any]:
    """The binning to run ``name`` with: the graph's own (``stated``) when it binned this dataset,
    else ``n_time_bins = T`` at the dataset's default scale (announced)."""
    if stated and stated.get("dataset", name) == name:
        return make_binning(
            name,
            int(stated.get("n_time_bins") or stated.get("frames") or time_steps),
            stated.get("time_window"),
            stated.get("spatial_factor"),
        )
    binning = make_binning(name, time_steps)
    echo(
        f"note: the graph states no binning of {_spec(name).title}; using Tonic's ToFrame(n_time_bins={time_steps})"
        + (f" after Downsample(spatial_factor={binning['spatial_factor']})" if binning["spatial_factor"] != 1 else "")
    )
    return binning


def _missing(spec: EventDataset, split: str, root: Path) -> DatasetError:
    folder = root / spec.tonic_name
    where = LAYOUT[spec.tonic_name].format(folder=folder / spec.splits[split])
    return DatasetError(
        f"{spec.title} ({split}) not found under {root}: extract Tonic's {spec.archives[split]} "
        f"({spec.url(split)}) so that {where} exists, or pass --dataset-root DIR (the directory Tonic's "
        "save_to points at); snnc never downloads it"
    )


def _has_files(spec: EventDataset, split: str, root: Path) -> bool:
    target = root / spec.tonic_name / spec.splits[split]
    if spec.tonic_name == "SHD":
        return target.is_file()
    suffix = ".bin" if spec.tonic_name == "NMNIST" else ".npy"
    return target.is_dir() and any(target.glob(f"*/*{suffix}"))


def _tonic_dataset(spec: EventDataset, split: str, root: Path, transform: Any) -> Any:
    """Tonic's dataset class reading the extracted files under ``root``, its archive check replaced
    by snnc's (the files were found) and its download refused."""
    import numpy.lib.recfunctions  # noqa: F401 - Tonic's DVSGesture reads through np.lib.recfunctions
    import tonic

    base = getattr(tonic.datasets, spec.tonic_name)

    def refuse_download(self: Any) -> None:
        raise _missing(spec, split, root)

    local = type(spec.tonic_name, (base,), {"_check_exists": lambda self: True, "download": refuse_download})
    try:
        return local(str(root), train=split == "train", transform=transform)
    except (OSError, KeyError, ValueError) as exc:
        raise DatasetError(f"{root / spec.tonic_name}: unreadable {spec.title} files ({exc})") from None


def _binner(name: str, binning: dict[str, Any]):
    """The per-sample transform: Tonic's Downsample and ToFrame, to a uint8 array [T, *frame_shape]."""
    import numpy as np
    import tonic.transforms as transforms

    factor = float(binning.get("spatial_factor") or 1.0)
    sensor = scaled_sensor(name, factor)
    window = binning.get("time_window")
    steps = int(binning["frames"] if window is not None else binning["n_time_bins"])
    to_frame = (
        transforms.ToFrame(sensor_size=sensor, n_time_bins=steps)
        if window is None
        else transforms.ToFrame(sensor_size=sensor, time_window=float(window))
    )
    downsample = transforms.Downsample(spatial_factor=factor) if factor != 1 else None
    shape = frame_shape(name, factor)

    def bin_events(events: np.ndarray) -> np.ndarray:
        out = np.zeros((steps, *shape), dtype=np.uint8)
        if len(events) == 0:
            return out
        if downsample is not None:
            events = downsample(events)
        frames = to_frame(events)
        kept = frames[:steps].reshape(-1, *shape)
        out[: len(kept)] = np.clip(kept, 0, MAX_COUNT)
        return out

    return bin_events


def _sort_files(dataset: Any) -> None:
    """Order a file-per-sample dataset by path (Tonic lists DVS Gesture in the file system's order),
    so the shuffled order, and what ``--limit`` takes, is the same on every machine."""
    paths = getattr(dataset, "data", None)
    if not isinstance(paths, list) or not paths:
        return
    order = sorted(range(len(paths)), key=lambda i: str(paths[i]))
    for attribute in ("data", "targets", "users", "lighting"):
        values = getattr(dataset, attribute, None)
        if isinstance(values, list) and len(values) == len(order):
            setattr(dataset, attribute, [values[i] for i in order])


def load_event_split(
    name: str, split: str, root: str | Path, binning: dict[str, Any], limit: int | None = None
) -> Split:
    """``split`` of event dataset ``name`` as frames [N, T, *frame_shape] (uint8 counts) binned as
    ``binning`` says (``make_binning``); the first ``limit`` samples of the fixed shuffled order."""
    import numpy as np
    import torch

    from snnc.data import Split

    spec = _spec(name)
    root = Path(root)
    if not _has_files(spec, split, root):
        raise _missing(spec, split, root)
    dataset = _tonic_dataset(spec, split, root, _binner(name, binning))
    _sort_files(dataset)
    count = len(dataset)
    if count == 0:
        raise _missing(spec, split, root)
    order = np.random.default_rng(ORDER_SEED).permutation(count)[: limit if limit is not None else count]
    frames, labels = [], []
    for index in order:
        try:
            sample, label = dataset[int(index)]
        except (OSError, ValueError, IndexError, KeyError) as exc:
            raise DatasetError(f"{root / spec.tonic_name}: sample {int(index)} is unreadable ({exc})") from None
        if not 0 <= int(label) < spec.classes:
            raise DatasetError(
                f"{root / spec.tonic_name}: sample {int(index)} has label {label}, not 0..{spec.classes - 1}"
            )
        frames.append(sample)
        labels.append(int(label))
    return Split(
        torch.from_numpy(np.stack(frames)),
        torch.tensor(labels, dtype=torch.int64),
        spec.classes,
        name,
        per_step=True,
    )


def frames_encoding(graph: Any, dataset: str, flag: str | None, echo: Any = print) -> str:
    """``frames``, the encoding an event dataset is run with: ``--encoding`` (``flag``) may only say so;
    a graph that states another encoding is told its encoding does not apply (and now states frames)."""
    from snnc.ir.metadata import read_snnc, update_snnc

    if flag is not None and flag != "frames":
        raise ConfigError(f"--encoding {flag}: {dataset} gives every step's input as frames (--encoding frames)")
    stated = read_snnc(graph).get("encoding")
    if stated != "frames" and "quant" in read_snnc(graph):
        raise ConfigError(
            f"--dataset {dataset}: the quantized graph was compiled for {stated} inputs, {dataset} gives frames; "
            f"compile the float graph with --dataset {dataset}"
        )
    if stated != "frames":
        if stated is not None:
            echo(f"note: {dataset} gives every step's input (frames); the graph's {stated} encoding does not apply")
        update_snnc(graph, encoding="frames")
    return "frames"


def event_split(
    graph: Any,
    dataset: str,
    split: str,
    root: str | Path,
    time_steps: int,
    flag: str | None = None,
    limit: int | None = None,
    echo: Any = print,
) -> tuple[Split, str]:
    """(the ``split`` of event dataset ``dataset`` binned as ``graph`` states, ``"frames"``) for a run
    of ``time_steps`` steps; the frames must be the graph's input, else one error naming both."""
    from snnc.data import load_split
    from snnc.ir.metadata import graph_binning
    from snnc.ir.reference import compile_program

    encoding = frames_encoding(graph, dataset, flag, echo)
    binning = binning_for(dataset, graph_binning(graph), time_steps, echo)
    program = compile_program(graph)
    expected = tuple(int(d) for d in program.shapes[program.input_name])
    shape = frame_shape(dataset, binning.get("spatial_factor"))
    if shape != expected:
        raise ConfigError(
            f"--dataset {dataset}: its frames are {list(shape)} (binning {binning}), the graph's input is "
            f"{list(expected)}"
        )
    return load_split(dataset, split, root, binning=binning, limit=limit), encoding
