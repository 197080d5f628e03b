"""ChatController: the chat pane's Qt face of a ChatSession. GUI thread.

The rules of a conversation live in app/chat/session.py, below Qt. This
adapter hands the pane's requests to the session and turns what the session
tells its listener into signals, with every notice and model state worded in
the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.chat import transfer
from app.chat.session import LOADING, NO_MODEL, ChatSession
from app.engine.service import EngineService
from app.engine.types import FILE, ModelInfo, ModelRef
from app.library.local import find_models
from app.store import ChatStore, Conversation, Message, SearchHit
from app.ui.sentences import sentence
from app.ui.settings_model import SettingsModel
from app.ui.tasks import Tasks


class ChatController(QObject):
    conversations_changed = Signal()
    conversation_shown = Signal(object, list)   # Conversation or None, the shown branch
    message_added = Signal(object)              # Message
    reply_grew = Signal(int, str)               # message id, the whole text so far
    reply_ended = Signal(object)                # the finished Message
    prompt_progress = Signal(float)             # 0..1 while a long prompt is read
    busy_changed = Signal(bool)
    notice = Signal(str, str)                   # "info" or "error", a sentence
    model_status = Signal(str, str)             # "loading", "ready" or "failed"; words to show
    model_loaded = Signal(object)               # ModelInfo, each time a model is ready
    load_failed = Signal()
    load_progress = Signal(float)
    context_usage = Signal(int, int)            # tokens used, tokens the model can read

    def __init__(self, store: ChatStore, engine: EngineService, settings: SettingsModel,
                 model_folders: list[Path], server_model_exists=lambda _ref: False) -> None:
        """server_model_exists(ref): a company server's model can be used here (ServersUI.exists)."""
        super().__init__()
        self.settings = settings
        self.model_folders = model_folders
        self.tasks = Tasks(self)
        self.session = ChatSession(store, engine, lambda: settings.current, self,
                                   model_exists=lambda ref: _exists(ref) or server_model_exists(ref),
                                   background=lambda work, done: self.tasks.run(lambda _task: work(), done))

    # -- what the pane asks --------------------------------------------------------------

    @property
    def conversation(self) -> Conversation | None:
        return self.session.conversation

    @property
    def busy(self) -> bool:
        return self.session.busy

    @property
    def info(self) -> ModelInfo | None:
        return self.session.info

    @property
    def model_ref(self) -> ModelRef | None:
        return self.session.model

    @property
    def context_length(self) -> int:
        return self.session.context_length

    def available_models(self) -> list[Path]:
        return find_models(self.model_folders)

    def conversations(self) -> list[Conversation]:
        return self.session.conversations()

    def search(self, text: str) -> list[SearchHit]:
        return self.session.search(text)

    def siblings(self, message: Message) -> tuple[int, int]:
        return self.session.siblings(message.id)

    def load_model(self, ref: ModelRef) -> None:
        self.session.load_model(ref)

    def reload_model(self) -> None:
        self.session.reload_model()

    def use_model(self, ref: ModelRef) -> None:
        self.session.use_model(ref)

    def new_conversation(self, assistant_id: str | None = None) -> None:
        self.session.new_conversation(assistant_id)

    def open_conversation(self, conversation_id: int) -> None:
        self.session.open_conversation(conversation_id)

    def rename(self, conversation_id: int, title: str) -> None:
        self.session.rename(conversation_id, title)

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.session.set_pinned(conversation_id, pinned)

    def delete_conversation(self, conversation_id: int) -> None:
        self.session.delete_conversation(conversation_id)

    def delete_all_conversations(self) -> int | None:
        return self.session.delete_all_conversations()

    def conversation_settings(self) -> tuple[str, dict]:
        return self.session.conversation_settings()

    def set_conversation_settings(self, system_prompt: str, settings: dict) -> None:
        self.session.set_conversation_settings(system_prompt, settings)

    # Export and import: any thread (the store may be used from any thread).

    def export_file(self, path: Path, fmt: str, conversation_ids: list[int] | None) -> None:
        transfer.export_file(self.session.store, path, fmt, conversation_ids)

    def import_file(self, path: Path) -> list[int]:
        return transfer.import_file(self.session.store, path)

    def imported(self, _ids: list[int]) -> None:
        self.conversations_changed.emit()

    def title_of(self, conversation_id: int) -> str:
        return next((c.title for c in self.session.conversations() if c.id == conversation_id), "")

    def send(self, text: str) -> bool:
        return self.session.send(text)

    def stop(self) -> None:
        self.session.stop()

    def regenerate(self, reply_id: int) -> None:
        self.session.regenerate(reply_id)

    def edit_and_resend(self, question_id: int, text: str) -> None:
        self.session.edit_and_resend(question_id, text)

    def switch_branch(self, message_id: int, step: int) -> None:
        self.session.switch_branch(message_id, step)

    def status_text(self) -> str:
        """The model's state in words, in the language in use (asked again after a language change)."""
        state, info = self.session.state, self.session.info
        if state == LOADING:
            return self.tr("Loading the model…")
        if state == NO_MODEL or info is None:
            return self.tr("No model loaded")
        local = info.local
        if local is None:
            return self.tr("runs on %1").replace("%1", info.backend)
        if not info.on_gpu:
            return self.tr("runs on the processor")
        if local.gpu_layers <= local.layer_count:
            return self.tr("runs on %1 (%2 of %3 layers)").replace("%1", info.backend).replace(
                "%2", str(local.gpu_layers)).replace("%3", str(local.layer_count))
        return self.tr("runs on %1").replace("%1", info.backend)

    # -- what the session says (SessionListener) ---------------------------------------------

    def on_conversations_changed(self) -> None:
        self.conversations_changed.emit()

    def on_conversation_shown(self, conversation, messages) -> None:
        self.conversation_shown.emit(conversation, messages)

    def on_message_added(self, message) -> None:
        self.message_added.emit(message)

    def on_reply_grew(self, message_id: int, text: str) -> None:
        self.reply_grew.emit(message_id, text)

    def on_reply_ended(self, message) -> None:
        self.reply_ended.emit(message)

    def on_prompt_progress(self, fraction: float) -> None:
        self.prompt_progress.emit(fraction)

    def on_busy_changed(self, busy: bool) -> None:
        self.busy_changed.emit(busy)

    def on_notice(self, kind: str, what) -> None:
        self.notice.emit(kind, sentence(what))

    def on_model_state(self, state: str, info) -> None:
        self.model_status.emit(state, self.status_text())
        if info is not None:
            self.model_loaded.emit(info)
        elif state == NO_MODEL:
            self.load_failed.emit()

    def on_load_progress(self, fraction: float) -> None:
        self.load_progress.emit(fraction)

    def on_context_usage(self, used: int, total: int) -> None:
        self.context_usage.emit(used, total)


def _exists(ref: ModelRef) -> bool:
    return ref.kind == FILE and Path(ref.locator).is_file()

