"""Settings → Privacy: offline only, the hub token, where the history's key
lives, and deleting everything. GUI thread.

Deleting asks first, in a dialog whose default button is Cancel and which
says exactly what stays behind; where copies taken before updates exist, it
offers to delete them too. The pane only asks, App does the deleting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from app.library.tokens import TokenStore
from app.settings import Settings
from app.ui.plaintext import warn
from app.ui.sentences import size_text
from app.ui.settings.rows import Page, lock_note
from app.ui.settings_model import SettingsModel


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Asks before something that cannot be undone; Cancel is the default."""
    return confirm_with_option(parent, title, text, action, "")[0]


def confirm_with_option(parent: QWidget, title: str, text: str, action: str, option: str) -> tuple[bool, bool]:
    """As confirm(), with a ticked box for a second thing to delete: (go ahead, box ticked)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    also = None
    if option:
        also = QCheckBox(option, box, objectName="alsoDelete", checked=True)   # parented: the box keeps it alive
        box.setCheckBox(also)
    box.exec()
    return box.clickedButton() is go, also is not None and also.isChecked()


class _TokenControl(QWidget):
    """The hub token: shown masked, set through a password field, removable."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.set_button = QPushButton(objectName="setToken")
        self.remove_button = QPushButton(objectName="removeToken")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shown)
        row.addSpacing(8)
        row.addWidget(self.set_button)
        row.addWidget(self.remove_button)


