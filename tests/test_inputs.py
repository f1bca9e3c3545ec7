"""The user's own tensors (``snnc run/compile --inputs FILE``): formats, shapes, labels, outputs."""

import json

import h5py
import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from snnc.cli.main import app
from snnc.inputs import InputFileError, load_inputs
from snnc.ir.encoding import decode, encode
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import read_snnc, update_snnc, write_snnc
from snnc.ir.reference import simulate
from tests.conftest import fc_graph

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def one_error_line(result, code=1):
    output = result.output.strip()
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert result.exit_code == code and len(errors) == 1 and "Traceback" not in output, output
    return errors[0]


@pytest.fixture
def model(tmp_path, rng):
    """A 6-input, 3-class LIF MLP stating T=5, binary encoding, dt and resets."""
    graph = fc_graph(rng, sizes=(6, 8, 3))
    update_snnc(graph, time_steps=5, encoding="binary", dt=1e-3, decoding="spike_count")
    return write_graph(graph, tmp_path / "mlp.nir"), graph


def test_every_format_loads_static_or_per_step_samples(tmp_path, rng):
    x, y = rng.uniform(0, 1, (4, 6)), np.array([0, 2, 1, 1])
    np.save(tmp_path / "a.npy", x)
    np.savez(tmp_path / "b.npz", x=x[:, None].repeat(3, 1), y=y)
    with h5py.File(tmp_path / "c.h5", "w") as file:
        file["x"], file["y"] = x.astype(np.float32), y.astype(np.float64)  # whole-number float labels are fine
    static = load_inputs(tmp_path / "a.npy", (6,), 3)
    per_step = load_inputs(tmp_path / "b.npz", (6,), 3)
    hdf5 = load_inputs(tmp_path / "c.h5", (6,), 3)
    assert not static.per_step and static.y is None and static.x.shape == (4, 6)
    assert per_step.per_step and per_step.steps == 3 and per_step.y.tolist() == [0, 2, 1, 1]
    assert not hdf5.per_step and hdf5.y.dtype == torch.int64 and torch.equal(hdf5.y, per_step.y)
    first = load_inputs(tmp_path / "b.npz", (6,), 3, limit=2)
    assert first.x.shape == (2, 3, 6) and first.y.tolist() == [0, 2]
    with pytest.raises(InputFileError, match=r"x is \[4, 6\].*graph's input \[2, 3\].*\[N, 2, 3\].*\[N, T, 2, 3\]"):
        load_inputs(tmp_path / "a.npy", (2, 3))


