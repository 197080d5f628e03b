"""Deleting removes the words: from the conversations, from the search index read through
the real encrypted file, and, when the user asks, from the copies taken before updates."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.store import ChatStore
from app.store.keys import KEY_FILE
from app.store.migrations import BACKUP_DIR

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f000112233445566778899aabbccddeeff"   # make_v1.py
SECRET = "Plutoniumquokka"          # FTS5 stores terms lower-cased and prefix-compressed:
TRACE = b"oniumquokka"              # look for its tail, which no neighbour can share


def leftovers(conn, trace: bytes = TRACE) -> list[str]:
    """The tables, the search index's own shadow tables included, whose bytes still hold trace."""
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            data = b"".join(v if isinstance(v, bytes) else str(v).encode() for v in row if v is not None)
            if trace in data.lower():
                found.append(table)
                break
    return found


def test_a_deleted_conversation_leaves_no_word_in_the_index(store, raw_db, data_dir):
    for i in range(40):                            # enough for the index to have several segments
        conv = store.create_conversation(f"Budget {i}")
        store.add_message(conv.id, "user", f"ordinary words about the budget, item {i}")
    secret = store.create_conversation(f"Review of {SECRET}")
    store.add_message(secret.id, "user", f"The {SECRET} salary is confidential.")
    store.add_message(secret.id, "assistant", f"Noted: {SECRET}.")
    assert leftovers(raw_db(data_dir)) != []       # the test can see the words while they are there
    store.delete_conversation(secret.id)
    store.forget_deleted()
    assert leftovers(raw_db(data_dir)) == []
    assert store.search(SECRET) == [] and store.search("budget")
    assert store.integrity_check() == "ok"
    assert (data_dir / "conversations.db-wal").stat().st_size == 0


def install_v2(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "v2.db", data_dir / "conversations.db")
    (data_dir / KEY_FILE).write_text(FIXTURE_KEY)


def test_words_an_older_version_left_in_the_index_are_removed_by_the_update(data_dir, raw_db):
    install_v2(data_dir)
    assert leftovers(raw_db(data_dir, FIXTURE_KEY), b"mbiequokka") != []    # version 2 left them
    with ChatStore.open(data_dir) as store:
        assert store.search("zombiequokka") == [] and store.search("ferry")
        assert store.integrity_check() == "ok"
    assert leftovers(raw_db(data_dir, FIXTURE_KEY), b"mbiequokka") == []


def test_the_copies_taken_before_updates_are_listed_and_deleted_on_request(data_dir):
    install_v2(data_dir)
    mine = data_dir / BACKUP_DIR / "my own notes.txt"
    with ChatStore.open(data_dir) as store:
        backups = store.backups()
        assert [b.name[:17] for b in backups] == ["conversations-v2-"]
        mine.write_text("not Tramontane's")
        assert store.delete_backups() == []
        assert store.backups() == [] and not backups[0].exists()
    assert mine.read_text() == "not Tramontane's"          # only the copies it made itself


def test_deleting_everything_at_once_leaves_no_word_and_search_still_works(store, raw_db, data_dir):
    for i in range(30):
        conv = store.create_conversation(f"Note {i} {SECRET}" if i == 7 else f"Note {i}")
        store.add_message(conv.id, "user", f"{SECRET} item {i}" if i % 5 == 0 else f"plain item {i}")
    assert store.delete_all_conversations() == 30
    store.forget_deleted()
    assert store.list_conversations() == [] and leftovers(raw_db(data_dir)) == []
    assert store.integrity_check() == "ok"
    again = store.create_conversation("After")                 # the index keeps working afterwards
    store.add_message(again.id, "user", "a fresh ferry question")
    assert [hit.conversation_id for hit in store.search("ferry")] == [again.id]
    store.delete_conversation(again.id)                        # and its triggers are back
    assert store.search("ferry") == [] and store.integrity_check() == "ok"
