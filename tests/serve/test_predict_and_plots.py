"""``snnc predict IMAGE`` and ``snnc run --plots``: one image file classified as the reference does,
the per-layer rates ``snnc run`` prints, the figures it writes (and refuses to write); and the
library pieces under them: image decoding, array checks and bounded rasters."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest
import torch
from PIL import Image
from typer.testing import CliRunner

from snnc.activity import layer_raster, most_active
from snnc.cli.main import app
from snnc.data import load_split
from snnc.evaluate import run_on_dataset
from snnc.images import (
    InputError,
    encode_png,
    frames_from_array,
    image_shape,
    nested_numbers,
    pixels_from_array,
    pixels_from_image,
)
from snnc.ir.io import read_graph

runner = CliRunner()
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_predict_classifies_an_image_file_as_snnc_run_does(digits_model, tmp_path):
    split = load_split("digits", "test")
    report = run_on_dataset(read_graph(digits_model), "reference", "digits", limit=6, progress=False, echo=print)
    for index in range(6):
        path = tmp_path / f"digit{index}.png"
        path.write_bytes(encode_png(split.images[index].numpy()))
        result = invoke("predict", digits_model, path, "--json")
        assert result.exit_code == 0, result.output
        answer = json.loads(result.output.strip().splitlines()[-1])
        np.testing.assert_allclose(answer["pixels"], split.images[index, 0].numpy(), atol=0.5 / 255 + 1e-6)
        assert answer["class"] == report.predictions[index] and answer["inverted"] is False
    result = invoke("predict", digits_model, path)
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0] == f"{path}: class {answer['class']} with reference, T=6"
    assert lines[1] == "  spike counts per class:" and len(lines) == 12
    assert lines[2 + answer["class"]].endswith("<-") and lines[2 + answer["class"]].split()[1] == str(
        max(answer["counts"])
    )


def test_predict_refuses_what_is_not_an_image_in_one_line(digits_model, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    cut = tmp_path / "cut.png"
    cut.write_bytes(encode_png(np.ones((8, 8)))[:40])
    for path, words in (
        (tmp_path / "missing.png", "no such file"),
        (tmp_path, "is a directory"),
        (text, "not a readable PNG or JPEG"),
        (empty, "is empty"),
        (cut, "not a readable PNG or JPEG"),
        (digits_model, "is HDF5, not a PNG or JPEG"),
    ):
        result = invoke("predict", digits_model, path)
        assert result.exit_code == 1 and words in result.output, (path, result.output)
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    result = invoke("predict", digits_model, text, "--invert", "maybe")
    assert result.exit_code == 2 and "auto, yes, no" in result.output


def test_run_prints_per_layer_rates_and_writes_plots(digits_model, tmp_path):
    plots = tmp_path / "plots"
    result = invoke("run", digits_model, "--limit", "40", "--plots", plots, "--record", "lif2", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    rates = report["layer_spikes_per_neuron_per_step"]
    assert list(rates) == ["lif1", "lif2"] and report["layer_neurons"] == {"lif1": 48, "lif2": 10}
    total = sum(rates[n] * report["layer_neurons"][n] for n in rates) / sum(report["layer_neurons"].values())
    assert total == pytest.approx(report["mean_spikes_per_neuron_per_step"])
    names = ["raster.png", "firing_rates.png", "firing_rates.csv", "confusion.png", "confusion.csv", "membranes.png"]
    assert report["plots"] == [str(plots / name) for name in names]
    for name in names:
        if name.endswith(".png"):
            data = (plots / name).read_bytes()
            assert data.startswith(PNG_MAGIC)
            with Image.open(io.BytesIO(data)) as picture:
                assert picture.size[0] > 300 and len(picture.getcolors(1 << 20) or []) > 10, name
    with open(plots / "confusion.csv") as handle:
        rows = [[int(v) for v in row[1:]] for row in list(csv.reader(handle))[1:]]
    matrix = np.asarray(rows)
    assert matrix.sum() == 40 and np.trace(matrix) == report["correct"]
    with open(plots / "firing_rates.csv") as handle:
        table = {row["layer"]: float(row["spikes_per_neuron_per_step"]) for row in csv.DictReader(handle)}
    assert table == pytest.approx(rates, abs=1e-6)

    text = invoke("run", digits_model, "--limit", "40")
    assert text.exit_code == 0
    assert "  layer   neurons  spikes/neuron/step" in text.output
    assert f"  lif1         48  {rates['lif1']:>18.4f}" in text.output

    again = invoke("run", digits_model, "--limit", "10", "--plots", plots)
    assert again.exit_code == 1 and "pass --force to replace it" in again.output
    again = invoke("run", digits_model, "--limit", "10", "--plots", plots, "--force")
    assert again.exit_code == 0 and not (plots / "membranes.png").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--record", "fc1"], "--record fc1: it has no membrane; nodes with a membrane: lif1, lif2"),
        (["--record", "nope"], "--record nope: no such node"),
        (["--backend", "fpga"], "--plots: the FPGA run reports classes and cycles"),
    ],
)
def test_plots_are_refused_before_the_run(digits_model, tmp_path, args, words):
    result = invoke("run", digits_model, "--limit", "5", "--plots", tmp_path / "plots", *args)
    assert result.exit_code == 1 and words in result.output and "accuracy" not in result.output
    assert not (tmp_path / "plots").exists()


def test_plots_never_replace_a_directory_snnc_did_not_write(digits_model, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("precious")
    result = invoke("run", digits_model, "--limit", "5", "--plots", mine, "--force")
    assert result.exit_code == 1 and "not an snnc output" in result.output
    assert (mine / "thesis.tex").read_text() == "precious" and len(list(mine.iterdir())) == 1
    result = invoke("run", digits_model, "--limit", "5", "--record", "lif2")
    assert result.exit_code == 1 and "--plots DIR" in result.output


def test_nested_numbers_refuse_every_malformed_array():
    assert nested_numbers([[1, 2.5], [3, 4]], "x").shape == (2, 2)
    for value, words in (
        ("text", "got a string"),
        ({"a": 1}, "got an object"),
        (None, "got null"),
        ([[1, 2], [3]], "rectangular"),
        ([[1, [2]], [3, 4]], "arrays and numbers mixed"),
        ([], "empty array"),
        ([[[[[[0]]]]]], "deeper than 5"),
        ([True, 1], "a boolean"),
        ([float("nan")], "NaN or infinite"),
        ([10**400], "too large"),
    ):
        with pytest.raises(InputError, match=words):
            nested_numbers(value, "x")


def test_pixels_and_frames_take_the_models_shapes():
    gray = [[0.25] * 8] * 8
    assert pixels_from_array(gray, (1, 8, 8)).shape == (1, 8, 8)
    color = pixels_from_array(gray, (3, 8, 8))
    assert color.shape == (3, 8, 8) and np.all(color == 0.25)  # a gray image on every channel
    with pytest.raises(InputError, match=r"in \[0, 1\], found -0.5"):
        pixels_from_array([[-0.5] * 8] * 8, (1, 8, 8))
    assert frames_from_array([[0.0] * 64] * 3, (64,), (1, 8, 8)).shape == (3, 64)
    assert frames_from_array([gray] * 3, (64,), (1, 8, 8)).shape == (3, 64)  # frames drawn as the image
    assert frames_from_array([[5.0] * 64], (1, 8, 8)).shape == (1, 1, 8, 8)  # any finite current
    with pytest.raises(InputError, match="T x 64"):
        frames_from_array([0.0] * 64, (64,))
    assert image_shape((64,), (1, 8, 8)) == (1, 8, 8) and image_shape((784,)) == (1, 28, 28)
    assert image_shape((28, 28)) == (1, 28, 28) and image_shape((3, 32, 32)) == (3, 32, 32)
    with pytest.raises(InputError, match="not an image"):
        image_shape((10,))


def png_bytes(picture: Image.Image, kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format=kind)
    return buffer.getvalue()


def test_images_are_made_grayscale_resized_and_inverted_as_needed(monkeypatch):
    ink = np.zeros((32, 32), dtype=np.uint8)
    ink[8:24, 12:20] = 255  # a bar of light ink on black, the datasets' convention
    pixels, inverted = pixels_from_image(png_bytes(Image.fromarray(ink)), (1, 8, 8))
    assert not inverted and pixels.shape == (1, 8, 8)
    assert pixels[0, 2:6, 3:5].min() == 1.0 and pixels[0, :, :3].max() == 0.0  # box filter: 4x4 blocks
    paper = Image.fromarray(255 - ink).convert("RGB")  # dark ink on white, as a photo of paper
    from_paper, inverted = pixels_from_image(png_bytes(paper, "JPEG"), (1, 8, 8))
    assert inverted and np.abs(from_paper - pixels).max() < 0.05
    kept, inverted = pixels_from_image(png_bytes(paper), (1, 8, 8), invert="no")
    assert not inverted and kept[0, 0, 0] == 1.0
    clear = Image.new("RGBA", (16, 16), (0, 0, 0, 0))  # black ink on a transparent sheet
    clear.paste((0, 0, 0, 255), (6, 2, 10, 14))
    sheet, inverted = pixels_from_image(png_bytes(clear), (1, 8, 8))
    assert inverted and sheet[0, 3, 3:5].min() == 1.0 and sheet[0, 0, 0] == 0.0
    rgb, _ = pixels_from_image(png_bytes(Image.new("RGB", (4, 4), (255, 0, 0))), (3, 8, 8), invert="no")
    assert rgb.shape == (3, 8, 8) and rgb[0].min() == 1.0 and rgb[1].max() == 0.0  # enlarged, in color
    with pytest.raises(InputError, match="GIF, not a PNG or JPEG"):
        pixels_from_image(png_bytes(Image.new("L", (8, 8)), "GIF"), (1, 8, 8))
    with pytest.raises(InputError, match="2 input channels"):
        pixels_from_image(png_bytes(Image.new("L", (8, 8))), (2, 8, 8))
    monkeypatch.setattr("snnc.images.MAX_IMAGE_PIXELS", 100)
    with pytest.raises(InputError, match="11 x 10 pixels; at most 100"):
        pixels_from_image(png_bytes(Image.new("L", (11, 10))), (1, 8, 8))


def test_rasters_are_bounded_to_the_most_active_neurons():
    spikes = torch.zeros(5, 300)
    spikes[:, 7] = 1  # 5 spikes
    spikes[1:3, 299] = 1  # 2 spikes
    spikes[0, 100:200] = 1  # 1 spike each
    assert most_active(spikes, 3) == [7, 100, 299]  # ties (100..199) go to the lower index
    raster = layer_raster(spikes, limit=3)
    assert raster["rows"] == [7, 100, 299] and raster["neurons"] == 300 and raster["truncated"]
    assert raster["spikes"] == 107 and raster["rate"] == pytest.approx(107 / 1500)
    assert sorted(zip(raster["t"], raster["row"], strict=True)) == sorted(
        [(t, 0) for t in range(5)] + [(0, 1), (1, 2), (2, 2)]
    )
    small = layer_raster(torch.eye(4).reshape(4, 2, 2), limit=128, max_spikes=3)
    assert small["rows"] == [0, 1, 2, 3] and small["shape"] == [2, 2]
    assert small["t"] == [0, 1, 2] and small["row"] == [0, 1, 2] and small["truncated"]
