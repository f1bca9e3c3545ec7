"""What every command shares: one-line errors, exit codes and small parsers.

Domain errors (:class:`snnc.errors.SnncError`) print one red line and exit 1; usage errors
(bad flags) print one line and exit 2; anything unexpected prints one line too, unless
``--debug`` asks for the traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup
from typer.exceptions import Abort, TyperException

from snnc.errors import ConfigError, SnncError


def one_line(message: object) -> str:
    text = " ".join(str(message).split())
    return text if len(text) <= 400 else text[:397] + "..."


def color_allowed() -> bool:
    """False when ``NO_COLOR`` is set (no-color.org): every line snnc prints is then plain."""
    return not os.environ.get("NO_COLOR")


def fail(message: object) -> None:
    """Print ``message`` (an error, or its text) as one red line; under torchrun only on the process
    that reports it (``snnc.frontends.distributed.reports_error``: rank 0, or a rank whose own failure
    rank 0 could not report), so a job's error prints once, not once per process."""
    if "RANK" in os.environ:  # torchrun's workers (the import below loads torch, so only then)
        from snnc.frontends.distributed import reports_error

        if not reports_error(message):
            return
    typer.secho(f"error: {one_line(message)}", fg="red" if color_allowed() else None, err=True)


def spellings(name: str, *others: str) -> list[str]:
    """A flag's spellings: the dashed one (``--dataset-root``, shown first in ``--help``) and the
    seed's underscored one (``--dataset_root``), accepted as an alias, plus short or old forms."""
    underscored = "--" + name[2:].replace("-", "_")
    return [name, *([underscored] if underscored != name else []), *others]


def choice(values: Sequence[str]) -> dict[str, Any]:
    """Keyword arguments of a choice flag's ``typer.Option``: the value is validated
    case-insensitively (the canonical spelling is passed on), listed in ``--help`` and completed by
    the shell; a bad value exits 2 naming every valid one."""
    canonical = {value.lower(): value for value in values}

    def parse(text: str) -> str:
        if str(text).lower() not in canonical:
            raise typer.BadParameter(f"{text!r} is not one of {', '.join(values)}")
        return canonical[str(text).lower()]

    def complete(incomplete: str) -> list[str]:
        return [value for value in values if value.lower().startswith(incomplete.lower())]

    return {"parser": parse, "metavar": "[" + "|".join(values) + "]", "autocompletion": complete}


def dataset_choice() -> dict[str, Any]:
    """``choice`` for ``--dataset``: a dataset name or an alias (``fashion-mnist``)."""
    from snnc.data import DATASETS, canonical_name
    from snnc.errors import DatasetError

    def parse(text: str) -> str:
        try:
            return canonical_name(str(text))
        except DatasetError:
            raise typer.BadParameter(f"{text!r} is not one of {', '.join(DATASETS)}") from None

    return {**choice(DATASETS), "parser": parse}


BOOLEAN_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def seed_flag_forms(argv: list[str], switches: Sequence[str] = ("--log", "--progress")) -> list[str]:
    """The seed's flag forms, rewritten to snnc's: ``--log False`` -> ``--no-log`` (a boolean
    switch given a word), and a bare ``--gpu`` (no index follows) -> ``--gpu 0``."""
    result: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        following = argv[index + 1] if index + 1 < len(argv) else None
        if arg in switches and following is not None and following.lower() in BOOLEAN_WORDS:
            result.append(arg if BOOLEAN_WORDS[following.lower()] else "--no-" + arg[2:])
            index += 2
            continue
        if arg == "--gpu" and (following is None or not following.isdigit()):
            result += [arg, "0"]
            index += 1
            continue
        result.append(arg)
        index += 1
    return result


def debug_requested(args: list[str] | None) -> bool:
    argv = args if args is not None else sys.argv[1:]
    return "--debug" in argv or os.environ.get("SNNC_DEBUG") == "1"


class SnncGroup(TyperGroup):
    """The root command group; it owns error reporting for every subcommand."""

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        arg_list = seed_flag_forms(list(args) if args is not None else sys.argv[1:])
        try:
            result = super().main(
                args=arg_list, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra
            )
        except TyperException as exc:  # usage errors (exit code 2) and other parser errors
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if exc.exit_code == 2 and ctx is not None else ""
            fail(f"{exc.format_message()}{hint}")
            sys.exit(exc.exit_code)
        except Abort:
            fail("aborted")
            sys.exit(1)
        except SnncError as exc:
            fail(exc)
            sys.exit(getattr(exc, "exit_code", 1))
        except KeyboardInterrupt:
            fail("interrupted")
            sys.exit(130)
        except MemoryError:
            fail("out of memory: the model, data or batch does not fit this machine (try a smaller --batch-size)")
            sys.exit(1)
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            if debug_requested(arg_list):
                raise
            if isinstance(exc, RuntimeError) and "can't allocate memory" in str(exc):  # torch's MemoryError
                fail("out of memory: the model, data or batch does not fit this machine (try a smaller --batch-size)")
                sys.exit(1)
            fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
            sys.exit(1)
        if isinstance(result, int) and result != 0:
            sys.exit(result)
        return result


def parse_int_list(text: str, flag: str) -> list[int]:
    """``"256,128"`` -> ``[256, 128]``."""
    try:
        values = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise ConfigError(f"{flag}: expected comma-separated integers, got {text!r}") from None
    if not values:
        raise ConfigError(f"{flag}: expected at least one size")
    return values


def device_from_flags(device: str, gpu: int | None) -> str:
    """``--gpu N`` (the seed's flag) means ``--device cuda:N``."""
    return f"cuda:{gpu}" if gpu is not None else device
