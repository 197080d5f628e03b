"""Tried in French or German as a new user would, the app shows no English.

The whole App starts in English, then anew in French and in German; each
time every pane, every settings page and every tab of the Models pane is
visited and every text a user can see is collected by widget path: labels,
buttons, tool tips, placeholders, combo box items, table headers and cells,
list items, tab titles, group titles, menu actions, window titles. A text
that reads the same in English and in the other language is a string that
escaped translation, unless it is only names (models, makers, files,
languages), numbers, units and paths, or one of the few words the
languages share (ALLOWED). Dynamic words count too: the library's fit
verdicts, sizes and licences, the engine's notices, the store's errors.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.ui.i18n import NATIVE_NAMES

# Words that are right in both languages: the same word in French or German, or a technical
# name users meet as it is (a setting's name in llama.cpp's own terms). Compared without "…" or ":".
ALLOWED = {
    "fr": {"Chat", "Conversations", "Compression", "Licence", "Port", "Compact", "Assistants", "Threads", "Top-p"},
    "de": {"Chat", "Name", "Hardware", "System", "Downloads", "Port", "Backends", "Sampling", "Threads", "Top-p"},
}
UNITS = {"GB", "MB", "KB", "Go", "Mo", "Ko", "bytes", "octets", "Bytes", "tok", "CPU", "GPU", "GGUF", "Q4_K_M"}
LETTERS = re.compile(r"[^\W\d_]{3,}")
ADDRESS = re.compile(r"(?:https?://|file:)\S+|\S*[/\\]\S*|\S+\.(?:gguf|json|md|co|key|log|db)\b", re.IGNORECASE)


def settle(qtbot, ms: int = 100) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def widget_path(widget: QWidget, top: QWidget) -> str:
    """The widget's place in the tree, the same in every language: names, or class and rank
    (a stacked page by its index: showing a page raises it among its siblings)."""
    parts = []
    while widget is not None and widget is not top:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            rank = parent.indexOf(widget)
        else:
            kin = [c for c in (parent.children() if parent else []) if type(c) is type(widget)]
            rank = kin.index(widget) if widget in kin else 0
        parts.append(f"{widget.objectName() or type(widget).__name__}[{rank}]")
        widget = parent
    return "/".join(reversed(parts))


def model_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    found, root = [], QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:                        # a list model keeps it private: one column
        columns = 1
    for column in range(columns):
        found.append((f"header {column}", model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(root), 40)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role, name in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "tip")):
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append((f"{name} {row},{column}", value))
    return found


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    found = [("tooltip", widget.toolTip())]
    if widget.isWindow():
        found.append(("title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append(("text", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append(("text", widget.text()))
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        found.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        found += [(f"item {i}", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QGroupBox):
        found.append(("title", widget.title()))
    if isinstance(widget, QTabBar):
        found += [(f"tab {i}", widget.tabText(i)) for i in range(widget.count())]
        found += [(f"tab tip {i}", widget.tabToolTip(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        found += model_texts(widget)
    if isinstance(widget, (QMenu, QToolButton)):
        menu = widget if isinstance(widget, QMenu) else widget.menu()
        for i, action in enumerate(menu.actions() if menu else []):
            found += [(f"action {i}", action.text()), (f"action tip {i}", action.toolTip())]
    return [(kind, text) for kind, text in found if isinstance(text, str) and text.strip()]


def collect(app, qtbot) -> dict[str, str]:
    """Every text the window shows, after visiting every pane, page and tab."""
    window = app.window
    texts: dict[str, str] = {}

    def take() -> None:
        for widget in [window, *window.findChildren(QWidget)]:
            # Qt's own parts, a view's headers (read through the view) and popups (their own windows).
            if (widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView)
                    or widget.window() is not window):
                continue
            path = widget_path(widget, window)
            for kind, text in texts_of(widget):
                # The diagnostic report's values stay English on purpose: the help desk reads them.
                if widget.objectName() != "reportView" or not kind.endswith(",1"):
                    texts[f"{path} :{kind}"] = text

    for index in range(window.stack.count()):
        window.show_pane(index)
        settle(qtbot)
        take()
    window.show_pane(2)
    for page in app.settings_pane.pages:
        app.settings_pane.show_section(page)
        settle(qtbot)
        take()
    window.show_pane(1)
    tabs = app.models_pane.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot)
        take()
    return texts


def names_in(app) -> list[str]:
    """What may read the same in every language: names of models, makers, files, languages, places."""
    controller = app.models_pane.controller
    names = ["Tramontane", "huggingface.co", "Hugging Face", *NATIVE_NAMES.values(), str(app.paths.data),
             str(app.paths.models)]
    for entry in controller.library.catalog:
        names += [entry.name, entry.maker, entry.quantization, entry.repo, entry.file, entry.parameters]
    for model in controller.models:
        names += [model.name, model.path.name, str(model.path), model.quantization or "",
                  model.info.architecture or "", model.info.name or ""]
    for device in controller.hardware.devices:
        names += [device.name, device.description]
    if app.controller.info is not None:
        names += [app.controller.info.name, app.controller.info.backend]
    return sorted({n for n in names if n}, key=len, reverse=True)


def wordy(text: str, names: list[str]) -> bool:
    """Whether text holds words of a language, once names, addresses, numbers and units are gone."""
    for name in names:
        text = text.replace(name, " ")
    text = ADDRESS.sub(" ", text)
    return any(word not in UNITS for word in LETTERS.findall(text))


def started(make_app, qtbot, language: str):
    app = make_app(language=language)
    qtbot.waitUntil(lambda: app.models_pane is not None, timeout=30_000)    # built just after the start
    qtbot.waitUntil(lambda: app.models_pane.local.table_model.rowCount() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: app.controller.info is not None, timeout=60_000)
    settle(qtbot, 300)
    return app


def test_nothing_shows_in_english_in_french_or_german(qtbot, make_app):
    app = started(make_app, qtbot, "en")
    english, names = collect(app, qtbot), names_in(app)
    app.close()
    assert len(english) > 200 and any("Fits" in text for text in english.values())
    left: list[str] = []
    for language in ("fr", "de"):
        app = started(make_app, qtbot, language)
        other = collect(app, qtbot)
        app.close()
        assert len(other) > 200
        for path, text in english.items():
            if other.get(path) == text and text.strip("…: ") not in ALLOWED[language] and wordy(text, names):
                left.append(f"{language} {path}: {text!r}")
    assert left == [], "\n".join(left)
