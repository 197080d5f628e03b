"""The model library's errors: str(error) is always one plain sentence."""

from __future__ import annotations


class LibraryError(Exception):
    """Something a user can cause or meet (a bad file, a full disk, the hub); a sentence."""


class HubError(LibraryError):
    """The hub could not answer: offline, not found, refused, down."""


class TokenRequired(HubError):
    """The repository is gated or private: a hub access token is needed (or the one given was refused)."""

    def __init__(self, sentence: str, repo_id: str = "") -> None:
        super().__init__(sentence)
        self.repo_id = repo_id


class DownloadError(LibraryError):
    """A download that stopped; the part downloaded so far is kept unless the sentence says otherwise."""


class Cancelled(LibraryError):
    """The user paused or cancelled; not shown as an error."""
