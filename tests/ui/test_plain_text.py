"""Text from a model, a user, a file or the hub is shown as letters, never as rich
text: Qt reads strings that look like HTML as rich text, and rich text loads
the files it names (`<img src=...>`: a FIFO froze the window for good,
/dev/zero aborted it; on Windows `//host/share` opens an SMB connection).

The whole App, with the real store and model, is filled with such text in
every place it can come from; then every tooltip of every widget and of every
item of every view is shown, every pane drawn, and a FIFO named in it all
must never be opened: a watcher holds its other end and sees any reader."""

from __future__ import annotations

import ast
import errno
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QEvent, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

from app import settings as settings_file
from app.engine.types import ModelRef
from app.library.hub import HubFile, HubRepo, RepoFiles
from app.paths import app_paths
from app.policy import Policy
from app.settings import Settings
from app.ui.app import App
from app.ui.plaintext import plain_tooltip

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
LOAD_TIMEOUT_MS = 180_000


def test_plain_tooltip_shows_markup_as_the_letters_it_is():
    for text in ['<img src="/dev/zero">', "<b>bold</b> & <i>", "line one\nline two", "a  <br> b", "&amp; &lt;"]:
        doc = QTextDocument()
        doc.setHtml(plain_tooltip(text))
        shown = doc.toPlainText().replace("\u2028", "\n")
        assert shown.split() == text.split() and shown.count("\n") == text.count("\n"), text
        assert QtGui.Qt.mightBeRichText(plain_tooltip(text))    # read as rich text that holds only letters
    assert plain_tooltip("") == "" and plain_tooltip(None) == ""


class OpenWatch:
    """Holds the writing end of a FIFO: a reader that appears (Qt opening the file) is seen,
    and let go at once, so that a regression fails this test instead of freezing it."""

    def __init__(self, fifo: Path) -> None:
        self.fifo, self.opened, self._stop = fifo, 0, threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as error:        # ENXIO: nobody has it open for reading
                if error.errno != errno.ENXIO:
                    raise
                self._stop.wait(0.002)
                continue
            self.opened += 1
            os.close(fd)

    def __enter__(self) -> OpenWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def hover(widget: QWidget, pos: QPoint) -> None:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    QToolTip.hideText()


def indexes(model, parent=QModelIndex()):
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))    # (their bindings hide some calls)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if not flat and model.hasChildren(index):
                yield from indexes(model, index)


def hover_everything(window: QWidget) -> int:
    """Shows the tooltip of every visible widget and of every item of every visible view."""
    shown = 0
    window.grab()           # every visible label and document laid out and drawn
    for widget in window.findChildren(QWidget):
        if not isValid(widget) or not widget.isVisible():      # a tooltip's label goes when hidden
            continue
        if widget.toolTip():
            hover(widget, widget.rect().center())
            shown += 1
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            for index in indexes(widget.model()):
                widget.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                rect = widget.visualRect(index)
                if rect.isValid() and widget.model().data(index, Qt.ItemDataRole.ToolTipRole):
                    hover(widget.viewport(), rect.center())
                    shown += 1
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                hover(widget, widget.tabRect(tab).center())
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                tip = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
                assert not tip or tip == plain_tooltip(QTextDocument(tip).toPlainText()), tip
    return shown


def rich_labels(window: QWidget) -> list[str]:
    """Labels that Qt reads as rich text with markup in it (a tooltip's own label, which holds
    plain_tooltip's escaped letters, has none)."""
    return [label.text() for label in window.findChildren(QLabel)
            if label.textFormat() != Qt.TextFormat.PlainText and QtGui.Qt.mightBeRichText(label.text())
            and "<" in re.sub(r"</?p>|<br>", "", label.text())]


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    """A FIFO named `fifo` in the working folder, and markup that names it every way."""
    place = tmp_path / "cwd"
    place.mkdir()
    fifo = place / "fifo"
    os.mkfifo(fifo)
    monkeypatch.chdir(place)
    # Folder and file names cannot hold "/": theirs name the FIFO relatively, from the working folder.
    home = tmp_path / "<img src=fifo>"
    monkeypatch.setenv("TRAMONTANE_HOME", str(home))
    text = f'<img src="{fifo}"> <img src=fifo> <b>bold?</b>'
    return fifo, text


