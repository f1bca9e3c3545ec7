"""Execution backends. Each takes a NIR graph (never a frontend object) and agrees with the
reference executors of :mod:`snnc.ir.reference`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch

from snnc.errors import ConfigError
from snnc.ir.integer import is_quantized, simulate_integer
from snnc.ir.reference import Program, SimulationResult, simulate

Runner = Callable[[Program, torch.Tensor, Sequence[str], torch.dtype], SimulationResult]
BACKENDS = ("reference", "norse", "nengo")


def run_reference(
    program: Program,
    inputs: torch.Tensor,
    record_membranes: Sequence[str] = (),
    dtype: torch.dtype = torch.float64,
) -> SimulationResult:
    """The reference executor, as a backend (on the device of ``inputs``): integer arithmetic for a
    quantized graph (DESIGN §4), floats of ``dtype`` for any other (DESIGN §3)."""
    if is_quantized(program.graph):
        return simulate_integer(program, inputs, (), tuple(record_membranes))
    return simulate(program, inputs, (), record_membranes, dtype)


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
