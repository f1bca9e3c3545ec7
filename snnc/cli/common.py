"""What every command shares: one-line errors, exit codes and small parsers.

Domain errors (:class:`snnc.errors.SnncError`) print one red line and exit 1; usage errors
(bad flags) print one line and exit 2; anything unexpected prints one line too, unless
``--debug`` asks for the traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup
from typer.exceptions import Abort, TyperException

from snnc.errors import ConfigError, SnncError


def one_line(message: object) -> str:
    text = " ".join(str(message).split())
    return text if len(text) <= 400 else text[:397] + "..."


def fail(message: object) -> None:
    typer.secho(f"error: {one_line(message)}", fg="red", err=True)


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
        arg_list = list(args) if args is not None else None
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
            sys.exit(1)
        except KeyboardInterrupt:
            fail("interrupted")
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            if debug_requested(arg_list):
                raise
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
