"""The host side of the board link: the frame protocol of ``hdl/snnc_link.v`` (``docs/hardware.md``,
"Board host link") and a driver that classifies images over a serial port.

Host -> board: ``A5 cmd seq [count(2) record*count] crc8``; cmd 1 image, 2 reset the core, 3 info.
Board -> host: ``5A status seq payload crc8``; an image's payload is its class (2 bytes), the
``N`` output values (``value_bytes`` each, two's complement when signed) and the cycles from the
accelerator's ``start`` to its ``done`` (4 bytes). ``crc8`` is the CRC with polynomial 0x07 and
initial value 0 over every byte after the sync byte; numbers are little-endian.

A record is one host record ``(c, y, x, value, eos)`` packed from bit 0 as ``eos, x, y, c, value``
in ``record_bytes`` bytes; the field widths are the accelerator's port widths (:class:`LinkLayout`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from typing import NamedTuple, Protocol

import numpy as np

from snnc.backends.fpga.spec import DesignSpec, unsigned_bits
from snnc.errors import SnncError

SYNC_IN, SYNC_OUT = 0xA5, 0x5A
CMD_IMAGE, CMD_RESET, CMD_INFO = 0x01, 0x02, 0x03
PROTOCOL_VERSION = 1
INFO_BYTES = 14
STATUS = {
    0: "ok",
    1: "crc error",
    2: "too many records",
    3: "bad record (coordinate out of range or wrong end-of-step markers)",
    4: "timeout inside a frame",
    5: "unknown command",
    6: "busy (a frame arrived before the last one was replayed)",
}
MAX_BUFFER_RECORDS = 4096  # the frame buffer's largest size (records); bigger images are refused by the host


class LinkError(SnncError):
    """The board did not answer, answered an error, or runs another design."""


class LinkLayout(NamedTuple):
    """What both ends of the link must agree on for one design."""

    c_bits: int
    y_bits: int
    x_bits: int
    value_bits: int  # the accelerator's ``in_value`` width (1 when the input is spikes)
    limits: tuple[int, int, int]  # (C, H, W): coordinates must be below these
    eos_per_image: int  # end-of-step records per image: 1 for pixels, T for spikes
    capacity: int  # records the frame buffer holds
    depth_bits: int  # log2 of the frame buffer's size
    n_out: int
    result_bits: int
    result_signed: bool
    class_bits: int

    @property
    def record_bits(self) -> int:
        return 1 + self.x_bits + self.y_bits + self.c_bits + self.value_bits

    @property
    def record_bytes(self) -> int:
        return -(-self.record_bits // 8)

    @property
    def value_bytes(self) -> int:
        return -(-self.result_bits // 8)

    @property
    def reply_bytes(self) -> int:
        """Bytes of an image's reply: sync, status, seq, class, values, cycles, crc."""
        return 3 + 2 + self.n_out * self.value_bytes + 4 + 1


def link_layout(spec: DesignSpec) -> LinkLayout:
    """The link of ``spec``'s accelerator: record fields as wide as its input ports, a frame buffer
    for the largest image (every input active, plus the end-of-step records), at most
    ``MAX_BUFFER_RECORDS``."""
    first, last = spec.stages[0], spec.stages[-1]
    shape = tuple(int(d) for d in first.source_shape)
    c_bits, y_bits, x_bits = (unsigned_bits(d - 1) for d in shape)
    eos = 1 if first.pixels else spec.time_steps
    largest = int(np.prod(shape)) * (1 if first.pixels else spec.time_steps) + eos
    depth_bits = max(1, min(largest, MAX_BUFFER_RECORDS) - 1).bit_length()
    return LinkLayout(
        c_bits=c_bits,
        y_bits=y_bits,
        x_bits=x_bits,
        value_bits=max(1, first.input_bits if first.pixels else 0),
        limits=shape,  # type: ignore[arg-type]
        eos_per_image=eos,
        capacity=min(largest, 1 << depth_bits),
        depth_bits=depth_bits,
        n_out=last.n_out,
        result_bits=spec.result_bits,
        result_signed=bool(spec.result_signed),
        class_bits=unsigned_bits(last.n_out - 1),
    )


