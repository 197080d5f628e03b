"""The schema, as numbered migrations, and the code that applies them.

Migration N brings a database from version N-1 to N (PRAGMA user_version).
Never edit a migration that has shipped: add the next one, and a fixture of
the version before it under tests/store/fixtures/. Before any migration runs
on a database that already holds data, the file is copied to
backups/conversations-v<old>-<date>.db; the copy is as encrypted as the
original, and holds what the file held then, deleted conversations' leftovers
included: deleting all conversations offers to delete these copies too
(list_backups, delete_backups).

Plain functions, called by ChatStore.open on its opening thread.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

from . import errors
from .documents import SCHEMA as _DOCUMENTS

BACKUP_DIR = "backups"

_TABLES = """
CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL,
    created_at    REAL    NOT NULL,             -- Unix time, seconds
    updated_at    REAL    NOT NULL,             -- time of the latest message
    model         TEXT,
    system_prompt TEXT    NOT NULL DEFAULT '',
    settings      TEXT    NOT NULL DEFAULT '{}', -- generation settings, JSON object
    pinned        INTEGER NOT NULL DEFAULT 0,
    shown_leaf_id INTEGER REFERENCES messages(id) ON DELETE SET NULL
);
CREATE INDEX conversations_listed ON conversations(pinned DESC, updated_at DESC);
-- Deleting a message looks up conversations that show it; without this
-- index that would scan every conversation once per deleted message.
CREATE INDEX conversations_shown_leaf ON conversations(shown_leaf_id);

-- Messages form a tree: regenerating a reply or editing a question adds a
-- sibling. parent_id has no ON DELETE CASCADE: a conversation's messages go
-- in one statement (through conversation_id), never one chain at a time.
CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    parent_id        INTEGER REFERENCES messages(id),
    role             TEXT    NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content          TEXT    NOT NULL,
    model            TEXT,
    created_at       REAL    NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'complete'
                     CHECK (status IN ('streaming', 'complete', 'stopped', 'failed')),
    prompt_tokens    INTEGER,
    generated_tokens INTEGER,
    tokens_per_s     REAL
);
CREATE INDEX messages_children ON messages(parent_id, created_at);
CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at);
-- Finds replies a crash cut short, without reading every message at start-up.
CREATE INDEX messages_streaming ON messages(status) WHERE status = 'streaming';
"""

# External-content FTS5 tables index the text where it already is, so the
# text is stored once. Triggers keep them in step. A reply is indexed once,
# when it stops streaming: re-indexing its growing text at every write would
# cost time and leave the index full of dead entries.
# messages_by_time lets search walk messages newest first without reading
# the (large) message rows.
_SEARCH = """
CREATE INDEX messages_by_time ON messages(created_at, conversation_id);

CREATE VIRTUAL TABLE messages_fts USING fts5(
    content, content='messages', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
WHEN new.status != 'streaming' BEGIN
    INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
WHEN old.status != 'streaming' BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content)
        SELECT 'delete', old.id, old.content WHERE old.status != 'streaming';
    INSERT INTO messages_fts(rowid, content)
        SELECT new.id, new.content WHERE new.status != 'streaming';
END;

CREATE VIRTUAL TABLE conversations_fts USING fts5(
    title, content='conversations', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title);
END;

INSERT INTO messages_fts(rowid, content)
    SELECT id, content FROM messages WHERE status != 'streaming';
INSERT INTO conversations_fts(rowid, title) SELECT id, title FROM conversations;
"""

# Deleting must take the words out of the index. FTS5 normally records a
# deletion as a marker beside the old entries, which stay in its pages until
# a merge happens to reach them: the words of a deleted conversation could
# be read out of the file (with the key) long after. 'secure-delete' makes
# each deletion rewrite the pages that hold the words; 'optimize' merges the
# index once, which drops what conversations deleted before this left.
_FORGET_DELETED = """
INSERT INTO messages_fts(messages_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO messages_fts(messages_fts) VALUES ('optimize');
INSERT INTO conversations_fts(conversations_fts) VALUES ('optimize');
"""

# MIGRATIONS[0] makes version 1, MIGRATIONS[1] version 2, and so on.
# 4: documents' passages, vectors and index; reply sources; conversations' assistants (documents.py).
MIGRATIONS: tuple[str, ...] = (_TABLES, _SEARCH, _FORGET_DELETED, _DOCUMENTS)
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite.Connection, db_path: Path, *, target: int = LATEST) -> Path | None:
    """Brings the database up to `target`; returns the backup made first, if any."""
    version = schema_version(conn)
    if version > LATEST:
        raise errors.StoreError("newer_version", path=db_path)
    if version >= target:
        return None
    backup = backup_copy(conn, db_path, version) if version > 0 else None
    for number in range(version + 1, target + 1):
        _apply(conn, number, db_path)
    return backup


def backup_copy(conn: sqlite.Connection, db_path: Path, version: int) -> Path:
    """Copies the database file, after folding the WAL into it, to the backups folder."""
    folder = db_path.parent / BACKUP_DIR
    stamp = time.strftime("%Y-%m-%d-%H%M%S")
    target = folder / f"{db_path.stem}-v{version}-{stamp}.db"
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        folder.mkdir(exist_ok=True)
        shutil.copyfile(db_path, target)
    except sqlite.Error as exc:
        raise errors.from_sqlite(exc, db_path) from exc
    except OSError as exc:
        raise errors.from_os(exc, folder) from exc
    return target


def list_backups(data_dir: Path) -> list[Path]:
    """The copies taken before migrations, oldest first (only files named as backup_copy names them)."""
    try:
        return sorted(p for p in (Path(data_dir) / BACKUP_DIR).glob("conversations-v*-*.db") if p.is_file())
    except OSError:
        return []


def delete_backups(data_dir: Path) -> list[Path]:
    """Deletes those copies; returns the ones that could not be deleted."""
    failed = []
    for path in list_backups(data_dir):
        try:
            path.unlink()
        except OSError:
            failed.append(path)
    try:
        (Path(data_dir) / BACKUP_DIR).rmdir()      # only when nothing else is in it
    except OSError:
        pass
    return failed


def _apply(conn: sqlite.Connection, number: int, db_path: Path) -> None:
    # executescript runs the whole migration and its version stamp in one
    # transaction, so a crash leaves the database at either version.
    script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
    try:
        conn.executescript(script)
    except sqlite.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise errors.from_sqlite(exc, db_path) from exc
