"""The pass manager: named passes over NIR graphs, run in a written-down order per backend.

A pass is a function ``(graph, ctx) -> graph`` registered under a name. The manager runs a
backend's pipeline (a list of names), checks the graph after every pass, records the time
each pass took and can write the graph after each pass to ``DIR/NN-name.nir``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nir
import torch

from snnc.errors import ConfigError, SnncError
from snnc.ir.graph import check_graph

Pass = Callable[[nir.NIRGraph, "PassContext"], nir.NIRGraph]
PASSES: dict[str, Pass] = {}

# Each backend's pipeline, in the order the passes run.
PIPELINES: dict[str, list[str]] = {
    "reference": ["canonicalize", "validate", "fuse", "quantize"],
    "fpga": ["canonicalize", "validate", "fuse", "quantize", "schedule"],
}


@dataclass
class PassContext:
    """Options for the passes and what they report back."""

    backend: str = "reference"
    weight_bits: int = 8
    v_bits: int | None = None  # None: chosen by range analysis
    input_bits: int = 8
    weight_percentile: float | None = None  # None: max-abs scale
    per_channel: bool = False  # one weight scale per output channel instead of per stage
    target: str | None = None
    lanes: int | None = None  # force lanes per stage (None: balance)
    calibration: torch.Tensor | None = None  # sample images [N, *input_shape] for saturation and spike profile
    time_steps: int | None = None
    timings: dict[str, float] = field(default_factory=dict)
    reports: dict[str, Any] = field(default_factory=dict)


def register(name: str) -> Callable[[Pass], Pass]:
    def decorate(function: Pass) -> Pass:
        PASSES[name] = function
        return function

    return decorate


def pipeline_for(backend: str) -> list[str]:
    if backend not in PIPELINES:
        raise ConfigError(f"--backend: no pipeline for {backend!r}; choose one of {', '.join(PIPELINES)}")
    return list(PIPELINES[backend])


def run_pipeline(
    graph: nir.NIRGraph, pipeline: list[str], ctx: PassContext, dump_dir: str | Path | None = None
) -> nir.NIRGraph:
    """Run ``pipeline`` over ``graph``; the graph is checked after every pass."""
    from snnc.ir.io import write_graph

    _load_passes()
    for index, name in enumerate(pipeline, start=1):
        if name not in PASSES:
            raise ConfigError(f"unknown pass {name!r}; registered: {', '.join(PASSES)}")
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
    """Import the pass modules (they register themselves)."""
    from snnc.ir.passes import canonicalize, fuse, quantize, schedule, validate  # noqa: F401
