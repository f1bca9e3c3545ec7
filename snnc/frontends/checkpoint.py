"""Checkpoints: a dict of plain types and tensors, loadable with ``weights_only=True``.

Keys: ``state_dict``, ``config`` (the full training config), ``epoch``, ``metrics``,
``optimizer`` (for resuming), ``snnc_version``.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import h5py
import torch

import snnc
from snnc.errors import CheckpointError
from snnc.files import atomic_write

REQUIRED_KEYS = ("state_dict", "config", "epoch")


def save_checkpoint(
    path: str | Path, state_dict: dict, config: dict, epoch: int, metrics: dict, optimizer: dict | None = None
) -> Path:
    payload = {
        "state_dict": state_dict,
        "config": config,
        "epoch": epoch,
        "metrics": metrics,
        "optimizer": optimizer,
        "snnc_version": snnc.__version__,
    }
    return atomic_write(path, lambda tmp: torch.save(payload, tmp))


def _hdf5_kind(path: Path) -> str:
    """What an HDF5 file given as a checkpoint is, for the refusal: NIR files keep their graph in ``node``."""
    try:
        with h5py.File(path, "r") as handle:
            return "a NIR graph (HDF5)" if isinstance(handle.get("node"), h5py.Group) else "an HDF5 file"
    except OSError:
        return "an HDF5 file"


def load_checkpoint(path: str | Path) -> dict[str, Any]:
    """Read a checkpoint safely (``weights_only=True``) and check its keys."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"{path}: no such checkpoint file")
    if h5py.is_hdf5(path):  # by content, not name: torch.load's own message here is cut off mid-sentence
        raise CheckpointError(
            f"{path}: not a readable snnc checkpoint: it is {_hdf5_kind(path)}; this needs the .pt checkpoint "
            "'snnc train' wrote (models/<run>/best.pt), while a NIR graph goes to snnc run, compile or inspect"
        )
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - torch raises many types for corrupt files
        if isinstance(exc, pickle.UnpicklingError) and "Unsupported global" in str(exc):
            raise CheckpointError(
                f"{path}: refused: the checkpoint holds objects other than tensors and plain "
                "values (loaded with weights_only=True)"
            ) from None
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CheckpointError(f"{path}: not a readable snnc checkpoint ({first[:160]})") from None
    if not isinstance(payload, dict) or any(key not in payload for key in REQUIRED_KEYS):
        raise CheckpointError(f"{path}: not an snnc checkpoint (needs keys {', '.join(REQUIRED_KEYS)})")
    if not isinstance(payload["config"], dict) or "method" not in payload["config"]:
        raise CheckpointError(f"{path}: checkpoint config does not name its training method")
    return payload
