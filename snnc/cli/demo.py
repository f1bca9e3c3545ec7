"""``snnc demo``: the whole road on the embedded digits data, in under three minutes."""

from __future__ import annotations

from pathlib import Path

import typer


def demo(
    output_dir: Path = typer.Option(Path("snnc-demo"), "-o", "--output", help="where to write the results"),
    epochs: int = typer.Option(30, *["--epochs", "-e"], help="training epochs"),
    progress: bool = typer.Option(False, "--progress/--no-progress"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the results table"),
    force: bool = typer.Option(False, "--force", help="replace an earlier demo's results directory"),
) -> None:
    """Train an SNN from scratch on digits, export NIR, run it on the reference and Norse."""
    from snnc.cli.tables import print_table
    from snnc.demo import run_demo

    summary = run_demo(
        output_dir,
        epochs=epochs,
        echo=(lambda _line: None) if quiet else typer.echo,
        progress=progress and not quiet,
        force=force,
    )
    rows = [
        [
            name,
            f"{100 * row['accuracy']:.2f}%",
            f"{row['mean_spikes_per_neuron_per_step']:.4f}",
            f"{row['images_per_s']:,.1f}",
        ]
        for name, row in summary["backends"].items()
    ]
    print_table(["backend", "accuracy", "spikes/neuron/step", "images/s"], rows, right=(1, 2, 3))
    same = "identical" if summary["identical_predictions"] else "DIFFERENT"
    typer.echo(
        f"reference vs norse predictions: {same}; results in {output_dir}/ "
        f"(model.nir, checkpoint.pt, curves.png, summary.json)"
    )
