"""Training on several processes, on one machine or several: torch DistributedDataParallel under
``torchrun``.

``torchrun --nproc_per_node N -m snnc train METHOD ...`` starts N copies of the command and tells
each its place through the environment (``RANK``, ``WORLD_SIZE``, ``LOCAL_RANK``, ``MASTER_ADDR``,
``MASTER_PORT``). Outside torchrun, or with one process, every function here is the identity and
one process trains exactly as it always did.

A job of W processes computes what one process computes, up to float rounding:

- the batch: ``--batch-size B`` is the *global* batch, one optimizer step's samples. Every process
  draws the epoch's permutation (seeded ``shuffle_seed + epoch``, as one process does) and takes
  positions ``rank, rank + W, ...`` of each global batch (``shard``). With B = W b this is exactly
  what ``DistributedSampler`` (same seed, no padding) hands a process with batch b.
- the gradient: each process's loss is the mean over its n_r of the batch's n samples; DDP
  averages the W gradients, so each process scales its loss by ``W n_r / n`` (1 when n divides
  evenly): ``(1/W) sum_r W (n_r / n) grad mean_r = grad mean`` over the whole batch.
- the weights: DDP starts every process from rank 0's parameters and buffers; the same steps on the
  same gradients keep them identical. Updates that are no gradient (STDP) are all-reduced before
  the step (``sum_gradients``).
- evaluation: process r evaluates test batches r, r + W, ... (whole batches, so their encoding
  seeds are one process's); correct counts and loss sums are all-reduced.
- seeds: every process builds the model from ``--seed`` (DDP then copies rank 0's anyway); process
  r > 0 then reseeds torch with ``seed + r``, so dropout masks differ across processes. The data
  order and the input encoding's seeds belong to the global batch: Poisson spikes are the ones one
  process draws.
- output: rank 0 alone logs, writes checkpoints (the unwrapped module's ``state_dict``: no
  ``module.`` prefixes, so one process resumes them), metrics, curves and NIR. Files other
  processes need (a checkpoint to resume) are read by rank 0 and broadcast (``from_main``), so no
  shared file system is needed across machines.

Failures: an error on any process ends the job with one line, printed by rank 0 (``session``).
The failing process records ``rank r of W failed: <error>`` in torchrun's key-value store (the
first failure recorded is the job's) and exits. Its exit closes its gloo connections, so the
others, waiting in a collective, fail at once; and torchrun, seeing a process end, stops the rest
with SIGTERM, which rank 0 turns into an exception (``_on_sigterm``): either way rank 0 unwinds,
finds the recorded line and prints it, once (whoever prints first claims ``REPORTER_KEY``). With
NCCL a collective whose peer died may block in the GPU driver where no signal reaches Python, so
there the failing process waits ``REPORT_WAIT_S`` for rank 0 to claim the report and prints the
line itself if it does not. A process that is stuck rather than dead ends the job after
``SNNC_DIST_TIMEOUT`` seconds (default 600) in one collective: the process group's timeout.
"""

from __future__ import annotations

import atexit
import datetime
import math
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple, TypeVar

import torch
import torch.distributed as dist

from snnc.errors import ConfigError, DistributedError, SnncError

T = TypeVar("T")
TIMEOUT_ENV = "SNNC_DIST_TIMEOUT"
DEFAULT_TIMEOUT_S = 600.0  # a stuck (not dead) process ends the job after this long in one collective
REPORT_WAIT_S = 15.0  # NCCL: a failing process waits this long for rank 0 to report its error
FAILED_KEY = "snnc/failed"  # the job's first failure, "rank r of W failed: ..."
REPORTER_KEY = "snnc/reporter"  # the rank that prints it


class Context(NamedTuple):
    """This process's place in the job: ``rank`` of ``world`` processes, ``local_rank`` on its
    machine, and the ``device`` it trains on (``cuda:LOCAL_RANK`` under torchrun with CUDA)."""

    rank: int
    world: int
    local_rank: int
    device: torch.device

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.world > 1


ALONE = Context(0, 1, 0, torch.device("cpu"))  # one process; lower-level functions' default
_job: dict[str, Any] = {"context": None, "store": None, "depth": 0, "failing": False}


class _Terminated(SnncError):
    """SIGTERM on rank 0: torchrun stopping the job (another process ended)."""


def _environment_int(name: str, default: int) -> int:
    text = os.environ.get(name)
    if text in (None, ""):
        return default
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"environment variable {name}={text!r} is not an integer (torchrun sets it)") from None


def is_main() -> bool:
    """Whether this process is rank 0 of a torchrun job, or alone: the process that prints (a
    ``RANK`` that is no number counts as rank 0: printing too much beats hiding an error)."""
    try:
        return _environment_int("RANK", 0) == 0
    except ConfigError:
        return True


def reports_error(exc: object) -> bool:
    """Whether this process prints the error ``exc`` (an exception or a message). Every process of a
    job runs the same command, so an error they share (a bad flag) would print once per process:
    rank 0 prints, other ranks only a failure of their own that rank 0 could not report."""
    if is_main():
        return not getattr(exc, "silent", False)
    return isinstance(exc, DistributedError) and not exc.silent


