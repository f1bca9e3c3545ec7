"""The pass manager (``snnc.ir.passes``): running a pipeline, prechecks before any work, the graph
checked after every pass, dumps after each pass and the time each took."""

import pytest
import torch

from snnc.backends import pipeline_for
from snnc.errors import ConfigError, GraphError
from snnc.ir.passes import PASSES, PRECHECKS, PassContext, register, run_pipeline
from snnc.ir.reference import simulate
from tests.conftest import conv_graph, fc_graph
from tests.ir.passes.graphs import avgpool_graph, with_time_steps


@pytest.fixture
def registry():
    """``add(name, function, precheck=None)`` registers a pass for one test; all are removed afterwards."""
    added = []

    def add(name, function, precheck=None):
        assert name not in PASSES, name
        added.append(name)
        return register(name, precheck=precheck)(function)

    yield add
    for name in added:
        PASSES.pop(name, None)
        PRECHECKS.pop(name, None)


def test_pipeline_dumps_and_times(rng, tmp_path):
    ctx = PassContext()
    run_pipeline(with_time_steps(conv_graph(rng)), pipeline_for("reference"), ctx, dump_dir=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "01-canonicalize.nir",
        "02-validate.nir",
        "03-fuse.nir",
        "04-quantize.nir",
    ]
    assert set(ctx.timings) == {"canonicalize", "validate", "fuse", "quantize"}
    assert set(PASSES) >= {"canonicalize", "validate", "fuse", "quantize"}


@pytest.mark.parametrize("upto", ["canonicalize", "validate", "fuse"])
def test_reference_outputs_unchanged_by_each_structural_pass(rng, upto):
    graph = avgpool_graph(rng)
    pipeline = pipeline_for("reference")
    after = run_pipeline(graph, pipeline[: pipeline.index(upto) + 1], PassContext())
    x = torch.rand(6, 2, 2, 6, 6, dtype=torch.float64)
    torch.testing.assert_close(simulate(graph, x).output, simulate(after, x).output)


def test_passes_run_in_order_with_a_timing_each(rng, registry):
    ran = []
    registry("probe_a", lambda graph, ctx: ran.append("a") or graph)
    registry("probe_b", lambda graph, ctx: ran.append("b") or graph)
    ctx = PassContext()
    run_pipeline(fc_graph(rng), ["probe_b", "probe_a", "probe_b"], ctx)
    assert ran == ["b", "a", "b"]
    assert set(ctx.timings) == {"probe_a", "probe_b"} and all(t >= 0 for t in ctx.timings.values())


def test_unknown_pass_is_refused_before_any_pass_runs(rng, registry):
    ran = []
    registry("probe", lambda graph, ctx: ran.append("probe") or graph)
    ctx = PassContext()
    with pytest.raises(ConfigError, match=r"unknown pass 'nope'; registered: .*canonicalize.*probe"):
        run_pipeline(fc_graph(rng), ["probe", "nope"], ctx)
    assert ran == [] and ctx.timings == {}


def test_prechecks_of_every_pass_run_before_the_first_pass(rng, registry):
    calls = []

    def needs_calibration(ctx):
        calls.append("precheck")
        if ctx.calibration is None:
            raise ConfigError("needy needs sample images")

    registry("probe", lambda graph, ctx: calls.append("probe") or graph)
    registry("needy", lambda graph, ctx: calls.append("needy") or graph, precheck=needs_calibration)
    assert PRECHECKS["needy"] is needs_calibration and "probe" not in PRECHECKS
    ctx = PassContext()
    with pytest.raises(ConfigError, match="needy needs sample images"):
        run_pipeline(fc_graph(rng), ["probe", "needy"], ctx)
    assert calls == ["precheck"] and ctx.timings == {}  # refused before probe did any work
    calls.clear()
    run_pipeline(fc_graph(rng), ["probe", "needy"], PassContext(calibration=torch.rand(2, 6)))
    assert calls == ["precheck", "probe", "needy"]


def test_a_backend_pass_precheck_refuses_before_the_target_independent_passes(rng):
    ctx = PassContext(target="generic")  # schedule's precheck: no calibration images
    with pytest.raises(ConfigError, match="schedule needs sample images"):
        run_pipeline(with_time_steps(fc_graph(rng)), pipeline_for("fpga"), ctx)
    assert ctx.timings == {}


def test_a_failing_pass_is_named_and_keeps_its_error_type(rng, registry):
    def refuse(graph, ctx):
        raise GraphError("node 'n1': no")

    registry("refuse", refuse)
    with pytest.raises(GraphError, match="^pass refuse: node 'n1': no$"):
        run_pipeline(fc_graph(rng), ["refuse"], PassContext())


def test_the_graph_is_checked_after_every_pass(rng, registry):
    def dangle(graph, ctx):
        graph.edges.append(("n1", "ghost"))
        return graph

    registry("dangle", dangle)
    with pytest.raises(GraphError, match="pass dangle: .*'ghost' does not exist"):
        run_pipeline(fc_graph(rng), ["dangle"], PassContext())
