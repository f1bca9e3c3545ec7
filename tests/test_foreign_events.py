"""Other tools' event networks (built with ``nir``, no snnc metadata) run from the command line on
``--inputs`` files through every backend, and compiled for the FPGA with the file as calibration and
stimulus."""

import json

import h5py
import numpy as np
import pytest
from typer.testing import CliRunner

from snnc.backends.fpga.verilator import have_verilator
from snnc.cli.main import app
from snnc.ir.io import write_graph
from tests.foreign_graphs import event_frames, sinabs_nmnist_graph, single_neuron_graph, snntorch_recurrent_graph

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def run_json(*args):
    result = invoke("run", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def sinabs(tmp_path_factory):
    root = tmp_path_factory.mktemp("sinabs")
    rng = np.random.default_rng(7)
    model = write_graph(sinabs_nmnist_graph(rng), root / "sinabs.nir")
    inputs = root / "nmnist_frames.npz"
    np.savez(inputs, x=event_frames(rng, 4, 6, (2, 34, 34), 0.05), y=rng.integers(0, 10, 4))
    return root, model, inputs


def test_a_sinabs_nmnist_net_runs_alike_on_every_backend(sinabs):
    root, model, inputs = sinabs
    flags = ["--inputs", inputs, "--reset", "subtract", "--dt", "1e-3", "--precision", "float64", "--record", "1"]
    reports, saved = {}, {}
    for backend in ("reference", "norse", "nengo"):
        reports[backend] = run_json(model, "--backend", backend, *flags, "--outputs", root / f"{backend}.npz")
        saved[backend] = np.load(root / f"{backend}.npz")
    reference = saved["reference"]
    assert reports["reference"]["per_step"] and reports["reference"]["time_steps"] == 6
    assert 0.01 < reports["reference"]["mean_spikes_per_neuron_per_step"] < 0.5
    for backend in ("norse", "nengo"):
        assert reports[backend]["accuracy"] == reports["reference"]["accuracy"]
        for key in ("output", "spikes:1", "predictions"):
            assert np.array_equal(saved[backend][key], reference[key]), (backend, key)
        np.testing.assert_allclose(saved[backend]["membrane:1"], reference["membrane:1"], atol=1e-9)
    assert reference["spikes:1"].shape == (4, 6, 4, 34, 34) and reference["spikes:1"].any()


@pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup installs it as root)")
def test_a_sinabs_nmnist_net_compiles_for_the_fpga_on_its_inputs(sinabs):
    """Calibrated on the file's frames, its stimulus theirs; the design equals the integer reference
    (event counts > 1 clip to one event in both) and the cycle model on every sample."""
    root, model, inputs = sinabs
    build = root / "build"
    result = invoke("compile", model, "--backend", "fpga", "--target", "xc7z020", "--inputs", inputs, "--reset",
                    "subtract", "--dt", "1e-3", "--no-synth", "-o", build)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "counts clip to 1" in result.output
    built = json.loads((build / "report.json").read_text())
    assert built["encoding"] == "frames" and built["calibration_images"] == 4
    kinds = [stage["kind"] for stage in built["stages"]]
    assert kinds[0].startswith("conv") and kinds[1].startswith("conv"), kinds
    report = run_json(model, "--backend", "fpga", "--build", build, "--inputs", inputs)
    assert report["samples"] == 4 and report["per_step"]
    assert report["mismatches"] == 0 and report["cycle_model_mismatches"] == 0
    assert report["accuracy"] == report["reference_accuracy"]
    assert report["cycles_per_image"] == report["predicted_cycles_per_image"]


def test_a_snntorch_recurrent_cubalif_net_runs_on_reference_and_norse(tmp_path):
    rng = np.random.default_rng(3)
    model = write_graph(snntorch_recurrent_graph(rng), tmp_path / "rsynaptic.nir")
    inputs = tmp_path / "channels.h5"
    with h5py.File(inputs, "w") as file:
        file["x"] = (rng.uniform(0, 1, (5, 25, 12)) < 0.3).astype(np.float32)  # [N, T, 12 channels] of spikes
        file["y"] = rng.integers(0, 4, 5)
    flags = ["--inputs", inputs, "--dt", "1e-4", "--reset", "zero", "--precision", "float64", "--record", "rsyn1.lif"]
    saved, reports = {}, {}
    for backend in ("reference", "norse"):
        reports[backend] = run_json(model, "--backend", backend, *flags, "--outputs", tmp_path / f"{backend}.npz")
        saved[backend] = np.load(tmp_path / f"{backend}.npz")
    assert reports["norse"]["accuracy"] == reports["reference"]["accuracy"]
    assert saved["reference"]["spikes:rsyn1.lif"].any()
    for key in ("output", "spikes:rsyn1.lif"):
        assert np.array_equal(saved["norse"][key], saved["reference"][key]), key
    np.testing.assert_allclose(saved["norse"]["membrane:rsyn1.lif"], saved["reference"]["membrane:rsyn1.lif"], 1e-9)
    result = invoke("run", model, "--backend", "nengo", *flags[:-2])
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert result.exit_code == 1 and len(lines) == 1 and "cycle rsyn1.lif <-> rsyn1.w_rec" in lines[0], result.output


