"""Execution backends. Each takes a NIR graph (never a frontend object) and agrees with the
reference executors of :mod:`snnc.ir.reference`.

A backend that compiles declares its pipeline: the target-independent passes of
:mod:`snnc.ir.passes` followed by passes it owns and registers itself (as the FPGA backend's
``schedule``), so ``snnc/compile.py`` asks the backend for its pipeline and ``ir`` knows no target.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from snnc.errors import ConfigError
from snnc.ir.passes import TARGET_INDEPENDENT

if TYPE_CHECKING:  # kept light: the CLI lists the backends in --help before torch loads
    from snnc.ir.evaluation import Runner

BACKENDS = ("reference", "norse", "nengo")  # software backends: run a float graph (or an integer one)
RUN_BACKENDS = (*BACKENDS, "fpga")  # what ``snnc run --backend`` takes: fpga simulates the generated RTL
BOARD_RUN_BACKENDS = (*RUN_BACKENDS, "board")  # snnc run also drives a programmed board over its host link


class Compiler(NamedTuple):
    """What ``snnc compile --backend NAME`` runs: the pass names in order, and the modules that
    register the backend's own passes."""

    pipeline: tuple[str, ...]
    pass_modules: tuple[str, ...] = ()


def _fpga_compiler() -> Compiler:
    from snnc.backends import fpga

    return Compiler(fpga.PIPELINE, fpga.PASS_MODULES)


COMPILERS = {"reference": lambda: Compiler(TARGET_INDEPENDENT), "fpga": _fpga_compiler}
PLANNER = "fpga"  # whose planning passes ``--target`` adds to another backend's pipeline


def compiler_for(backend: str) -> Compiler:
    if backend not in COMPILERS:
        raise ConfigError(f"--backend: no pipeline for {backend!r}; choose one of {', '.join(COMPILERS)}")
    compiler = COMPILERS[backend]()
    for module in compiler.pass_modules:
        importlib.import_module(module)  # the backend's passes register themselves
    return compiler


def pipeline_for(backend: str, target: str | None = None) -> list[str]:
    """The pass names ``backend`` runs; a ``target`` given to a backend that does not plan hardware
    adds the planner's own passes (a plan without a generator)."""
    pipeline = list(compiler_for(backend).pipeline)
    if target and backend != PLANNER:
        planner = compiler_for(PLANNER).pipeline
        pipeline += [name for name in planner if name not in pipeline]
    return pipeline


def get_runner(name: str) -> Runner:
    """The run function of backend ``name`` (heavy libraries are imported only here)."""
    if name == "reference":
        from snnc.ir.execute import run_reference

        return run_reference
    if name == "norse":
        from snnc.backends.norse import run_norse

        return run_norse
    if name == "nengo":
        from snnc.backends.nengo import run_nengo

        return run_nengo
    raise ConfigError(f"--backend: unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")
