"""The hub access token, kept in the operating system's keychain (keyring).

Only gated or private models need one. It is never written to a file by
Tramontane, and never sent anywhere but the hub (the download code drops it
when the hub redirects to a storage host). Any thread.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

from app.keychain import set_secret

SERVICE = "Tramontane"
USERNAME = "huggingface-token"


class TokenStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get(self) -> str | None:
        try:
            return keyring.get_password(self.service, USERNAME) or None
        except KeyringError:
            return None   # no keychain on this computer: as if no token was saved

    def set(self, token: str) -> bool:
        """Save the token; False when the computer has no usable keychain."""
        token = token.strip()
        if not token:
            return self.clear()
        try:
            set_secret(self.service, USERNAME, token)        # never roams with a Windows profile
            return True
        except KeyringError:
            return False

    def clear(self) -> bool:
        try:
            keyring.delete_password(self.service, USERNAME)
        except keyring.errors.PasswordDeleteError:
            pass
        except KeyringError:
            return False
        return True
