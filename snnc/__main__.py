"""``python -m snnc``: the same application as the ``snnc`` command (and what ``torchrun -m snnc`` runs)."""

from snnc.cli.main import main

if __name__ == "__main__":
    main()
