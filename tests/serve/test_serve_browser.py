"""``snnc serve``'s page in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, installed by ``make setup``) driven by Selenium. A test digit is drawn with
real pointer events (one drag per run of inked pixels in a row), and the class the page shows must
be the reference executor's class for the pixels the page sent; the rasters must be drawn; an
uploaded photo-like image (dark ink on white) goes through the same checks. The screenshot is kept
(``SNNC_SCREENSHOT=docs/serve.png`` writes it where README shows it)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from snnc.data import load_split
from snnc.ir.encoding import decode, encode
from snnc.ir.io import read_graph
from snnc.ir.reference import compile_program, simulate

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless Chromium is not installed (Debian's chromium and chromium-driver; make setup installs them)",
)
DIGIT = 30  # a digits test image, a 3 (any image works; this one makes a readable screenshot)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,960", "--force-device-scale-factor=1"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)  # the given driver: no download
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver, script: str, what: str, seconds: float = 30.0):
    """Poll a JavaScript expression until it is truthy; its value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = driver.execute_script(f"return {script}")
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(
        f"timed out waiting for {what}: {driver.execute_script('return window.snnc && window.snnc.state.lastError')}"
    )


SETTLED = (
    "window.snnc && window.snnc.idle() && window.snnc.state.lastResponse !== null && "
    "JSON.stringify(window.snnc.state.lastResponse.pixels) === JSON.stringify(window.snnc.imageArray())"
)


def reference_class(model: Path, pixels) -> int:
    program = compile_program(read_graph(model))
    image = torch.tensor(np.asarray(pixels, dtype=np.float32)).reshape(1, *program.shapes[program.input_name])
    return int(decode(simulate(program, encode(image, "direct", 6), dtype=torch.float32).output, "spike_count")[0])


def draw(driver, canvas, target: np.ndarray) -> None:
    """Drag the pen along every row's runs of inked pixels (> 0.5), with real pointer events."""
    from selenium.webdriver.common.action_chains import ActionChains

    height, width = target.shape
    size = canvas.size
    cell_x, cell_y = size["width"] / width, size["height"] / height
    for y in range(height):
        x = 0
        while x < width:
            if target[y, x] <= 0.5:
                x += 1
                continue
            end = x
            while end + 1 < width and target[y, end + 1] > 0.5:
                end += 1
            # offsets from the canvas's centre, at the centres of the first and last cell of the run
            start_x, row_y = (x + 0.5) * cell_x - size["width"] / 2, (y + 0.5) * cell_y - size["height"] / 2
            actions = ActionChains(driver, duration=0)
            actions.move_to_element_with_offset(canvas, round(start_x), round(row_y)).click_and_hold()
            actions.move_by_offset(round((end - x) * cell_x), 0).release().perform()
            x = end + 1


def colored_pixels(driver, selector: str) -> list[int]:
    """Per canvas matching ``selector``: how many of its pixels are drawn in a saturated color
    (spikes and traces; backgrounds, axes and text are gray)."""
    return driver.execute_script(
        """
        return Array.from(document.querySelectorAll(arguments[0])).map((canvas) => {
          const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4) {
            const high = Math.max(data[i], data[i + 1], data[i + 2]), low = Math.min(data[i], data[i + 1], data[i + 2]);
            if (data[i + 3] > 0 && high - low > 60) count++;
          }
          return count;
        });
        """,
        selector,
    )


def test_drawing_a_digit_classifies_it_as_the_reference_does(browser, server_url, digits_model, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server_url)
    wait_for(browser, SETTLED, "the first test sample's answer")
    assert browser.find_element(By.ID, "samples").find_elements(By.CLASS_NAME, "sample")  # the sample browser
    browser.find_element(By.ID, "clear").click()
    wait_for(browser, SETTLED + " && window.snnc.imageArray().flat().every((v) => v === 0)", "a blank canvas")

    target = load_split("digits", "test").images[DIGIT, 0].numpy()
    canvas = browser.find_element(By.ID, "draw")
    draw(browser, canvas, target)
    answer = wait_for(browser, SETTLED + " && window.snnc.state.lastResponse", "the drawing's answer")
    pixels = np.asarray(answer["pixels"])
    assert pixels.shape == (8, 8)
    inked = target > 0.5
    assert np.mean((pixels > 0.5) == inked) >= 0.95, "the drawn pixels do not approximate the test image"
    assert pixels[inked].min() == 1.0  # a full-ink pen: the drawing's strokes are the image's inked runs

    shown = browser.find_element(By.ID, "predicted").text
    expected = reference_class(digits_model, pixels)
    assert shown == str(expected) == str(answer["class"])
    assert browser.execute_script("return window.snnc.state.requests") >= 2  # updated while drawing

    layers = browser.find_elements(By.CSS_SELECTOR, "canvas.raster-canvas")
    assert [c.get_attribute("data-layer") for c in layers] == list(answer["raster"]) == ["lif1", "lif2"]
    inked_rasters = colored_pixels(browser, "canvas.raster-canvas")
    for count, name in zip(inked_rasters, answer["raster"], strict=True):
        assert (count > 0) == (answer["raster"][name]["spikes"] > 0), name
    assert sum(inked_rasters) > 0 and colored_pixels(browser, "#membranes")[0] > 0
    assert colored_pixels(browser, "#counts")[0] > 0  # the predicted class's bar

    screenshot = tmp_path / "serve.png"
    browser.save_screenshot(str(screenshot))
    with Image.open(screenshot) as picture:
        assert picture.size[0] >= 1200 and len(picture.getcolors(1 << 20) or []) > 20
    if os.environ.get("SNNC_SCREENSHOT"):
        shutil.copyfile(screenshot, os.environ["SNNC_SCREENSHOT"])


def test_uploading_an_image_shows_what_the_model_saw(browser, server_url, digits_model, tmp_path):
    """A PNG of dark ink on white paper, larger than the input: uploaded through the page's file
    input, inverted and shrunk by the server, drawn back into the canvas and classified."""
    from selenium.webdriver.common.by import By

    browser.get(server_url)
    wait_for(browser, SETTLED, "the first test sample's answer")
    image = load_split("digits", "test").images[DIGIT + 1, 0].numpy()
    paper = Image.fromarray(np.round((1 - image) * 255).astype(np.uint8)).resize((80, 80), Image.Resampling.NEAREST)
    path = tmp_path / "paper.png"
    paper.save(path)
    browser.execute_script("window.before = window.snnc.state.lastResponse")
    browser.find_element(By.ID, "upload").send_keys(str(path))
    answer = wait_for(
        browser,
        "window.snnc.idle() && window.snnc.state.lastResponse !== window.before && window.snnc.state.lastResponse",
        "the upload's answer",
    )
    assert answer["inverted"] is True
    np.testing.assert_allclose(answer["pixels"], image, atol=0.5 / 255 + 1e-6)  # 10x10 blocks, 8 bits
    assert browser.execute_script("return window.snnc.imageArray()") == answer["pixels"]
    assert browser.find_element(By.ID, "predicted").text == str(reference_class(digits_model, answer["pixels"]))
    assert "inverted" in browser.find_element(By.ID, "status").text
