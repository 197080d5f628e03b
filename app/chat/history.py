"""The stored branch of a conversation as messages for a backend. Any thread.

The engine trims a local model's prompt to its context exactly, with its own
tokenizer. A server's model cannot count here, so for it the history is
trimmed by an estimate of four characters a token, keeping the system prompt
and the newest question, and starting at a question.
"""

from __future__ import annotations

from app.store import FAILED, Message

CHARS_PER_TOKEN = 4


def backend_messages(system_prompt: str, branch: list[Message], *prefix: dict) -> list[dict]:
    """prefix: extra system text before the conversation (an assistant's examples, documents)."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt.strip() else []
    messages += list(prefix)
    for m in branch:
        if m.role == "assistant" and (m.status == FAILED or not m.content):
            continue   # a failed reply is no part of what was said
        messages.append({"role": m.role, "content": m.content})
    return messages


def trim_estimate(messages: list[dict], context_tokens: int, reserve_tokens: int) -> tuple[list[dict], int]:
    """The newest messages that fit an estimated budget; and how many old ones were left out."""
    budget = max(0, context_tokens - reserve_tokens) * CHARS_PER_TOKEN
    head = [m for m in messages[:1] if m["role"] == "system"]
    rest = messages[len(head):]
    used = sum(len(m["content"]) for m in head + rest)
    dropped = 0
    while used > budget and dropped < len(rest) - 1:
        used -= len(rest[dropped]["content"])
        dropped += 1
        while dropped < len(rest) - 1 and rest[dropped]["role"] != "user":
            used -= len(rest[dropped]["content"])
            dropped += 1
    return head + rest[dropped:], dropped
