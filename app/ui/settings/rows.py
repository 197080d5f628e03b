"""The parts every settings page is made of: a scrolling page with a title,
groups, and rows of (label, control, one-line explanation, lock).

A row gives its control the label as accessible name and the explanation as
accessible description, so a screen reader says what the control is and
what it does. A locked row (IT policy) disables its control and says why,
beside a lock icon. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

LOCK_ICON_SIZE = 16


class SettingRow:
    """Not a widget: a row of the page's grid (label | control, then the explanation under the control)."""

    def __init__(self, grid: QGridLayout, control: QWidget, row: int, wide: bool = False) -> None:
        """wide: the control takes the whole width (folders, sentences); else its natural size."""
        self.control = control
        self.label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.label.setBuddy(control)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setMinimumWidth(120)
        self.explanation = QLabel(objectName="explanation", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self._explained = ""
        self.lock_icon = QLabel()
        self.lock_note = QLabel(objectName="lockNote", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        lock_row = QHBoxLayout()
        lock_row.setContentsMargins(0, 0, 0, 0)
        lock_row.addWidget(self.lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        lock_row.addWidget(self.lock_note, 1)
        self.lock_icon.hide()
        self.lock_note.hide()
        right = QVBoxLayout()
        right.setSpacing(3)
        right.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(control, 1 if wide else 0)
        if not wide:
            controls.addStretch(1)
        self.extra = controls           # pages may add a button beside the control
        right.addLayout(controls)
        right.addWidget(self.explanation)
        right.addLayout(lock_row)
        self.column = right             # and may add notes under the explanation
        grid.addWidget(self.label, row, 0)
        grid.addLayout(right, row, 1)

    def set_texts(self, label: str, explanation: str = "") -> None:
        self.label.setText(label)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.control.setAccessibleName(label.rstrip(":"))
        self.control.setAccessibleDescription(explanation)
        self._explained = explanation

    def set_locked(self, locked: bool, note: str, icon: QIcon | None = None) -> None:
        self.control.setEnabled(not locked)
        self.lock_icon.setVisible(locked)
        self.lock_note.setVisible(locked)
        if locked:
            self.lock_note.setText(note)
            self.lock_icon.setAccessibleName(note)
            if icon is not None:
                self.lock_icon.setPixmap(icon.pixmap(LOCK_ICON_SIZE, LOCK_ICON_SIZE))
        self.control.setAccessibleDescription(f"{self._explained} {note}".strip() if locked else self._explained)


class Page(QScrollArea):
    """One settings page: a title, then groups of rows, scrolling when the window is small."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("settingsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(objectName="settingsPage")
        inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        inner.setMaximumWidth(860)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(28, 20, 28, 28)
        self.body.setSpacing(10)
        self.title = QLabel(objectName="pageTitle", textFormat=Qt.TextFormat.PlainText)
        self.body.addWidget(self.title)
        holder = QWidget(objectName="settingsPage")
        holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QHBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(inner, 1)
        outer.addStretch(0)
        self.setWidget(holder)
        self._rows: dict[int, int] = {}       # id(grid) -> rows placed

    def add_group(self) -> tuple[QLabel, QGridLayout]:
        """A group title and the grid its rows go in."""
        heading = QLabel(objectName="groupTitle", textFormat=Qt.TextFormat.PlainText)
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.body.addSpacing(8)
        self.body.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 160)
        self.body.addLayout(grid)
        return heading, grid

    def add_row(self, grid: QGridLayout, control: QWidget, wide: bool = False) -> SettingRow:
        row = self._rows.get(id(grid), 0)
        self._rows[id(grid)] = row + 1
        return SettingRow(grid, control, row, wide)

    def finish(self) -> None:
        self.body.addStretch(1)

    def retranslate(self) -> None:
        """Pages set every text here; called at start and on each language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def lock_note(message: str) -> str:
    """What a locked setting says: who set it, in the administrator's words if any."""
    note = QCoreApplication.translate("Settings", "Set by your organisation's IT policy.")
    return f"{note} {message}".strip()


def fill_combo(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """(data, text) items; keeps the selection, sends no signal (used by retranslate)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.blockSignals(False)
    select_data(combo, current)


def select_data(combo: QComboBox, value: object) -> None:
    """Shows the item holding value, without a signal (the model already has it)."""
    index = combo.findData(value)
    if index >= 0 and index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
