"""Graphs as other tools write them for event data, built with ``nir`` directly (no snnc metadata)."""

from __future__ import annotations

import nir
import numpy as np


def sinabs_nmnist_graph(rng: np.random.Generator, channels: int = 4, classes: int = 10) -> nir.NIRGraph:
    """Sinabs' N-MNIST net as its ``to_nir`` writes it: ``Conv2d -> IAF -> SumPool2d`` twice, then
    ``Flatten -> Linear -> IAF``, on 2x34x34 polarity frames. Sinabs' IAF (``IF`` here, threshold 1,
    ``v_reset`` 0) resets by subtraction, which NIR cannot say: run it with ``--reset subtract``."""

    def conv(c_in: int, size: int) -> nir.Conv2d:
        weight = rng.normal(0.25, 0.35, (channels, c_in, 3, 3))
        return nir.Conv2d(
            input_shape=(size, size), weight=weight, stride=1, padding=1, dilation=1, groups=1, bias=np.zeros(channels)
        )

    def iaf(shape: tuple[int, ...]) -> nir.IF:
        return nir.IF(r=np.ones(shape), v_threshold=np.ones(shape), v_reset=np.zeros(shape))

    def pool() -> nir.SumPool2d:
        return nir.SumPool2d(kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0]))

    nodes = {
        "input": nir.Input(input_type={"input": np.array([2, 34, 34])}),
        "0": conv(2, 34),
        "1": iaf((channels, 34, 34)),
        "2": pool(),
        "3": conv(channels, 17),
        "4": iaf((channels, 17, 17)),
        "5": pool(),
        "6": nir.Flatten(input_type={"input": np.array([channels, 8, 8])}, start_dim=0, end_dim=-1),
        "7": nir.Linear(weight=rng.normal(0.05, 0.3, (classes, channels * 64))),
        "8": iaf((classes,)),
        "output": nir.Output(output_type={"output": np.array([classes])}),
    }
    chain = list(nodes)
    return nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=True)))


def snntorch_recurrent_graph(
    rng: np.random.Generator, channels: int = 12, hidden: int = 16, classes: int = 4, dt: float = 1e-4
) -> nir.NIRGraph:
    """snnTorch's ``RSynaptic`` net over ``channels`` input channels as its ``export_to_nir`` writes it:
    ``Affine -> [CubaLIF <-> w_rec]`` (a nested graph, the recurrent ``Linear`` feeding the neuron
    back) ``-> Affine -> CubaLIF``; snnTorch assumes dt = 1e-4 s and writes ``r = tau_mem/dt`` and
    ``w_in = tau_syn/dt`` (alpha 0.8, beta 0.9), so the file means ``i <- alpha i + x``,
    ``v <- beta v + i`` at that dt."""
    alpha, beta = 0.8, 0.9
    tau_syn, tau_mem = dt / (1 - alpha), dt / (1 - beta)

    def cuba(n: int) -> nir.CubaLIF:
        return nir.CubaLIF(
            tau_syn=np.full(n, tau_syn),
            tau_mem=np.full(n, tau_mem),
            r=np.full(n, tau_mem / dt),
            v_leak=np.zeros(n),
            v_threshold=np.ones(n),
            v_reset=np.zeros(n),
            w_in=np.full(n, tau_syn / dt),
        )

    recurrent = nir.NIRGraph(
        nodes={
            "input": nir.Input(input_type={"input": np.array([hidden])}),
            "lif": cuba(hidden),
            "w_rec": nir.Linear(weight=rng.normal(0, 0.25, (hidden, hidden))),
            "output": nir.Output(output_type={"output": np.array([hidden])}),
        },
        edges=[("input", "lif"), ("lif", "w_rec"), ("w_rec", "lif"), ("lif", "output")],
        type_check=False,
    )
    nodes = {
        "input": nir.Input(input_type={"input": np.array([channels])}),
        "fc1": nir.Affine(weight=rng.normal(0.1, 0.5, (hidden, channels)), bias=np.zeros(hidden)),
        "rsyn1": recurrent,
        "fc2": nir.Affine(weight=rng.normal(0.1, 0.5, (classes, hidden)), bias=np.zeros(classes)),
        "syn2": cuba(classes),
        "output": nir.Output(output_type={"output": np.array([classes])}),
    }
    chain = list(nodes)
    return nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=True)), type_check=False)


def single_neuron_graph() -> nir.NIRGraph:
    """One LIF neuron driven by its input current: ``Input(1) -> LIF -> Output``."""
    one = np.ones(1)
    nodes = {
        "input": nir.Input(input_type={"input": np.array([1])}),
        "lif": nir.LIF(tau=one * 0.01, r=one, v_leak=one * 0.0, v_threshold=one, v_reset=one * 0.0),
        "output": nir.Output(output_type={"output": np.array([1])}),
    }
    return nir.NIRGraph(nodes=nodes, edges=[("input", "lif"), ("lif", "output")])


def event_frames(rng: np.random.Generator, count: int, steps: int, shape: tuple[int, ...], rate: float) -> np.ndarray:
    """Sparse per-step event counts (mostly 0 and 1, some 2 and 3), float32 [count, steps, *shape]."""
    return rng.poisson(rate, (count, steps, *shape)).astype(np.float32)
