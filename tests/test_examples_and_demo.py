"""Every example runs, and the demo meets its promise (>= 90% on digits, identical backends)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from snnc.cli.main import app

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_quickstart_example_runs():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py"), "--epochs", "3"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    lines = [line for line in completed.stdout.splitlines() if "accuracy" in line]
    assert len(lines) == 2 and "reference" in lines[0] and "norse" in lines[1]


@pytest.mark.slow
def test_demo_reaches_90_percent_with_identical_backends(tmp_path):
    result = CliRunner().invoke(app, ["demo", "-o", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "demo" / "summary.json").read_text())
    assert summary["identical_predictions"] is True
    for backend in ("reference", "norse"):
        assert summary["backends"][backend]["accuracy"] >= 0.90
    for name in ("model.nir", "checkpoint.pt", "curves.png"):
        assert (tmp_path / "demo" / name).exists()


def test_nengo_example_agrees_across_backends():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "nengo_to_nir.py")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    counts = [line.split("spike counts")[1].strip() for line in completed.stdout.splitlines() if "spike counts" in line]
    assert len(counts) == 4 and len(set(counts)) == 1  # nengo itself, reference, norse, nengo backend


@pytest.mark.slow
def test_fpga_example_is_bit_exact():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "fpga_digits.py"), "--epochs", "2", "--limit", "60"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    line = next(line for line in completed.stdout.splitlines() if line.startswith("rtl"))
    assert "0 mismatches" in line and "(0 off the cycle model)" in line, completed.stdout
