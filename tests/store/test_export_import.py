"""Export to Markdown, JSON and HTML; import JSON (and ChatGPT's) back."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from app.store import ChatStore, ReplyStats, StoreError

HOSTILE = '<script>alert("x")</script><img src="http://example.com/t.png"> & <a href="file:///etc">'


def build_history(store):
    """Two conversations with branches, every status, stats and settings."""
    conv = store.create_conversation("Planning the trip", model="smollm2",
                                     system_prompt="Answer in Croatian.",
                                     settings={"temperature": 0.7, "seed": 42})
    store.set_pinned(conv.id, True)
    question = store.add_message(conv.id, "user", "Where should we go?")
    store.add_message(conv.id, "assistant", "Dubrovnik.")
    reply = store.start_reply(conv.id, parent_id=question.id)
    store.append_reply(reply.id, "Hvar, ")
    store.finish_reply(reply.id, "stopped", ReplyStats(15, 2, 12.5))
    failed = store.start_reply(conv.id, parent_id=question.id)
    store.append_reply(failed.id, "Vis")
    store.finish_reply(failed.id, "failed")
    store.select_branch(reply.id)
    other = store.create_conversation("Marker ščćžđ " + HOSTILE)
    store.add_message(other.id, "user", HOSTILE + "\nline two")
    return conv, other


def canonical(document):
    """A conversation's export without ids: messages by position, oldest first."""
    messages = sorted(document["messages"], key=lambda m: m["created_at"])
    position = {m["id"]: index for index, m in enumerate(messages)}
    return {**{k: v for k, v in document.items() if k not in ("id", "messages", "shown_leaf_id")},
            "shown_leaf": position.get(document["shown_leaf_id"]),
            "messages": [{**{k: v for k, v in m.items() if k not in ("id", "conversation_id", "parent_id")},
                          "parent": position.get(m["parent_id"])} for m in messages]}


def test_json_round_trip_loses_nothing(store, tmp_path):
    build_history(store)
    exported = store.export("json")
    with ChatStore.open(tmp_path / "other computer") as other:
        new_ids = other.import_json(exported)
        assert len(new_ids) == 2
        again = json.loads(other.export("json"))
    before = json.loads(exported)
    assert before["format"] == "tramontane.conversations" and before["version"] == 1
    assert [canonical(d) for d in again["conversations"]] == \
        [canonical(d) for d in before["conversations"]]
    assert [m.content for m in other_messages(tmp_path / "other computer", new_ids[0])] == \
        ["Where should we go?", "Hvar, "]


def other_messages(data_dir, conversation_id):
    with ChatStore.open(data_dir) as store:
        return store.messages(conversation_id)


def test_one_conversation_can_be_exported_alone(store):
    conv, other = build_history(store)
    document = json.loads(store.export("json", [other.id]))
    assert [d["title"] for d in document["conversations"]] == [store.conversation(other.id).title]


def test_markdown_shows_the_branch_on_screen(store):
    conv, _ = build_history(store)
    text = store.export("markdown", [conv.id])
    assert text.startswith("# Planning the trip\n")
    assert "Answer in Croatian." in text
    assert "## You\n\nWhere should we go?" in text
    assert "## Assistant (smollm2) [stopped]\n\nHvar, " in text
    assert "Dubrovnik" not in text                  # another branch


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def test_html_is_self_contained_and_escapes_everything(store):
    build_history(store)
    page = store.export("html")
    collector = TagCollector()
    collector.feed(page)
    assert collector.tags <= {"html", "head", "meta", "title", "style", "body", "article",
                              "h1", "h2", "p", "section", "div"}
    assert not collector.attributes & {"src", "href", "srcset", "action", "onerror", "onload"}
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Marker ščćžđ" in page
    assert "default-src 'none'" in page


def test_an_unknown_format_is_a_programming_error(store):
    with pytest.raises(ValueError):
        store.export("docx")


