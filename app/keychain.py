"""Secrets written to the operating system's keychain so that they stay on this computer.

Windows' Credential Manager (keyring's WinVaultKeyring) has a `persist`
setting whose default, "enterprise", lets a credential roam with a domain
profile to the user's other computers; Tramontane's keys and tokens must
not. Any thread.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer


def local_writer(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The backend to write with, set so that entries never leave this computer.

    A chainer hands out new backend objects on every use, so the member that
    has the setting is returned and used directly."""
    backend = backend or keyring.get_keyring()
    members = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    for member in members:
        if hasattr(type(member), "persist"):
            member.persist = "local machine"
            return member
    return backend


def set_secret(service: str, account: str, secret: str) -> None:
    """keyring.set_password, on this computer only; raises keyring's errors."""
    local_writer().set_password(service, account, secret)
