"""Tables on the terminal, through rich: columns fit the width (long cells wrap, never overflow)
and ``NO_COLOR`` is honoured."""

from __future__ import annotations

from collections.abc import Sequence


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()) -> None:
    """Print ``rows`` under ``header``; columns whose index is in ``right`` are right-aligned."""
    import typer
    from rich.console import Console
    from rich.table import Table

    from snnc.cli.common import color_allowed

    table = Table(box=None, pad_edge=False, header_style="bold" if color_allowed() else None)
    for index, name in enumerate(header):
        table.add_column(name, justify="right" if index in right else "left", overflow="fold")
    for row in rows:
        table.add_row(*(str(cell) for cell in row))
    console = Console(no_color=not color_allowed(), highlight=False, soft_wrap=False)
    with console.capture() as captured:
        console.print(table)
    typer.echo(captured.get().rstrip("\n"))
