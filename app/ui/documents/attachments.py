"""AttachmentsBar: the documents attached to the conversation on screen, above
the composer: each with its state (being read, ready, or the sentence of what
went wrong) and a button to remove it; while indexing, a progress bar and
Cancel. File names are plain text (they come from the user's disk). GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.documents.errors import from_stored
from app.store.documents import EMBEDDING, FAILED, PENDING, FileRecord
from app.ui.sentences import sentence

MAX_SHOWN = 8          # chips; more are summed up as "and n more"


class _Chip(QWidget):
    remove_requested = Signal(int)

    def __init__(self, record: FileRecord, icon: QIcon) -> None:
        super().__init__(objectName="attachmentChip")
        self.record = record
        # An icon, not a character: no font here had the page emoji, and it showed as an empty box.
        self.icon = QLabel()
        size = self.fontMetrics().height()
        self.icon.setPixmap(icon.pixmap(QSize(size, size), self.devicePixelRatio()))
        self.label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.remove = QToolButton(text="✕", autoRaise=True)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(record.id))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)     # next to the name it removes
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.record
        self.label.setProperty("failed", r.status == FAILED)       # the theme's danger colour (style.py)
        if r.status == FAILED:
            error = from_stored(r.error)
            self.label.setText(sentence(error) if error else self.tr("could not be read"))
        elif r.status in (PENDING, EMBEDDING):
            self.label.setText(self.tr("%1 (being read…)").replace("%1", r.name))
        else:
            self.label.setText(r.name)
        # A tooltip that looks like HTML is read as rich text: the file's name stays out of it.
        self.remove.setToolTip(self.tr("Remove this document from the conversation"))
        self.remove.setAccessibleName(self.tr("Remove %1 from this conversation").replace("%1", r.name))


class AttachmentsBar(QWidget):
    remove_requested = Signal(int)          # file id
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="attachmentsBar")
        self._chips = QVBoxLayout()
        self._chips.setSpacing(2)
        self.more = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.progress_label = QLabel(textFormat=Qt.TextFormat.PlainText, objectName="modelLabel")
        self.bar = QProgressBar(maximumHeight=6, textVisible=False, maximumWidth=160)
        self.cancel = QPushButton(flat=True)
        self.cancel.clicked.connect(self.cancel_requested)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label, 1)
        progress.addWidget(self.bar)
        progress.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 0)
        layout.setSpacing(2)
        layout.addLayout(self._chips)
        layout.addWidget(self.more)
        layout.addLayout(progress)
        self._records: list[FileRecord] = []
        self._icon = QIcon()                # the theme's document icon (set_icon)
        self._progress = ("", 0, 0)
        self.show_files([])
        self.show_progress("", 0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Stop reading the documents"))
        self.bar.setAccessibleName(self.tr("Reading the documents"))
        self.show_files(self._records)
        self.show_progress(*self._progress)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_note(self, label: QLabel) -> None:
        """A line under the documents (their share of the context)."""
        self.layout().insertWidget(self.layout().indexOf(self.more) + 1, label)

    def set_icon(self, icon: QIcon) -> None:
        """The document icon in the theme's colours; the chips are made again with it."""
        self._icon = icon
        self.show_files(self._records)

    def show_files(self, records: list[FileRecord]) -> None:
        self._records = list(records)
        while self._chips.count():
            item = self._chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for record in records[:MAX_SHOWN]:
            chip = _Chip(record, self._icon)
            chip.remove_requested.connect(self.remove_requested)
            self._chips.addWidget(chip)
        hidden = len(records) - MAX_SHOWN
        self.more.setText(self.tr("and %n more document(s)", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self._update_visible()

    def show_progress(self, name: str, done: int, total: int) -> None:
        self._progress = (name, done, total)
        busy = bool(name)
        if busy:
            self.progress_label.setText(self.tr("Reading %1: %2 of %3 passages").replace("%1", name).replace(
                "%2", str(done)).replace("%3", str(total)))
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
        for widget in (self.progress_label, self.bar, self.cancel):
            widget.setVisible(busy)
        self._update_visible()

    def _update_visible(self) -> None:
        self.setVisible(bool(self._records) or bool(self._progress[0]))
