"""What a new user meets in the first hour: commands that agree on data, conventions of typer/click,
quiet and clean output, missing tools named up front, results in JSON."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snnc.cli.common import seed_flag_forms
from snnc.cli.main import app

runner = CliRunner()
SNNC = [sys.executable, "-m", "snnc"]


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    """A small digits MLP trained and exported through the CLI (its graph records its dataset)."""
    root = tmp_path_factory.mktemp("first-hour")
    result = invoke(
        "train", "scratch", "--dataset", "digits", "--arch", "mlp", "--hidden", "32", "-T", "4", "-e", "2",
        "--loss", "ce", "--log-dir", root / "logs", "--model-dir", root / "models", "--export", root / "m.nir",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return root


def test_run_and_compile_use_the_dataset_the_model_records(model, tmp_path):
    result = invoke("run", model / "m.nir", "--limit", "20")
    assert result.exit_code == 0, result.output
    assert "--dataset not given: using digits, the dataset the model was trained on" in result.output
    assert "on digits (20 images" in result.output
    result = invoke("compile", model / "m.nir", "--backend", "fpga", "--no-synth", "-o", tmp_path / "b")
    assert result.exit_code == 0, result.output
    assert "using digits" in result.output and (tmp_path / "b" / "report.json").is_file()


def test_help_loads_no_heavy_module_and_python_dash_m_works():
    """``--help`` imports neither torch nor NIR (the causes of a slow start: together over a second
    here), nor numpy (0.13 s). The wall-clock time is a benchmark's job (``benchmarks/cli_startup.py``): a bound on it
    in a test fails whenever the machine is busy."""
    probe = "import sys; from snnc.cli.main import app; print(sorted({'torch', 'nir', 'numpy'} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert loaded.stdout.strip() == "[]", loaded.stdout
    shown = subprocess.run([*SNNC, "--help"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and all(command in shown.stdout for command in ("train", "compile", "run")), shown
    version = subprocess.run([*SNNC, "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("snnc ")


def test_seed_flag_forms_are_understood():
    assert seed_flag_forms(["train", "scratch", "--gpu", "--log", "False", "-e", "1"]) == [
        "train", "scratch", "--gpu", "0", "--no-log", "-e", "1",
    ]  # fmt: skip
    assert seed_flag_forms(["--gpu", "1", "--log", "true"]) == ["--gpu", "1", "--log"]
    assert seed_flag_forms(["--gpu"]) == ["--gpu", "0"]


def test_both_flag_spellings_work_and_choices_are_listed(model):
    dashed = invoke("run", model / "m.nir", "--dataset-root", "./data", "--batch-size", "64", "--limit", "5")
    underscored = invoke("run", model / "m.nir", "--dataset_root", "./data", "--batch_size", "64", "--limit", "5")
    assert dashed.exit_code == underscored.exit_code == 0, dashed.output + underscored.output
    result = invoke("run", model / "m.nir", "--backend", "NORSE", "--limit", "5")  # case-insensitive choice
    assert result.exit_code == 0 and "with norse" in result.output, result.output
    result = invoke("compile", model / "m.nir", "--target", "virtex")
    targets = "ice40-hx8k, ice40-up5k, ecp5-25k, ecp5-85k, gw1n-9, xc7z020, generic"
    assert result.exit_code == 2 and targets in result.output


def test_a_redirected_training_log_has_no_progress_frames(tmp_path):
    log = tmp_path / "out.txt"
    with open(log, "w") as handle:
        subprocess.run(
            [*SNNC, "train", "scratch", "--dataset", "digits", "--arch", "mlp", "--hidden", "16", "-T", "2", "-e", "1",
             "--log-dir", tmp_path / "l", "--model-dir", tmp_path / "m"],
            stdout=handle, stderr=subprocess.STDOUT, check=True, timeout=300,
        )  # fmt: skip
    text = log.read_text()
    assert "\r" not in text and "epoch 1/1" in text


def test_quiet_prints_only_the_result(model):
    result = invoke("run", model / "m.nir", "--limit", "10", "--quiet")
    assert result.exit_code == 0 and len(result.output.strip().splitlines()) == 2, result.output


def test_no_color_leaves_error_lines_plain(model):
    env = dict(os.environ, NO_COLOR="1", FORCE_COLOR="1")
    result = subprocess.run([*SNNC, "run", str(model / "nope.nir")], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "\x1b[" not in result.stderr and result.stderr.startswith("error:")


def test_missing_synthesis_tools_are_named_before_any_work(model, tmp_path, monkeypatch):
    from snnc.backends.fpga import synth

    monkeypatch.setattr(synth, "have_tool", lambda name: False)
    result = invoke("compile", model / "m.nir", "--backend", "fpga", "--target", "ice40-hx8k", "-o", tmp_path / "b")
    assert result.exit_code == 1 and "yosys and nextpnr-ice40 not installed" in result.output
    assert "--no-synth" in result.output and not (tmp_path / "b").exists()


def test_a_missing_verilator_is_refused_not_replaced(model, monkeypatch):
    from snnc.backends.fpga import run as fpga_run

    monkeypatch.setattr(fpga_run, "have_verilator", lambda: False)
    result = invoke("run", model / "m.nir", "--backend", "fpga", "--limit", "2")
    assert result.exit_code == 1 and "--simulator pyrtl" in result.output and "500x slower" in result.output


def test_every_printed_figure_of_the_demo_is_in_its_json(tmp_path):
    result = invoke("demo", "-o", tmp_path / "demo", "-e", "2")
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "demo" / "summary.json").read_text())
    for name, row in summary["backends"].items():
        assert f"{100 * row['accuracy']:.2f}%" in result.output
        assert f"{row['mean_spikes_per_neuron_per_step']:.4f}" in result.output
        assert {"accuracy", "mean_spikes_per_neuron_per_step", "images_per_s"} <= set(row), name
    again = invoke("demo", "-o", tmp_path / "demo", "-e", "1")
    assert again.exit_code == 1 and "--force" in again.output


def test_compile_and_export_refuse_to_write_over_their_input(model, tmp_path):
    checkpoint = next(Path(model / "models").rglob("best.pt"))
    before = checkpoint.read_bytes()
    result = invoke("export", checkpoint, "-o", checkpoint)
    assert result.exit_code == 1 and "that is the input file" in result.output and checkpoint.read_bytes() == before
    result = invoke("compile", model / "m.nir", "-o", model / "m.nir")
    assert result.exit_code == 1 and "that is the input file" in result.output


def test_compile_into_a_directory_of_user_files_removes_nothing(model, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    (work / "m.nir").write_bytes((model / "m.nir").read_bytes())
    (work / "notes.txt").write_text("mine")
    monkeypatch.chdir(work)
    result = invoke("compile", "m.nir", "--backend", "fpga", "--no-synth", "-o", ".")
    assert result.exit_code == 1 and "not an snnc output; nothing was changed" in result.output
    assert sorted(p.name for p in work.iterdir()) == ["m.nir", "notes.txt"]


def test_ctrl_c_during_training_prints_what_was_saved_and_how_to_resume(tmp_path, monkeypatch):
    import snnc.frontends.trainer as trainer

    original = trainer._train_epoch

    def interrupted_in_the_second_epoch(phase, epoch, *args, **kwargs):
        if epoch == 1:
            raise KeyboardInterrupt
        return original(phase, epoch, *args, **kwargs)

    monkeypatch.setattr(trainer, "_train_epoch", interrupted_in_the_second_epoch)
    result = invoke(
        "train", "scratch", "--dataset", "digits", "--arch", "mlp", "--hidden", "16", "-T", "2", "-e", "3",
        "--log-dir", tmp_path / "l", "--model-dir", tmp_path / "m",
    )  # fmt: skip
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert result.exit_code == 130 and len(errors) == 1, result.output
    assert "last checkpoint" in errors[0] and "--pretrained-model" in errors[0] and "(epoch 1)" in errors[0]


def test_sigkill_during_compile_keeps_the_previous_output(model, tmp_path):
    """A compile killed at several moments leaves the earlier .q.nir readable and unchanged; the next
    run leaves no temporary files."""
    from snnc.ir.io import read_graph

    out = tmp_path / "m.q.nir"
    command = [*SNNC, "compile", str(model / "m.nir"), "-o", str(out)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    before = out.read_bytes()
    for delay in (1.5, 2.5, 3.5):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.kill()
        child.wait()
        assert out.read_bytes() == before
        read_graph(out)
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.q.nir"]
