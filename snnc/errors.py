"""The one exception family of snnc.

Every error a user can cause (a bad file, a bad flag, a missing dataset) is an
`SnncError`; the CLI prints it as one line and exits with code 1. Anything else
that escapes is a bug in snnc.
"""

from __future__ import annotations


class SnncError(Exception):
    """Base class: a problem with the user's input, reported as one line."""


class NIRFileError(SnncError):
    """A file that is not a readable NIR graph (not HDF5, not NIR, truncated)."""


class GraphError(SnncError):
    """A NIR graph that is structurally wrong: unknown node, dangling edge, bad shape or value."""


class UnsupportedNodeError(GraphError):
    """A valid NIR node that an executor or backend cannot run."""


class DatasetError(SnncError):
    """A dataset that is unknown or missing from disk."""


class CheckpointError(SnncError):
    """A checkpoint that cannot be read or does not fit the model it claims."""


class ConfigError(SnncError):
    """A flag value or combination of flags that makes no sense."""


class Interrupted(SnncError):
    """Ctrl-C during a long step: the message says what was saved and how to go on; the CLI exits
    130 (the shell's code for an interrupt)."""

    exit_code = 130


class DistributedError(SnncError):
    """A process of a torchrun job failed: the message names its rank and error. Every process of
    the job ends; ``silent`` marks the copies another process (rank 0) prints, so the job reports
    one line."""

    def __init__(self, message: str, silent: bool = False, exit_code: int = 1) -> None:
        super().__init__(message)
        self.silent = silent
        self.exit_code = exit_code
