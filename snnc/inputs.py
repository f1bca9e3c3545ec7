"""The user's own tensors as a graph's input: ``snnc run --inputs FILE`` and ``snnc compile --inputs FILE``.

A file holds ``x`` and, optionally, integer labels ``y`` [N]:

- ``.npy``: the array ``x`` alone;
- ``.npz``: arrays ``x`` and ``y`` (``np.savez``);
- ``.h5`` / ``.hdf5``: datasets ``x`` and ``y`` at the file's root.

``x`` is either N static samples ``[N, *input_shape]``, encoded over T steps by the graph's encoding
(``direct``, ``binary``, ``poisson``), or N runs of per-step inputs ``[N, T', *input_shape]``, fed
step by step as given (the ``frames`` encoding: the input at step t is ``x[n, t]``; the first T
steps run). ``input_shape`` is the shape of the graph's ``Input`` node; any other shape is refused
naming both. With labels, a run reports accuracy; with or without, ``--outputs FILE.npz`` keeps, per
sample: ``output`` [N, T, *out] (the Output node's value per step), ``spike_counts`` [N, *out] (its
sum over the T steps: the spike counts of a spiking readout), ``predictions`` [N] (the decoded
classes), ``labels`` [N] when given, and for every ``--record NODE`` ``spikes:NODE`` [N, T, *shape]
(the node's output per step: spikes of a neuron) and ``membrane:NODE`` [N, T, *shape] (neurons with a
membrane); scalars ``time_steps`` and ``dt`` (seconds).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import nir
import numpy as np
import torch

from snnc.errors import ConfigError, GraphError, SnncError
from snnc.ir.encoding import decode, encode
from snnc.ir.metadata import DEFAULT_DT, ENCODINGS, graph_time_steps, read_snnc, update_snnc
from snnc.ir.precision import DEFAULT_PRECISION
from snnc.ir.reference import Program, compile_program

Echo = Callable[[str], None]
SUFFIXES = (".npy", ".npz", ".h5", ".hdf5")
MEMBRANE_TYPES = (nir.IF, nir.LIF, nir.LI, nir.CubaLIF)


class InputFileError(SnncError):
    """An ``--inputs`` file that cannot be read, or whose arrays do not fit the graph."""


class InputSet(NamedTuple):
    """The samples of an ``--inputs`` file, checked against a graph's input shape."""

    x: torch.Tensor  # [N, *input_shape] static samples, or [N, T', *input_shape] per-step inputs
    y: torch.Tensor | None  # [N] int64 labels
    per_step: bool
    path: Path

    @property
    def steps(self) -> int | None:
        """T' of per-step inputs (None for static samples)."""
        return int(self.x.shape[1]) if self.per_step else None

    def describe(self) -> str:
        kind = f"{len(self.x)} runs of {self.steps} steps" if self.per_step else f"{len(self.x)} static samples"
        return f"{self.path.name} ({kind}{', labelled' if self.y is not None else ''})"


