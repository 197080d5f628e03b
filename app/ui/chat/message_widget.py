"""One message in the conversation: its text and the actions under it.

Questions are plain text on a tinted card; replies are Markdown, with the
model's name and speed under them. Lives on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store import FAILED, STOPPED, STREAMING, Message
from app.ui.chat.markdown_view import MarkdownView
from app.ui.plaintext import plain_label, plain_tooltip


def _tool(text: str) -> QToolButton:
    button = QToolButton(text=text, autoRaise=True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _describe(button: QToolButton, text: str, tip: str) -> None:
    if text:
        button.setText(text)
    button.setToolTip(plain_tooltip(tip))
    button.setAccessibleName(tip)


class MessageWidget(QFrame):
    copy_requested = Signal(str)
    regenerate_requested = Signal(int)
    edit_requested = Signal(int, str)        # question id, the new text
    branch_requested = Signal(int, int)      # message id, -1 or +1
    link_requested = Signal(QUrl)

    def __init__(self, message: Message, siblings: tuple[int, int], parent: QWidget | None = None) -> None:
        """siblings: (this message's place, 1-based, and how many there are)."""
        super().__init__(parent)
        self.message = message
        self.setObjectName("userMessage" if message.role == "user" else "assistantMessage")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 10, 14, 6)
        self._layout.setSpacing(4)
        if message.role == "user":
            self.body = plain_label(message.content, wordWrap=True)
            self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        else:
            self.body = MarkdownView()
            self.body.link_requested.connect(self.link_requested)
            self.body.copy_requested.connect(self.copy_requested)
        self._layout.addWidget(self.body)
        self.status = plain_label(objectName="messageStatus")
        self.status.hide()
        self._layout.addWidget(self.status)
        self._layout.addLayout(self._footer(siblings))
        self.set_text(message.content)
        self.set_finished(message)
        self.retranslate()

    def retranslate(self) -> None:
        user = self.message.role == "user"
        self.body.setAccessibleName(self.tr("Your message") if user else self.tr("Reply"))
        _describe(self.copy_button, self.tr("Copy"), self.tr("Copy this message"))
        if user:
            _describe(self.edit_button, self.tr("Edit"), self.tr("Edit this question and send it again"))
        else:
            _describe(self.regenerate_button, self.tr("Regenerate"), self.tr("Write another reply"))
        if self._branch is not None:
            back, place, ahead, index, count = self._branch
            _describe(back, "", self.tr("Previous version"))
            _describe(ahead, "", self.tr("Next version"))
            place.setAccessibleName(self.tr("Version %1 of %2").replace("%1", str(index)).replace("%2", str(count)))
        self.set_finished(self.message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _footer(self, siblings: tuple[int, int]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(2)
        index, count = siblings
        self._branch = None
        if count > 1:
            back, ahead = _tool("‹"), _tool("›")
            back.setEnabled(index > 1)
            ahead.setEnabled(index < count)
            back.clicked.connect(lambda: self.branch_requested.emit(self.message.id, -1))
            ahead.clicked.connect(lambda: self.branch_requested.emit(self.message.id, +1))
            place = plain_label(f"{index}/{count}", objectName="branchPlace")
            self._branch = (back, place, ahead, index, count)
            for w in (back, place, ahead):
                row.addWidget(w)
        if self.message.role == "user":
            row.insertStretch(0, 1)   # a question's actions sit on the right, under it
        self.copy_button = _tool("")
        self.copy_button.clicked.connect(self._copy)
        row.addWidget(self.copy_button)
        if self.message.role == "user":
            self.edit_button = _tool("")
            self.edit_button.clicked.connect(self._start_edit)
            row.addWidget(self.edit_button)
        else:
            self.regenerate_button = _tool("")
            self.regenerate_button.clicked.connect(lambda: self.regenerate_requested.emit(self.message.id))
            row.addWidget(self.regenerate_button)
            row.addStretch(1)
        self.meta = plain_label(objectName="messageMeta")     # the model's name comes from its file
        row.addWidget(self.meta)
        return row

    def text(self) -> str:
        return self._text

    # -- updates while a reply streams ----------------------------------------------

    def set_text(self, text: str) -> None:
        self._text = text
        if isinstance(self.body, MarkdownView):
            self.body.set_markdown(text)
        else:
            self.body.setText(text)

    def set_reading(self, fraction: float) -> None:
        """Before the first words: how much of a long prompt has been read."""
        if not self._text:
            self.status.setText(self.tr("Reading your message… %1%").replace("%1", str(round(fraction * 100))))
            self.status.show()

    def set_finished(self, message: Message) -> None:
        self.message = message
        streaming = message.status == STREAMING
        if streaming and not message.content:
            self.status.setText(self.tr("Thinking…"))
            self.status.show()
        elif not streaming and message.status == FAILED and not message.content:
            self.status.setText(self.tr("No reply was written."))
            self.status.show()
        else:
            self.status.hide()
        self.meta.setText(self.stats_line(message) if not streaming else "")
        for name in ("regenerate_button", "copy_button", "edit_button"):
            if hasattr(self, name):
                getattr(self, name).setEnabled(not streaming)

    def stats_line(self, message: Message) -> str:
        """The line under a reply: model, length, speed, how it ended; in the language in use."""
        locale = QLocale()
        parts = [message.model] if message.model else []
        if message.stats and message.stats.generated_tokens:
            tokens = self.tr("%Ln tokens", "", message.stats.generated_tokens)
            if message.stats.tokens_per_s:
                speed = locale.toString(message.stats.tokens_per_s, "f", 1)
                tokens += " · " + self.tr("%1 tok/s").replace("%1", speed)
            parts.append(tokens)
        if message.status == STOPPED:
            parts.append(self.tr("stopped"))
        elif message.status == FAILED:
            parts.append(self.tr("no reply"))
        return " · ".join(parts)

    def set_sources(self, sources: list[dict]) -> None:
        """The documents a reply used, as buttons under it that show the passage (plain text)."""
        from app.ui.documents.sources import SourcesRow  # noqa: PLC0415
        old = getattr(self, "sources_row", None)
        if old is not None:
            old.deleteLater()
        self.sources_row = SourcesRow(sources) if sources else None
        if self.sources_row is not None:
            self._layout.insertWidget(2, self.sources_row)     # after the text and its status line

    def append_streamed(self, text: str) -> None:
        if text:
            self.status.hide()
        self.set_text(text)

    # -- actions ---------------------------------------------------------------------

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copy_requested.emit(self._text)

    def _start_edit(self) -> None:
        """Swap the text for an editor; Send makes a new branch, Cancel restores."""
        editor = QPlainTextEdit(self._text)
        editor.setAccessibleName(self.tr("Edit your question"))
        editor.setMaximumHeight(160)
        send, cancel = QPushButton(self.tr("Send")), QPushButton(self.tr("Cancel"))
        send.setAccessibleName(self.tr("Send the changed question"))
        cancel.setAccessibleName(self.tr("Cancel editing"))
        send.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(send)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        box.addLayout(buttons)
        self.body.hide()
        self._layout.insertWidget(0, holder)
        editor.setFocus()

        def finish(send_it: bool) -> None:
            text = editor.toPlainText()
            holder.deleteLater()
            self.body.show()
            if send_it and text.strip() and text != self._text:
                self.edit_requested.emit(self.message.id, text)

        send.clicked.connect(lambda: finish(True))
        cancel.clicked.connect(lambda: finish(False))
