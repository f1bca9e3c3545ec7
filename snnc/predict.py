"""One model, loaded once, classifying single images with a backend and recording what it did.

This is the library under ``snnc predict`` (one image file) and ``snnc serve`` (images drawn in the
browser): a :class:`Predictor` holds the compiled graph, its T, encoding and readout, and answers
:meth:`Predictor.predict` with the class, the per-class spike counts (or membranes), a raster per
spiking layer and the readout's membrane per step (:mod:`snnc.activity`). The image is encoded as
``snnc run`` encodes a test image (seed 0 for ``poisson``), so an image gets ``snnc run``'s class.

With ``backend="fpga"`` and a build directory, the generated design itself classifies the image
(Verilator, or PyRTL's simulation): the answer carries the RTL's class, whether it matches the
integer reference, and the image's latency in cycles and in microseconds at the build's clock
(``report.json``'s ``performance.clock_mhz``); the raster is the integer reference's, which the RTL
equals bit for bit (every run checks the output values).

Runs are serialized by a lock: Nengo's simulator and a build's Verilated testbench are not safe to
share between threads, and one user drawing needs no parallel runs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import nir
import numpy as np
import torch

from snnc.activity import Activity, layer_raster, readout_kind, record_activity, spiking_layers
from snnc.backends import RUN_BACKENDS, get_runner
from snnc.data import canonical_name, input_shape, load_split
from snnc.errors import ConfigError, SnncError
from snnc.images import InputError, image_shape, pixels_from_image, shape_text
from snnc.ir.encoding import encode
from snnc.ir.evaluation import readout_membrane_node, run_settings
from snnc.ir.metadata import read_snnc, recorded_dataset
from snnc.ir.precision import DEFAULT_PRECISION, torch_dtype
from snnc.ir.reference import Program, compile_program

Echo = Callable[[str], None]
DIGITS = tuple(str(d) for d in range(10))
CLASS_NAMES = {
    "digits": DIGITS,
    "MNIST": DIGITS,
    "FashionMNIST": (
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ),
    "CIFAR10": ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"),
}  # fmt: skip
DECIMALS = 6  # membrane values in answers: enough to compare, short enough to send every stroke


class FpgaDesign(NamedTuple):
    """A build directory's design, ready to simulate image by image."""

    quantized: nir.NIRGraph
    plan: dict
    report: dict
    build: Path
    model: Path | None
    simulator: str

    def describe(self) -> dict[str, Any]:
        performance = self.report.get("performance", {})
        return {
            "build": str(self.build),
            "target": self.plan.get("target"),
            "simulator": self.simulator,
            "clock_mhz": performance.get("clock_mhz"),
            "clock_source": performance.get("clock_source"),
            "latency_cycles_mean": self.report.get("latency_cycles_mean"),
            "cycles_per_image": self.report.get("cycles_per_image"),
        }


def _rounded(values: torch.Tensor) -> list:
    return np.round(values.detach().cpu().to(torch.float64).numpy(), DECIMALS).tolist()


def _plain(values: torch.Tensor) -> list:
    """Numbers as JSON has them: whole numbers (spike counts) as integers."""
    array = values.detach().cpu().to(torch.float64).numpy()
    if np.all(array == np.round(array)):
        return array.astype(np.int64).tolist()
    return np.round(array, DECIMALS).tolist()


