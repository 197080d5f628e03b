"""What goes wrong gets a plain sentence and loses nothing."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import DB_FILE, ChatStore, StoreError
from app.store.keys import keychain_account

REPO_ROOT = Path(__file__).resolve().parents[2]


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def saved(data_dir):
    """A data folder holding one conversation, closed."""
    with ChatStore.open(data_dir) as store:
        conv = store.create_conversation("precious")
        store.add_message(conv.id, "user", "do not lose me")
    return data_dir


def test_a_wrong_key_is_refused_with_a_sentence(saved, keychain):
    before = fingerprint(saved / DB_FILE)
    real_key = keychain.store_key
    entry = ("Tramontane", keychain_account(saved))
    keychain.secrets[entry] = secrets.token_hex(32)
    with pytest.raises(StoreError, match="cannot be unlocked: the key in the system keychain"):
        ChatStore.open(saved)
    assert fingerprint(saved / DB_FILE) == before
    keychain.secrets[entry] = real_key
    with ChatStore.open(saved) as store:
        assert store.list_conversations()[0].title == "precious"


def test_a_missing_key_is_not_replaced_by_a_new_one(saved, keychain):
    keychain.secrets.clear()
    with pytest.raises(StoreError, match="missing from the system keychain"):
        ChatStore.open(saved)
    assert keychain.store_key is None


@pytest.mark.parametrize("content", [b"Dear diary,\nthis is not a database.\n", b"",
                                     b"\x00" * 3000])
def test_a_file_that_is_not_a_database(saved, content):
    (saved / DB_FILE).unlink()
    for leftover in saved.glob(DB_FILE + "-*"):
        leftover.unlink()
    (saved / DB_FILE).write_bytes(content)
    if not content:                 # an empty file is a new, empty database
        with ChatStore.open(saved) as store:
            assert store.list_conversations() == []
        return
    with pytest.raises(StoreError, match="is not a Tramontane conversations file"):
        ChatStore.open(saved)
    assert (saved / DB_FILE).read_bytes() == content


def test_a_plain_sqlite_file_is_not_ours(saved):
    (saved / DB_FILE).unlink()
    plain = sqlite3.connect(saved / DB_FILE)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(StoreError, match="is not a Tramontane conversations file"):
        ChatStore.open(saved)


def test_a_second_instance_in_this_process_is_refused(store, data_dir):
    with pytest.raises(StoreError, match="Tramontane is already open"):
        ChatStore.open(data_dir)
    assert store.list_conversations() == []          # the first one is unharmed


def test_a_second_instance_in_another_process_is_refused_until_the_first_closes(data_dir):
    script = (
        "import sys, keyring\n"
        "from keyring.backends import fail\n"
        "keyring.set_keyring(fail.Keyring())\n"
        "from app.store import ChatStore, StoreError\n"
        "try:\n"
        "    ChatStore.open(sys.argv[1]).close()\n"
        "    print('opened')\n"
        "except StoreError as exc:\n"
        "    print(exc)\n")

    def second_instance():
        return subprocess.run([sys.executable, "-c", script, str(data_dir)], cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=60).stdout

    store = ChatStore.open(data_dir)
    try:
        assert second_instance().startswith("Tramontane is already open")
    finally:
        store.close()
    # The key is in this process's pretend keychain, so the child cannot
    # unlock the database; but it did get past the lock.
    assert "already open" not in second_instance()


def test_a_read_only_folder_for_a_new_store(tmp_path, make_read_only):
    parent = tmp_path / "locked down"
    parent.mkdir()
    make_read_only(parent)
    with pytest.raises(StoreError, match="cannot write to the folder"):
        ChatStore.open(parent / "Tramontane")


def test_a_read_only_folder_with_a_store_in_it(saved, make_read_only):
    before = fingerprint(saved / DB_FILE)
    make_read_only(saved)
    with pytest.raises(StoreError, match="cannot write to the folder"):
        ChatStore.open(saved)
    assert fingerprint(saved / DB_FILE) == before


def test_a_full_disk_refuses_the_message_and_keeps_the_rest(store):
    conv = store.create_conversation("filling up")
    kept = store.add_message(conv.id, "user", "saved before")
    # Fault injection: SQLITE_FULL, as a full disk reports it.
    pages = store._db._writer.execute("PRAGMA page_count").fetchone()[0]
    store._db._writer.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="is full, so the last change could not be saved"):
        store.add_message(conv.id, "user", "y" * 500_000)
    assert store.messages(conv.id) == [kept]
    store._db._writer.execute("PRAGMA max_page_count = 1073741823")
    store.add_message(conv.id, "user", "space again")
    assert [m.content for m in store.messages(conv.id)] == ["saved before", "space again"]
    assert store.integrity_check() == "ok"


def test_a_database_from_a_newer_version_is_left_alone(saved, raw_db):
    conn = raw_db(saved)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = fingerprint(saved / DB_FILE)
    with pytest.raises(StoreError, match="newer version of Tramontane"):
        ChatStore.open(saved)
    assert fingerprint(saved / DB_FILE) == before


def test_errors_read_as_sentences(saved, keychain):
    keychain.secrets.clear()
    with pytest.raises(StoreError) as caught:
        ChatStore.open(saved)
    text = str(caught.value)
    assert text[0].isupper() and text.endswith(".")
    assert "sqlite" not in text.lower() and "Traceback" not in text
