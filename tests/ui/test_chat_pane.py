"""The chat pane as a user drives it, with the real model, store and engine thread."""

from __future__ import annotations

import os
import shutil
import signal

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from app import settings as settings_file
from app.engine import GenParams
from app.engine.types import ModelRef
from app.paths import app_paths
from app.settings import Settings
from app.store import COMPLETE, STOPPED, ChatStore
from app.ui.app import App

REPLY_TIMEOUT_MS = 300_000   # a guard against hangs, not a speed check


@pytest.fixture
def make_app(qtbot, starter_model, monkeypatch):
    settings_file.save(Settings(max_tokens=48, context_length=2048, default_model=str(starter_model)),
                       app_paths().config)
    made = []

    def make() -> App:
        app = App(app_paths())
        qtbot.addWidget(app.window)
        app.window.show()
        app.window.activateWindow()              # as when the user is looking at it: window
        qtbot.waitUntil(app.window.isActiveWindow)  # shortcuts (Esc, Ctrl+N) need this
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()


def send(qtbot, app: App, text: str) -> None:
    app.chat.composer.editor.setFocus()
    qtbot.keyClicks(app.chat.composer.editor, text)
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
        qtbot.keyClick(app.chat.composer.editor, Qt.Key.Key_Return)


def shown_texts(app: App) -> list[str]:
    return [m.content for m in app.chat.view._messages]


def test_enter_sends_and_the_reply_streams_in_and_is_stored(qtbot, make_app):
    app = make_app()
    grew = []
    app.controller.reply_grew.connect(lambda _id, text: grew.append(text))
    send(qtbot, app, "What is the capital of France?")
    assert app.chat.composer.text() == ""            # the question was taken
    assert len(grew) >= 2 and grew[-1].strip()       # it arrived in several batches
    conv = app.controller.conversation
    stored = app.store.messages(conv.id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[1].content == grew[-1] and stored[1].status == COMPLETE
    assert stored[1].stats.generated_tokens > 0
    assert conv.title == "What is the capital of France?"
    widget = app.chat.view._widgets[stored[1].id]
    assert "tokens" in widget.meta.text() and "tok/s" in widget.meta.text()
    qtbot.waitUntil(lambda: app.chat.meter.value() > 0, timeout=5000)   # the context meter counts the conversation
    assert "tokens used" in app.chat.meter_label.text()


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, make_app):
    app = make_app()
    qtbot.keyClicks(app.chat.composer.editor, "first line")
    qtbot.keyClick(app.chat.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(app.chat.composer.editor, "second")
    assert app.chat.composer.text() == "first line\nsecond"
    assert app.controller.conversation is None


def test_stop_ends_the_reply_and_keeps_its_text(qtbot, make_app, monkeypatch):
    app = make_app()
    monkeypatch.setattr(app.controller.session, "_params", lambda: GenParams(max_tokens=3000, ignore_eos=True))
    qtbot.keyClicks(app.chat.composer.editor, "Count to a thousand.")
    with qtbot.waitSignal(app.controller.reply_grew, timeout=REPLY_TIMEOUT_MS):
        qtbot.keyClick(app.chat.composer.editor, Qt.Key.Key_Return)
    assert app.chat.composer.button.text() == "Stop"
    # How fast it stops is benchmarks/bench_engine.py's business (≤ 150 ms); here, that it does.
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS) as ended:
        qtbot.keyClick(app.chat.composer.editor, Qt.Key.Key_Escape)
    reply = ended.args[0]
    assert reply.status == STOPPED and reply.content.strip()
    assert reply.stats.generated_tokens < 3000
    assert app.store.message(reply.id).content == reply.content
    assert app.chat.composer.button.text() == "Send"