class Predictor:
    """A graph and a backend, answering one image (or one run of frames) at a time."""

    def __init__(
        self,
        graph: nir.NIRGraph,
        backend: str = "reference",
        model: Path | None = None,
        fpga: FpgaDesign | None = None,
        precision: str = DEFAULT_PRECISION,
        echo: Echo = print,
    ) -> None:
        if backend not in RUN_BACKENDS:
            raise ConfigError(f"--backend: unknown backend {backend!r}; choose one of {', '.join(RUN_BACKENDS)}")
        if (backend == "fpga") != (fpga is not None):
            raise ConfigError("--backend fpga needs --build DIR (a build from snnc compile --backend fpga)")
        self.graph = fpga.quantized if fpga is not None else graph
        self.backend = backend
        self.model = model
        self.fpga = fpga
        self.dtype = torch_dtype(precision)
        self.program: Program = compile_program(self.graph)
        self.runner = get_runner("reference" if fpga is not None else backend)
        self.time_steps, self.encoding, self.decoding = run_settings(self.graph, None, None, echo)
        self.dataset = recorded_dataset(graph) or recorded_dataset(self.graph)
        known = None
        if self.dataset:
            try:
                known = input_shape(canonical_name(self.dataset))
            except (SnncError, ImportError):  # a name snnc does not know, or an event dataset without Tonic
                self.dataset = None
        self.input_shape = tuple(int(d) for d in self.program.shapes[self.program.input_name])
        try:
            self.image_shape: tuple[int, int, int] | None = image_shape(self.input_shape, known)
        except InputError:  # a flat input that is no image (spiking audio, say): frames only
            self.image_shape = None
        # a model trained on event frames takes per-step input; an image would have no encoding to go through
        self.takes_images = self.image_shape is not None and self.encoding != "frames"
        self.classes = int(np.prod(self.program.shapes[self.program.output_name]))
        names = CLASS_NAMES.get(canonical_name(self.dataset)) if self.dataset else None
        self.class_names = (
            list(names) if names and len(names) == self.classes else [str(i) for i in range(self.classes)]
        )
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls,
        model: Path,
        backend: str = "reference",
        build: Path | None = None,
        simulator: str = "verilator",
        precision: str = DEFAULT_PRECISION,
        echo: Echo = print,
    ) -> Predictor:
        """The predictor of a NIR file (with ``backend="fpga"``, of the design in ``build``)."""
        from snnc.ir.io import read_graph
        from snnc.ir.metadata import fill_unstated

        if backend not in RUN_BACKENDS:
            raise ConfigError(f"--backend: unknown backend {backend!r}; choose one of {', '.join(RUN_BACKENDS)}")
        if backend != "fpga" and build is not None:
            raise ConfigError("--build is for --backend fpga")
        if backend == "fpga" and build is None:
            raise ConfigError("--backend fpga needs --build DIR (a build from snnc compile --backend fpga -o DIR)")
        graph = fill_unstated(read_graph(model), echo=echo) if backend != "fpga" or Path(model).exists() else None
        design = None
        if backend == "fpga":
            from snnc.backends.fpga.build import load_build
            from snnc.backends.fpga.run import choose_simulator

            choose_simulator(simulator)  # a missing Verilator is named before anything runs
            quantized, plan, report = load_build(Path(build), Path(model))
            design = FpgaDesign(
                quantized, plan, report, Path(build), Path(model) if graph is not None else None, simulator
            )
        source = graph if graph is not None else design.quantized  # a build alone: its quantized graph
        return cls(source, backend, Path(model), design, precision, echo)

    def describe(self) -> dict[str, Any]:
        """What ``GET /model`` answers: the shapes, classes, T, backend and the graph's metadata."""
        program = self.program
        readout = readout_membrane_node(program)
        return {
            "model": self.model.name if self.model else None,
            "backend": self.backend,
            "input_shape": list(self.input_shape),
            "image_shape": list(self.image_shape) if self.image_shape else None,
            "takes_images": self.takes_images,
            "classes": self.classes,
            "class_names": self.class_names,
            "time_steps": self.time_steps,
            "encoding": self.encoding,
            "decoding": self.decoding,
            "dt": program.dt,
            "dataset": self.dataset,
            "layers": [
                {
                    "name": name,
                    "type": type(program.graph.nodes[name]).__name__,
                    "neurons": int(np.prod(program.shapes[name])),
                    "shape": list(program.shapes[name]),
                }
                for name in spiking_layers(program)
            ],  # fmt: skip
            "readout": {"node": readout, "kind": "membrane" if readout else "cumulative output"},
            "metadata": read_snnc(self.graph),
            "fpga": self.fpga.describe() if self.fpga is not None else None,
        }

    def image_from_bytes(self, data: bytes, invert: str = "auto", what: str = "the image") -> tuple[np.ndarray, bool]:
        """An image file's bytes as this model's pixels ([C, H, W] in [0, 1]) and whether they were inverted."""
        self.check_takes_images()
        return pixels_from_image(data, self.image_shape, invert, what)

    def check_takes_images(self) -> None:
        """Refuse an image for a model that takes per-step frames (event data, or a non-image input)."""
        if not self.takes_images:
            why = "its encoding is frames" if self.encoding == "frames" else "its input is not an image"
            raise InputError(
                f'this model takes per-step input, not images ({why}): send {{"frames": [...]}} of shape '
                f"T x {shape_text(self.input_shape)}"
            )

    def predict(self, pixels: np.ndarray) -> dict[str, Any]:
        """Classify one image (float [C, H, W] in [0, 1], shaped as :attr:`image_shape`)."""
        self.check_takes_images()
        pixels = np.asarray(pixels, dtype=np.float32)
        if pixels.shape != tuple(self.image_shape):
            raise InputError(f"the image must be {shape_text(self.image_shape)} pixels, got {shape_text(pixels.shape)}")
        image = torch.from_numpy(np.ascontiguousarray(pixels)).reshape(1, *self.input_shape)
        inputs = encode(image, self.encoding, self.time_steps, seed=0)
        with self._lock:
            began = time.perf_counter()
            activity = record_activity(self.program, self.runner, inputs, self.decoding, self.dtype)
            answer = self._answer(activity, "image", began)
            if self.fpga is not None:
                answer["fpga"] = self._simulate(image, answer)
        answer["pixels"] = pixels.tolist() if self.image_shape[0] > 1 else pixels[0].tolist()
        return answer

    def predict_frames(self, frames: np.ndarray) -> dict[str, Any]:
        """Run per-step inputs [T, *input_shape] as they are (no encoding): T is their length."""
        if self.fpga is not None:
            raise InputError("the fpga backend takes images (the design encodes them itself), not frames")
        frames = np.asarray(frames, dtype=np.float32)
        if tuple(frames.shape[1:]) != self.input_shape:
            raise InputError(f"frames must be T x {shape_text(self.input_shape)}, got {shape_text(frames.shape)}")
        inputs = torch.from_numpy(np.ascontiguousarray(frames)).unsqueeze(1)
        with self._lock:
            began = time.perf_counter()
            activity = record_activity(self.program, self.runner, inputs, self.decoding, self.dtype)
            return self._answer(activity, "frames", began)

    def _answer(self, activity: Activity, source: str, began: float) -> dict[str, Any]:
        winner = activity.classes[0]
        return {
            "class": winner,
            "label": self.class_names[winner],
            "counts": _plain(activity.counts[0]),
            "scores": _plain(activity.scores[0]),
            "decoding": self.decoding,
            "backend": self.backend,
            "input": source,
            "time_steps": int(activity.readout.shape[0]),
            "raster": {name: layer_raster(spikes[:, 0]) for name, spikes in activity.spikes.items()},
            "membranes": {
                "node": activity.readout_node,
                "kind": readout_kind(activity),
                "values": _rounded(activity.readout[:, 0]),
            },
            "seconds": time.perf_counter() - began,
        }

    def _simulate(self, image: torch.Tensor, answer: dict[str, Any]) -> dict[str, Any]:
        """The design's own answer for ``image``; the response's class becomes the RTL's."""
        from snnc.backends.fpga.run import simulate_design

        design = self.fpga
        run = simulate_design(
            design.quantized, design.plan, image, design.build, design.model, design.simulator, echo=lambda _line: None
        )
        rtl, reference = int(run.rtl_classes[0]), int(run.reference_classes[0])
        cycles = int(run.stream_latencies[0])
        clock = design.report.get("performance", {}).get("clock_mhz")
        answer["class"], answer["label"] = rtl, self.class_names[rtl]
        return {
            "simulator": run.simulator,
            "rtl_class": rtl,
            "reference_class": reference,
            "match": run.mismatches == 0 and rtl == reference,
            "cycles": cycles,
            "predicted_cycles": int(run.predicted_stream_latencies[0]),
            "clock_mhz": clock,
            "latency_us": cycles / float(clock) if clock else None,
            "target": design.plan.get("target"),
            "seconds": run.seconds,
        }


