"""DocumentStore: documents' passages, vectors and full-text index, inside the
conversations' encrypted database (SQLCipher), and what replies and
conversations record of them.

A part of the ChatStore: it shares its two connections and their locks
(writes one at a time, reads beside them), so any thread may call it, and
deleting a conversation deletes its attachments, their passages and their
words in the index in the same transaction (foreign keys, triggers). The
tables come from migration 4 (SCHEMA below, applied by migrations.py).

Vectors are float32, L2-normalised, one BLOB per passage. Searching by
meaning needs them all at once, so they are kept in memory as one numpy
matrix per set of collections, rebuilt after this object changed passages
or vectors (a generation count: asking the database whether anything changed
cost 200 ms over 10,000 encrypted rows). Passages deleted behind its back,
with a conversation, are dropped when looked up (passages()).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE doc_collections (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('conversation', 'assistant', 'folder')),
    owner           TEXT NOT NULL DEFAULT '',      -- an assistant's id or a folder's path
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
    created_at      REAL NOT NULL
);
CREATE UNIQUE INDEX doc_collections_owner ON doc_collections(kind, owner) WHERE kind != 'conversation';
CREATE INDEX doc_collections_conversation ON doc_collections(conversation_id);

CREATE TABLE doc_files (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
    path          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    size          INTEGER NOT NULL DEFAULT 0,
    mtime_ns      INTEGER NOT NULL DEFAULT 0,
    sha256        TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'embedding', 'ready', 'failed')),
    error         TEXT    NOT NULL DEFAULT '',     -- JSON {code, params} of a DocumentError
    chars         INTEGER NOT NULL DEFAULT 0,      -- of its whole text
    text          TEXT,                            -- the whole text, when short enough to go in whole
    embedder      TEXT    NOT NULL DEFAULT '',     -- the model its vectors come from
    added_at      REAL    NOT NULL,
    UNIQUE (collection_id, path)
);

CREATE TABLE doc_passages (
    id      INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES doc_files(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    page    INTEGER,
    section TEXT    NOT NULL DEFAULT '',
    text    TEXT    NOT NULL,
    vector  BLOB
);
CREATE INDEX doc_passages_file ON doc_passages(file_id, seq);

CREATE VIRTUAL TABLE doc_passages_fts USING fts5(
    text, content='doc_passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER doc_passages_fts_insert AFTER INSERT ON doc_passages BEGIN
    INSERT INTO doc_passages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER doc_passages_fts_delete AFTER DELETE ON doc_passages BEGIN
    INSERT INTO doc_passages_fts(doc_passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO doc_passages_fts(doc_passages_fts, rank) VALUES ('secure-delete', 1);

CREATE TABLE reply_sources (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    sources    TEXT NOT NULL                       -- JSON list of Source records
);

CREATE TABLE conversation_assistants (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    assistant       TEXT NOT NULL
);
"""

PENDING, EMBEDDING, READY, FAILED = "pending", "embedding", "ready", "failed"
_FILE_COLUMNS = "id, collection_id, path, name, size, mtime_ns, sha256, status, error, chars, embedder"


@dataclass(frozen=True)
class FileRecord:
    id: int
    collection_id: int
    path: str
    name: str
    size: int
    mtime_ns: int
    sha256: str
    status: str
    error: dict | None          # {"code": ..., "params": {...}} of the DocumentError it met
    chars: int
    embedder: str

    @classmethod
    def from_row(cls, row) -> FileRecord:
        *head, error, chars, embedder = row
        return cls(*head, json.loads(error) if error else None, chars, embedder)


@dataclass(frozen=True)
class PassageRecord:
    id: int
    file_id: int
    name: str                   # the file's name
    page: int | None
    section: str
    text: str