def design_id(verilog: str, rom_files: dict[str, str]) -> int:
    """32 bits naming a generated design: the first four bytes of the SHA-256 of its Verilog and
    weight files (by name). The board reports it, so the host never scores another design."""
    digest = hashlib.sha256(verilog.encode())
    for name in sorted(rom_files):
        digest.update(name.encode() + b"\0" + rom_files[name].encode())
    return int.from_bytes(digest.digest()[:4], "little")


def crc8(data: bytes, crc: int = 0) -> int:
    """CRC-8, polynomial x^8 + x^2 + x + 1 (0x07), initial value ``crc``, no reflection."""
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _frame(body: bytes) -> bytes:
    return bytes([SYNC_IN]) + body + bytes([crc8(body)])


def pack_record(record: Sequence[int], layout: LinkLayout) -> bytes:
    """One host record ``(c, y, x, value, eos)`` as ``layout.record_bytes`` little-endian bytes."""
    c, y, x, value, eos = (int(v) for v in record)
    word, shift = int(bool(eos)), 1
    for field, bits in ((x, layout.x_bits), (y, layout.y_bits), (c, layout.c_bits), (value, layout.value_bits)):
        word |= (field & ((1 << bits) - 1)) << shift
        shift += bits
    return word.to_bytes(layout.record_bytes, "little")


def image_frame(seq: int, records: Sequence[Sequence[int]], layout: LinkLayout) -> bytes:
    """The frame of one image's records."""
    if len(records) > layout.capacity:
        raise LinkError(
            f"an image of {len(records):,} records does not fit the board's frame buffer ({layout.capacity:,})"
        )
    body = bytes([CMD_IMAGE, seq & 0xFF]) + len(records).to_bytes(2, "little")
    return _frame(body + b"".join(pack_record(r, layout) for r in records))


def command_frame(command: int, seq: int) -> bytes:
    return _frame(bytes([command, seq & 0xFF]))


class Reply(NamedTuple):
    status: int
    seq: int
    payload: bytes


class ImageResult(NamedTuple):
    klass: int
    values: np.ndarray  # [N] int64
    cycles: int  # accelerator cycles from start to done


class BoardInfo(NamedTuple):
    design_id: int
    version: int
    record_bytes: int
    n_out: int
    result_bits: int
    result_signed: bool
    capacity: int
    eos_per_image: int


def parse_image_payload(payload: bytes, layout: LinkLayout) -> ImageResult:
    klass = int.from_bytes(payload[:2], "little")
    width, values = layout.value_bytes, []
    for i in range(layout.n_out):
        raw = int.from_bytes(payload[2 + i * width : 2 + (i + 1) * width], "little")
        raw &= (1 << layout.result_bits) - 1
        if layout.result_signed and raw >> (layout.result_bits - 1):
            raw -= 1 << layout.result_bits
        values.append(raw)
    cycles = int.from_bytes(payload[2 + layout.n_out * width :][:4], "little")
    return ImageResult(klass, np.array(values, dtype=np.int64), cycles)


def parse_info(payload: bytes) -> BoardInfo:
    return BoardInfo(
        design_id=int.from_bytes(payload[0:4], "little"),
        version=payload[4],
        record_bytes=payload[5],
        n_out=int.from_bytes(payload[6:8], "little"),
        result_bits=payload[8],
        result_signed=bool(payload[9]),
        capacity=int.from_bytes(payload[10:12], "little"),
        eos_per_image=int.from_bytes(payload[12:14], "little"),
    )


class Port(Protocol):
    """What the driver needs of a serial port (``serial.Serial`` has it)."""

    timeout: float | None

    def write(self, data: bytes) -> int | None: ...

    def read(self, size: int = 1) -> bytes: ...

    def reset_input_buffer(self) -> None: ...


