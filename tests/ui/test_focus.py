"""Where typing goes: into the composer whenever the Chat pane is shown and nothing
else asked for the keyboard. The whole App, with the real model and store.

(Checked by hand too, under Xvfb with openbox as the window manager: a question
typed with xdotool right after start lands in the composer; docs/security.md.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import settings as settings_file
from app.paths import app_paths
from app.settings import Settings
from app.ui.app import App

LOAD_TIMEOUT_MS = 180_000   # a guard against hangs, not a speed check


@pytest.fixture
def app(qtbot, starter_model):
    settings_file.save(Settings(max_tokens=16, context_length=2048, threads=1, default_model=str(starter_model)),
                       app_paths().config)
    made = App(app_paths())
    qtbot.addWidget(made.window)
    made.window.show()
    made.window.activateWindow()            # as a window manager does for a new window
    qtbot.waitUntil(made.window.isActiveWindow)
    yield made
    made.close()


def typing_goes_to(app: App):
    return QApplication.focusWidget()


def click_rail(qtbot, app: App, index: int) -> None:
    qtbot.mouseClick(app.window._buttons.button(index), Qt.MouseButton.LeftButton)


def test_typing_goes_to_the_composer_after_start_load_new_chat_and_switching(qtbot, app):
    editor = app.chat.composer.editor
    assert typing_goes_to(app) is editor                       # straight after start, not the rail's Chat button
    qtbot.waitUntil(lambda: app.controller.info is not None, timeout=LOAD_TIMEOUT_MS)
    qtbot.wait(50)                                             # the pane shows the loaded model
    assert typing_goes_to(app) is editor                       # the model finishing its load takes nothing

    first = app.store.create_conversation("First")
    app.store.add_message(first.id, "user", "Hello")
    app.store.create_conversation("Second")
    app.chat.refresh_list()
    items = [app.chat.conversations.list.item(i) for i in range(app.chat.conversations.list.count())]
    item = next(i for i in items if i.text() == "First")
    rect = app.chat.conversations.list.visualItemRect(item)
    qtbot.mouseClick(app.chat.conversations.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert app.controller.conversation.id == first.id
    assert typing_goes_to(app) is editor                       # after switching conversations

    qtbot.mouseClick(app.chat.conversations.new_button, Qt.MouseButton.LeftButton)
    assert app.controller.conversation is None
    assert typing_goes_to(app) is editor                       # after New chat

    click_rail(qtbot, app, 2)
    assert typing_goes_to(app) is not editor                   # Settings shown: the composer is hidden
    click_rail(qtbot, app, 0)
    assert typing_goes_to(app) is editor                       # the Chat pane again
    qtbot.keyClicks(typing_goes_to(app), "Where does this go?")
    assert app.chat.composer.text() == "Where does this go?"


def test_what_the_user_chose_keeps_the_keyboard(qtbot, app):
    qtbot.waitUntil(lambda: app.controller.info is not None, timeout=LOAD_TIMEOUT_MS)
    search = app.chat.conversations.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert typing_goes_to(app) is search
    with qtbot.waitSignal(app.controller.model_loaded, timeout=LOAD_TIMEOUT_MS):
        app.controller.reload_model()
    assert typing_goes_to(app) is search                       # a load that ends does not take it back
