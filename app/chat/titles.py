"""Conversation titles: from the first question at once, then one the model suggests.

The model's suggestion is model output, so hostile: only its first line is
kept, stripped of quotes, Markdown marks and control characters (bidi
controls included), and cut to a title's length. A small model may also
answer with a title about something else (the starter model named a request
for an email "The 2024-25 season"), so a suggestion must share a word with
the question, or the question's own title stays. The functions: any thread;
TitleSuggester: the chat session's thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from app.chat.history import backend_messages
from app.engine import GenParams
from app.engine.service import EngineService, Ticket
from app.store import ChatStore, StoreError

TITLE_LENGTH = 48
TITLE_PARAMS = GenParams(max_tokens=24, temperature=0.2, seed=7)
NEW_CHAT = "New chat"

# Appended as the user's next turn, so the model reads only this line anew:
# everything before it is already in its cache.
TITLE_REQUEST = ("Suggest a title of at most six words for our conversation so far, in its language. "
                 "Answer with the title only.")

TITLE_WORDS = 10         # six asked for; more is a sentence, not a title
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
_MARKS = re.compile(r"^[\s#>*_`\"'“”«»„‘’\-–—:]+|[\s*_`\"'“”«»„‘’.:;,!]+$")
_PREFIX = re.compile(r"^(title|titre|titel|título)\s*:\s*", re.IGNORECASE)
_WORD = re.compile(r"\w+")
STEM = 5                 # letters compared: "meeting" and "Meetings" agree, short function words do not count


def title_from(text: str) -> str:
    """A title from the first question: its first line, shortened at a word."""
    return _shorten(" ".join(_printable(text).strip().split("\n", 1)[0].split())) or NEW_CHAT


def title_messages(history: list[dict]) -> list[dict]:
    """The conversation so far plus the request for a title."""
    return [*history, {"role": "user", "content": TITLE_REQUEST}]


def clean_title(raw: str) -> str | None:
    """The model's suggestion made into a title, or None when nothing usable is left."""
    lines = [line for line in _printable(raw).splitlines() if line.strip()]
    if not lines:
        return None
    line = _PREFIX.sub("", " ".join(lines[0].split()))
    line = _MARKS.sub("", line).strip()
    if len(line.split()) > TITLE_WORDS or _SENTENCE_BREAK.search(line):
        return None      # a small model may answer the conversation instead: the question's title stays
    return _shorten(line) or None


def relates_to(title: str, question: str) -> bool:
    """Whether the title shares a word with the question. Only words of cased letters of
    STEM letters or more count, so where the question has none (a greeting, or a script
    without spaces between words) any title does."""
    asked = _stems(question)
    return not asked or bool(asked & _stems(title))


def _stems(text: str) -> set[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return {word[:STEM] for word in _WORD.findall(plain)
            if len(word) >= STEM and all(c.isalpha() and c.upper() != c.lower() for c in word)}


def _printable(text: str) -> str:
    """Control and format characters (bidi overrides, zero-width ones) out; line breaks kept,
    tabs and other spacing controls made spaces so that words stay apart."""
    return "".join(c if c == "\n" or unicodedata.category(c)[0] != "C" else " " if c.isspace() else ""
                   for c in text)


def _shorten(line: str) -> str:
    if len(line) <= TITLE_LENGTH:
        return line
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


class TitleSuggester:
    """After a conversation's first reply, asks the model for a title in the background,
    unless the user renamed it; never in the way of the next message (sending cancels it)."""

    def __init__(self, store: ChatStore, engine: EngineService, renamed: Callable[[int], None]) -> None:
        self.store = store
        self.engine = engine
        self._renamed = renamed          # renamed(conversation id): the title changed
        self.ticket: Ticket | None = None

    def suggest(self, conversation_id: int) -> None:
        try:
            conversation = self.store.conversation(conversation_id)
            branch = self.store.messages(conversation_id)
        except StoreError:
            return
        if len(branch) != 2 or conversation.title != title_from(branch[0].content):
            return
        pieces: list[str] = []
        messages = title_messages(backend_messages(conversation.system_prompt, branch))
        ticket = self.ticket = self.engine.reply(
            messages, TITLE_PARAMS, pieces.append,
            lambda stats, error: self._done(ticket, conversation_id, branch[0].content, "".join(pieces),
                                            stats, error))

    def cancel(self) -> None:
        self.engine.cancel(self.ticket)

    def _done(self, ticket: Ticket, conversation_id: int, question: str, text: str, stats, error) -> None:
        if ticket is self.ticket:
            self.ticket = None
        if error is not None or stats.stop_reason == "cancelled":
            return
        title = clean_title(text)
        try:
            if (not title or not relates_to(title, question)
                    or self.store.conversation(conversation_id).title != title_from(question)):
                return   # nothing usable or about something else, or the user named it meanwhile
            self.store.rename_conversation(conversation_id, title)
        except StoreError:
            return       # deleted meanwhile
        self._renamed(conversation_id)