def test_one_neuron_driven_by_a_current_file_has_the_same_voltage_trace_on_every_backend(tmp_path):
    model = write_graph(single_neuron_graph(), tmp_path / "neuron.nir")
    current = np.concatenate([np.full(30, 30.0), np.zeros(10), np.linspace(0, 80, 20)])  # [T = 60] amperes * ohm
    np.save(tmp_path / "current.npy", current.reshape(1, -1, 1))
    traces = {}
    for backend in ("reference", "norse", "nengo"):
        out = tmp_path / f"{backend}.npz"
        result = invoke("run", model, "--backend", backend, "--inputs", tmp_path / "current.npy", "--record", "lif",
                        "--outputs", out, "--dt", "1e-3", "--reset", "zero", "--precision", "float64")  # fmt: skip
        assert result.exit_code == 0, result.output
        traces[backend] = np.load(out)["membrane:lif"].reshape(-1)
    v, expected = 0.0, []
    for i in current:  # LIF, dt/tau = 0.1, threshold 1, reset to 0 (docs/semantics.md, "Float neurons")
        v = v + 0.1 * (-v + i)
        v = 0.0 if v > 1.0 else v
        expected.append(v)
    np.testing.assert_allclose(traces["reference"], expected, rtol=1e-12, atol=1e-12)
    for backend in ("norse", "nengo"):
        np.testing.assert_allclose(traces[backend], traces["reference"], rtol=1e-12, atol=1e-12)
    assert 0 < (traces["reference"] == 0).sum() < 60  # it spikes, and integrates in between


def _rsynaptic(x, w_in, b_in, w_rec, b_rec, reset, snntorch_rules):
    """The RSynaptic recurrence (alpha 0.8, beta 0.9, threshold 1) written out: ``snntorch_rules``
    applies the reset a step late (from the previous membrane) and feeds the recurrent bias at step 0
    (``recurrent(spk = 0)``); otherwise it is NIR's (reset in the step; the delayed edge gives 0 at step 0)."""
    syn, mem, spk = (np.zeros((x.shape[1], w_in.shape[0])) for _ in range(3))
    out = []
    for t, step in enumerate(x):
        syn = 0.8 * syn + step @ w_in.T + b_in + spk @ w_rec.T + (b_rec if t > 0 or snntorch_rules else 0)
        late = (mem > 1).astype(float)
        mem = 0.9 * mem + syn
        fired = late if snntorch_rules else (mem > 1).astype(float)
        mem = mem - fired if reset == "subtract" else mem * (1 - fired)
        spk = (mem > 1).astype(float) if snntorch_rules else fired
        out.append(spk)
    return np.stack(out)


@pytest.mark.parametrize("reset", ["zero", "subtract"])
def test_snntorch_rsynaptic_differs_from_nir_by_its_late_reset_and_step_zero_bias(tmp_path, reset):
    """docs/interop.md, "What NIR cannot say": snnTorch's RSynaptic equals the recurrence with a late
    reset and the recurrent bias at step 0; the exported file, run by snnc, equals the same recurrence
    without both, spike for spike."""
    import torch

    snn = pytest.importorskip("snntorch", reason="snnTorch is a dev dependency (pip install -e '.[dev]')")
    from snntorch.export_nir import export_to_nir

    from snnc.backends import get_runner
    from snnc.ir.io import read_graph
    from snnc.ir.metadata import fill_unstated
    from snnc.ir.reference import compile_program

    torch.manual_seed(0)
    fc = torch.nn.Linear(12, 16)  # float32: snnTorch's spikes are float32 whatever the module's dtype
    lif = snn.RSynaptic(
        alpha=torch.full((16,), 0.8), beta=torch.full((16,), 0.9), threshold=torch.ones(16), linear_features=16,
        reset_mechanism=reset,
    )  # fmt: skip
    with torch.no_grad():
        fc.weight.mul_(2)
        lif.recurrent.bias.fill_(0.3)
    x = (torch.rand(30, 8, 12) < 0.3).float()
    spk, syn, mem = lif.init_rsynaptic()
    spikes = []
    with torch.no_grad():
        for step in x:
            spk, syn, mem = lif(fc(step), spk, syn, mem)
            spikes.append(spk)
    snntorch_spikes = torch.stack(spikes).numpy()
    weights = [p.detach().double().numpy() for p in (fc.weight, fc.bias, lif.recurrent.weight, lif.recurrent.bias)]
    assert np.array_equal(_rsynaptic(x.double().numpy(), *weights, reset, True), snntorch_spikes)
    path = write_graph(export_to_nir(torch.nn.Sequential(fc, lif), torch.zeros(12)), tmp_path / "r.nir")
    graph = fill_unstated(read_graph(path), dt=1e-4, reset=reset, echo=lambda _line: None)
    snnc_spikes = get_runner("reference")(compile_program(graph), x.double(), (), torch.float64).output.numpy()
    assert np.array_equal(_rsynaptic(x.double().numpy(), *weights, reset, False), snnc_spikes)
    assert (snnc_spikes != snntorch_spikes).sum() > 50  # the difference the docs describe is real


def test_the_sinabs_example_of_the_docs_gives_snncs_documented_values():
    """docs/interop.md: an IF with threshold 1 and subtractive reset on the inputs 2.5, 0, 0, -3, 1."""
    import nir
    import torch

    from snnc.ir.metadata import write_snnc
    from snnc.ir.reference import simulate

    neuron = nir.IF(r=np.ones(1), v_threshold=np.ones(1), v_reset=np.zeros(1))
    write_snnc(neuron, {"reset": "subtract"})
    nodes = {
        "input": nir.Input(input_type={"input": np.array([1])}),
        "if": neuron,
        "output": nir.Output(output_type={"output": np.array([1])}),
    }
    graph = nir.NIRGraph(nodes=nodes, edges=[("input", "if"), ("if", "output")])
    inputs = torch.tensor([2.5, 0, 0, -3, 1], dtype=torch.float64).reshape(5, 1, 1)
    result = simulate(graph, inputs, record_membranes=["if"])
    assert result.output.flatten().tolist() == [1, 1, 0, 0, 0]
    assert result.membranes["if"].flatten().tolist() == [1.5, 0.5, 0.5, -2.5, -1.5]