class TestSamples:
    """The test split of the model's recorded dataset, as images shaped for the model, loaded on
    first use (the embedded digits always; other datasets when their files are there)."""

    __test__ = False  # not a pytest class, despite its name

    def __init__(self, dataset: str | None, image: Sequence[int] | None, root: str | Path = "./data") -> None:
        self.dataset = dataset if image else None
        self.image, self.root = tuple(image or ()), root
        self._images: torch.Tensor | None = None
        self._labels: list[int] = []
        self.note: str | None = None
        if not image:
            self.note = "the model takes per-step frames, not images"
        elif not dataset:
            self.note = "the model records no dataset"

    def _load(self) -> None:
        if self._images is not None or self.dataset is None:
            return
        try:
            split = load_split(self.dataset, "test", self.root, download=False)
        except SnncError as exc:
            self.dataset, self.note = None, str(exc)
            return
        if int(np.prod(split.images.shape[1:])) != int(np.prod(self.image)):
            self.dataset, self.note = None, f"{split.name} images do not fit the model's input"
            return
        self._images = split.images.reshape(len(split.images), *self.image)
        self._labels = split.labels.tolist()

    def __len__(self) -> int:
        self._load()
        return 0 if self._images is None else len(self._images)

    def page(self, start: int, count: int) -> list[dict[str, Any]]:
        """Samples ``start`` .. ``start + count - 1`` (fewer at the end): index, label and pixels."""
        self._load()
        if self._images is None:
            return []
        chosen = range(max(0, start), min(len(self._images), max(0, start) + max(0, count)))
        return [{"index": i, "label": self._labels[i], "image": self.pixels(i)} for i in chosen]

    def pixels(self, index: int) -> list:
        """Sample ``index``'s pixels as a model takes them: ``H x W`` (one channel) or ``C x H x W``."""
        self._load()
        if self._images is None or not 0 <= index < len(self._images):
            raise InputError(f"no test sample {index} (there are {len(self)})")
        image = self._images[index].numpy().astype(np.float32)
        return image[0].tolist() if self.image[0] == 1 else image.tolist()


