"""Help, in the navigation rail: keyboard shortcuts, diagnostics, about. GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app import __version__
from app.ui.shortcuts import ShortcutsSheet


class HelpMenu(QObject):
    def __init__(self, menu: QMenu, window: QWidget, show_diagnostics: Callable[[], None]) -> None:
        super().__init__(menu)
        self._window = window
        self.shortcuts = QAction(menu)
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.diagnostics = QAction(menu)
        self.diagnostics.triggered.connect(show_diagnostics)
        self.about = QAction(menu)
        self.about.triggered.connect(self.show_about)
        menu.addActions([self.shortcuts, self.diagnostics])
        menu.addSeparator()
        menu.addAction(self.about)
        self.sheet: ShortcutsSheet | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.shortcuts.setText(self.tr("Keyboard shortcuts"))
        self.diagnostics.setText(self.tr("Diagnostics"))
        self.about.setText(self.tr("About Tramontane"))

    def show_shortcuts(self) -> None:
        if self.sheet is None:
            self.sheet = ShortcutsSheet(self._window)
        if self.sheet.isVisible():          # already open, perhaps behind: bring it forward
            self.sheet.raise_()
            self.sheet.activateWindow()
        else:
            self.sheet.show()

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Tramontane"),
                          self.tr("Tramontane %1\n\nPrivate AI chat on your own computer. The models run here, "
                                  "your conversations are stored encrypted, and nothing goes online unless you "
                                  "download a model.\n\nApache License 2.0.").replace("%1", __version__),
                          QMessageBox.StandardButton.Close, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self._window.windowIcon().pixmap(64, 64))
        box.exec()
