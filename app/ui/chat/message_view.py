"""The messages of one conversation, newest at the bottom.

Only a window of the newest messages is built (WINDOW at a time); scrolling
to the top builds the next older window, so a conversation of thousands of
messages opens as fast as a short one. Lives on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.store import Message
from app.ui.chat.message_widget import MessageWidget

WINDOW = 24   # comfortably more than a tall screen shows; older ones build on scrolling up
# (column margins, space between messages, a message's own margins): comfortable, compact.
SPACING = {False: ((24, 16, 24, 16), 10, (14, 10, 14, 6)), True: ((16, 8, 16, 8), 4, (10, 5, 10, 3))}

Siblings = Callable[[Message], tuple[int, int]]


class MessageView(QScrollArea):
    copy_requested = Signal(str)
    regenerate_requested = Signal(int)
    edit_requested = Signal(int, str)
    branch_requested = Signal(int, int)
    link_requested = Signal(QUrl)

    def __init__(self, siblings: Siblings, parent: QWidget | None = None,
                 sources: Callable[[int], list[dict]] | None = None) -> None:
        """sources(message id): the documents a reply used (ChatExtras), shown under it."""
        super().__init__(parent)
        self.sources_of = sources
        self.setObjectName("messageView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._siblings = siblings
        self._messages: list[Message] = []
        self._widgets: dict[int, MessageWidget] = {}
        self._first_built = 0          # index in _messages of the oldest built message
        self._stick_to_bottom = True
        self._compact = False
        self._inner = QWidget(objectName="messageColumn")
        self._inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._column = QVBoxLayout(self._inner)
        self._column.setContentsMargins(24, 16, 24, 16)
        self._column.setSpacing(10)
        self._column.addStretch(1)   # below the messages: they start at the top
        self.setWidget(self._inner)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(self.tr("The messages of this conversation, oldest first"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_compact(self, compact: bool) -> None:
        """Less space around and between messages (Settings → General → Spacing)."""
        self._compact = compact
        column, between, _own = SPACING[compact]
        self._column.setContentsMargins(*column)
        self._column.setSpacing(between)
        for widget in self._widgets.values():
            self._space(widget)

    def _space(self, widget: MessageWidget) -> None:
        widget.layout().setContentsMargins(*SPACING[self._compact][2])
    # -- showing -------------------------------------------------------------------

    def show_messages(self, messages: list[Message]) -> None:
        self._clear()
        self._messages = list(messages)
        self._first_built = max(0, len(messages) - WINDOW)
        for message in self._messages[self._first_built:]:
            self._column.insertWidget(self._column.count() - 1, self._wrap(message))
        self._mark_last_reply()
        self._stick_to_bottom = True

    def add_message(self, message: Message) -> None:
        self._messages.append(message)
        self._column.insertWidget(self._column.count() - 1, self._wrap(message))
        self._mark_last_reply()
        self._stick_to_bottom = True

    def update_reply(self, message_id: int, text: str) -> None:
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.append_streamed(text)

    def set_reading(self, fraction: float) -> None:
        if self._messages:
            widget = self._widgets.get(self._messages[-1].id)
            if widget is not None:
                widget.set_reading(fraction)

    def finish_reply(self, message: Message) -> None:
        for i, m in enumerate(self._messages):
            if m.id == message.id:
                self._messages[i] = message
        widget = self._widgets.get(message.id)
        if widget is not None:
            widget.set_text(message.content)
            widget.set_finished(message)
            if self.sources_of is not None:
                widget.set_sources(self.sources_of(message.id))

    def scroll_to(self, message_id: int) -> None:
        """Build back far enough to show message_id, then bring it into view."""
        index = next((i for i, m in enumerate(self._messages) if m.id == message_id), None)
        if index is None:
            return
        while index < self._first_built:
            self._build_older()
        self._stick_to_bottom = False
        widget = self._widgets[message_id]
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(widget, 0, 40))

    def last_reply(self) -> Message | None:
        """The newest reply of the shown branch."""
        return next((m for m in reversed(self._messages) if m.role == "assistant"), None)

    def last_reply_text(self) -> str:
        """Its text as shown now (a reply still being written included)."""
        reply = self.last_reply()
        widget = self._widgets.get(reply.id) if reply else None
        return widget.text() if widget is not None else ""

    def message_count(self) -> int:
        return len(self._messages)

    def built_count(self) -> int:
        return len(self._widgets)

    # -- building ------------------------------------------------------------------

    def _wrap(self, message: Message) -> QWidget:
        widget = MessageWidget(message, self._siblings(message))
        if self.sources_of is not None and message.role == "assistant":
            widget.set_sources(self.sources_of(message.id))
        self._space(widget)
        widget.copy_requested.connect(self.copy_requested)
        widget.regenerate_requested.connect(self.regenerate_requested)
        widget.edit_requested.connect(self.edit_requested)
        widget.branch_requested.connect(self.branch_requested)
        widget.link_requested.connect(self.link_requested)
        self._widgets[message.id] = widget
        if message.role != "user":
            return widget
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(widget, 4)
        return row

    def _build_older(self) -> None:
        start = max(0, self._first_built - WINDOW)
        for offset, message in enumerate(self._messages[start:self._first_built]):
            self._column.insertWidget(offset, self._wrap(message))
        self._first_built = start

    def _mark_last_reply(self) -> None:
        """Regenerate is offered on the newest reply only."""
        last = next((m.id for m in reversed(self._messages) if m.role == "assistant"), None)
        for message_id, widget in self._widgets.items():
            if hasattr(widget, "regenerate_button"):
                widget.regenerate_button.setVisible(message_id == last)

    def _clear(self) -> None:
        while self._column.count() > 1:
            item = self._column.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._widgets.clear()
        self._messages = []

    # -- scrolling -----------------------------------------------------------------

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 8
        if value == bar.minimum() and self._first_built > 0 and bar.maximum() > 0:
            height_before = bar.maximum()
            self._build_older()
            # Keep the message the user was reading where it was.
            QTimer.singleShot(0, lambda: bar.setValue(bar.maximum() - height_before))

    def _on_range_changed(self, _low: int, high: int) -> None:
        if self._stick_to_bottom:
            self.verticalScrollBar().setValue(high)
