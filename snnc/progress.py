"""Progress of long steps: a tqdm bar with rate and ETA, drawn only on a terminal, so a redirected
log never fills with carriage-return frames; ``enabled=False`` (``--quiet``/``--no-progress``)
silences it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")


def on_terminal() -> bool:
    """Whether progress bars can be drawn (stderr is a terminal)."""
    return sys.stderr.isatty()


def progress(
    items: Iterable[Item], total: int | None = None, desc: str = "", enabled: bool = True, unit: str = "it"
) -> Iterator[Item]:
    """``items``, with a progress bar (count, rate, ETA) on the terminal when ``enabled``."""
    return iter(progress_bar(items, desc, enabled, unit, total))


def progress_bar(
    items: Iterable[Item], desc: str = "", enabled: bool = True, unit: str = "it", total: int | None = None
):
    """A tqdm bar over ``items`` (``set_postfix`` works on it), drawn only on a terminal when ``enabled``."""
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit=unit, disable=not (enabled and on_terminal()), leave=False)
