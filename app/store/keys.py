"""The database key: 32 random bytes, kept in the OS keychain through keyring.

Each data folder has its own keychain entry: its name ("conversations-key-"
and 32 random hex digits) is written beside the database in
conversations.keyref, which is not secret and travels with the folder when
it is moved. So deleting a portable copy's data never takes another
folder's key with it. Folders from before this (one entry, ACCOUNT_BEFORE,
for every folder) get an entry of their own the next time they open; the
old entry is left alone, since another folder may still need it.

On Windows the entry is stored for this computer only: keyring's default
would let it roam with a domain profile to the user's other computers.

Where no keychain exists at all (a headless Linux), the key goes to a file
in the data folder that only the user may read, and the settings pane says
the history is then only as safe as that folder. A keychain that exists but
is locked or refuses is another matter: the store raises KeychainUnavailable
and the app asks the user (try again, or keep the key in a file, with the
risk in words); it never falls back by itself. On Windows the key file's
mode bits mean little; its folder's access rules (the user's profile)
protect it.

Plain functions; any thread.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.backends import chainer, fail, null

from app.keychain import local_writer

from .errors import StoreError, from_os

log = logging.getLogger(__name__)

SERVICE = "Tramontane"
ACCOUNT_BEFORE = "conversations-key"        # the one entry every folder shared, before keyref
KEY_FILE = "conversations.key"
KEY_REF_FILE = "conversations.keyref"       # this folder's entry name in the keychain
KEY_BYTES = 32
_REF = re.compile(r"conversations-key-[0-9a-f]{32}")

KEYCHAIN = "keychain"
FILE = "file"


class KeychainUnavailable(StoreError):
    """The keychain exists but is locked or refused. first_start: no database yet, so a key
    file is an option the user may choose (ChatStore.open(..., key_file_ok=True))."""

    def __init__(self, code: str, first_start: bool = False, **params: object) -> None:
        super().__init__(code, first_start=first_start, **params)
        self.first_start = first_start


@dataclass(frozen=True)
class DatabaseKey:
    secret: bytes = field(repr=False)
    storage: str                     # KEYCHAIN or FILE


def load_key(data_dir: Path, *, database_exists: bool, key_file_ok: bool = False) -> DatabaseKey:
    """The key for the database in data_dir; a new one when there is no database yet.

    A key is never made up for an existing database: that would only turn
    "key missing" into the more confusing "wrong key". key_file_ok: the user
    chose a key file because the keychain would not keep the key.
    """
    key_file = data_dir / KEY_FILE
    if key_file.exists():
        return DatabaseKey(_read_key_file(key_file), FILE)
    backend = usable_keychain()
    if backend is None:
        if database_exists:
            raise _missing_key(data_dir)
        return DatabaseKey(_create_key_file(key_file), FILE)
    try:
        account = keychain_account(data_dir)
        if account is None and database_exists:
            return DatabaseKey(_adopt_shared_entry(backend, data_dir), KEYCHAIN)
        if account is not None:
            stored = backend.get_password(SERVICE, account)
            if stored:
                return DatabaseKey(_parse(stored, None), KEYCHAIN)
            if database_exists:
                raise _missing_key(data_dir)
        return DatabaseKey(_create_in_keychain(backend, data_dir, account), KEYCHAIN)
    except StoreError:
        raise
    except Exception as exc:     # backends raise all sorts (D-Bus, COM, locked, refused)
        log.warning("the keychain refused: %s", type(exc).__name__)
        if key_file_ok and not database_exists:
            return DatabaseKey(_create_key_file(key_file), FILE)
        raise _unavailable(first_start=not database_exists) from None


def keychain_account(data_dir: Path) -> str | None:
    """The name of this folder's keychain entry, or None before it has one."""
    try:
        text = (Path(data_dir) / KEY_REF_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _REF.fullmatch(text) else None


def forget_key(data_dir: Path) -> str | None:
    """Deletes this folder's keychain entry (deleting all app data); None, or what failed."""
    account = keychain_account(data_dir)
    backend = usable_keychain()
    if account is None or backend is None:
        return None
    try:
        if backend.get_password(SERVICE, account) is not None:
            backend.delete_password(SERVICE, account)
    except Exception as exc:     # keychain backends raise all sorts
        return f"keychain entry {account}: {type(exc).__name__}"
    return None


def usable_keychain() -> keyring.backend.KeyringBackend | None:
    """The active keyring backend, or None when it only pretends to store keys."""
    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def _create_in_keychain(backend: keyring.backend.KeyringBackend, data_dir: Path, account: str | None) -> bytes:
    secret = secrets.token_bytes(KEY_BYTES)
    account = account or f"{ACCOUNT_BEFORE}-{secrets.token_hex(16)}"
    _store(backend, account, secret)
    if keychain_account(data_dir) != account:
        _write_ref(data_dir, account)
    return secret


def _adopt_shared_entry(backend: keyring.backend.KeyringBackend, data_dir: Path) -> bytes:
    """A folder from before keyref: its key is in the shared entry; copy it to an entry of its own."""
    stored = backend.get_password(SERVICE, ACCOUNT_BEFORE)
    if not stored:
        raise _missing_key(data_dir)
    secret = _parse(stored, None)
    account = f"{ACCOUNT_BEFORE}-{secrets.token_hex(16)}"
    try:
        _store(backend, account, secret)
        _write_ref(data_dir, account)
    except Exception as exc:     # the shared entry still opens it; try again next time
        log.warning("could not give the data folder a keychain entry of its own: %s", type(exc).__name__)
    return secret


def _store(backend: keyring.backend.KeyringBackend, account: str, secret: bytes) -> None:
    local_writer(backend).set_password(SERVICE, account, secret.hex())
    # Some backends accept a secret and drop it; a database whose key is lost
    # is lost too, so read it back before trusting it.
    if backend.get_password(SERVICE, account) != secret.hex():
        raise RuntimeError("the keychain did not keep the key")


def _write_ref(data_dir: Path, account: str) -> None:
    ref = Path(data_dir) / KEY_REF_FILE
    partial = ref.with_name(ref.name + ".new")
    try:
        partial.write_text(account + "\n", encoding="ascii")
        os.replace(partial, ref)
    except OSError as exc:
        raise from_os(exc, data_dir) from exc


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
    return _parse(text, key_file)


def _parse(text: str, key_file: Path | None) -> bytes:
    """The key in text, read from key_file (None: from the system keychain)."""
    try:
        secret = bytes.fromhex(text.strip())
    except ValueError:
        secret = b""
    if len(secret) != KEY_BYTES:
        if key_file is None:
            raise StoreError("key_damaged_keychain")
        raise StoreError("key_damaged_file", path=key_file)
    return secret


def _missing_key(data_dir: Path) -> StoreError:
    return StoreError("key_missing", folder=data_dir)


def _unavailable(first_start: bool) -> KeychainUnavailable:
    if first_start:
        return KeychainUnavailable("keychain_refused", first_start=True)
    return KeychainUnavailable("keychain_locked", first_start=False)
