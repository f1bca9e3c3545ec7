"""The ``fuse`` pass: the graph's stages (synapse, pool, readout) recorded in its metadata."""

import nir
import numpy as np

from snnc.ir.metadata import read_snnc
from snnc.ir.passes import PassContext, run_pipeline
from tests.conftest import conv_graph
from tests.ir.passes.graphs import chain


def test_fuse_finds_stages(rng):
    graph = run_pipeline(conv_graph(rng), ["canonicalize", "validate", "fuse"], PassContext())
    stages = read_snnc(graph)["stages"]
    assert [s["kind"] for s in stages] == ["synapse", "pool", "synapse"]
    assert stages[0]["nodes"] == ["conv", "lif"] and stages[1]["nodes"] == ["pool", "spikemax"]
    assert stages[2]["nodes"] == ["flatten", "fc", "if"] and stages[0]["input"] == "pixels"
    assert read_snnc(graph.nodes["fc"])["stage"] == 2
    readout = chain(
        {
            "input": nir.Input(input_type={"input": np.array([3])}),
            "fc1": nir.Affine(weight=np.ones((2, 3)), bias=np.zeros(2)),
            "if1": nir.IF(r=np.ones(2), v_threshold=np.ones(2), v_reset=np.zeros(2)),
            "fc2": nir.Affine(weight=np.ones((2, 2)), bias=np.zeros(2)),
            "output": nir.Output(output_type={"output": np.array([2])}),
        },
        {"encoding": "binary"},
    )
    stages = read_snnc(run_pipeline(readout, ["fuse"], PassContext()))["stages"]
    assert [s["kind"] for s in stages] == ["synapse", "readout"] and stages[0]["input"] == "spikes"
