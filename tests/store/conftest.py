"""Fixtures for the store's tests: real SQLCipher files, a pretend keychain.

No test here may reach the user's real keychain: every test starts with an
empty in-memory one, and the end of each test leaves keyring's always-failing
backend in place.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlcipher3 import dbapi2 as sqlite

from app.store import DB_FILE, ChatStore
from app.store.keys import ACCOUNT_BEFORE, KEY_FILE, SERVICE
from tests.support import MemoryKeyring as SharedMemoryKeyring


class MemoryKeyring(SharedMemoryKeyring):
    """The shared keychain in memory, which can also name the store's key."""

    @property
    def store_key(self) -> str | None:
        """The key of the one data folder a test made (each folder has its own entry)."""
        keys = [v for (service, account), v in self.secrets.items()
                if service == SERVICE and account.startswith(ACCOUNT_BEFORE + "-")]
        assert len(keys) <= 1, "more than one data folder's key"
        return keys[0] if keys else None


@pytest.fixture(autouse=True)
def keychain() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def no_keychain() -> None:
    """A machine without a keychain: the key goes to a file."""
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose path has non-ASCII letters and spaces, not yet made."""
    return tmp_path / "Željko" / "Загрузки" / "田中 dokumenty"


@pytest.fixture
def store(data_dir: Path):
    store = ChatStore.open(data_dir)
    yield store
    store.close()


@pytest.fixture
def raw_db(keychain):
    """Opens a second, plain connection to a data folder's database (key from
    the keychain or the key file), to check what is really on disk."""
    opened = []

    def open_raw(data_dir: Path, key: str | None = None) -> sqlite.Connection:
        key_file = data_dir / KEY_FILE
        if key is None:
            key = key_file.read_text().strip() if key_file.exists() else keychain.store_key
        conn = sqlite.connect(str(data_dir / DB_FILE), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        opened.append(conn)
        return conn

    yield open_raw
    for conn in opened:
        conn.close()


@pytest.fixture
def make_read_only():
    """Makes a folder unwritable even for root (chattr +i); undone afterwards."""
    undo = []

    def make(folder: Path) -> None:
        if os.name == "nt":
            pytest.skip("folder permissions work differently on Windows")
        if os.geteuid() != 0:
            folder.chmod(0o555)
            undo.append(lambda: folder.chmod(0o755))
            return
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("running as root on a file system without chattr +i")
        undo.append(lambda: subprocess.run(["chattr", "-i", str(folder)], check=True))

    yield make
    for step in reversed(undo):
        step()