class PrivacyPage(Page):
    delete_conversations_requested = Signal(bool)     # also the copies taken before updates
    delete_everything_requested = Signal()

    def __init__(self, settings: SettingsModel, key_storage: str, tokens: TokenStore, lock_icon) -> None:
        """key_storage: where the history's key is, "keychain" or "file" (ChatStore.key_storage)."""
        super().__init__()
        self.settings = settings
        self._key_storage = key_storage
        self._tokens = tokens
        self._token = None            # read from the keychain when the page is first shown
        self._lock_icon = lock_icon
        self.backups: Callable[[], list[Path]] = lambda: []     # the store's copies from before updates
        self.network_title, grid = self.add_group()
        self.offline = self.add_row(grid, QCheckBox(objectName="offlineOnly"))
        self.offline.control.toggled.connect(lambda on: self.settings.update(network="servers" if on else "all",
                                                                             offline_only=on))
        # Offline mode's third step: company servers off too (Settings.network_step).
        self.servers_off = self.add_row(grid, QCheckBox(objectName="serversOff"))
        self.servers_off.control.toggled.connect(
            lambda on: self.settings.update(network="none" if on else "servers", offline_only=True))
        self.token = self.add_row(grid, _TokenControl())
        self.token.control.set_button.clicked.connect(self.on_set_token)
        self.token.control.remove_button.clicked.connect(self.on_remove_token)
        self.history_title, grid = self.add_group()
        self.key_place = self.add_row(grid, QLabel(objectName="keyPlace", textFormat=Qt.TextFormat.PlainText,
                                                   wordWrap=True), wide=True)
        self.key_warning = QLabel(objectName="warningNote", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.key_place.column.addWidget(self.key_warning)
        # Shown only once it has a parent: a widget without one would open as a window of its own.
        self.key_warning.setVisible(key_storage != "keychain")
        self.delete_title, grid = self.add_group()
        self.delete_conversations = self.add_row(grid, QPushButton(objectName="dangerButton"))
        self.delete_conversations.control.clicked.connect(self.on_delete_conversations)
        self.delete_everything = self.add_row(grid, QPushButton(objectName="dangerButton"))
        self.delete_everything.control.clicked.connect(self.on_delete_everything)
        self.finish()
        settings.changed.connect(self.on_settings_changed)
        self.retranslate()

    # -- the token ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._token is None:
            self._token = self._tokens.get() or ""
            self._show_token()
        super().showEvent(event)

    def on_set_token(self) -> None:
        token, ok = QInputDialog.getText(self, self.tr("Hub token"),
                                         self.tr("Paste your access token from the model hub:"),
                                         QLineEdit.EchoMode.Password)
        if not ok or not token.strip():
            return
        if self._tokens.set(token):
            self._token = token.strip()
        else:
            warn(self, self.tr("Hub token"), self.tr("This computer has no keychain to keep the token safely, "
                                                     "so it was not saved."))
        self._show_token()

    def on_remove_token(self) -> None:
        self._tokens.clear()
        self._token = self._tokens.get() or ""
        self._show_token()

    def _show_token(self) -> None:
        control = self.token.control
        token = self._token or ""
        masked = (token[:3] if token.startswith("hf_") else "") + "•" * 8 + token[-4:] if len(token) > 8 else ""
        control.shown.setText(masked or self.tr("No token saved"))
        control.shown.setAccessibleName(self.tr("Saved token, hidden") if token else self.tr("No token saved"))
        control.remove_button.setVisible(bool(token))
        control.set_button.setText(self.tr("Change…") if token else self.tr("Add a token…"))

    # -- deleting ----------------------------------------------------------------------

    def on_delete_conversations(self) -> None:
        text = "\n\n".join([
            self.tr("Every conversation will be deleted from this computer, and its words removed from the "
                    "search index. This cannot be undone."),
            self.tr("Not deleted: files you exported, copies of your data folder made outside Tramontane "
                    "(backups of this computer, an old data folder kept after a move), your settings and your "
                    "models.")])
        title, action = self.tr("Delete all conversations"), self.tr("Delete all conversations")
        backups = self.backups()
        if not backups:
            if confirm(self, title, text, action):
                self.delete_conversations_requested.emit(False)
            return
        size = size_text(sum(_size(p) for p in backups))
        text += "\n\n" + self.tr("Tramontane also kept copies of your conversations from before its updates "
                                  "(%1 in the backups folder). They hold your conversations as they were "
                                  "then.").replace("%1", size)
        go, also = confirm_with_option(self, title, text, action, self.tr("Delete these copies too"))
        if go:
            self.delete_conversations_requested.emit(also)

    def on_delete_everything(self) -> None:
        if confirm(self, self.tr("Delete all app data"),
                   self.tr("Your conversations (with the copies taken before updates), settings, downloaded "
                           "models, logs and saved token will be deleted, and Tramontane will close. This "
                           "cannot be undone.") + "\n\n" +
                   self.tr("Not deleted: files you exported, models in your own folders, and copies of your "
                           "data folder made outside Tramontane (backups of this computer, an old data folder "
                           "kept after a move)."),
                   self.tr("Delete everything and close")):
            self.delete_everything_requested.emit()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Privacy"))
        self.network_title.setText(self.tr("Network"))
        self.history_title.setText(self.tr("Your conversations"))
        self.delete_title.setText(self.tr("Delete"))
        self.offline.control.setText(self.tr("Work offline only"))
        self.offline.set_texts(self.tr("Offline mode"),
                               self.tr("When on, Tramontane never goes online: no model downloads and no hub "
                                       "search. Chatting never needs the network either way."))
        self.offline.control.setAccessibleName(self.tr("Work offline only"))
        self.servers_off.control.setText(self.tr("Not even company servers"))
        self.servers_off.set_texts(self.tr("Company servers"),
                                   self.tr("With offline mode on, conversations set to a company server still "
                                           "reach it. Tick this and nothing at all leaves this computer."))
        self.token.set_texts(self.tr("Hub token"),
                             self.tr("Only some models on the hub need an account. The token is kept in your "
                                     "system's keychain, never in a file."))
        self.token.control.remove_button.setText(self.tr("Remove"))
        self.token.control.remove_button.setAccessibleName(self.tr("Remove the hub token"))
        self._show_token()
        if self._key_storage == "keychain":
            place = self.tr("In your system's keychain.")
        else:
            place = self.tr("In a key file in the data folder: this computer has no keychain, or it refused "
                            "to keep the key and you chose the file.")
        self.key_place.control.setText(place)
        self.key_place.set_texts(self.tr("Encryption key"),
                                 self.tr("Your conversations are stored encrypted; this key opens them."))
        self.key_place.control.setAccessibleName(f"{self.tr('Encryption key')}: {place}")
        self.key_warning.setText(self.tr("Anyone who can read your data folder can read your conversations. "
                                         "Keep that folder private, or use a computer with a keychain."))
        self.delete_conversations.control.setText(self.tr("Delete all conversations…"))
        self.delete_conversations.set_texts(self.tr("Conversations"),
                                            self.tr("Deletes every conversation and its words in the search "
                                                    "index. Settings and models stay."))
        self.delete_everything.control.setText(self.tr("Delete all app data…"))
        self.delete_everything.set_texts(self.tr("Everything"),
                                         self.tr("Deletes conversations, settings, downloaded models and logs, "
                                                 "then closes Tramontane. Models in your own folders stay."))
        self.on_settings_changed(self.settings.current)

    def on_settings_changed(self, s: Settings) -> None:
        box = self.offline.control
        box.blockSignals(True)
        box.setChecked(s.offline_only)
        box.blockSignals(False)
        step = self.servers_off.control
        step.blockSignals(True)
        step.setChecked(s.network_step == "none")
        step.blockSignals(False)
        policy = self.settings.policy
        note = lock_note(policy.message)
        if policy.problems:
            # Not understood, so downloads are off: say what IT has to fix (their file, their words).
            note = self.tr("Downloads are off because your organisation's policy file could not be fully "
                           "understood: %1").replace("%1", policy.problems[0])
        elif policy.downloads_disabled:
            note = f"{self.tr('Downloads are turned off by your organisation.')} {note}"
        self.offline.set_locked(self.settings.is_locked("offline_only"), note, self._lock_icon())
        self.servers_off.set_locked(self.settings.is_locked("network"), lock_note(policy.message), self._lock_icon())
        step.setEnabled(s.offline_only and not self.settings.is_locked("network"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
