"""The ``snnc`` command line: a thin typer layer over library functions."""
