"""ChatController: the conversation flow between the chat pane, the store and
the EngineWorker. Lives on the GUI thread; the pane's slots call it and it
reports back through signals.

Sending: the question is committed to the store first, then an empty reply
(status streaming) is started and the worker is asked for a reply. Pieces
arrive batched; each batch goes to the store (on disk within a second) and
to the view. Stop, a crash or an error ends the reply with the text so far.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.engine import GenParams, LoadOptions
from app.library.local import display_name, find_models
from app.ui.settings_model import SettingsModel
from app.store import COMPLETE, FAILED, STOPPED, ChatStore, Conversation, Message, StoreError
from app.ui.workers import EngineWorker

TITLE_LENGTH = 48


def title_from(text: str) -> str:
    """A conversation title from its first question: its first line, shortened at a word."""
    line = " ".join(text.strip().split("\n", 1)[0].split())
    if len(line) <= TITLE_LENGTH:
        return line or "New chat"
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


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
    load_progress = Signal(float)
    context_usage = Signal(int, int)            # tokens used, tokens the model can read

    def __init__(self, store: ChatStore, worker: EngineWorker, settings: SettingsModel,
                 model_folders: list[Path]) -> None:
        super().__init__()
        self.store = store
        self.worker = worker
        self.settings = settings
        self.model_folders = model_folders
        self.conversation: Conversation | None = None
        self.model_path = ""
        self.model_name = ""
        self._status: tuple[str, object] = ("loading", None)   # state, ModelInfo when ready
        self.context_length = 0
        self._requests = itertools.count(1)
        self._active: tuple[int, int] | None = None   # (request id, reply message id)
        self._stop_requested = False
        self._reply_text = ""
        self._count_request = 0
        worker.model_loaded.connect(self.on_model_loaded)
        worker.load_failed.connect(self.on_load_failed)
        worker.load_progress.connect(self.load_progress)
        worker.reply_pieces.connect(self.on_reply_pieces)
        worker.reply_finished.connect(self.on_reply_finished)
        worker.reply_failed.connect(self.on_reply_failed)
        worker.prompt_progress.connect(self.on_prompt_progress)
        worker.tokens_counted.connect(self.on_tokens_counted)

    @property
    def busy(self) -> bool:
        return self._active is not None

    # -- the model ---------------------------------------------------------------

    def available_models(self) -> list[Path]:
        return find_models(self.model_folders)

    def use_model(self, path: str) -> None:
        """Use this model from now on in the conversation on screen."""
        if self.conversation is not None:
            self.store.update_conversation(self.conversation.id, model=path)
            self._refresh_current(self.conversation.id)
        if path != self.model_path:
            self.load_model(path)

    def load_model(self, path: str) -> None:
        self.model_path = path
        self._set_status("loading")
        s = self.settings.current
        options = LoadOptions(context_length=s.context_length or None,
                              gpu_layers=None if s.gpu_layers < 0 else s.gpu_layers,
                              threads=s.threads or None)
        self.worker.load_requested.emit(path, options)

    def on_model_loaded(self, info) -> None:
        self.model_name = display_name(info.path)
        self.context_length = info.context_length
        self._set_status("ready", info)
        if info.notice:
            self.notice.emit("info", info.notice)
        self._count_tokens()

    def on_load_failed(self, sentence: str) -> None:
        self._set_status("failed")
        self.notice.emit("error", self.tr("The model could not be loaded. %1").replace("%1", sentence))

    def _set_status(self, state: str, info=None) -> None:
        self._status = (state, info)
        self.model_status.emit(state, self.status_text())

    def status_text(self) -> str:
        """The model's state in words, in the language in use (asked again after a language change)."""
        state, info = self._status
        if state == "loading":
            return self.tr("Loading the model…")
        if state == "failed" or info is None:
            return self.tr("No model loaded")
        if info.backend == "CPU" or info.gpu_layers == 0:
            return self.tr("runs on the processor")
        if info.gpu_layers <= info.layer_count:
            return self.tr("runs on %1 (%2 of %3 layers)").replace("%1", info.backend).replace(
                "%2", str(info.gpu_layers)).replace("%3", str(info.layer_count))
        return self.tr("runs on %1").replace("%1", info.backend)

    # -- conversations -----------------------------------------------------------

    def new_conversation(self) -> None:
        self.conversation = None
        self.conversation_shown.emit(None, [])
        self.context_usage.emit(0, self.context_length)

    def open_conversation(self, conversation_id: int) -> None:
        try:
            self.conversation = self.store.conversation(conversation_id)
            messages = self.store.messages(conversation_id)
        except StoreError as exc:
            self.notice.emit("error", str(exc))
            return
        self.conversation_shown.emit(self.conversation, messages)
        wanted = self.conversation.model
        if wanted and wanted != self.model_path and Path(wanted).is_file():
            self.load_model(wanted)   # each conversation keeps the model it was set to
        self._count_tokens()

    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if title:
            self.store.rename_conversation(conversation_id, title)
            self._refresh_current(conversation_id)
            self.conversations_changed.emit()

    def delete_all_conversations(self) -> bool:
        """Settings → Privacy: every conversation, for good (the user confirmed).
        False while a reply is being written: its text would have nowhere to go."""
        if self.busy:
            return False
        for conversation in self.store.list_conversations():
            self.store.delete_conversation(conversation.id)
        self.new_conversation()
        self.conversations_changed.emit()
        return True

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.store.set_pinned(conversation_id, pinned)
        self.conversations_changed.emit()

    def set_system_prompt(self, text: str) -> None:
        if self.conversation is not None:
            self.store.update_conversation(self.conversation.id, system_prompt=text)
            self._refresh_current(self.conversation.id)
            self._count_tokens()

    def _refresh_current(self, conversation_id: int) -> None:
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = self.store.conversation(conversation_id)

    # -- sending and replies -----------------------------------------------------

    def send(self, text: str) -> bool:
        """Ask a new question after the message on screen; False when nothing was sent."""
        if not text.strip() or self.busy:
            return False
        try:
            if self.conversation is None:
                self.conversation = self.store.create_conversation(title_from(text), model=self.model_path or None)
                self.conversation_shown.emit(self.conversation, [])
            question = self.store.add_message(self.conversation.id, "user", text)
        except StoreError as exc:
            self.notice.emit("error", str(exc))
            return False
        self.message_added.emit(question)
        self.conversations_changed.emit()
        self._start_reply(question)
        return True

    def regenerate(self, reply_id: int) -> None:
        """Another reply to the same question, as a sibling branch."""
        if self.busy:
            return
        question = self.store.message(self.store.message(reply_id).parent_id)
        self._start_reply(question, redraw=True)

    def edit_and_resend(self, question_id: int, text: str) -> None:
        """A changed question becomes a new branch beside the old one."""
        if self.busy or not text.strip():
            return
        old = self.store.message(question_id)
        question = self.store.add_message(old.conversation_id, "user", text, parent_id=old.parent_id)
        self._start_reply(question, redraw=True)

    def switch_branch(self, message_id: int, step: int) -> None:
        if self.busy:
            return
        ids, index = self.store.siblings(message_id)
        target = ids[max(0, min(len(ids) - 1, index + step))]
        if target != message_id:
            self.conversation_shown.emit(self.conversation, self.store.select_branch(target))
            self._count_tokens()

    def stop(self) -> None:
        if self.busy:
            self._stop_requested = True   # again at the first sign of life, in case the
            self.worker.cancel()          # worker had not begun this reply yet

    def _start_reply(self, question: Message, redraw: bool = False) -> None:
        """redraw: the branch changed (regenerate, edit), so the view shows it anew."""
        history = self.store.select_branch(question.id) if redraw else self.store.messages(question.conversation_id)
        history = history[:[m.id for m in history].index(question.id) + 1]
        reply = self.store.start_reply(question.conversation_id, parent_id=question.id,
                                       model=self.model_name or None)
        request = next(self._requests)
        self._active = (request, reply.id)
        self._reply_text = ""
        self._stop_requested = False
        if redraw:
            self.conversation_shown.emit(self.conversation, self.store.messages(question.conversation_id))
        else:
            self.message_added.emit(reply)
        self.busy_changed.emit(True)
        self.worker.chat_requested.emit(request, self._engine_messages(history), self._params())

    def _engine_messages(self, history: list[Message]) -> list[dict]:
        system = self.conversation.system_prompt if self.conversation else ""
        messages = [{"role": "system", "content": system}] if system.strip() else []
        for m in history:
            if m.role == "assistant" and (m.status == FAILED or not m.content):
                continue
            messages.append({"role": m.role, "content": m.content})
        return messages

    def _params(self) -> GenParams:
        s = self.settings.current
        return GenParams(max_tokens=s.max_tokens, temperature=s.temperature, top_p=s.top_p)

    def on_prompt_progress(self, request: int, fraction: float) -> None:
        if self._active and self._active[0] == request:
            if self._stop_requested:
                self.worker.cancel()
            self.prompt_progress.emit(fraction)

    def on_reply_pieces(self, request: int, text: str) -> None:
        if not self._active or self._active[0] != request:
            return
        if self._stop_requested:
            self.worker.cancel()
        self._reply_text += text
        reply_id = self._active[1]
        try:
            self.store.append_reply(reply_id, text)
        except StoreError as exc:
            self.notice.emit("error", str(exc))   # the text stays in memory; the store retries
        self.reply_grew.emit(reply_id, self._reply_text)

    def on_reply_finished(self, request: int, stats) -> None:
        if not self._active or self._active[0] != request:
            return
        status = STOPPED if stats.stop_reason == "cancelled" else COMPLETE
        self._end_reply(status, stats)
        for sentence in stats.notices:
            self.notice.emit("info", sentence)

    def on_reply_failed(self, request: int, sentence: str, crashed: bool) -> None:
        if not self._active or self._active[0] != request:
            return
        self._end_reply(STOPPED if self._reply_text else FAILED, None)
        if crashed:
            self.notice.emit("error", self.tr("The model stopped unexpectedly and is being restarted. "
                                              "Your conversation is safe; send your message again."))
            self.load_model(self.model_path)
        else:
            self.notice.emit("error", sentence)

    def _end_reply(self, status: str, stats) -> None:
        request, reply_id = self._active
        self._active = None
        try:
            message = self.store.finish_reply(reply_id, status, stats)
        except StoreError as exc:
            self.notice.emit("error", str(exc))
            message = None
        self.busy_changed.emit(False)
        if message is not None:
            self.reply_ended.emit(message)
        self.conversations_changed.emit()
        self._count_tokens()

    # -- the context meter ---------------------------------------------------------

    def _count_tokens(self) -> None:
        if self.conversation is None or not self.context_length:
            self.context_usage.emit(0, self.context_length)
            return
        self._count_request = next(self._requests)
        history = self.store.messages(self.conversation.id)
        self.worker.count_requested.emit(self._count_request, self._engine_messages(history))

    def on_tokens_counted(self, request: int, tokens: int) -> None:
        if request == self._count_request:
            self.context_usage.emit(tokens, self.context_length)
