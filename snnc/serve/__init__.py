"""``snnc serve``: a local web app to draw a digit (or upload an image, or pick a test sample) and
watch the spiking network classify it: the class and per-class spike counts, a spike raster per
layer and the readout's membrane traces over the T steps, redrawn as you draw.

- :mod:`snnc.predict`: the model and its backend, answering one image with a recorded run;
- :mod:`snnc.serve.api`: the JSON API without the framework (bodies in, answers or 4xx errors out);
- :mod:`snnc.serve.web`: the Flask routes (why Flask: see there);
- ``static/``: the page (HTML, CSS and JavaScript of its own, no CDN: rasters and traces are drawn on
  ``<canvas>`` by the page itself, so it works on a machine without internet).

The server binds to 127.0.0.1 unless ``--host`` says otherwise: it has no authentication, so another
address makes the model (and the machine's CPU) available to the network it names.
"""

from __future__ import annotations

import errno
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from snnc.errors import ConfigError
from snnc.ir.precision import DEFAULT_PRECISION

Echo = Callable[[str], None]
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_address(host: str, port: int) -> None:
    """``--host``/``--port`` before anything loads: a port in 0..65535 (0: any free one)."""
    if not 0 <= port <= 65535:
        raise ConfigError(f"--port must be between 0 and 65535 (0: any free port), got {port}")
    if not host or any(c.isspace() for c in host):
        raise ConfigError(f"--host: not a host name or address: {host!r}")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening. Bound here, not by Werkzeug, whose own bind
    prints its message and exits the process on a taken port: snnc says it in one line instead."""
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise ConfigError(f"--host {host!r}: not an address of this machine ({exc})") from None
    listener = socket.socket(family, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError as exc:
        listener.close()
        reason = exc.strerror or str(exc)
        hint = " (another program uses it: choose another --port, or --port 0 for any free one)"
        hint = hint if exc.errno == errno.EADDRINUSE else ""
        raise ConfigError(f"cannot listen on {host}:{port}: {reason}{hint}") from None
    return listener


def make_server(app: Any, host: str, port: int, listener: socket.socket | None = None) -> Any:
    """A threaded Werkzeug server for ``app`` on ``host:port`` (0: any free port), or on ``listener``
    (a socket from :func:`listening_socket`, which it takes over); a taken port or an address this
    machine does not have is one line, not a traceback."""
    from werkzeug.serving import WSGIRequestHandler
    from werkzeug.serving import make_server as werkzeug_server

    class RequestLog(WSGIRequestHandler):
        """Werkzeug's request log lines without its terminal colors (logs go to files too)."""

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            self.log("info", '"%s" %s %s', self.requestline, getattr(code, "value", code), size)

    listener = listener or listening_socket(host, port)
    try:
        return werkzeug_server(
            host, listener.getsockname()[1], app, threaded=True, request_handler=RequestLog, fd=listener.fileno()
        )
    finally:
        listener.close()  # the server holds its own duplicate of the socket


def url_of(server: Any) -> str:
    host = server.host if ":" not in server.host else f"[{server.host}]"
    return f"http://{host}:{server.port}/"


@contextmanager
def running(app: Any, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` in a background thread while the block runs; yields its URL, then stops it
    (what the tests and any embedding program use)."""
    server = make_server(app, host, port)
    thread = threading.Thread(target=server.serve_forever, name="snnc-serve", daemon=True)
    thread.start()
    try:
        yield url_of(server)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


def build_app(
    model: Path,
    backend: str = "reference",
    build: Path | None = None,
    simulator: str = "verilator",
    dataset_root: str = "./data",
    precision: str = DEFAULT_PRECISION,
    echo: Echo = print,
    warm: bool = True,
) -> Any:
    """The Flask app for ``model`` on ``backend``; with ``warm`` one blank image runs first, so a
    broken backend (or a Verilator build to compile) shows before the first drawing, not during it."""
    from snnc.predict import Predictor, TestSamples
    from snnc.serve.web import create_app

    predictor = Predictor.load(model, backend, build, simulator, precision, echo)
    samples = TestSamples(predictor.dataset, predictor.image_shape if predictor.takes_images else None, dataset_root)
    if warm and predictor.fpga is not None:
        echo(f"simulating a blank image once ({predictor.fpga.simulator}; Verilator builds the testbench if needed)")
    if warm and predictor.takes_images:
        predictor.predict(np.zeros(predictor.image_shape, dtype=np.float32))
    elif warm and predictor.fpga is None:
        predictor.predict_frames(np.zeros((predictor.time_steps, *predictor.input_shape), dtype=np.float32))
    return create_app(predictor, samples)


def serve(
    model: Path,
    backend: str = "reference",
    build: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    simulator: str = "verilator",
    dataset_root: str = "./data",
    echo: Echo = print,
) -> None:
    """``snnc serve``: serve the page until Ctrl-C (which stops it cleanly, not as an error)."""
    check_address(host, port)
    listener = listening_socket(host, port)  # a taken port is said before the model loads
    try:
        app = build_app(model, backend, build, simulator, dataset_root, echo=echo)
    except BaseException:
        listener.close()
        raise
    server = make_server(app, host, port, listener)
    if host not in LOOPBACK:
        echo(f"warning: --host {host} makes the page reachable from other machines; it has no authentication")
    echo(f"serving {model} with {backend} at {url_of(server)} (Ctrl-C stops)")
    try:
        server.serve_forever()  # Werkzeug's returns on Ctrl-C
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    echo("stopped")
