"""StoreError: the store's failures as codes and facts (app/errors.py).

The GUI words a StoreError in the user's language (app/ui/sentences.py);
str() is the English sentence. Every sentence says what happened and what
to do, and never mentions SQL.
"""

from __future__ import annotations

import errno
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

from app.errors import QT_TRANSLATE_NOOP, AppError


class StoreError(AppError):
    """Something the user can act on went wrong."""

    templates = {
        "disk_full": QT_TRANSLATE_NOOP(
            "Errors", "The disk that holds {folder} is full, so the last change could not be saved. Free some space "
                      "and try again; everything saved before is safe."),
        "read_only": QT_TRANSLATE_NOOP(
            "Errors", "Tramontane cannot write to the folder {folder}. Check that it is not read-only and that your "
                      "account may change it, or choose another data folder."),
        "already_open": QT_TRANSLATE_NOOP(
            "Errors", "Tramontane is already open with the same conversations ({folder}). Switch to that window, or "
                      "close it and try again."),
        "busy": QT_TRANSLATE_NOOP(
            "Errors", "The conversations database is busy in another program. Close other copies of Tramontane and "
                      "try again."),
        "damaged": QT_TRANSLATE_NOOP(
            "Errors", "The conversations file {path} is damaged and cannot be read. Restore it from a backup in the "
                      "backups folder next to it."),
        "failed": QT_TRANSLATE_NOOP("Errors", "The conversations could not be read or saved ({detail})."),
        "folder_unusable": QT_TRANSLATE_NOOP("Errors", "The data folder {folder} cannot be used: {reason}."),
        "not_ours": QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a Tramontane conversations file, so it was left untouched. Move it away to "
                      "start with an empty history."),
        "wrong_key_keychain": QT_TRANSLATE_NOOP(
            "Errors", "The conversations in {path} cannot be unlocked: the key in the system keychain does not "
                      "match. If the data folder came from another computer, its key did not come with it. Nothing "
                      "was changed."),
        "wrong_key_file": QT_TRANSLATE_NOOP(
            "Errors", "The conversations in {path} cannot be unlocked: the key in the key file next to it does not "
                      "match. If the data folder came from another computer, its key did not come with it. Nothing "
                      "was changed."),
        "newer_version": QT_TRANSLATE_NOOP(
            "Errors", "The conversations in {path} were saved by a newer version of Tramontane. Install that version "
                      "again to open them; nothing was changed."),
        "key_damaged_keychain": QT_TRANSLATE_NOOP(
            "Errors", "The key for your conversations in the system keychain is damaged, so they cannot be opened. "
                      "Nothing was changed."),
        "key_damaged_file": QT_TRANSLATE_NOOP(
            "Errors", "The key for your conversations in {path} is damaged, so they cannot be opened. Nothing was "
                      "changed."),
        "key_missing": QT_TRANSLATE_NOOP(
            "Errors", "The key for the conversations in {folder} is missing from the system keychain and from the "
                      "data folder, so they cannot be opened. Nothing was changed."),
        "keychain_refused": QT_TRANSLATE_NOOP(
            "Errors", "The system keychain is locked or refused to keep the key that protects your conversations."),
        "keychain_locked": QT_TRANSLATE_NOOP(
            "Errors", "The key for your conversations could not be read from the system keychain. Unlock the "
                      "keychain (or log in to the desktop session) and try again."),
        "no_conversation": QT_TRANSLATE_NOOP("Errors", "That conversation no longer exists."),
        "no_parent": QT_TRANSLATE_NOOP("Errors", "The message to answer no longer exists in this conversation."),
        "no_message": QT_TRANSLATE_NOOP("Errors", "That message no longer exists."),
        "reply_finished": QT_TRANSLATE_NOOP("Errors", "That reply is finished; no more text can be added to it."),
        "reply_already_finished": QT_TRANSLATE_NOOP("Errors", "That reply is already finished."),
        "closed": QT_TRANSLATE_NOOP("Errors", "The conversations are closed."),
        "not_export": QT_TRANSLATE_NOOP(
            "Errors", "This file is not a Tramontane export (JSON), so nothing was imported."),
        "newer_export": QT_TRANSLATE_NOOP(
            "Errors", "This export comes from a newer version of Tramontane; update the app to import it. Nothing "
                      "was imported."),
        "not_chatgpt": QT_TRANSLATE_NOOP(
            "Errors", "This file is not a ChatGPT export: choose conversations.json from the unpacked export "
                      "archive. Nothing was imported."),
        "too_large": QT_TRANSLATE_NOOP(
            "Errors", "This file is too large to import ({size}; at most {limit}), so nothing was imported. Split "
                      "it, or import the conversations a few at a time."),
        "damaged_export": QT_TRANSLATE_NOOP(
            "Errors", "This export file is damaged or incomplete ({detail}), so nothing was imported."),
    }


SQLITE_FULL = 13
_READ_ONLY_CODES = {8, 14}          # SQLITE_READONLY, SQLITE_CANTOPEN
_BUSY_CODES = {5, 6}                # SQLITE_BUSY, SQLITE_LOCKED
_CORRUPT_CODES = {11, 26}           # SQLITE_CORRUPT, SQLITE_NOTADB
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def disk_full(folder: Path) -> StoreError:
    return StoreError("disk_full", folder=folder)


def read_only(folder: Path) -> StoreError:
    return StoreError("read_only", folder=folder)


def already_open(folder: Path) -> StoreError:
    return StoreError("already_open", folder=folder)


def from_sqlite(exc: sqlite.Error, db_path: Path) -> StoreError:
    """Turns an error from SQLite into a sentence for the user."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF                 # extended codes carry the primary code in the low byte
    if code == SQLITE_FULL:
        return disk_full(db_path.parent)
    if code in _READ_ONLY_CODES:
        return read_only(db_path.parent)
    if code in _BUSY_CODES:
        return StoreError("busy")
    if code in _CORRUPT_CODES:
        return StoreError("damaged", path=db_path)
    return StoreError("failed", detail=str(exc))    # SQLite's own words: a fact for the help desk


def from_os(exc: OSError, folder: Path) -> StoreError:
    """Turns a failed file operation in the data folder into a sentence."""
    if exc.errno == errno.ENOSPC:
        return disk_full(folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only(folder)
    return StoreError("folder_unusable", folder=folder, reason=exc.strerror or str(exc))


def unreadable(db_path: Path, key_storage: str) -> StoreError:
    """The file did not decrypt: either the key is wrong or it is no database of ours.

    SQLCipher cannot tell these apart, so we look at the file: ours is a whole
    number of pages of random-looking bytes; a plain SQLite file starts with
    a readable header; anything else is not a database at all.
    """
    try:
        with open(db_path, "rb") as file:
            head = file.read(len(_PLAIN_SQLITE_HEADER))
        size = db_path.stat().st_size
    except OSError as exc:
        return from_os(exc, db_path.parent)
    if head == _PLAIN_SQLITE_HEADER or size < 1024 or size % 512:
        return StoreError("not_ours", path=db_path)
    return StoreError("wrong_key_keychain" if key_storage == "keychain" else "wrong_key_file", path=db_path)
