"""Reading and growing a conversation's message tree.

Plain functions over a connection whose lock the caller holds.
"""

from __future__ import annotations

import time
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

from .errors import StoreError
from .models import CONVERSATION_COLUMNS, MESSAGE_COLUMNS, SHOWN_LEAF, Message

_M_COLUMNS = ", ".join("m." + name.strip() for name in MESSAGE_COLUMNS.split(","))

# Walks up from the shown leaf to the root, then returns root first.
_SHOWN_BRANCH = f"""
    WITH RECURSIVE branch(id, depth) AS (
        SELECT shown_leaf_id, 0 FROM conversations WHERE id = ? AND shown_leaf_id IS NOT NULL
        UNION ALL
        SELECT m.parent_id, branch.depth + 1
        FROM messages AS m JOIN branch ON m.id = branch.id
        WHERE m.parent_id IS NOT NULL
    )
    SELECT {_M_COLUMNS} FROM branch JOIN messages AS m ON m.id = branch.id
    ORDER BY branch.depth DESC"""

# Walks down from a message, always to its newest child, and returns the end.
_NEWEST_LEAF = """
    WITH RECURSIVE down(id, depth) AS (
        SELECT ?, 0
        UNION ALL
        SELECT (SELECT c.id FROM messages AS c WHERE c.parent_id = down.id
                ORDER BY c.created_at DESC, c.id DESC LIMIT 1), down.depth + 1
        FROM down WHERE down.id IS NOT NULL
    )
    SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1"""


def shown_branch(conn: sqlite.Connection, conversation_id: int) -> list[tuple]:
    """Message rows from the root to the shown leaf."""
    return conn.execute(_SHOWN_BRANCH, (conversation_id,)).fetchall()


def newest_leaf(conn: sqlite.Connection, message_id: int) -> int:
    """The end of the branch that follows the newest reply at every step."""
    return conn.execute(_NEWEST_LEAF, (message_id,)).fetchone()[0]


def sibling_ids(conn: sqlite.Connection, conversation_id: int, parent_id: int | None) -> list[int]:
    """Messages sharing a parent (roots share None), oldest first."""
    rows = conn.execute(
        "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? "
        "ORDER BY created_at, id", (conversation_id, parent_id)).fetchall()
    return [row[0] for row in rows]


def all_messages(conn: sqlite.Connection, conversation_id: int) -> list[tuple]:
    """Every message row of a conversation, every branch, oldest first."""
    return conn.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? "
        "ORDER BY created_at, id", (conversation_id,)).fetchall()



def conversation_row(conn: sqlite.Connection, conversation_id: int) -> tuple:
    row = conn.execute(f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?",
                       (conversation_id,)).fetchone()
    if row is None:
        raise StoreError("no_conversation")
    return row


def checked_parent(conn: sqlite.Connection, conversation_id: int, parent_id: Any) -> int | None:
    """The parent to add under (SHOWN_LEAF: the message on screen), checked to
    belong to the conversation."""
    leaf_id = conversation_row(conn, conversation_id)[8]
    if parent_id is SHOWN_LEAF:
        return leaf_id
    if parent_id is not None:
        row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?",
                           (parent_id,)).fetchone()
        if row is None or row[0] != conversation_id:
            raise StoreError("no_parent")
    return parent_id


def insert_message(conn: sqlite.Connection, conversation_id: int, parent_id: int | None,
                   role: str, content: str, model: str | None, status: str) -> Message:
    """Adds a message and makes it the one on screen."""
    now = time.time()
    cursor = conn.execute(
        "INSERT INTO messages (conversation_id, parent_id, role, content, model, "
        "created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (conversation_id, parent_id, role, content, model, now, status))
    conn.execute("UPDATE conversations SET shown_leaf_id = ?, updated_at = ? WHERE id = ?",
                 (cursor.lastrowid, now, conversation_id))
    return Message(cursor.lastrowid, conversation_id, parent_id, role, content, model,
                   now, status, None)
