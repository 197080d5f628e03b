"""The keyboard shortcuts: one table that both makes the window's actions and
fills the shortcuts sheet in Help, so the sheet can never drift from the keys.

Qt's standard keys come first (QKeySequence.StandardKey), so each platform
gets its own habits (Cmd on macOS); the app's own keys are added beside
them. GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Key = QKeySequence.StandardKey | str
_CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    name: str                   # the handler's key; "" for keys that only appear in the sheet
    keys: tuple[Key, ...]
    text: str                   # English; shown through QCoreApplication.translate("Shortcuts", text)


SHORTCUTS = (
    Shortcut("new_chat", (QKeySequence.StandardKey.New,), QT_TRANSLATE_NOOP("Shortcuts", "New conversation")),
    Shortcut("find", (QKeySequence.StandardKey.Find,), QT_TRANSLATE_NOOP("Shortcuts", "Search conversations")),
    Shortcut("", ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Send the message")),
    Shortcut("", ("Shift+Return",), QT_TRANSLATE_NOOP("Shortcuts", "New line in the message")),
    Shortcut("stop", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Stop the reply")),
    Shortcut("regenerate", ("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Write another reply to the last question")),
    Shortcut("copy_reply", ("Ctrl+Shift+C",), QT_TRANSLATE_NOOP("Shortcuts", "Copy the last reply")),
    Shortcut("", ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Rename the selected conversation")),
    Shortcut("", (QKeySequence.StandardKey.Delete,),
             QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected conversation (with undo)")),
    Shortcut("show_chat", ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the conversation")),
    Shortcut("show_models", ("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the models")),
    Shortcut("settings", ("Ctrl+,", QKeySequence.StandardKey.Preferences),
             QT_TRANSLATE_NOOP("Shortcuts", "Open the settings")),
    Shortcut("shortcuts", (QKeySequence.StandardKey.HelpContents, "Ctrl+/"),
             QT_TRANSLATE_NOOP("Shortcuts", "Show these keyboard shortcuts")),
    Shortcut("", ("Tab",), QT_TRANSLATE_NOOP("Shortcuts", "Move to the next control")),
    Shortcut("quit", (QKeySequence.StandardKey.Quit,), QT_TRANSLATE_NOOP("Shortcuts", "Quit Tramontane")),
)


def sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    """The key sequences, standard ones expanded for this platform, each once."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]:
            if not seq.isEmpty():
                found.setdefault(seq.toString(), seq)
    return list(found.values())


def shown_sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    """For the sheet: a standard key's main binding only (not the "New" or "Help" keys
    that a few keyboards have), then the app's own keys."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        seq = QKeySequence(key)
        if not seq.isEmpty():
            found.setdefault(seq.toString(), seq)
    return list(found.values())


def install_actions(window: QWidget, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """One QAction per shortcut that has a handler, on the window: they work on every pane."""
    actions = {}
    for shortcut in SHORTCUTS:
        if shortcut.name not in handlers:
            continue
        action = QAction(window)
        action.setShortcuts(sequences(shortcut.keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handlers[shortcut.name])
        window.addAction(action)
        actions[shortcut.name] = action
    return actions


class ShortcutsSheet(QDialog):
    """Help → Keyboard shortcuts: every key the app knows, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(wordWrap=True)
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(580, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("Everything in Tramontane can be done from the keyboard."))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, shortcut in enumerate(SHORTCUTS):
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in shown_sequences(shortcut.keys))
            self.table.setItem(row, 0, QTableWidgetItem(QCoreApplication.translate(_CONTEXT, shortcut.text)))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
