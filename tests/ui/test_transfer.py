"""Export and import from the conversation list, as a user does it (file dialogs answered by the test)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture
def said(monkeypatch):
    """What message boxes said, instead of waiting for a click."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: texts.append(text))
    return texts


def test_a_conversation_exports_and_imports_back(qtbot, pane, tmp_path, monkeypatch, said):
    chat, store = pane
    conv = store.create_conversation("Budget talk")
    store.add_message(conv.id, "user", "How much for travel?")
    target = tmp_path / "out.json"
    json_filter = chat.transfers.tr("Tramontane export, can be imported again (*.json)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), json_filter))
    chat.refresh_list()
    with qtbot.waitSignal(chat.transfers.finished):
        chat.conversations.export_requested.emit(conv.id)
    assert json.loads(target.read_text())["conversations"][0]["title"] == "Budget talk"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(chat.transfers.finished):
        chat.conversations.import_requested.emit()
    assert len(store.list_conversations()) == 2
    assert said[-1] == "1 conversation(s) imported."
    shown = [chat.conversations.list.item(i).text() for i in range(chat.conversations.list.count())]
    assert shown.count("Budget talk") == 2                        # the list shows it at once


def test_a_file_that_is_no_export_gets_a_sentence_and_changes_nothing(qtbot, pane, tmp_path, monkeypatch, said):
    chat, store = pane
    bad = tmp_path / "photo.json"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not text at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    chat.conversations.import_requested.emit()
    qtbot.waitUntil(lambda: bool(said))
    assert said[-1] == "photo.json is not a text file, so it is no export of conversations. Nothing was imported."
    assert store.list_conversations() == []
