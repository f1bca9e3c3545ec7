"""The registry of training methods: how each builds its model and exports it to NIR."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import nir
import torch

from snnc.errors import CheckpointError, ConfigError
from snnc.frontends.checkpoint import load_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.scratch import build_scratch_model
from snnc.ir.metadata import write_snnc


class Method(NamedTuple):
    build: Callable[[TrainConfig, tuple[int, int, int], int], torch.nn.Module]
    decoding: str


METHODS: dict[str, Method] = {
    "scratch": Method(build=build_scratch_model, decoding="spike_count"),
}


def get_method(name: str) -> Method:
    if name not in METHODS:
        raise ConfigError(f"unknown training method {name!r}; available: {', '.join(METHODS)}")
    return METHODS[name]


def model_to_nir(model: torch.nn.Module, config: TrainConfig) -> nir.NIRGraph:
    """The NIR graph of a trained model, with dt, time steps, encoding, decoding and the
    training config in ``metadata['snnc']``."""
    model = model.cpu().eval()
    nodes, edges = model.to_nir_nodes(config.dt)
    graph = nir.NIRGraph(nodes=nodes, edges=edges)
    write_snnc(
        graph,
        {
            "dt": config.dt,
            "time_steps": config.time_steps,
            "encoding": config.encoding,
            "decoding": get_method(config.method).decoding,
            "source": {"method": config.method, "config": config.to_dict()},
        },
    )
    return graph


def model_from_checkpoint(path: str) -> tuple[torch.nn.Module, TrainConfig, dict]:
    """Rebuild a trained model from its checkpoint (``weights_only=True``)."""
    from snnc.data import input_shape

    payload = load_checkpoint(path)
    config = TrainConfig.from_dict(payload["config"])
    method = get_method(config.method)
    model = method.build(config, input_shape(config.dataset), 10)
    try:
        model.load_state_dict(payload["state_dict"])
    except (RuntimeError, KeyError, TypeError) as exc:
        first = str(exc).splitlines()[0]
        raise CheckpointError(
            f"{path}: weights do not fit the {config.arch} model in its config ({first})"
        ) from None
    return model, config, payload


def export_checkpoint(path: str) -> nir.NIRGraph:
    model, config, _ = model_from_checkpoint(path)
    return model_to_nir(model, config)
