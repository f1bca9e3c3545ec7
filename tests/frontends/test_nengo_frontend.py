"""Nengo networks to NIR: the exported graph runs like Nengo itself, unsupported parts are named."""

import nengo
import numpy as np
import pytest
import torch

from snnc.errors import UnsupportedNodeError
from snnc.frontends.nengo import network_to_nir
from snnc.ir.reference import simulate

DT = 1e-3
ZERO = {"voltage": nengo.dists.Choice([0.0])}


def run_nengo(net, probe, steps):
    with nengo.Simulator(net, dt=DT, progress_bar=False) as sim:
        sim.run_steps(steps)
        return sim.data[probe] * DT  # unit spikes


def test_dense_spiking_relu_network_matches_nengo():
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 1, 12)
    with nengo.Network(seed=1) as net:
        stim = nengo.Node(x)
        a = nengo.Ensemble(
            20, 1, neuron_type=nengo.SpikingRectifiedLinear(initial_state=ZERO), gain=np.ones(20), bias=np.full(20, 3.0)
        )
        b = nengo.Ensemble(
            5, 1, neuron_type=nengo.SpikingRectifiedLinear(initial_state=ZERO), gain=np.ones(5), bias=np.ones(5)
        )
        out = nengo.Node(size_in=5)
        nengo.Connection(stim, a.neurons, transform=rng.uniform(0, 40, (20, 12)), synapse=None)
        nengo.Connection(a.neurons, b.neurons, transform=rng.uniform(0, 0.1, (5, 20)), synapse=None)
        nengo.Connection(b.neurons, out, synapse=None)
        probe = nengo.Probe(b.neurons, synapse=None)
    expected = run_nengo(net, probe, 40)
    graph = network_to_nir(net, dt=DT)
    got = simulate(graph, torch.from_numpy(x).reshape(1, 1, -1).expand(40, 1, 12)).output[:, 0] * DT
    assert expected.sum() > 10
    assert (np.abs(got.numpy() - expected) < 1e-9).mean() >= 0.99


def test_lif_with_lowpass_and_convolution_exports_and_stays_close():
    rng = np.random.default_rng(2)
    image = rng.uniform(0, 1, (1, 6, 6))
    conv = nengo.Convolution(
        3, (1, 6, 6), kernel_size=(3, 3), padding="same", channels_last=False, init=rng.uniform(0, 3, (3, 3, 1, 3))
    )
    with nengo.Network(seed=2) as net:
        stim = nengo.Node(image.reshape(-1))
        a = nengo.Ensemble(
            3 * 36, 1, neuron_type=nengo.LIF(tau_ref=0, initial_state=ZERO), gain=np.ones(108), bias=np.full(108, 0.5)
        )
        b = nengo.Ensemble(
            4, 1, neuron_type=nengo.LIF(tau_ref=0, initial_state=ZERO), gain=np.ones(4), bias=np.zeros(4)
        )
        out = nengo.Node(size_in=4)
        nengo.Connection(stim, a.neurons, transform=conv, synapse=None)
        nengo.Connection(a.neurons, b.neurons, transform=rng.uniform(0, 0.02, (4, 108)), synapse=nengo.Lowpass(0.005))
        nengo.Connection(b.neurons, out, synapse=None)
        probe = nengo.Probe(a.neurons, synapse=None)
    graph = network_to_nir(net, dt=DT, time_steps=60)
    types = {type(n).__name__ for n in graph.nodes.values()}
    assert {"Conv2d", "LIF", "LI", "Flatten", "Affine"} <= types
    expected = run_nengo(net, probe, 60).sum(0)
    result = simulate(
        graph,
        torch.from_numpy(image.reshape(1, 1, 1, 6, 6)).expand(60, 1, 1, 6, 6),
        record=[n for n, v in graph.nodes.items() if type(v).__name__ == "LIF"][:1],
    )
    got = next(iter(result.recorded.values()))[:, 0].sum(0).reshape(-1).numpy()
    # Nengo integrates LIF exactly, NIR by Euler: spike counts agree to within a few spikes
    assert expected.sum() > 20 and np.abs(got - expected).mean() <= 2.0


def test_unsupported_parts_are_named():
    with nengo.Network() as net:
        stim = nengo.Node([0.5])
        a = nengo.Ensemble(4, 1, neuron_type=nengo.LIF())  # tau_ref = 2 ms
        out = nengo.Node(size_in=4)
        nengo.Connection(stim, a.neurons, transform=np.ones((4, 1)), synapse=None)
        nengo.Connection(a.neurons, out, synapse=None)
    with pytest.raises(UnsupportedNodeError, match="refractory"):
        network_to_nir(net)
    with nengo.Network() as net:
        stim = nengo.Node([0.5])
        a = nengo.Ensemble(4, 1, neuron_type=nengo.LIF(tau_ref=0))
        out = nengo.Node(size_in=1)
        nengo.Connection(stim, a, synapse=None)  # a decoded connection
        nengo.Connection(a, out, synapse=None)
    with pytest.raises(UnsupportedNodeError, match="decoded"):
        network_to_nir(net)
