"""The ``validate`` pass: what the integer pipeline cannot do is refused by name."""

import nir
import numpy as np
import pytest

from snnc.errors import SnncError, UnsupportedNodeError
from tests.conftest import fc_graph
from tests.ir.passes.graphs import run_pass


def test_validate_refuses_what_the_integer_pipeline_cannot_do(rng):
    graph = fc_graph(rng)
    graph.nodes["n1"] = nir.LI(tau=np.full(5, 0.01), r=np.ones(5), v_leak=np.zeros(5))
    with pytest.raises(UnsupportedNodeError, match="node 'n1': LI is not supported"):
        run_pass("validate", graph)
    branched = fc_graph(rng, sizes=(3, 3, 3))
    branched.edges.append(("n1", "output"))
    with pytest.raises(SnncError, match="feed-forward chain"):
        run_pass("validate", branched)
