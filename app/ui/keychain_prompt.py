"""Opening the store when the keychain will not give or keep the key, or the
conversations cannot be opened: the user decides.

A locked keychain (a desktop session without its keyring unlocked, a macOS
keychain that asks and was refused) is not the same as no keychain at all.
Falling back to a key file by itself would quietly make the history only as
safe as the data folder; so the user is asked: try again (after unlocking),
keep the key in a file (on a first start, with the risk in words), or quit.

Conversations whose key is missing or damaged, or whose file is damaged, can
never be opened by trying again; the user may start with none, and the old
ones are kept aside (app/store/set_aside.py), or quit.
GUI thread, before the window exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.store import ChatStore, KeychainUnavailable, StoreError
from app.store.set_aside import UNREADABLE, set_aside
from app.ui.sentences import sentence

RETRY, KEY_FILE, QUIT = "retry", "file", "quit"
log = logging.getLogger(__name__)


translate = QCoreApplication.translate     # by this name, so that pyside6-lupdate finds its calls


def ask(refused: KeychainUnavailable) -> str:
    """RETRY, KEY_FILE (only on a first start) or QUIT, as the user chose."""
    if refused.first_start:
        text = translate("KeychainPrompt", "Tramontane keeps the key that protects your conversations in your "
                                           "system's keychain, but the keychain is locked or refused to keep "
                                           "it.\n\nUnlock the keychain (or log in to your desktop session), then try "
                                           "again.\n\nOr keep the key in a file in Tramontane's data folder instead. "
                                           "Then anyone who can read that folder can read your conversations: "
                                           "another program you run, someone using your account, or anyone with a "
                                           "copy of this disk or its backups.")
    else:
        text = translate("KeychainPrompt", "Tramontane could not read the key to your conversations from your "
                                           "system's keychain. Unlock the keychain (or log in to your desktop "
                                           "session), then try again.")
    box = QMessageBox(QMessageBox.Icon.Warning, "Tramontane", text, QMessageBox.StandardButton.NoButton)
    box.setTextFormat(Qt.TextFormat.PlainText)
    retry = box.addButton(translate("KeychainPrompt", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    file = box.addButton(translate("KeychainPrompt", "Keep the key in a file"),
                         QMessageBox.ButtonRole.DestructiveRole) if refused.first_start else None
    box.addButton(translate("KeychainPrompt", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else KEY_FILE if file is not None and clicked is file else QUIT


class Declined(Exception):
    """The user chose to quit rather than start without the conversations (already told why)."""


def ask_to_start_afresh(error: StoreError, data_dir: Path) -> bool:
    """True when the user would rather start with no conversations than quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Tramontane", sentence(error), QMessageBox.StandardButton.NoButton)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(translate(
        "KeychainPrompt", "You can start with no conversations instead. The ones that cannot be opened are moved, "
                          "unchanged, into a new folder in %1, so that nothing is lost if their key turns up "
                          "again.").replace("%1", str(data_dir)))
    fresh = box.addButton(translate("KeychainPrompt", "Start with no conversations"),
                          QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(translate("KeychainPrompt", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is fresh


def open_store(data_dir: Path, asker: Callable[[KeychainUnavailable], str] = ask,
               afresh: Callable[[StoreError, Path], bool] = ask_to_start_afresh) -> ChatStore:
    """ChatStore.open, asking the user while the keychain refuses, and whether to start
    afresh when the conversations cannot be opened; the StoreError if they quit at the
    keychain, Declined if they quit rather than start afresh."""
    key_file_ok = False
    set_aside_already = False
    while True:
        try:
            return ChatStore.open(data_dir, key_file_ok=key_file_ok)
        except KeychainUnavailable as refused:
            answer = asker(refused)
            if answer == QUIT:
                raise
            key_file_ok = key_file_ok or (answer == KEY_FILE and refused.first_start)
        except StoreError as error:
            if error.code not in UNREADABLE or set_aside_already:
                raise
            if not afresh(error, data_dir):
                raise Declined() from error
            moved = set_aside(data_dir)
            log.warning("the conversations that could not be opened (%s) were set aside in %s", error.code, moved)
            set_aside_already = True
