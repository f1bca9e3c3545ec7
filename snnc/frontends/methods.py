"""The registry of training methods: how each builds its model and exports it to NIR."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import nir
import torch

from snnc.errors import CheckpointError, ConfigError, SnncError
from snnc.frontends.ann import build_ann_model
from snnc.frontends.checkpoint import load_checkpoint
from snnc.frontends.config import TrainConfig
from snnc.frontends.convert import convert_nodes
from snnc.frontends.networks import build_bpstdp_model
from snnc.frontends.scratch import build_scratch_model
from snnc.ir.metadata import write_snnc

Nodes = tuple[dict[str, nir.NIRNode], list[tuple[str, str]]]


class Method(NamedTuple):
    build: Callable[[TrainConfig, tuple[int, int, int], int], torch.nn.Module]
    decoding: str  # how the exported graph (or, for the ANN, its logits) is read out
    nodes: Callable[[torch.nn.Module, TrainConfig], Nodes]


def _network_nodes(model: torch.nn.Module, config: TrainConfig) -> Nodes:
    return model.to_nir_nodes(config.dt)


def _ann_nodes(model: torch.nn.Module, config: TrainConfig) -> Nodes:
    raise ConfigError("an ANN checkpoint has no spiking graph: convert it with 'snnc train ann2snn --ann CHECKPOINT'")


def _ann2snn_nodes(model: torch.nn.Module, config: TrainConfig) -> Nodes:
    from snnc.data import input_shape

    if not config.scales:
        raise CheckpointError("the ann2snn checkpoint has no activation scales")
    return convert_nodes(model, input_shape(config.dataset), list(config.scales))


METHODS: dict[str, Method] = {
    "scratch": Method(build=build_scratch_model, decoding="spike_count", nodes=_network_nodes),
    "bpstdp": Method(build=build_bpstdp_model, decoding="spike_count", nodes=_network_nodes),
    "ann": Method(build=build_ann_model, decoding="spike_count", nodes=_ann_nodes),
    "ann2snn": Method(build=build_ann_model, decoding="membrane", nodes=_ann2snn_nodes),
}


def get_method(name: str) -> Method:
    if name not in METHODS:
        raise ConfigError(f"unknown training method {name!r}; available: {', '.join(METHODS)}")
    return METHODS[name]


def model_to_nir(model: torch.nn.Module, config: TrainConfig) -> nir.NIRGraph:
    """The NIR graph of a trained model, with dt, time steps, encoding, decoding and the
    training config in ``metadata['snnc']``."""
    model = model.cpu().eval()
    method = get_method(config.method)
    nodes, edges = method.nodes(model, config)
    graph = nir.NIRGraph(nodes=nodes, edges=edges)
    meta = {
        "dt": config.dt,
        "time_steps": config.time_steps,
        "encoding": config.encoding,
        "decoding": method.decoding,
        "source": {"method": config.method, "config": config.to_dict()},
    }
    binning = config.binning()
    if binning is not None:  # frames of an event dataset: run and compile bin it the same way
        meta["binning"] = binning
    write_snnc(graph, meta)
    return graph


def model_from_checkpoint(path: str, payload: dict | None = None) -> tuple[torch.nn.Module, TrainConfig, dict]:
    """Rebuild a trained model from its checkpoint (``weights_only=True``)."""
    from snnc.data import input_shape, num_classes

    payload = payload if payload is not None else load_checkpoint(path)
    try:  # a config the training flags would refuse never becomes a model (nor a NIR file)
        config = TrainConfig.from_dict(payload["config"]).validate()
    except SnncError as exc:
        raise CheckpointError(f"{path}: the checkpoint's config is invalid: {exc}") from None
    except (TypeError, ValueError) as exc:
        raise CheckpointError(f"{path}: the checkpoint's config holds a value of the wrong type ({exc})") from None
    method = get_method(config.method)
    model = method.build(config, input_shape(config.dataset, config.spatial_factor), num_classes(config.dataset))
    try:
        model.load_state_dict(payload["state_dict"])
    except (RuntimeError, KeyError, TypeError) as exc:
        first = str(exc).splitlines()[0]
        raise CheckpointError(f"{path}: weights do not fit the {config.arch} model in its config ({first})") from None
    return model, config, payload


def export_checkpoint(path: str) -> nir.NIRGraph:
    model, config, _ = model_from_checkpoint(path)
    return model_to_nir(model, config)
