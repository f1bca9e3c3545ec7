"""Event datasets through Tonic (``snnc.events``): each dataset's real on-disk layout, binned into
frames as Tonic's transforms bin it (checked against a binning written out here), trained on, and
the binning carried in the graph so ``run`` and ``compile`` reproduce it."""

import json

import nir
import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from snnc.cli.main import app
from snnc.data import load_split
from snnc.errors import DatasetError, GraphError
from snnc.events import ORDER_SEED, event_split, make_binning
from snnc.ir.io import read_graph, write_graph
from snnc.ir.metadata import read_snnc, update_snnc
from snnc.ir.schema import validate_graph
from tests.events_data import write_dvsgesture, write_nmnist, write_shd

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("events")
    written = {"NMNIST": write_nmnist(root, per_class=2), "SHD": write_shd(root, per_class=2)}
    write_dvsgesture(root)
    return root, written


def binned(times, channels, shape, steps=None, window=None, frames=None):
    """Counts per bin, written out: ``steps`` bins of ``floor((t_last - t_first) / steps)`` from the
    first event, or complete windows of ``window`` from it (the first ``frames``); ``channels`` is an
    index tuple into ``shape``."""
    times = np.asarray(times, dtype=np.float64)
    if window is None:
        width = (times[-1] - times[0]) // steps
        count = steps
    else:
        width = window
        count = max(int(np.floor((times[-1] - times[0] - window) / window) + 1), 1)
    out = np.zeros((frames or steps, *shape), dtype=np.int64)
    for index, t in enumerate(times):
        k = int((t - times[0]) // width)
        if k < min(count, len(out)):
            out[(k, *(c[index] for c in channels))] += 1
    return out


def in_load_order(samples):
    return [samples[i] for i in np.random.default_rng(ORDER_SEED).permutation(len(samples))]


def test_nmnist_bins_into_polarity_frames_per_time_bin(root):
    root, written = root
    split = load_split("NMNIST", "train", root, binning=make_binning("NMNIST", 5))
    assert split.images.shape == (20, 5, 2, 34, 34) and split.images.dtype == torch.uint8 and split.per_step
    assert split.sample_shape == (2, 34, 34) and split.num_classes == 10
    for frames, label, (events, digit) in zip(
        split.images, split.labels, in_load_order(written["NMNIST"]["train"]), strict=True
    ):
        expected = binned(events["t"], (events["p"], events["y"], events["x"]), (2, 34, 34), steps=5)
        assert int(label) == digit and np.array_equal(frames.numpy(), expected)
    assert sorted(split.labels[:10].tolist()) != [0] * 10  # a mix of classes first, not the first folder


def test_time_windows_keep_complete_frames_and_pad(root):
    root, written = root
    binning = make_binning("NMNIST", 9, time_window=40_000.0)
    split = load_split("NMNIST", "test", root, binning=binning, limit=3)
    assert split.images.shape == (3, 9, 2, 34, 34)
    for frames, (events, _) in zip(split.images, in_load_order(written["NMNIST"]["test"])[:3], strict=True):
        channels = (events["p"], events["y"], events["x"])
        expected = binned(events["t"], channels, (2, 34, 34), window=40_000, frames=9)
        assert np.array_equal(frames.numpy(), expected) and not expected[-1].any()  # 300 ms: the last is padding


def test_shd_bins_its_700_channels_and_dvs_gesture_is_downsampled(root):
    root, written = root
    split = load_split("SHD", "test", root, binning=make_binning("SHD", 4))
    assert split.images.shape == (40, 4, 700) and split.num_classes == 20
    for frames, label, (times, units, expected_label) in zip(
        split.images, split.labels, in_load_order(written["SHD"]["test"]), strict=True
    ):
        expected = binned(times.astype(np.float64) * 1e6, (units,), (700,), steps=4)
        assert int(label) == expected_label and np.array_equal(frames.numpy(), expected)
    gesture = load_split("DVSGesture", "train", root, binning=make_binning("DVSGesture", 3))
    assert gesture.images.shape == (11, 3, 2, 32, 32) and gesture.num_classes == 11  # 128 * 0.25
    files = sorted((root / "DVSGesture" / "ibmGestureTrain").glob("*/*.npy"), key=str)
    for frames, label, path in zip(gesture.images, gesture.labels, in_load_order(files), strict=True):
        events = np.load(path)
        x, y, p, t = (events[:, i] for i in range(4))
        expected = binned(t * 1000, (p, y // 4, x // 4), (2, 32, 32), steps=3)
        assert int(label) == int(path.stem) and np.array_equal(frames.numpy(), expected)


def test_a_missing_dataset_says_which_files_go_where(tmp_path):
    with pytest.raises(DatasetError, match=r"extract Tonic's shd_test.h5.zip .* so that .*SHD/shd_test.h5 exists"):
        load_split("SHD", "test", tmp_path, binning=make_binning("SHD", 4))
    with pytest.raises(DatasetError, match=r"ibmGestureTrain/user<NN>_<lighting>/<class>.npy"):
        load_split("DVSGesture", "train", tmp_path, binning=make_binning("DVSGesture", 4))
    result = invoke("train", "scratch", "--dataset", "n-mnist", "--dataset-root", tmp_path, "-e", "1", "--no-log",
                    "--model-dir", tmp_path / "m")  # fmt: skip
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert result.exit_code == 1 and len(lines) == 1 and "Traceback" not in result.output, result.output
    assert "train.zip" in lines[0] and "NMNIST/Train/<digit>/<sample>.bin" in lines[0]
    for args, words in [
        (["--dataset", "digits", "--time-window", "1000"], "--time-window and --spatial-factor bin event datasets"),
        (["--dataset", "shd", "--spatial-factor", "0.5"], "SHD has no pixels"),
    ]:
        result = invoke("train", "scratch", *args, "-e", "1", "--no-log", "--model-dir", tmp_path / "m")
        assert result.exit_code == 1 and words in result.output, result.output


def test_the_schema_checks_the_binning():
    graph = nir.NIRGraph(nodes={"input": nir.Input(input_type={"input": np.array([2])})}, edges=[], type_check=False)
    update_snnc(graph, binning={"dataset": "NMNIST", "n_time_bins": 4, "time_window": 10.0})
    with pytest.raises(GraphError, match="exactly one of 'n_time_bins' and 'time_window'"):
        validate_graph(graph)
    update_snnc(graph, binning={"time_window": 10.0})
    with pytest.raises(GraphError, match="'binning.frames' is missing"):
        validate_graph(graph)
    update_snnc(graph, binning={"n_time_bins": 4, "spatial_factor": 2})
    with pytest.raises(GraphError, match="binning.spatial_factor"):
        validate_graph(graph)


@pytest.fixture(scope="module")
def nmnist_model(root, tmp_path_factory):
    """The seed's conv net (2 channels) trained briefly on the N-MNIST files, frames of 60 ms."""
    data, _ = root
    out = tmp_path_factory.mktemp("nmnist")
    result = invoke(
        "train", "scratch", "--dataset", "nmnist", "--dataset-root", data, "--arch", "convnet", "--channels", "2",
        "-T", "4", "--time-window", "60000", "-e", "1", "--loss", "ce", "--no-log", "--no-progress",
        "--model-dir", out / "models", "--run-name", "nm", "--export", out / "nm.nir",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return out / "nm.nir"


def test_training_on_events_exports_frames_and_the_binning(root, nmnist_model):
    data, written = root
    graph = read_graph(nmnist_model)
    meta = read_snnc(graph)
    assert meta["encoding"] == "frames" and meta["time_steps"] == 4
    assert meta["binning"] == {"dataset": "NMNIST", "time_window": 60000.0, "frames": 4, "spatial_factor": 1.0}
    split, encoding = event_split(graph, "NMNIST", "test", data, 4, limit=4, echo=lambda _line: None)
    for frames, (events, _) in zip(split.images, in_load_order(written["NMNIST"]["test"])[:4], strict=True):
        expected = binned(events["t"], (events["p"], events["y"], events["x"]), (2, 34, 34), window=60_000, frames=4)
        assert np.array_equal(frames.numpy(), expected)  # run bins the test split as training did
    result = invoke("run", nmnist_model, "--dataset-root", data, "--json", "--limit", "8")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["dataset"] == "NMNIST" and report["encoding"] == "frames" and report["images"] == 8
    out = nmnist_model.with_name("nm.q.nir")
    result = invoke("compile", nmnist_model, "--dataset-root", data, "--target", "generic", "--calibration-images",
                    "6", "-o", out)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert read_snnc(read_graph(out))["binning"] == meta["binning"]


def test_bpstdp_trains_an_mlp_on_shd_channels(root, tmp_path):
    data, _ = root
    result = invoke(
        "train", "bpstdp", "--dataset", "shd", "--dataset-root", data, "--arch", "mlp", "--hidden", "16", "-T", "5",
        "-e", "3", "--batch-size", "8", "-lr", "0.01", "--fine-tune-epochs", "1", "--no-log", "--no-progress",
        "--model-dir", tmp_path / "models",
        "--export", tmp_path / "shd.nir",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    graph = read_graph(tmp_path / "shd.nir")
    meta = read_snnc(graph)
    assert meta["encoding"] == "frames" and meta["binning"] == make_binning("SHD", 5)
    assert tuple(graph.nodes["input"].input_type["input"]) == (700,) and graph.nodes["fc2"].weight.shape == (20, 16)
    reports = {}
    for backend in ("reference", "norse"):
        result = invoke("run", tmp_path / "shd.nir", "--dataset-root", data, "--backend", backend, "--limit", "10",
                        "--precision", "float64", "--json")  # fmt: skip
        assert result.exit_code == 0, result.output
        reports[backend] = json.loads(result.output.strip().splitlines()[-1])
    assert reports["norse"]["dataset"] == "SHD" and reports["norse"]["encoding"] == "frames"
    for key in ("accuracy", "mean_spikes_per_neuron_per_step"):
        assert reports["norse"][key] == reports["reference"][key]
    assert reports["reference"]["mean_spikes_per_neuron_per_step"] > 0


def test_a_graph_without_binning_runs_an_event_dataset_with_t_bins(root, rng, tmp_path):
    data, _ = root
    nodes = {
        "input": nir.Input(input_type={"input": np.array([700])}),
        "fc": nir.Affine(weight=rng.normal(0.2, 0.5, (20, 700)), bias=np.zeros(20)),
        "if": nir.IF(r=np.ones(20), v_threshold=np.ones(20), v_reset=np.zeros(20)),
        "output": nir.Output(output_type={"output": np.array([20])}),
    }
    graph = nir.NIRGraph(nodes=nodes, edges=[("input", "fc"), ("fc", "if"), ("if", "output")])
    path = write_graph(graph, tmp_path / "foreign.nir")
    result = invoke("run", path, "--dataset", "shd", "--dataset-root", data, "-T", "6", "--reset", "zero", "--dt",
                    "1e-3")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "states no binning of SHD; using Tonic's ToFrame(n_time_bins=6)" in result.output
    result = invoke("run", path, "--dataset", "dvsgesture", "--dataset-root", data, "-T", "2")
    assert result.exit_code == 1 and "its frames are [2, 32, 32]" in result.output and "[700]" in result.output
