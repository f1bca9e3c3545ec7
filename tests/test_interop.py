"""Interchange with the real peers: snnTorch models run in snnc, snnc graphs run in snnTorch and Norse."""

import nir
import pytest
import torch

from snnc.backends import get_runner
from snnc.data import load_split
from snnc.errors import UnsupportedNodeError
from snnc.frontends.methods import export_checkpoint
from snnc.ir.encoding import decode, encode
from snnc.ir.interop import for_tool
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import fill_unstated, read_snnc
from snnc.ir.reference import compile_program, simulate
from tests.conftest import tiny_config, train_tiny

snn = pytest.importorskip("snntorch", reason="snnTorch is a dev dependency (pip install -e '.[dev]')")


def test_snntorch_leaky_and_synaptic_run_identically_in_snnc(tmp_path):
    from snntorch import utils
    from snntorch.export_nir import export_to_nir

    torch.manual_seed(0)
    options = dict(init_hidden=True, reset_mechanism="zero", reset_delay=False)
    net = torch.nn.Sequential(
        torch.nn.Linear(4, 6),
        snn.Leaky(beta=torch.full((6,), 0.9), threshold=torch.ones(6), **options),
        torch.nn.Linear(6, 3),
        snn.Synaptic(
            alpha=torch.full((3,), 0.8), beta=torch.full((3,), 0.9), threshold=torch.ones(3), output=True, **options
        ),
    )
    with torch.no_grad():
        for layer in (net[0], net[2]):
            layer.weight.mul_(3)
    x = torch.rand(20, 5, 4)
    utils.reset(net)
    with torch.no_grad():
        expected = torch.stack([net(x[t])[0] for t in range(20)])
    path = write_graph(export_to_nir(net, torch.zeros(4)), tmp_path / "snntorch.nir")
    lines = []
    graph = fill_unstated(read_graph(path), dt=1e-4, echo=lines.append)  # snnTorch's documented dt
    assert any("--reset zero" in line for line in lines)
    program = compile_program(graph)
    for backend in ("reference", "norse"):
        got = get_runner(backend)(program, x.double(), (), torch.float64).output
        assert torch.equal(got, expected.double()) and expected.sum() > 20


def test_snntorch_recurrent_file_reads_with_its_dotted_names(tmp_path):
    from snntorch.export_nir import export_to_nir

    torch.manual_seed(0)
    options = dict(init_hidden=True, reset_mechanism="zero")
    net = torch.nn.Sequential(
        torch.nn.Linear(4, 3),
        snn.RLeaky(beta=torch.full((3,), 0.9), threshold=torch.ones(3), linear_features=3, **options),
        torch.nn.Linear(3, 2),
        snn.Leaky(beta=torch.full((2,), 0.9), threshold=torch.ones(2), output=True, **options),
    )
    path = write_graph(export_to_nir(net, torch.zeros(4)), tmp_path / "rleaky.nir")
    graph = fill_unstated(read_graph(path), dt=1e-4, echo=lambda _: None)  # was: "node '1.lif' does not exist"
    assert {"1.lif", "1.w_rec"} <= set(graph.nodes)
    program = compile_program(graph)
    x = torch.rand(12, 5, 4, dtype=torch.float64) * 3
    reference = get_runner("reference")(program, x, (), torch.float64)
    assert torch.equal(reference.output, get_runner("norse")(program, x, (), torch.float64).output)


@pytest.fixture(scope="module")
def digits_graph(tmp_path_factory):
    root = tmp_path_factory.mktemp("interop")
    result = train_tiny("scratch", root, hidden=[64], time_steps=8, epochs=4, learning_rate=5e-3, run_name="i")
    return export_checkpoint(str(result.best_checkpoint))


def snnc_predictions(graph, images, steps=8):
    return decode(
        get_runner("reference")(compile_program(graph), encode(images, "direct", steps), (), torch.float64).output,
        "spike_count",
    )


def run_imported(module, images, steps=8):
    state, outputs = None, []
    with torch.no_grad():
        for _ in range(steps):
            out, state = module(images.float(), state)
            outputs.append(out)
    return decode(torch.stack(outputs), "spike_count")


