"""Where the key lives: the keychain, in an entry of the data folder's own; a private file
where no keychain exists; and the user's choice, never a silent one, where it refuses."""

from __future__ import annotations

import os
import shutil
import stat

import keyring
import pytest
from keyring.backends import chainer

from app.datafolder import delete_app_data
from app.paths import app_paths
from app.store import ChatStore, KeychainUnavailable, StoreError
from app.store.keys import ACCOUNT_BEFORE, KEY_FILE, KEY_REF_FILE, SERVICE, keychain_account
from tests.store.conftest import MemoryKeyring


def entries(keychain) -> list[str]:
    return sorted(account for service, account in keychain.secrets if service == SERVICE)


def test_the_key_goes_to_an_entry_of_the_folders_own(data_dir, keychain):
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "keychain"
    account = keychain_account(data_dir)
    assert account.startswith("conversations-key-") and entries(keychain) == [account]
    assert (data_dir / KEY_REF_FILE).read_text().strip() == account     # not secret: only a name
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


def broken(*args):
    raise keyring.errors.KeyringLocked("locked")


@pytest.mark.parametrize("how", ["forgets", "is locked"])
def test_a_keychain_that_refuses_on_first_start_is_the_users_call_not_a_silent_file(data_dir, keychain,
                                                                                    monkeypatch, how):
    if how == "forgets":
        monkeypatch.setattr(type(keychain), "set_password", lambda *args: None)
    else:
        monkeypatch.setattr(type(keychain), "get_password", broken)
    with pytest.raises(KeychainUnavailable) as refused:
        ChatStore.open(data_dir)
    assert refused.value.first_start and "keychain" in str(refused.value)
    assert not (data_dir / KEY_FILE).exists() and not (data_dir / "conversations.db").exists()
    with ChatStore.open(data_dir, key_file_ok=True) as store:      # the user chose the file
        assert store.key_storage == "file"
        store.create_conversation("kept")
    monkeypatch.undo()
    keyring.set_keyring(keychain)
    with ChatStore.open(data_dir) as store:                         # from then on, the file
        assert store.key_storage == "file" and store.list_conversations()[0].title == "kept"


def test_a_locked_keychain_with_an_existing_store_says_so_and_makes_up_nothing(data_dir, keychain, monkeypatch):
    with ChatStore.open(data_dir):
        pass
    monkeypatch.setattr(type(keychain), "get_password", broken)
    for key_file_ok in (False, True):
        with pytest.raises(KeychainUnavailable, match="could not be read from the system keychain") as refused:
            ChatStore.open(data_dir, key_file_ok=key_file_ok)
        assert not refused.value.first_start
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
    keychain.secrets[(SERVICE, keychain_account(data_dir))] = "garbage"
    with pytest.raises(StoreError, match="in the system keychain is damaged"):
        ChatStore.open(data_dir)


def test_deleting_a_portable_copys_data_leaves_the_installed_copy_its_key(tmp_path, keychain):
    installed = app_paths(tmp_path / "installed").ensure()
    portable = app_paths(tmp_path / "portable").ensure()
    for paths in (installed, portable):
        with ChatStore.open(paths.data) as store:
            store.create_conversation(f"in {paths.data.parent.name}")
    assert len(entries(keychain)) == 2
    assert delete_app_data(portable) == []
    assert entries(keychain) == [keychain_account(installed.data)]
    with ChatStore.open(installed.data) as store:
        assert [c.title for c in store.list_conversations()] == ["in installed"]


def test_a_folder_from_before_gets_an_entry_of_its_own_and_the_shared_one_stays(data_dir, keychain, tmp_path):
    with ChatStore.open(data_dir) as store:
        store.create_conversation("from before")
    # As older versions left it: the key in the one entry every folder shared, and no keyref.
    shared = keychain.secrets.pop((SERVICE, keychain_account(data_dir)))
    (data_dir / KEY_REF_FILE).unlink()
    keychain.secrets[(SERVICE, ACCOUNT_BEFORE)] = shared
    with ChatStore.open(data_dir) as store:
        assert store.key_storage == "keychain" and store.list_conversations()[0].title == "from before"
    assert keychain.secrets[(SERVICE, keychain_account(data_dir))] == shared
    assert keychain.secrets[(SERVICE, ACCOUNT_BEFORE)] == shared        # another folder may still need it
    delete_app_data(app_paths(tmp_path / "elsewhere").ensure())         # a wipe of another copy
    assert (SERVICE, ACCOUNT_BEFORE) in keychain.secrets


def test_a_moved_or_copied_folder_keeps_its_entry(data_dir, keychain, tmp_path):
    with ChatStore.open(data_dir) as store:
        store.create_conversation("moved")
    moved = tmp_path / "moved"
    shutil.copytree(data_dir, moved)
    with ChatStore.open(moved) as store:
        assert store.key_storage == "keychain" and store.list_conversations()[0].title == "moved"
    assert len(entries(keychain)) == 1


class CredentialManager(MemoryKeyring):
    """Stands in for keyring's WinVaultKeyring: it has a `persist` setting, read when a secret is written."""

    persist = "enterprise"                  # keyring's default on Windows: roams with a domain profile

    def __init__(self) -> None:
        super().__init__()
        self.written_with: list[str] = []

    def set_password(self, service, username, password):
        self.written_with.append(self.persist)
        super().set_password(service, username, password)


def test_on_windows_the_entry_stays_on_this_computer(data_dir):
    vault = CredentialManager()
    keyring.set_keyring(vault)
    with ChatStore.open(data_dir):
        pass
    assert vault.written_with == ["local machine"]


def test_every_secret_the_app_keeps_stays_on_this_computer(tmp_path):
    """The hub token, a company server's key and the local API's key, like the database key."""
    from app.engine.servers import ServerDirectory
    from app.library.tokens import TokenStore
    from app.policy import Policy
    from app.server import keys as api_keys
    vault = CredentialManager()
    keyring.set_keyring(vault)
    assert TokenStore().set("hf_abcdefgh12345678")
    assert api_keys.make_key()[1]
    ServerDirectory(tmp_path, Policy()).set_key("team", "sk-team-key")
    assert vault.written_with == ["local machine"] * 3
