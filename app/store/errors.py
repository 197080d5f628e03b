"""StoreError, and the plain sentences the store shows for what goes wrong.

The GUI shows a StoreError's text to the user as it is, so every sentence
says what happened and what to do, and never mentions SQL.
"""

from __future__ import annotations

import errno
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite


class StoreError(Exception):
    """Something the user can act on went wrong; str() is a plain sentence."""


SQLITE_FULL = 13
_READ_ONLY_CODES = {8, 14}          # SQLITE_READONLY, SQLITE_CANTOPEN
_BUSY_CODES = {5, 6}                # SQLITE_BUSY, SQLITE_LOCKED
_CORRUPT_CODES = {11, 26}           # SQLITE_CORRUPT, SQLITE_NOTADB
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def disk_full(folder: Path) -> StoreError:
    return StoreError(
        f"The disk that holds {folder} is full, so the last change could not be saved. "
        "Free some space and try again; everything saved before is safe.")


def read_only(folder: Path) -> StoreError:
    return StoreError(
        f"Tramontane cannot write to the folder {folder}. Check that it is not read-only "
        "and that your account may change it, or choose another data folder.")


def already_open(folder: Path) -> StoreError:
    return StoreError(
        "Tramontane is already open with the same conversations "
        f"({folder}). Switch to that window, or close it and try again.")


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
        return StoreError(
            "The conversations database is busy in another program. "
            "Close other copies of Tramontane and try again.")
    if code in _CORRUPT_CODES:
        return StoreError(
            f"The conversations file {db_path} is damaged and cannot be read. "
            "Restore it from a backup in the backups folder next to it.")
    return StoreError(f"The conversations could not be read or saved ({exc}).")


def from_os(exc: OSError, folder: Path) -> StoreError:
    """Turns a failed file operation in the data folder into a sentence."""
    if exc.errno == errno.ENOSPC:
        return disk_full(folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only(folder)
    return StoreError(f"The data folder {folder} cannot be used: {exc.strerror or exc}.")


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
        return StoreError(
            f"{db_path} is not a Tramontane conversations file, so it was left untouched. "
            "Move it away to start with an empty history.")
    where = "system keychain" if key_storage == "keychain" else "key file next to it"
    return StoreError(
        f"The conversations in {db_path} cannot be unlocked: the key in the {where} "
        "does not match. If the data folder came from another computer, its key did "
        "not come with it. Nothing was changed.")
