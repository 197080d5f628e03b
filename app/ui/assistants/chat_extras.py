"""ChatExtras: what assistants and documents add to the Chat pane. GUI thread.

The header's assistant name and its Assistants… button, the attachments bar
above the composer, and the sources under replies; ChatPane places these
widgets and hands dropped files here. Every decision is below: the session's
Customisation (prompts, search) and the DocumentsController (indexing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.assistants import AssistantLibrary
from app.engine.adapters import AdapterError, check
from app.ui.assistants.dialog import AssistantsDialog
from app.ui.documents.attachments import AttachmentsBar
from app.ui.documents.controller import DocumentsController
from app.ui.sentences import sentence


class ChatExtras(QObject):
    def __init__(self, controller, documents: DocumentsController, library: AssistantLibrary,
                 icon_for=None) -> None:
        """controller: the ChatController; icon_for(name) -> QIcon for assistants' icons."""
        super().__init__()
        self.controller, self.documents, self.library, self._icon_for = controller, documents, library, icon_for
        self.header_label = QLabel(textFormat=Qt.TextFormat.PlainText, objectName="modelLabel")
        self.share_label = QLabel(textFormat=Qt.TextFormat.PlainText, objectName="modelLabel", visible=False)
        self._count = None
        self.assistants_button = QPushButton(flat=True, objectName="assistantsButton")
        self.assistants_button.clicked.connect(self.show_assistants)
        self.attachments = AttachmentsBar()
        # Under the documents it counts, not by the meter: there it squeezed the model's name.
        self.attachments.add_note(self.share_label)
        self.attachments.remove_requested.connect(documents.remove)
        self.attachments.cancel_requested.connect(documents.cancel)
        documents.files_changed.connect(self.refresh)
        documents.progress.connect(self.attachments.show_progress)
        documents.notice.connect(controller.notice)
        controller.conversation_shown.connect(lambda *_: self.refresh(index_knowledge=True))
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.assistants_button.setText(self.tr("Assistants…"))
        self.assistants_button.setAccessibleName(self.tr("Choose an assistant for a new chat, or manage assistants"))
        self.refresh()

    # -- what the pane asks ----------------------------------------------------------------------

    def attach(self, paths: list[str]) -> None:
        self.documents.attach(paths)

    def sources(self, message_id: int) -> list[dict]:
        return self.documents.sources(message_id)

    def refresh(self, index_knowledge: bool = False) -> None:
        assistant = self.controller.session.extras.assistant_of(
            self.controller.conversation.id if self.controller.conversation else None)
        self.header_label.setText(self.tr("Assistant: %1").replace("%1", assistant.name) if assistant else "")
        self.header_label.setVisible(assistant is not None)
        self.header_label.setAccessibleName(self.tr("Assistant of this conversation"))
        self.attachments.show_files(self.documents.files())
        self._count_share()
        if index_knowledge and assistant is not None:
            self.documents.index_assistant(assistant)     # a file of its knowledge may have changed

    def _count_share(self) -> None:
        """The tokens of the documents that go in whole: their share of the context meter."""
        session = self.controller.session
        conversation = self.controller.conversation
        whole = session.extras.whole_documents(conversation.id if conversation else None, session.context_length)
        session.engine.cancel(self._count)
        self._count = None
        if not whole or session.info is None:
            self.share_label.hide()
            return
        text = "\n\n".join(t for _name, t in whole)
        ticket = self._count = session.engine.count([{"role": "system", "content": text}],
                                                    lambda n, error: self._on_share(ticket, n, error))

    def _on_share(self, ticket, tokens, error) -> None:
        if ticket is not self._count or error is not None:
            return
        self._count = None
        self.share_label.setText(self.tr("documents: %1 tokens").replace("%1", QLocale().toString(tokens)))
        self.share_label.setAccessibleName(self.tr("Share of the context taken by attached documents"))
        self.share_label.show()

    def close(self) -> None:
        self.documents.cancel()
        self.controller.session.engine.cancel(self._count)

    def show_assistants(self) -> None:
        dialog = AssistantsDialog(self.library, self._model_names, self.check_adapter, self._icon_for,
                                  self.assistants_button.window())
        dialog.chat_requested.connect(self.start_chat)
        dialog.exec()

    def start_chat(self, assistant_id: str) -> None:
        self.controller.new_conversation(assistant_id)
        assistant = self.library.get(assistant_id)
        if assistant is not None:
            self.documents.index_assistant(assistant)
        self.refresh()

    def check_adapter(self, path: str) -> str:
        """A sentence when the adapter does not fit the model in use; "" when it does or cannot be told."""
        info = self.controller.info
        if info is None or info.local is None:
            return ""
        try:
            check(path, info.local.path)
        except AdapterError as exc:
            return sentence(exc)
        return ""

    def _model_names(self) -> list[str]:
        return [Path(p).name for p in self.controller.available_models()]


def widgets_for_header(extras: ChatExtras | None) -> list[QWidget]:
    return [extras.header_label, extras.assistants_button] if extras is not None else []
