"""The FPGA backend's ``schedule`` pass: budgets, the lane search, and one source for every cycle
figure (the plan, the build's report and the simulated design agree)."""

import json

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from snnc.backends import pipeline_for
from snnc.backends.fpga import targets as targets_module
from snnc.backends.fpga.build import write_build
from snnc.backends.fpga.rtl import build_design
from snnc.backends.fpga.run import simulate_design
from snnc.backends.fpga.schedule import Target, design_resources, fits, largest_fitting, search_lanes
from snnc.backends.fpga.spec import bank_options, design_from_graph, lane_limit, memory_plan, with_lanes
from snnc.errors import ConfigError
from snnc.ir.integer import simulate_integer
from snnc.ir.metadata import update_snnc, write_snnc
from snnc.ir.passes import PassContext, run_pipeline
from snnc.ir.passes.fuse import stages_of
from snnc.ir.reference import compile_program
from tests.backends.fpga.graphs import quantized_conv_graph, quantized_fc_graph
from tests.conftest import conv_graph, fc_graph


def fpga_pipeline(graph, ctx):
    update_snnc(graph, time_steps=8)
    return run_pipeline(graph, pipeline_for("fpga"), ctx)


@pytest.mark.parametrize("target", ["ice40-hx8k", "ice40-up5k", "xc7z020", "generic"])
def test_schedule_stays_within_budget(rng, target):
    ctx = PassContext(target=target, calibration=torch.rand(8, 2, 6, 6))
    fpga_pipeline(conv_graph(rng), ctx)
    plan = ctx.reports["schedule"]
    budget = plan["budget"]
    assert plan["resources"]["luts"] <= budget["luts"] and plan["resources"]["bram_blocks"] <= budget["bram_blocks"]
    assert plan["resources"]["dsps"] <= budget["dsps"]
    assert plan["cycles_per_image"] >= plan["event_bound_cycles_per_image"] > 0
    assert all(stage["lanes"] >= 1 for stage in plan["stages"])
    json.dumps(plan)


def test_more_lanes_on_a_bigger_target(rng):
    small, big = (PassContext(target=t, calibration=torch.rand(8, 2, 6, 6)) for t in ("ice40-hx8k", "generic"))
    for ctx in (small, big):
        fpga_pipeline(conv_graph(rng, channels=4), ctx)
    assert big.reports["schedule"]["cycles_per_image"] <= small.reports["schedule"]["cycles_per_image"]


def test_impossible_fit_names_the_stage(rng):
    graph = fc_graph(rng, sizes=(4000, 300, 3))
    write_snnc(graph, {"encoding": "binary", "time_steps": 4})
    ctx = PassContext(target="ice40-hx8k", calibration=torch.rand(2, 4000))
    with pytest.raises(ConfigError, match=r"stage 0 \(fc1\) does not fit ice40-hx8k"):
        run_pipeline(graph, pipeline_for("fpga"), ctx)


def test_schedule_leaves_the_graph_alone(rng):
    graph = run_pipeline(conv_graph(rng), pipeline_for("reference"), PassContext(time_steps=8))
    scheduled = run_pipeline(graph, ["schedule"], PassContext(target="generic", calibration=torch.rand(4, 2, 6, 6)))
    x = torch.rand(4, 3, 2, 6, 6)
    program = compile_program(graph)
    assert torch.equal(simulate_integer(program, x).output, simulate_integer(compile_program(scheduled), x).output)


@settings(max_examples=200, deadline=None)
@given(fitting=st.integers(1, 40), extra=st.integers(0, 40), pattern=st.lists(st.booleans(), min_size=81, max_size=81))
def test_largest_fitting_returns_the_largest_size_that_fits(fitting, extra, pattern):
    """Resources need not grow monotonically with lanes: whatever fits, the largest one is found."""
    tried = fitting + extra

    def fit(lanes):
        return lanes == fitting or pattern[lanes]

    result = largest_fitting(fitting, tried, fit)
    assert fitting <= result <= tried and fit(result)
    assert not any(fit(p) for p in range(result + 1, tried + 1))


def ten_class_spec(rng):
    graph = quantized_fc_graph(rng, [16, 10], ["if"], False, 4, "spike_count")
    return design_from_graph(graph, [1])


def budget_for(spec, lanes: int) -> Target:
    """A target whose LUTs hold the design at ``lanes`` lanes and not one more (memory is plentiful)."""
    roomy = Target(luts=10**9, bram_blocks=10**6, bram_block_bits=36_864, bram_width=72, dsps=10**6, clock_mhz=100.0)
    luts = sum(r["luts"] for r in design_resources(with_lanes(spec, [lanes]), roomy))
    return roomy._replace(luts=luts)


