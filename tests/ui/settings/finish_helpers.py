"""Helpers for the settings and finish tests (imported by name: tests are not a package)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.app import App

REPLY_TIMEOUT_MS = 60_000


def activate(qtbot, app: App) -> None:
    """The window a user types into is the active one. Asked again while waiting: a pane
    that briefly shows a window of its own (the Models pane's catalog does, as it is built)
    takes the activation away, and the offscreen platform does not give it back."""
    def active() -> bool:
        if QApplication.activeWindow() is app.window:
            return True
        app.window.activateWindow()
        return False

    try:
        qtbot.waitUntil(active, timeout=5000)
    except Exception:   # pytest-qt's TimeoutError: say what else is on screen
        shown = [f"{type(w).__name__} {w.objectName()!r} {w.windowTitle()!r}"
                 for w in QApplication.topLevelWidgets() if w.isVisible()]
        raise AssertionError(f"active: {QApplication.activeWindow()}; shown: {shown}") from None


def press(qtbot, app: App, key, modifier=None) -> None:
    """A key press where the user's focus is, as the keyboard would deliver it."""
    activate(qtbot, app)
    target = QApplication.focusWidget() or app.window
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)
