"""ChatStore: the user's conversations in one encrypted SQLite database.

The queries: conversations, messages and their branches, streamed replies,
search, export and import, each in a transaction of the Database
(database.py), which opens the file. Any thread; see ChatStore.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from . import exporting, importing, migrations, search, tree
from .database import Database
from .errors import StoreError
from .models import (
    COMPLETE,
    CONVERSATION_COLUMNS,
    FINISHED_STATUSES,
    MESSAGE_COLUMNS,
    ROLES,
    SHOWN_LEAF,
    STOPPED,
    STREAMING,
    UNCHANGED,
    Conversation,
    Default,
    Message,
    ReplyStats,
    SearchHit,
)
from .replies import ReplyBuffer, ReplyFlusher

log = logging.getLogger(__name__)


class ChatStore:
    """The conversations under one data folder, open for this process alone.

    Any thread may call any method. Writes go through one connection, one at
    a time, and are committed when the method returns; reads use a second
    connection, so a search never waits for a write nor a write for a
    search. A ReplyFlusher thread writes streamed reply text twice a second.
    Most calls take a few milliseconds; search, export and import over a
    large history take longer and belong off the GUI thread.
    """

    def __init__(self, db: Database):
        """Use ChatStore.open()."""
        self.data_dir = db.data_dir
        self.path = db.path
        self.key_storage = db.key_storage     # "keychain" or "file", for the settings pane
        self.last_backup = db.backup          # the copy made before a migration, if any
        self._db = db
        # Also DocumentStore's, whose tables live in the same database.
        self._writing, self._reading = db.writing, db.reading
        self._replies = ReplyBuffer()
        self._flush_error: StoreError | None = None
        self._flusher = ReplyFlusher(self._flush_in_background)

    @classmethod
    def open(cls, data_dir: str | os.PathLike, *, key_file_ok: bool = False) -> ChatStore:
        """Opens (or creates) the store in data_dir; StoreError with a sentence on failure.

        KeychainUnavailable (a StoreError) when the keychain is locked or refuses: the
        app asks the user, who may try again or, on a first start, choose a key file
        (key_file_ok=True)."""
        store = cls(Database.open(Path(data_dir), key_file_ok=key_file_ok))
        store._flusher.start()
        return store

    def close(self) -> None:
        """Saves streamed text, marks unfinished replies stopped, and lets go of the folder."""
        if self._db.closed:
            return
        self._flusher.stop()
        try:
            for message_id in self._replies.ids():
                self.finish_reply(message_id, STOPPED)
            with self._writing() as conn:
                conn.execute("PRAGMA optimize")
        finally:
            self._db.close()

    def derived_key(self, purpose: str) -> bytes:
        """A 32-byte key for other encrypted app files ("kv-cache": the engine's saved
        states), HMAC-SHA256 of the purpose under the database key. It changes with
        that key, and the database key itself never leaves the store."""
        return self._db.derived_key(purpose)

    def __enter__(self) -> ChatStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # Conversations

    def create_conversation(self, title: str = "New chat", *, model: str | None = None,
                            system_prompt: str = "", settings: dict | None = None) -> Conversation:
        now = time.time()
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO conversations (title, created_at, updated_at, model, "
                "system_prompt, settings) VALUES (?, ?, ?, ?, ?, ?)",
                (title, now, now, model, system_prompt, json.dumps(settings or {})))
        return self.conversation(cursor.lastrowid)

    def conversation(self, conversation_id: int) -> Conversation:
        with self._reading() as conn:
            return Conversation.from_row(tree.conversation_row(conn, conversation_id))

    def list_conversations(self) -> list[Conversation]:
        """Pinned ones first, then the most recently active first."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {CONVERSATION_COLUMNS} FROM conversations "
                                "ORDER BY pinned DESC, updated_at DESC, id DESC").fetchall()
        return [Conversation.from_row(row) for row in rows]

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.update_conversation(conversation_id, title=title)

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.update_conversation(conversation_id, pinned=pinned)

    def update_conversation(self, conversation_id: int, *, title: Any = UNCHANGED,
                            model: Any = UNCHANGED, system_prompt: Any = UNCHANGED,
                            settings: Any = UNCHANGED, pinned: Any = UNCHANGED) -> None:
        """Changes the fields given; updated_at stays, since it tracks messages."""
        changes = {"title": title, "model": model, "system_prompt": system_prompt,
                   "settings": settings if settings is UNCHANGED else json.dumps(settings),
                   "pinned": pinned if pinned is UNCHANGED else int(bool(pinned))}
        changes = {name: value for name, value in changes.items() if value is not UNCHANGED}
        if not changes:
            return
        assignments = ", ".join(f"{name} = ?" for name in changes)
        with self._writing() as conn:
            tree.conversation_row(conn, conversation_id)
            conn.execute(f"UPDATE conversations SET {assignments} WHERE id = ?",
                         (*changes.values(), conversation_id))

    def delete_conversation(self, conversation_id: int) -> None:
        """Deletes it with all its messages; replies still streaming into it stop.

        Its words leave the search index (FTS5 secure-delete, migration 3) and the
        freed space is overwritten with zeros (secure_delete); forget_deleted()
        also empties the write-ahead log, where earlier page images may remain."""
        with self._writing() as conn:
            ids = [row[0] for row in conn.execute(
                "SELECT id FROM messages WHERE conversation_id = ? AND status = ?",
                (conversation_id, STREAMING))]
            conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            for message_id in ids:
                self._replies.pop(message_id)

    def delete_all_conversations(self) -> int:
        """Deletes every conversation at once; returns how many there were.

        Word by word, as deleting one does, this would take minutes for a long
        history; here the search index is emptied in one step ('delete-all')
        while its per-row triggers are set aside, inside the same transaction,
        so a crash leaves either everything or nothing deleted."""
        with self._writing() as conn:
            count = conn.execute("SELECT count(*) FROM conversations").fetchone()[0]
            triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name IN ('messages_fts_delete', 'conversations_fts_delete')").fetchall()
            for name, _sql in triggers:
                conn.execute(f"DROP TRIGGER {name}")
            conn.execute("DELETE FROM conversations")
            for table in ("messages_fts", "conversations_fts"):
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
            for _name, sql in triggers:
                conn.execute(sql)
            for message_id in self._replies.ids():
                self._replies.pop(message_id)
        return count

    def forget_deleted(self) -> None:
        """After deleting: folds the write-ahead log into the file and empties it, so
        that no earlier image of a deleted page stays beside the database."""
        self._db.checkpoint()

    def backups(self) -> list[Path]:
        """The copies taken before updates changed the file (they hold what it held then)."""
        return migrations.list_backups(self.data_dir)

    def delete_backups(self) -> list[Path]:
        """Deletes those copies; returns the ones that could not be deleted."""
        return migrations.delete_backups(self.data_dir)

    # Messages

    def add_message(self, conversation_id: int, role: str, content: str, *,
                    parent_id: int | None | Default = SHOWN_LEAF,
                    model: str | None = None) -> Message:
        """Adds a finished message after parent_id (default: the one on screen) and shows it.

        Editing a question is adding one with the old question's parent.
        """
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        with self._writing() as conn:
            parent = tree.checked_parent(conn, conversation_id, parent_id)
            return tree.insert_message(conn, conversation_id, parent, role, content, model, COMPLETE)

    def message(self, message_id: int) -> Message:
        with self._reading() as conn:
            row = conn.execute(f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?",
                               (message_id,)).fetchone()
        if row is None:
            raise StoreError("no_message")
        return self._message(row)

    def messages(self, conversation_id: int) -> list[Message]:
        """The branch on screen, oldest first."""
        with self._reading() as conn:
            tree.conversation_row(conn, conversation_id)
            rows = tree.shown_branch(conn, conversation_id)
        return [self._message(row) for row in rows]

    def all_messages(self, conversation_id: int) -> list[Message]:
        """Every message of every branch, oldest first."""
        with self._reading() as conn:
            tree.conversation_row(conn, conversation_id)
            rows = tree.all_messages(conn, conversation_id)
        return [self._message(row) for row in rows]

    def siblings(self, message_id: int) -> tuple[list[int], int]:
        """The ids of the message and its alternatives, oldest first, and its index there."""
        message = self.message(message_id)
        with self._reading() as conn:
            ids = tree.sibling_ids(conn, message.conversation_id, message.parent_id)
        return ids, ids.index(message_id)

    def select_branch(self, message_id: int) -> list[Message]:
        """Shows the branch through message_id, following the newest replies below it."""
        with self._writing() as conn:
            row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?",
                               (message_id,)).fetchone()
            if row is None:
                raise StoreError("no_message")
            conn.execute("UPDATE conversations SET shown_leaf_id = ? WHERE id = ?",
                         (tree.newest_leaf(conn, message_id), row[0]))
        return self.messages(row[0])

    # Streamed replies

    def start_reply(self, conversation_id: int,
                    parent_id: int | None | Default = SHOWN_LEAF, *,
                    model: str | None = None) -> Message:
        """An empty assistant message with status streaming, shown after parent_id.

        Regenerating a reply is starting one with the same parent.
        """
        with self._writing() as conn:
            parent = tree.checked_parent(conn, conversation_id, parent_id)
            if model is None:
                model = tree.conversation_row(conn, conversation_id)[4]
            message = tree.insert_message(conn, conversation_id, parent, "assistant", "",
                                      model, STREAMING)
        self._replies.start(message.id)
        return message

    def append_reply(self, message_id: int, text: str) -> None:
        """Adds streamed text; in memory at once, on disk within about a second.

        Raises the StoreError of a background write that failed (a full disk),
        once; the text stays in memory and the next write tries again.
        """
        error, self._flush_error = self._flush_error, None
        if error is not None:
            raise error
        if not self._replies.append(message_id, text):
            raise StoreError("reply_finished")

    def finish_reply(self, message_id: int, status: str = COMPLETE,
                     stats: ReplyStats | Any = None) -> Message:
        """Writes the whole reply with its final status and stats (engine stats will do)."""
        if status not in FINISHED_STATUSES:
            raise ValueError(f"status must be one of {FINISHED_STATUSES}, not {status!r}")
        stats = ReplyStats.of(stats) or ReplyStats()
        with self._writing() as conn:
            text = self._replies.text(message_id)
            if text is None:
                raise StoreError("reply_already_finished")
            conn.execute(
                "UPDATE messages SET content = ?, status = ?, prompt_tokens = ?, "
                "generated_tokens = ?, tokens_per_s = ? WHERE id = ?",
                (text, status, stats.prompt_tokens, stats.generated_tokens,
                 stats.tokens_per_s, message_id))
            conn.execute("UPDATE conversations SET updated_at = ? WHERE id = "
                         "(SELECT conversation_id FROM messages WHERE id = ?)",
                         (time.time(), message_id))
            # Dropped from the buffer only once the final text is committed.
            self._replies.pop(message_id)
        return self.message(message_id)

    def flush(self) -> None:
        """Writes all streamed text now; the flusher thread does this twice a second."""
        with self._db.write_lock:
            # Taken under the write lock, so a finish_reply cannot slip in between.
            unwritten = self._replies.unwritten()
            if not unwritten:
                return
            with self._writing() as conn:
                for message_id, text in unwritten:
                    conn.execute("UPDATE messages SET content = ? WHERE id = ? AND status = ?",
                                 (text, message_id, STREAMING))
            for message_id, text in unwritten:
                self._replies.mark_written(message_id, text)

    # Search, export, import, health

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Conversations whose title or messages contain all the words typed
        (the last also as a prefix, from 3 letters), newest first, at most
        `limit`. Never raises on odd input; see search.fts_query."""
        with self._reading() as conn:
            return search.search(conn, text, limit)

    def export(self, fmt: str, conversation_ids: list[int] | None = None) -> str:
        """One, some or all (None) conversations as "markdown", "json" or "html".

        JSON holds every branch and imports back without loss; Markdown and
        HTML hold the branch on screen, for reading.
        """
        with self._reading() as conn:
            if conversation_ids is None:
                conversation_ids = [row[0] for row in conn.execute(
                    "SELECT id FROM conversations ORDER BY created_at, id")]
            documents = []
            for conversation_id in conversation_ids:
                conversation = Conversation.from_row(tree.conversation_row(conn, conversation_id))
                document = asdict(conversation)
                document["messages"] = [asdict(self._message(row)) for row in
                                        tree.all_messages(conn, conversation_id)]
                documents.append(document)
        return exporting.render(fmt, documents)

    def import_json(self, text: str) -> list[int]:
        """Adds the conversations of a JSON export (new ids); all or nothing."""
        return self._import(importing.parse_export(text))

    def import_chatgpt(self, text: str) -> list[int]:
        """Adds the conversations of a ChatGPT data export's conversations.json."""
        return self._import(importing.parse_chatgpt(text))

    def integrity_check(self) -> str:
        """"ok", or what SQLite found wrong with the file or the search index."""
        # On the writer: PRAGMA integrity_check also checks the FTS5 tables, and on the
        # reader it may use a view of the index cached before a secure-delete dropped a
        # segment, and report corruption that is not there (a fresh connection says ok).
        with self._writing() as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [row[0] for row in rows if row[0] != "ok"]
        # Rank 1 also compares the index with the text, which only holds
        # while no reply streams (streaming text is not indexed yet).
        rank = 0 if self._replies.ids() else 1
        try:
            with self._writing() as conn:
                for table in ("messages_fts", "conversations_fts"):
                    conn.execute(f"INSERT INTO {table}({table}, rank) "
                                 f"VALUES ('integrity-check', {rank})")
        except StoreError as exc:
            problems.append(f"search index: {exc}")
        return "\n".join(problems) or "ok"

    # Inside

    def _import(self, documents: list[dict]) -> list[int]:
        with self._writing() as conn:
            return importing.insert_documents(conn, documents)

    def _message(self, row: tuple) -> Message:
        """A message row, with the newest text of a reply still streaming."""
        if row[7] == STREAMING:
            return Message.from_row(row, self._replies.text(row[0]))
        return Message.from_row(row)

    def _flush_in_background(self) -> None:
        try:
            self.flush()
        except StoreError as exc:
            log.warning("could not save streamed text: %s", exc)
            self._flush_error = exc
