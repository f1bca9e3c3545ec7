"""Running a compiled program with the reference semantics: integers for a quantized graph
(``docs/semantics.md``, "Integer neurons"), floats for any other (``docs/semantics.md``,
"Float neurons"). The ``reference`` backend is this function."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from snnc.ir.integer import is_quantized, simulate_integer
from snnc.ir.reference import Program, SimulationResult, simulate


def run_reference(
    program: Program,
    inputs: torch.Tensor,
    record_membranes: Sequence[str] = (),
    dtype: torch.dtype = torch.float64,
    record: Sequence[str] = (),
) -> SimulationResult:
    """The reference executor on the device of ``inputs``; ``record`` names nodes whose output per
    step to keep (spike rasters), as every backend's runner accepts."""
    if is_quantized(program.graph):
        return simulate_integer(program, inputs, tuple(record), tuple(record_membranes))
    return simulate(program, inputs, record, record_membranes, dtype)
