"""ChatSession: the rules of the conversation on screen, below Qt.

Sending commits the question first, then starts an empty reply (status
streaming) and asks the engine for it; text arrives in batches and goes to
the store (on disk within a second) and to the listener. Stop, a crash or an
error ends the reply with the text so far. Regenerating and editing make a
sibling branch; one reply is written at a time (the busy guard).

Threads: one thread uses a session (the GUI's), and its engine service must
deliver answers to that same thread, never at once on its own: then nothing
here needs a lock. The listener is told everything a view shows; views never
read the store themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.chat.history import backend_messages, trim_estimate
from app.chat.listener import SessionListener
from app.chat.notices import ChatNotice
from app.chat.params import generation_params
from app.chat.titles import TitleSuggester, title_from
from app.engine import GenParams, LoadOptions, ModelInfo, RuntimeCrashed
from app.engine.backend import supports
from app.engine.service import EngineService, Ticket
from app.engine.types import FILE, ModelRef
from app.library.local import display_name
from app.settings import Settings
from app.store import COMPLETE, FAILED, STOPPED, ChatStore, Conversation, Message, SearchHit, StoreError

log = logging.getLogger(__name__)

LOADING, READY, NO_MODEL = "loading", "ready", "failed"
Background = Callable[[Callable[[], object], Callable[[object, Exception | None], None]], None]


def _ignore(_result, _error) -> None:
    """An engine job whose answer nobody waits for (forgetting saved states)."""


def _at_once(work: Callable[[], object], done: Callable[[object, Exception | None], None]) -> None:
    """background() for scripts and tests: on this thread, now."""
    try:
        result, error = work(), None
    except StoreError as exc:
        result, error = None, exc
    done(result, error)


@dataclass
class _Reply:
    message_id: int
    conversation_id: int
    text: str = ""
    ticket: Ticket | None = None
    job: object = None              # what Customisation made of the messages (its sources)


class ChatSession:
    def __init__(self, store: ChatStore, engine: EngineService, settings: Callable[[], Settings],
                 listener: SessionListener, model_exists: Callable[[ModelRef], bool] = lambda _ref: True,
                 extras=None, background: Background = _at_once) -> None:
        """extras: a Customisation (app/chat/customisation.py): assistants and documents; None = neither.
        background(work, done): runs work() off this thread and done(result, error) back on it, for
        store calls that can take long (deleting a conversation: half a second in a long history)."""
        self.store = store
        self._background = background
        engine.watch_crashes(self._on_engine_crash)
        self.extras = extras
        self.engine = engine
        self._settings = settings
        self.listener = listener
        self._model_exists = model_exists
        self.conversation: Conversation | None = None
        self.model: ModelRef | None = None          # the model replies come from (loaded or loading)
        self.state = LOADING
        self.info: ModelInfo | None = None
        self._reply: _Reply | None = None
        self._load: Ticket | None = None
        self._count: Ticket | None = None
        self._titles = TitleSuggester(store, engine, self._on_titled)
        # A new chat's settings, set before its first message: they go with it into the store.
        self._draft_prompt = ""
        self._draft_settings: dict = {}

    @property
    def busy(self) -> bool:
        return self._reply is not None

    @property
    def context_length(self) -> int:
        return self.info.context_length if self.info else 0

    # -- the model ------------------------------------------------------------------------

    def load_model(self, ref: ModelRef) -> None:
        """Load ref; replies asked for meanwhile wait for it in the engine's queue."""
        self.engine.cancel(self._load)
        self.model, self.info = ref, None
        self._set_state(LOADING)
        ticket = self._load = self.engine.load(
            ref, self._load_options(), lambda info, error: self._on_loaded(ticket, info, error),
            on_progress=self.listener.on_load_progress)

    def use_model(self, ref: ModelRef) -> None:
        """From now on this conversation's replies come from ref."""
        if self.conversation is not None:
            self._update_conversation(model=str(ref))
        if ref != self.model:
            self.load_model(ref)

    def reload_model(self) -> None:
        """Load the same model again (its hardware settings changed)."""
        if self.model is not None:
            self.load_model(self.model)

    def _on_loaded(self, ticket: Ticket, info: ModelInfo | None, error: Exception | None) -> None:
        if ticket is not self._load:
            return   # a load that another one replaced
        self._load = None
        if error is not None:
            log.warning("model load failed: %s", getattr(error, "code", type(error).__name__))
            self.info = None
            self._set_state(NO_MODEL)
            self.listener.on_notice("error", ChatNotice("load_failed", reason=error))
            return
        self.info = info
        local = info.local
        if local is not None:     # facts for a help desk: which file and where, never a word of text
            log.info("model loaded: %s on %s, %d of %d layers on the GPU, %d threads, context %d",
                     display_name(local.path), info.backend, local.gpu_layers, local.layer_count, local.threads,
                     info.context_length)
        else:
            log.info("model chosen: %s on a company server, context %d", info.name, info.context_length)
        self._set_state(READY)
        for notice in info.notices:          # what a fallback did (EngineNotice)
            self.listener.on_notice("info", notice)
        self._count_tokens()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.listener.on_model_state(state, self.info)

    def _load_options(self) -> LoadOptions:
        s = self._settings()
        return LoadOptions(context_length=s.context_length or None,
                           gpu_layers=None if s.gpu_layers < 0 else s.gpu_layers, threads=s.threads or None)

    def model_label(self) -> str:
        """The model's name as a reply records it."""
        if self.info is not None:
            return display_name(self.info.local.path) if self.info.local else self.info.name
        if self.model is not None:
            return display_name(self.model.locator) if self.model.kind == FILE else self.model.locator
        return ""

    # -- conversations --------------------------------------------------------------------

    def conversations(self) -> list[Conversation]:
        return self.store.list_conversations()

    def search(self, text: str) -> list[SearchHit]:
        return self.store.search(text)

    def siblings(self, message_id: int) -> tuple[int, int]:
        """(position from 1, how many) of a message among its branch's alternatives."""
        ids, index = self.store.siblings(message_id)
        return index + 1, len(ids)

    def new_conversation(self, assistant_id: str | None = None) -> None:
        """A new chat, with an assistant's instructions, settings and preferred model when one is given."""
        self.conversation = None
        self._draft_prompt, self._draft_settings = "", {}
        preferred = self.extras.new_draft(assistant_id) if self.extras is not None else None
        if preferred is not None and preferred != self.model and self._model_exists(preferred):
            self.load_model(preferred)
        self.listener.on_conversation_shown(None, [])
        self.listener.on_context_usage(0, self.context_length)

    def open_conversation(self, conversation_id: int) -> None:
        try:
            conversation = self.store.conversation(conversation_id)
            messages = self.store.messages(conversation_id)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return
        self.conversation = conversation
        self.listener.on_conversation_shown(conversation, messages)
        wanted = ModelRef.parse(conversation.model)
        if wanted is not None and wanted != self.model:
            if self._model_exists(wanted):
                self.load_model(wanted)   # each conversation keeps the model it was set to
            elif wanted.kind == FILE:
                self.listener.on_notice("info", ChatNotice("model_missing", name=_ref_name(wanted)))
            else:
                self.listener.on_notice("info", ChatNotice("server_unavailable", name=_ref_name(wanted)))
        self._count_tokens()

    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if title:
            self._guard(self.store.rename_conversation, conversation_id, title)
            self._refresh_current(conversation_id)
            self.listener.on_conversations_changed()

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self._guard(self.store.set_pinned, conversation_id, pinned)
        self.listener.on_conversations_changed()

    def delete_conversation(self, conversation_id: int) -> None:
        """For good; a reply being written into it stops first."""
        if self._reply is not None and self._reply.conversation_id == conversation_id:
            reply, self._reply = self._reply, None
            self.engine.cancel(reply.ticket)
            self.listener.on_busy_changed(False)
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.new_conversation()
        self._forget_states(conversation_id)

        def done(_result, error) -> None:
            if error is not None:
                self.listener.on_notice("error", error)
            self.listener.on_conversations_changed()
        self._background(lambda: self.store.delete_conversation(conversation_id), done)

    def delete_all_conversations(self) -> int | None:
        """Settings → Privacy: every conversation at once (the user confirmed); how many there
        were. None while a reply is being written: its text would have nowhere to go."""
        if self.busy:
            return None
        count = self._guard(self.store.delete_all_conversations)
        self.engine.call(lambda backend: backend.forget_all() if supports(backend, "forget_all") else 0,
                         _ignore, kind=FILE)
        self.new_conversation()
        self.listener.on_conversations_changed()
        return None if count is False else count

    def _forget_states(self, conversation_id: int) -> None:
        """The engine keeps recent conversations' states (encrypted, on disk): a deleted
        conversation's go with it. Each opening (system prompt and a first question, of
        every branch) names them; the model must be the one that made them."""
        try:
            conversation = self.store.conversation(conversation_id)
            firsts = [m for m in self.store.all_messages(conversation_id) if m.role == "user" and m.parent_id is None]
        except StoreError:
            return
        for first in firsts:
            opening = self._with_extras(conversation.system_prompt, [first], conversation_id)
            self.engine.call(lambda backend, m=opening: backend.forget(m) if supports(backend, "forget") else 0,
                             _ignore, kind=FILE)

    def conversation_settings(self) -> tuple[str, dict]:
        """The system prompt and generation settings of the conversation on screen (or the new one)."""
        if self.conversation is None:
            return self._draft_prompt, dict(self._draft_settings)
        return self.conversation.system_prompt, dict(self.conversation.settings)

    def set_conversation_settings(self, system_prompt: str, settings: dict) -> None:
        if self.conversation is None:
            self._draft_prompt, self._draft_settings = system_prompt, dict(settings)
        else:
            self._update_conversation(system_prompt=system_prompt, settings=dict(settings))
        self._count_tokens()

    def _update_conversation(self, **fields) -> None:
        if self._guard(self.store.update_conversation, self.conversation.id, **fields) is not False:
            self._refresh_current(self.conversation.id)

    def _refresh_current(self, conversation_id: int) -> None:
        if self.conversation is not None and self.conversation.id == conversation_id:
            try:
                self.conversation = self.store.conversation(conversation_id)
            except StoreError:
                self.conversation = None

    # -- sending and replies ----------------------------------------------------------------

    def send(self, text: str) -> bool:
        """Ask a new question after the message on screen; False when nothing was sent."""
        if not text.strip() or self.busy or not self._stays_where_it_runs():
            return False
        self._titles.cancel()
        try:
            if self.conversation is None:
                self.conversation = self.store.create_conversation(
                    title_from(text), model=str(self.model) if self.model else None,
                    system_prompt=self._draft_prompt, settings=self._draft_settings)
                if self.extras is not None:
                    self.extras.adopt_draft(self.conversation.id)
                self.listener.on_conversation_shown(self.conversation, [])
            question = self.store.add_message(self.conversation.id, "user", text)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return False
        self.listener.on_message_added(question)
        self.listener.on_conversations_changed()
        self._start_reply(question)
        return True

    def regenerate(self, reply_id: int) -> None:
        """Another reply to the same question, as a sibling branch."""
        if self.busy or not self._stays_where_it_runs():
            return
        try:
            question = self.store.message(self.store.message(reply_id).parent_id)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return
        self._titles.cancel()
        self._start_reply(question, redraw=True)

    def edit_and_resend(self, question_id: int, text: str) -> None:
        """The question asked anew with other words, as a sibling branch."""
        if self.busy or not text.strip() or not self._stays_where_it_runs():
            return
        try:
            old = self.store.message(question_id)
            question = self.store.add_message(old.conversation_id, "user", text, parent_id=old.parent_id)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return
        self._titles.cancel()
        self._start_reply(question, redraw=True)

    def switch_branch(self, message_id: int, step: int) -> None:
        if self.busy or self.conversation is None:
            return
        ids, index = self.store.siblings(message_id)
        target = ids[max(0, min(len(ids) - 1, index + step))]
        if target != message_id:
            self.listener.on_conversation_shown(self.conversation, self.store.select_branch(target))
            self._count_tokens()

    def _stays_where_it_runs(self) -> bool:
        """A conversation's history goes only where the conversation runs: between this computer
        and a company server it moves by the user's choice (use_model), never as a fallback."""
        bound = ModelRef.parse(self.conversation.model) if self.conversation is not None else None
        if bound is None or self.model is None or bound == self.model or FILE == bound.kind == self.model.kind:
            return True
        self.listener.on_notice("error", ChatNotice("runs_elsewhere", name=_ref_name(bound)))
        return False

    def stop(self) -> None:
        if self._reply is not None:
            self.engine.cancel(self._reply.ticket)

    def _start_reply(self, question: Message, redraw: bool = False) -> None:
        """redraw: the branch changed (regenerate, edit), so the view shows it anew."""
        try:
            history = (self.store.select_branch(question.id) if redraw
                       else self.store.messages(question.conversation_id))
            history = history[:[m.id for m in history].index(question.id) + 1]
            message = self.store.start_reply(question.conversation_id, parent_id=question.id,
                                             model=self.model_label() or None)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return
        reply = self._reply = _Reply(message.id, question.conversation_id)
        if redraw:
            self.listener.on_conversation_shown(self.conversation, self.store.messages(question.conversation_id))
        else:
            self.listener.on_message_added(message)
        self.listener.on_busy_changed(True)
        messages, dropped = self._messages_for(history)
        if dropped:
            self.listener.on_notice("info", ChatNotice("messages_left_out", count=dropped))
        if self.extras is not None:   # documents' passages are found on the engine thread, in the queue's order
            messages = reply.job = self.extras.reply_job(question.conversation_id, messages, self.context_length)
        reply.ticket = self.engine.reply(
            messages, self._params(), lambda text: self._on_text(reply, text),
            lambda stats, error: self._on_reply_done(reply, stats, error),
            on_progress=lambda fraction: self._on_prompt_progress(reply, fraction))

    def _messages_for(self, history: list[Message]) -> tuple[list[dict], int]:
        system = self.conversation.system_prompt if self.conversation else ""
        messages = self._with_extras(system, history)
        if self.info is not None and self.info.local is None:
            # A server's model cannot count here; a local one is trimmed exactly by the engine.
            return trim_estimate(messages, self.info.context_length, self._params().max_tokens)
        return messages, 0

    def _params(self) -> GenParams:
        own = self.conversation.settings if self.conversation else self._draft_settings
        if self.extras is None:
            return generation_params(self._settings(), own)
        key = self.conversation.id if self.conversation else None
        return self.extras.adapt(key, generation_params(self._settings(), self.extras.layer(key), own))

    def _with_extras(self, system: str, history: list[Message], key: int | None | bool = False) -> list[dict]:
        """Backend messages with an assistant's instructions and examples and whole documents;
        key: the conversation's id (the one on screen when not given)."""
        if self.extras is None:
            return backend_messages(system, history)
        if key is False:
            key = self.conversation.id if self.conversation else None
        system, examples = self.extras.prompt(key, system, self.context_length)
        return backend_messages(system, history, *examples)

    def _on_prompt_progress(self, reply: _Reply, fraction: float) -> None:
        if reply is self._reply:
            self.listener.on_prompt_progress(fraction)

    def _on_text(self, reply: _Reply, text: str) -> None:
        if reply is not self._reply:
            return
        reply.text += text
        try:
            self.store.append_reply(reply.message_id, text)
        except StoreError as exc:
            self.listener.on_notice("error", exc)   # the text stays in memory; the store retries
        self.listener.on_reply_grew(reply.message_id, reply.text)

    def _on_reply_done(self, reply: _Reply, stats, error: Exception | None) -> None:
        if reply is not self._reply:
            return
        if error is None:
            status = STOPPED if stats.stop_reason == "cancelled" else COMPLETE
            self._end_reply(reply, status, stats)
            if stats.dropped_messages:
                self.listener.on_notice("info", ChatNotice("messages_left_out", count=stats.dropped_messages))
            if status == COMPLETE:
                self._titles.suggest(reply.conversation_id)
            return
        self._end_reply(reply, STOPPED if reply.text else FAILED, None)
        if not isinstance(error, RuntimeCrashed):      # a crash is told by _on_engine_crash
            self.listener.on_notice("error", error)

    def _on_engine_crash(self) -> None:
        """The model's process died, in a reply or any other job (a local API request):
        say so and load the model again, so the next message works."""
        self.listener.on_notice("error", ChatNotice("runtime_restarting"))
        self.reload_model()

    def _end_reply(self, reply: _Reply, status: str, stats) -> None:
        self._reply = None
        try:
            message = self.store.finish_reply(reply.message_id, status, stats)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            message = None
        self.listener.on_busy_changed(False)
        if self.extras is not None and message is not None:
            self.extras.finished(message.id, reply.job)      # its sources, before the view shows it ended
        if message is not None:
            self.listener.on_reply_ended(message)
        self.listener.on_conversations_changed()
        self._count_tokens()

    # -- the title the model suggests ----------------------------------------------------------

    def _on_titled(self, conversation_id: int) -> None:
        self._refresh_current(conversation_id)
        self.listener.on_conversations_changed()

    # -- the context meter ---------------------------------------------------------------------

    def recount(self) -> None:
        """Count the context again: attachments changed."""
        self._count_tokens()

    def _count_tokens(self) -> None:
        self.engine.cancel(self._count)
        self._count = None
        if self.conversation is None or self.info is None:
            self.listener.on_context_usage(0, self.context_length)
            return
        try:
            messages = self._with_extras(self.conversation.system_prompt, self.store.messages(self.conversation.id))
        except StoreError:
            return
        ticket = self._count = self.engine.count(
            messages, lambda n, error: self._on_counted(ticket, messages, n, error))

    def _on_counted(self, ticket: Ticket, messages: list[dict], tokens: int | None, error) -> None:
        if ticket is not self._count:
            return
        self._count = None
        if error is not None:
            if self.info is None or self.info.local is not None:
                return   # the meter stays as it was
            tokens = sum(len(m["content"]) for m in messages) // 4   # a server's model: an estimate
        self.listener.on_context_usage(tokens, self.context_length)

    # -- end --------------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop what this session asked of the engine (the window is closing)."""
        self._titles.cancel()
        for ticket in (self._count, self._load, self._reply.ticket if self._reply else None):
            self.engine.cancel(ticket)

    def _guard(self, fn, *args, **kwargs):
        """A store call whose failure is a notice, not an exception in a slot; False when it failed."""
        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return False


def _ref_name(ref: ModelRef) -> str:
    return display_name(ref.locator) if ref.kind == FILE else ref.locator