class BoardLink:
    """Request and reply over ``port``; every reply is checked (sync, sequence number, crc)."""

    def __init__(self, port: Port, layout: LinkLayout, timeout_s: float = 2.0, silence_s: float = 0.05):
        self.port, self.layout, self.timeout_s = port, layout, timeout_s
        self.silence_s = silence_s  # longer than the board's silence timeout inside a frame
        self.seq = 0
        self.retries = 0  # exchanges repeated after a lost or refused frame
        self.port.timeout = timeout_s

    def _next_seq(self) -> int:
        self.seq = (self.seq + 1) & 0xFF
        return self.seq

    def _read_exactly(self, count: int) -> bytes:
        data = b""
        deadline = time.monotonic() + self.timeout_s
        while len(data) < count:
            chunk = self.port.read(count - len(data))
            data += chunk
            if not chunk and time.monotonic() >= deadline:
                raise LinkError(f"the board did not answer within {self.timeout_s:g} s")
        return data

    def read_reply(self, payload_bytes: int) -> Reply:
        """The next reply; ``payload_bytes`` is the payload of an ok reply (errors have none)."""
        deadline = time.monotonic() + self.timeout_s
        while True:  # bytes before the sync byte are line noise
            byte = self.port.read(1)
            if byte == bytes([SYNC_OUT]):
                break
            if not byte and time.monotonic() >= deadline:
                raise LinkError(f"the board did not answer within {self.timeout_s:g} s")
        status, seq = self._read_exactly(2)
        payload = self._read_exactly(payload_bytes) if status == 0 else b""
        (check,) = self._read_exactly(1)
        if crc8(bytes([status, seq]) + payload) != check:
            raise LinkError("a reply failed its crc check")
        return Reply(status, seq, payload)

    def request(self, frame: bytes, seq: int, payload_bytes: int) -> Reply:
        self.port.write(frame)
        reply = self.read_reply(payload_bytes)
        if reply.seq != seq:
            raise LinkError(f"the board answered request {reply.seq}, expected {seq}")
        return reply

    def recover(self) -> None:
        """After a lost or garbled exchange: let the board's frame timeout pass, drop what arrived,
        and reset the accelerator."""
        time.sleep(self.silence_s)
        self.port.reset_input_buffer()
        seq = self._next_seq()
        reply = self.request(command_frame(CMD_RESET, seq), seq, 0)
        if reply.status != 0:
            raise LinkError(f"the board refused a reset: {STATUS.get(reply.status, reply.status)}")

    def info(self) -> BoardInfo:
        seq = self._next_seq()
        reply = self.request(command_frame(CMD_INFO, seq), seq, INFO_BYTES)
        if reply.status != 0:
            raise LinkError(f"the board refused an info request: {STATUS.get(reply.status, reply.status)}")
        return parse_info(reply.payload)

    def check_design(self, expected_id: int) -> BoardInfo:
        """The board's info, refused unless it runs the design ``expected_id`` with this layout."""
        info = self.info()
        if info.design_id != expected_id:
            raise LinkError(
                f"the board runs design {info.design_id:08x}, not this build's {expected_id:08x}: "
                "program it with this build's bitstream (or give --build of the build it was programmed from)"
            )
        if info.record_bytes != self.layout.record_bytes or info.n_out != self.layout.n_out:
            raise LinkError("the board's link layout differs from this build's")
        return info

    def classify(self, records: Sequence[Sequence[int]], retries: int = 2) -> ImageResult:
        """One image through the accelerator; a lost or refused exchange is retried after
        :meth:`recover`, up to ``retries`` times."""
        frame_payload = self.layout.reply_bytes - 4  # class, values, cycles
        last_error = "no attempt"
        for attempt in range(retries + 1):
            self.retries += attempt > 0
            seq = self._next_seq()
            frame = image_frame(seq, records, self.layout)
            try:
                reply = self.request(frame, seq, frame_payload)
            except LinkError as exc:
                last_error = str(exc)
                self.recover()
                continue
            if reply.status == 0:
                return parse_image_payload(reply.payload, self.layout)
            last_error = f"the board answered: {STATUS.get(reply.status, reply.status)}"
            if reply.status == 3:  # the same records would be refused again
                break
            self.recover()
        raise LinkError(last_error)
