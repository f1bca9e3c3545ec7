"""The web layer of ``snnc serve``: Flask routes that hand requests to :mod:`snnc.serve.api`.

Flask, because the work behind every request is a synchronous torch (or Nengo, or Verilator) run
under one lock: an async framework would only move it to a thread pool, and FastAPI would add
uvicorn, pydantic, starlette and python-multipart for it. Flask brings the request-size cap
(``MAX_CONTENT_LENGTH``: a 413 before the body is read), multipart parsing and a test client, and
its Werkzeug server runs in a thread for the tests and behind ``snnc serve``: a local, one-user
tool bound to the loopback address, which is the use Werkzeug's server is meant for.

Errors are JSON ``{"error": message}`` with a 4xx for anything the caller sent (wrong size, not an
image, NaN, wrong types, too large, unknown route or method) and a 500 for a failure of snnc's own;
either way the server keeps serving.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from typing import Any

from flask import Flask, Response, jsonify, request, send_file
from werkzeug.exceptions import HTTPException

from snnc.errors import SnncError
from snnc.predict import Predictor, TestSamples
from snnc.serve import api

STATIC = files("snnc.serve") / "static"
log = logging.getLogger("snnc.serve")


def _error(status: int, message: str) -> tuple[Response, int]:
    return jsonify({"error": message, "status": status}), status


def request_body() -> bytes:
    """The whole request body. Read to its end, so a chunked body (no Content-Length) larger than
    ``MAX_CONTENT_LENGTH`` raises Werkzeug's 413 instead of arriving cut at the cap."""
    chunks = []
    while chunk := request.stream.read(64 * 1024):
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(predictor: Predictor, samples: TestSamples) -> Flask:
    """The Flask application serving the page and the API for ``predictor``."""
    app = Flask("snnc.serve", static_folder=str(STATIC), static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = api.MAX_BODY_BYTES
    app.json.sort_keys = False  # answers keep their order: class first, layers in execution order

    @app.get("/")
    def index() -> Any:
        return send_file(str(STATIC / "index.html"), mimetype="text/html", max_age=0)

    @app.get("/model")
    def model() -> Any:
        return jsonify(api.model_info(predictor, samples))

    @app.get("/samples")
    def sample_page() -> Any:
        return jsonify(api.samples_page(samples, request.args.get("start"), request.args.get("count")))

    @app.post("/predict")
    def predict() -> Any:
        kind = request.mimetype
        if kind == "application/json":
            return jsonify(api.predict_json(predictor, request_body()))
        if kind == "multipart/form-data":
            upload = request.files.get("image")
            if upload is None:
                raise api.HttpError(400, "a multipart upload needs a file field named 'image'")
            name = upload.filename or "the upload"
            return jsonify(api.predict_upload(predictor, upload.read(), request.form.get("invert"), name))
        if kind in api.IMAGE_TYPES:
            return jsonify(api.predict_upload(predictor, request_body(), request.args.get("invert")))
        raise api.HttpError(
            415, f"unsupported content type {kind or '(none)'!r}: send application/json, multipart/form-data "
            "with a file field 'image', or an image/png or image/jpeg body"
        )  # fmt: skip

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        if error.code == 413:
            return _error(413, f"the request body is larger than {api.MAX_BODY_BYTES // (1024 * 1024)} MiB")
        return _error(error.code or 500, error.description or error.name)

    @app.errorhandler(SnncError)
    def snnc_error(error: SnncError) -> Any:
        status = api.status_of(error)
        if status >= 500:
            log.error("the run failed: %s", error)
        return _error(status, " ".join(str(error).split()))

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Any:
        if isinstance(error, HTTPException):
            return http_error(error)
        log.exception("internal error while answering %s %s", request.method, request.path)
        return _error(500, f"internal error: {type(error).__name__}: {error}")

    return app