def test_lane_search_keeps_the_largest_fitting_size_of_a_ten_class_output(rng):
    """Doubling goes 1, 2, 4, 8, then 10 (clipped) does not fit: 9 does, so 9 is found (not 8); 9 lanes
    and 8 are 2 groups of 10 neurons, as 5 are, so the search returns 5; 10 lanes are one group."""
    spec = ten_class_spec(rng)
    found = largest_fitting(8, 9, lambda lanes: fits(design_resources(with_lanes(spec, [lanes]), budget_for(spec, 9)),
                                                     budget_for(spec, 9)))  # fmt: skip
    assert found == 9
    assert search_lanes(spec, [3.0], budget_for(spec, 9), None).lanes == [5]
    assert search_lanes(spec, [3.0], budget_for(spec, 8), None).lanes == [5]
    assert search_lanes(spec, [3.0], budget_for(spec, 10), None) == ([10], [(1, 1)])


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**31), budget=st.integers(1, 10), extra_luts=st.integers(0, 200))
def test_lane_search_result_fits_and_one_more_lane_does_not(seed, budget, extra_luts):
    spec = ten_class_spec(np.random.default_rng(seed))
    target = budget_for(spec, budget)
    target = target._replace(luts=target.luts + extra_luts)
    [lanes] = search_lanes(spec, [3.0], target, None).lanes
    assert fits(design_resources(with_lanes(spec, [lanes]), target), target)
    assert lanes == -(-10 // -(-10 // lanes))  # the fewest lanes for its groups
    groups = -(-10 // lanes)
    # no fitting lane count has fewer groups
    assert not any(fits(design_resources(with_lanes(spec, [p]), target), target)
                   for p in range(lanes + 1, 11) if -(-10 // p) < groups)  # fmt: skip


def test_report_plan_and_simulation_quote_the_same_cycles(rng, tmp_path):
    """One stage-timing computation: the plan's cycles (cycle model on the calibration images), the
    build report's, and the cycles the simulated design takes on those images are one figure."""
    graph = quantized_fc_graph(rng, [12, 9, 4], ["if", "lif"], True, 5, "spike_count")
    calibration = torch.rand(6, 12)
    ctx = PassContext(target="generic", calibration=calibration)
    scheduled = run_pipeline(graph, ["schedule"], ctx)
    plan = ctx.reports["schedule"]
    report = write_build(scheduled, plan, tmp_path / "build", None, run_synthesis=False, echo=lambda _: None)
    assert report["cycles_per_image"] == plan["cycles_per_image"]
    assert report["latency_cycles_mean"] == plan["latency_cycles_mean"]
    run = simulate_design(scheduled, plan, calibration, None, None, "pyrtl", echo=lambda _: None)
    assert run.mismatches == 0 and run.cycle_model_mismatches == 0
    assert run.span_cycles / len(calibration) == pytest.approx(plan["cycles_per_image"])
    assert run.span_cycles == run.predicted_span_cycles


def test_targets_are_the_backends_own(rng):
    assert "generic" in targets_module.TARGETS
    with pytest.raises(ConfigError, match="unknown target 'nope'"):
        targets_module.get_target("nope")


def generated_memories(design) -> dict[int, dict[str, tuple[int, int]]]:
    """(declared words, bits) of every memory of a PyRTL design, per core, by name without ``sN_``."""
    memories: dict[int, dict[str, tuple[int, int]]] = {}
    for memory in {net.op_param[1] for net in design.block.logic if net.op in "m@"}:
        core, name = memory.name.split("_", 1)
        memories.setdefault(int(core[1:]), {})[name] = (1 << memory.addrwidth, memory.bitwidth)
    return memories


def planned_memories(spec) -> dict[int, dict[str, tuple[int, int]]]:
    return {
        stage.index: {name: (m.declared_words, m.bits) for name, m in memory_plan(stage, spec).items()}
        for stage in spec.stages
    }


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**31), data=st.data())
def test_the_resource_model_counts_exactly_the_generated_memories(seed, data):
    """The schedule's memories (``memory_plan``) are the generator's, for FC and conv designs of every
    kind: pixels or spikes, readout or not, both decodings, pools, any lanes."""
    rng = np.random.default_rng(seed)
    pixels, decoding = data.draw(st.booleans()), data.draw(st.sampled_from(["spike_count", "membrane"]))
    if data.draw(st.booleans()):
        sizes = data.draw(st.lists(st.integers(1, 12), min_size=2, max_size=4))
        kinds = [data.draw(st.sampled_from(["if", "lif"])) for _ in sizes[1:]]
        if data.draw(st.booleans()):
            kinds[-1] = "readout"
        graph = quantized_fc_graph(rng, sizes, kinds, pixels, data.draw(st.integers(1, 9)), decoding)
    else:
        pool_style = data.draw(st.sampled_from(["spike", "sum"]))
        graph = quantized_conv_graph(
            rng, (2, 8, 8), [(3, 3, 1, 1), (4, 3, 2, 1)], pool_style, 6, 3, ["lif", "if", "if", "lif"], pixels,
            data.draw(st.integers(1, 6)), decoding, not pixels,
        )  # fmt: skip
    base = design_from_graph(graph, [1] * len(stages_of(graph)))
    lanes = [data.draw(st.integers(1, lane_limit(stage))) for stage in base.stages]
    banks = [data.draw(st.sampled_from(bank_options(stage))) for stage in base.stages]  # per-bank RAMs and ROMs
    spec = with_lanes(base, lanes, banks)
    assert generated_memories(build_design(spec)) == planned_memories(spec)


def test_lanes_are_trimmed_to_the_fewest_with_the_same_groups():
    from snnc.backends.fpga.schedule import even_lanes, trim_lanes

    assert [even_lanes(p, 128) for p in (90, 64, 65, 43, 1, 128)] == [64, 64, 64, 43, 1, 128]
    assert [even_lanes(p, 10) for p in (7, 4, 3)] == [5, 4, 3]  # 10 in 7 lanes: 2 groups of 5
    assert trim_lanes([90, 7], [128, 10], lambda lanes: True) == [64, 5]
    assert trim_lanes([90, 7], [128, 10], lambda lanes: lanes[0] != 64) == [90, 5]  # a cut that misfits is kept out


def test_a_conv_core_at_its_channel_limit_takes_accumulator_banks(rng):
    """The bottleneck conv core doubles its lanes to its channels, then banks the kernel's columns,
    then its rows, while the design fits; each step cuts its items per event (9, 3, 1 per group)."""
    graph = quantized_conv_graph(rng, (2, 8, 8), [(4, 3, 1, 1)], "sum", 6, 3, ["if"] * 3, False, 4, "spike_count")
    spec = design_from_graph(graph, [1, 1, 1])
    roomy = Target(luts=10**9, bram_blocks=10**6, bram_block_bits=36_864, bram_width=72, dsps=10**6, clock_mhz=100.0)
    busy = [200.0, 1.0, 1.0]  # the conv core is the bottleneck whatever it takes
    plan = search_lanes(spec, busy, roomy, None)
    assert plan.lanes[0] == 4 and plan.banks[0] == (3, 3)
    assert with_lanes(spec, plan.lanes, plan.banks).timings()[0].per_event == 1

    def luts_with(banks):
        return sum(r["luts"] for r in design_resources(with_lanes(spec, [4, 1, 1], [banks, (1, 1), (1, 1)]), roomy))

    column_banks = search_lanes(spec, busy, roomy._replace(luts=luts_with((1, 3))), None)
    assert column_banks.banks[0] == (1, 3)  # rows too would not fit
    assert with_lanes(spec, column_banks.lanes, column_banks.banks).timings()[0].per_event == 3
    assert search_lanes(spec, busy, roomy, 2).banks == [(1, 1)] * 3  # forced lanes take no banks


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31), luts=st.integers(1_000, 40_000), conv_events=st.floats(1.0, 400.0))
def test_lane_plans_with_banks_fit(seed, luts, conv_events):
    """Whatever the budget, the plan the search returns fits with the banks it took (every fit check
    after a bank was taken counts that bank)."""
    graph = quantized_conv_graph(np.random.default_rng(seed), (2, 8, 8), [(4, 3, 1, 1)], "sum", 12, 3, ["if"] * 3,
                                 False, 4, "spike_count")  # fmt: skip
    spec = design_from_graph(graph, [1, 1, 1])
    target = Target(luts=luts, bram_blocks=10**6, bram_block_bits=36_864, bram_width=72, dsps=10**6, clock_mhz=100.0)
    plan = search_lanes(spec, [conv_events, 40.0, 5.0], target, None)
    if fits(design_resources(spec, target), target):  # a design that fits at one lane each
        assert fits(design_resources(with_lanes(spec, plan.lanes, plan.banks), target), target)


