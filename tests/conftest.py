"""Shared fixtures: tiny NIR graphs built in code, and tiny models trained on the embedded digits."""

from __future__ import annotations

from pathlib import Path

import nir
import numpy as np
import pytest
import torch
from hypothesis import settings

from snnc.ir.metadata import update_snnc, write_snnc

torch.set_num_threads(1)  # the machine has 2 cores; keep tests predictable

# Property tests draw the same examples on every run (CI and local alike), so `make test` is
# reproducible; explore new examples with `pytest --hypothesis-profile explore`.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile("repeatable")


def lif_params(shape, tau=0.002, threshold=1.0):
    return dict(
        tau=np.full(shape, tau),
        r=np.ones(shape),
        v_leak=np.zeros(shape),
        v_threshold=np.full(shape, threshold),
        v_reset=np.zeros(shape),
    )


def fc_graph(rng: np.random.Generator, sizes=(6, 5, 3), neuron="LIF", reset="zero") -> nir.NIRGraph:
    """Input -> [Affine -> neuron] per layer -> Output."""
    nodes: dict[str, nir.NIRNode] = {"input": nir.Input(input_type={"input": np.array([sizes[0]])})}
    chain = ["input"]
    for index, (a, b) in enumerate(zip(sizes[:-1], sizes[1:], strict=False), start=1):
        nodes[f"fc{index}"] = nir.Affine(weight=rng.normal(0, 1, (b, a)), bias=rng.normal(0, 0.3, b))
        if neuron == "LIF":
            node = nir.LIF(**lif_params((b,)))
        else:
            node = nir.IF(r=np.ones(b), v_threshold=np.ones(b), v_reset=np.zeros(b))
        write_snnc(node, {"reset": reset})
        nodes[f"n{index}"] = node
        chain += [f"fc{index}", f"n{index}"]
    nodes["output"] = nir.Output(output_type={"output": np.array([sizes[-1]])})
    chain.append("output")
    return nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=False)))


def conv_graph(rng: np.random.Generator, channels=3, size=6, classes=4, reset="zero") -> nir.NIRGraph:
    """Input -> Conv2d -> LIF -> SumPool2d -> Threshold(0) -> Flatten -> Affine -> IF -> Output."""
    pooled = size // 2
    nodes = {
        "input": nir.Input(input_type={"input": np.array([2, size, size])}),
        "conv": nir.Conv2d(
            input_shape=(size, size),
            weight=rng.normal(0, 1, (channels, 2, 3, 3)),
            stride=1,
            padding=1,
            dilation=1,
            groups=1,
            bias=rng.normal(0, 0.2, channels),
        ),
        "lif": nir.LIF(**lif_params((channels, size, size))),
        "pool": nir.SumPool2d(kernel_size=np.array([2, 2]), stride=np.array([2, 2]), padding=np.array([0, 0])),
        "spikemax": nir.Threshold(threshold=np.zeros((channels, pooled, pooled))),
        "flatten": nir.Flatten(input_type={"input": np.array([channels, pooled, pooled])}, start_dim=0, end_dim=-1),
        "fc": nir.Affine(
            weight=rng.normal(0, 1, (classes, channels * pooled * pooled)), bias=rng.normal(0, 0.2, classes)
        ),
        "if": nir.IF(r=np.ones(classes), v_threshold=np.ones(classes), v_reset=np.zeros(classes)),
        "output": nir.Output(output_type={"output": np.array([classes])}),
    }
    write_snnc(nodes["if"], {"reset": reset})
    chain = list(nodes)
    return nir.NIRGraph(nodes=nodes, edges=list(zip(chain[:-1], chain[1:], strict=False)))


