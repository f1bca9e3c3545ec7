"""``snnc export`` and ``snnc inspect``: checkpoints to NIR, and what a NIR file holds."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.frontends.methods import export_checkpoint
from snnc.ir.interop import for_tool as for_tool_graph
from snnc.ir.io import read_graph, write_graph
from snnc.ir.summary import describe_graph


def export(
    checkpoint: Path = typer.Argument(..., help="checkpoint written by 'snnc train'"),
    output: Path = typer.Option(Path("model.nir"), "-o", "--output", help="NIR file to write"),
    for_tool: str = typer.Option(None, "--for", help="write in the conventions of norse | snntorch (docs/interop.md)"),
) -> None:
    """Export a trained checkpoint as a NIR graph (dt, time steps, encoding, decoding, config in metadata)."""
    graph = export_checkpoint(str(checkpoint))
    if for_tool:
        graph = for_tool_graph(graph, for_tool)
    write_graph(graph, output)
    typer.echo(f"wrote {output} ({len(graph.nodes)} nodes)")


def inspect(
    model: Path = typer.Argument(..., help="a NIR file"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
) -> None:
    """Show a NIR graph's nodes, shapes, parameter counts and snnc metadata."""
    info = describe_graph(read_graph(model))
    if as_json:
        typer.echo(json.dumps(info, sort_keys=True))
        return
    typer.echo(f"{model}: {len(info['nodes'])} nodes, {info['parameters']:,} parameters, {info['neurons']:,} neurons")
    typer.echo(f"{'node':<14} {'type':<10} {'output shape':<16} {'params':>10}  snnc")
    for node in info["nodes"]:
        shape = "x".join(map(str, node["shape"]))
        extra = json.dumps(node["snnc"], sort_keys=True) if node["snnc"] else ""
        typer.echo(f"{node['name']:<14} {node['type']:<10} {shape:<16} {node['parameters']:>10,}  {extra}")
    meta = dict(info["metadata"])
    source = meta.pop("source", None)
    for key in sorted(meta):
        typer.echo(f"{key}: {meta[key]}")
    if source:
        typer.echo(f"source: {source.get('method')} ({json.dumps(source.get('config', {}), sort_keys=True)})")