def quiet(echo: Callable[[str], None], context: Context) -> Callable[[str], None]:
    """``echo`` on rank 0, nothing elsewhere."""
    return echo if context.is_main else (lambda _line: None)


def _timeout() -> datetime.timedelta:
    text = os.environ.get(TIMEOUT_ENV)
    try:
        seconds = float(text) if text else DEFAULT_TIMEOUT_S
    except ValueError:
        raise ConfigError(f"{TIMEOUT_ENV}={text!r}: expected seconds") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigError(f"{TIMEOUT_ENV}={text!r}: expected seconds > 0")
    return datetime.timedelta(seconds=seconds)


def setup(device: torch.device) -> Context:
    """This process's context; under torchrun with more than one process, the process group
    (once per process: gloo on CPU, NCCL on ``cuda:LOCAL_RANK``), kept until the process exits."""
    if _job["context"] is not None:
        return _job["context"]
    world = _environment_int("WORLD_SIZE", 1)
    if world <= 1 and not (dist.is_available() and dist.is_initialized()):
        return Context(0, 1, 0, device)
    if not dist.is_available():
        raise ConfigError("torchrun: this torch build has no torch.distributed")
    local_rank = _environment_int("LOCAL_RANK", 0)
    if device.type == "cuda":
        if device.index not in (None, local_rank):
            raise ConfigError(
                f"--device {device}: under torchrun process LOCAL_RANK uses GPU LOCAL_RANK; pass --device cuda "
                "(choose the GPUs with CUDA_VISIBLE_DEVICES)"
            )
        device = torch.device("cuda", local_rank)
        torch.cuda.set_device(device)
    if not dist.is_initialized():
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo", timeout=_timeout())
    context = Context(dist.get_rank(), dist.get_world_size(), local_rank, device)
    _job["context"], _job["store"] = context, dist.distributed_c10d._get_default_store()
    if context.is_main and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)
    atexit.register(teardown)
    return context


def _on_sigterm(_signum: int, _frame: object) -> None:
    """Rank 0 stopped by torchrun: unwind (to report the failure that made torchrun stop the job),
    unless the report is under way already."""
    if not _job["failing"]:
        raise _Terminated("stopped by SIGTERM (torchrun stops every process when one of them ends)")


def teardown() -> None:
    """Destroy the process group (closing its connections); the context stays for reporting."""
    if dist.is_available() and dist.is_initialized():
        try:
            dist.destroy_process_group()
        except Exception:  # noqa: BLE001 - a group a failed peer left broken still counts as gone
            pass


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    text = " ".join(str(exc).split())[:300]
    return text if isinstance(exc, SnncError) else f"{type(exc).__name__}: {text}"


