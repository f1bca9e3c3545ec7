"""Graphs and helpers shared by the pass tests: tiny NIR graphs built in code."""

from __future__ import annotations

import nir
import numpy as np

from snnc.backends import pipeline_for
from snnc.ir.metadata import read_snnc, update_snnc, write_snnc
from snnc.ir.passes import PassContext, run_pipeline
from tests.conftest import lif_params


def run_pass(name, graph, **options):
    return run_pipeline(graph, [name], PassContext(**options))


def chain(nodes, meta=None):
    names = list(nodes)
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(names[:-1], names[1:], strict=True)), type_check=False)
    if meta:
        write_snnc(graph, meta)
    return graph


def avgpool_graph(rng):
    return chain(
        {
            "input": nir.Input(input_type={"input": np.array([2, 6, 6])}),
            "conv1": nir.Conv2d(
                input_shape=(6, 6),
                weight=rng.normal(0, 1, (3, 2, 3, 3)),
                stride=1,
                padding=1,
                dilation=1,
                groups=1,
                bias=rng.normal(0, 0.2, 3),
            ),
            "if1": nir.IF(r=np.full((3, 6, 6), 2.0), v_threshold=np.ones((3, 6, 6)), v_reset=np.zeros((3, 6, 6))),
            "avg": nir.AvgPool2d(kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])),
            "flat": nir.Flatten(input_type={"input": np.array([3, 3, 3])}, start_dim=0, end_dim=-1),
            "fc": nir.Affine(weight=rng.normal(0, 1, (4, 27)), bias=rng.normal(0, 0.2, 4)),
            "lif": nir.LIF(**lif_params((4,))),
            "output": nir.Output(output_type={"output": np.array([4])}),
        },
        {"encoding": "direct", "time_steps": 8},
    )


def with_time_steps(graph, steps=100):
    """The graph, stating ``steps`` time steps unless it states some (no pass guesses T)."""
    if "time_steps" not in read_snnc(graph):
        update_snnc(graph, time_steps=steps)
    return graph


def quantized(graph, bits=8, **options):
    return run_pipeline(with_time_steps(graph), pipeline_for("reference"), PassContext(weight_bits=bits, **options))
