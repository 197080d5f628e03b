"""Replies written while they stream: in memory at once, on disk within a second."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from app.store import ChatStore, ReplyStats, StoreError


@pytest.fixture
def on_disk(raw_db):
    """What another connection reads from the file, ignoring the store's memory."""
    def read(store, message_id):
        return raw_db(store.data_dir).execute(
            "SELECT content, status FROM messages WHERE id = ?", (message_id,)).fetchone()
    return read


def within(seconds: float, condition) -> bool:
    """Whether condition() comes true before the deadline (checked every 20 ms)."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


@pytest.mark.clock
def test_a_streamed_reply_is_readable_at_once_and_durable_within_a_second(store, on_disk):
    conv = store.create_conversation()
    question = store.add_message(conv.id, "user", "Tell me a story")
    reply = store.start_reply(conv.id, parent_id=question.id, model="smollm2")
    assert (reply.status, reply.content, reply.model) == ("streaming", "", "smollm2")
    assert on_disk(store, question.id) == ("Tell me a story", "complete")

    store.append_reply(reply.id, "Once ")
    store.append_reply(reply.id, "upon a time")
    assert store.messages(conv.id)[-1].content == "Once upon a time"

    assert within(1.0, lambda: on_disk(store, reply.id) == ("Once upon a time", "streaming"))


def test_finish_saves_text_status_and_stats(store, on_disk):
    conv = store.create_conversation(model="smollm2")
    store.add_message(conv.id, "user", "Hi")
    reply = store.start_reply(conv.id)
    assert reply.model == "smollm2"                 # the conversation's model by default
    store.append_reply(reply.id, "Hello!")
    engine_stats = SimpleNamespace(prompt_tokens=12, generated_tokens=3, tokens_per_s=41.5,
                                   ttft_s=0.2, stop_reason="eos")
    done = store.finish_reply(reply.id, "complete", engine_stats)
    assert done.content == "Hello!" and done.status == "complete"
    assert done.stats == ReplyStats(prompt_tokens=12, generated_tokens=3, tokens_per_s=41.5)
    assert on_disk(store, reply.id) == ("Hello!", "complete")


@pytest.mark.parametrize("status", ["stopped", "failed"])
def test_stopped_and_failed_replies_keep_their_text(store, status):
    conv = store.create_conversation()
    reply = store.start_reply(conv.id)
    store.append_reply(reply.id, "half a sen")
    assert store.finish_reply(reply.id, status).status == status
    assert store.message(reply.id).content == "half a sen"
    assert store.message(reply.id).stats is None


def test_a_finished_reply_takes_no_more_text(store):
    conv = store.create_conversation()
    reply = store.start_reply(conv.id)
    store.finish_reply(reply.id)
    with pytest.raises(StoreError, match="finished"):
        store.append_reply(reply.id, "late token")
    with pytest.raises(StoreError, match="finished"):
        store.finish_reply(reply.id)
    with pytest.raises(ValueError):
        store.finish_reply(reply.id, "streaming")


def test_closing_mid_reply_saves_it_as_stopped(data_dir):
    with ChatStore.open(data_dir) as store:
        conv = store.create_conversation()
        reply = store.start_reply(conv.id)
        store.append_reply(reply.id, "cut short by quitting")
    with ChatStore.open(data_dir) as store:
        saved = store.message(reply.id)
        assert (saved.content, saved.status) == ("cut short by quitting", "stopped")


def test_appending_a_token_is_cheap(store):
    conv = store.create_conversation()
    reply = store.start_reply(conv.id)
    count = 20_000
    started = time.perf_counter()
    for i in range(count):
        store.append_reply(reply.id, f" tok{i}")
    average_ms = (time.perf_counter() - started) / count * 1000
    store.finish_reply(reply.id)
    assert average_ms < 0.2
    assert store.message(reply.id).content.endswith(f" tok{count - 1}")


def test_a_full_disk_while_streaming_loses_nothing(store, on_disk):
    conv = store.create_conversation()
    reply = store.start_reply(conv.id)
    store.append_reply(reply.id, "saved before the disk filled. ")
    store.flush()
    # Fault injection: SQLite reports SQLITE_FULL once the file would grow
    # past max_page_count, exactly as on a full disk.
    pages = store._db._writer.execute("PRAGMA page_count").fetchone()[0]
    store._db._writer.execute(f"PRAGMA max_page_count = {pages}")
    store.append_reply(reply.id, "x" * 200_000)
    with pytest.raises(StoreError, match="full"):
        store.flush()

    # The flusher fails too, and says so once.
    assert within(5.0, lambda: store._flush_error is not None)
    with pytest.raises(StoreError, match="full"):
        store.append_reply(reply.id, " more")
    store.append_reply(reply.id, " more")
    assert on_disk(store, reply.id)[0] == "saved before the disk filled. "

    store._db._writer.execute("PRAGMA max_page_count = 1073741823")   # space again
    done = store.finish_reply(reply.id)
    assert done.content == "saved before the disk filled. " + "x" * 200_000 + " more"
    assert store.integrity_check() == "ok"


def test_other_threads_read_while_a_reply_streams(store):
    conv = store.create_conversation("busy")
    store.add_message(conv.id, "user", "question")
    reply = store.start_reply(conv.id)
    store.append_reply(reply.id, "word0 ")
    failures, stop = [], threading.Event()

    def reader():
        try:
            while not stop.is_set():
                shown = store.messages(conv.id)
                assert shown[-1].content.startswith("word0 ")
                store.search("word1")
                store.list_conversations()
        except Exception as exc:     # reported below, on the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    for i in range(1, 3000):
        store.append_reply(reply.id, f"word{i} ")
        if i % 500 == 0:
            store.flush()
    store.finish_reply(reply.id)
    stop.set()
    for thread in threads:
        thread.join()
    assert failures == []
    assert store.message(reply.id).content.endswith("word2999 ")