def cuba_li_graph(rng: np.random.Generator) -> nir.NIRGraph:
    """Input -> Affine -> CubaLIF (subtractive reset) -> Affine -> LI -> Output."""
    nodes = {
        "input": nir.Input(input_type={"input": np.array([4])}),
        "fc": nir.Affine(weight=rng.normal(0, 1, (4, 4)), bias=np.zeros(4)),
        "cuba": nir.CubaLIF(
            tau_syn=np.full(4, 0.004),
            tau_mem=np.full(4, 0.003),
            r=np.ones(4),
            v_leak=np.zeros(4),
            v_threshold=np.full(4, 0.5),
            v_reset=np.zeros(4),
            w_in=np.ones(4),
        ),
        "fc2": nir.Affine(weight=rng.normal(0, 1, (2, 4)), bias=np.zeros(2)),
        "li": nir.LI(tau=np.full(2, 0.005), r=np.ones(2), v_leak=np.zeros(2)),
        "output": nir.Output(output_type={"output": np.array([2])}),
    }
    names = list(nodes)
    graph = nir.NIRGraph(nodes=nodes, edges=list(zip(names[:-1], names[1:], strict=True)), type_check=False)
    write_snnc(graph.nodes["cuba"], {"reset": "subtract"})
    return graph


def with_v_init(graph: nir.NIRGraph, rng: np.random.Generator) -> nir.NIRGraph:
    """``graph`` with a nonzero ``v_init`` on every IF/LIF node (in place): one number, or one per
    output channel, drawn between -1 and 1 (thresholds are 1)."""
    for node in graph.nodes.values():
        if isinstance(node, (nir.IF, nir.LIF)):
            channels = np.shape(node.v_threshold)[0]
            value = rng.uniform(-1, 1, channels).round(3).tolist() if rng.random() < 0.5 else 0.5
            update_snnc(node, v_init=value)
    return graph


def assert_backend_matches_reference(backend: str, graph: nir.NIRGraph, inputs: torch.Tensor, membranes=None):
    """The backend gives the reference's outputs and spike counts exactly, and its membranes (of every
    IF/LIF/CubaLIF node unless ``membranes`` names some) to float64 rounding; returns the reference result."""
    from snnc.backends import get_runner
    from snnc.ir.reference import compile_program, simulate

    program = compile_program(graph)
    if membranes is None:
        membranes = tuple(
            n for n in program.order if isinstance(program.graph.nodes[n], (nir.IF, nir.LIF, nir.CubaLIF))
        )
    reference = simulate(program, inputs, record_membranes=membranes)
    other = get_runner(backend)(program, inputs, tuple(membranes), torch.float64)
    assert torch.equal(reference.output, other.output)
    assert reference.spike_counts == other.spike_counts
    for name in membranes:
        torch.testing.assert_close(reference.membranes[name], other.membranes[name], rtol=1e-9, atol=1e-9)
    return reference


def tiny_config(method: str, root: str | Path, **overrides):
    """A ``TrainConfig`` for a tiny model on the embedded digits: an MLP trained in batches of 32 with
    cross-entropy and no weight decay, no run log, its files under ``root`` (``models/``, ``logs/``),
    run name ``method``; ``overrides`` set any other field."""
    from snnc.frontends.config import TrainConfig

    values = dict(
        method=method,
        dataset="digits",
        arch="mlp",
        batch_size=32,
        weight_decay=0.0,
        loss="ce",
        log=False,
        log_dir=str(Path(root) / "logs"),
        model_dir=str(Path(root) / "models"),
        run_name=method,
    )
    values.update(overrides)
    return TrainConfig(**values)


def train_tiny(method: str, root: str | Path, echo=None, **overrides):
    """Train ``tiny_config(method, root, **overrides)`` without a progress bar (``bpstdp``: both
    phases), telling ``echo`` (default: nothing); returns the training result (``best_checkpoint``,
    ``best_test_acc``, ``nir_path`` when ``export`` is set, ...)."""
    config = tiny_config(method, root, **overrides)
    echo = echo or (lambda _line: None)
    if method == "bpstdp":
        from snnc.frontends.bpstdp import run_bpstdp

        return run_bpstdp(config, echo=echo, progress=False)
    from snnc.frontends.trainer import train

    return train(config, echo=echo, progress=False)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)