def predict_file(
    model: Path,
    image: Path,
    backend: str = "reference",
    build: Path | None = None,
    simulator: str = "verilator",
    invert: str = "auto",
    echo: Echo = print,
) -> dict[str, Any]:
    """``snnc predict``: classify one image file (PNG or JPEG) with ``model`` on ``backend``."""
    if backend not in RUN_BACKENDS:
        raise ConfigError(f"--backend: unknown backend {backend!r}; choose one of {', '.join(RUN_BACKENDS)}")
    try:
        data = Path(image).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{image}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{image}: is a directory, not an image file") from None
    except OSError as exc:
        raise InputError(f"{image}: cannot read ({exc.strerror})") from None
    predictor = Predictor.load(model, backend, build, simulator, echo=echo)
    pixels, inverted = predictor.image_from_bytes(data, invert, str(image))
    answer = predictor.predict(pixels)
    answer.update(model=str(model), image=str(image), inverted=inverted, class_names=predictor.class_names)
    return answer


def predict_lines(answer: dict[str, Any], class_names: list[str] | None = None) -> list[str]:
    """What ``snnc predict`` prints: the class, then each class's count (or final membrane)."""
    what = "spike counts" if answer["decoding"] == "spike_count" else "final membranes"
    values = answer["scores"]
    names = class_names or [str(i) for i in range(len(values))]
    named = any(name != str(i) for i, name in enumerate(names))
    label = f"{answer['class']} ({answer['label']})" if named else str(answer["class"])
    inverted = " (inverted: its background is light)" if answer.get("inverted") else ""
    lines = [
        f"{answer['image']}: class {label} with {answer['backend']}, T={answer['time_steps']}{inverted}",
        f"  {what} per class:",
    ]
    name_width = max(len(name) for name in names) if named else 0
    value_width = max(len(str(v)) for v in values)
    for index, value in enumerate(values):
        name = f" {names[index]:<{name_width}}" if named else ""
        mark = "  <-" if index == answer["class"] else ""
        lines.append(f"    {index:>2}{name} {str(value):>{value_width}}{mark}")
    if answer.get("fpga"):
        fpga = answer["fpga"]
        latency = f" = {fpga['latency_us']:.2f} us at {fpga['clock_mhz']:.1f} MHz" if fpga["latency_us"] else ""
        lines.append(
            f"  FPGA design ({fpga['simulator']}): class {fpga['rtl_class']}, integer reference "
            f"{fpga['reference_class']} ({'match' if fpga['match'] else 'MISMATCH'}); latency {fpga['cycles']:,} "
            f"cycles{latency}"
        )
    return lines
