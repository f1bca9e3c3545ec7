"""Inputs from outside snnc turned into what a model takes, or refused with one clear message.

Three sources: an image file or upload (PNG or JPEG, decoded by Pillow, converted to grayscale, or
RGB for a 3-channel model, and resized to the model's input), a nested JSON array of pixels
(``H x W`` or ``C x H x W`` floats in [0, 1]) and per-step input frames (``T x input``). Every check
raises :class:`InputError`, which the CLI prints as one line and the web app answers with a 4xx:
the caller sent something the model cannot take, and snnc says what and why.

Uploads are photos and scans as often as they are dataset images: the datasets have light ink on a
dark background, paper has dark ink on a light one. ``invert="auto"`` (the default) inverts an image
whose border is mostly light, so both work; ``"yes"``/``"no"`` decide it explicitly.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from snnc.errors import SnncError

IMAGE_FORMATS = ("PNG", "JPEG")
INVERT_CHOICES = ("auto", "yes", "no")
MAX_IMAGE_PIXELS = 25_000_000  # a 5000 x 5000 photo; larger decodes are refused (decompression bombs)
MAX_FRAMES = 1_000  # time steps a frames request may carry
MAX_DEPTH = 5  # array nesting levels a request may use (T x C x H x W is 4)

Shape = tuple[int, ...]


class InputError(SnncError):
    """An image, upload or array that the model cannot take: the caller's input is at fault."""


def image_shape(input_shape: Sequence[int], dataset_shape: Sequence[int] | None = None) -> tuple[int, int, int]:
    """The (C, H, W) image a model's input is drawn as: the input itself when it is C x H x W (or
    H x W); for a flat input, the recorded dataset's image when the sizes agree, else a square."""
    shape = tuple(int(d) for d in input_shape)
    if len(shape) == 3:
        return shape[0], shape[1], shape[2]
    if len(shape) == 2:
        return 1, shape[0], shape[1]
    size = math.prod(shape)
    if dataset_shape is not None and len(dataset_shape) == 3 and math.prod(dataset_shape) == size:
        return int(dataset_shape[0]), int(dataset_shape[1]), int(dataset_shape[2])
    side = math.isqrt(size)
    if len(shape) == 1 and side * side == size:
        return (1, side, side)
    raise InputError(
        f"the model's input {list(shape)} is not an image (C x H x W, H x W, or a flat input the size of its "
        "dataset's images or of a square): it can only take frames"
    )


def shape_text(shape: Sequence[int]) -> str:
    return " x ".join(str(d) for d in shape)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a number"


def nested_numbers(value: Any, what: str) -> np.ndarray:
    """A rectangular nested list of numbers (parsed JSON) as a float64 array; booleans, strings,
    nulls, objects, ragged rows, empty arrays, nesting deeper than ``MAX_DEPTH`` and non-finite
    values (JSON's ``NaN``/``Infinity`` or an overflowing ``1e999``) are refused by name."""
    if not isinstance(value, list):
        raise InputError(f"{what} must be an array of numbers, got {_json_type(value)}")
    shape: list[int] = []
    level: list[Any] = [value]
    while all(isinstance(item, list) for item in level):
        lengths = {len(item) for item in level}
        if len(lengths) != 1:
            depth = len(shape) + 1
            raise InputError(f"{what} must be rectangular: rows at depth {depth} have lengths {sorted(lengths)}")
        length = lengths.pop()
        if length == 0:
            raise InputError(f"{what} has an empty array at depth {len(shape) + 1}")
        shape.append(length)
        if len(shape) > MAX_DEPTH:
            raise InputError(f"{what} is nested deeper than {MAX_DEPTH} levels")
        level = [item for row in level for item in row]
    for item in level:
        if isinstance(item, bool) or not isinstance(item, int | float):
            found = "arrays and numbers mixed" if isinstance(item, list) else _json_type(item)
            raise InputError(f"{what} must hold only numbers at depth {len(shape)}, found {found}")
    try:
        array = np.asarray(level, dtype=np.float64).reshape(shape)
    except OverflowError:  # an integer too large for a float
        raise InputError(f"{what} holds a number too large to be a pixel or input value") from None
    if not np.all(np.isfinite(array)):
        raise InputError(f"{what} holds NaN or infinite values")
    return array


def check_pixel_range(array: np.ndarray, what: str) -> None:
    low, high = float(array.min()), float(array.max())
    if low < 0.0 or high > 1.0:
        raise InputError(f"{what} values must be in [0, 1], found {low:g} to {high:g}")


def pixels_from_array(value: Any, shape: tuple[int, int, int], what: str = "image") -> np.ndarray:
    """``H x W`` or ``C x H x W`` pixels in [0, 1] as a float32 [C, H, W] array; an ``H x W`` image
    given to a model of C channels is the same gray image on every channel."""
    array = nested_numbers(value, what)
    channels, height, width = shape
    if array.shape == (height, width):
        array = np.broadcast_to(array, shape)
    elif array.shape != tuple(shape):
        accepted = f"{shape_text((height, width))} or {shape_text(shape)}"
        raise InputError(f"{what} must be {accepted} pixels, got {shape_text(array.shape)}")
    check_pixel_range(array, what)
    return np.ascontiguousarray(array, dtype=np.float32)


