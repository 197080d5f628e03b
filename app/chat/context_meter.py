"""ContextMeter: how much of the model's context the conversation on screen fills.

The engine counts with the model's own tokenizer, again after each change (a
reply, another branch or conversation, its settings, attachments); a newer
count replaces one still waiting. A server's model cannot count here: its
meter is an estimate of four characters a token.

Threads: the chat session's (the GUI's); the engine delivers its answers to
that same thread.
"""

from __future__ import annotations

from collections.abc import Callable

from app.chat.listener import SessionListener
from app.chat.model_slot import ModelSlot
from app.engine.service import EngineService, Ticket
from app.store import StoreError


class ContextMeter:
    def __init__(self, engine: EngineService, listener: SessionListener, slot: ModelSlot,
                 messages: Callable[[], list[dict] | None]) -> None:
        """messages(): the conversation on screen as the model reads it, None when there is none;
        it may raise StoreError."""
        self.engine = engine
        self.listener = listener
        self._slot = slot
        self._messages = messages
        self.ticket: Ticket | None = None           # the count under way

    def recount(self) -> None:
        self.engine.cancel(self.ticket)
        self.ticket = None
        try:
            messages = self._messages() if self._slot.info is not None else None
        except StoreError:
            return
        if messages is None:
            self.listener.on_context_usage(0, self._slot.context_length)
            return
        ticket = self.ticket = self.engine.count(
            messages, lambda n, error: self._on_counted(ticket, messages, n, error))

    def _on_counted(self, ticket: Ticket, messages: list[dict], tokens: int | None, error) -> None:
        if ticket is not self.ticket:
            return
        self.ticket = None
        info = self._slot.info
        if error is not None:
            if info is None or info.local is not None:
                return   # the meter stays as it was
            tokens = sum(len(m["content"]) for m in messages) // 4   # a server's model: an estimate
        self.listener.on_context_usage(tokens, self._slot.context_length)
