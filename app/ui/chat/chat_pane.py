"""The Chat pane: conversation list on the left, the conversation on the right.

Only wiring and showing: every decision is the ChatController's. Lives on
the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QProgressBar, QPushButton,
                               QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from app.library.local import display_name
from app.store import Message
from app.ui.chat.composer import Composer
from app.ui.chat.controller import ChatController
from app.ui.chat.conversation_list import ConversationList
from app.ui.chat.markdown_view import confirm_and_open_link
from app.ui.chat.message_view import MessageView
from app.ui.chat.welcome import Welcome


class NoticeBar(QWidget):
    """A plain sentence in the conversation: an error, or what the app did."""

    def __init__(self) -> None:
        super().__init__(objectName="noticeBar")
        self.label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.label.setAccessibleName("Notice")
        close = QToolButton(text="✕", autoRaise=True)
        close.setAccessibleName("Dismiss notice")
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.show()


class ChatPane(QWidget):
    def __init__(self, controller: ChatController, state: QSettings) -> None:
        super().__init__()
        self.controller = controller
        self.state = state
        self.conversations = ConversationList()
        self.view = MessageView(self._siblings)
        self.welcome = Welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.view)
        self.composer = Composer()
        self.notice = NoticeBar()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.conversations)
        self.splitter.addWidget(self._conversation_side())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.conversations.setMinimumWidth(220)
        self.splitter.setSizes([260, 800])
        if state.value("chat/splitter") is not None:
            self.splitter.restoreState(state.value("chat/splitter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._wire()
        self.refresh_list()
        self.composer.editor.setFocus()   # the user can type at once

    def _conversation_side(self) -> QWidget:
        side = QWidget(objectName="conversationSide")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = QLabel("New chat", objectName="conversationTitle", textFormat=Qt.TextFormat.PlainText)
        self.title.setAccessibleName("Conversation title")
        self.model_picker = QComboBox(objectName="modelPicker")
        self.model_picker.setAccessibleName("Model for this conversation")
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_picker.activated.connect(self._on_model_picked)
        self.model_label = QLabel("Loading the model…", objectName="modelLabel", textFormat=Qt.TextFormat.PlainText)
        self.model_label.setAccessibleName("Model state")
        self.load_bar = QProgressBar(maximum=100, textVisible=False, maximumWidth=120, maximumHeight=6)
        self.load_bar.setAccessibleName("Model loading progress")
        self.meter = QProgressBar(objectName="contextMeter", maximumWidth=90, maximumHeight=6, textVisible=False)
        self.meter.setAccessibleName("Context used")
        self.meter.setAccessibleDescription("How much of what the model can read at once this conversation uses")
        self.meter_label = QLabel(objectName="modelLabel", textFormat=Qt.TextFormat.PlainText)
        self.system_button = QPushButton("System prompt…", flat=True)
        self.system_button.setAccessibleName("Edit this conversation's system prompt")
        self.system_button.clicked.connect(self._edit_system_prompt)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.system_button)
        details = QHBoxLayout()
        details.setSpacing(10)
        details.addWidget(self.model_picker)
        details.addWidget(self.model_label)
        details.addWidget(self.load_bar)
        details.addStretch(1)
        details.addWidget(self.meter_label)
        details.addWidget(self.meter)
        header = QVBoxLayout()
        header.setContentsMargins(20, 10, 16, 8)
        header.setSpacing(2)
        header.addLayout(top)
        header.addLayout(details)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.composer)
        return side

    def _wire(self) -> None:
        c = self.controller
        c.conversations_changed.connect(self.refresh_list)
        c.conversation_shown.connect(self.on_conversation_shown)
        c.message_added.connect(self.on_message_added)
        c.reply_grew.connect(self.view.update_reply)
        c.reply_ended.connect(self.view.finish_reply)
        c.prompt_progress.connect(self.view.set_reading)
        c.busy_changed.connect(self.composer.set_busy)
        c.notice.connect(self.notice.show_notice)
        c.model_status.connect(self.on_model_status)
        c.load_progress.connect(lambda f: self.load_bar.setValue(int(f * 100)))
        c.context_usage.connect(self.on_context_usage)
        self.composer.send_requested.connect(self.on_send_requested)
        self.composer.stop_requested.connect(c.stop)
        self.welcome.example_chosen.connect(self.on_send_requested)
        self.view.regenerate_requested.connect(c.regenerate)
        self.view.edit_requested.connect(c.edit_and_resend)
        self.view.branch_requested.connect(c.switch_branch)
        self.view.link_requested.connect(lambda url: confirm_and_open_link(url, self))
        self.conversations.new_requested.connect(self.new_conversation)
        self.conversations.open_requested.connect(self.on_open_requested)
        self.conversations.rename_requested.connect(c.rename)
        self.conversations.pin_requested.connect(c.set_pinned)
        self.conversations.delete_requested.connect(self.on_delete_confirmed)
        self.conversations.search_changed.connect(self.on_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_conversation)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_conversation)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, c.stop)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.conversations.start_rename)
        QShortcut(QKeySequence.StandardKey.Find, self, self.conversations.search.setFocus)

    # -- slots: show what the controller says ------------------------------------------

    def on_conversation_shown(self, conversation, messages: list[Message]) -> None:
        self.title.setText(conversation.title if conversation else "New chat")
        self.view.show_messages(messages)
        self.stack.setCurrentWidget(self.view if messages else self.welcome)
        self.notice.hide()

    def on_message_added(self, message: Message) -> None:
        self.stack.setCurrentWidget(self.view)
        self.view.add_message(message)
        if self.controller.conversation:
            self.title.setText(self.controller.conversation.title)

    def on_model_status(self, state: str, text: str) -> None:
        self.model_label.setText(text)
        self.load_bar.setVisible(state == "loading")
        self._fill_model_picker()

    def _fill_model_picker(self) -> None:
        """Models on this computer, the one in use selected; refilled on each load."""
        self.model_picker.clear()
        current = self.controller.model_path
        paths = [str(p) for p in self.controller.available_models()]
        if current and current not in paths:
            paths.insert(0, current)
        for path in paths:
            self.model_picker.addItem(display_name(path), path)
        self.model_picker.setCurrentIndex(max(0, paths.index(current)) if current in paths else -1)

    def _on_model_picked(self, index: int) -> None:
        self.controller.use_model(self.model_picker.itemData(index))

    def on_context_usage(self, used: int, total: int) -> None:
        self.meter.setRange(0, max(total, 1))
        self.meter.setValue(min(used, max(total, 1)))
        self.meter_label.setText(f"{used:,} of {total:,} tokens used" if total else "")
        self.meter.setVisible(total > 0)

    def on_send_requested(self, text: str) -> None:
        if self.controller.send(text):
            self.composer.clear()

    def on_open_requested(self, conversation_id: int, message_id) -> None:
        self.controller.open_conversation(conversation_id)
        if message_id is not None:
            self.view.scroll_to(message_id)

    def on_delete_confirmed(self, conversation_id: int) -> None:
        if self.controller.conversation and self.controller.conversation.id == conversation_id:
            self.controller.new_conversation()
        self.controller.store.delete_conversation(conversation_id)
        self.refresh_list()

    def on_search(self, text: str) -> None:
        if text:
            self.conversations.show_hits(self.controller.store.search(text))
        else:
            self.refresh_list()

    def new_conversation(self) -> None:
        self.controller.new_conversation()
        self.refresh_list()
        self.composer.editor.setFocus()

    def refresh_list(self) -> None:
        if self.controller.conversation:
            self.title.setText(self.controller.conversation.title)
        if self.conversations.search.text().strip():
            return   # the search results stay until the search is cleared
        current = self.controller.conversation.id if self.controller.conversation else None
        self.conversations.show_conversations(self.controller.store.list_conversations(), current)

    def _siblings(self, message: Message) -> tuple[int, int]:
        ids, index = self.controller.store.siblings(message.id)
        return index + 1, len(ids)

    def _edit_system_prompt(self) -> None:
        current = self.controller.conversation.system_prompt if self.controller.conversation else ""
        text, ok = QInputDialog.getMultiLineText(
            self, "System prompt", "Instructions the model follows in this conversation:", current)
        if ok:
            if self.controller.conversation is None:
                self.controller.notice.emit("info", "Send a first message, then set the system prompt.")
                return
            self.controller.set_system_prompt(text)

    def save_state(self) -> None:
        self.state.setValue("chat/splitter", self.splitter.saveState())
        self.conversations.commit_delete()
