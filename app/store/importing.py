"""Reading conversations back in: Tramontane's JSON export, and ChatGPT's.

Parsing turns either file into checked documents (the shape exporting.py
writes); insert_documents adds them inside the caller's transaction, with
new ids and the same tree. Plain functions; the caller holds the writer.

The file is untrusted: anything it holds that is not what the format says
(a wrong type, a tree that loops, a date like 1e300 that no calendar can
show, a file too large to read) ends in a StoreError sentence before
anything is written, so a bad file imports nothing and breaks nothing that
was there. Every step is linear in the size of the file.
"""

from __future__ import annotations

import json
import math
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

from app.errors import Size

from .errors import StoreError
from .exporting import EXPORT_FORMAT, EXPORT_VERSION
from .models import FAILED, ROLES, STATUSES, STREAMING

MAX_CHARS = 512 * 2**20            # ChatGPT's conversations.json of a heavy user is a few hundred MB
MAX_TITLE = 500                    # characters kept of a title
LAST_TIME = 253402300799.0         # 9999-12-31: later dates cannot be shown


class _Bad(ValueError):
    """What is wrong with the file, in a few words (English: a detail for the help desk)."""


def parse_export(text: str) -> list[dict]:
    data = _json(text, "not_export")
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StoreError("not_export")
    if type(data.get("version")) is not int or data["version"] > EXPORT_VERSION:
        raise StoreError("newer_export")
    return _checked_list(data.get("conversations"), _checked)


def parse_chatgpt(text: str) -> list[dict]:
    data = _json(text, "not_chatgpt")
    if not isinstance(data, list) or not all(isinstance(c, dict) and "mapping" in c for c in data):
        raise StoreError("not_chatgpt")
    return _checked_list(data, lambda conversation: _checked(_from_chatgpt(conversation)))


def insert_documents(conn: sqlite.Connection, documents: list[dict]) -> list[int]:
    """Adds checked documents; returns the new conversation ids."""
    conversation_ids = []
    for document in documents:
        cursor = conn.execute(
            "INSERT INTO conversations (title, created_at, updated_at, model, system_prompt, "
            "settings, pinned) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (document["title"], document["created_at"], document["updated_at"],
             document["model"], document["system_prompt"], json.dumps(document["settings"]),
             int(document["pinned"])))
        conversation_id = cursor.lastrowid
        new_ids: dict[Any, int] = {}
        for message in document["messages"]:
            stats = message["stats"] or {}
            cursor = conn.execute(
                "INSERT INTO messages (conversation_id, parent_id, role, content, model, "
                "created_at, status, prompt_tokens, generated_tokens, tokens_per_s) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, new_ids.get(message["parent_id"]), message["role"],
                 message["content"], message["model"], message["created_at"],
                 message["status"], stats.get("prompt_tokens"),
                 stats.get("generated_tokens"), stats.get("tokens_per_s")))
            new_ids[message["id"]] = cursor.lastrowid
        conn.execute("UPDATE conversations SET shown_leaf_id = ? WHERE id = ?",
                     (new_ids.get(document["shown_leaf_id"]), conversation_id))
        conversation_ids.append(conversation_id)
    return conversation_ids


def _json(text: str | bytes, complaint: str) -> Any:
    if len(text) > MAX_CHARS:
        raise StoreError("too_large", size=Size(len(text)), limit=Size(MAX_CHARS))
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:     # also NaN-free numbers too long to read
        raise StoreError(complaint) from exc


def _checked_list(conversations: Any, check) -> list[dict]:
    if not isinstance(conversations, list):
        raise StoreError("damaged_export", detail="no list of conversations")
    try:
        return [check(document) for document in conversations]
    except _Bad as exc:
        raise StoreError("damaged_export", detail=str(exc)) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError("damaged_export", detail=f"bad or missing field {str(exc)[:80]}") from exc


def _checked(document: Any) -> dict:
    """A copy with the expected types and parents before children; _Bad naming what is wrong."""
    if not isinstance(document, dict):
        raise _Bad("a conversation that is not an object")
    if not isinstance(document["settings"], dict):      # its values are checked where used (chat/params.py)
        raise _Bad("settings that are not an object")
    if not isinstance(document["messages"], list):
        raise _Bad("messages that are not a list")
    messages = _parents_first([_checked_message(message) for message in document["messages"]])
    ids = {message["id"] for message in messages}
    shown = document["shown_leaf_id"]
    created = _time(document["created_at"])
    return {"title": _text(document["title"], "title")[:MAX_TITLE], "created_at": created,
            "updated_at": _time(document["updated_at"], created), "model": _optional_text(document["model"]),
            "system_prompt": _text(document["system_prompt"] or "", "system prompt"),
            "settings": document["settings"], "pinned": _flag(document["pinned"]),
            "shown_leaf_id": shown if _is_scalar(shown) and shown in ids else None, "messages": messages}


