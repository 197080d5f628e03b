"""Messages as a tree: regenerate, edit, switch between branches."""

from __future__ import annotations

import pytest

from app.store import StoreError


def contents(store, conv_id):
    return [m.content for m in store.messages(conv_id)]


def test_messages_follow_each_other_by_default(store):
    conv = store.create_conversation()
    first = store.add_message(conv.id, "user", "one")
    second = store.add_message(conv.id, "assistant", "two")
    assert second.parent_id == first.id
    assert contents(store, conv.id) == ["one", "two"]
    assert store.conversation(conv.id).shown_leaf_id == second.id


def test_regenerating_adds_a_sibling_and_keeps_the_old_reply(store):
    conv = store.create_conversation()
    question = store.add_message(conv.id, "user", "Capital of Croatia?")
    old = store.add_message(conv.id, "assistant", "Split")
    new = store.start_reply(conv.id, parent_id=question.id)
    store.append_reply(new.id, "Zagreb")
    store.finish_reply(new.id)

    assert contents(store, conv.id) == ["Capital of Croatia?", "Zagreb"]
    assert store.siblings(new.id) == ([old.id, new.id], 1)
    assert store.siblings(old.id) == ([old.id, new.id], 0)

    assert [m.content for m in store.select_branch(old.id)] == ["Capital of Croatia?", "Split"]
    assert contents(store, conv.id) == ["Capital of Croatia?", "Split"]


def test_editing_a_question_branches_and_old_answers_stay_reachable(store):
    conv = store.create_conversation()
    store.add_message(conv.id, "system", "You are terse.")
    question = store.add_message(conv.id, "user", "What is 2+2?")
    store.add_message(conv.id, "assistant", "4")
    follow_up = store.add_message(conv.id, "user", "And 3+3?")
    store.add_message(conv.id, "assistant", "6")

    edited = store.add_message(conv.id, "user", "What is 2+3?", parent_id=question.parent_id)
    store.add_message(conv.id, "assistant", "5")
    assert contents(store, conv.id) == ["You are terse.", "What is 2+3?", "5"]
    assert store.siblings(edited.id) == ([question.id, edited.id], 1)

    # Back to the old question: the old answers come back, down to the newest.
    shown = store.select_branch(question.id)
    assert [m.content for m in shown] == ["You are terse.", "What is 2+2?", "4", "And 3+3?", "6"]
    assert shown[3].id == follow_up.id


def test_select_branch_follows_the_newest_reply_at_each_step(store):
    conv = store.create_conversation()
    root = store.add_message(conv.id, "user", "q")
    store.add_message(conv.id, "assistant", "a-old")
    newer = store.add_message(conv.id, "assistant", "a-new", parent_id=root.id)
    store.add_message(conv.id, "user", "q2", parent_id=newer.id)
    store.select_branch(root.id)
    assert contents(store, conv.id) == ["q", "a-new", "q2"]


def test_roots_can_have_siblings_too(store):
    conv = store.create_conversation()
    first = store.add_message(conv.id, "user", "first try")
    second = store.add_message(conv.id, "user", "second try", parent_id=None)
    assert store.siblings(second.id) == ([first.id, second.id], 1)
    assert contents(store, conv.id) == ["second try"]
    store.select_branch(first.id)
    assert contents(store, conv.id) == ["first try"]


def test_all_messages_lists_every_branch(store):
    conv = store.create_conversation()
    question = store.add_message(conv.id, "user", "q")
    store.add_message(conv.id, "assistant", "a1")
    store.add_message(conv.id, "assistant", "a2", parent_id=question.id)
    assert [m.content for m in store.all_messages(conv.id)] == ["q", "a1", "a2"]


def test_a_parent_from_another_conversation_is_refused(store):
    one = store.create_conversation("one")
    other = store.create_conversation("other")
    foreign = store.add_message(other.id, "user", "not yours")
    with pytest.raises(StoreError, match="no longer exists"):
        store.add_message(one.id, "user", "hi", parent_id=foreign.id)
    with pytest.raises(ValueError):
        store.add_message(one.id, "robot", "hi")
    assert store.messages(one.id) == []
