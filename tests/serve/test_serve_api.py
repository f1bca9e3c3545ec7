"""``snnc serve``'s JSON API over real HTTP (a threaded Werkzeug server on a free loopback port):
/model, /predict against the reference executor and ``snnc run``, every kind of bad request (a
4xx with a message, and the server still answering), multipart and raw image uploads, frames; the
FPGA answer through Flask's test client; the command itself as a subprocess."""

from __future__ import annotations

import http.client
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit

import numpy as np
import pytest
import torch
from PIL import Image
from typer.testing import CliRunner

from snnc.cli.main import app
from snnc.data import load_split
from snnc.evaluate import run_on_dataset
from snnc.images import encode_png
from snnc.ir.encoding import decode, encode
from snnc.ir.io import read_graph
from snnc.ir.reference import compile_program, simulate


def call(url: str, path: str, body: bytes | None = None, content_type: str | None = None, method: str | None = None):
    """(status, parsed JSON answer) of one request."""
    headers = {"Content-Type": content_type} if content_type else {}
    request = urllib.request.Request(url.rstrip("/") + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except HTTPError as error:
        return error.code, json.loads(error.read())


def post_json(url: str, value) -> tuple[int, dict]:
    return call(url, "/predict", json.dumps(value).encode(), "application/json")


def multipart(field: str, filename: str, data: bytes, content_type: str = "image/png") -> tuple[bytes, str]:
    boundary = "snnc-test-boundary-7d1c"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def reference_class(model: Path, pixels) -> tuple[int, list[int]]:
    """The float reference's class and spike counts for pixels as the API echoes them (float32)."""
    graph = read_graph(model)
    program = compile_program(graph)
    image = torch.tensor(np.asarray(pixels, dtype=np.float32)).reshape(1, *program.shapes[program.input_name])
    result = simulate(program, encode(image, "direct", 6), dtype=torch.float32)
    return int(decode(result.output, "spike_count")[0]), result.output.sum(0)[0].to(torch.int64).tolist()


@pytest.fixture(scope="module")
def digits_test():
    return load_split("digits", "test")


def test_model_describes_the_network(server_url, digits_model):
    status, info = call(server_url, "/model")
    assert status == 200
    assert info["input_shape"] == [1, 8, 8] and info["image_shape"] == [1, 8, 8]
    assert info["classes"] == 10 and info["class_names"] == [str(d) for d in range(10)]
    assert info["time_steps"] == 6 and info["backend"] == "reference" and info["dataset"] == "digits"
    assert [layer["name"] for layer in info["layers"]] == ["lif1", "lif2"]
    assert [layer["neurons"] for layer in info["layers"]] == [48, 10]
    assert info["readout"] == {"node": "lif2", "kind": "membrane"}
    assert info["metadata"]["time_steps"] == 6 and info["samples"] == 450
    assert info["limits"]["max_body_bytes"] == 8 * 1024 * 1024 and info["fpga"] is None


def test_predict_gives_snnc_runs_reference_class(server_url, digits_model, digits_test):
    """The classes the API answers for test images are the ones ``snnc run``'s library computes."""
    count = 12
    report = run_on_dataset(read_graph(digits_model), "reference", "digits", limit=count, progress=False, echo=print)
    answers = [post_json(server_url, {"image": digits_test.images[i, 0].tolist()}) for i in range(count)]
    assert all(status == 200 for status, _ in answers)
    assert [answer["class"] for _, answer in answers] == report.predictions
    assert len({answer["class"] for _, answer in answers}) > 3  # the model tells images apart
    _, first = answers[0]
    assert first["counts"] == reference_class(digits_model, first["pixels"])[1]
    assert first["time_steps"] == 6 and first["decoding"] == "spike_count"
    assert list(first["raster"]) == ["lif1", "lif2"]
    for name, neurons in (("lif1", 48), ("lif2", 10)):
        raster = first["raster"][name]
        assert raster["neurons"] == neurons and raster["rows"] == list(range(neurons))
        assert len(raster["t"]) == len(raster["row"]) == raster["spikes"]
        assert all(0 <= t < 6 for t in raster["t"]) and all(0 <= r < neurons for r in raster["row"])
    assert sum(1 for r in first["raster"]["lif2"]["row"] if r == first["class"]) == max(first["counts"])
    membranes = np.asarray(first["membranes"]["values"])
    assert membranes.shape == (6, 10) and first["membranes"]["node"] == "lif2"


def test_frames_run_as_given(server_url, digits_test):
    """``{"frames": ...}`` is the per-step input itself: the image repeated T times is what direct
    encoding makes of it, so the answers agree; a shorter run has fewer steps."""
    image = digits_test.images[3, 0]
    _, by_image = post_json(server_url, {"image": image.tolist()})
    status, by_frames = post_json(server_url, {"frames": [image.flatten().tolist()] * 6})
    assert status == 200 and by_frames["input"] == "frames"
    assert by_frames["counts"] == by_image["counts"] and by_frames["class"] == by_image["class"]
    status, short = post_json(server_url, {"frames": [image[None].tolist()] * 2})
    assert status == 200 and short["time_steps"] == 2 and len(short["membranes"]["values"]) == 2


BAD_BODIES = [
    (b"", "application/json", 400, "empty"),
    (b"{not json", "application/json", 400, "not valid JSON"),
    (b"\xff\xfe", "application/json", 400, "UTF-8"),
    (b"[[0.5]]", "application/json", 400, "JSON object"),
    (b'{"image": "digit"}', "application/json", 400, "got a string"),
    (b'{"image": 7}', "application/json", 400, "got a number"),
    (b'{"image": [[0.1, 0.2], [0.3]]}', "application/json", 400, "rectangular"),
    (json.dumps({"image": [[0.5] * 8] * 7}).encode(), "application/json", 400, "8 x 8 or 1 x 8 x 8"),
    (json.dumps({"image": [[[0.5] * 8] * 8] * 3}).encode(), "application/json", 400, "got 3 x 8 x 8"),
    (b'{"image": [[NaN, 0], [0, 0]]}', "application/json", 400, "NaN or infinite"),
    (b'{"image": [[1e999]]}', "application/json", 400, "NaN or infinite"),
    (json.dumps({"image": [[2.0] * 8] * 8}).encode(), "application/json", 400, "in [0, 1]"),
    (json.dumps({"image": [[True] * 8] * 8}).encode(), "application/json", 400, "boolean"),
    (json.dumps({"image": [[None] * 8] * 8}).encode(), "application/json", 400, "null"),
    (json.dumps({"image": [[]]}).encode(), "application/json", 400, "empty array"),
    (b'{"imgae": [[0]]}', "application/json", 400, "unknown field 'imgae'"),
    (json.dumps({"image": [[0] * 8] * 8, "frames": [[0] * 64]}).encode(), "application/json", 400, "exactly one"),
    (json.dumps({"frames": [[0.0] * 63] * 6}).encode(), "application/json", 400, "T x 1 x 8 x 8"),
    (json.dumps({"frames": [[0.0] * 64] * 1001}).encode(), "application/json", 400, "at most 1000"),
    (b"[" * 200_000 + b"]" * 200_000, "application/json", 400, "JSON"),
    (b"a picture", "text/plain", 415, "unsupported content type"),
    (b"not a png at all", "image/png", 400, "not a readable PNG or JPEG"),
]


@pytest.mark.parametrize(("body", "kind", "status", "words"), BAD_BODIES)
def test_bad_requests_are_4xx_and_the_server_goes_on(server_url, body, kind, status, words):
    got, answer = call(server_url, "/predict", body, kind)
    assert got == status, answer
    assert words in answer["error"] and answer["status"] == status
    assert call(server_url, "/model")[0] == 200


def test_bodies_over_the_cap_are_413(server_url):
    """A body over 8 MiB is refused, whether it states its length or streams in chunks."""
    huge = b'{"image": [' + b"0," * (5 * 1024 * 1024) + b"0]}"
    status, answer = call(server_url, "/predict", huge, "application/json")
    assert status == 413 and "larger than 8 MiB" in answer["error"]
    address = urlsplit(server_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    chunks = (b"0," * 100_000 for _ in range(50))  # 10 MB, no Content-Length
    connection.request("POST", "/predict", body=chunks, headers={"Content-Type": "application/json"},
                       encode_chunked=True)  # fmt: skip
    response = connection.getresponse()
    assert response.status == 413 and "larger than 8 MiB" in json.loads(response.read())["error"]
    connection.close()
    assert call(server_url, "/model")[0] == 200


def test_unknown_routes_methods_and_sample_queries(server_url):
    assert call(server_url, "/nothing")[0] == 404
    status, answer = call(server_url, "/predict")  # GET
    assert status == 405 and answer["error"]
    status, answer = call(server_url, "/samples?start=3&count=2")
    assert status == 200 and [s["index"] for s in answer["samples"]] == [3, 4] and answer["total"] == 450
    assert np.asarray(answer["samples"][0]["image"]).shape == (8, 8)
    for query, words in (("count=0", "between 1 and 200"), ("start=x", "whole number"), ("count=999", "200")):
        status, answer = call(server_url, f"/samples?{query}")
        assert status == 400 and words in answer["error"]
    assert call(server_url, "/model")[0] == 200


def test_image_uploads_multipart_and_raw(server_url, digits_model, digits_test):
    """A PNG of a test image, uploaded as multipart or as the raw body, is classified as the
    reference classifies the pixels it decodes to; dark ink on white paper is inverted."""
    image = digits_test.images[7, 0].numpy()
    png = encode_png(image)
    body, kind = multipart("image", "seven.png", png)
    status, answer = call(server_url, "/predict", body, kind)
    assert status == 200 and answer["inverted"] is False
    np.testing.assert_allclose(answer["pixels"], image, atol=0.5 / 255 + 1e-6)
    assert answer["class"] == reference_class(digits_model, answer["pixels"])[0]
    status, raw = call(server_url, "/predict", png, "image/png")
    assert status == 200 and raw["counts"] == answer["counts"]
    paper = Image.fromarray(np.round((1 - image) * 255).astype(np.uint8)).resize((64, 64), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    paper.convert("RGB").save(buffer, format="JPEG", quality=95)
    body, kind = multipart("image", "paper.jpg", buffer.getvalue(), "image/jpeg")
    status, answer = call(server_url, "/predict", body, kind)
    assert status == 200 and answer["inverted"] is True
    np.testing.assert_allclose(answer["pixels"], image, atol=0.08)  # JPEG, shrunk back by box filtering
    assert answer["class"] == reference_class(digits_model, answer["pixels"])[0]
    status, answer = call(server_url, "/predict", *multipart("picture", "x.png", png))
    assert status == 400 and "field named 'image'" in answer["error"]
    status, answer = call(server_url, "/predict", *multipart("image", "x.png", b"GIF89a..."))
    assert status == 400 and "not a readable PNG or JPEG" in answer["error"]
    gif = io.BytesIO()
    Image.new("L", (8, 8)).save(gif, format="GIF")
    status, answer = call(server_url, "/predict", *multipart("image", "x.gif", gif.getvalue()))
    assert status == 400 and "GIF, not a PNG or JPEG" in answer["error"]
    assert call(server_url, "/model")[0] == 200


def test_fpga_answers_with_the_designs_class_and_latency(digits_model, tmp_path, digits_test):
    """``--backend fpga --build DIR``: the simulated design's class (PyRTL here: no Verilator build
    needed), its match with the integer reference and the latency at the build's clock."""
    from snnc.serve import build_app

    build = tmp_path / "build"
    result = CliRunner().invoke(app, ["compile", str(digits_model), "--backend", "fpga", "-o", str(build),
                                      "--no-synth", "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    client = build_app(digits_model, "fpga", build, "pyrtl", echo=lambda _line: None).test_client()
    info = client.get("/model").get_json()
    assert info["backend"] == "fpga" and info["fpga"]["clock_mhz"] == 100.0 and info["fpga"]["simulator"] == "pyrtl"
    answer = client.post("/predict", json={"image": digits_test.images[0, 0].tolist()}).get_json()
    fpga = answer["fpga"]
    assert fpga["match"] is True and fpga["rtl_class"] == fpga["reference_class"] == answer["class"]
    assert fpga["cycles"] > 0 and fpga["cycles"] == fpga["predicted_cycles"]
    assert fpga["latency_us"] == pytest.approx(fpga["cycles"] / fpga["clock_mhz"])
    assert list(answer["raster"]) == ["lif1", "lif2"]  # the integer reference's spikes
    refused = client.post("/predict", json={"frames": [[0.0] * 64] * 6})
    assert refused.status_code == 400 and "takes images" in refused.get_json()["error"]


def test_the_serve_command_answers_curl_style_requests(digits_model, digits_test):
    """``snnc serve MODEL --port 0`` as a user runs it: it prints its URL, answers POST /predict
    with the reference's class, and stops cleanly on Ctrl-C."""
    command = [sys.executable, "-m", "snnc", "serve", str(digits_model), "--port", "0"]
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # Ctrl-C as from a terminal: a suite run as a background job ignores SIGINT, and children inherit that.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    try:
        deadline, url = time.monotonic() + 60, None
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            assert line or process.poll() is None, "snnc serve exited early"
            if line.startswith("serving "):
                url = line.split(" at ")[1].split()[0]
        assert url and url.startswith("http://127.0.0.1:")
        image = digits_test.images[5, 0].tolist()
        status, answer = post_json(url, {"image": image})
        assert status == 200 and answer["class"] == reference_class(digits_model, image)[0]
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0 and "stopped" in output and "Traceback" not in output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--port", "70000"], "--port must be between 0 and 65535"),
        (["--backend", "fpga"], "--backend fpga needs --build"),
        (["--build", "somewhere"], "--build is for --backend fpga"),
    ],
)
def test_serve_refuses_bad_flags_in_one_line(digits_model, args, words):
    result = CliRunner().invoke(app, ["serve", str(digits_model), *args])
    assert result.exit_code == 1 and words in result.output and "Traceback" not in result.output


def test_serve_refuses_a_port_in_use(digits_model, server_url):
    port = str(urlsplit(server_url).port)
    result = CliRunner().invoke(app, ["serve", str(digits_model), "--port", port])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "--port 0" in result.output


def test_a_model_whose_input_is_no_image_takes_frames_only(tmp_path, rng):
    """A flat input of 10 values (no image, no dataset): /model says so, an image is a 400 naming
    what to send instead, frames run, and the sample browser is empty with the reason."""
    from snnc.ir.io import write_graph
    from snnc.ir.metadata import write_snnc
    from snnc.serve import build_app
    from tests.conftest import fc_graph

    graph = fc_graph(rng, sizes=(10, 6, 3))
    write_snnc(graph, {"time_steps": 4, "dt": 1e-3, "encoding": "direct", "decoding": "spike_count"})
    write_graph(graph, tmp_path / "flat.nir")
    client = build_app(tmp_path / "flat.nir", echo=lambda _line: None).test_client()
    info = client.get("/model").get_json()
    assert info["takes_images"] is False and info["image_shape"] is None and info["samples"] == 0
    refused = client.post("/predict", json={"image": [[0.5] * 3] * 3})
    assert refused.status_code == 400 and 'send {"frames": [...]} of shape T x 10' in refused.get_json()["error"]
    answer = client.post("/predict", json={"frames": [[0.5] * 10] * 4}).get_json()
    assert answer["time_steps"] == 4 and len(answer["counts"]) == 3 and list(answer["raster"]) == ["n1", "n2"]
    assert client.get("/samples").get_json()["note"] == "the model takes per-step frames, not images"