def _checked_message(message: Any) -> dict:
    if not isinstance(message, dict):
        raise _Bad("a message that is not an object")
    if message["role"] not in ROLES:
        raise _Bad(f"role {str(message['role'])[:20]!r}")
    if message["status"] not in STATUSES:
        raise _Bad(f"status {str(message['status'])[:20]!r}")
    stats = message.get("stats")
    if stats is not None and (not isinstance(stats, dict) or not all(
            v is None or (type(v) in (int, float) and math.isfinite(v)) for v in stats.values())):
        raise _Bad("bad statistics")
    for key in ("id", "parent_id"):
        if not _is_scalar(message[key]):
            raise _Bad(f"a {key.replace('_', ' ')} that is not a name or number")
    return {"id": message["id"], "parent_id": message["parent_id"], "role": message["role"],
            "content": _text(message["content"], "message text"), "model": _optional_text(message["model"]),
            "created_at": _time(message["created_at"]),
            # Nothing streams into an imported reply; say it was cut short.
            "status": FAILED if message["status"] == STREAMING else message["status"],
            "stats": stats}


def _is_scalar(value: Any) -> bool:
    return value is None or type(value) in (str, int, float, bool)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise _Bad(f"a {what} that is not text")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value, "model name")


def _flag(value: Any) -> bool:
    if type(value) not in (bool, int):
        raise _Bad("a pin that is not true or false")
    return bool(value)


def _time(value: Any, default: float | None = None) -> float:
    """A date as Unix seconds; a number no calendar can show is refused, not stored."""
    if value is None and default is not None:
        return default
    if type(value) not in (int, float) or not math.isfinite(value) or not 0 <= value <= LAST_TIME:
        raise _Bad(f"a date that is not a date ({str(value)[:24]})")
    return float(value)


def _parents_first(messages: list[dict]) -> list[dict]:
    """The messages ordered so that each comes after its parent."""
    children: dict[Any, list[dict]] = {}
    ids = {message["id"] for message in messages}
    if len(ids) != len(messages):
        raise _Bad("two messages share an id")
    for message in messages:
        if message["parent_id"] is not None and message["parent_id"] not in ids:
            raise _Bad("a reply to a missing message")
        children.setdefault(message["parent_id"], []).append(message)
    ordered, frontier = [], list(children.get(None, []))
    while frontier:
        message = frontier.pop()
        ordered.append(message)
        frontier.extend(children.get(message["id"], []))
    if len(ordered) != len(messages):
        raise _Bad("messages that answer each other in a loop")
    return ordered


def _from_chatgpt(conversation: dict) -> dict:
    """A ChatGPT conversation (a tree of nodes in "mapping") as a document.

    Tool calls, hidden system notes and images have no text to keep; their
    children hang from the nearest kept ancestor instead.
    """
    mapping = conversation["mapping"]
    if not isinstance(mapping, dict) or not all(isinstance(node, dict) for node in mapping.values()):
        raise _Bad("a conversation whose nodes are not objects")
    created = conversation.get("create_time")
    created = _time(created) if created is not None else 0.0
    kept = {}
    for node_id, node in mapping.items():
        message = _chatgpt_message(node.get("message"), created)
        if message is not None:
            kept[node_id] = dict(message, id=node_id)
    ancestors = _KeptAncestors(mapping, kept)
    for node_id, message in kept.items():
        message["parent_id"] = ancestors.of(mapping[node_id].get("parent"))
    title = conversation.get("title")
    return {"title": title if isinstance(title, str) and title.strip() else "Imported chat",
            "created_at": created, "updated_at": conversation.get("update_time") or created, "model": None,
            "system_prompt": "", "settings": {}, "pinned": False,
            "shown_leaf_id": ancestors.of(conversation.get("current_node")),
            "messages": list(kept.values())}


def _chatgpt_message(message: Any, default_time: float) -> dict | None:
    if not isinstance(message, dict):
        return None
    author, metadata, content = (message.get(k) for k in ("author", "metadata", "content"))
    role = author.get("role") if isinstance(author, dict) else None
    metadata = metadata if isinstance(metadata, dict) else {}
    if role not in ROLES or metadata.get("is_visually_hidden_from_conversation"):
        return None
    content = content if isinstance(content, dict) else {}
    parts = content.get("parts")
    parts = [part for part in parts if isinstance(part, str)] if isinstance(parts, list) else []
    text = "\n\n".join(parts) if parts else content.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    slug = metadata.get("model_slug")
    when = message.get("create_time")
    return {"role": role, "content": text, "model": slug if isinstance(slug, str) else None,
            "created_at": default_time if when is None else when, "status": "complete", "stats": None}


class _KeptAncestors:
    """The nearest kept node at or above a node, for every node in one pass overall:
    each walk up stops at a node already answered, and a loop answers None."""

    def __init__(self, mapping: dict, kept: dict) -> None:
        self.mapping, self.kept = mapping, kept
        self.known: dict[Any, Any] = {}

    def of(self, node_id: Any) -> Any:
        if not _is_scalar(node_id) or node_id is None:
            return None
        path, on_path = [], set()
        answer = None
        while _is_scalar(node_id) and node_id is not None:
            if node_id in self.known:
                answer = self.known[node_id]
                break
            if node_id in self.kept:
                answer = node_id
                break
            if node_id in on_path or node_id not in self.mapping:
                break                       # a loop, or a parent that is not there: no kept ancestor
            path.append(node_id)
            on_path.add(node_id)
            node_id = self.mapping[node_id].get("parent")
        for visited in path:
            self.known[visited] = answer
        return answer
