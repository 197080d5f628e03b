"""Documents and assistants as a user meets them in the window, with the real
model, store, engine child and embedder: a file dropped on the composer is read
with progress, a question finds it, the reply shows its source and a click
shows the passage; a bad file gets its sentence beside its name; an assistant
starts a chat and the header names it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QLabel, QWidget

from app import settings as settings_file
from app.paths import app_paths
from app.settings import Settings
from app.store.documents import FAILED, READY
from app.ui.app import App
from app.ui.documents.sources import SourceDialog, SourcesRow

TIMEOUT_MS = 300_000     # a guard against hangs, not a speed check


@pytest.fixture
def app(qtbot, starter_model):
    settings_file.save(Settings(max_tokens=24, context_length=2048, default_model=str(starter_model)),
                       app_paths().config)
    app = App(app_paths())
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitUntil(lambda: app.controller.info is not None, timeout=TIMEOUT_MS)
    yield app
    app.close()


def drop(app: App, *paths) -> None:
    """Files dropped on the composer's text box (Qt hands a drop to insertFromMimeData)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    assert app.chat.composer.editor.canInsertFromMimeData(mime)
    app.chat.composer.editor.insertFromMimeData(mime)


def test_a_dropped_document_is_read_searched_and_shown_as_the_source(qtbot, app, tmp_path, monkeypatch):
    manual = tmp_path / "manual.md"
    parts = [f"## Part {n}\n" + f"Filler text number {n} about office routines and nothing else. " * 12
             for n in range(60)]
    parts[41] = "## Descaling\nUse only the liquid descaler; vinegar damages the aluminium heater."
    manual.write_text("\n\n".join(parts), encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    progress = []
    app.extras.documents.progress.connect(lambda name, done, total: progress.append((name, done, total)))
    drop(app, manual, broken)
    assert app.chat.composer.text() == ""                       # a drop is no text
    def indexed() -> bool:
        files = app.extras.documents.files()
        return len(files) == 2 and all(f.status in (READY, FAILED) for f in files) and not app.extras.documents.busy
    qtbot.waitUntil(indexed, timeout=TIMEOUT_MS)
    states = {f.name: f.status for f in app.extras.documents.files()}
    assert states == {"manual.md": READY, "broken.docx": FAILED}
    assert any(name == "manual.md" and 0 < done <= total for name, done, total in progress)
    bar = app.extras.attachments
    chips = bar.findChildren(QWidget, "attachmentChip")
    failed = next(c for c in chips if "broken.docx" in c.label.text())
    assert "damaged" in failed.label.text()
    image = failed.label.grab().toImage()        # said in the theme's danger colour
    drawn = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert app.appearance.colors.danger in drawn
    app.chat.composer.editor.setFocus()
    qtbot.keyClicks(app.chat.composer.editor, "Can I descale the machine with vinegar?")
    with qtbot.waitSignal(app.controller.reply_ended, timeout=TIMEOUT_MS):
        qtbot.keyClick(app.chat.composer.editor, Qt.Key.Key_Return)
    reply = app.store.messages(app.controller.conversation.id)[-1]
    widget = app.chat.view._widgets[reply.id]
    qtbot.waitUntil(lambda: getattr(widget, "sources_row", None) is not None, timeout=5000)
    buttons = widget.sources_row.buttons
    assert any("manual.md" in b.text() and "Descaling" in b.text() for b in buttons)
    shown = []
    monkeypatch.setattr(SourceDialog, "exec", lambda self: shown.append(self.passage.toPlainText()) or 0)
    next(b for b in buttons if "Descaling" in b.text()).click()
    assert shown and "vinegar damages the aluminium heater" in shown[0]
    # Reopened later, the reply still shows where it came from.
    app.controller.new_conversation()
    app.controller.open_conversation(reply.conversation_id)
    assert app.chat.view._widgets[reply.id].sources_row is not None


def test_an_assistant_starts_a_chat_and_the_header_names_it(qtbot, app):
    translator = next(a for a in app.extras.library.all() if a.id == "builtin:translator")
    app.extras.start_chat(translator.id)
    assert translator.name in app.extras.header_label.text() and app.extras.header_label.isVisible()
    assert app.controller.session.extras.assistant_of(None).id == "builtin:translator"


def test_a_document_read_whole_is_shown_as_a_source_too(qtbot, monkeypatch):
    whole = {"file": "memo.txt", "whole": True, "cut": True, "text": "The ferry leaves at 7:30."}
    passage = {"n": 1, "file": "manual.pdf", "page": 3, "text": "Descale with the liquid."}
    row = SourcesRow([whole, passage])
    qtbot.addWidget(row)
    assert [b.text() for b in row.buttons] == ["memo.txt (whole document)", "[1] manual.pdf, page 3"]
    assert [b.toolTip() for b in row.buttons] == ["Show the document", "Show the passage"]
    shown = []
    monkeypatch.setattr(SourceDialog, "exec", lambda self: shown.append(
        (self.passage.toPlainText(), [label.text() for label in self.findChildren(QLabel)])) or 0)
    row.buttons[0].click()
    text, labels = shown[0]
    assert text == "The ferry leaves at 7:30."
    assert "The model read the whole document; only its beginning is kept here." in labels