@pytest.mark.qt_log_ignore("This plugin does not support raise")     # offscreen, on showing a tooltip
def test_nothing_from_outside_is_ever_read_as_rich_text(qtbot, hostile, starter_model, monkeypatch):
    fifo, text = hostile
    settings_file.save(Settings(max_tokens=8, context_length=2048, threads=1, offline_only=True,
                                default_model=str(starter_model)), app_paths().config)
    model = app_paths().ensure().models / "<img src=fifo>.gguf"      # a model file named so
    try:
        os.link(starter_model, model)
    except OSError:
        shutil.copy(starter_model, model)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or QMessageBox.StandardButton.No)
    with OpenWatch(fifo) as watch:
        app = App(app_paths(), policy=Policy())
        qtbot.addWidget(app.window)
        try:
            app.window.show()
            qtbot.waitUntil(lambda: app.models_pane is not None, timeout=LOAD_TIMEOUT_MS)
            # A conversation whose title, question and reply name the FIFO, and a search that finds it.
            conversation = app.store.create_conversation(text)
            question = app.store.add_message(conversation.id, "user", text)
            app.store.add_message(conversation.id, "assistant", f"{text}\n\n![x](fifo) [link](fifo)",
                                  parent_id=question.id)
            app.chat.refresh_list()
            app.controller.open_conversation(conversation.id)
            # The model named so, loaded: its name is in the header, the picker and the diagnostics.
            with qtbot.waitSignal(app.controller.model_loaded, timeout=LOAD_TIMEOUT_MS):
                app.controller.use_model(ModelRef.file(str(model)))
            assert app.controller.model_ref.locator == str(model)
            # A hub search whose results and files are named so.
            hub = app.models_pane.hub
            monkeypatch.setattr(hub.controller, "list_files", lambda repo_id: None)
            repo = HubRepo(text, 12, 1, True, text)
            hub.on_search_done([repo], None)
            hub.on_files_done(RepoFiles(repo, [HubFile(text, (text + ".gguf",), 10**9, (None,), text)], [text]), None)
            app.models_pane.show_notice("error", text)
            shown = 0
            for pane in range(3):
                app.window.show_pane(pane)
                if pane == 1:
                    for tab in range(app.models_pane.tabs.count()):
                        app.models_pane.tabs.setCurrentIndex(tab)
                        shown += hover_everything(app.window)
                elif pane == 2:
                    for section in range(app.settings_pane.sections.count()):
                        app.settings_pane.sections.setCurrentRow(section)
                        shown += hover_everything(app.window)
                else:
                    shown += hover_everything(app.window)
                    search = app.chat.conversations.search
                    search.setText("bold")
                    qtbot.waitUntil(lambda: "FOUND" in app.chat.conversations.list.item(0).text())
                    shown += hover_everything(app.window)
                    assert rich_labels(app.window) == []
            assert rich_labels(app.window) == []
            # The questions that show outside words: a link in a reply, a file to add, a failed move.
            app.chat.view.link_requested.emit(QUrl(f"https://example.com/{text}"))     # as a click does
            app.models_pane.ask_copy(Path(text.replace("/", "_")))
            app.coordinator.on_move_failed("other", text)
        finally:
            app.close()
    assert shown > 20
    assert watch.opened == 0, "Qt opened a file that text from outside named"
    assert len(boxes) == 3
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText and not QtGui.Qt.mightBeRichText(box.informativeText())
    assert "offline" in boxes[0].text() and "example.com" in boxes[0].text()     # offline mode, so it says so


# -- one helper for all: what the code itself may do ---------------------------------------

TRUSTED_CALLS = {"tr", "translate", "plain_tooltip"}


