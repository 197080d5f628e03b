"""The database key: 32 random bytes, kept in the OS keychain through keyring.

Where no keychain exists (a headless Linux, a locked-down desktop) the key
goes to a file in the data folder that only the user may read, and the
store reports that, so the settings pane can say the history is only as safe
as that folder. On Windows the file's mode bits mean little; its folder's
access rules (the user's profile) protect it.

Plain functions; any thread.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.backends import chainer, fail, null

from .errors import StoreError, from_os

log = logging.getLogger(__name__)

SERVICE = "Tramontane"
ACCOUNT = "conversations-key"
KEY_FILE = "conversations.key"
KEY_BYTES = 32

KEYCHAIN = "keychain"
FILE = "file"


@dataclass(frozen=True)
class DatabaseKey:
    secret: bytes = field(repr=False)
    storage: str                     # KEYCHAIN or FILE


def load_key(data_dir: Path, *, database_exists: bool) -> DatabaseKey:
    """The key for the database in data_dir; a new one when there is no database yet.

    A key is never made up for an existing database: that would only turn
    "key missing" into the more confusing "wrong key".
    """
    key_file = data_dir / KEY_FILE
    if key_file.exists():
        return DatabaseKey(_read_key_file(key_file), FILE)
    backend = usable_keychain()
    keychain_failed = False
    if backend is not None:
        try:
            stored = backend.get_password(SERVICE, ACCOUNT)
            if stored:
                return DatabaseKey(_parse(stored, "the system keychain"), KEYCHAIN)
            if not database_exists:
                return DatabaseKey(_create_in_keychain(backend), KEYCHAIN)
        except StoreError:
            raise
        except Exception as exc:     # backends raise all sorts (D-Bus, COM, locked)
            log.warning("keychain unusable, falling back to a key file: %s", exc)
            keychain_failed = True
    if database_exists:
        raise _missing_key(data_dir, keychain_failed)
    return DatabaseKey(_create_key_file(key_file), FILE)


def usable_keychain() -> keyring.backend.KeyringBackend | None:
    """The active keyring backend, or None when it only pretends to store keys."""
    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def _create_in_keychain(backend: keyring.backend.KeyringBackend) -> bytes:
    secret = secrets.token_bytes(KEY_BYTES)
    backend.set_password(SERVICE, ACCOUNT, secret.hex())
    # Some backends accept a secret and drop it; a database whose key is lost
    # is lost too, so read it back before trusting it.
    if backend.get_password(SERVICE, ACCOUNT) != secret.hex():
        raise RuntimeError("the keychain did not keep the key")
    return secret


def _create_key_file(key_file: Path) -> bytes:
    secret = secrets.token_bytes(KEY_BYTES)
    # Written aside and renamed into place: a crash halfway must not leave an
    # empty key file, which would lock the user out of a database made next.
    partial = key_file.with_name(key_file.name + ".new")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(secret.hex() + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, key_file)
    except OSError as exc:
        raise from_os(exc, key_file.parent) from exc
    return secret


def _read_key_file(key_file: Path) -> bytes:
    try:
        text = key_file.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise from_os(exc, key_file.parent) from exc
    return _parse(text, str(key_file))


def _parse(text: str, where: str) -> bytes:
    try:
        secret = bytes.fromhex(text.strip())
    except ValueError:
        secret = b""
    if len(secret) != KEY_BYTES:
        raise StoreError(f"The key for your conversations in {where} is damaged, "
                         "so they cannot be opened. Nothing was changed.")
    return secret


def _missing_key(data_dir: Path, keychain_failed: bool) -> StoreError:
    if keychain_failed:
        return StoreError(
            "The key for your conversations could not be read from the system keychain. "
            "Unlock the keychain (or log in to the desktop session) and try again.")
    return StoreError(
        f"The key for the conversations in {data_dir} is missing from the system "
        "keychain and from the data folder, so they cannot be opened. Nothing was changed.")
