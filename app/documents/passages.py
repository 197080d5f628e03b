"""A document cut into passages: what is embedded, searched and quoted. Any thread.

A passage stays on one page and under one heading, so its source can be
named exactly ("report.pdf, page 3"). About 1,000 characters (250 tokens)
each: four of them fit a small model's context beside the question, and
each is long enough to hold an answer. Neighbours share their boundary
sentence, so a fact cut in two is still whole in one of them. A table's
passages each repeat its header line, so a row is never read without the
names of its columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.documents.reading import Block, Document

TARGET_CHARS = 1000
OVERLAP_CHARS = 200
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n")


@dataclass(frozen=True)
class Passage:
    seq: int                 # its place in the document, from 0
    text: str
    page: int | None
    section: str


def split(document: Document) -> list[Passage]:
    out: list[Passage] = []
    for block in document.blocks:
        pieces = _table_pieces(block) if block.header else _prose_pieces(block.text)
        for text in pieces:
            if text.strip():
                out.append(Passage(len(out), text.strip(), block.page, block.section))
    return out


def _prose_pieces(text: str) -> list[str]:
    """Paragraphs packed up to TARGET_CHARS; a long paragraph is cut between sentences."""
    units: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip()
        if len(paragraph) <= TARGET_CHARS:
            units.append(paragraph)
            continue
        units += _sentences(paragraph)
    pieces: list[str] = []
    current = ""
    for unit in units:
        if current and len(current) + len(unit) + 2 > TARGET_CHARS:
            pieces.append(current)
            current = _tail(current)
        current = f"{current}\n\n{unit}" if current else unit
    if current and (not pieces or current != _tail(pieces[-1])):
        pieces.append(current)
    return pieces


def _sentences(paragraph: str) -> list[str]:
    """Sentences, and any sentence longer than TARGET_CHARS in slices between words."""
    out = []
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > TARGET_CHARS:
            cut = sentence.rfind(" ", 0, TARGET_CHARS)
            cut = cut if cut > TARGET_CHARS // 2 else TARGET_CHARS
            out.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if sentence.strip():
            out.append(sentence)
    return out


def _tail(piece: str) -> str:
    """The end of a passage that opens the next one: its last sentence, if short enough."""
    last = _SENTENCE_END.split(piece.rstrip())[-1]
    return last if len(last) <= OVERLAP_CHARS and last != piece else ""


def _table_pieces(block: Block) -> list[str]:
    pieces, rows = [], []
    size = len(block.header)
    for row in block.text.splitlines():
        if rows and size + len(row) + 1 > TARGET_CHARS:
            pieces.append(block.header + "\n" + "\n".join(rows))
            rows, size = [], len(block.header)
        rows.append(row[:TARGET_CHARS])
        size += len(row) + 1
    if rows or not pieces:
        pieces.append(block.header + ("\n" + "\n".join(rows) if rows else ""))
    return pieces
