"""Fixtures for the chat pane's tests that need no model: the pane over a stand-in backend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.engine.service import EngineService
from app.engine.types import FILE
from app.settings import Settings
from app.store import ChatStore
from app.ui.chat.chat_pane import ChatPane
from app.ui.chat.controller import ChatController
from app.ui.tasks import Tasks
from tests.chat.standin import StandInBackend


class FixedSettings:
    current = Settings()


@pytest.fixture
def pane(qtbot, tmp_path):
    """The chat pane, its controller and session, the real store and a stand-in backend."""
    tasks = Tasks()
    engine = EngineService({FILE: StandInBackend()}, deliver=tasks.deliver)
    store = ChatStore.open(tmp_path / "data")
    controller = ChatController(store, engine, FixedSettings(), [])
    chat = ChatPane(controller, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(chat)
    yield chat, store
    controller.session.close()
    engine.close()
    tasks.close()
    store.close()
