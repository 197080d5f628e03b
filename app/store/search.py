"""Full-text search over conversation titles and message text (FTS5).

Plain functions over a reading connection; the caller holds its lock.
"""

from __future__ import annotations

import re

from sqlcipher3 import dbapi2 as sqlite

from .models import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

SNIPPET_TOKENS = 16
_WORD = re.compile(r"\S+")

# Per conversation, the newest matching message. SQLite fills the bare column
# m.id from the row that holds max(created_at). INDEXED BY: the planner would
# otherwise read each matching message row (large, and decrypted page by
# page) only to learn its conversation; the covering index is small.
_NEWEST_MATCHES = """
    SELECT m.conversation_id, max(m.created_at), m.id
    FROM messages_fts JOIN messages AS m INDEXED BY messages_cover ON m.id = messages_fts.rowid
    WHERE messages_fts MATCH ?
    GROUP BY m.conversation_id ORDER BY 2 DESC LIMIT ?"""

_TITLE_MATCHES = """
    SELECT c.id, c.title, highlight(conversations_fts, 0, ?, ?), c.updated_at
    FROM conversations_fts JOIN conversations AS c ON c.id = conversations_fts.rowid
    WHERE conversations_fts MATCH ?"""


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query that cannot be a syntax error.

    Each word becomes a quoted phrase, so AND, NEAR, quotes, stars and
    brackets are just text; all words must occur. The last word also
    matches as a prefix, for search as you type. None when nothing is left.
    """
    words = [w for w in _WORD.findall(text) if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    phrases[-1] += "*"
    return " ".join(phrases)


def search(conn: sqlite.Connection, text: str, limit: int) -> list[SearchHit]:
    """Conversations matching `text`, newest first: each with its newest
    matching message (or its title, when only that matched) as a snippet."""
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    hits = {hit.conversation_id: hit for hit in _message_hits(conn, query, limit)}
    for conv_id, title, marked, updated_at in conn.execute(
            _TITLE_MATCHES, (HIGHLIGHT_START, HIGHLIGHT_END, query)).fetchall():
        if conv_id not in hits:
            hits[conv_id] = SearchHit(conv_id, title, None, marked, updated_at)
    ranked = sorted(hits.values(), key=lambda hit: hit.created_at, reverse=True)
    return ranked[:limit]


def _message_hits(conn: sqlite.Connection, query: str, limit: int) -> list[SearchHit]:
    newest = conn.execute(_NEWEST_MATCHES, (query, limit)).fetchall()
    if not newest:
        return []
    ids = [message_id for _, _, message_id in newest]
    marks = ",".join("?" * len(ids))
    # Snippets only for the few hits shown: snippet() is the costly part.
    snippets = dict(conn.execute(
        f"SELECT rowid, snippet(messages_fts, 0, ?, ?, '…', {SNIPPET_TOKENS}) "
        f"FROM messages_fts WHERE messages_fts MATCH ? AND rowid IN ({marks})",
        (HIGHLIGHT_START, HIGHLIGHT_END, query, *ids)).fetchall())
    titles = dict(conn.execute(
        f"SELECT id, title FROM conversations WHERE id IN ({marks})",
        [conv_id for conv_id, _, _ in newest]).fetchall())
    return [SearchHit(conv_id, titles[conv_id], message_id, snippets.get(message_id, ""), at)
            for conv_id, at, message_id in newest]