def test_snnc_graph_in_norse_and_snntorch(digits_graph, tmp_path):
    import norse.torch as norse_torch
    from snntorch.import_nir import import_from_nir

    images = load_split("digits", "test").images[:200]
    expected = snnc_predictions(digits_graph, images)
    flat = images.reshape(len(images), -1)
    norse_graph = nir.read(write_graph(for_tool(digits_graph, "norse"), tmp_path / "norse.nir"))
    got = run_imported(norse_torch.from_nir(norse_graph, dt=1e-3), flat)
    assert (got == expected).double().mean() >= 0.99
    snntorch_graph = nir.read(write_graph(for_tool(digits_graph, "snntorch"), tmp_path / "snntorch.nir"))
    got = run_imported(import_from_nir(snntorch_graph), flat)
    assert (got == expected).double().mean() >= 0.99
    assert torch.equal(snnc_predictions(snntorch_graph, flat), expected)  # the rewrite keeps snnc's meaning


def test_refusals_name_the_node(rng):
    from tests.conftest import cuba_li_graph

    with pytest.raises(UnsupportedNodeError, match="node 'li': Norse's from_nir has no module for LI"):
        for_tool(cuba_li_graph(rng), "norse")  # Norse would drop the node; a conv net's Flatten now exports
    from tests.conftest import fc_graph

    with pytest.raises(UnsupportedNodeError, match="node 'n1'"):
        for_tool(fc_graph(rng, neuron="IF"), "snntorch")


def test_norse_to_nir_file_runs_identically_in_snnc(tmp_path):
    import norse.torch as norse_torch

    torch.manual_seed(0)
    first, second = torch.nn.Linear(4, 6), torch.nn.Linear(6, 3)
    with torch.no_grad():
        first.weight.mul_(8)
        second.weight.mul_(8)
    params = norse_torch.LIFBoxParameters(tau_mem_inv=torch.tensor(200.0), v_th=torch.tensor(0.5))
    model = norse_torch.SequentialState(first, norse_torch.LIFBoxCell(params), second, norse_torch.LIFBoxCell(params))
    x = torch.rand(15, 5, 4) * 2
    state, outputs = None, []
    with torch.no_grad():
        for t in range(15):
            out, state = model(x[t], state)
            outputs.append(out)
    expected = torch.stack(outputs).double()
    path = write_graph(norse_torch.to_nir(model, torch.zeros(1, 4)), tmp_path / "norse.nir")  # Input (1, 4)
    graph = fill_unstated(read_graph(path), dt=1e-6, echo=lambda _: None)  # Norse writes tau * 1e-3
    got = get_runner("reference")(compile_program(graph), x.double(), (), torch.float64).output
    assert expected.sum() > 10 and (got == expected).double().mean() >= 0.99


def untrained_checkpoint(root, arch, **options):
    """A checkpoint of an untrained scratch model, its weights scaled up so that every layer spikes."""
    from snnc.data import input_shape
    from snnc.frontends.checkpoint import save_checkpoint
    from snnc.frontends.methods import get_method

    config = tiny_config("scratch", root, arch=arch, time_steps=6, **options)
    torch.manual_seed(0)
    model = get_method("scratch").build(config, input_shape("digits"), 10)
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.mul_(6)
    return save_checkpoint(root / f"{arch}.pt", model.state_dict(), config.to_dict(), epoch=1, metrics={})


@pytest.mark.parametrize("arch, options", [("mlp", {"hidden": [32]}), ("convnet", {"channels": 4})])
def test_norse_export_runs_batched_in_norse(tmp_path, arch, options):
    import norse.torch as norse_torch
    from typer.testing import CliRunner

    from snnc.cli.main import app

    checkpoint = untrained_checkpoint(tmp_path, arch, **options)
    path = tmp_path / f"{arch}.norse.nir"
    result = CliRunner().invoke(app, ["export", str(checkpoint), "--for", "norse", "-o", str(path)])
    assert result.exit_code == 0, result.output  # a conv net was refused: "node 'flatten': ..."
    graph = nir.read(path)  # as a Norse user loads it, nir's type check included
    module = norse_torch.from_nir(graph, dt=read_snnc(graph)["interop"]["dt"])
    images = load_split("digits", "test").images[:16]  # a batch of several inputs
    shape = [int(d) for d in graph.nodes["input"].input_type["input"]]
    state, outputs = None, []
    with torch.no_grad():
        for _ in range(6):
            out, state = module(images.reshape(len(images), *shape).float(), state)
            outputs.append(out)
    got = torch.stack(outputs).double()
    expected = simulate(export_checkpoint(str(checkpoint)), encode(images, "direct", 6)).output
    assert got.shape == expected.shape == (6, 16, 10) and expected.sum() > 0
    assert (got == expected).double().mean() >= 0.99
    assert torch.equal(simulate(read_graph(path), encode(images, "direct", 6).reshape(6, 16, *shape)).output, expected)