def test_regenerate_adds_a_branch_and_the_switcher_moves_between_them(qtbot, make_app):
    app = make_app()
    send(qtbot, app, "Name a fruit.")
    first = app.chat.view._messages[-1]
    widget = app.chat.view._widgets[first.id]
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS) as ended:
        qtbot.mouseClick(widget.regenerate_button, Qt.MouseButton.LeftButton)
    second = ended.args[0]
    assert second.id != first.id and second.parent_id == first.parent_id
    assert app.chat.view._messages[-1].id == second.id
    assert app.store.siblings(second.id) == ([first.id, second.id], 1)
    place = app.chat.view._widgets[second.id].findChild(type(widget.meta), "branchPlace")
    assert place.text() == "2/2"
    app.controller.switch_branch(second.id, -1)
    assert app.chat.view._messages[-1].id == first.id
    assert app.chat.view._widgets[first.id].findChild(type(widget.meta), "branchPlace").text() == "1/2"


def test_editing_a_question_and_sending_it_makes_a_branch(qtbot, make_app):
    app = make_app()
    send(qtbot, app, "Name a colour.")
    question = app.chat.view._messages[0]
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
        app.chat.view.edit_requested.emit(question.id, "Name an animal.")
    texts = shown_texts(app)
    assert texts[0] == "Name an animal." and len(texts) == 2
    ids, index = app.store.siblings(app.chat.view._messages[0].id)
    assert len(ids) == 2 and index == 1
    assert app.store.message(question.id).content == "Name a colour."   # the old branch is kept


def test_a_new_window_on_the_same_data_shows_the_same_conversations(qtbot, make_app):
    app = make_app()
    send(qtbot, app, "Remember the word lighthouse.")
    titles = [c.title for c in app.store.list_conversations()]
    app.close()
    again = make_app()
    items = [again.chat.conversations.list.item(i).text() for i in range(again.chat.conversations.list.count())]
    assert titles[0] in items
    conv_id = again.store.list_conversations()[0].id
    again.controller.open_conversation(conv_id)
    assert shown_texts(again)[0] == "Remember the word lighthouse."


def test_rename_delete_and_undo(qtbot, make_app):
    app = make_app()
    send(qtbot, app, "Hello there.")
    conv_id = app.controller.conversation.id
    app.controller.rename(conv_id, "  Greetings   test ")
    assert app.store.conversation(conv_id).title == "Greetings test"
    assert app.chat.title.text() == "Greetings test"
    app.chat.conversations.delete_with_undo(conv_id)
    assert app.chat.conversations.undo_bar.isVisible()
    assert conv_id not in _listed_ids(app)
    qtbot.mouseClick(app.chat.conversations.undo_bar.findChild(type(app.chat.composer.button)),
                     Qt.MouseButton.LeftButton)
    assert conv_id in _listed_ids(app)
    app.chat.conversations.delete_with_undo(conv_id)
    app.chat.conversations.commit_delete()            # as when the undo time runs out
    qtbot.waitUntil(lambda: all(c.id != conv_id for c in app.store.list_conversations()))   # off the GUI thread


def _listed_ids(app: App) -> list[int]:
    lst = app.chat.conversations.list
    return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]


def test_search_finds_a_word_from_message_text_and_jumps_to_it(qtbot, make_app):
    app = make_app()
    store: ChatStore = app.store
    conv = store.create_conversation("Planning")
    parent = None
    for i in range(120):   # long enough that the hit is outside the first window built
        role = "user" if i % 2 == 0 else "assistant"
        text = "The marmalade budget is approved." if i == 3 else f"Message number {i}."
        parent = store.add_message(conv.id, role, text, parent_id=parent.id if parent else None)
    app.chat.refresh_list()
    qtbot.keyClicks(app.chat.conversations.search, "marmalade")
    listed = app.chat.conversations.list
    qtbot.waitUntil(lambda: "1 FOUND" == listed.item(0).text(), timeout=3000)
    hit = listed.item(1)
    assert hit.text() == "Planning\nThe marmalade budget is approved."
    app.chat.conversations.list.itemClicked.emit(hit)
    assert app.controller.conversation.id == conv.id
    assert app.chat.view.built_count() > 100      # built back far enough to show the hit