def test_ice40_designs_fit_by_logic_cells(rng):
    # an iCE40 logic cell holds one LUT4 and one flip-flop: the lanes' pipeline registers take cells of their own
    from snnc.backends.fpga.schedule import ICE40_CELLS_PER_LUT, logic_cells
    from snnc.backends.fpga.targets import get_target

    up5k, ecp5 = get_target("ice40-up5k"), get_target("ecp5-25k")
    assert logic_cells(1000, up5k) == round(1000 * ICE40_CELLS_PER_LUT) > 1000
    assert logic_cells(1000, ecp5) == 1000  # ECP5 slices carry a flip-flop beside each LUT
    assert not fits([{"luts": 3600, "cells": 5500, "bram_blocks": 1, "dsps": 0}], up5k)  # by cells, not LUTs
    assert fits([{"luts": 3600, "cells": 5200, "bram_blocks": 1, "dsps": 0}], up5k)
    graph = quantized_fc_graph(rng, [16, 12, 4], ["if", "if"], True, 4, "spike_count")
    spec = with_lanes(design_from_graph(graph, [1, 1]), [4, 2])
    on_ice40, on_ecp5 = design_resources(spec, up5k), design_resources(spec, ecp5)
    assert all(r["cells"] > r["luts"] for r in on_ice40) and all(r["cells"] == r["luts"] for r in on_ecp5)
