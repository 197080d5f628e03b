"""Imports are untrusted files: every way a file can be wrong ends in a StoreError sentence,
nothing is written, and what was there still lists and shows (dates a calendar can hold)."""

from __future__ import annotations

import copy
import json
from datetime import datetime

import pytest

from app.store import StoreError, importing

GOOD = {"format": "tramontane.conversations", "version": 1, "conversations": [{
    "id": 1, "title": "Trip", "created_at": 1700000000.0, "updated_at": 1700000100.0, "model": None,
    "system_prompt": "", "settings": {"temperature": 0.5}, "pinned": False, "shown_leaf_id": 2,
    "messages": [
        {"id": 1, "conversation_id": 1, "parent_id": None, "role": "user", "content": "Where?", "model": None,
         "created_at": 1700000000.0, "status": "complete", "stats": None},
        {"id": 2, "conversation_id": 1, "parent_id": 1, "role": "assistant", "content": "Hvar.", "model": "m",
         "created_at": 1700000100.0, "status": "complete",
         "stats": {"prompt_tokens": 5, "generated_tokens": 2, "tokens_per_s": 10.0}}]}]}


def spoiled(path: str, value) -> str:
    """GOOD with the field at path (dots; digits index lists) set to value, as JSON."""
    document = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = document
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[int(last) if last.isdigit() else last] = value
    return json.dumps(document, allow_nan=True)


def assert_untouched(store, before) -> None:
    after = store.list_conversations()
    assert [(c.id, c.title) for c in after] == before
    for conversation in after:                     # the list can still be drawn: every date is a date
        datetime.fromtimestamp(conversation.updated_at)
        for message in store.messages(conversation.id):
            datetime.fromtimestamp(message.created_at)


@pytest.fixture
def history(store):
    conv = store.create_conversation("Already here")
    store.add_message(conv.id, "user", "kept")
    return [(c.id, c.title) for c in store.list_conversations()]


def test_the_good_file_imports(store, history):
    [new] = store.import_json(json.dumps(GOOD))
    assert [m.content for m in store.messages(new)] == ["Where?", "Hvar."]


@pytest.mark.parametrize("path, value", [
    ("conversations.0", "a conversation as text"),
    ("conversations.0.title", ["a", "list"]),
    ("conversations.0.messages", {"not": "a list"}),
    ("conversations.0.messages.0", 42),
    ("conversations.0.messages.0.content", {"parts": ["x"]}),
    ("conversations.0.messages.1.id", [1, 2]),
    ("conversations.0.messages.1.parent_id", {"id": 1}),
    ("conversations.0.messages.1.stats", {"tokens_per_s": "fast"}),
    ("conversations.0.messages.1.role", ["user"]),
    ("conversations.0.settings", "warm"),
    ("conversations.0.pinned", "yes"),
    ("conversations.0.model", 7),
    ("conversations.0.created_at", "yesterday"),
    ("conversations.0.created_at", 1e300),
    ("conversations.0.updated_at", -5),
    ("conversations.0.messages.0.created_at", float("nan")),
    ("conversations.0.messages.0.created_at", float("inf")),
    ("conversations.0.messages.0.created_at", True),
    ("conversations.0.messages.1.parent_id", 2),                   # answers itself
])
def test_a_wrong_type_or_an_impossible_date_imports_nothing(store, history, path, value):
    with pytest.raises(StoreError, match="nothing was imported"):
        store.import_json(spoiled(path, value))
    assert_untouched(store, history)


def test_an_unknown_shown_message_is_ignored_not_fatal(store, history):
    [new] = store.import_json(spoiled("conversations.0.shown_leaf_id", ["odd"]))
    assert store.conversation(new).title == "Trip"


def node(node_id, parent, role=None, text="", when=1700000000.0):
    message = None if role is None else {"author": {"role": role}, "create_time": when,
                                         "content": {"content_type": "text", "parts": [text]}, "metadata": {}}
    return {"id": node_id, "parent": parent, "children": [], "message": message}


def chatgpt(mapping: dict, **extra) -> str:
    return json.dumps([{"title": "T", "create_time": 1700000000.0, "update_time": 1700000000.0,
                        "current_node": None, "mapping": mapping, **extra}], allow_nan=True)


@pytest.mark.parametrize("text", [
    chatgpt(["not", "a", "mapping"]),
    chatgpt({"a": "a node as text"}),
    chatgpt({"a": node("a", None, "user", "hi")}, create_time=1e300),
    chatgpt({"a": node("a", None, "user", "hi", when="noon")}),
    chatgpt({"a": node("a", "b", "user", "question"), "b": node("b", "a", "assistant", "answer")}),  # a loop
])
def test_a_broken_chatgpt_file_imports_nothing(store, history, text):
    with pytest.raises(StoreError, match="nothing was imported|Nothing was imported"):
        store.import_chatgpt(text)
    assert_untouched(store, history)


def test_odd_but_harmless_chatgpt_nodes_are_read_past(store, history):
    mapping = {"root": node("root", None),
               "x": node("x", "y"), "y": node("y", "x"),                 # a loop of nodes without text
               "q": node("q", "x", "user", "Question?"),
               "p": {"id": "p", "parent": "q", "message": {"author": {"role": "assistant"}, "metadata": "odd",
                                                          "content": ["not", "an", "object"]}},
               "s": {"id": "s", "parent": "p", "message": {"author": "user", "content": {"parts": ["x"]}}},
               "a": node("a", "s", "assistant", "Answer.")}
    [new] = store.import_chatgpt(chatgpt(mapping, current_node="a"))
    assert [(m.role, m.content) for m in store.messages(new)] == [("user", "Question?"), ("assistant", "Answer.")]


def test_a_long_chain_of_dropped_nodes_keeps_each_answer_under_its_question(store):
    """Tool calls between every question and answer: each answer still hangs from its question."""
    mapping, parent = {}, None
    for i in range(2000):
        mapping[f"q{i}"] = node(f"q{i}", parent, "user", f"question {i}")
        mapping[f"t{i}"] = node(f"t{i}", f"q{i}", "tool", "search")
        mapping[f"a{i}"] = node(f"a{i}", f"t{i}", "assistant", f"answer {i}")
        parent = f"a{i}"
    [new] = store.import_chatgpt(chatgpt(mapping, current_node="a1999"))
    shown = store.messages(new)
    assert len(shown) == 4000 and shown[-2].content == "question 1999" and shown[-1].content == "answer 1999"


def test_a_file_too_large_is_refused_before_it_is_read(store, history, monkeypatch):
    monkeypatch.setattr(importing, "MAX_CHARS", 1000)
    with pytest.raises(StoreError, match="too large"):
        store.import_json(json.dumps(GOOD) + " " * 2000)
    assert_untouched(store, history)


def test_json_nested_beyond_pythons_stack_is_a_sentence(store, history):
    with pytest.raises(StoreError, match="not a ChatGPT export"):
        store.import_chatgpt("[" * 200_000 + "]" * 200_000)
    assert_untouched(store, history)
