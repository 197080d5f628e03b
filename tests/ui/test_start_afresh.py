"""Conversations that can never be opened (their key lost or damaged, the file damaged):
the app used to say so and quit at every start. Now the user may start with none, and
the old ones are kept aside, unchanged, where moving them back opens them again."""

from __future__ import annotations

import hashlib
import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import ChatStore, StoreError
from app.ui.keychain_prompt import Declined, ask_to_start_afresh, open_store
from tests.ui.test_keychain_prompt import answer_dialog

MOVED = ("conversations.db", "conversations.keyref")


def a_history(data) -> str:
    """A data folder with one conversation; the database's SHA-256."""
    with ChatStore.open(data) as store:
        store.add_message(store.create_conversation("Budget 2027").id, "user", "Draft the budget.")
    return hashlib.sha256((data / "conversations.db").read_bytes()).hexdigest()


def test_a_lost_key_sets_the_conversations_aside_and_starts_afresh(tmp_path, memory_keyring):
    data = tmp_path / "data"
    digest = a_history(data)
    lost = dict(memory_keyring.secrets)
    memory_keyring.secrets.clear()                     # the keychain lost the key
    asked = []
    with open_store(data, afresh=lambda error, folder: asked.append((error.code, folder)) or True) as store:
        assert store.list_conversations() == []
    assert asked == [("key_missing", data)]
    aside = [p for p in data.iterdir() if p.name.startswith("Set aside ")]
    assert len(aside) == 1 and sorted(p.name for p in aside[0].iterdir()) == sorted(MOVED)
    assert hashlib.sha256((aside[0] / "conversations.db").read_bytes()).hexdigest() == digest
    # The key turns up again: moving the files back opens the old conversations.
    for name in ("conversations.db", "conversations.db-wal", "conversations.db-shm", "conversations.keyref"):
        if (data / name).exists():
            os.remove(data / name)
    for name in MOVED:
        os.replace(aside[0] / name, data / name)
    memory_keyring.secrets.update(lost)
    with ChatStore.open(data) as store:
        assert [c.title for c in store.list_conversations()] == ["Budget 2027"]


def test_quitting_instead_changes_nothing(tmp_path, memory_keyring):
    data = tmp_path / "data"
    digest = a_history(data)
    memory_keyring.secrets.clear()
    with pytest.raises(Declined):
        open_store(data, afresh=lambda error, folder: False)
    assert hashlib.sha256((data / "conversations.db").read_bytes()).hexdigest() == digest
    assert not [p for p in data.iterdir() if p.name.startswith("Set aside ")]


def test_a_damaged_file_is_set_aside_too(tmp_path, memory_keyring):
    data = tmp_path / "data"
    a_history(data)
    with open(data / "conversations.db", "r+b") as db:
        db.write(os.urandom(4096))                    # its first page overwritten
    codes = []
    with open_store(data, afresh=lambda error, folder: codes.append(error.code) or True) as store:
        assert store.list_conversations() == []
    assert codes == ["wrong_key_keychain"] or codes == ["damaged"]


def test_the_question_says_what_happened_and_where_the_old_ones_go(qtbot, tmp_path, memory_keyring):
    data = tmp_path / "data"
    a_history(data)
    memory_keyring.secrets.clear()
    seen: list = []
    details: list = []

    def read_and_start_afresh() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        details.append(box.informativeText())
        answer_dialog("Start with no conversations", seen)
    QTimer.singleShot(0, read_and_start_afresh)
    with open_store(data) as store:
        assert store.list_conversations() == []
    text, buttons = seen[0]
    assert "missing from the system keychain" in text
    assert "moved, unchanged, into a new folder in " + str(data) in details[0]
    assert sorted(buttons) == ["Quit", "Start with no conversations"]
    answer_dialog("Quit", seen)
    assert ask_to_start_afresh(StoreError("key_missing", folder=data), data) is False
