"""The Chat pane: conversation list on the left, the conversation on the right.

Only wiring and showing: every decision is the ChatController's. Lives on
the GUI thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.engine.types import ModelRef
from app.store import Message
from app.ui.a11y import announce
from app.ui.chat.composer import Composer
from app.ui.chat.controller import ChatController
from app.ui.chat.conversation_list import ConversationList
from app.ui.chat.conversation_settings import ConversationSettingsDialog
from app.ui.chat.markdown_view import confirm_and_open_link
from app.ui.chat.message_view import MessageView
from app.ui.chat.transfer import Transfers
from app.ui.chat.welcome import Welcome
from app.ui.servers.chat_parts import WhereLabel, fill_model_picker


class NoticeBar(QWidget):
    """A plain sentence in the conversation: an error, or what the app did."""

    def __init__(self) -> None:
        super().__init__(objectName="noticeBar")
        self.label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.close_button = QToolButton(text="✕", autoRaise=True)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Notice"))
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        self.close_button.setToolTip(self.tr("Dismiss notice"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_notice(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.show()
        announce(self.label, text)      # a screen reader hears what went wrong without looking for it


class ChatPane(QWidget):
    def __init__(self, controller: ChatController, state: QSettings, servers=None) -> None:
        """servers: the company servers (app/ui/servers/controller.py), None where there are none."""
        super().__init__()
        self.controller = controller
        self.state = state
        self.servers = servers
        self.conversations = ConversationList()
        self.view = MessageView(self._siblings)
        self.welcome = Welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.view)
        self.composer = Composer()
        self.notice = NoticeBar()
        self.transfers = Transfers(controller, self)
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
        self.setFocusProxy(self.composer.editor)  # the user can type at once (MainWindow.focus_pane)
        self.retranslate()

    def _conversation_side(self) -> QWidget:
        side = QWidget(objectName="conversationSide")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = QLabel(objectName="conversationTitle", textFormat=Qt.TextFormat.PlainText)
        self.model_picker = QComboBox(objectName="modelPicker")
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_picker.activated.connect(self._on_model_picked)
        self.model_label = QLabel(self.controller.status_text(), objectName="modelLabel",
                                  textFormat=Qt.TextFormat.PlainText)
        self.load_bar = QProgressBar(maximum=100, textVisible=False, maximumWidth=120, maximumHeight=6)
        self.meter = QProgressBar(objectName="contextMeter", maximumWidth=90, maximumHeight=6, textVisible=False)
        self.meter_label = QLabel(objectName="modelLabel", textFormat=Qt.TextFormat.PlainText)
        self._usage = (0, 0)
        self.system_button = QPushButton(flat=True)
        self.system_button.clicked.connect(self._edit_conversation_settings)
        self.where = WhereLabel()          # "On this computer" or "Company server: name"
        top = QHBoxLayout()
        self._header_row = top                # add_extras puts the assistant's name here
        top.addWidget(self.title, 1)
        top.addWidget(self.where)
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
        if self.servers is not None:
            self.servers.models_changed.connect(self.refresh_models)
        self.composer.send_requested.connect(self.on_send_requested)
        self.composer.stop_requested.connect(c.stop)
        self.welcome.example_chosen.connect(self.on_send_requested)
        self.view.regenerate_requested.connect(c.regenerate)
        self.view.edit_requested.connect(c.edit_and_resend)
        self.view.branch_requested.connect(c.switch_branch)
        self.view.link_requested.connect(lambda url: confirm_and_open_link(
            url, self, offline=self.controller.settings.current.offline_only))
        self.conversations.new_requested.connect(self.new_conversation)
        self.conversations.open_requested.connect(self.on_open_requested)
        self.conversations.rename_requested.connect(c.rename)
        self.conversations.pin_requested.connect(c.set_pinned)
        self.conversations.delete_requested.connect(self.on_delete_confirmed)
        self.conversations.search_changed.connect(self.on_search)
        self.conversations.export_requested.connect(self.transfers.export)
        self.conversations.import_requested.connect(self.transfers.import_)
        c.reply_ended.connect(self.on_reply_ended)
        # New, Find, Esc, Ctrl+R and Ctrl+Shift+C are the window's (app/ui/shortcuts.py), so they
        # work from every pane; F2 belongs to the list.
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.conversations.start_rename)

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setAccessibleName(self.tr("Conversation title"))
        if self.controller.conversation is None:
            self.title.setText(self.tr("New chat"))
        self.model_picker.setAccessibleName(self.tr("Model for this conversation"))
        self.model_picker.setAccessibleDescription(self.tr("Each conversation remembers the model it uses"))
        self.model_label.setAccessibleName(self.tr("Model state"))
        self.model_label.setText(self.controller.status_text())
        self.where.retranslate()
        self.load_bar.setAccessibleName(self.tr("Model loading progress"))
        self.meter.setAccessibleName(self.tr("Context used"))
        self.meter.setAccessibleDescription(self.tr("How much of what the model can read at once this "
                                                    "conversation uses"))
        self.meter_label.setAccessibleName(self.tr("Context used"))
        self.system_button.setText(self.tr("Conversation settings…"))
        self.system_button.setAccessibleName(self.tr("Edit this conversation's instructions and reply settings"))
        self.on_context_usage(*self._usage)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.window().isVisible():     # not a window whose app has closed (tests make several)
                self.refresh_list()           # its group names ("Today", ...) are words too
        super().changeEvent(event)

    # -- what the window's shortcuts ask -----------------------------------------------------

    def focus_search(self) -> None:
        self.conversations.search.setFocus()
        self.conversations.search.selectAll()

    def regenerate_last(self) -> None:
        reply = self.view.last_reply()
        if reply is not None:
            self.controller.regenerate(reply.id)

    def copy_last_reply(self) -> bool:
        """Ctrl+Shift+C: the newest reply's text to the clipboard; False when there is none."""
        text = self.view.last_reply_text()
        if not text:
            return False
        QGuiApplication.clipboard().setText(text)
        announce(self, self.tr("Reply copied"))
        return True

    def on_reply_ended(self, message: Message) -> None:
        """A screen reader reads the finished reply (its start, for a long one) without being asked."""
        if message.content.strip():
            announce(self.view, _plain(message.content))

    # -- slots: show what the controller says ------------------------------------------

    def on_conversation_shown(self, conversation, messages: list[Message]) -> None:
        self.title.setText(conversation.title if conversation else self.tr("New chat"))
        self.view.show_messages(messages)
        self.stack.setCurrentWidget(self.view if messages else self.welcome)
        self.notice.hide()
        self._show_where()

    def on_message_added(self, message: Message) -> None:
        self.stack.setCurrentWidget(self.view)
        self.view.add_message(message)
        if self.controller.conversation:
            self.title.setText(self.controller.conversation.title)

    def on_model_status(self, state: str, text: str) -> None:
        self.model_label.setText(text)
        self.load_bar.setVisible(state == "loading")
        self.refresh_models()
        self._show_where()

    def refresh_models(self) -> None:
        """Models on this computer, then each company server's; the one in use selected."""
        servers = self.servers
        fill_model_picker(self.model_picker, [str(p) for p in self.controller.available_models()],
                          servers.groups() if servers else [], self.controller.model_ref,
                          servers.problems if servers else {})

    def _show_where(self) -> None:
        """Where the conversation on screen runs: the model it is set to, else the one in use."""
        conversation = self.controller.conversation
        ref = (ModelRef.parse(conversation.model) if conversation else None) or self.controller.model_ref
        self.where.show_place(ref, self.servers.name_of(ref) if self.servers else "")

    def _on_model_picked(self, index: int) -> None:
        ref = ModelRef.parse(self.model_picker.itemData(index))
        conversation = self.controller.conversation
        bound = (ModelRef.parse(conversation.model) if conversation else None) or self.controller.model_ref
        messages = self.view.message_count() if conversation else 0
        if ref is None or (self.servers is not None and not self.servers.may_use(ref, bound, messages, self)):
            self.refresh_models()          # the choice is undone: nothing moved, nothing sent
            return
        self.controller.use_model(ref)

    def on_context_usage(self, used: int, total: int) -> None:
        self._usage = (used, total)
        self.meter.setRange(0, max(total, 1))
        self.meter.setValue(min(used, max(total, 1)))
        locale = QLocale()
        self.meter_label.setText(self.tr("%1 of %2 tokens used").replace("%1", locale.toString(used)).replace(
            "%2", locale.toString(total)) if total else "")
        self.meter.setVisible(total > 0)

    def on_send_requested(self, text: str) -> None:
        if self.controller.send(text):
            self.composer.clear()

    def on_open_requested(self, conversation_id: int, message_id) -> None:
        self.controller.open_conversation(conversation_id)
        self.composer.editor.setFocus()     # the next thing typed goes to this conversation
        if message_id is not None:
            self.view.scroll_to(message_id)

    def on_delete_confirmed(self, conversation_id: int) -> None:
        self.controller.delete_conversation(conversation_id)

    def on_search(self, text: str) -> None:
        if text:
            self.conversations.show_hits(self.controller.search(text))
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
        self.conversations.show_conversations(self.controller.conversations(), current)

    def _siblings(self, message: Message) -> tuple[int, int]:
        return self.controller.siblings(message)

    def _edit_conversation_settings(self) -> None:
        prompt, own = self.controller.conversation_settings()
        dialog = ConversationSettingsDialog(prompt, own, self.controller.settings.current, self)
        if dialog.exec():
            self.controller.set_conversation_settings(*dialog.values())

    def add_extras(self, extras) -> None:
        """Assistants and documents (app/ui/assistants/chat_extras.py): the assistant's name and the
        Assistants… button in the header, attachments and their share of the context above the
        composer, files dropped on it, and sources under replies."""
        self.extras = extras
        for widget in (extras.header_label, extras.assistants_button):
            self._header_row.insertWidget(self._header_row.indexOf(self.system_button), widget)
        side = self.composer.parentWidget().layout()
        side.insertWidget(side.indexOf(self.composer), extras.attachments)
        self.view.sources_of = extras.sources
        self.composer.enable_attachments()
        self.composer.files_dropped.connect(extras.attach)

    def save_state(self) -> None:
        self.state.setValue("chat/splitter", self.splitter.saveState())
        self.conversations.commit_delete()


_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|```.*$|~~~.*$)|[*_`]{1,3}", re.MULTILINE)


def _plain(markdown: str) -> str:
    """Markdown's marks taken out, for a screen reader to speak: "**Paris**" is read as "Paris"."""
    return _MARKS.sub("", markdown)
