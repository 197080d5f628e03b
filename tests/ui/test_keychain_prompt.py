"""A keychain that is locked or refuses on first start: the user is asked, and the key
goes to a file only if they choose it, after reading what that risks."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import KeychainUnavailable
from app.ui.keychain_prompt import KEY_FILE, QUIT, RETRY, ask, open_store


class LockedKeychain(KeyringBackend):
    """Locked until unlock(); then an ordinary keychain in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.locked = True
        self.secrets: dict = {}

    def get_password(self, service, username):
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def locked():
    backend = LockedKeychain()
    keyring.set_keyring(backend)
    return backend


def test_try_again_after_unlocking_uses_the_keychain(tmp_path, locked):
    asked = []

    def user(refused):
        asked.append(refused.first_start)
        locked.locked = False                 # the user unlocked it, then pressed Try again
        return RETRY

    with open_store(tmp_path / "data", user) as store:
        assert store.key_storage == "keychain"
    assert asked == [True] and locked.secrets


def test_the_key_file_only_when_the_user_chooses_it(tmp_path, locked):
    answers = iter([RETRY, KEY_FILE])
    with open_store(tmp_path / "data", lambda refused: next(answers)) as store:
        assert store.key_storage == "file"
    assert (tmp_path / "data" / "conversations.key").exists()


def test_quit_opens_nothing(tmp_path, locked):
    with pytest.raises(KeychainUnavailable):
        open_store(tmp_path / "data", lambda refused: QUIT)
    assert not (tmp_path / "data" / "conversations.key").exists()


def answer_dialog(button_text: str, seen: list) -> None:
    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, click)


def test_the_question_names_the_risk_of_a_key_file(qtbot, tmp_path, locked):
    seen: list = []
    answer_dialog("Keep the key in a file", seen)
    assert ask(KeychainUnavailable("keychain_refused", first_start=True)) == KEY_FILE
    text, buttons = seen[0]
    assert "anyone who can read that folder can read your conversations" in text
    assert sorted(buttons) == ["Keep the key in a file", "Quit", "Try again"]
    answer_dialog("Quit", seen)
    assert ask(KeychainUnavailable("keychain_locked", first_start=False)) == QUIT
    assert sorted(seen[1][1]) == ["Quit", "Try again"]        # an existing history: no file offered
