"""``snnc demo``: the whole road on the embedded digits data, in under three minutes."""

from __future__ import annotations

from pathlib import Path

import typer

from snnc.demo import run_demo


def demo(
    output_dir: Path = typer.Option(Path("snnc-demo"), "-o", "--output", help="where to write the results"),
    epochs: int = typer.Option(30, "-e", "--epochs", help="training epochs"),
    progress: bool = typer.Option(False, "--progress/--no-progress"),
) -> None:
    """Train an SNN from scratch on digits, export NIR, run it on the reference and Norse."""
    summary = run_demo(output_dir, epochs=epochs, echo=typer.echo, progress=progress)
    typer.echo("")
    typer.echo(f"{'backend':<10} {'accuracy':>9} {'spikes/neuron/step':>19} {'images/s':>9}")
    for name, row in summary["backends"].items():
        typer.echo(
            f"{name:<10} {100 * row['accuracy']:>8.2f}% {row['mean_spikes_per_neuron_per_step']:>19.4f} "
            f"{row['images_per_s']:>9.1f}"
        )
    same = "identical" if summary["identical_predictions"] else "DIFFERENT"
    typer.echo(
        f"reference vs norse predictions: {same}; results in {output_dir}/ "
        f"(model.nir, checkpoint.pt, curves.png, summary.json)"
    )
