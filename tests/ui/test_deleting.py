"""Deleting a conversation from the list: the store's work off the GUI thread, the list after it."""

from __future__ import annotations

import threading


def test_a_conversation_is_deleted_off_the_gui_thread_and_leaves_the_list(qtbot, pane, monkeypatch):
    chat, store = pane
    doomed = store.create_conversation("Salary review")
    store.add_message(doomed.id, "user", "Draft the letter")
    chat.refresh_list()
    threads = []
    delete = store.delete_conversation

    def recorded(conversation_id):
        threads.append(threading.current_thread())
        delete(conversation_id)
    monkeypatch.setattr(store, "delete_conversation", recorded)
    chat.controller.open_conversation(doomed.id)
    chat.on_delete_confirmed(doomed.id)
    assert chat.controller.conversation is None                       # off the screen at once
    qtbot.waitUntil(lambda: store.list_conversations() == [])
    assert threads and threads[0] is not threading.main_thread()      # half a second in a long history
    qtbot.waitUntil(lambda: "Salary review" not in
                    [chat.conversations.list.item(i).text() for i in range(chat.conversations.list.count())])