def frames_from_array(
    value: Any, input_shape: Sequence[int], image: Sequence[int] | None = None, what: str = "frames"
) -> np.ndarray:
    """Per-step inputs ``T x input`` (the input's own shape, flattened, or drawn as its image) as a
    float32 [T, *input_shape] array; T at most ``MAX_FRAMES``. Values may be any finite number: frames
    are the currents or spikes the graph's input node receives, after any encoding."""
    array = nested_numbers(value, what)
    expected = tuple(int(d) for d in input_shape)
    size = math.prod(expected)
    accepted = {expected, (size,)}
    if image is not None:
        accepted |= {tuple(image), tuple(image)[1:]} if image[0] == 1 else {tuple(image)}
    if array.ndim < 2 or tuple(array.shape[1:]) not in accepted:
        raise InputError(
            f"{what} must be T x {shape_text(expected)}"
            + (f" (or T x {size})" if len(expected) > 1 else "")
            + f", got {shape_text(array.shape)}"
        )
    if not 1 <= len(array) <= MAX_FRAMES:
        raise InputError(f"{what}: at most {MAX_FRAMES} time steps, got {len(array)}")
    return np.ascontiguousarray(array.reshape(len(array), *expected), dtype=np.float32)


def light_background(gray: np.ndarray) -> bool:
    """Whether the image's outermost ring of pixels (its background, for a centred drawing) is
    mostly light: dark ink on paper, the opposite of the datasets' convention."""
    border = np.concatenate([gray[0], gray[-1], gray[1:-1, 0], gray[1:-1, -1]]) if min(gray.shape) > 2 else gray
    return float(border.mean()) > 0.5


def pixels_from_image(
    data: bytes, shape: tuple[int, int, int], invert: str = "auto", what: str = "the image"
) -> tuple[np.ndarray, bool]:
    """A PNG or JPEG (bytes) as float32 [C, H, W] pixels in [0, 1] for a model of ``shape``:
    grayscale (RGB for 3 channels; transparency over white), resized (box filter when shrinking,
    bilinear when enlarging), inverted as ``invert`` says. Returns the pixels and whether they
    were inverted."""
    from PIL import Image, UnidentifiedImageError

    if invert not in INVERT_CHOICES:
        raise InputError(f"invert must be one of {', '.join(INVERT_CHOICES)}, got {invert!r}")
    channels, height, width = shape
    if channels not in (1, 3):
        raise InputError(f"a model of {channels} input channels cannot take an image file (1 or 3 channels)")
    if not data:
        raise InputError(f"{what} is empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
            if picture.format not in IMAGE_FORMATS:
                raise InputError(f"{what} is {picture.format or 'an unknown format'}, not a PNG or JPEG image")
            if picture.width * picture.height > MAX_IMAGE_PIXELS:
                raise InputError(
                    f"{what} is {picture.width} x {picture.height} pixels; at most {MAX_IMAGE_PIXELS:,} are taken"
                )
            picture.load()
    except InputError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(f"{what} is not a readable PNG or JPEG image") from None
    except (OSError, ValueError, SyntaxError):  # truncated or corrupt data (Pillow's own exceptions)
        raise InputError(f"{what} is not a readable PNG or JPEG image (truncated or corrupt)") from None
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        backdrop = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        picture = Image.alpha_composite(backdrop, rgba)
    picture = picture.convert("RGB" if channels == 3 else "L")
    shrinking = picture.width >= width and picture.height >= height
    resample = Image.Resampling.BOX if shrinking else Image.Resampling.BILINEAR
    if picture.size != (width, height):
        picture = picture.resize((width, height), resample)
    array = np.asarray(picture, dtype=np.float32) / 255.0
    array = array[None] if channels == 1 else array.transpose(2, 0, 1)
    inverted = invert == "yes" or (invert == "auto" and light_background(array.mean(0)))
    if inverted:
        array = 1.0 - array
    return np.ascontiguousarray(array, dtype=np.float32), inverted


def encode_png(pixels: np.ndarray) -> bytes:
    """[C, H, W] (or [H, W]) pixels in [0, 1] as PNG bytes, 8 bits per channel: what a test-set
    sample looks like as a file (``snnc predict`` takes it back)."""
    from PIL import Image

    array = np.asarray(pixels, dtype=np.float64)
    if array.ndim == 3:
        array = array[0] if array.shape[0] == 1 else array.transpose(1, 2, 0)
    buffer = io.BytesIO()
    Image.fromarray(np.round(np.clip(array, 0, 1) * 255).astype(np.uint8)).save(buffer, format="PNG")
    return buffer.getvalue()