def _wait_for(store: Any, key: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if store.check([key]):
                return True
        except Exception:  # noqa: BLE001 - the store went away with torchrun's agent
            return False
        time.sleep(0.05)
    return False


def _claim(key: str, value: str) -> str:
    """The value of ``key`` in the job's store after setting it to ``value`` unless it was set."""
    try:
        return _job["store"].compare_set(key, "", value).decode()
    except Exception:  # noqa: BLE001 - no store (torchrun gone): this process's own value is all it knows
        return value


def _failure(context: Context, exc: BaseException) -> BaseException:
    """What a process raises for ``exc`` (see the module doc, "Failures")."""
    _job["failing"] = True
    mine = f"rank {context.rank} of {context.world} failed: {_describe(exc)}"
    first = _claim(FAILED_KEY, mine)
    teardown()
    if context.is_main:
        prints = _claim(REPORTER_KEY, "0") == "0"
        own = first == mine or (isinstance(exc, (SnncError, KeyboardInterrupt)) and not isinstance(exc, _Terminated))
        return exc if own else DistributedError(first, silent=not prints)
    if first != mine:  # another process failed first: this error is its consequence
        return DistributedError(first, silent=True)
    if context.device.type == "cuda" and not _wait_for(_job["store"], REPORTER_KEY, REPORT_WAIT_S):
        prints = _claim(REPORTER_KEY, str(context.rank)) == str(context.rank)
        return DistributedError(mine, silent=not prints)
    return DistributedError(mine, silent=True)


@contextmanager
def session(device: torch.device) -> Iterator[Context]:
    """The process's context for a training run; under torchrun, an error inside becomes the
    job's one reported error (the outermost session handles it; nested ones pass it on)."""
    context = setup(device)
    if not context.distributed:
        yield context
        return
    _job["depth"] += 1
    try:
        yield context
    except BaseException as exc:
        if _job["depth"] > 1 or isinstance(exc, (DistributedError, GeneratorExit)):
            raise
        failure = _failure(context, exc)
        if failure is exc:
            raise
        raise failure from exc
    finally:
        _job["depth"] -= 1


def shard(values: T, context: Context, dim: int = 0) -> T:
    """This process's share of a global batch (a tensor along ``dim``, or a sequence): positions
    ``rank, rank + W, ...``; all of it in one process."""
    if not context.distributed:
        return values
    if isinstance(values, torch.Tensor):
        return values[(slice(None),) * dim + (slice(context.rank, None, context.world),)]
    return values[context.rank :: context.world]  # type: ignore[index]


def _reduce(values: torch.Tensor, context: Context, op: str) -> torch.Tensor:
    if not context.distributed:
        return values
    result = values.detach().to(context.device, copy=True)
    dist.all_reduce(result, op={"sum": dist.ReduceOp.SUM, "max": dist.ReduceOp.MAX}[op])
    return result.to(values.device)


def all_reduce_sum(values: torch.Tensor, context: Context) -> torch.Tensor:
    """The elementwise sum of ``values`` over the processes (a new tensor; ``values`` alone)."""
    return _reduce(values, context, "sum")


def all_reduce_max(values: torch.Tensor, context: Context) -> torch.Tensor:
    """The elementwise maximum of ``values`` over the processes."""
    return _reduce(values, context, "max")


def all_gather_cat(values: torch.Tensor, context: Context) -> torch.Tensor:
    """Every process's ``values`` (flattened, any length) concatenated in rank order."""
    if not context.distributed:
        return values.flatten()
    local = values.detach().flatten().to(context.device)
    count = torch.tensor([local.numel()], device=context.device)
    counts = [torch.zeros_like(count) for _ in range(context.world)]
    dist.all_gather(counts, count)
    sizes = [int(c) for c in counts]
    padded = torch.zeros(max(sizes), dtype=local.dtype, device=context.device)
    padded[: local.numel()] = local
    gathered = [torch.empty_like(padded) for _ in range(context.world)]
    dist.all_gather(gathered, padded)
    return torch.cat([part[:size] for part, size in zip(gathered, sizes, strict=True)]).to(values.device)


def any_process(flag: bool, context: Context) -> bool:
    """True on every process when ``flag`` is true on any (decisions that end a loop together)."""
    if not context.distributed:
        return flag
    return bool(all_reduce_max(torch.tensor([float(flag)]), context)[0] > 0)


def from_main(context: Context, compute: Callable[[], T]) -> T:
    """``compute()`` run by rank 0 alone (a file it reads or writes, a name it picks) and its result
    broadcast; its error (an ``SnncError``) is raised everywhere, printed by rank 0 alone."""
    if not context.distributed:
        return compute()
    holder: list[Any] = [None]
    if context.is_main:
        try:
            holder[0] = ("value", compute())
        except SnncError as exc:
            dist.broadcast_object_list([("error", str(exc))], src=0)
            raise
    dist.broadcast_object_list(holder, src=0)
    kind, value = holder[0]
    if kind == "error":
        raise DistributedError(value, silent=True)
    return value


def barrier(context: Context) -> None:
    if context.distributed:
        dist.barrier(device_ids=[context.local_rank] if context.device.type == "cuda" else None)


@contextmanager
def local_main_first(context: Context) -> Iterator[None]:
    """The body on local rank 0 first, then on the machine's other processes: a dataset one
    process downloads is never written by two."""
    if context.local_rank != 0:
        barrier(context)
    yield
    if context.local_rank == 0:
        barrier(context)


def broadcast_buffers(module: torch.nn.Module, context: Context) -> None:
    """Rank 0's buffers (BatchNorm's running statistics) on every process: without --sync-bn each
    process's last batch moved its own; rank 0's are the ones its checkpoint keeps."""
    if context.distributed:
        for buffer in module.buffers():
            dist.broadcast(buffer, src=0)


def sum_gradients(parameters: Iterable[torch.nn.Parameter], context: Context) -> None:
    """Replace every parameter's gradient by its sum over the processes (one collective; a missing
    gradient counts as zero)."""
    if not context.distributed:
        return
    parameters = list(parameters)
    grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in parameters]
    total = all_reduce_sum(torch.cat([g.flatten() for g in grads]), context)
    offset = 0
    for parameter in parameters:
        parameter.grad = total[offset : offset + parameter.numel()].view_as(parameter)
        offset += parameter.numel()


def sync_batchnorm(model: torch.nn.Module, context: Context) -> torch.nn.Module:
    """``model`` with its BatchNorm layers synchronized across processes (``--sync-bn``): the batch
    statistics of the global batch, as one process computes them. Nothing to do in one process."""
    if not context.distributed:
        return model
    if context.device.type != "cuda":
        raise ConfigError("--sync-bn: torch's SyncBatchNorm synchronizes CUDA tensors only; train on CPU without it")
    return torch.nn.SyncBatchNorm.convert_sync_batchnorm(model)


def wrap(model: torch.nn.Module, context: Context) -> torch.nn.Module:
    """``model`` in DistributedDataParallel (its gradients averaged over the processes), or itself."""
    if not context.distributed:
        return model
    device_ids = [context.device.index] if context.device.type == "cuda" else None
    return torch.nn.parallel.DistributedDataParallel(model, device_ids=device_ids)


def gather_rng_states(context: Context) -> list[torch.Tensor]:
    """Every process's torch RNG state, in rank order (a checkpoint resumes each process's dropout)."""
    state = torch.get_rng_state()
    if not context.distributed:
        return [state]
    states: list[Any] = [None] * context.world
    dist.all_gather_object(states, state)
    return states
