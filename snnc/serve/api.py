"""The JSON API of ``snnc serve``, without the web framework: request bodies in, answers out.

Every function here takes what arrived (bytes, parsed query values) and returns the JSON-ready
answer, or raises :class:`HttpError` (a status and one message) or
:class:`snnc.images.InputError` (a 400): the web layer (:mod:`snnc.serve.web`) only routes and
turns those into responses, so the API can be tested, and reused, without a server.

- ``GET /model``: :func:`model_info`;
- ``GET /samples?start=0&count=24``: :func:`samples_page`;
- ``POST /predict``: :func:`predict_json` (``{"image": ...}`` or ``{"frames": ...}``) and
  :func:`predict_upload` (an image file, multipart or as the raw body).
"""

from __future__ import annotations

import json
from typing import Any

from snnc.errors import SnncError
from snnc.images import INVERT_CHOICES, MAX_FRAMES, InputError, frames_from_array, pixels_from_array
from snnc.predict import Predictor, TestSamples

MAX_BODY_BYTES = 8 * 1024 * 1024  # a request body larger than this is refused (413) before it is read
SAMPLES_PER_PAGE = 200  # test samples one request may ask for
IMAGE_TYPES = ("image/png", "image/jpeg")


class HttpError(SnncError):
    """A request the API refuses, with the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def parse_json(raw: bytes) -> Any:
    """The request body as JSON; malformed text, bad UTF-8 and absurd nesting are a 400."""
    if not raw:
        raise HttpError(400, 'the body is empty: send {"image": [[...]]} or {"frames": [...]}')
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise HttpError(400, "the body is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise HttpError(400, f"the body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise HttpError(400, "the body's JSON is nested too deeply") from None


def predict_json(predictor: Predictor, raw: bytes) -> dict[str, Any]:
    """``POST /predict`` with ``{"image": H x W | C x H x W}`` (floats in [0, 1]) or
    ``{"frames": T x input}`` (per-step input, no encoding)."""
    body = parse_json(raw)
    if not isinstance(body, dict):
        raise HttpError(400, 'the body must be a JSON object: {"image": [[...]]} or {"frames": [...]}')
    unknown = sorted(set(body) - {"image", "frames"})
    if unknown:
        raise HttpError(400, f'unknown field {unknown[0]!r}: the body takes "image" or "frames"')
    if len(body) != 1:
        raise HttpError(400, 'the body must hold exactly one of "image" and "frames"')
    if "image" in body:
        predictor.check_takes_images()
        return predictor.predict(pixels_from_array(body["image"], predictor.image_shape, "image"))
    frames = frames_from_array(body["frames"], predictor.input_shape, predictor.image_shape, "frames")
    return predictor.predict_frames(frames)


def predict_upload(predictor: Predictor, data: bytes, invert: str | None = None, name: str = "the upload") -> dict:
    """``POST /predict`` with an image file: PNG or JPEG, made grayscale (RGB for 3 channels),
    resized to the input and inverted when its background is light (``invert``: auto, yes, no)."""
    invert = invert or "auto"
    if invert not in INVERT_CHOICES:
        raise HttpError(400, f"invert must be one of {', '.join(INVERT_CHOICES)}, got {invert!r}")
    pixels, inverted = predictor.image_from_bytes(data, invert, name)
    answer = predictor.predict(pixels)
    answer["inverted"] = inverted
    return answer


def _whole(value: str | None, name: str, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise HttpError(400, f"{name} must be a whole number, got {value!r}") from None
    if not low <= number <= high:
        raise HttpError(400, f"{name} must be between {low} and {high}, got {number}")
    return number


def samples_page(samples: TestSamples, start: str | None, count: str | None) -> dict[str, Any]:
    """``GET /samples``: a page of the test split (index, label, pixels), for the sample browser."""
    first = _whole(start, "start", 0, 0, 10**9)
    size = _whole(count, "count", 24, 1, SAMPLES_PER_PAGE)
    total = len(samples)
    return {
        "dataset": samples.dataset,
        "total": total,
        "start": first,
        "samples": samples.page(first, size),
        "note": samples.note,
    }


def model_info(predictor: Predictor, samples: TestSamples) -> dict[str, Any]:
    """``GET /model``: the model's description, its test samples and the request limits."""
    return {
        **predictor.describe(),
        "samples": len(samples),
        "samples_note": samples.note,
        "limits": {"max_body_bytes": MAX_BODY_BYTES, "max_frames": MAX_FRAMES, "samples_per_page": SAMPLES_PER_PAGE},
    }


def status_of(error: Exception) -> int:
    """The HTTP status of an error raised while answering: the caller's fault is a 4xx."""
    if isinstance(error, HttpError):
        return error.status
    if isinstance(error, InputError):
        return 400
    return 500
