"""The local API's key: made on first use, kept in the system keychain.

Programs that use the API send it as "Authorization: Bearer <key>"; without
it a request gets 401, so another user of this computer, or a web page the
user visits (which can reach 127.0.0.1), cannot use the model. The key is
shown once when it is made (Settings, or `tramontane serve`), and can be
replaced; TRAMONTANE_API_KEY sets it for `serve`. Any thread.
"""

from __future__ import annotations

import secrets

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.engine.servers import KEYCHAIN_SERVICE as SERVICE
from app.engine.servers import LOCAL_API_ACCOUNT as ACCOUNT
from app.keychain import set_secret

ENV = "TRAMONTANE_API_KEY"
PREFIX = "tram-"


def new_key() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def stored_key() -> str | None:
    """The key in the keychain, or None (none made yet, or no keychain)."""
    try:
        return keyring.get_password(SERVICE, ACCOUNT) or None
    except KeyringError:
        return None


def make_key() -> tuple[str, bool]:
    """A new key, saved in the keychain when there is one: (key, kept)."""
    key = new_key()
    try:
        set_secret(SERVICE, ACCOUNT, key)                # never roams with a Windows profile
        return key, True
    except KeyringError:
        return key, False       # no keychain: the key lasts as long as this run


def forget_key() -> None:
    try:
        keyring.delete_password(SERVICE, ACCOUNT)
    except (PasswordDeleteError, KeyringError):
        pass
