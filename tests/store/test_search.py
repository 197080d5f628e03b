"""Full-text search over titles and messages."""

from __future__ import annotations

import json

import pytest

from app.store import HIGHLIGHT_END, HIGHLIGHT_START

B, E = HIGHLIGHT_START, HIGHLIGHT_END


def test_hits_are_conversations_newest_first_with_a_highlighted_snippet(store):
    older = store.create_conversation("Holiday plans")
    store.add_message(older.id, "user", "Book a ferry to Hvar in July")
    newer = store.create_conversation("Work")
    store.add_message(newer.id, "user", "Summarise the ferry contract")
    latest = store.add_message(newer.id, "assistant", "The ferry contract runs until 2027.")

    hits = store.search("ferry")
    assert [hit.conversation_id for hit in hits] == [newer.id, older.id]
    assert hits[0].message_id == latest.id          # the newest matching message
    assert hits[0].title == "Work"
    assert f"{B}ferry{E}" in hits[0].snippet
    assert hits[1].snippet == f"Book a {B}ferry{E} to Hvar in July"


def test_all_words_must_match_and_the_last_is_a_prefix(store):
    grew = store.create_conversation()
    store.add_message(grew.id, "user", "quarterly revenue grew")
    fell = store.create_conversation()
    store.add_message(fell.id, "user", "quarterly costs fell")
    assert [hit.conversation_id for hit in store.search("quarterly revenue")] == [grew.id]
    assert store.search("quarterly reven")[0].snippet == f"{B}quarterly{E} {B}revenue{E} grew"
    assert store.search("revenue fell") == []


def test_titles_are_searched_too(store):
    conv = store.create_conversation("Tax return for Željko")
    store.add_message(conv.id, "user", "nothing relevant")
    [hit] = store.search("zeljko")                  # accents do not matter
    assert hit.message_id is None
    assert hit.snippet == f"Tax return for {B}Željko{E}"
    store.rename_conversation(conv.id, "Plain title")
    assert store.search("zeljko") == []
    assert store.search("plain")[0].conversation_id == conv.id


def test_deleted_conversations_are_not_found(store):
    conv = store.create_conversation("secret plans")
    store.add_message(conv.id, "user", "the secret recipe")
    store.delete_conversation(conv.id)
    assert store.search("secret") == []
    assert store.integrity_check() == "ok"


def test_a_streamed_reply_is_found_once_it_ends(store):
    conv = store.create_conversation()
    reply = store.start_reply(conv.id)
    store.append_reply(reply.id, "a streamed answer about lighthouses")
    store.flush()
    assert store.search("lighthouse") == []         # indexed once, when it ends
    assert store.integrity_check() == "ok"
    store.append_reply(reply.id, " and harbours")
    store.finish_reply(reply.id, "stopped")
    assert store.search("lighthouse")[0].message_id == reply.id
    assert store.search("harbours")[0].message_id == reply.id
    assert store.integrity_check() == "ok"


def test_deleting_a_conversation_mid_reply_keeps_the_index_sound(store):
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "harbour")
    reply = store.start_reply(conv.id)
    store.append_reply(reply.id, "harbour master")
    store.flush()
    store.delete_conversation(conv.id)
    assert store.search("harbour") == []
    assert store.integrity_check() == "ok"


def test_non_latin_text_is_found(store):
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "Загрузки готовы, 田中 dokumenty")
    assert len(store.search("загрузки")) == 1
    assert len(store.search("田中")) == 1


def test_the_limit_caps_the_hits(store):
    for i in range(5):
        conv = store.create_conversation(f"c{i}")
        store.add_message(conv.id, "user", "common word")
    assert len(store.search("common", limit=3)) == 3
    assert store.search("common", limit=0) == []


@pytest.mark.parametrize("query", [
    "", "   ", '"', '""', "'", "*", "a*", "(", ")", "((a", "AND", "OR", "NOT", "NEAR",
    "a AND", "OR b", "NOT NOT", "NEAR(a b, 3)", "^", "^start", "-", "-a", "+b", ":", "title:x",
    "content:x", "a:b:c", "{a b}", "[x]", "a\"b", "\\", "%", "_", "'; DROP TABLE messages; --",
    "\x00", "\x02\x03", "😀", "ﬁ", "a" * 5000, "🏳️‍🌈 flag", "\u200b", "col : *",
])
def test_typed_queries_never_raise(store, query):
    conv = store.create_conversation("anything")
    store.add_message(conv.id, "user", 'text with "quotes" and AND OR NOT NEAR a b')
    assert isinstance(store.search(query), list)
    assert store.integrity_check() == "ok"


def test_operators_typed_by_the_user_are_plain_words(store):
    both = store.create_conversation()
    store.add_message(both.id, "user", "cats AND dogs")
    cats = store.create_conversation()
    store.add_message(cats.id, "user", "only cats")
    hits = store.search("cats AND")
    assert [hit.conversation_id for hit in hits] == [both.id]
    assert len(store.search("cats")) == 2


def test_a_short_last_word_matches_whole_words_only(store):
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "kava i kolač")
    assert store.search("ka") == []                 # two letters would match half the language
    assert len(store.search("kav")) == 1
    assert len(store.search("i")) == 1              # but a whole short word is found


def test_imported_old_conversations_rank_by_their_own_time(store):
    native = store.create_conversation("today")
    store.add_message(native.id, "user", "lighthouse keeper")
    old = {"format": "tramontane.conversations", "version": 1, "conversations": [{
        "title": "2019", "created_at": 1.5e9, "updated_at": 1.5e9, "model": None,
        "system_prompt": "", "settings": {}, "pinned": False, "shown_leaf_id": 1,
        "messages": [{"id": 1, "parent_id": None, "role": "user", "content": "lighthouse",
                      "model": None, "created_at": 1.5e9, "status": "complete", "stats": None}]}]}
    [imported] = store.import_json(json.dumps(old))
    assert [hit.conversation_id for hit in store.search("lighthouse")] == [native.id, imported]
    assert [hit.conversation_id for hit in store.search("lighthouse", limit=1)] == [native.id]
