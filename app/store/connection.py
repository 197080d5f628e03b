"""Opening one SQLCipher connection with the settings every connection needs.

A plain function; the connection it returns belongs to the caller, who uses
it from one thread at a time (ChatStore guards each with a lock).
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

from . import errors
from .keys import DatabaseKey

BUSY_TIMEOUT_S = 5.0

# Why each setting:
# - a raw 256-bit key ("x'...'") skips SQLCipher's PBKDF2, so opening is instant;
#   the key is already random, stretching it adds nothing.
# - WAL: readers never block the writer, and a crash mid-write leaves the last
#   committed state. SQLCipher encrypts WAL pages like database pages.
# - synchronous FULL: in WAL mode each commit is on disk before it returns,
#   so even a power cut keeps every committed message.
# - temp_store MEMORY: sorts and temporary tables never reach a plaintext temp file.
# - journal_size_limit: a long session does not leave a huge -wal file behind.
# - secure_delete: what is deleted is overwritten with zeros, not left in free
#   space inside the file, where anyone with the key could still read it.
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA journal_size_limit = 8388608",
)


def connect(db_path: Path, key: DatabaseKey, *, cache_kib: int = 8192) -> sqlite.Connection:
    """An open, unlocked, checked connection; StoreError with a sentence on failure."""
    try:
        conn = sqlite.connect(str(db_path), timeout=BUSY_TIMEOUT_S,
                              isolation_level=None, check_same_thread=False)
    except sqlite.Error as exc:
        raise errors.from_sqlite(exc, db_path) from exc
    try:
        conn.execute(f"PRAGMA key = \"x'{key.secret.hex()}'\"")
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        # The first read of the schema is what fails on a wrong key.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite.Error as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) == 26:      # SQLITE_NOTADB
            raise errors.unreadable(db_path, key.storage) from exc
        raise errors.from_sqlite(exc, db_path) from exc
    return conn
