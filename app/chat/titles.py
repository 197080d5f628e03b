"""Conversation titles: from the first question at once, then one the model suggests.

The model's suggestion is model output, so hostile: only its first line is
kept, stripped of quotes, Markdown marks and control characters (bidi
controls included), and cut to a title's length. Any thread.
"""

from __future__ import annotations

import re
import unicodedata

TITLE_LENGTH = 48
NEW_CHAT = "New chat"

# Appended as the user's next turn, so the model reads only this line anew:
# everything before it is already in its cache.
TITLE_REQUEST = ("Suggest a title of at most six words for our conversation so far, in its language. "
                 "Answer with the title only.")

_MARKS = re.compile(r"^[\s#>*_`\"'“”«»„‘’\-–—:]+|[\s*_`\"'“”«»„‘’.:;,!]+$")
_PREFIX = re.compile(r"^(title|titre|titel|título)\s*:\s*", re.IGNORECASE)


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
    return _shorten(line) or None


def _printable(text: str) -> str:
    """Control and format characters (bidi overrides, zero-width ones) out; line breaks kept,
    tabs and other spacing controls made spaces so that words stay apart."""
    return "".join(c if c == "\n" or unicodedata.category(c)[0] != "C" else " " if c.isspace() else ""
                   for c in text)


def _shorten(line: str) -> str:
    if len(line) <= TITLE_LENGTH:
        return line
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",.;:") + "…"
