"""The float precisions the float backends compute in. float32 is the default, as in the
ecosystem (SpikingJelly, snnTorch, Norse): it ran the same predictions 1.5-2.4x faster than float64
here; float64 stays for exact comparisons (the backend-agreement tests use it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from snnc.errors import ConfigError

if TYPE_CHECKING:
    import torch

PRECISIONS = ("float32", "float64")
DEFAULT_PRECISION = "float32"


def torch_dtype(name: str) -> torch.dtype:
    """The torch dtype of precision ``name``."""
    import torch

    if name not in PRECISIONS:
        raise ConfigError(f"--precision must be one of {', '.join(PRECISIONS)}, got {name!r}")
    return getattr(torch, name)
