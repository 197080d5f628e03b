"""Fixtures shared by every test: the starter model and a private app home."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.library.starter import FILENAME
from tests.support import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def starter_model() -> Path:
    path = Path(os.environ.get("TRAMONTANE_STARTER_MODEL", ROOT / "models" / FILENAME))
    if not path.is_file():
        pytest.fail(f"The starter model is missing at {path}; `make test` fetches it.")
    return path


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folders: nothing touches the user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("TRAMONTANE_HOME", str(home))
    return home


@pytest.fixture
def memory_keyring(no_real_keychain) -> MemoryKeyring:
    """A keychain in memory for the tests that need one that works."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def no_real_keychain():
    """No test may reach the user's keychain: without one, the store uses its key file."""
    keyring.set_keyring(fail.Keyring())


def pytest_collection_modifyitems(items) -> None:
    """Marks each test by what it uses, so `-m "not model"` runs the quick ones."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "starter_model" in fixtures:
            item.add_marker(pytest.mark.model)
        if "qtbot" in fixtures:
            item.add_marker(pytest.mark.window)
