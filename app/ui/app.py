"""Builds the GUI: QApplication, the window and its panes, and tears them down.

Runs on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from app import __version__
from app.paths import app_paths
from app.ui.main_window import MainWindow


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(label.textFormat().PlainText)
    label.setAlignment(label.alignment().AlignCenter)
    return label


def run(argv: list[str]) -> int:
    app = QApplication(argv)
    app.setApplicationName("Tramontane")
    app.setApplicationVersion(__version__)
    paths = app_paths().ensure()
    state = QSettings(str(paths.config / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow([("Chat", _placeholder("Conversations will appear here.")),
                         ("Models", _placeholder("Your models will appear here.")),
                         ("Settings", _placeholder("Settings will appear here."))], state)
    window.show()
    return app.exec()