def test_the_gui_thread_never_blocks_long_during_a_reply(qtbot, make_app, monkeypatch):
    app = make_app()
    monkeypatch.setattr(app.controller.session, "_params", lambda: GenParams(max_tokens=500, ignore_eos=True))
    with qtbot.waitSignal(app.controller.model_status, timeout=30_000):
        pass
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: (gaps.append(clock.restart())))
    ticker.start()
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
        app.controller.send("Tell me a long story about a lighthouse.")
    ticker.stop()
    assert app.store.messages(app.controller.conversation.id)[-1].stats.generated_tokens == 500
    assert max(gaps[1:]) < 100, f"longest event-loop gap {max(gaps[1:])} ms"


def test_welcome_state_offers_examples_and_an_example_sends(qtbot, make_app):
    app = make_app()
    assert app.chat.stack.currentWidget() is app.chat.welcome
    button = app.chat.welcome.findChildren(type(app.chat.composer.button), "exampleButton")[0]
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert app.chat.stack.currentWidget() is app.chat.view
    assert shown_texts(app)[0] == button.text()


def test_each_conversation_keeps_the_model_chosen_in_its_header(qtbot, make_app, starter_model):
    app = make_app()
    other = app.paths.models / "Other-Model.Q4_1.gguf"
    try:
        os.link(starter_model, other)
    except OSError:
        shutil.copy(starter_model, other)
    send(qtbot, app, "Hello.")
    picker = app.chat.model_picker
    names = [picker.itemText(i) for i in range(picker.count())]
    assert names == ["Other Model", "SmolLM2 135M Instruct"]
    with qtbot.waitSignal(app.controller.model_status, check_params_cb=lambda s, _t: s == "ready", timeout=30_000):
        picker.activated.emit(0)
    first = app.controller.conversation.id
    assert ModelRef.parse(app.store.conversation(first).model) == ModelRef.file(other.resolve())
    assert picker.currentText() == "Other Model"
    app.controller.new_conversation()
    app.controller.use_model(ModelRef.file(starter_model.resolve()))
    with qtbot.waitSignal(app.controller.model_status, check_params_cb=lambda s, _t: s == "ready", timeout=30_000):
        app.controller.open_conversation(first)           # going back loads its model again
    assert app.controller.model_ref == ModelRef.file(other.resolve())


def test_a_runtime_crash_mid_reply_is_a_sentence_and_the_next_message_works(qtbot, make_app, monkeypatch):
    app = make_app()
    monkeypatch.setattr(app.controller.session, "_params", lambda: GenParams(max_tokens=3000, ignore_eos=True))
    qtbot.keyClicks(app.chat.composer.editor, "Write forever.")
    with qtbot.waitSignal(app.controller.reply_grew, timeout=REPLY_TIMEOUT_MS):
        qtbot.keyClick(app.chat.composer.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS) as ended:
        os.kill(app.host.pid, signal.SIGKILL)
    reply = ended.args[0]
    assert reply.status == STOPPED and reply.content            # what was written is kept
    # The engine tells of the crash just after the reply's end, as an event of its own.
    qtbot.waitUntil(app.chat.notice.isVisible, timeout=5000)
    assert "stopped unexpectedly" in app.chat.notice.label.text()
    monkeypatch.setattr(app.controller.session, "_params", lambda: GenParams(max_tokens=8))
    send(qtbot, app, "Are you back?")                            # the model was loaded again
    assert app.store.messages(app.controller.conversation.id)[-1].status == COMPLETE


def test_the_main_window_is_the_only_window_and_keeps_the_keyboard(qtbot, make_app):
    app = make_app()
    qtbot.waitUntil(lambda: app.models_pane is not None, timeout=30_000)   # the real one, built after start
    assert app.window.stack.widget(1) is app.models_pane
    for index in range(app.window.stack.count()):     # visit every pane, as a user would
        app.window.show_pane(index)
        qtbot.wait(50)
    from PySide6.QtWidgets import QApplication
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not app.window]
    assert stray == [], f"widgets shown as windows of their own: {stray}"
    qtbot.waitUntil(app.window.isActiveWindow, timeout=2000)   # nothing took the keyboard away