def test_a_labelled_static_file_reports_the_references_accuracy_and_writes_the_outputs(tmp_path, model, rng):
    path, graph = model
    x = rng.uniform(0, 1, (7, 6))
    spikes_in = encode(torch.from_numpy(x), "binary", 5)
    expected = simulate(graph, spikes_in, record=["n1"], record_membranes=["n1", "n2"])
    predictions = decode(expected.output, "spike_count").numpy()
    y = predictions.copy()
    y[:2] = (y[:2] + 1) % 3  # two wrong labels: accuracy 5/7
    np.savez(tmp_path / "in.npz", x=x, y=y)
    out = tmp_path / "out.npz"
    result = invoke("run", path, "--inputs", tmp_path / "in.npz", "--outputs", out, "--record", "n1", "--record",
                    "n2", "--precision", "float64", "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["accuracy"] == pytest.approx(5 / 7) and report["encoding"] == "binary" and not report["per_step"]
    with np.load(out) as saved:
        assert saved["output"].shape == (7, 5, 3) and np.array_equal(saved["output"], expected.output.transpose(0, 1))
        assert np.array_equal(saved["spike_counts"], expected.output.sum(0).numpy())
        assert np.array_equal(saved["predictions"], predictions) and np.array_equal(saved["labels"], y)
        assert np.array_equal(saved["spikes:n1"], expected.recorded["n1"].transpose(0, 1).numpy())
        assert np.allclose(saved["membrane:n2"], expected.membranes["n2"].transpose(0, 1).numpy())
        assert int(saved["time_steps"]) == 5 and float(saved["dt"]) == 1e-3


def test_per_step_inputs_are_fed_as_given(tmp_path, model, rng):
    """The binary encoding's spikes written out as per-step inputs give the static run's outputs; an
    unlabelled file's predictions go beside it, and a graph without T runs the file's steps."""
    path, graph = model
    x = rng.uniform(0, 1, (5, 6))
    steps = encode(torch.from_numpy(x), "binary", 5).transpose(0, 1).numpy()  # [N, T, 6]
    np.save(tmp_path / "static.npy", x)
    np.save(tmp_path / "steps.npy", steps)
    for name in ("static", "steps"):
        result = invoke("run", path, "--inputs", tmp_path / f"{name}.npy", "--precision", "float64")
        assert result.exit_code == 0 and "no labels" in result.output, result.output
    static, per_step = np.load(tmp_path / "static.outputs.npz"), np.load(tmp_path / "steps.outputs.npz")
    assert np.array_equal(static["output"], per_step["output"]) and per_step["output"].any()
    assert "per-step inputs" in result.output
    assert "the graph states binary encoding; steps.npy gives every step's input (frames)" in result.output
    meta = read_snnc(graph)
    del meta["time_steps"]
    write_snnc(graph, meta)
    bare = write_graph(graph, tmp_path / "bare.nir")
    result = invoke("run", bare, "--inputs", tmp_path / "steps.npy", "--outputs", tmp_path / "bare.npz", "--limit", "2")
    assert result.exit_code == 0 and "using T=5, the steps of steps.npy" in result.output, result.output
    assert "(2 samples, T=5, per-step inputs" in result.output
    assert np.array_equal(np.load(tmp_path / "bare.npz")["output"], per_step["output"][:2])


def test_compile_takes_the_inputs_as_calibration_and_states_frames(tmp_path, model, rng):
    path, _ = model
    np.save(tmp_path / "steps.npy", rng.integers(0, 3, (6, 4, 6)).astype(np.float32))
    out = tmp_path / "m.q.nir"
    result = invoke("compile", path, "--inputs", tmp_path / "steps.npy", "-T", "4", "-o", out)
    assert result.exit_code == 0, result.output
    meta = read_snnc(read_graph(out))
    assert meta["encoding"] == "frames" and meta["time_steps"] == 4 and "quant" in meta
    result = invoke("run", out, "--inputs", tmp_path / "steps.npy", "--outputs", tmp_path / "q.npz")
    assert result.exit_code == 0 and "per-step inputs" in result.output, result.output


def test_bad_inputs_are_one_line_each(tmp_path, model, rng):
    path, graph = model
    good = tmp_path / "good.npz"
    np.savez(good, x=rng.uniform(0, 1, (3, 6)), y=np.array([0, 1, 2]))
    np.save(tmp_path / "shape.npy", np.zeros((3, 7)))
    np.savez(tmp_path / "nox.npz", images=np.zeros((3, 6)))
    np.save(tmp_path / "nan.npy", np.full((2, 6), np.nan))
    np.savez(tmp_path / "ylen.npz", x=np.zeros((3, 6)), y=np.array([0, 1]))
    np.savez(tmp_path / "ybig.npz", x=np.zeros((3, 6)), y=np.array([0, 1, 7]))
    np.save(tmp_path / "short.npy", np.zeros((2, 3, 6)))
    np.save(tmp_path / "text.npy", np.array([["a"] * 6]))
    (tmp_path / "junk.h5").write_bytes(b"not hdf5")
    (tmp_path / "x.csv").write_text("1,2\n")
    frames_graph = fc_graph(rng, sizes=(6, 3))
    update_snnc(frames_graph, time_steps=2, encoding="frames")
    frames_model = write_graph(frames_graph, tmp_path / "frames.nir")
    cases = [
        ([path, "--inputs", tmp_path / "shape.npy"], "x is [3, 7], which does not fit the graph's input [6]"),
        ([path, "--inputs", tmp_path / "nox.npz"], "no array 'x' (it holds images)"),
        ([path, "--inputs", tmp_path / "nan.npy"], "NaN or infinite"),
        ([path, "--inputs", tmp_path / "ylen.npz"], "y must be [3] labels"),
        ([path, "--inputs", tmp_path / "ybig.npz"], "label 7 is not one of the graph's 3 classes"),
        ([path, "--inputs", tmp_path / "short.npy"], "3 steps per sample, fewer than T=5"),
        ([path, "--inputs", tmp_path / "text.npy"], "x must hold numbers"),
        ([path, "--inputs", tmp_path / "junk.h5"], "unreadable .h5 file"),
        ([path, "--inputs", tmp_path / "x.csv"], "unknown file type '.csv'"),
        ([path, "--inputs", tmp_path / "none.npy"], "no such file"),
        ([path, "--inputs", tmp_path / "short.npy", "--encoding", "poisson", "-T", "2"], "--encoding poisson"),
        ([frames_model, "--inputs", good], "the graph takes per-step inputs (frames encoding)"),
        ([path, "--inputs", good, "--record", "nope", "--outputs", tmp_path / "o.npz"], "--record nope: no such node"),
        ([path, "--inputs", good, "--record", "n1"], "give --outputs FILE.npz"),
        ([path, "--inputs", good, "--outputs", tmp_path / "o.txt"], "name it FILE.npz"),
        ([path, "--inputs", good, "--outputs", good], "that is an input file"),
        ([path, "--inputs", good, "--dataset", "digits"], "give one"),
        ([path, "--dataset", "digits", "--record", "n1"], "--outputs and --record keep per-sample values"),
    ]
    for args, words in cases:
        line = one_error_line(invoke("run", *args))
        assert words in line, (args, line)
    line = one_error_line(invoke("compile", path, "--inputs", tmp_path / "shape.npy"))
    assert "does not fit the graph's input [6]" in line
    assert not (tmp_path / "good.npz").with_name("o.npz").exists()
