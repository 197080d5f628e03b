"""Cutting Markdown into prose and fenced code blocks, line by line as CommonMark
does, so that each code block can get its own widget (markdown_view.py).

Plain text work: no Qt, any thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_CLOSE_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")


@dataclass(frozen=True)
class Segment:
    """A run of prose, or one fenced code block."""
    kind: str               # "prose" or "code"
    text: str
    language: str = ""


def split_segments(text: str) -> list[Segment]:
    """Cuts Markdown into prose and fenced code, so each code block gets its own widget."""
    segments: list[Segment] = []
    prose: list[str] = []
    fence = None            # (char, length, indent, language, lines) while inside a code block

    def flush_prose() -> None:
        if "".join(prose).strip():       # blank lines between blocks need no widget
            segments.append(Segment("prose", "\n".join(prose)))
        prose.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if fence is None:
            match = _OPEN_FENCE.match(line)
            # A backtick fence's info string may not hold backticks: ```a``` is inline code.
            if match and not (match[2][0] == "`" and "`" in match[3]):
                flush_prose()
                info = match[3].strip()
                fence = (match[2][0], len(match[2]), len(match[1]), info.split()[0] if info else "", [])
            else:
                prose.append(line)
            continue
        char, length, indent, language, lines = fence
        close = _CLOSE_FENCE.match(line)
        if close and close[1][0] == char and len(close[1]) >= length:
            segments.append(Segment("code", "\n".join(lines), language))
            fence = None
        else:
            # Content loses at most the opening fence's own indentation, as in CommonMark.
            lines.append(line[min(indent, len(line) - len(line.lstrip(" "))):])
    flush_prose()
    if fence is not None:   # still streaming, or never closed: a code block all the same
        segments.append(Segment("code", "\n".join(fence[4]), fence[3]))
    if not segments:        # empty or only spaces: keep it, so what was sent is what is shown
        segments.append(Segment("prose", text))
    return segments
