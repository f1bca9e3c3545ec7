"""Outputs never lose the user's work: atomic files with umask modes, output directories that refuse
what snnc did not write, and kills that leave the old output or the new one."""

import os
import signal
import subprocess
import sys
import time

import pytest

from snnc.errors import ConfigError
from snnc.files import MARKER, atomic_write, output_directory, refuse_output_over_input


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    os.umask(old)
    yield set_mask
    os.umask(old)


@pytest.mark.parametrize("mask, file_mode, dir_mode", [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)])
def test_outputs_get_the_modes_a_plain_open_gives(tmp_path, umask, mask, file_mode, dir_mode):
    umask(mask)
    atomic_write(tmp_path / "f.txt", lambda tmp: tmp.write_text("x"))
    with output_directory(tmp_path / "build", "fpga build") as staging:
        (staging / "a.v").write_text("module a; endmodule\n")
    assert (tmp_path / "f.txt").stat().st_mode & 0o777 == file_mode
    assert (tmp_path / "build").stat().st_mode & 0o777 == dir_mode
    assert (tmp_path / "build" / MARKER).stat().st_mode & 0o777 == file_mode


def test_a_directory_snnc_did_not_write_is_refused_untouched(tmp_path):
    mine = tmp_path / "work"
    mine.mkdir()
    (mine / "model.nir").write_text("precious")
    for force in (False, True):
        with pytest.raises(ConfigError, match="not an snnc output; nothing was changed"):
            with output_directory(mine, "fpga build", force):
                pytest.fail("no work may start")
    assert sorted(p.name for p in mine.iterdir()) == ["model.nir"] and (mine / "model.nir").read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work"]  # no staging left behind


def test_an_earlier_output_is_replaced_only_with_force_and_only_of_its_kind(tmp_path):
    target = tmp_path / "out"
    with output_directory(target, "demo") as staging:
        (staging / "old.txt").write_text("1")
    with pytest.raises(ConfigError, match="pass --force"):
        with output_directory(target, "demo"):
            pass
    with pytest.raises(ConfigError, match="is an snnc demo output"):
        with output_directory(target, "fpga build", force=True):
            pass
    with output_directory(target, "demo", force=True) as staging:
        (staging / "new.txt").write_text("2")
    assert sorted(p.name for p in target.iterdir()) == [MARKER, "new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_build_leaves_the_previous_output(tmp_path):
    target = tmp_path / "out"
    with output_directory(target, "demo") as staging:
        (staging / "old.txt").write_text("1")
    with pytest.raises(RuntimeError):
        with output_directory(target, "demo", force=True) as staging:
            (staging / "half.txt").write_text("2")
            raise RuntimeError("the build failed half way")
    assert sorted(p.name for p in target.iterdir()) == [MARKER, "old.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_output_over_input_is_refused(tmp_path):
    (tmp_path / "ck.pt").write_bytes(b"x")
    with pytest.raises(ConfigError, match="that is the input file"):
        refuse_output_over_input(tmp_path / "sub" / ".." / "ck.pt", tmp_path / "ck.pt")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporaries_of_killed_runs_go_on_the_next_run_and_live_ones_stay(tmp_path):
    dead, live = _dead_pid(), os.getpid()
    stale = tmp_path / f".m.nir.snnc-tmp-{dead}-abc.tmp"
    busy = tmp_path / f".m.nir.snnc-tmp-{live}-def.tmp"
    stale_dir = tmp_path / f".b.snnc-staging-{dead}-x"
    for path in (stale, busy):
        path.write_text("half")
    stale_dir.mkdir()
    atomic_write(tmp_path / "m.nir", lambda tmp: tmp.write_text("whole"))
    with output_directory(tmp_path / "b", "fpga build"):
        pass
    assert not stale.exists() and not stale_dir.exists() and busy.exists()


def test_an_old_output_moved_aside_by_a_killed_run_comes_back(tmp_path):
    dead = _dead_pid()
    retired = tmp_path / f".b.snnc-retired-{dead}-x"
    (retired / "b").mkdir(parents=True)
    (retired / "b" / MARKER).write_text('{"kind": "fpga build"}')
    (retired / "b" / "old.v").write_text("old")
    with output_directory(tmp_path / "b", "fpga build", force=True) as staging:
        assert (tmp_path / "b" / "old.v").read_text() == "old"  # restored before anything else happens
        (staging / "new.v").write_text("new")
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [MARKER, "new.v"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]


WRITER = """
import sys, time
from pathlib import Path
from snnc.files import atomic_write, output_directory
path, mode = Path(sys.argv[1]), sys.argv[2]
def slow(tmp):
    with open(tmp, "w") as handle:
        for i in range(400):
            handle.write("line %d\\n" % i); handle.flush(); time.sleep(0.005)
    return None
if mode == "file":
    atomic_write(path, slow)
else:
    with output_directory(path, "fpga build", force=True) as staging:
        for i in range(40):
            (staging / f"f{i}").write_text("x"); time.sleep(0.05)
"""


@pytest.mark.parametrize("mode", ["file", "directory"])
def test_sigkill_mid_write_leaves_the_old_output_or_the_new_one(tmp_path, mode):
    """Killed at several moments, each run leaves the previous output whole or its own complete."""
    target = tmp_path / ("out.txt" if mode == "file" else "build")
    subprocess.run([sys.executable, "-c", WRITER, str(target), mode], check=True, timeout=120)
    complete = target.read_text() if mode == "file" else sorted(p.name for p in target.iterdir())
    for delay in (0.6, 1.0, 1.4, 1.8):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(target), mode])
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        now = target.read_text() if mode == "file" else sorted(p.name for p in target.iterdir())
        assert now == complete
    subprocess.run([sys.executable, "-c", WRITER, str(target), mode], check=True, timeout=120)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # the killed runs' leftovers are gone
