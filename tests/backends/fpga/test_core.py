"""Block-level test: the PyRTL stage core against the integer reference, spike by spike (hypothesis)."""

import math

import nir
import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from snnc.backends.fpga.core import StageSpec, run_stage
from snnc.ir.integer import simulate_integer
from snnc.ir.metadata import update_snnc, write_snnc
from snnc.ir.reference import compile_program


def stage_graph(spec: StageSpec) -> nir.NIRGraph:
    """The quantized NIR graph that means what the core computes."""
    n_out, n_in = spec.weights.shape
    synapse = nir.Affine(weight=spec.weights.astype(float), bias=spec.bias.astype(float))
    common = dict(r=np.ones(n_out), v_threshold=spec.threshold.astype(float), v_reset=spec.v_reset.astype(float))
    if spec.leak is None:
        neuron = nir.IF(**common)
        quant = {"v_bits": spec.v_bits}
    else:
        m, f, v_leak = spec.leak
        neuron = nir.LIF(tau=np.full(n_out, 1e-3 * (1 << f) / m), v_leak=v_leak.astype(float), **common)
        quant = {"v_bits": spec.v_bits, "leak_m": m, "leak_f": f}
    write_snnc(neuron, {"reset": spec.reset, "quant": quant})
    nodes = {
        "input": nir.Input(input_type={"input": np.array([n_in])}),
        "fc": synapse,
        "neuron": neuron,
        "output": nir.Output(output_type={"output": np.array([n_out])}),
    }
    graph = nir.NIRGraph(nodes=nodes, edges=[("input", "fc"), ("fc", "neuron"), ("neuron", "output")], type_check=False)
    update_snnc(graph, quant={"weight_bits": spec.weight_bits}, dt=1e-3)
    return graph


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    n_in=st.integers(1, 6),
    n_out=st.integers(1, 7),
    lanes=st.integers(1, 4),
    reset=st.sampled_from(["zero", "subtract"]),
    lif=st.booleans(),
    steps=st.integers(1, 6),
)
def test_core_matches_integer_reference(seed, n_in, n_out, lanes, reset, lif, steps):
    rng = np.random.default_rng(seed)
    weight_bits, v_bits = 6, 9  # narrow membranes: saturation at both ends gets exercised
    weights = rng.integers(-31, 32, (n_out, n_in))
    spec = StageSpec(
        weights=weights,
        bias=rng.integers(-8, 9, n_out),
        threshold=rng.integers(10, 60, n_out),
        v_reset=rng.integers(-5, 5, n_out),
        reset=reset,
        weight_bits=weight_bits,
        v_bits=v_bits,
        acc_bits=weight_bits + math.ceil(math.log2(n_in + 1)) + 1,
        lanes=min(lanes, n_out),
        leak=(int(rng.integers(1, 8)), 3, rng.integers(-4, 5, n_out)) if lif else None,
    )
    spikes_in = rng.random((steps, n_in)) < 0.6
    events = [list(np.flatnonzero(row)) for row in spikes_in]
    hardware, cycles = run_stage(spec, events)
    reference = simulate_integer(
        compile_program(stage_graph(spec)), torch.from_numpy(spikes_in.astype(np.float64)).unsqueeze(1)
    ).output[:, 0]
    expected = [list(np.flatnonzero(row.numpy())) for row in reference]
    assert hardware == expected
    groups = math.ceil(n_out / spec.lanes)
    # per step: one cycle to accept an event, G per event, 1 + G for the sweep, N + 1 to emit
    assert cycles == sum(len(e) * (groups + 1) + 1 + groups + n_out + 1 for e in events)


def test_core_spikes_and_saturates_like_the_reference():
    rng = np.random.default_rng(7)
    weights = np.array([[31, 31, 31], [-31, -31, -31], [20, -5, 12], [31, 0, 31]])
    spec = StageSpec(
        weights=weights,
        bias=np.array([0, -8, 2, 3]),
        threshold=np.array([40, 50, 30, 127]),
        v_reset=np.array([0, 0, -3, 0]),
        reset="subtract",
        weight_bits=6,
        v_bits=8,
        acc_bits=9,
        lanes=3,
    )
    spikes_in = rng.random((12, 3)) < 0.8
    events = [list(np.flatnonzero(row)) for row in spikes_in]
    hardware, _ = run_stage(spec, events)
    graph = stage_graph(spec)
    result = simulate_integer(
        compile_program(graph),
        torch.from_numpy(spikes_in.astype(np.float64)).unsqueeze(1),
        record_membranes=("neuron",),
    )
    assert hardware == [list(np.flatnonzero(row.numpy())) for row in result.output[:, 0]]
    assert sum(len(e) for e in hardware) > 5
    membranes = result.membranes["neuron"][:, 0]
    assert membranes[:, 1].min() == -128 and membranes[:, 3].max() == 127  # both saturation bounds reached


def test_levels_outside_the_membrane_range_are_refused():
    import pytest

    from snnc.backends.fpga.core import build_stage_core
    from snnc.errors import UnsupportedNodeError

    spec = StageSpec(
        weights=np.ones((1, 1), dtype=int),
        bias=np.zeros(1),
        threshold=np.array([200]),
        v_reset=np.zeros(1),
        reset="zero",
        weight_bits=4,
        v_bits=8,
        acc_bits=6,
        lanes=1,
    )
    with pytest.raises(UnsupportedNodeError, match="8-bit membranes"):
        build_stage_core(spec)


def test_generated_verilog_is_lint_clean(tmp_path):
    import shutil
    import subprocess

    import pytest

    from snnc.backends.fpga.core import write_stage_verilog

    if shutil.which("verilator") is None:
        pytest.skip(reason="verilator is not installed (make setup installs it)")
    spec = StageSpec(
        weights=np.arange(-6, 6).reshape(4, 3),
        bias=np.zeros(4, dtype=int),
        threshold=np.full(4, 20),
        v_reset=np.zeros(4, dtype=int),
        reset="zero",
        weight_bits=5,
        v_bits=10,
        acc_bits=8,
        lanes=2,
        leak=(1, 1, np.zeros(4, dtype=int)),
    )
    path = write_stage_verilog(spec, tmp_path / "stage.v")
    lint = subprocess.run(
        ["verilator", "--lint-only", "-Wall", "-Wno-UNUSEDSIGNAL", "-Wno-DECLFILENAME", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert lint.returncode == 0, lint.stderr[-2000:]
