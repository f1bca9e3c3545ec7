"""``snnc compile``: run a backend's pass pipeline over a NIR graph and write the results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import nir
import torch

from snnc.data import limit_split, load_split
from snnc.errors import ConfigError
from snnc.ir.graph import infer_shapes, single_input_output
from snnc.ir.integer import is_quantized
from snnc.ir.io import atomic_write, write_graph
from snnc.ir.passes import PassContext, pipeline_for, run_pipeline


class CompileResult(NamedTuple):
    graph: nir.NIRGraph
    context: PassContext
    pipeline: list[str]


def pipeline_with_target(backend: str, target: str | None) -> list[str]:
    """The backend's pipeline; a ``--target`` adds scheduling to the reference pipeline."""
    pipeline = pipeline_for(backend)
    if target and "schedule" not in pipeline:
        pipeline.append("schedule")
    return pipeline


def sample_images(graph: nir.NIRGraph, dataset: str, root: str, count: int) -> torch.Tensor:
    """``count`` training images shaped as the graph's input (for calibration and spike profiles)."""
    if count < 1:
        raise ConfigError(f"--calibration-images must be >= 1, got {count}")
    images = limit_split(load_split(dataset, "train", root), count).images
    input_name, _ = single_input_output(graph)
    shape = infer_shapes(graph)[input_name]
    if images[0].numel() != torch.Size(shape).numel():
        raise ConfigError(f"--dataset {dataset}: images {tuple(images.shape[1:])} do not fit the graph input {shape}")
    return images.reshape(len(images), *shape)


def compile_graph(
    graph: nir.NIRGraph, backend: str, ctx: PassContext, dump_dir: str | Path | None = None
) -> CompileResult:
    """Run the backend's pipeline; an already quantized graph (snnc's ``.q.nir``) only gets the
    passes after ``quantize``."""
    pipeline = pipeline_with_target(backend, ctx.target)
    if is_quantized(graph) and "quantize" in pipeline:
        pipeline = pipeline[pipeline.index("quantize") + 1 :]
    return CompileResult(run_pipeline(graph, pipeline, ctx, dump_dir), ctx, pipeline)


def write_outputs(result: CompileResult, output: str | Path) -> dict[str, Path]:
    """The quantized graph, and the plan (``<output stem>.plan.json``) when scheduled."""
    output = Path(output)
    written = {"graph": write_graph(result.graph, output)}
    plan = result.context.reports.get("schedule")
    if plan is not None:
        plan_path = output.with_name(output.name.removesuffix(".nir") + ".plan.json")
        written["plan"] = atomic_write(plan_path, lambda tmp: tmp.write_text(json.dumps(plan, indent=2) + "\n"))
    return written
