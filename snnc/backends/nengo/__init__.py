"""The Nengo backend: a NIR graph as a ``nengo.Network``, run by ``nengo.Simulator`` at the graph's dt.

Nengo's own neuron models differ from NIR's (Nengo's LIF integrates exactly and has a
refractory period; its spikes have amplitude 1/dt), so every NIR neuron becomes an Ensemble of
a Nengo ``NeuronType`` defined here that implements snnc's float semantics (``docs/semantics.md``,
"Float neurons") step for step (the same
arithmetic as :mod:`snnc.ir.neurons`, in numpy). Synapses become connections with no synaptic
filter (``synapse=None``, so an input reaches the output in the same step, as in NIR):
``Affine`` a Dense transform (its bias a constant input), ``Conv2d`` a ``nengo.Convolution``
where Nengo can express it (else a Sparse transform), pooling and the rest Sparse transforms,
each into a pass-through Node. Nengo has no batch dimension: the samples of a batch run one
after another on one built simulator, reset in between. Nodes Nengo cannot express are refused
by name.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import nir
import numpy as np
import torch

from snnc.errors import GraphError, UnsupportedNodeError
from snnc.ir.graph import SPIKING_TYPES, conv_geometry, refuse_recurrence
from snnc.ir.metadata import node_reset, node_v_init
from snnc.ir.reference import Program, SimulationResult, float_kernel

OPTIMIZE_NODES = 200  # graphs up to this many nodes get Nengo's (superlinear) operator optimizer


def _neuron_types() -> dict[type, type]:
    """Nengo NeuronTypes for the NIR neurons (defined lazily: nengo is imported only here)."""
    import nengo
    from nengo.dists import Choice

    def reset(v: np.ndarray, z: np.ndarray, threshold: np.ndarray, v_reset: np.ndarray, mode: str) -> np.ndarray:
        if mode == "zero":
            return (1 - z) * v + z * v_reset
        return (1 - z) * v + z * (v - threshold)

    class NIRNeuron(nengo.neurons.NeuronType):
        state = {"voltage": Choice([0.0])}
        spiking = True

        def __init__(self, params: dict[str, np.ndarray], mode: str, voltage: np.ndarray | None = None) -> None:
            """``voltage``: the membranes every run starts at (flat, one per neuron; default 0)."""
            super().__init__(initial_state=None if voltage is None else {"voltage": voltage})
            self.params, self.mode = params, mode

        def rates(self, x, gain, bias):
            """Nengo asks for rates to report max_rates; snnc never solves decoders, so none are needed."""
            return np.zeros_like(self.current(x, gain, bias))

    class NIRIF(NIRNeuron):
        """v <- v + r J; z = v > v_threshold; reset."""

        def step(self, dt, J, output, voltage):
            p = self.params
            v = voltage + p["r"] * J
            z = ((v - p["v_threshold"]) > 0).astype(np.float64)
            voltage[:] = reset(v, z, p["v_threshold"], p["v_reset"], self.mode)
            output[:] = z

    class NIRLIF(NIRNeuron):
        """v <- v + (dt/tau)((v_leak - v) + r J); z = v > v_threshold; reset."""

        def step(self, dt, J, output, voltage):
            p = self.params
            v = voltage + p["dt_over_tau"] * ((p["v_leak"] - voltage) + p["r"] * J)
            z = ((v - p["v_threshold"]) > 0).astype(np.float64)
            voltage[:] = reset(v, z, p["v_threshold"], p["v_reset"], self.mode)
            output[:] = z

    class NIRLI(NIRNeuron):
        """v <- v + (dt/tau)((v_leak - v) + r J); output v (no spikes)."""

        spiking = False

        def step(self, dt, J, output, voltage):
            p = self.params
            voltage[:] = voltage + p["dt_over_tau"] * ((p["v_leak"] - voltage) + p["r"] * J)
            output[:] = voltage

    class NIRCubaLIF(NIRNeuron):
        """i <- i + (dt/tau_syn)(w_in J - i); v <- v + (dt/tau_mem)((v_leak - v) + r i); z; reset."""

        state = {"voltage": Choice([0.0]), "current": Choice([0.0])}

        def step(self, dt, J, output, voltage, current):
            p = self.params
            current[:] = current + p["dt_over_tau_syn"] * (p["w_in"] * J - current)
            v = voltage + p["dt_over_tau_mem"] * ((p["v_leak"] - voltage) + p["r"] * current)
            z = ((v - p["v_threshold"]) > 0).astype(np.float64)
            voltage[:] = reset(v, z, p["v_threshold"], p["v_reset"], self.mode)
            output[:] = z

    class NIRThreshold(NIRNeuron):
        """z = J > threshold (stateless)."""

        def step(self, dt, J, output, voltage):
            output[:] = ((J - self.params["threshold"]) > 0).astype(np.float64)

    return {nir.IF: NIRIF, nir.LIF: NIRLIF, nir.LI: NIRLI, nir.CubaLIF: NIRCubaLIF, nir.Threshold: NIRThreshold}


def _initial_voltage(node: nir.NIRNode, shape: tuple[int, ...]) -> np.ndarray | None:
    """The flat ``v(0) = v_init`` of an IF/LIF node (None: Nengo's default 0 for other neurons)."""
    if not isinstance(node, (nir.IF, nir.LIF)):
        return None
    return node_v_init(node, tuple(shape)).reshape(-1)


def _flat(value: Any) -> np.ndarray:
    return np.asarray(value, dtype=np.float64).reshape(-1)


def _neuron_params(node: nir.NIRNode, dt: float) -> dict[str, np.ndarray]:
    if isinstance(node, nir.Threshold):
        return {"threshold": _flat(node.threshold)}
    params = {
        key: _flat(getattr(node, key))
        for key in ("r", "v_leak", "v_threshold", "v_reset", "w_in")
        if hasattr(node, key)
    }
    if isinstance(node, (nir.LIF, nir.LI)):
        params["dt_over_tau"] = dt / _flat(node.tau)
    if isinstance(node, nir.CubaLIF):
        params["dt_over_tau_syn"] = dt / _flat(node.tau_syn)
        params["dt_over_tau_mem"] = dt / _flat(node.tau_mem)
    return params


def _sparse_transform(name: str, node: nir.NIRNode, in_shape: tuple[int, ...], out_size: int, dt: float):
    """A linear node (without bias) as a nengo Sparse transform, by applying it to unit vectors."""
    import nengo

    kernel = float_kernel(name, node, tuple(in_shape), dt, torch.float64)
    n_in = int(np.prod(in_shape))
    rows, cols, values = [], [], []
    for start in range(0, n_in, 512):
        count = min(512, n_in - start)
        basis = torch.zeros(count, n_in, dtype=torch.float64)
        basis[torch.arange(count), torch.arange(start, start + count)] = 1.0
        out = kernel.step(None, basis.reshape(count, *in_shape))[0].reshape(count, -1)
        if isinstance(node, (nir.Affine, nir.Conv2d)):  # the bias enters separately
            out = out - kernel.step(None, torch.zeros(1, *in_shape, dtype=torch.float64))[0].reshape(1, -1)
        index = torch.nonzero(out, as_tuple=True)
        rows.append(index[1].numpy())
        cols.append((index[0] + start).numpy())
        values.append(out[index].numpy())
    indices = np.stack([np.concatenate(rows), np.concatenate(cols)], axis=1)
    return nengo.transforms.Sparse((out_size, n_in), indices=indices, init=np.concatenate(values))


def _conv_transform(name: str, node: nir.Conv2d, in_shape: tuple[int, ...]):
    """``nengo.Convolution`` when Nengo can express the convolution, else None."""
    import nengo

    stride, padding, dilation, groups = conv_geometry(node, name)
    weight = np.asarray(node.weight, dtype=np.float64)
    kh, kw = weight.shape[2:]
    if dilation != (1, 1):
        return None
    if padding == (0, 0):
        mode = "valid"
    elif stride == (1, 1) and padding == ((kh - 1) // 2, (kw - 1) // 2) and kh % 2 and kw % 2:
        mode = "same"
    else:
        return None
    return nengo.Convolution(
        n_filters=weight.shape[0],
        input_shape=in_shape,
        kernel_size=(kh, kw),
        strides=stride,
        padding=mode,
        channels_last=False,
        init=weight.transpose(2, 3, 1, 0),
        groups=groups,
    )


class NengoModel:
    """A program built as a Nengo network, with probes on every node it needs to report."""

    def __init__(self, program: Program, record_membranes: Sequence[str], record: Sequence[str] = ()) -> None:
        import nengo

        self.program, self.dt = program, program.dt
        if any(program.delayed.values()):
            refuse_recurrence(program.graph, "the nengo backend")
        types = _neuron_types()
        self.inputs = np.zeros((1, int(np.prod(program.shapes[program.input_name]))))
        self.objects: dict[str, Any] = {}
        self.ensembles: dict[str, Any] = {}
        with nengo.Network(seed=0) as self.network:
            for name in program.order:
                node = program.graph.nodes[name]
                size = int(np.prod(program.shapes[name]))
                sources = program.preds[name]
                if isinstance(node, nir.Input):
                    self.objects[name] = nengo.Node(self._input, size_out=size, label=name)
                    continue
                if type(node) in types:
                    ensemble = nengo.Ensemble(
                        size,
                        1,
                        neuron_type=types[type(node)](
                            _neuron_params(node, self.dt),
                            node_reset(node) if not isinstance(node, (nir.LI, nir.Threshold)) else "zero",
                            _initial_voltage(node, program.shapes[name]),
                        ),
                        gain=np.ones(size),
                        bias=np.zeros(size),
                        label=name,
                    )
                    target, self.objects[name] = ensemble.neurons, ensemble.neurons
                    self.ensembles[name] = ensemble
                elif isinstance(
                    node, (nir.Output, nir.Affine, nir.Conv2d, nir.SumPool2d, nir.AvgPool2d, nir.Scale, nir.Flatten)
                ):
                    target = self.objects[name] = nengo.Node(size_in=size, label=name)
                else:
                    raise UnsupportedNodeError(f"node '{name}': the nengo backend cannot run {type(node).__name__}")
                for source in sources:
                    self._connect(name, node, self.objects[source], program.shapes[source], target)
            self.output_probe = nengo.Probe(self.objects[program.output_name], synapse=None)
            self.spike_probes = {
                n: nengo.Probe(self.objects[n], synapse=None)
                for n in program.order
                if isinstance(program.graph.nodes[n], SPIKING_TYPES)
            }
            self.membrane_probes = {
                n: nengo.Probe(self.ensembles[n].neurons, "voltage", synapse=None) for n in record_membranes
            }
            self.output_probes = {n: nengo.Probe(self.objects[n], synapse=None) for n in record}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Nengo's operator merging grows faster than the graph (a 1,000-node chain: 80 s to build,
            # 1 s without it); past a few hundred nodes the simulator runs unoptimized, in bounded time.
            optimize = len(program.order) <= OPTIMIZE_NODES
            self.simulator = nengo.Simulator(self.network, dt=self.dt, progress_bar=False, optimize=optimize)

    def _input(self, t: float) -> np.ndarray:
        step = min(int(round(t / self.dt)) - 1, len(self.inputs) - 1)
        return self.inputs[step]

    def _connect(self, name: str, node: nir.NIRNode, source: Any, in_shape: tuple[int, ...], target: Any) -> None:
        import nengo

        size = int(np.prod(self.program.shapes[name]))
        if isinstance(node, (nir.Affine, nir.Conv2d, nir.SumPool2d, nir.AvgPool2d, nir.Scale)):
            transform = _conv_transform(name, node, in_shape) if isinstance(node, nir.Conv2d) else None
            if isinstance(node, nir.Affine):
                transform = nengo.Dense((size, int(np.prod(in_shape))), init=np.asarray(node.weight, np.float64))
            if transform is None:
                transform = _sparse_transform(name, node, in_shape, size, self.dt)
            nengo.Connection(source, target, transform=transform, synapse=None)
            if isinstance(node, (nir.Affine, nir.Conv2d)):
                bias = np.asarray(node.bias, dtype=np.float64)
                if isinstance(node, nir.Conv2d):
                    bias = np.repeat(
                        np.broadcast_to(bias, (self.program.shapes[name][0],)),
                        int(np.prod(self.program.shapes[name][1:])),
                    )
                nengo.Connection(
                    nengo.Node(np.ones(1), label=f"{name}_bias"), target, transform=bias.reshape(-1, 1), synapse=None
                )
        else:  # Flatten, Output and neurons: the values pass unchanged (Nengo vectors are flat)
            nengo.Connection(source, target, synapse=None)

    def run(
        self, sample: np.ndarray
    ) -> tuple[np.ndarray, dict[str, float], dict[str, np.ndarray], dict[str, np.ndarray]]:
        """One sample [T, *input_shape] -> (outputs [T, N], spike totals, membranes [T, ...], recorded
        node outputs [T, ...])."""
        self.inputs = sample.reshape(len(sample), -1)
        self.simulator.reset(seed=0)
        self.simulator.run_steps(len(sample))
        data = self.simulator.data
        spikes = {n: float(np.sum(data[p])) for n, p in self.spike_probes.items()}
        membranes = {n: data[p] for n, p in self.membrane_probes.items()}
        return data[self.output_probe], spikes, membranes, {n: data[p] for n, p in self.output_probes.items()}


def run_nengo(
    program: Program,
    inputs: torch.Tensor,
    record_membranes: Sequence[str] = (),
    dtype: torch.dtype = torch.float64,
    record: Sequence[str] = (),
) -> SimulationResult:
    """Run a compiled program in ``nengo.Simulator``, sample by sample, over ``inputs`` [T, B, ...],
    keeping the output per step of the nodes in ``record``."""
    for name in record:
        if name not in program.graph.nodes:
            raise GraphError(f"cannot record outputs of node '{name}': no such node")
    model = NengoModel(program, record_membranes, record)
    steps, batch = inputs.shape[:2]
    samples = inputs.detach().cpu().to(torch.float64).numpy()
    outputs, membranes = [], {n: [] for n in record_membranes}
    values: dict[str, list[np.ndarray]] = {n: [] for n in record}
    counts = dict.fromkeys(model.spike_probes, 0.0)
    for b in range(batch):
        out, spikes, states, recorded_values = model.run(samples[:, b])
        outputs.append(out)
        for n, v in spikes.items():
            counts[n] += v
        for n, v in states.items():
            membranes[n].append(v)
        for n, v in recorded_values.items():
            values[n].append(v)
    model.simulator.close()
    out_shape = tuple(program.shapes[program.output_name])
    output = torch.from_numpy(np.stack(outputs, axis=1)).reshape(steps, batch, *out_shape)

    def stacked(per_sample: dict[str, list[np.ndarray]]) -> dict[str, torch.Tensor]:
        return {
            n: torch.from_numpy(np.stack(v, axis=1)).reshape(steps, batch, *program.shapes[n])
            for n, v in per_sample.items()
        }

    return SimulationResult(output=output, recorded=stacked(values), membranes=stacked(membranes), spike_counts=counts)
