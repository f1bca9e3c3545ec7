"""The ``canonicalize`` pass: AvgPool2d and Scale folded away, the reference's outputs unchanged."""

import nir
import numpy as np
import torch

from snnc.ir.reference import simulate
from tests.ir.passes.graphs import avgpool_graph, run_pass


def test_canonicalize_preserves_outputs(rng):
    graph = avgpool_graph(rng)
    x = torch.rand(8, 3, 2, 6, 6, dtype=torch.float64)
    before = simulate(graph, x, record=["if1"])
    after_graph = run_pass("canonicalize", graph)
    after = simulate(after_graph, x, record=["if1"])
    assert not any(isinstance(n, (nir.AvgPool2d, nir.Scale)) for n in after_graph.nodes.values())
    np.testing.assert_array_equal(after_graph.nodes["if1"].r, np.ones((3, 6, 6)))  # r folded into conv1
    assert torch.equal(before.recorded["if1"], after.recorded["if1"])
    torch.testing.assert_close(before.output, after.output)
