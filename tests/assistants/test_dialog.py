"""The Assistants dialog as a user sees it: the organisation's marked and locked,
unreadable files named, a chat started from the chosen one, nothing editable
when the policy says so."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.assistants import AssistantLibrary
from app.paths import resources_dir
from app.ui.assistants.dialog import AssistantsDialog
from app.ui.folders import documents_folder


def library(tmp_path, may_edit=True) -> AssistantLibrary:
    org = tmp_path / "org"
    org.mkdir(exist_ok=True)
    (org / "hr.json").write_text(json.dumps({"tramontane_assistant": 1, "name": "<b>HR</b> helper",
                                             "description": "Answers from the <i>handbook</i>."}))
    (org / "broken.json").write_text("{")
    return AssistantLibrary(resources_dir() / "assistants", tmp_path / "user", org, may_edit=may_edit)


def select(dialog: AssistantsDialog, name_start: str) -> None:
    for row in range(dialog.list.count()):
        if dialog.list.item(row).text().startswith(name_start):
            dialog.list.setCurrentRow(row)
            return
    raise AssertionError(name_start)


def test_the_organisations_assistant_is_marked_locked_and_starts_a_chat(qtbot, tmp_path):
    dialog = AssistantsDialog(library(tmp_path), lambda: [], lambda _path: "")
    qtbot.addWidget(dialog)
    assert "broken.json" in dialog.problems.text() and dialog.problems.textFormat() == Qt.TextFormat.PlainText
    select(dialog, "<b>HR</b> helper")
    assert "provided by your organisation" in dialog.list.currentItem().text()
    assert dialog.details.text() == "Answers from the <i>handbook</i>."          # letters, as written
    assert dialog.details.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.duplicate_button.isEnabled()
    with qtbot.waitSignal(dialog.chat_requested) as started:
        dialog.chat_button.click()
    assert started.args == ["organisation:hr"]


def test_a_duplicate_is_the_users_and_editable(qtbot, tmp_path):
    dialog = AssistantsDialog(library(tmp_path), lambda: [], lambda _path: "")
    qtbot.addWidget(dialog)
    select(dialog, "<b>HR</b> helper")
    dialog.duplicate_button.click()
    assert dialog.list.currentItem().text().startswith("<b>HR</b> helper (copy)")
    assert "yours" in dialog.list.currentItem().text()
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()


def test_when_the_policy_forbids_editing_only_chats_and_exports_remain(qtbot, tmp_path):
    dialog = AssistantsDialog(library(tmp_path, may_edit=False), lambda: [], lambda _path: "")
    qtbot.addWidget(dialog)
    for button in (dialog.new_button, dialog.edit_button, dialog.duplicate_button, dialog.delete_button,
                   dialog.import_button):
        assert not button.isEnabled()
    assert dialog.chat_button.isEnabled() and dialog.export_button.isEnabled()
    assert "does not allow" in dialog.details.text()


def test_a_close_button_closes_the_dialog(qtbot, tmp_path):
    dialog = AssistantsDialog(library(tmp_path), lambda: [], lambda _path: "")
    qtbot.addWidget(dialog)
    dialog.show()
    close = [b for b in dialog.findChildren(QPushButton) if b.text() == "Close"]
    assert len(close) == 1
    close[0].click()
    assert not dialog.isVisible()


def test_export_and_import_open_in_the_documents_folder(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda parent, title, name, *rest: asked.append(
        name) or ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda parent, title, folder, *rest: asked.append(
        folder) or ("", "")))
    dialog = AssistantsDialog(library(tmp_path), lambda: [], lambda _path: "")
    qtbot.addWidget(dialog)
    select(dialog, "Proofreader")
    dialog.export_button.click()
    dialog.import_button.click()
    assert asked == [str(Path(documents_folder()) / "Proofreader.json"), documents_folder()]
