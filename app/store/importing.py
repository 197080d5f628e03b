"""Reading conversations back in: Tramontane's JSON export, and ChatGPT's.

Parsing turns either file into checked documents (the shape exporting.py
writes); insert_documents adds them inside the caller's transaction, with
new ids and the same tree. Plain functions; the caller holds the writer.
"""

from __future__ import annotations

import json
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

from .errors import StoreError
from .exporting import EXPORT_FORMAT, EXPORT_VERSION
from .models import FAILED, ROLES, STATUSES, STREAMING

_NOT_EXPORT = "This file is not a Tramontane export (JSON), so nothing was imported."
_DAMAGED = "This export file is damaged or incomplete ({}), so nothing was imported."
_NOT_CHATGPT = ("This file is not a ChatGPT export: choose conversations.json "
                "from the unpacked export archive. Nothing was imported.")


def parse_export(text: str) -> list[dict]:
    data = _json(text, _NOT_EXPORT)
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StoreError(_NOT_EXPORT)
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise StoreError("This export comes from a newer version of Tramontane; "
                         "update the app to import it. Nothing was imported.")
    return _checked_list(data.get("conversations"))


def parse_chatgpt(text: str) -> list[dict]:
    data = _json(text, _NOT_CHATGPT)
    if not isinstance(data, list) or not all(isinstance(c, dict) and "mapping" in c for c in data):
        raise StoreError(_NOT_CHATGPT)
    return _checked_list([_from_chatgpt(conversation) for conversation in data])


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


def _json(text: str, complaint: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise StoreError(complaint) from exc


def _checked_list(conversations: Any) -> list[dict]:
    if not isinstance(conversations, list):
        raise StoreError(_DAMAGED.format("no list of conversations"))
    try:
        return [_checked(document) for document in conversations]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(_DAMAGED.format(f"bad or missing field {exc}")) from exc


def _checked(document: dict) -> dict:
    """A copy with the expected types and parents before children, or an
    exception naming what is wrong."""
    if not isinstance(document["settings"], dict):
        raise TypeError("settings")
    messages = [_checked_message(message) for message in document["messages"]]
    return {"title": str(document["title"]), "created_at": float(document["created_at"]),
            "updated_at": float(document["updated_at"]), "model": _text(document["model"]),
            "system_prompt": str(document["system_prompt"] or ""),
            "settings": document["settings"], "pinned": bool(document["pinned"]),
            "shown_leaf_id": document["shown_leaf_id"], "messages": _parents_first(messages)}


def _checked_message(message: dict) -> dict:
    if message["role"] not in ROLES:
        raise ValueError(f"role {message['role']!r}")
    if message["status"] not in STATUSES:
        raise ValueError(f"status {message['status']!r}")
    stats = message.get("stats")
    if stats is not None and not isinstance(stats, dict):
        raise TypeError("stats")
    return {"id": message["id"], "parent_id": message["parent_id"], "role": message["role"],
            "content": str(message["content"]), "model": _text(message["model"]),
            "created_at": float(message["created_at"]),
            # Nothing streams into an imported reply; say it was cut short.
            "status": FAILED if message["status"] == STREAMING else message["status"],
            "stats": stats}


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _parents_first(messages: list[dict]) -> list[dict]:
    """The messages ordered so that each comes after its parent."""
    children: dict[Any, list[dict]] = {}
    ids = {message["id"] for message in messages}
    if len(ids) != len(messages):
        raise StoreError(_DAMAGED.format("two messages share an id"))
    for message in messages:
        if message["parent_id"] is not None and message["parent_id"] not in ids:
            raise StoreError(_DAMAGED.format("a reply to a missing message"))
        children.setdefault(message["parent_id"], []).append(message)
    ordered, frontier = [], list(children.get(None, []))
    while frontier:
        message = frontier.pop()
        ordered.append(message)
        frontier.extend(children.get(message["id"], []))
    if len(ordered) != len(messages):
        raise StoreError(_DAMAGED.format("messages that answer each other in a loop"))
    return ordered


def _from_chatgpt(conversation: dict) -> dict:
    """A ChatGPT conversation (a tree of nodes in "mapping") as a document.

    Tool calls, hidden system notes and images have no text to keep; their
    children hang from the nearest kept ancestor instead.
    """
    mapping = conversation["mapping"]
    created = conversation.get("create_time") or 0.0
    kept = {}
    for node_id, node in mapping.items():
        message = _chatgpt_message(node.get("message"), created)
        if message is not None:
            kept[node_id] = dict(message, id=node_id)
    for node_id, message in kept.items():
        message["parent_id"] = _kept_ancestor(mapping, mapping[node_id].get("parent"), kept)
    return {"title": conversation.get("title") or "Imported chat", "created_at": created,
            "updated_at": conversation.get("update_time") or created, "model": None,
            "system_prompt": "", "settings": {}, "pinned": False,
            "shown_leaf_id": _kept_ancestor(mapping, conversation.get("current_node"), kept),
            "messages": list(kept.values())}


def _chatgpt_message(message: Any, default_time: float) -> dict | None:
    if not isinstance(message, dict):
        return None
    role = (message.get("author") or {}).get("role")
    metadata = message.get("metadata") or {}
    if role not in ROLES or metadata.get("is_visually_hidden_from_conversation"):
        return None
    content = message.get("content") or {}
    parts = [part for part in content.get("parts") or [] if isinstance(part, str)]
    text = "\n\n".join(parts) if parts else content.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    return {"role": role, "content": text, "model": metadata.get("model_slug"),
            "created_at": message.get("create_time") or default_time,
            "status": "complete", "stats": None}


def _kept_ancestor(mapping: dict, node_id: Any, kept: dict) -> Any:
    for _ in range(len(mapping) + 1):                 # the bound stops a loop
        if node_id is None or node_id in kept:
            return node_id
        node_id = (mapping.get(node_id) or {}).get("parent")
    return None