def _shape(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


def read_arrays(path: str | Path) -> tuple[np.ndarray, np.ndarray | None]:
    """``(x, y or None)`` from a ``.npy``, ``.npz`` or HDF5 file (see the module doc)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputFileError(
            f"--inputs {path}: unknown file type {path.suffix or '(none)'!r}; use {', '.join(SUFFIXES)}"
        )
    if not path.is_file():
        raise InputFileError(f"--inputs {path}: no such file")
    try:
        if suffix == ".npy":
            return np.load(path, allow_pickle=False), None
        if suffix == ".npz":
            with np.load(path, allow_pickle=False) as archive:
                if "x" not in archive.files:
                    raise InputFileError(
                        f"--inputs {path}: no array 'x' (it holds {', '.join(archive.files) or 'none'})"
                    )
                return archive["x"], (archive["y"] if "y" in archive.files else None)
        import h5py

        with h5py.File(path, "r") as file:
            if not isinstance(file.get("x"), h5py.Dataset):
                raise InputFileError(
                    f"--inputs {path}: no dataset 'x' at the file's root (it holds {', '.join(file) or 'none'})"
                )
            y = file.get("y")
            if y is not None and not isinstance(y, h5py.Dataset):
                raise InputFileError(f"--inputs {path}: 'y' must be a dataset of labels")
            return file["x"][()], (y[()] if y is not None else None)
    except InputFileError:
        raise
    except (OSError, ValueError, EOFError, KeyError) as exc:
        raise InputFileError(
            f"--inputs {path}: unreadable {suffix} file ({' '.join(str(exc).split())[:120]})"
        ) from None


def _checked_x(x: np.ndarray, path: Path) -> np.ndarray:
    if x.dtype.kind not in "biuf":
        raise InputFileError(f"--inputs {path}: x must hold numbers, not {x.dtype}")
    if x.ndim < 2 or x.shape[0] < 1:
        raise InputFileError(f"--inputs {path}: x must be [N, ...] with N >= 1 samples, got shape {_shape(x.shape)}")
    if x.dtype.kind == "f" and not np.all(np.isfinite(x)):
        raise InputFileError(f"--inputs {path}: x holds NaN or infinite values")
    return x


def _checked_y(y: np.ndarray | None, count: int, classes: int | None, path: Path) -> np.ndarray | None:
    if y is None:
        return None
    y = np.asarray(y)
    if y.shape != (count,):
        raise InputFileError(
            f"--inputs {path}: y must be [{count}] labels (one per sample of x), got {_shape(y.shape)}"
        )
    if y.dtype.kind not in "biuf" or (y.dtype.kind == "f" and not np.all(np.isfinite(y) & (y == np.round(y)))):
        raise InputFileError(f"--inputs {path}: y must hold whole-number class labels")
    if count and (y.min() < 0 or (classes is not None and y.max() >= classes)):
        bad = int(y.min()) if y.min() < 0 else int(y.max())
        raise InputFileError(
            f"--inputs {path}: label {bad} is not one of the graph's {classes} classes (0..{classes - 1})"
        )
    return y.astype(np.int64)


def load_inputs(
    path: str | Path, input_shape: Sequence[int], classes: int | None = None, limit: int | None = None
) -> InputSet:
    """The samples of ``path`` for a graph whose input is ``input_shape`` (and, for labels, ``classes``
    outputs): static ``[N, *input_shape]`` or per-step ``[N, T, *input_shape]``, else one error naming
    the file, its shape and the graph's; only the first ``limit`` samples when given."""
    path = Path(path)
    x, y = read_arrays(path)
    if limit is not None:
        x, y = x[:limit], (y[:limit] if y is not None and np.ndim(y) == 1 else y)
    x = _checked_x(x, path)
    expected = tuple(int(d) for d in input_shape)
    if tuple(x.shape[1:]) == expected:
        per_step = False
    elif tuple(x.shape[2:]) == expected and x.shape[1] >= 1:
        per_step = True
    else:
        raise InputFileError(
            f"--inputs {path}: x is {_shape(x.shape)}, which does not fit the graph's input {_shape(expected)}: give "
            f"[N, {', '.join(map(str, expected))}] (static samples, encoded by the graph's encoding) or "
            f"[N, T, {', '.join(map(str, expected))}] (per-step inputs)"
        )
    y = _checked_y(y, len(x), classes, path)
    tensor = torch.from_numpy(np.ascontiguousarray(x))
    if not tensor.is_floating_point():
        tensor = tensor.to(torch.float32)
    return InputSet(tensor, torch.from_numpy(y) if y is not None else None, per_step, path)


def graph_input_shape(graph: nir.NIRGraph) -> tuple[int, ...]:
    """The shape of one step's input of ``graph`` (its canonical Input node's)."""
    program = compile_program(graph)
    return tuple(int(d) for d in program.shapes[program.input_name])


def graph_classes(graph: nir.NIRGraph) -> int:
    program = compile_program(graph)
    return math.prod(program.shapes[program.output_name])


def load_for_graph(path: str | Path, graph: nir.NIRGraph, limit: int | None = None) -> InputSet:
    """``load_inputs`` against ``graph``'s input shape and output size."""
    return load_inputs(path, graph_input_shape(graph), graph_classes(graph), limit)


def input_encoding(graph: nir.NIRGraph, inputs: InputSet, flag: str | None, echo: Echo) -> str | None:
    """The encoding ``inputs`` are run with (``--encoding`` given as ``flag``): ``frames`` for per-step
    inputs (a graph that states another encoding is told so), the flag or the graph's for static
    samples (None: the graph's, or the announced default); a static file cannot feed a ``frames``
    graph, nor per-step inputs another encoding."""
    stated = read_snnc(graph).get("encoding")
    if inputs.per_step:
        if flag is not None and flag != "frames":
            raise ConfigError(
                f"--encoding {flag}: {inputs.path} holds per-step inputs [N, T, ...], which are fed as given "
                "(--encoding frames); give static samples [N, ...] to encode them"
            )
        if stated not in (None, "frames"):
            echo(f"note: the graph states {stated} encoding; {inputs.path.name} gives every step's input (frames)")
        return "frames"
    if (flag or stated) == "frames":
        raise ConfigError(
            f"--inputs {inputs.path}: the graph takes per-step inputs (frames encoding); x holds static "
            "samples [N, ...]; give [N, T, ...] or another --encoding"
        )
    if flag is not None and flag not in ENCODINGS:
        raise ConfigError(f"--encoding must be one of {', '.join(ENCODINGS)}, got {flag!r}")
    return flag


def state_time_steps(graph: nir.NIRGraph, inputs: InputSet, override: int | None, echo: Echo) -> int:
    """T: ``-T`` when given, else the graph's; a graph that states none runs per-step inputs for all
    their steps (stated in its metadata, announced). Per-step inputs must cover T."""
    if override is None and read_snnc(graph).get("time_steps") is None and inputs.per_step:
        echo(f"note: the graph does not state its time steps; using T={inputs.steps}, the steps of {inputs.path.name}")
        update_snnc(graph, time_steps=inputs.steps)
    steps = graph_time_steps(graph, override)
    if inputs.per_step and inputs.steps < steps:
        raise ConfigError(
            f"--inputs {inputs.path}: {inputs.steps} steps per sample, fewer than T={steps}; pass -T {inputs.steps} "
            f"or give [N, {steps}, ...]"
        )
    return steps


def spike_input_note(inputs: torch.Tensor, echo: Echo) -> None:
    """Announce that per-step inputs other than 0/1 reach a spike input stage as one event where > 0."""
    values = inputs[(inputs != 0) & (inputs != 1)]
    if values.numel():
        above = int((values > 1).sum())
        echo(
            f"note: {values.numel():,} per-step input values are not 0 or 1 ({above:,} above 1); the accelerator's "
            "spike input takes one event where the input is > 0 (counts clip to 1, as the integer reference)"
        )


def recordable(program: Program, names: Sequence[str]) -> tuple[list[str], list[str]]:
    """(nodes whose output to record, those of them with a membrane) for ``--record NODE``; an unknown
    name is refused, listing the graph's nodes."""
    nodes = program.graph.nodes
    for name in names:
        if name not in nodes:
            listed = ", ".join(n for n in program.order if not isinstance(nodes[n], (nir.Input, nir.Output)))
            raise GraphError(f"--record {name}: no such node; the graph's nodes are {listed}")
    unique = list(dict.fromkeys(names))
    return unique, [n for n in unique if isinstance(nodes[n], MEMBRANE_TYPES)]


class InputsRun(NamedTuple):
    """What a software backend did on an ``--inputs`` file."""

    backend: str
    inputs: str
    samples: int
    time_steps: int
    encoding: str
    decoding: str
    per_step: bool
    accuracy: float | None  # None without labels
    correct: int | None
    mean_spikes_per_neuron_per_step: float
    seconds: float
    samples_per_s: float
    outputs: str | None  # the --outputs file written
    predictions: list[int]

    def summary(self) -> dict[str, object]:
        values = self._asdict()
        values.pop("predictions")
        return values


def run_on_inputs(
    graph: nir.NIRGraph,
    backend: str,
    inputs: InputSet,
    time_steps: int | None = None,
    encoding: str | None = None,
    batch_size: int = 256,
    dtype: str = DEFAULT_PRECISION,
    seed: int = 0,
    record: Sequence[str] = (),
    outputs: str | Path | None = None,
    echo: Echo = print,
    progress: bool = True,
) -> InputsRun:
    """Run ``graph`` on ``inputs`` with ``backend``: accuracy when labelled, and ``outputs`` written
    (``--outputs``, see the module doc) with the recorded nodes."""
    from snnc.backends import get_runner
    from snnc.ir.evaluation import readout_membrane_node, run_settings, spiking_neuron_count
    from snnc.ir.precision import torch_dtype
    from snnc.progress import progress as show_progress

    runner = get_runner(backend)
    chosen = input_encoding(graph, inputs, encoding, echo)
    steps = state_time_steps(graph, inputs, time_steps, echo)
    steps, chosen, decoding = run_settings(graph, steps, chosen, echo)
    program = compile_program(graph)
    names, membrane_names = recordable(program, record)
    readout = readout_membrane_node(program) if decoding == "membrane" else None
    membranes_wanted = tuple(dict.fromkeys([*membrane_names, *([readout] if readout else [])]))
    kept: dict[str, list[torch.Tensor]] = {"output": [], "predictions": []}
    for name in names:
        kept[f"spikes:{name}"] = []
    for name in membrane_names:
        kept[f"membrane:{name}"] = []
    total_spikes, began = 0.0, time.perf_counter()
    starts = range(0, len(inputs.x), batch_size)
    for start in show_progress(starts, len(starts), f"{backend} on {inputs.path.name}", progress, "batch"):
        batch = encode(inputs.x[start : start + batch_size], chosen, steps, seed=seed + start)
        result = runner(program, batch, membranes_wanted, torch_dtype(dtype), record=tuple(names))
        final = result.membranes[readout][-1] if readout else None
        kept["predictions"].append(decode(result.output, decoding, final).cpu())
        kept["output"].append(result.output.transpose(0, 1).cpu())
        for name in names:
            kept[f"spikes:{name}"].append(result.recorded[name].transpose(0, 1).cpu())
        for name in membrane_names:
            kept[f"membrane:{name}"].append(result.membranes[name].transpose(0, 1).cpu())
        total_spikes += sum(result.spike_counts.values())
    seconds = time.perf_counter() - began
    arrays = {key: torch.cat(parts).numpy() for key, parts in kept.items()}
    predicted = arrays["predictions"]
    correct = int((predicted == inputs.y.numpy()).sum()) if inputs.y is not None else None
    neurons = spiking_neuron_count(program)
    activity = total_spikes / (neurons * steps * len(inputs.x)) if neurons else 0.0
    written = None
    if outputs is not None:
        arrays["spike_counts"] = arrays["output"].sum(1)
        if inputs.y is not None:
            arrays["labels"] = inputs.y.numpy()
        written = str(write_outputs(outputs, arrays, steps, program.dt, inputs.path))
        echo(f"wrote {written}")
    count = len(inputs.x)
    return InputsRun(
        backend=backend,
        inputs=str(inputs.path),
        samples=count,
        time_steps=steps,
        encoding=chosen,
        decoding=decoding,
        per_step=inputs.per_step,
        accuracy=correct / count if correct is not None else None,
        correct=correct,
        mean_spikes_per_neuron_per_step=activity,
        seconds=seconds,
        samples_per_s=count / seconds if seconds else 0.0,
        outputs=written,
        predictions=[int(p) for p in predicted],
    )


def check_outputs_path(outputs: str | Path | None, *inputs: str | Path | None) -> Path | None:
    """``--outputs``: an ``.npz`` path that is none of the command's input files."""
    if outputs is None:
        return None
    from snnc.files import same_file

    path = Path(outputs)
    if path.suffix.lower() != ".npz":
        raise ConfigError(f"--outputs {path}: the outputs file is an .npz archive; name it FILE.npz")
    for source in inputs:
        if source is not None and same_file(path, source):
            raise ConfigError(f"--outputs {path}: that is an input file; choose another path")
    return path


def write_outputs(path: str | Path, arrays: dict[str, np.ndarray], steps: int, dt: float, source: Path) -> Path:
    """The ``--outputs`` archive (atomically: an interrupted run leaves no half file)."""
    from snnc.files import atomic_write

    path = check_outputs_path(path, source)
    values = {**arrays, "time_steps": np.int64(steps), "dt": np.float64(dt)}

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            np.savez_compressed(handle, **values)

    return atomic_write(path, write)


def inputs_run_lines(model: object, run: InputsRun) -> list[str]:
    """What ``snnc run --inputs`` prints for a software backend."""
    kind = "per-step inputs" if run.per_step else f"{run.encoding} encoding"
    head = (
        f"{model} on {Path(run.inputs).name} ({run.samples} samples, T={run.time_steps}, {kind}, {run.decoding} "
        f"readout) with {run.backend}:"
    )
    if run.accuracy is not None:
        result = f"  accuracy {100 * run.accuracy:.2f}%"
    else:
        counts = np.bincount(np.asarray(run.predictions, dtype=np.int64))
        result = "  predictions (no labels): " + ", ".join(f"class {c}: {n}" for c, n in enumerate(counts) if n)
    return [
        head,
        f"{result}  |  {run.mean_spikes_per_neuron_per_step:.4f} spikes per neuron per step  |  "
        f"{run.samples_per_s:.1f} samples/s",
    ]


def inputs_for_build(
    quantized: nir.NIRGraph, build: Path, inputs_path: Path, limit: int | None, echo: Echo
) -> InputSet:
    """The file's samples for a design built earlier (``build``'s quantized graph), refused when they
    are not the kind (static or per-step) it was compiled for."""
    inputs = load_for_graph(inputs_path, quantized, limit)
    built_for = read_snnc(quantized).get("encoding")
    if inputs.per_step != (built_for == "frames"):
        given = "per-step inputs [N, T, ...]" if inputs.per_step else "static samples [N, ...]"
        raise ConfigError(
            f"--inputs {inputs_path}: holds {given}, but the build {build} was compiled for {built_for} "
            "inputs; compile it with --inputs of this kind"
        )
    state_time_steps(quantized, inputs, None, echo)
    return inputs


def recorded_dt(graph: nir.NIRGraph) -> float:
    """The graph's time step in seconds (its metadata, else the default)."""
    return float(read_snnc(graph).get("dt", DEFAULT_DT))


def run_fpga_on_inputs(
    model: Path,
    graph: nir.NIRGraph | None,
    inputs_path: Path,
    build: Path | None = None,
    target: str | None = None,
    simulator: str = "verilator",
    outputs: Path | None = None,
    echo: Echo = print,
    loaded: InputSet | None = None,
    default_outputs_when_unlabelled: bool = False,
    limit: int | None = None,
) -> dict[str, Any]:
    """``snnc run --backend fpga --inputs FILE``: the design (from ``build``, else compiled on the fly
    for ``target`` with the file's samples as calibration) simulated on the file's samples, against
    the integer reference and the cycle model; accuracy when labelled; ``outputs`` gets the RTL's
    and the reference's ``predictions`` (``loaded``: the file already read against ``graph``)."""
    from snnc.backends.fpga import DEFAULT_TARGET
    from snnc.backends.fpga.build import load_build
    from snnc.backends.fpga.run import simulate_design
    from snnc.compile import compile_for_run

    check_outputs_path(outputs, inputs_path, model)
    if build is not None:
        quantized, plan, _ = load_build(build, model)
        inputs = inputs_for_build(quantized, build, inputs_path, limit, echo)
    else:
        if graph is None:
            raise ConfigError(f"{model}: no graph to compile (give the NIR file or --build)")
        inputs = loaded if loaded is not None else load_for_graph(inputs_path, graph, limit)
        encoding = input_encoding(graph, inputs, None, echo)
        if encoding is not None:
            update_snnc(graph, encoding=encoding)
        state_time_steps(graph, inputs, None, echo)
        quantized, plan = compile_for_run(graph, None, "", target or DEFAULT_TARGET, calibration=inputs.x)
    if inputs.per_step:
        spike_input_note(inputs.x[:, : graph_time_steps(quantized)], echo)
    if default_outputs_when_unlabelled:
        outputs = outputs_for(outputs, inputs, inputs_path, echo)
    run = simulate_design(quantized, plan, inputs.x, build, model, simulator, echo)
    count = len(inputs.x)
    results = hardware_results(
        run.rtl_classes, run.reference_classes, inputs, outputs, run.time_steps, quantized, inputs_path, echo
    )
    return {
        "model": str(model),
        "backend": "fpga",
        "simulator": run.simulator,
        "inputs": str(inputs_path),
        "samples": int(count),
        "per_step": inputs.per_step,
        "time_steps": run.time_steps,
        **results,
        "mismatches": run.mismatches,
        "cycle_model_mismatches": run.cycle_model_mismatches,
        "cycles_per_image": run.span_cycles / count,
        "predicted_cycles_per_image": run.predicted_span_cycles / count,
        "stream_latency_cycles_mean": float(run.stream_latencies.mean()),
        "simulation_seconds": run.seconds,
        "predictions": [int(c) for c in run.rtl_classes],
        "target": plan["target"],
    }


def fpga_inputs_lines(model: object, report: dict[str, Any]) -> list[str]:
    """What ``snnc run --backend fpga --inputs`` prints."""
    if report["accuracy"] is not None:
        result = (
            f"accuracy {100 * report['accuracy']:.2f}% (integer reference {100 * report['reference_accuracy']:.2f}%)"
        )
    else:
        counts = np.bincount(np.asarray(report["predictions"], dtype=np.int64))
        result = "predictions (no labels): " + ", ".join(f"class {c}: {n}" for c, n in enumerate(counts) if n)
    return [
        f"{model} on {Path(report['inputs']).name} ({report['samples']} samples, T={report['time_steps']}) with the "
        f"FPGA design ({report['simulator']}):",
        f"  {result}  |  mismatches {report['mismatches']}  |  {report['cycles_per_image']:,.1f} cycles/sample "
        f"streamed (cycle model: {report['cycle_model_mismatches']} differ)",
    ]


class RunFileOptions(NamedTuple):
    """What ``snnc run --inputs`` takes besides the model, the backend and the file."""

    outputs: Path | None = None
    record: tuple[str, ...] = ()
    time_steps: int | None = None
    encoding: str | None = None
    batch_size: int = 256
    precision: str = DEFAULT_PRECISION
    dt: float | None = None
    reset: str | None = None
    build: Path | None = None
    target: str | None = None
    simulator: str = "verilator"
    progress: bool = True
    limit: int | None = None  # only the first N samples of the file


def default_outputs(inputs_path: Path) -> Path:
    """Where an unlabelled run keeps its predictions when ``--outputs`` is not given."""
    return inputs_path.with_suffix(".outputs.npz")


def outputs_for(outputs: Path | None, inputs: InputSet, inputs_path: Path, echo: Echo) -> Path | None:
    """``outputs``, or for an unlabelled file (which has no accuracy to report) ``default_outputs``,
    announced."""
    if outputs is None and inputs.y is None:
        outputs = default_outputs(inputs_path)
        echo(f"--outputs not given and {inputs_path.name} has no labels: the predictions go to {outputs}")
    return outputs


def hardware_results(
    predictions: np.ndarray, reference: np.ndarray, inputs: InputSet, outputs: Path | None, time_steps: int,
    graph: nir.NIRGraph, inputs_path: Path, echo: Echo,
) -> dict[str, Any]:  # fmt: skip
    """A design's (simulated or on a board) ``predictions`` beside the integer ``reference``'s on a
    file's samples: their accuracies when labelled, both written to ``outputs`` (with the labels)."""
    labels = inputs.y.numpy() if inputs.y is not None else None
    if outputs is not None:
        arrays = {"predictions": predictions, "reference_predictions": reference}
        if labels is not None:
            arrays["labels"] = labels
        echo(f"wrote {write_outputs(outputs, arrays, time_steps, recorded_dt(graph), inputs_path)}")
    return {
        "accuracy": float((predictions == labels).mean()) if labels is not None else None,
        "reference_accuracy": float((reference == labels).mean()) if labels is not None else None,
    }


def run_file(
    model: Path, backend: str, inputs_path: Path, options: RunFileOptions, echo: Echo = print
) -> tuple[dict[str, Any], list[str]]:
    """``snnc run MODEL --inputs FILE``: (the JSON summary, the lines to print). Software backends run
    the graph; ``fpga`` simulates the design (``run_fpga_on_inputs``). Without labels the outputs go to
    ``--outputs`` or, by default, beside the file (announced)."""
    from snnc.ir.io import read_graph
    from snnc.ir.metadata import fill_unstated

    inputs_path = Path(inputs_path)
    outputs = check_outputs_path(options.outputs, inputs_path, model)
    if options.record and outputs is None:
        raise ConfigError("--record NODE: give --outputs FILE.npz to write the recorded spikes and membranes to")
    if backend == "fpga":
        if options.record:
            raise ConfigError("--record is for the software backends (the design's spikes are the integer reference's)")
        graph, inputs = None, None
        if options.build is None:  # compiled on the fly: the file says what the graph takes
            graph = read_graph(model)
            inputs = load_for_graph(inputs_path, graph, options.limit)
            encoding = input_encoding(graph, inputs, options.encoding, echo)
            graph = fill_unstated(graph, options.dt, options.reset, encoding, echo)
        report = run_fpga_on_inputs(
            model, graph, inputs_path, options.build, options.target, options.simulator, outputs, echo, inputs, True,
            options.limit,
        )  # fmt: skip
        lines = fpga_inputs_lines(model, report)
        report.pop("predictions")
        return report, lines
    if options.build is not None:
        raise ConfigError("--build is for --backend fpga")
    graph = read_graph(model)
    inputs = load_for_graph(inputs_path, graph, options.limit)
    encoding = input_encoding(graph, inputs, options.encoding, echo)
    graph = fill_unstated(graph, options.dt, options.reset, encoding, echo)
    outputs = outputs_for(outputs, inputs, inputs_path, echo)
    run = run_on_inputs(
        graph, backend, inputs, options.time_steps, encoding, options.batch_size, options.precision, 0,
        options.record, outputs, echo, options.progress,
    )  # fmt: skip
    return {"model": str(model), **run.summary()}, inputs_run_lines(model, run)
