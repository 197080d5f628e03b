"""Conversations: create, list, rename, pin, settings, delete."""

from __future__ import annotations

import pytest

from app.store import ChatStore, StoreError


def test_a_new_conversation_has_its_fields(store):
    conv = store.create_conversation("Budget 2025", model="smollm2", system_prompt="Be brief.",
                                     settings={"temperature": 0.2, "max_tokens": 512})
    again = store.conversation(conv.id)
    assert again == conv
    assert (again.title, again.model, again.system_prompt) == ("Budget 2025", "smollm2", "Be brief.")
    assert again.settings == {"temperature": 0.2, "max_tokens": 512}
    assert again.pinned is False and again.shown_leaf_id is None
    assert again.created_at == again.updated_at


def test_list_is_pinned_first_then_most_recently_active(store):
    first = store.create_conversation("first")
    second = store.create_conversation("second")
    third = store.create_conversation("third")
    assert [c.title for c in store.list_conversations()] == ["third", "second", "first"]

    store.add_message(first.id, "user", "back to this one")
    assert [c.title for c in store.list_conversations()] == ["first", "third", "second"]

    store.set_pinned(second.id, True)
    assert [c.title for c in store.list_conversations()] == ["second", "first", "third"]
    store.set_pinned(second.id, False)
    assert store.list_conversations()[0].id == first.id
    assert third.id in [c.id for c in store.list_conversations()]


def test_rename_and_update_keep_the_rest(store):
    conv = store.create_conversation("Old name", settings={"seed": 1})
    store.add_message(conv.id, "user", "hello")
    before = store.conversation(conv.id)
    store.rename_conversation(conv.id, "New name")
    store.update_conversation(conv.id, model="qwen", system_prompt="Answer in Croatian.",
                              settings={"seed": 2})
    after = store.conversation(conv.id)
    assert (after.title, after.model, after.system_prompt) == ("New name", "qwen", "Answer in Croatian.")
    assert after.settings == {"seed": 2}
    assert after.updated_at == before.updated_at      # tracks messages, not edits
    assert [m.content for m in store.messages(conv.id)] == ["hello"]


def test_delete_removes_the_conversation_and_its_messages(store):
    keep = store.create_conversation("keep")
    kept = store.add_message(keep.id, "user", "still here")
    doomed = store.create_conversation("doomed")
    question = store.add_message(doomed.id, "user", "question")
    store.add_message(doomed.id, "assistant", "answer")
    store.add_message(doomed.id, "assistant", "other answer", parent_id=question.id)

    store.delete_conversation(doomed.id)

    assert [c.id for c in store.list_conversations()] == [keep.id]
    with pytest.raises(StoreError, match="no longer exists"):
        store.conversation(doomed.id)
    with pytest.raises(StoreError, match="no longer exists"):
        store.message(question.id)
    assert store.messages(keep.id) == [kept]
    assert store.integrity_check() == "ok"


def test_a_300_message_deep_conversation_is_deleted_whole(store):
    """Each message is the parent of the next: deleting follows the chain to its end.
    (How fast is benchmarks/bench_store.py's business.)"""
    conv = store.create_conversation("long")
    ids = [store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", f"message {i}").id
           for i in range(300)]
    store.delete_conversation(conv.id)
    assert store.list_conversations() == []
    for message_id in (ids[0], ids[150], ids[-1]):
        with pytest.raises(StoreError, match="no longer exists"):
            store.message(message_id)
    assert store.integrity_check() == "ok"


def test_unknown_ids_give_a_sentence(store):
    with pytest.raises(StoreError, match="no longer exists"):
        store.messages(12345)
    with pytest.raises(StoreError, match="no longer exists"):
        store.add_message(12345, "user", "hi")
    with pytest.raises(StoreError, match="no longer exists"):
        store.rename_conversation(12345, "x")


def test_everything_survives_reopening(data_dir):
    with ChatStore.open(data_dir) as store:
        conv = store.create_conversation("Ostaje", settings={"top_p": 0.9})
        store.set_pinned(conv.id, True)
        store.add_message(conv.id, "user", "Dobar dan")
    with ChatStore.open(data_dir) as store:
        again = store.conversation(conv.id)
        assert (again.title, again.pinned, again.settings) == ("Ostaje", True, {"top_p": 0.9})
        assert [m.content for m in store.messages(conv.id)] == ["Dobar dan"]


def test_a_closed_store_says_so(data_dir):
    store = ChatStore.open(data_dir)
    store.close()
    store.close()                                   # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.list_conversations()
