"""Conversations out to a file and back in: Markdown, HTML and JSON out;
Tramontane's JSON and ChatGPT's conversations.json in.

The store does the formats; this adds the files: a size limit before
anything is read, text that must be UTF-8, and a sentence for each failure.
A file written is replaced only once it is whole. Any thread (the store may
be used from any thread).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, AppError, Size
from app.store import ChatStore

# ChatGPT exports of heavy users reach tens of megabytes; beyond this it is not one.
MAX_IMPORT_BYTES = 256 * 1024 * 1024


class TransferError(AppError):
    templates = {
        "too_big": QT_TRANSLATE_NOOP("Errors", "{name} is {size}, more than an export of conversations can be "
                                               "({limit}). Nothing was imported."),
        "not_text": QT_TRANSLATE_NOOP("Errors", "{name} is not a text file, so it is no export of conversations. "
                                                "Nothing was imported."),
        "unreadable": QT_TRANSLATE_NOOP("Errors", "{name} could not be read ({reason}). Nothing was imported."),
        "unwritable": QT_TRANSLATE_NOOP("Errors", "{name} could not be written ({reason}). Your conversations "
                                                  "are unchanged; choose another folder."),
    }


def import_file(store: ChatStore, path: Path) -> list[int]:
    """Reads a Tramontane or ChatGPT export into the store; the new conversations' ids."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise TransferError("too_big", name=path.name, size=Size(size), limit=Size(MAX_IMPORT_BYTES))
        data = path.read_bytes()
    except OSError as exc:
        raise TransferError("unreadable", name=path.name, reason=exc.strerror or type(exc).__name__) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TransferError("not_text", name=path.name) from None
    if text.lstrip().startswith("["):           # ChatGPT's file is a list; ours is an object
        return store.import_chatgpt(text)
    return store.import_json(text)


def export_file(store: ChatStore, path: Path, fmt: str, conversation_ids: list[int] | None) -> None:
    """Writes one, some or all (None) conversations to path, whole or not at all."""
    text = store.export(fmt, conversation_ids)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tramontane-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise TransferError("unwritable", name=path.name, reason=exc.strerror or type(exc).__name__) from None
