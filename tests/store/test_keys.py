"""Where the key lives: the keychain when there is one, else a private file."""

from __future__ import annotations

import os
import stat

import keyring
import pytest
from keyring.backends import chainer

from app.store import ChatStore, StoreError
from app.store.keys import KEY_FILE


def test_the_key_goes_to_the_keychain_when_there_is_one(data_dir, keychain):
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "keychain"
    assert len(bytes.fromhex(keychain.store_key)) == 32
    assert not (data_dir / KEY_FILE).exists()


def test_without_a_keychain_the_key_goes_to_a_private_file(data_dir, no_keychain):
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "file"
        conv = store.create_conversation("kept")
    key_file = data_dir / KEY_FILE
    assert len(bytes.fromhex(key_file.read_text().strip())) == 32
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with ChatStore.open(data_dir) as store:
        assert store.conversation(conv.id).title == "kept"


def test_a_chainer_without_backends_counts_as_no_keychain(data_dir, monkeypatch):
    empty = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(empty)
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "file"


def test_a_key_file_already_there_wins_over_the_keychain(data_dir, no_keychain, keychain):
    with ChatStore.open(data_dir):
        pass
    keyring.set_keyring(keychain)
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "file"
    assert keychain.store_key is None


def test_a_keychain_that_forgets_is_not_trusted(data_dir, keychain, monkeypatch):
    monkeypatch.setattr(type(keychain), "set_password", lambda *args: None)
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "file"


def test_a_broken_keychain_falls_back_for_a_new_store(data_dir, keychain, monkeypatch):
    def broken(*args):
        raise keyring.errors.KeyringLocked("locked")
    monkeypatch.setattr(type(keychain), "get_password", broken)
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "file"


def test_a_broken_keychain_with_an_existing_store_says_so(data_dir, keychain, monkeypatch):
    with ChatStore.open(data_dir):
        pass

    def broken(*args):
        raise keyring.errors.KeyringLocked("locked")
    monkeypatch.setattr(type(keychain), "get_password", broken)
    with pytest.raises(StoreError, match="could not be read from the system keychain"):
        ChatStore.open(data_dir)
    assert not (data_dir / KEY_FILE).exists()       # no new key made up


def test_a_damaged_key_file_is_reported(data_dir, no_keychain):
    with ChatStore.open(data_dir):
        pass
    (data_dir / KEY_FILE).write_text("not hex at all")
    with pytest.raises(StoreError, match="damaged"):
        ChatStore.open(data_dir)


def test_a_damaged_key_in_the_keychain_is_reported(data_dir, keychain):
    with ChatStore.open(data_dir):
        pass
    keychain.secrets[("Tramontane", "conversations-key")] = "garbage"
    with pytest.raises(StoreError, match="in the system keychain is damaged"):
        ChatStore.open(data_dir)
