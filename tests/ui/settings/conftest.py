"""Fixtures for the settings, finish and accessibility tests: the whole App with
the real starter model, an IT policy of the test's choosing (never the files
on this machine) and a keychain that lives in memory (never the real one)."""

from __future__ import annotations

import pytest

from app import settings as settings_file
from app.paths import app_paths
from app.policy import Policy
from app.settings import Settings
from app.ui.app import App


@pytest.fixture
def make_app(qtbot, starter_model, monkeypatch, memory_keyring):
    """make(policy=None, **settings): an App on the private home, shown."""
    made = []

    def make(policy: Policy | None = None, write_settings: bool = True, **changes) -> App:
        if write_settings:
            # One thread and short replies: the machines running the tests share two cores, and
            # llama.cpp's threads wait for each other badly when another process takes a core.
            base = Settings(max_tokens=24, context_length=2048, threads=1, language="en", theme="light",
                            default_model=str(starter_model))
            settings_file.save(base.replace(**changes), app_paths().config)
        app = App(app_paths(), policy=policy or Policy())
        qtbot.addWidget(app.window)
        app.window.show()
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()             # a second close does nothing
