"""ReplyWriter: the reply being written, from the engine's text to the store.

One reply is written at a time (the busy guard). Its text arrives in batches
and goes to the store (on disk within a second) and to the listener; stop, a
crash or an error ends it with the text so far, and a complete one gets the
model's title suggestion. A reply dropped (its conversation deleted) is heard
from no more.

Threads: the chat session's (the GUI's); the engine delivers its answers to
that same thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.chat.listener import SessionListener
from app.chat.notices import ChatNotice
from app.chat.titles import TitleSuggester
from app.engine import GenParams, RuntimeCrashed
from app.engine.service import EngineService, Ticket
from app.store import COMPLETE, FAILED, STOPPED, ChatStore, Message, StoreError


@dataclass
class Reply:
    message_id: int
    conversation_id: int
    text: str = ""
    ticket: Ticket | None = None
    job: object = None              # what Customisation made of the messages (its sources)


class ReplyWriter:
    def __init__(self, store: ChatStore, engine: EngineService, listener: SessionListener,
                 titles: TitleSuggester, ended: Callable[[Reply, Message | None], None]) -> None:
        """ended(reply, message): the reply is over and no longer busy; message is what the
        store holds, None when it failed (the session tells the views the rest)."""
        self.store = store
        self.engine = engine
        self.listener = listener
        self._titles = titles
        self._ended = ended
        self.current: Reply | None = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def begin(self, message_id: int, conversation_id: int) -> Reply:
        """The reply the store has just started is the one being written (busy from now on)."""
        self.current = Reply(message_id, conversation_id)
        return self.current

    def ask(self, reply: Reply, messages: list[dict] | Callable, params: GenParams) -> None:
        """messages: a list, or a job that makes it on the engine thread (Customisation.reply_job)."""
        reply.ticket = self.engine.reply(
            messages, params, lambda text: self._on_text(reply, text),
            lambda stats, error: self._on_done(reply, stats, error),
            on_progress=lambda fraction: self._on_prompt_progress(reply, fraction))

    def stop(self) -> None:
        if self.current is not None:
            self.engine.cancel(self.current.ticket)

    def drop(self, conversation_id: int) -> None:
        """The conversation is being deleted: a reply into it stops, its text goes nowhere."""
        if self.current is not None and self.current.conversation_id == conversation_id:
            reply, self.current = self.current, None
            self.engine.cancel(reply.ticket)
            self.listener.on_busy_changed(False)

    def _on_prompt_progress(self, reply: Reply, fraction: float) -> None:
        if reply is self.current:
            self.listener.on_prompt_progress(fraction)

    def _on_text(self, reply: Reply, text: str) -> None:
        if reply is not self.current:
            return
        reply.text += text
        try:
            self.store.append_reply(reply.message_id, text)
        except StoreError as exc:
            self.listener.on_notice("error", exc)   # the text stays in memory; the store retries
        self.listener.on_reply_grew(reply.message_id, reply.text)

    def _on_done(self, reply: Reply, stats, error: Exception | None) -> None:
        if reply is not self.current:
            return
        if error is None:
            status = STOPPED if stats.stop_reason == "cancelled" else COMPLETE
            self._end(reply, status, stats)
            if stats.dropped_messages:
                self.listener.on_notice("info", ChatNotice("messages_left_out", count=stats.dropped_messages))
            if status == COMPLETE:
                self._titles.suggest(reply.conversation_id)
            return
        self._end(reply, STOPPED if reply.text else FAILED, None)
        if not isinstance(error, RuntimeCrashed):      # a crash is told by the ModelSlot
            self.listener.on_notice("error", error)

    def _end(self, reply: Reply, status: str, stats) -> None:
        self.current = None
        try:
            message = self.store.finish_reply(reply.message_id, status, stats)
        except StoreError as exc:
            self.listener.on_notice("error", exc)
            message = None
        self.listener.on_busy_changed(False)
        self._ended(reply, message)
