"""Golden trajectories of every neuron step function, computed by hand from docs/semantics.md, "Float neurons"."""

import pytest
import torch

from snnc.ir import neurons


def T(value):  # float64: the golden values are exact decimals
    return torch.tensor(value, dtype=torch.float64)


def run_if(currents, reset, threshold=1.0, r=1.0):
    p = neurons.IFParams(T(r), T(threshold), T(0.0))
    state, spikes, vs = neurons.MembraneState(T([0.0])), [], []
    for c in currents:
        z, state = neurons.if_step(state, T([c]), p, reset)
        spikes.append(float(z))
        vs.append(float(state.v))
    return spikes, vs


def test_if_zero_reset_golden():
    spikes, vs = run_if([0.6, 0.6, 0.6, 0.3, 1.5], "zero")
    assert spikes == [0, 1, 0, 0, 1]
    assert vs == pytest.approx([0.6, 0.0, 0.6, 0.9, 0.0])


def test_if_subtract_reset_keeps_overshoot():
    spikes, vs = run_if([0.6, 0.6, 0.6, 0.3, 1.5], "subtract")
    assert spikes == [0, 1, 0, 1, 1]
    assert vs == pytest.approx([0.6, 0.2, 0.8, 0.1, 0.6])


def test_threshold_is_strict():
    """NIR: spike when v > v_threshold; v == v_threshold stays silent."""
    spikes, vs = run_if([0.5, 0.5, 0.25], "zero")
    assert spikes == [0, 0, 1]
    assert vs == [0.5, 1.0, 0.0]
    assert float(neurons.threshold_step(T(0.0), T(0.0))) == 0.0
    assert float(neurons.threshold_step(T(1e-12), T(0.0))) == 1.0


def test_if_uses_r_without_dt():
    spikes, vs = run_if([0.3, 0.3], "zero", r=2.0)
    assert spikes == [0, 1]
    assert vs[0] == pytest.approx(0.6)


def test_lif_golden_trajectory():
    # dt/tau = 0.5, v_leak = 0.2, r = 2: v <- v + 0.5 * ((0.2 - v) + 2 I)
    p = neurons.LIFParams(T(0.5), T(2.0), T(0.2), T(1.0), T(-0.1))
    state = neurons.MembraneState(T([0.0]))
    expected = [(0.5, 0.0, 0.6), (0.5, 0.0, 0.9), (0.5, 1.0, -0.1), (0.0, 0.0, 0.05)]
    for current, spike, v in expected:
        z, state = neurons.lif_step(state, T([current]), p, "zero")
        assert float(z) == spike
        assert float(state.v) == pytest.approx(v)


def test_lif_subtract_reset():
    p = neurons.LIFParams(T(0.5), T(1.0), T(0.0), T(1.0), T(0.0))
    z, state = neurons.lif_step(neurons.MembraneState(T([0.8])), T([3.0]), p, "subtract")
    # v = 0.8 + 0.5 * (-0.8 + 3) = 1.9 -> spike -> 0.9
    assert float(z) == 1.0 and float(state.v) == pytest.approx(0.9)


def test_li_golden_trajectory():
    p = neurons.LIParams(T(0.25), T(1.0), T(0.0))
    state, values = neurons.MembraneState(T([0.0])), []
    for current in [1.0, 1.0, 0.0]:
        v, state = neurons.li_step(state, T([current]), p)
        values.append(float(v))
    assert values == pytest.approx([0.25, 0.4375, 0.328125])


def test_cuba_lif_current_drives_membrane_in_same_step():
    p = neurons.CubaLIFParams(T(0.5), T(0.5), T(1.0), T(0.0), T(0.3), T(0.0), T(2.0))
    state = neurons.CubaState(T([0.0]), T([0.0]))
    trace = []
    for x in [1.0, 0.0, 0.0]:
        z, state = neurons.cuba_lif_step(state, T([x]), p, "zero")
        trace.append((float(z), float(state.i), float(state.v)))
    # step 0: i = 0.5 * 2 = 1.0, v = 0.5 * 1.0 = 0.5 > 0.3 -> spike, v = 0
    # step 1: i = 1 + 0.5 * (0 - 1) = 0.5, v = 0 + 0.5 * (0 + 0.5) = 0.25
    # step 2: i = 0.25, v = 0.25 + 0.5 * (-0.25 + 0.25) = 0.25
    assert trace == [
        pytest.approx((1.0, 1.0, 0.0)),
        pytest.approx((0.0, 0.5, 0.25)),
        pytest.approx((0.0, 0.25, 0.25)),
    ]


def test_unknown_reset_is_refused():
    with pytest.raises(ValueError):
        neurons.apply_reset(T(1.0), T(1.0), T(1.0), T(0.0), "bounce")
