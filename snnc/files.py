"""Writing outputs without ever losing the user's work.

- ``atomic_write``: a file is written to a temporary sibling and renamed over the target, so a
  crash or a kill leaves the old file or the new one, never half of one. It gets the mode a plain
  ``open()`` would give under the current umask (temporary files are created 0600).
- ``output_directory``: a directory snnc writes whole (an FPGA build, the demo's results, a
  ``--dump-ir`` folder) is assembled in a fresh temporary sibling, marked as snnc's with a
  ``.snnc-output`` file naming its kind, and renamed into place. An existing directory is replaced
  only when it is an earlier snnc output of the same kind and ``force`` is given; a non-empty
  directory snnc did not make is refused by name, and nothing in it is touched. The old output is
  swapped with the new one in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere it is
  moved aside first and put back by the next run if a kill lands between the two renames), so a kill
  at any moment leaves a complete output, the old or the new.
- Temporary siblings carry the writing process's id: the next run over the same path removes those of
  runs that are gone (killed), never those of a run still writing.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from snnc.errors import ConfigError, NIRFileError

MARKER = ".snnc-output"
# Temporary siblings carry the writing process's id, so a later run removes only those of dead runs:
TEMPORARY = ".snnc-tmp-"  # ``.<name>.snnc-tmp-<pid>-XXXX.tmp``: a file being written
STAGING = ".snnc-staging-"  # ``.<name>.snnc-staging-<pid>-XXXX``: a directory being assembled
RETIRED = ".snnc-retired-"  # ``.<name>.snnc-retired-<pid>-XXXX``: an old output moved aside


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode ``open(path, "w")`` gives a new file under the current umask."""
    return 0o666 & ~_umask()


def directory_mode() -> int:
    """The mode ``mkdir`` gives a new directory under the current umask."""
    return 0o777 & ~_umask()


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same file (resolving links and relative parts)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def refuse_output_over_input(output: str | Path, *inputs: str | Path) -> None:
    """An output path that is one of the command's inputs is refused (the input would be lost)."""
    for source in inputs:
        if source is not None and same_file(output, source):
            raise ConfigError(f"-o {output}: that is the input file; choose another output path")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _left_by_a_dead_run(sibling: Path, tag: str) -> bool:
    """Whether a temporary sibling named ``.<name><tag><pid>-...`` belongs to a process that is gone
    (a run killed mid-write); a live run's temporary files are never touched."""
    rest = sibling.name.split(tag, 1)[-1]
    pid = rest.split("-", 1)[0]
    return pid.isdigit() and not _alive(int(pid))


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files that runs killed while writing ``path`` left beside it."""
    for sibling in path.parent.glob(f".{path.name}{TEMPORARY}*"):
        if sibling.is_file() and _left_by_a_dead_run(sibling, TEMPORARY):
            sibling.unlink(missing_ok=True)


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it into place. Temporary
    files of killed earlier runs over the same path are removed first."""
    path = Path(path)
    if path.is_dir():
        raise NIRFileError(f"{path}: is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(parent / path.name)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}{TEMPORARY}{os.getpid()}-", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise NIRFileError(f"{path}: cannot write ({exc.strerror})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def output_kind(directory: Path) -> str | None:
    """The kind an snnc output directory was marked with (None: not snnc's, or unreadable)."""
    try:
        return json.loads((directory / MARKER).read_text()).get("kind")
    except (OSError, ValueError, AttributeError):
        return None


def _remove_stale_siblings(path: Path) -> None:
    """Temporary siblings an interrupted earlier run over ``path`` left behind (snnc's own only);
    an old output moved aside by a run killed before its new one was renamed in goes back first."""
    for retired in path.parent.glob(f".{path.name}{RETIRED}*"):
        if not _left_by_a_dead_run(retired, RETIRED):
            continue
        if not path.exists() and (retired / path.name).is_dir():
            os.replace(retired / path.name, path)
        shutil.rmtree(retired, ignore_errors=True)
    for staging in path.parent.glob(f".{path.name}{STAGING}*"):
        if _left_by_a_dead_run(staging, STAGING):
            shutil.rmtree(staging, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``); False where
    the system cannot."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def check_output_directory(path: str | Path, kind: str, force: bool = False) -> None:
    """Refuse, before any work, a directory output that would replace something: a file, a
    non-empty directory snnc did not write (or wrote as another kind), or an earlier output of this
    kind without ``force``."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{path}: exists and is not a directory (-o names the {kind} directory)")
    if not path.is_dir() or not any(path.iterdir()):
        return
    found = output_kind(path)
    if found != kind:
        what = f"an snnc {found} output" if found else "not an snnc output"
        raise ConfigError(f"{path}: the directory is not empty and is {what}; nothing was changed (choose another -o)")
    if not force:
        raise ConfigError(f"{path}: holds an earlier snnc {kind}; pass --force to replace it")


@contextmanager
def output_directory(path: str | Path, kind: str, force: bool = False) -> Iterator[Path]:
    """Yield a fresh staging directory to fill; on success it becomes ``path`` (see the module
    doc); on any error or interrupt it is removed and ``path`` is untouched."""
    path = Path(path)
    check_output_directory(path, kind, force)
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_siblings(path)
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}{STAGING}{os.getpid()}-", dir=parent))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write ({exc.strerror})") from None
    os.chmod(staging, directory_mode())
    try:
        (staging / MARKER).write_text(json.dumps({"kind": kind}) + "\n")
        os.chmod(staging / MARKER, file_mode())
        yield staging
        check_output_directory(path, kind, force)  # nothing else appeared there meanwhile
        if path.exists() and _exchange(staging, path):
            shutil.rmtree(staging, ignore_errors=True)  # the old output, swapped out
            return
        retired = None
        if path.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{path.name}{RETIRED}{os.getpid()}-", dir=parent))
            os.replace(path, retired / path.name)  # moved aside: the next run restores it if killed now
        os.replace(staging, path)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
