"""Settings that keep promises: a policy problem is named where downloads are off, and
deleting all conversations says what remains and can take the copies from before updates."""

from __future__ import annotations

import shutil
from types import MappingProxyType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.policy import Policy


def test_a_policy_that_is_not_understood_says_what_is_wrong(qtbot, make_app):
    problem = "/etc/xdg/Tramontane/policy.json: lock 'offline_only' not used: expected true or false"
    policy = Policy(locked=MappingProxyType({"downloads_disabled": True, "offline_only": True}),
                    sources=("/etc/xdg/Tramontane/policy.json",), problems=(problem,))
    app = make_app(policy=policy, offline_only=False)
    assert app.guard.offline_only
    note = app.settings_pane.privacy.offline.lock_note
    assert not note.isHidden() and problem in note.text() and "could not be fully understood" in note.text()
    assert app.chat.notice.isVisible() and problem in app.chat.notice.label.text()


def answer(button_text: str, seen: list) -> None:
    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append((box.text(), box.checkBox().text() if box.checkBox() else ""))
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, click)


def test_deleting_all_conversations_can_take_the_copies_from_before_updates(qtbot, make_app):
    app = make_app()
    app.store.create_conversation("Salary review")
    backups = app.paths.data / "backups"
    backups.mkdir()
    copy = backups / "conversations-v2-2025-01-01-120000.db"
    shutil.copyfile(app.store.path, copy)                   # as a migration leaves one
    seen: list = []
    answer("Delete all conversations", seen)
    app.settings_pane.privacy.delete_conversations.control.click()
    text, option = seen[0]
    assert "Not deleted: files you exported" in text
    assert "copies of your conversations from before its updates" in text and option == "Delete these copies too"
    assert app.store.list_conversations() == [] and not copy.exists()
    assert app.chat.conversations.list.count() == 0
