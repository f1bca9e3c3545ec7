"""``snnc export`` and ``snnc inspect``: checkpoints to NIR, and what a NIR file holds."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from snnc.cli.common import choice

TOOLS = ("norse", "snntorch")  # whose conventions ``export --for`` writes (snnc.ir.interop.for_tool)


def export(
    checkpoint: Path = typer.Argument(..., help="checkpoint written by 'snnc train'"),
    output: Path = typer.Option(Path("model.nir"), "-o", "--output", help="NIR file to write"),
    for_tool: str = typer.Option(
        None, "--for", **choice(TOOLS), help="write in another tool's conventions (docs/interop.md)"
    ),
) -> None:
    """Export a trained checkpoint as a NIR graph (dt, time steps, encoding, decoding, config in metadata)."""
    from snnc.files import refuse_output_over_input
    from snnc.frontends.methods import export_checkpoint
    from snnc.ir.interop import for_tool as for_tool_graph
    from snnc.ir.io import write_graph

    refuse_output_over_input(output, checkpoint)
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
    from snnc.cli.tables import print_table
    from snnc.ir.io import read_graph
    from snnc.ir.summary import describe_graph

    info = describe_graph(read_graph(model))
    if as_json:
        typer.echo(json.dumps(info, sort_keys=True))
        return
    typer.echo(f"{model}: {len(info['nodes'])} nodes, {info['parameters']:,} parameters, {info['neurons']:,} neurons")
    rows = [
        [
            node["name"],
            node["type"],
            "x".join(map(str, node["shape"])),
            f"{node['parameters']:,}",
            json.dumps(node["snnc"], sort_keys=True) if node["snnc"] else "",
        ]
        for node in info["nodes"]
    ]
    print_table(["node", "type", "output shape", "params", "snnc"], rows, right=(3,))
    meta = dict(info["metadata"])
    source = meta.pop("source", None)
    for key in sorted(meta):
        typer.echo(f"{key}: {meta[key]}")
    if source:
        typer.echo(f"source: {source.get('method')} ({json.dumps(source.get('config', {}), sort_keys=True)})")
