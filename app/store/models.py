"""The plain, immutable records the store hands out. Any thread."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Any

ROLES = ("system", "user", "assistant")
STREAMING, COMPLETE, STOPPED, FAILED = "streaming", "complete", "stopped", "failed"
STATUSES = (STREAMING, COMPLETE, STOPPED, FAILED)
FINISHED_STATUSES = (COMPLETE, STOPPED, FAILED)

# Search snippets mark matched words with these two control characters; the
# UI turns them into bold. They cannot be typed, so they never clash with text.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"



class Default(enum.Enum):
    """Argument defaults that None cannot stand for (None is a root, or a cleared field)."""
    SHOWN_LEAF = "after the message on screen"
    UNCHANGED = "leave as it is"


SHOWN_LEAF = Default.SHOWN_LEAF
UNCHANGED = Default.UNCHANGED

CONVERSATION_COLUMNS = ("id, title, created_at, updated_at, model, system_prompt, "
                        "settings, pinned, shown_leaf_id")
MESSAGE_COLUMNS = ("id, conversation_id, parent_id, role, content, model, created_at, "
                   "status, prompt_tokens, generated_tokens, tokens_per_s")


@dataclass(frozen=True)
class ReplyStats:
    """How a reply was generated. Any object with these attributes will do
    where the store takes stats, the engine's last_stats included."""
    prompt_tokens: int | None = None
    generated_tokens: int | None = None
    tokens_per_s: float | None = None

    @classmethod
    def of(cls, stats: Any) -> ReplyStats | None:
        if stats is None or isinstance(stats, ReplyStats):
            return stats
        return cls(*(getattr(stats, name, None)
                     for name in ("prompt_tokens", "generated_tokens", "tokens_per_s")))

    def is_empty(self) -> bool:
        return self == ReplyStats()


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created_at: float                # Unix time, seconds
    updated_at: float                # time of the latest message
    model: str | None
    system_prompt: str
    settings: dict = field(compare=False)   # generation settings; a copy, change freely
    pinned: bool
    shown_leaf_id: int | None        # last message of the branch on screen

    @classmethod
    def from_row(cls, row: tuple) -> Conversation:
        (id_, title, created, updated, model, prompt, settings, pinned, leaf) = row
        return cls(id_, title, created, updated, model, prompt,
                   json.loads(settings), bool(pinned), leaf)


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str                        # one of ROLES
    content: str
    model: str | None
    created_at: float
    status: str                      # one of STATUSES
    stats: ReplyStats | None

    @classmethod
    def from_row(cls, row: tuple, content: str | None = None) -> Message:
        (id_, conv, parent, role, text, model, created, status,
         prompt_tokens, generated_tokens, tokens_per_s) = row
        stats = ReplyStats(prompt_tokens, generated_tokens, tokens_per_s)
        return cls(id_, conv, parent, role, text if content is None else content,
                   model, created, status, None if stats.is_empty() else stats)


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    title: str
    message_id: int | None           # None when only the title matched
    snippet: str                     # matches between HIGHLIGHT_START and HIGHLIGHT_END
    created_at: float                # of the message, or the conversation's updated_at
