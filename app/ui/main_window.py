"""The main window: a navigation rail to the three panes. No logic here.

Lives on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QMainWindow, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)


class MainWindow(QMainWindow):
    def __init__(self, panes: list[tuple[str, QWidget]], state: QSettings) -> None:
        super().__init__()
        self.setWindowTitle("Tramontane")
        self._state = state
        self.stack = QStackedWidget()
        rail = QWidget(objectName="navRail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(6, 12, 6, 12)
        rail_layout.setSpacing(4)
        self._buttons = QButtonGroup(self)
        for index, (title, pane) in enumerate(panes):
            button = QToolButton(text=title, checkable=True, autoRaise=True)
            button.setAccessibleName(f"{title} pane")
            button.setMinimumWidth(76)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._buttons.addButton(button, index)
            rail_layout.addWidget(button)
            self.stack.addWidget(pane)
        rail_layout.addStretch(1)
        self._buttons.idClicked.connect(self.stack.setCurrentIndex)
        self._buttons.button(0).setChecked(True)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence("Ctrl+,"), self, lambda: self.show_pane(len(panes) - 1))
        self.resize(1100, 720)
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def show_pane(self, index: int) -> None:
        self._buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._state.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
