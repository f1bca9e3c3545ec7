"""Golden tests of the integer semantics (DESIGN §4)."""

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
