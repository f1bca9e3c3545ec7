"""The training configuration shared by all methods: one dataclass of plain values, saved
whole in every checkpoint and in the exported graph's metadata."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from snnc.data import canonical_name
from snnc.errors import ConfigError
from snnc.ir.metadata import DEFAULT_ENCODING, ENCODINGS

ARCHS = ("convnet", "mlp")
OPTIMIZERS = ("adam", "sgd")
LOSSES = ("mse", "ce")
SCHEDULERS = ("cosine", "plateau")
STDP_MODES = ("finetune", "combined")
ACTS = ("relu", "qcfs")  # the ANN's activation (snnc.frontends.ann)
QAT_BITS = (2, 16)  # --qat-bits: the weight widths the integer datapath takes (snnc.ir.schema.WEIGHT_BITS)
MAX_WIDTH = 65_536  # --channels and --hidden sizes: far beyond any model snnc trains, far below what exhausts memory


@dataclass
class TrainConfig:
    method: str = "scratch"
    dataset: str = "MNIST"
    dataset_root: str = "./data"
    arch: str = "convnet"
    channels: int = 128  # SpikingJelly's conv_fashion_mnist default
    hidden: list[int] = field(default_factory=lambda: [128])
    time_steps: int = 100
    tau: float = 2.0  # membrane time constant in steps (tau / dt)
    dt: float = 1e-3  # seconds per step, written to the NIR graph
    batch_size: int = 64
    learning_rate: float = 1e-3
    weight_decay: float = 5e-4
    epochs: int = 100
    optimizer: str = "adam"
    loss: str = "mse"
    encoding: str = DEFAULT_ENCODING  # an event dataset's: frames (set by validate)
    # event datasets (snnc.events): frames of time_window microseconds (None: -T bins of equal time),
    # pixels scaled by spatial_factor (None: the dataset's default)
    time_window: float | None = None
    spatial_factor: float | None = None
    device: str = "cpu"
    amp: bool = False
    seed: int = 0
    log: bool = True
    log_dir: str = "./logs"
    model_dir: str = "./models"
    pretrained_model: str | None = None
    export: str | None = None
    train_limit: int | None = None
    eval_limit: int | None = None  # evaluate on the first N test images after each epoch (None: all)
    run_name: str | None = None
    time_budget: float | None = None  # minutes; stop after the epoch that exceeds it
    # plateau: halve the learning rate when test accuracy stops improving (adapts to the run's length);
    # cosine anneals to zero over --epochs, which stalls short runs whose networks start silent (README, "Defaults")
    scheduler: str = "plateau"
    # torchrun (several processes): BatchNorm statistics over the global batch rather than each process's share
    sync_bn: bool = False
    # bpstdp
    tau_pre: float = 2.0
    tau_post: float = 100.0
    fine_tune_epochs: int = 20
    stdp_mode: str = "finetune"  # finetune (pure STDP, the seed's) | combined (STDP + BP gradient)
    stdp_scale: float = 1.0  # multiplies the STDP weight change before it becomes a gradient
    # ann: the activation (relu, or qcfs with `levels` steps and a learned threshold per layer)
    act: str = "relu"
    levels: int = 8
    # quantization-aware training (scratch, ann, bpstdp): weights fake-quantized to signed qat_bits
    # integers with per-output-channel scales (snnc.frontends.qat); None trains float weights
    qat_bits: int | None = None
    # ann2snn
    ann: str | None = None  # the ANN checkpoint converted
    mode: str = "max"
    calibration_batches: int = 100
    scales: list[float] | None = None  # per-ReLU activation scales found by calibration

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> TrainConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})

    def validate(self) -> TrainConfig:
        """Raise ConfigError naming the flag whose value makes no sense."""
        checks = [
            (self.arch in ARCHS, "--arch", f"must be one of {', '.join(ARCHS)}"),
            (self.optimizer in OPTIMIZERS, "--optimizer", f"must be one of {', '.join(OPTIMIZERS)}"),
            (self.loss in LOSSES, "--loss", f"must be one of {', '.join(LOSSES)}"),
            (self.time_steps >= 1, "-T/--time-steps", "must be >= 1"),
            (self.time_steps <= 100_000, "-T/--time-steps", "is absurdly large"),
            (self.tau >= 1.0, "-t/--tau", "must be >= 1 (tau/dt; 1 means no memory)"),
            (math.isfinite(self.tau), "-t/--tau", "must be a finite number"),
            (math.isfinite(self.dt) and self.dt > 0, "--dt", "must be a finite number > 0"),
            (1 <= self.batch_size <= 1_000_000, "--batch-size", "must be between 1 and 1e6"),
            (self.learning_rate > 0, "-lr/--learning-rate", "must be > 0"),
            (self.weight_decay >= 0, "--weight-decay", "must be >= 0"),
            (self.epochs >= 0, "-e/--epochs", "must be >= 0"),
            (1 <= self.channels <= MAX_WIDTH, "--channels", f"must be between 1 and {MAX_WIDTH}"),
            (
                len(self.hidden) >= 1 and all(1 <= h <= MAX_WIDTH for h in self.hidden),
                "--hidden",
                f"sizes must be between 1 and {MAX_WIDTH}",
            ),
            (self.train_limit is None or self.train_limit >= 1, "--train-limit", "must be >= 1"),
            (self.eval_limit is None or self.eval_limit >= 1, "--eval-limit", "must be >= 1"),
            (self.calibration_batches >= 1, "--calibration-batches", "must be >= 1"),
            (self.act in ACTS, "--act", f"must be one of {', '.join(ACTS)}"),
            (1 <= self.levels <= 1024, "--levels", "must be between 1 and 1024"),
            (
                self.qat_bits is None or QAT_BITS[0] <= self.qat_bits <= QAT_BITS[1],
                "--qat-bits",
                f"must be between {QAT_BITS[0]} and {QAT_BITS[1]}, got {self.qat_bits}",
            ),
            (self.scheduler in SCHEDULERS, "--scheduler", f"must be one of {', '.join(SCHEDULERS)}"),
            (self.stdp_mode in STDP_MODES, "--stdp-mode", f"must be one of {', '.join(STDP_MODES)}"),
            (self.fine_tune_epochs >= 0, "--fine-tune-epochs", "must be >= 0"),
            (self.stdp_scale >= 0, "--stdp-scale", "must be >= 0"),
            (self.tau_pre >= 1 and self.tau_post >= 1, "--tau-pre/--tau-post", "must be >= 1 (steps)"),
            (self.encoding in ENCODINGS, "--encoding", f"must be one of {', '.join(ENCODINGS)}"),
        ]
        for ok, flag, message in checks:
            if not ok:
                raise ConfigError(f"{flag} {message}")
        if self.dataset:  # ann2snn fills an empty dataset from its ANN
            self.dataset = canonical_name(self.dataset)
        self._validate_events()
        return self

    def _validate_events(self) -> None:
        """An event dataset is fed as per-step frames (``encoding = "frames"``, whatever the method's
        default); frames need one, and the binning flags apply to nothing else."""
        from snnc.data import EVENT_DATASET_NAMES

        if self.dataset in EVENT_DATASET_NAMES:
            if self.method in ("ann", "ann2snn"):
                raise ConfigError(f"--dataset {self.dataset}: {self.method} takes static images, not event frames")
            self.encoding = "frames"
            self.binning()  # the binning flags are checked here, before any data is read
        elif self.encoding == "frames":
            raise ConfigError(
                f"--encoding frames needs per-step inputs: an event dataset ({', '.join(EVENT_DATASET_NAMES)}), "
                f"not {self.dataset or 'images'}"
            )
        elif self.time_window is not None or self.spatial_factor is not None:
            raise ConfigError(f"--time-window and --spatial-factor bin event datasets, not {self.dataset}")

    def binning(self) -> dict[str, Any] | None:
        """How the event dataset is binned into ``time_steps`` frames (``snnc.events.make_binning``);
        None for a static dataset."""
        from snnc.data import EVENT_DATASET_NAMES

        if self.dataset not in EVENT_DATASET_NAMES:
            return None
        from snnc.events import make_binning

        return make_binning(self.dataset, self.time_steps, self.time_window, self.spatial_factor)

    @property
    def name(self) -> str:
        return self.run_name or f"{self.method}-{self.dataset}-{self.arch}-T{self.time_steps}"
