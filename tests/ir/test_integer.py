"""Golden tests of the integer semantics (docs/semantics.md, "Integer neurons")."""

import torch

from snnc.ir.integer import IntState, if_step_int, lif_step_int, saturate

L = lambda values: torch.tensor(values, dtype=torch.int64)  # noqa: E731


def test_saturation_at_both_ends():
    assert saturate(L([200, -200, 5]), 8).tolist() == [127, -128, 5]
    z, state = if_step_int(IntState(L([120])), L([100]), L([1000]), L([0]), "zero", 8)
    assert state.v.tolist() == [127] and z.tolist() == [0]
    z, state = if_step_int(IntState(L([-120])), L([-100]), L([10]), L([0]), "zero", 8)
    assert state.v.tolist() == [-128]


def test_if_zero_and_subtract_reset_and_strict_threshold():
    z, state = if_step_int(IntState(L([5, 5, 5])), L([5, 6, 20]), L([10, 10, 10]), L([-3, -3, -3]), "zero", 16)
    assert z.tolist() == [0, 1, 1] and state.v.tolist() == [10, -3, -3]
    z, state = if_step_int(IntState(L([5, 5])), L([6, 20]), L([10, 10]), L([0, 0]), "subtract", 16)
    assert z.tolist() == [1, 1] and state.v.tolist() == [1, 15]


def test_subtract_reset_saturates():
    z, state = if_step_int(IntState(L([100])), L([0]), L([-100]), L([0]), "subtract", 8)
    assert z.tolist() == [1] and state.v.tolist() == [127]  # 100 - (-100) = 200 saturates at 127


def test_lif_leak_rounds_towards_minus_infinity():
    # m / 2^f = 1/2: v = 3 -> 3 + ((0 - 3 + 0) * 1 >> 1) = 3 + floor(-1.5) = 1
    z, state = lif_step_int(
        IntState(L([3, -3, 3])), L([0, 0, 4]), L([0, 0, 0]), L([100, 100, 100]), L([0, 0, 0]), 1, 1, "zero", 16
    )
    assert state.v.tolist() == [1, -2, 3]  # -3 + floor(1.5) = -2; 3 + floor(0.5) = 3
    # m / 2^f = 3/16 with a negative leak target: v = 10, I = 0, v_leak = -6 -> 10 + floor(-48/16) = 7
    z, state = lif_step_int(IntState(L([10])), L([0]), L([-6]), L([100]), L([0]), 3, 4, "zero", 16)
    assert state.v.tolist() == [7]
    z, state = lif_step_int(IntState(L([0])), L([-1]), L([0]), L([100]), L([0]), 3, 4, "zero", 16)
    assert state.v.tolist() == [-1]  # floor(-3/16) = -1, not 0


def test_a_spike_input_stage_takes_one_event_where_the_input_is_positive():
    """Frames of counts (or currents) reach a quantized spike-input graph as 0/1 events: a count of 3
    adds the weight once, as the accelerator's one event per position and step does."""
    import nir
    import numpy as np

    from snnc.ir.integer import simulate_integer, spike_input
    from snnc.ir.metadata import update_snnc, write_snnc
    from snnc.ir.reference import compile_program

    assert spike_input(torch.tensor([0.0, 0.4, 1.0, 3.0, -2.0])).tolist() == [0, 1, 1, 1, 0]
    neuron = nir.IF(r=np.ones(1), v_threshold=np.full(1, 100.0), v_reset=np.zeros(1))
    write_snnc(neuron, {"reset": "zero", "quant": {"v_bits": 12}})
    nodes = {
        "input": nir.Input(input_type={"input": np.array([2])}),
        "fc": nir.Affine(weight=np.array([[5.0, 7.0]]), bias=np.zeros(1)),
        "if": neuron,
        "output": nir.Output(output_type={"output": np.array([1])}),
    }
    graph = nir.NIRGraph(nodes=nodes, edges=[("input", "fc"), ("fc", "if"), ("if", "output")])
    update_snnc(graph, quant={"weight_bits": 8, "input_bits": 8}, encoding="frames", time_steps=2)
    frames = torch.tensor([[[3.0, 0.0]], [[0.5, 2.0]]], dtype=torch.float64)  # [T=2, B=1, 2]
    result = simulate_integer(compile_program(graph), frames, record_membranes=("if",))
    assert result.membranes["if"].flatten().tolist() == [5, 17]  # 5, then 5 + 5 + 7
