"""The pass manager: named passes over NIR graphs, run in a written-down order.

A pass is a function ``(graph, ctx) -> graph`` registered under a name. This package holds the
target-independent passes (``TARGET_INDEPENDENT``, in the order they run); a backend declares its
own passes and its pipeline on top of these. The manager runs a pipeline (a list of names),
checks the graph after every pass, records the time each pass took and can write the graph after
each pass to ``DIR/NN-name.nir``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from snnc.errors import ConfigError, SnncError

if TYPE_CHECKING:  # the CLI reads this package's names for --help: torch and nir load when passes run
    import nir
    import torch

Pass = Callable[["nir.NIRGraph", "PassContext"], "nir.NIRGraph"]
PASSES: dict[str, Pass] = {}

# The passes every backend's pipeline starts with, in the order they run.
TARGET_INDEPENDENT = ("canonicalize", "validate", "fuse", "quantize")


@dataclass
class PassContext:
    """Options for the passes and what they report back."""

    backend: str = "reference"
    weight_bits: int = 8
    stage_weight_bits: tuple[int, ...] | None = None  # one width per synapse stage (mixed); None: weight_bits
    v_bits: int | None = None  # None: chosen by range analysis
    input_bits: int = 8
    weight_percentile: float | None = None  # None: max-abs scale
    per_channel: bool = False  # one weight scale per output channel instead of per stage
    target: str | None = None  # the device a backend's planning passes plan for
    board: str | None = None  # the board the device sits on (its top and host link share the device)
    lanes: int | None = None  # parallel neuron updates per stage a planning pass must use (None: it chooses)
    calibration: torch.Tensor | None = None  # sample images [N, *input_shape] for saturation and spike profile
    time_steps: int | None = None  # -T: overrides the graph's time steps (quantize records the one used)
    timings: dict[str, float] = field(default_factory=dict)
    reports: dict[str, Any] = field(default_factory=dict)


Precheck = Callable[["PassContext"], None]
PRECHECKS: dict[str, Precheck] = {}


def register(name: str, precheck: Precheck | None = None) -> Callable[[Pass], Pass]:
    """Register a pass; its ``precheck`` (options it needs, such as calibration images) runs for
    every pass of a pipeline before the first pass does any work."""

    def decorate(function: Pass) -> Pass:
        PASSES[name] = function
        if precheck is not None:
            PRECHECKS[name] = precheck
        return function

    return decorate


def run_pipeline(
    graph: nir.NIRGraph, pipeline: list[str], ctx: PassContext, dump_dir: str | Path | None = None
) -> nir.NIRGraph:
    """Run ``pipeline`` over ``graph``; the graph is checked after every pass."""
    from snnc.ir.graph import check_graph
    from snnc.ir.io import write_graph

    _load_passes()
    for name in pipeline:
        if name not in PASSES:
            raise ConfigError(f"unknown pass {name!r}; registered: {', '.join(PASSES)}")
        if name in PRECHECKS:
            PRECHECKS[name](ctx)
    for index, name in enumerate(pipeline, start=1):
        began = time.perf_counter()
        try:
            graph = PASSES[name](graph, ctx)
            check_graph(graph)
        except SnncError as exc:
            raise type(exc)(f"pass {name}: {exc}") from None
        ctx.timings[name] = time.perf_counter() - began
        if dump_dir is not None:
            write_graph(graph, Path(dump_dir) / f"{index:02d}-{name}.nir")
    return graph


def _load_passes() -> None:
    """Import the target-independent pass modules (they register themselves); a backend's own
    passes are imported by whoever asks the backend for its pipeline."""
    from snnc.ir.passes import canonicalize, fuse, quantize, validate  # noqa: F401