def trusted(node: ast.AST) -> bool:
    """Text that cannot come from outside: literals and translations of literals (a plural's
    number included), or text already made plain by plain_tooltip."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.IfExp):
        return trusted(node.body) and trusted(node.orelse)
    if isinstance(node, ast.BinOp):
        return trusted(node.left) and trusted(node.right)
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        return name in TRUSTED_CALLS
    return False


def ui_sources():
    for path in sorted(UI.rglob("*.py")):
        if path.name != "plaintext.py":
            yield path, ast.parse(path.read_text(), str(path))


def test_tooltips_and_message_boxes_go_through_the_plain_text_helpers():
    problems = []
    for path, tree in ui_sources():
        where = path.relative_to(UI.parent.parent)
        for function in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))]:
            calls = [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
            names = {c.func.attr for c in calls}
            for call in calls:
                name, args = call.func.attr, call.args
                # Tooltips, "What's this", and the labels of input and progress dialogs: Qt's automatic format.
                if name in ("setToolTip", "setWhatsThis", "showText", "setLabelText") and args \
                        and not trusted(args[-1] if name != "showText" else args[1]):
                    problems.append(f"{where}:{call.lineno} {name} of text that may come from outside")
                if name in ("setData", "setItemData") and "ToolTipRole" in ast.unparse(call) \
                        and not trusted(args[-1] if "ToolTipRole" in ast.unparse(args[-2]) else args[-2]):
                    problems.append(f"{where}:{call.lineno} a ToolTipRole of text that may come from outside")
                if name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble") \
                        and getattr(call.func.value, "id", "") == "QInputDialog" and not trusted(args[2]):
                    problems.append(f"{where}:{call.lineno} QInputDialog label of outside text: plaintext.ask_text")
                if name in ("information", "warning", "critical", "question", "about") \
                        and getattr(call.func.value, "id", "") == "QMessageBox":
                    problems.append(f"{where}:{call.lineno} QMessageBox.{name}: use plaintext.inform/warn/critical")
            # A box's text format covers its informative text too (Qt 6.8 to 6.11, checked).
            for dialog in [n for n in ast.walk(function) if isinstance(n, ast.Call)
                           and getattr(n.func, "id", "") == "QProgressDialog" and n.args]:
                if not trusted(dialog.args[0]):
                    problems.append(f"{where}:{dialog.lineno} a QProgressDialog label of text from outside")
            boxes = [n for n in ast.walk(function) if isinstance(n, ast.Call)
                     and (getattr(n.func, "id", "") == "QMessageBox"
                          or getattr(n.func, "attr", "") == "setInformativeText")]
            if boxes and "setTextFormat" not in names and isinstance(function, ast.FunctionDef):
                problems.append(f"{where}:{boxes[0].lineno} a QMessageBox without a plain text format")
        for node in ast.walk(tree):     # item models: what data() gives for ToolTipRole
            if isinstance(node, ast.If) and "ToolTipRole" in ast.unparse(node.test):
                for ret in [n for n in node.body if isinstance(n, ast.Return)]:
                    if ret.value is not None and not trusted(ret.value):
                        problems.append(f"{where}:{ret.lineno} a ToolTipRole that may come from outside")
    assert problems == []


DEV_ZERO = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))    # a regression fails here, not the machine
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from app.store import SearchHit, Conversation
from app.ui.chat.conversation_list import ConversationList
qt = QApplication([])
names = '<img src="/dev/zero"> <img src=/dev/zero>'
view = ConversationList()
view.resize(300, 500)
view.show()
conversation = Conversation(1, names, 0.0, 0.0, None, "", {}, False, None)
for show in (lambda: view.show_conversations([conversation], 1),
             lambda: view.show_hits([SearchHit(1, names, 2, names, 0.0)])):
    show()
    for row in range(view.list.count()):
        rect = view.list.visualItemRect(view.list.item(row))
        QApplication.sendEvent(view.list.viewport(), QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                                 view.list.viewport().mapToGlobal(rect.center())))
        assert QToolTip.isVisible() or not view.list.item(row).toolTip()
        QToolTip.hideText()
print("shown")
"""


def test_dev_zero_named_in_a_title_does_not_take_the_app_down():
    """/dev/zero is endless: Qt reading it for an <img> ran out of memory and aborted."""
    done = subprocess.run([sys.executable, "-c", DEV_ZERO], capture_output=True, text=True, timeout=120,
                          cwd=UI.parent.parent, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0 and done.stdout.strip() == "shown", done.stderr[-2000:]
