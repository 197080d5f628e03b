"""A user's file as text: blocks with their page or section. Any thread (a pool thread in the app).

The file is read into memory once, in one open: its size is checked first,
what the parsers see is those bytes and nothing the file turns into later,
and a file that shrinks or vanishes midway is told apart from a damaged one.
Zip containers (.docx, .xlsx) are measured from their own directory before
any parser unpacks them, so a small file that unpacks to gigabytes is
refused unopened. Every library's failure becomes a DocumentError with the
file's name; nothing else escapes.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.documents.errors import DocumentError
from app.errors import Size

MB = 1 << 20
# Office files and PDFs carry pictures, so they may be large; text beyond 50 MB is no letter or report.
MAX_BYTES = {"pdf": 200 * MB, "docx": 200 * MB, "xlsx": 100 * MB}
MAX_TEXT_FILE_BYTES = 50 * MB
MAX_UNPACKED = 400 * MB           # all the entries of a .docx or .xlsx together
MAX_RATIO = 150                   # unpacked / packed of one entry; real XML packs 5-20 times
MAX_ENTRIES = 20_000
MAX_CHARS = 20_000_000            # text kept of one document (about 5 million tokens)

KINDS = {".txt": "text", ".text": "text", ".log": "text", ".md": "markdown", ".markdown": "markdown",
         ".pdf": "pdf", ".docx": "docx", ".htm": "html", ".html": "html", ".xhtml": "html",
         ".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}


@dataclass(frozen=True)
class Block:
    """A stretch of text that sits on one page or under one heading."""
    text: str
    page: int | None = None        # from 1, in a PDF
    section: str = ""              # the heading above it, or a sheet's name
    header: str = ""               # a table's header line, repeated in each of its passages


@dataclass(frozen=True)
class Document:
    name: str
    kind: str
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(b.header + "\n" + b.text if b.header else b.text for b in self.blocks)


def kind_of(path: str | os.PathLike) -> str | None:
    """The kind of document a file name says, or None when it is none Tramontane reads."""
    return KINDS.get(Path(path).suffix.lower())


def read_document(path: str | os.PathLike) -> Document:
    """The text of a file; DocumentError(code, name=...) when it cannot be had."""
    path = Path(path)
    return parse(path.name, read_bytes(path, limit_for(path)))


def limit_for(path: str | os.PathLike) -> int:
    """The most bytes read of a file of this kind."""
    return MAX_BYTES.get(kind_of(path) or "", MAX_TEXT_FILE_BYTES)


def parse(name: str, data: bytes) -> Document:
    """The text of a file's bytes, its kind told by its name."""
    kind = kind_of(name)
    if kind is None:
        raise DocumentError("unsupported", name=name)
    if kind in ("docx", "xlsx"):
        check_zip(data, name)
    from app.documents import formats  # noqa: PLC0415 (the parsing libraries load only when a file is read)
    try:
        blocks = formats.PARSERS[kind](data, name)
    except DocumentError:
        raise
    except (Exception, RecursionError) as exc:   # a library's own failure on a bad file
        raise DocumentError("damaged", name=name) from exc
    return Document(name, kind, tuple(_capped(blocks)))


def read_bytes(path: Path, limit: int) -> bytes:
    """The whole file, in one open; a size over limit is refused before reading."""
    name = path.name
    if kind_of(name) is None:
        raise DocumentError("unsupported", name=name)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise DocumentError("too_large", name=name, size=Size(size), limit=Size(limit))
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise DocumentError("missing", name=name) from None
    except IsADirectoryError:
        raise DocumentError("unsupported", name=name) from None
    except OSError as exc:
        raise DocumentError("unreadable", name=name, reason=(exc.strerror or "input/output error").lower()) from None
    if len(data) != size:
        raise DocumentError("changed_while_read", name=name)
    return data


def check_zip(data: bytes, name: str) -> None:
    """Refuse a zip whose directory promises more than a real office file unpacks to."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DocumentError("damaged", name=name) from None
    if len(entries) > MAX_ENTRIES:
        raise DocumentError("bomb", name=name, size=Size(len(data)))
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MB and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise DocumentError("bomb", name=name, size=Size(len(data)))
    if total > MAX_UNPACKED:
        raise DocumentError("bomb", name=name, size=Size(len(data)))
    # zipfile itself stops each entry at its declared size and checks its CRC, so a
    # directory that understates an entry makes the parser fail ("damaged"), not grow.


def _capped(blocks):
    used = 0
    for block in blocks:
        if not block.text.strip():
            continue
        if used + len(block.text) > MAX_CHARS:
            return
        used += len(block.text)
        yield block
