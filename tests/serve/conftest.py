"""Fixtures of the serve tests: a small digits MLP trained once, and its page served on a free
loopback port for the duration of a test module."""

from __future__ import annotations

import pytest

from tests.conftest import train_tiny


@pytest.fixture(scope="session")
def digits_model(tmp_path_factory):
    """A 48-neuron LIF MLP trained for two epochs on the embedded digits (about 5 s; ~94% test
    accuracy), exported as ``model.nir``: a model whose answers differ from image to image."""
    root = tmp_path_factory.mktemp("serve-model")
    result = train_tiny(
        "scratch", root, hidden=[48], time_steps=6, epochs=2, learning_rate=0.01, export=str(root / "model.nir")
    )
    assert result.best_test_acc > 0.8
    return root / "model.nir"


@pytest.fixture(scope="module")
def server_url(digits_model):
    """The page and API of ``digits_model`` on the reference backend, served by a real (threaded
    Werkzeug) server on a free 127.0.0.1 port; stopped after the module."""
    from snnc.serve import build_app, running

    app = build_app(digits_model, echo=lambda _line: None)
    with running(app, "127.0.0.1", 0) as url:
        yield url
