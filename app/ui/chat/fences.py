"""Cutting Markdown into pieces that can be shown one by one (markdown_view.py,
prose_view.py): fenced code blocks apart from the prose, and prose into pieces
that render alone as they render together, so that a streaming reply costs
the same for each new word whatever came before it.

Plain text work: no Qt, any thread.
"""

from __future__ import annotations

import re
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


def split_segments(text: str, start: int = 0) -> list[Segment]:
    """Cuts Markdown into prose and fenced code, so each code block gets its own widget.

    `start`: the `start` of a segment found before in a shorter version of the
    text (one that this text extends); the segments from there on are
    returned. A reply that streams is cut again from its second-to-last
    segment only: its last line, still being written, can change no other."""
    text = text.replace("\r\n", "\n")
    segments: list[Segment] = []
    prose = start           # where the prose not yet taken begins (a line start)
    search = start
    while (opening := _FENCE_LINE.search(text, search)) is not None:
        indent, run, info = opening.groups()
        line_end = _line_end(text, opening.start())
        # A backtick fence's info string may not hold backticks: ```a``` is inline code.
        if run[0] == "`" and "`" in info:
            search = line_end + 1
            continue
        before = text[prose:max(prose, opening.start() - 1)]
        if before.strip():  # blank lines between blocks need no widget
            segments.append(Segment("prose", before, start=prose))
        body = min(line_end + 1, len(text))
        close = _closing(text, body, run)
        lines = text[body:] if close is None else text[body:max(body, close.start() - 1)]
        if len(indent):     # content loses at most the opening fence's own indentation, as in CommonMark
            lines = "\n".join(line[min(len(indent), len(line) - len(line.lstrip(" "))):]
                              for line in lines.split("\n"))
        words = info.strip()
        segments.append(Segment("code", lines, words.split()[0] if words else "", opening.start()))
        if close is None:   # still streaming, or never closed: a code block all the same
            return segments
        prose = search = min(_line_end(text, close.start()) + 1, len(text))
    if text[prose:].strip():
        segments.append(Segment("prose", text[prose:], start=prose))
    if not segments and start == 0:     # empty or only spaces: kept, so what was sent is what is shown
        segments.append(Segment("prose", text))
    return segments


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _closing(text: str, position: int, run: str) -> re.Match | None:
    """The line that closes a fence opened with `run`: the same character, at least as many."""
    for line in _FENCE_LINE.finditer(text, position):
        closer = line[2]
        if closer[0] == run[0] and len(closer) >= len(run) and _CLOSE_REST.fullmatch(line[3]):
            return line
    return None


# -- prose in pieces ------------------------------------------------------------------

PIECE = 8_000   # a paragraph longer than this is shown in pieces of about this size
# A line after a blank line that may belong to the block above it: indented, or a list item.
_CONTINUES = re.compile(r"[ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)")
# A line that is not (or may not be) plain paragraph text: list items, headings, quotes, tables,
# breaks and setext underlines, HTML-looking lines, indented lines. Decided by its first characters.
_NOT_PARAGRAPH = re.compile(r" {0,3}(?:[-+*:|#>=<_]|\d{1,9}[.)](?:[ \t]|$))|[ \t]")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)    # [label]: url, usable from anywhere
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
        if self.whole or _REFERENCE.search(text, self._line):
            self.whole = True
            return None
        cuts: list[Cut] = []
        while (end := text.find("\n", self._line)) >= 0:
            self._see_line(text, text[self._line:end], end, cuts)
            self._line = end + 1
        # The line being written: join points inside it only, judged by its first characters.
        line = text[self._line:]
        starts_piece = self._blank_before and self._piece >= self._line
        if line and (starts_piece or (self._paragraph and not self._blank_before)) \
                and not _NOT_PARAGRAPH.match(line):
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
