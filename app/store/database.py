"""Database: conversations.db opened for this process alone, and its transactions.

Opening takes the data folder's InstanceLock, loads the key, brings the
schema up to date (migrations.py) and marks replies a crash cut short as
failed. Writes then go through one connection, one transaction at a time;
reads through a second, so a search never waits for a write nor a write
for a search. Each connection has its own lock, so any thread may ask for a
transaction; ChatStore opens and closes it on one thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

from . import errors, migrations
from .connection import connect
from .errors import StoreError
from .keys import DatabaseKey, load_key
from .lock import InstanceLock
from .models import FAILED, STREAMING

DB_FILE = "conversations.db"


class Database:
    """The two connections to one data folder's database, and the folder's lock."""

    def __init__(self, data_dir: Path, lock: InstanceLock, key: DatabaseKey,
                 writer: sqlite.Connection, reader: sqlite.Connection, backup: Path | None):
        """Use Database.open()."""
        self.data_dir = data_dir
        self.path = data_dir / DB_FILE
        self.key_storage = key.storage        # "keychain" or "file", for the settings pane
        self.backup = backup                  # the copy made before a migration, if any
        self.closed = False
        self._lock = lock
        self._secret = key.secret             # the database key, only to derive others from
        self._writer, self._reader = writer, reader
        # Held by writing(); a caller may hold it around several steps that include one.
        self.write_lock = threading.RLock()
        self._read_lock = threading.RLock()

    @classmethod
    def open(cls, data_dir: Path, *, key_file_ok: bool = False) -> Database:
        """Opens (or creates) the database in data_dir; StoreError with a sentence on failure."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.from_os(exc, data_dir) from exc
        lock = InstanceLock(data_dir)
        lock.acquire()
        try:
            db_path = data_dir / DB_FILE
            exists = db_path.exists() and db_path.stat().st_size > 0
            key = load_key(data_dir, database_exists=exists, key_file_ok=key_file_ok)
            writer = connect(db_path, key, cache_kib=4096)
            try:
                backup = migrations.migrate(writer, db_path)
                _fail_interrupted_replies(writer, db_path)
                reader = connect(db_path, key, cache_kib=16384)
            except BaseException:
                writer.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(data_dir, lock, key, writer, reader, backup)

    def close(self) -> None:
        """Closes both connections and lets go of the folder."""
        self.closed = True
        with self.write_lock, self._read_lock:
            self._reader.close()
            self._writer.close()      # the last connection folds the WAL back in
        self._lock.release()

    def derived_key(self, purpose: str) -> bytes:
        """HMAC-SHA256 of the purpose under the database key (see ChatStore.derived_key)."""
        return hmac.new(self._secret, b"tramontane derived key\0" + purpose.encode(), hashlib.sha256).digest()

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite.Connection]:
        """The writer inside one transaction, committed on leaving."""
        with self.write_lock:
            self._check_open()
            conn = self._writer
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite.Error):
                    raise errors.from_sqlite(exc, self.path) from exc
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite.Connection]:
        """The reader inside one read transaction, so several queries agree."""
        with self._read_lock:
            self._check_open()
            conn = self._reader
            try:
                conn.execute("BEGIN")
                yield conn
            except sqlite.Error as exc:
                raise errors.from_sqlite(exc, self.path) from exc
            finally:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite.Error):
                        conn.execute("COMMIT")

    def checkpoint(self) -> None:
        """Folds the write-ahead log into the file and empties it."""
        # The read lock too, so that no read transaction keeps the log from emptying.
        with self.write_lock, self._read_lock:
            self._check_open()
            try:
                self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite.Error as exc:
                raise errors.from_sqlite(exc, self.path) from exc

    def _check_open(self) -> None:
        if self.closed:
            raise StoreError("closed")


def _fail_interrupted_replies(writer: sqlite.Connection, db_path: Path) -> None:
    # Only one process has the folder open, so a reply still marked
    # streaming was cut short by a crash; what reached the disk stays.
    try:
        writer.execute("UPDATE messages SET status = ? WHERE status = ?", (FAILED, STREAMING))
    except sqlite.Error as exc:
        raise errors.from_sqlite(exc, db_path) from exc