@pytest.mark.parametrize("text", [
    "", "not json", "[]", '{"format": "something else"}', '{"format": "tramontane.conversations"}',
    '{"format": "tramontane.conversations", "version": 1, "conversations": [{"title": "x"}]}',
])
def test_a_bad_file_imports_nothing(store, text):
    with pytest.raises(StoreError, match="nothing was imported|Nothing was imported"):
        store.import_json(text)
    assert store.list_conversations() == []


def test_a_broken_tree_imports_nothing(store):
    build_history(store)
    document = json.loads(store.export("json"))
    document["conversations"][1]["messages"][0]["parent_id"] = 999_999
    with pytest.raises(StoreError, match="a reply to a missing message"):
        store.import_json(json.dumps(document))
    assert len(store.list_conversations()) == 2


def test_an_export_from_a_newer_version_is_refused(store):
    with pytest.raises(StoreError, match="newer version"):
        store.import_json('{"format": "tramontane.conversations", "version": 2, "conversations": []}')


CHATGPT = [{
    "title": "Wine pairing",
    "create_time": 1690000000.5,
    "update_time": 1690000500.0,
    "current_node": "a2",
    "mapping": {
        "root": {"id": "root", "message": None, "parent": None, "children": ["sys"]},
        "sys": {"id": "sys", "parent": "root", "children": ["q1", "q1b"], "message": {
            "author": {"role": "system"}, "content": {"content_type": "text", "parts": [""]},
            "metadata": {"is_visually_hidden_from_conversation": True}}},
        "q1": {"id": "q1", "parent": "sys", "children": ["a1"], "message": {
            "author": {"role": "user"}, "create_time": 1690000100.0,
            "content": {"content_type": "text", "parts": ["Wine with fish?"]}, "metadata": {}}},
        "a1": {"id": "a1", "parent": "q1", "children": [], "message": {
            "author": {"role": "assistant"}, "create_time": 1690000110.0,
            "content": {"content_type": "text", "parts": ["Pošip."]},
            "metadata": {"model_slug": "gpt-4o"}}},
        "q1b": {"id": "q1b", "parent": "sys", "children": ["tool"], "message": {
            "author": {"role": "user"}, "create_time": 1690000200.0,
            "content": {"content_type": "text", "parts": ["Wine with grilled fish?"]}, "metadata": {}}},
        "tool": {"id": "tool", "parent": "q1b", "children": ["a2"], "message": {
            "author": {"role": "tool"}, "content": {"content_type": "text", "parts": ["search"]},
            "metadata": {}}},
        "a2": {"id": "a2", "parent": "tool", "children": [], "message": {
            "author": {"role": "assistant"}, "create_time": 1690000210.0,
            "content": {"content_type": "multimodal_text", "parts": [{"asset": "img"}, "Grk or Pošip."]},
            "metadata": {"model_slug": "gpt-4o"}}},
    },
}]


def test_a_chatgpt_export_imports_with_its_branches(store):
    [conv_id] = store.import_chatgpt(json.dumps(CHATGPT))
    conv = store.conversation(conv_id)
    assert (conv.title, conv.created_at) == ("Wine pairing", 1690000000.5)
    shown = store.messages(conv_id)
    assert [(m.role, m.content) for m in shown] == [("user", "Wine with grilled fish?"),
                                                   ("assistant", "Grk or Pošip.")]
    assert shown[1].model == "gpt-4o"
    ids, index = store.siblings(shown[0].id)
    assert len(ids) == 2 and index == 1
    assert [m.content for m in store.select_branch(ids[0])] == ["Wine with fish?", "Pošip."]
    assert store.search("posip")[0].conversation_id == conv_id


def test_a_tramontane_file_is_not_a_chatgpt_export(store):
    with pytest.raises(StoreError, match="not a ChatGPT export"):
        store.import_chatgpt('{"format": "tramontane.conversations"}')
