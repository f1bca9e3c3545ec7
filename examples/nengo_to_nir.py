"""Build a spiking network in Nengo, export it to NIR with snnc, and run it on snnc's backends.

    python examples/nengo_to_nir.py

The input is a digits image; two layers of spiking rectified-linear neurons with random weights.
Nengo's own simulation and snnc's backends (reference, Norse, and the Nengo backend running the
NIR graph) should agree spike for spike here (positive currents, see snnc.frontends.nengo).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import nengo
import numpy as np
import torch

from snnc.backends import get_runner
from snnc.data import load_split
from snnc.frontends.nengo import network_to_nir
from snnc.ir.io import read_graph, write_graph
from snnc.ir.reference import compile_program

DT, STEPS = 1e-3, 50


def build(image: np.ndarray) -> tuple[nengo.Network, nengo.Probe]:
    rng = np.random.default_rng(0)
    # NIR membranes start at 0; Nengo's start at random voltages unless told otherwise
    neuron = nengo.SpikingRectifiedLinear(initial_state={"voltage": nengo.dists.Choice([0.0])})
    with nengo.Network(seed=0) as net:
        stimulus = nengo.Node(image.reshape(-1), label="stimulus")
        hidden = nengo.Ensemble(32, 1, neuron_type=neuron, gain=np.ones(32), bias=np.full(32, 5.0), label="hidden")
        out = nengo.Ensemble(10, 1, neuron_type=neuron, gain=np.ones(10), bias=np.full(10, 2.0), label="classes")
        readout = nengo.Node(size_in=10, label="readout")
        nengo.Connection(stimulus, hidden.neurons, transform=rng.uniform(0, 20, (32, 64)), synapse=None)
        nengo.Connection(hidden.neurons, out.neurons, transform=rng.uniform(0, 0.02, (10, 32)), synapse=None)
        nengo.Connection(out.neurons, readout, synapse=None)
        probe = nengo.Probe(out.neurons, synapse=None)
    return net, probe


def main() -> None:
    image = load_split("digits", "test").images[0].numpy()
    net, probe = build(image)
    with nengo.Simulator(net, dt=DT, progress_bar=False) as sim:
        sim.run_steps(STEPS)
        nengo_counts = (sim.data[probe] * DT).sum(0)
    with tempfile.TemporaryDirectory() as work:
        path = write_graph(network_to_nir(net, dt=DT, time_steps=STEPS), Path(work) / "nengo.nir")
        program = compile_program(read_graph(path))
    inputs = torch.from_numpy(image.reshape(1, 1, -1)).double().expand(STEPS, 1, 64)
    print(f"nengo itself: spike counts {nengo_counts.astype(int).tolist()}")
    for backend in ("reference", "norse", "nengo"):
        counts = get_runner(backend)(program, inputs, (), torch.float64).output.sum(0)[0] * DT  # readout: 1/dt
        print(f"{backend:>12}: spike counts {counts.int().tolist()}")


if __name__ == "__main__":
    main()
