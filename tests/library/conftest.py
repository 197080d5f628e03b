"""Fixtures for the model library: a hub stand-in on 127.0.0.1, an in-memory
keychain, and a library in a private folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hubstandin import HubStandIn

from app.library.library import ModelLibrary
from app.netguard import NetGuard
from app.paths import app_paths


@pytest.fixture
def hub():
    server = HubStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def starter_bytes(starter_model) -> bytes:
    return Path(starter_model).read_bytes()


@pytest.fixture
def make_library(app_home, memory_keyring, tmp_path):
    """A library in the test's own folders, talking to the given hub."""
    made = []

    def make(hub=None, offline_only: bool = False, shared=None) -> ModelLibrary:
        paths = app_paths(app_home).ensure()
        bundled = tmp_path / "bundled"
        bundled.mkdir(exist_ok=True)
        lib = ModelLibrary(paths, NetGuard(offline_only=offline_only), shared_folders=shared or [],
                           endpoint=hub.url if hub else "http://127.0.0.1:9", bundled_dir=bundled)
        lib.hub.timeout = 3.0
        made.append(lib)
        return lib

    return make
