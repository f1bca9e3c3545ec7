"""Execution backends. Each takes a NIR graph (never a frontend object) and agrees with the
reference executors of :mod:`snnc.ir.reference`."""

from __future__ import annotations

from snnc.errors import ConfigError
from snnc.ir.evaluation import Runner
from snnc.ir.execute import run_reference

BACKENDS = ("reference", "norse", "nengo")


def get_runner(name: str) -> Runner:
    """The run function of backend ``name`` (heavy libraries are imported only here)."""
    if name == "reference":
        return run_reference
    if name == "norse":
        from snnc.backends.norse import run_norse

        return run_norse
    if name == "nengo":
        from snnc.backends.nengo import run_nengo

        return run_nengo
    raise ConfigError(f"--backend: unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")
