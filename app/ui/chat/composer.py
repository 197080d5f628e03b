"""The composer: a text box that grows with its text, and Send / Stop.

Enter sends, Shift+Enter starts a new line. The typed text is cleared only
once the pane says the message was taken, so nothing typed is ever lost.
With attachments enabled, a paper clip button and files dropped (or pasted)
on the text box ask for them to be attached (files_dropped).
Lives on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPlainTextEdit, QPushButton, QSizePolicy, QToolButton, QWidget

from app.ui.folders import documents_folder

MAX_LINES = 10


class _Editor(QPlainTextEdit):
    enter_pressed = Signal()
    files_dropped = Signal(list)
    accepts_files = False

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 (Qt's name)
        return (self.accepts_files and source.hasUrls()) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt's name): a drop or a paste
        files = [url.toLocalFile() for url in source.urls() if url.isLocalFile()] if source.hasUrls() else []
        if self.accepts_files and files:
            self.files_dropped.emit(files)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    send_requested = Signal(str)
    stop_requested = Signal()
    files_dropped = Signal(list)            # paths to attach to the conversation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.editor = _Editor()
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.enter_pressed.connect(self._on_send)
        # Measured on the next turn of the event loop, once the text is laid out.
        self.editor.textChanged.connect(lambda: QTimer.singleShot(0, self, self._fit_height))
        # An icon, not the paper-clip character: many Linux desktops have no font with it
        # (it showed as an empty box). App sets the icon in the theme's colours.
        self.attach_button = QToolButton(autoRaise=True, visible=False)
        self.attach_button.clicked.connect(self._choose_files)
        self.editor.files_dropped.connect(self.files_dropped)
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        self._busy = False
        self.retranslate()
        self._fit_height()

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Message Tramontane  (Enter to send, Shift+Enter for a new line)"))
        self.editor.setAccessibleName(self.tr("Message"))
        self.editor.setAccessibleDescription(self.tr("Type a question. Enter sends it, Shift+Enter adds a line."))
        self.attach_button.setToolTip(self.tr("Attach documents (or drop them here)"))
        self.attach_button.setAccessibleName(self.tr("Attach documents"))
        self.set_busy(self._busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_height)     # a new text size or theme: a new line height
        super().changeEvent(event)

    def enable_attachments(self) -> None:
        self.editor.accepts_files = True
        self.attach_button.show()

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"), documents_folder(), self.tr(
            "Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv *.xlsx);;All files (*)"))
        if paths:
            self.files_dropped.emit(paths)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.editor.setFocus()

    def clear(self) -> None:
        self.editor.clear()

    def set_busy(self, busy: bool) -> None:
        """While a reply is written, the button stops it; typing goes on."""
        self._busy = busy
        self.button.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.button.setAccessibleName(self.tr("Stop the reply") if busy else self.tr("Send message"))
        self.button.setToolTip(self.tr("Stop (Esc)") if busy else self.tr("Send (Enter)"))

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self._on_send()

    def _on_send(self) -> None:
        if not self._busy and self.text().strip():
            self.send_requested.emit(self.text())

    def _fit_height(self) -> None:
        """As many lines as the text has, up to MAX_LINES; then it scrolls."""
        self.editor.ensurePolished()    # the stylesheet's border and padding count in the margins below
        line = self.editor.fontMetrics().lineSpacing()
        lines = max(1, min(MAX_LINES, int(self.editor.document().size().height())))
        margins = self.editor.contentsMargins()   # frame, border and padding together
        chrome = margins.top() + margins.bottom() + 2 * int(self.editor.document().documentMargin()) + 2
        self.editor.setFixedHeight(lines * line + chrome)
