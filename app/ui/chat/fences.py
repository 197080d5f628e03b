"""Cutting Markdown into pieces that can be shown one by one (markdown_view.py,
prose_view.py): fenced code blocks apart from the prose, and prose into pieces
that render alone as they render together, so that a streaming reply costs
the same for each new word whatever came before it.

Plain text work: no Qt, any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A line that may open or close a fence; the rules below decide.
_FENCE_LINE = re.compile(r"^( {0,3})(`{3,}|~{3,})([^\n]*)", re.MULTILINE)
_CLOSE_REST = re.compile(r"[ \t]*")


@dataclass(frozen=True)
class Segment:
    """A run of prose, or one fenced code block."""
    kind: str               # "prose" or "code"
    text: str
    language: str = ""
    start: int = 0          # where its first line begins in the text ("\r\n" counted as "\n")


def split_segments(text: str, start: int = 0, search: int | None = None) -> list[Segment]:
    """Cuts Markdown into prose and fenced code, so each code block gets its own widget.

    `start`: the `start` of a segment found before in a shorter version of the
    text (one that this text extends); the segments from there on are
    returned. A reply that streams is cut again from its second-to-last
    segment only: its last line, still being written, can change no other.
    `search`: where to look for fences, when `start` begins prose that held
    none up to that line (so a 1 MB paragraph is not read again each time)."""
    raw, text = text, text.replace("\r\n", "\n")
    segments: list[Segment] = []
    prose = start           # where the prose not yet taken begins (a line start)
    candidates = _fence_lines(text, start if search is None else search)
    for opening in candidates:
        indent, run, info = opening.groups()
        line_end = _line_end(text, opening.start())
        # A backtick fence's info string may not hold backticks: ```a``` is inline code.
        if run[0] == "`" and "`" in info:
            continue
        before = text[prose:max(prose, opening.start() - 1)]
        if before.strip():  # blank lines between blocks need no widget
            segments.append(Segment("prose", before, start=prose))
        body = min(line_end + 1, len(text))
        close = next((line for line in candidates if _closes(line, run)), None)
        code = text[body:] if close is None else text[body:max(body, close.start() - 1)]
        if len(indent):     # content loses at most the opening fence's own indentation, as in CommonMark
            code = "\n".join(line[min(len(indent), len(line) - len(line.lstrip(" "))):]
                             for line in code.split("\n"))
        words = info.strip()
        segments.append(Segment("code", code, words.split()[0] if words else "", opening.start()))
        if close is None:   # still streaming, or never closed: a code block all the same
            return segments
        prose = min(_line_end(text, close.start()) + 1, len(text))
    if text[prose:].strip():
        segments.append(Segment("prose", text[prose:], start=prose))
    if not segments and start == 0:     # empty or only spaces: kept, so what was sent is what is shown
        segments.append(Segment("prose", raw))
    return segments


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _fence_lines(text: str, start: int) -> Iterator[re.Match]:
    """The lines from `start` (a line start) on that begin like a fence, in order. Found
    through the runs of three backticks or tildes (str.find), not line by line: a long
    reply is read at C speed, and a 1 MB line costs no more than a short one."""
    ticks, tildes = text.find("```", start), text.find("~~~", start)
    while ticks >= 0 or tildes >= 0:
        run = ticks if tildes < 0 or 0 <= ticks < tildes else tildes
        line = text.rfind("\n", 0, run) + 1
        after = run + 1
        if line >= start and run - line <= 3 and not text[line:run].strip(" "):
            yield _FENCE_LINE.match(text, line)
            after = _line_end(text, run) + 1
        if 0 <= ticks < after:
            ticks = text.find("```", after)
        if 0 <= tildes < after:
            tildes = text.find("~~~", after)


def _closes(line: re.Match, run: str) -> bool:
    """Whether `line` closes a fence opened with `run`: the same character, at least as many."""
    return line[2][0] == run[0] and len(line[2]) >= len(run) and bool(_CLOSE_REST.fullmatch(line[3]))


# -- prose in pieces ------------------------------------------------------------------

PIECE = 8_000   # a paragraph longer than this is shown in pieces of about this size
# A line after a blank line that may belong to the block above it: indented, or a list item.
_CONTINUES = re.compile(r"[ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)")
# A line that is not (or may not be) plain paragraph text: list items, headings, quotes, tables,
# breaks and setext underlines, HTML-looking lines, indented lines. Decided by its first characters.
_NOT_PARAGRAPH = re.compile(r" {0,3}(?:[-+*:|#>=<_]|\d{1,9}[.)](?:[ \t]|$))|[ \t]")
_REFERENCE = re.compile(r" {0,3}\[[^\]\n]+\]:")     # [label]: url at a line's start, usable from anywhere
_JOIN_AT = re.compile(r"[ \n][^\W\d_]")         # a space or line break, then a letter
_PAIRED = "`*_~"                                # delimiters that must come in pairs within a piece

Cut = tuple[int, bool]      # an offset in the text, and whether the piece after it continues a paragraph


class ProseCutter:
    """Finds where a growing prose text can be cut. Each cut is final (later
    text cannot change how the text before it renders), so only the last piece
    is ever rendered again; cuts depend only on the text before them (and the
    next line's first characters), so a text streamed in is cut where the same
    text shown at once is.

    - After a blank line, before a complete line that cannot continue the block
      above it (not indented, not a list item): Markdown renders the two sides
      alike apart or together.
    - Inside a paragraph longer than PIECE, at a space or line break before a
      letter, where no code span, emphasis, link or bracket is left open: the
      pieces are then shown as blocks with no space between them (what a
      reader may notice is a line that ends early).

    A link reference definition (`[label]: url`) can be used from anywhere, so
    a text that has one is rendered whole. Known difference: a setext
    underline (`---` right under a paragraph already cut) makes only the last
    piece a heading."""

    def __init__(self) -> None:
        self.whole = False          # a reference definition was seen: render the text whole
        self._line = 0              # the start of the first line not yet seen in full
        self._blank_before = True   # whether the line before self._line was blank
        self._piece = 0             # where the piece being written begins
        self._paragraph = False     # whether that piece holds one plain paragraph (or part of one)
        self._scanned = 0           # how far join points were looked for
        self._counts = dict.fromkeys("`*_~[]()<>", 0)   # from self._piece to self._scanned

    def feed(self, text: str) -> list[Cut] | None:
        """The new cuts in `text`, which extends the text fed before; None once
        the text must be rendered whole."""
        cuts: list[Cut] = []
        while not self.whole and (end := text.find("\n", self._line)) >= 0:
            self.whole = bool(_REFERENCE.match(text, self._line))
            self._see_line(text, text[self._line:end], end, cuts)
            self._line = end + 1
        if self.whole or _REFERENCE.match(text, self._line):
            self.whole = True
            return None
        # The line being written: join points inside it only, judged by its first characters.
        starts_piece = self._blank_before and self._piece >= self._line
        if self._line < len(text) and (starts_piece or (self._paragraph and not self._blank_before)) \
                and not _NOT_PARAGRAPH.match(text, self._line):
            self._joins(text, len(text), cuts)
        return cuts

    def _see_line(self, text: str, line: str, end: int, cuts: list[Cut]) -> None:
        blank = not line.strip()
        if blank:
            self._paragraph = False
        elif self._blank_before:
            if self._line > self._piece and not _CONTINUES.match(line):
                self._cut(self._line, False, cuts)
            self._paragraph = self._piece >= self._line and not _NOT_PARAGRAPH.match(line)
        elif self._paragraph and _NOT_PARAGRAPH.match(line):
            self._paragraph = False     # a list, a heading, a table... interrupts it: no more joins
        if self._paragraph:
            self._joins(text, min(end + 2, len(text)), cuts)   # up to the next line's first letter
        self._blank_before = blank

    def _joins(self, text: str, limit: int, cuts: list[Cut]) -> None:
        """Join points before `limit` in the paragraph being written."""
        start = max(self._scanned, self._piece + PIECE - 1)
        while start < limit:
            self._count(text, start)
            for match in _JOIN_AT.finditer(text, start, limit):
                point = match.start() + 1
                if match[0][0] == "\n" and text[match.start() - 1] == "\\":
                    continue    # a hard line break: its backslash would show at the piece's end
                self._count(text, point)
                if self._balanced():
                    self._cut(point, True, cuts)
                    start = point + PIECE - 1
                    break
            else:
                self._count(text, limit - 1)
                return

    def _count(self, text: str, upto: int) -> None:
        if upto > self._scanned:
            stretch = text[self._scanned:upto]
            for char in self._counts:
                self._counts[char] += stretch.count(char)
            self._scanned = upto

    def _balanced(self) -> bool:
        n = self._counts
        return (all(n[c] % 2 == 0 for c in _PAIRED) and n["["] == n["]"] and n["("] == n[")"]
                and n["<"] == n[">"])

    def _cut(self, offset: int, joins: bool, cuts: list[Cut]) -> None:
        cuts.append((offset, joins))
        self._piece = self._scanned = offset
        self._counts = dict.fromkeys(self._counts, 0)
