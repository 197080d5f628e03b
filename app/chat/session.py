"""ChatSession: the rules of the conversation on screen, below Qt.

Sending commits the question first, then starts an empty reply (status
streaming) and hands it to the ReplyWriter (reply.py), which writes one reply
at a time (the busy guard). Regenerating and editing make a sibling branch.
Replies come from the ModelSlot's model (model_slot.py); the ContextMeter
(context_meter.py) shows how much of its context the conversation fills.

Threads: one thread uses a session (the GUI's), and its engine service must
deliver answers to that same thread, never at once on its own: then nothing
here needs a lock. The listener is told everything a view shows; views never
read the store themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from app.chat.context_meter import ContextMeter
from app.chat.history import backend_messages, trim_estimate
from app.chat.listener import SessionListener
from app.chat.model_slot import LOADING, NO_MODEL, READY, ModelSlot
from app.chat.notices import ChatNotice
from app.chat.params import generation_params
from app.chat.reply import Reply, ReplyWriter
from app.chat.titles import TitleSuggester, title_from
from app.engine import GenParams, ModelInfo
from app.engine.backend import supports
from app.engine.service import EngineService
from app.engine.types import FILE, ModelRef
from app.settings import Settings
from app.store import ChatStore, Conversation, Message, SearchHit, StoreError

# The model's states live in model_slot.py; callers compare session.state with them from here.
__all__ = ["LOADING", "NO_MODEL", "READY", "Background", "ChatSession"]

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


class ChatSession:
    def __init__(self, store: ChatStore, engine: EngineService, settings: Callable[[], Settings],
                 listener: SessionListener, model_exists: Callable[[ModelRef], bool] = lambda _ref: True,
                 extras=None, background: Background = _at_once) -> None:
        """extras: a Customisation (app/chat/customisation.py): assistants and documents; None = neither.
        background(work, done): runs work() off this thread and done(result, error) back on it, for
        store calls that can take long (deleting a conversation: half a second in a long history)."""
        self.store = store
        self._background = background
        self._slot = ModelSlot(engine, settings, listener, model_exists,
                               loaded=self.recount)
        self.extras = extras
        self.engine = engine
        self._settings = settings
        self.listener = listener
        self.conversation: Conversation | None = None
        self._meter = ContextMeter(engine, listener, self._slot, self._shown_messages)
        self._titles = TitleSuggester(store, engine, self._on_titled)
        self._writer = ReplyWriter(store, engine, listener, self._titles, ended=self._on_reply_ended)
        # A new chat's settings, set before its first message: they go with it into the store.
        self._draft_prompt = ""
        self._draft_settings: dict = {}

    @property
    def busy(self) -> bool:
        return self._writer.busy

    # -- the model (app/chat/model_slot.py) -------------------------------------------------

    @property
    def model(self) -> ModelRef | None:
        """The model replies come from (loaded or loading)."""
        return self._slot.model

    @property
    def state(self) -> str:
        return self._slot.state

    @property
    def info(self) -> ModelInfo | None:
        return self._slot.info

    @property
    def context_length(self) -> int:
        return self._slot.context_length

    def load_model(self, ref: ModelRef) -> None:
        """Load ref; replies asked for meanwhile wait for it in the engine's queue."""
        self._slot.load(ref)

    def use_model(self, ref: ModelRef) -> None:
        """From now on this conversation's replies come from ref."""
        if self.conversation is not None:
            self._update_conversation(model=str(ref))
        if ref != self.model:
            self.load_model(ref)

    def reload_model(self) -> None:
        """Load the same model again (its hardware settings changed)."""
        self._slot.reload()

    def model_label(self) -> str:
        """The model's name as a reply records it."""
        return self._slot.label()

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
        self._slot.switch_to(preferred, quiet=True)
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
        self._slot.switch_to(ModelRef.parse(conversation.model))   # each conversation keeps its model
        self.recount()

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
        self._writer.drop(conversation_id)
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
        self.recount()

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
        if not text.strip() or self.busy or not self._slot.runs_here(self.conversation):
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
        if self.busy or not self._slot.runs_here(self.conversation):
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
        if self.busy or not text.strip() or not self._slot.runs_here(self.conversation):
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
            self.recount()

    def stop(self) -> None:
        self._writer.stop()

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
        reply = self._writer.begin(message.id, question.conversation_id)
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
        self.recount()          # ahead of the reply in the engine's queue: the meter shows the question now
        self._writer.ask(reply, messages, self._params())

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

    def _on_reply_ended(self, reply: Reply, message: Message | None) -> None:
        """The ReplyWriter's ended(): the reply's sources, then the views and the meter."""
        if self.extras is not None and message is not None:
            self.extras.finished(message.id, reply.job)      # its sources, before the view shows it ended
        if message is not None:
            self.listener.on_reply_ended(message)
        self.listener.on_conversations_changed()
        self.recount()

    # -- the title the model suggests ----------------------------------------------------------

    def _on_titled(self, conversation_id: int) -> None:
        self._refresh_current(conversation_id)
        self.listener.on_conversations_changed()

    # -- the context meter (app/chat/context_meter.py) ----------------------------------------

    def recount(self) -> None:
        """Count the context again: the conversation, its model or its attachments changed."""
        self._meter.recount()

    def _shown_messages(self) -> list[dict] | None:
        if self.conversation is None:
            return None
        return self._with_extras(self.conversation.system_prompt, self.store.messages(self.conversation.id))

    # -- end --------------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop what this session asked of the engine (the window is closing)."""
        self._titles.cancel()
        reply = self._writer.current
        for ticket in (self._meter.ticket, self._slot.ticket, reply.ticket if reply else None):
            self.engine.cancel(ticket)

    def _guard(self, fn, *args, **kwargs):
        """A store call whose failure is a notice, not an exception in a slot; False when it failed."""
        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            return False