class DocumentStore:
    def __init__(self, store) -> None:
        """store: the open ChatStore whose database holds the tables."""
        self._store = store
        self._cache_lock = threading.Lock()
        self._matrices: dict[tuple, tuple] = {}
        self._generation = 0                 # bumped by every write that changes passages or vectors

    def _changed(self) -> None:
        with self._cache_lock:
            self._generation += 1

    # -- collections -------------------------------------------------------------

    def conversation_collection(self, conversation_id: int | None, create: bool = True) -> int | None:
        """The collection of a conversation's attachments (None: the new chat's, not yet saved)."""
        query = ("SELECT id FROM doc_collections WHERE kind = 'conversation' AND conversation_id IS ? "
                 "ORDER BY id LIMIT 1")
        if not create:                       # asked for each prompt and count: a read, not a write
            with self._store._reading() as conn:
                row = conn.execute(query, (conversation_id,)).fetchone()
            return row[0] if row else None
        with self._store._writing() as conn:
            row = conn.execute(query, (conversation_id,)).fetchone()
            if row is not None:
                return row[0]
            return conn.execute("INSERT INTO doc_collections (kind, conversation_id, created_at) "
                                "VALUES ('conversation', ?, ?)", (conversation_id, time.time())).lastrowid

    def owned_collection(self, kind: str, owner: str) -> int:
        """The collection of an assistant's knowledge or a folder, made on first use."""
        with self._store._writing() as conn:
            row = conn.execute("SELECT id FROM doc_collections WHERE kind = ? AND owner = ?",
                               (kind, owner)).fetchone()
            if row is not None:
                return row[0]
            return conn.execute("INSERT INTO doc_collections (kind, owner, created_at) VALUES (?, ?, ?)",
                                (kind, owner, time.time())).lastrowid

    def adopt(self, collection_id: int, conversation_id: int) -> None:
        """The new chat's attachments become the saved conversation's."""
        with self._store._writing() as conn:
            conn.execute("UPDATE doc_collections SET conversation_id = ? WHERE id = ?",
                         (conversation_id, collection_id))

    def drop_unsaved(self) -> None:
        """Attachments of a new chat that was never sent (left by the last session)."""
        with self._store._writing() as conn:
            conn.execute("DELETE FROM doc_collections WHERE kind = 'conversation' AND conversation_id IS NULL")

    def delete_collection(self, collection_id: int) -> None:
        with self._store._writing() as conn:
            conn.execute("DELETE FROM doc_collections WHERE id = ?", (collection_id,))
        self._changed()

    # -- files -----------------------------------------------------------------------

    def add_file(self, collection_id: int, path: str, name: str) -> FileRecord:
        """A file to index (pending); the one already there when the path is known."""
        with self._store._writing() as conn:
            conn.execute("INSERT OR IGNORE INTO doc_files (collection_id, path, name, added_at) VALUES (?, ?, ?, ?)",
                         (collection_id, path, name, time.time()))
            row = conn.execute(f"SELECT {_FILE_COLUMNS} FROM doc_files WHERE collection_id = ? AND path = ?",
                               (collection_id, path)).fetchone()
        return FileRecord.from_row(row)

    def files(self, collection_ids: list[int]) -> list[FileRecord]:
        if not collection_ids:
            return []
        marks = ",".join("?" * len(collection_ids))
        with self._store._reading() as conn:
            rows = conn.execute(f"SELECT {_FILE_COLUMNS} FROM doc_files WHERE collection_id IN ({marks}) "
                                "ORDER BY added_at, id", collection_ids).fetchall()
        return [FileRecord.from_row(r) for r in rows]

    def file(self, file_id: int) -> FileRecord | None:
        with self._store._reading() as conn:
            row = conn.execute(f"SELECT {_FILE_COLUMNS} FROM doc_files WHERE id = ?", (file_id,)).fetchone()
        return FileRecord.from_row(row) if row else None

    def unfinished_collections(self) -> list[int]:
        """Collections with a file not yet indexed (cancelled, or cut short by a restart)."""
        with self._store._reading() as conn:
            rows = conn.execute("SELECT DISTINCT collection_id FROM doc_files WHERE status IN "
                                "('pending', 'embedding')").fetchall()
        return [r[0] for r in rows]

    def remove_file(self, file_id: int) -> None:
        with self._store._writing() as conn:
            conn.execute("DELETE FROM doc_files WHERE id = ?", (file_id,))
        self._changed()

    def set_status(self, file_id: int, status: str, error: dict | None = None, **fields) -> None:
        """status, and any of size, mtime_ns, sha256, embedder."""
        values = {"status": status, "error": json.dumps(error) if error else "", **fields}
        assignments = ", ".join(f"{name} = ?" for name in values)
        with self._store._writing() as conn:
            conn.execute(f"UPDATE doc_files SET {assignments} WHERE id = ?", (*values.values(), file_id))
        self._changed()

    def replace_passages(self, file_id: int, passages: list, text: str | None, chars: int) -> None:
        """A file's new passages (vectors to come), its whole text when short, in one transaction."""
        with self._store._writing() as conn:
            conn.execute("DELETE FROM doc_passages WHERE file_id = ?", (file_id,))
            conn.executemany("INSERT INTO doc_passages (file_id, seq, page, section, text) VALUES (?, ?, ?, ?, ?)",
                             [(file_id, p.seq, p.page, p.section, p.text) for p in passages])
            conn.execute("UPDATE doc_files SET text = ?, chars = ?, status = 'embedding', embedder = '' "
                         "WHERE id = ?", (text, chars, file_id))
        self._changed()

    def whole_text(self, file_id: int) -> str | None:
        with self._store._reading() as conn:
            row = conn.execute("SELECT text FROM doc_files WHERE id = ?", (file_id,)).fetchone()
        return row[0] if row else None

    def unembedded(self, file_id: int, limit: int) -> list[tuple[int, str, str]]:
        """(id, section, text) of passages still without a vector, in order."""
        with self._store._reading() as conn:
            return conn.execute("SELECT id, section, text FROM doc_passages WHERE file_id = ? AND vector IS NULL "
                                "ORDER BY seq LIMIT ?", (file_id, limit)).fetchall()

    def passage_counts(self, file_id: int) -> tuple[int, int]:
        """(passages with a vector, all passages) of a file: its indexing progress."""
        with self._store._reading() as conn:
            return conn.execute("SELECT count(vector), count(*) FROM doc_passages WHERE file_id = ?",
                                (file_id,)).fetchone()

    def clear_vectors(self, file_id: int) -> None:
        """Its vectors go (another model embeds it anew); passages and words stay."""
        with self._store._writing() as conn:
            conn.execute("UPDATE doc_passages SET vector = NULL WHERE file_id = ?", (file_id,))
        self._changed()

    def set_vectors(self, pairs: list[tuple[int, bytes]]) -> None:
        with self._store._writing() as conn:
            conn.executemany("UPDATE doc_passages SET vector = ? WHERE id = ?", [(v, i) for i, v in pairs])
        self._changed()

    # -- search ----------------------------------------------------------------------

    def keyword(self, collection_ids: list[int], match: str, limit: int) -> list[int]:
        """Ids of passages matching an FTS5 expression, best first (BM25)."""
        if not collection_ids or not match:
            return []
        marks = ",".join("?" * len(collection_ids))
        with self._store._reading() as conn:
            rows = conn.execute(
                "SELECT p.id FROM doc_passages_fts JOIN doc_passages p ON p.id = doc_passages_fts.rowid "
                f"JOIN doc_files f ON f.id = p.file_id WHERE doc_passages_fts MATCH ? AND f.collection_id IN ({marks}) "
                "ORDER BY doc_passages_fts.rank LIMIT ?", (match, *collection_ids, limit)).fetchall()
        return [r[0] for r in rows]

    def matrix(self, collection_ids: list[int], embedder: str):
        """(ids, vectors) of every embedded passage: a numpy int64 array and a float32 matrix."""
        import numpy as np  # noqa: PLC0415 (only where documents are searched)

        key = (tuple(sorted(collection_ids)), embedder)
        marks = ",".join("?" * len(collection_ids))
        where = (f"FROM doc_passages p JOIN doc_files f ON f.id = p.file_id WHERE f.collection_id IN ({marks}) "
                 "AND f.embedder = ? AND p.vector IS NOT NULL")
        with self._cache_lock:
            stamp = self._generation
            cached = self._matrices.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1], cached[2]
        with self._store._reading() as conn:
            rows = conn.execute(f"SELECT p.id, p.vector {where} ORDER BY p.id", (*collection_ids, embedder)).fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        if rows:
            width = len(rows[0][1]) // 4
            matrix = np.frombuffer(b"".join(r[1] for r in rows if len(r[1]) == 4 * width), dtype=np.float32)
            matrix = matrix.reshape(-1, width)
            if len(matrix) != len(ids):    # vectors of another width: a changed embedder mid-way
                ids = np.fromiter((r[0] for r in rows if len(r[1]) == 4 * width), dtype=np.int64)
        else:
            matrix = np.zeros((0, 0), dtype=np.float32)
        with self._cache_lock:
            self._matrices = {k: v for k, v in self._matrices.items() if k[0] != key[0]}
            self._matrices[key] = (stamp, ids, matrix)
        return ids, matrix

    def passages(self, ids: list[int]) -> list[PassageRecord]:
        """These passages, in the order asked."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self._store._reading() as conn:
            rows = conn.execute(f"SELECT p.id, p.file_id, f.name, p.page, p.section, p.text FROM doc_passages p "
                                f"JOIN doc_files f ON f.id = p.file_id WHERE p.id IN ({marks})", ids).fetchall()
        found = {r[0]: PassageRecord(*r) for r in rows}
        return [found[i] for i in ids if i in found]

    # -- what replies and conversations record -------------------------------------------

    def set_sources(self, message_id: int, sources: list[dict]) -> None:
        with self._store._writing() as conn:
            conn.execute("INSERT OR REPLACE INTO reply_sources (message_id, sources) VALUES (?, ?)",
                         (message_id, json.dumps(sources, ensure_ascii=False)))

    def sources(self, message_id: int) -> list[dict]:
        with self._store._reading() as conn:
            row = conn.execute("SELECT sources FROM reply_sources WHERE message_id = ?", (message_id,)).fetchone()
        return json.loads(row[0]) if row else []

    def set_assistant(self, conversation_id: int, assistant_id: str | None) -> None:
        with self._store._writing() as conn:
            if assistant_id:
                conn.execute("INSERT OR REPLACE INTO conversation_assistants VALUES (?, ?)",
                             (conversation_id, assistant_id))
            else:
                conn.execute("DELETE FROM conversation_assistants WHERE conversation_id = ?", (conversation_id,))

    def assistant(self, conversation_id: int) -> str | None:
        with self._store._reading() as conn:
            row = conn.execute("SELECT assistant FROM conversation_assistants WHERE conversation_id = ?",
                               (conversation_id,)).fetchone()
        return row[0] if row else None
