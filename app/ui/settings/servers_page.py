"""Settings → Servers: company servers, and the local API for other programs. GUI thread.

The organisation's servers (IT policy) are listed and cannot be changed
here; users add their own only where the policy allows. Keys go to the
system keychain. The local API is off by default; switching it on makes its
key once and shows it once, with a Copy button. Every text from a policy
file, a server or the user is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.engine.servers import Server, ServerConfigError
from app.server.keys import stored_key
from app.settings import Settings
from app.ui.plaintext import ask_text, warn
from app.ui.sentences import sentence
from app.ui.servers.controller import ServersUI
from app.ui.settings.rows import Page, lock_note
from app.ui.settings_model import SettingsModel


class AddServerDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a server"))
        self.name = QLineEdit(objectName="serverName")
        self.address = QLineEdit(objectName="serverAddress", placeholderText="https://llm.example.org/v1")
        self.key = QLineEdit(objectName="serverKey", echoMode=QLineEdit.EchoMode.Password)
        self.models = QLineEdit(objectName="serverModels",
                                placeholderText=self.tr("Empty: the server lists its models"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Access key:"), self.key)
        form.addRow(self.tr("Models:"), self.models)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, tuple[str, ...] | None]:
        models = tuple(m.strip() for m in self.models.text().split(",") if m.strip())
        return self.name.text(), self.address.text(), self.key.text(), models or None


def show_key_once(parent: QWidget, key: str, kept: bool) -> None:
    """The local API's key, shown this once, with Copy."""
    box = QDialog(parent)
    translate = QCoreApplication.translate     # by this name, so that pyside6-lupdate finds its calls
    box.setWindowTitle(translate("ServersPage", "Key for the local API"))
    text = QLabel(translate("ServersPage", "Programs that use the local API send this key. Copy it now: it is not "
                                           "shown again (you can make a new one)."),
                  wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    field = QLineEdit(key, readOnly=True, objectName="apiKey")
    copy = QPushButton(translate("ServersPage", "Copy"), objectName="copyKey")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(copy)
    layout = QVBoxLayout(box)
    layout.addWidget(text)
    layout.addLayout(row)
    if not kept:
        layout.addWidget(QLabel(translate("ServersPage", "This computer has no keychain, so the key lasts until "
                                                         "Tramontane closes."),
                                wordWrap=True, textFormat=Qt.TextFormat.PlainText))
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(box.reject)
    layout.addWidget(close)
    box.exec()


class ServersPage(Page):
    def __init__(self, settings: SettingsModel, servers: ServersUI, lock_icon) -> None:
        super().__init__()
        self.settings, self.servers, self._lock_icon = settings, servers, lock_icon
        self.servers_title, grid = self.add_group()
        self.list = QListWidget(objectName="serverList")
        self.list.setMinimumHeight(120)
        self.list.setWordWrap(True)
        self.server_row = self.add_row(grid, self.list, wide=True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(objectName="addServer")
        self.key_button = QPushButton(objectName="serverKey")
        self.remove_button = QPushButton(objectName="removeServer")
        self.refresh_button = QPushButton(objectName="refreshServers")
        for button in (self.add_button, self.key_button, self.remove_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.server_row.column.insertLayout(1, buttons)
        self.add_button.clicked.connect(self.on_add)
        self.key_button.clicked.connect(self.on_key)
        self.remove_button.clicked.connect(self.on_remove)
        self.refresh_button.clicked.connect(servers.refresh)
        self.list.currentRowChanged.connect(lambda _row: self._enable_buttons())
        self.api_title, grid = self.add_group()
        self.api_on = self.add_row(grid, QCheckBox(objectName="localApi"))
        self.api_on.control.toggled.connect(self.on_api_toggled)
        self.port = self.add_row(grid, QSpinBox(objectName="localApiPort", minimum=1024, maximum=65535))
        self.port.control.editingFinished.connect(
            lambda: self.settings.update(local_api_port=self.port.control.value()))
        self.lan = self.add_row(grid, QCheckBox(objectName="localApiLan"))
        self.lan.control.toggled.connect(lambda on: self.settings.update(local_api_lan=on))
        self.address = self.add_row(grid, QLabel(objectName="apiAddress", textFormat=Qt.TextFormat.PlainText,
                                                 wordWrap=True), wide=True)
        self.address.control.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_key = QPushButton(objectName="newApiKey")
        self.new_key.clicked.connect(self.on_new_key)
        self.address.extra.addWidget(self.new_key)
        self.finish()
        servers.models_changed.connect(self.show_servers)
        servers.api_changed.connect(lambda: self.on_settings_changed(self.settings.current))
        settings.changed.connect(self.on_settings_changed)
        self.retranslate()

    # -- company servers ------------------------------------------------------------------------

    def show_servers(self) -> None:
        current = self._selected()
        self.list.clear()
        for server, models in self.servers.groups():
            if server.managed:
                owner = self.tr("set by your organisation")
            else:
                owner = self.tr("added by you")
            key = self.tr("key saved") if self.servers.directory.has_own_key(server.id) else (
                self.tr("shared key") if server.shared_key else self.tr("no key"))
            state = self.servers.problems.get(server.id) or self.tr("%n model(s)", "", len(models))
            item = QListWidgetItem(f"{server.name} — {server.address}\n{owner} · {key} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, server.id)
            self.list.addItem(item)
            if current is not None and current.id == server.id:
                self.list.setCurrentItem(item)
        if not self.list.count():       # an empty white box says nothing
            empty = QListWidgetItem(self.tr("No company servers yet. Your IT department can set them up, "
                                            "or add one with “Add a server…”."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._enable_buttons()

    def _selected(self) -> Server | None:
        item = self.list.currentItem()
        server_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return self.servers.directory.get(server_id) if server_id is not None else None

    def _enable_buttons(self) -> None:
        server = self._selected()
        may_add = self.servers.directory.may_add
        self.add_button.setEnabled(may_add)
        self.key_button.setEnabled(server is not None)
        self.remove_button.setEnabled(server is not None and not server.managed)
        self.refresh_button.setEnabled(bool(self.servers.directory.servers()))

    def on_add(self) -> None:
        dialog = AddServerDialog(self)
        if not dialog.exec():
            return
        try:
            self.servers.directory.add(*dialog.values())
        except ServerConfigError as exc:
            warn(self, self.tr("Add a server"), sentence(exc))     # it may name the server: letters only
        self.servers.refresh()
        self.servers.models_changed.emit()

    def on_key(self) -> None:
        server = self._selected()
        if server is None:
            return
        key, ok = ask_text(self, self.tr("Access key"),
                           self.tr("The access key for %1 (empty removes it):").replace("%1", server.name),
                           QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            self.servers.directory.set_key(server.id, key)
        except ServerConfigError as exc:
            warn(self, self.tr("Access key"), sentence(exc))
        self.servers.refresh()
        self.show_servers()

    def on_remove(self) -> None:
        server = self._selected()
        if server is None or server.managed:
            return
        try:
            self.servers.directory.remove(server.id)
        except ServerConfigError as exc:
            warn(self, self.tr("Remove"), sentence(exc))
        self.servers.models_changed.emit()

    # -- the local API --------------------------------------------------------------------------

    def on_api_toggled(self, on: bool) -> None:
        if on:
            key, new = self.servers.api_key()
            if new:
                show_key_once(self, key, kept=stored_key() == key)
        self.settings.update(local_api=on)

    def on_new_key(self) -> None:
        key = self.servers.replace_api_key()
        show_key_once(self, key, kept=stored_key() == key)

    # -- texts and state ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Servers"))
        self.servers_title.setText(self.tr("Company servers"))
        self.server_row.set_texts(self.tr("Servers"), self.tr(
            "A conversation set to a company server is sent to it each time you write; everything else "
            "stays on this computer. Keys are kept in your system's keychain."))
        self.add_button.setText(self.tr("Add a server…"))
        self.key_button.setText(self.tr("Access key…"))
        self.remove_button.setText(self.tr("Remove"))
        self.refresh_button.setText(self.tr("List models again"))
        self.api_title.setText(self.tr("Local API for other programs"))
        self.api_on.control.setText(self.tr("Let other programs use the model on this computer"))
        self.api_on.set_texts(self.tr("Local API"), self.tr(
            "An OpenAI-compatible API, so other programs use the local model instead of a cloud service. "
            "They need its key. Their requests are not kept as conversations."))
        self.port.set_texts(self.tr("Port"), self.tr("Programs connect to this port."))
        self.lan.control.setText(self.tr("Accept connections from other computers"))
        self.lan.set_texts(self.tr("Network"), self.tr(
            "Off: only programs on this computer can connect. On: anyone on your network who has the key."))
        self.new_key.setText(self.tr("New key…"))
        self.show_servers()
        self.on_settings_changed(self.settings.current)

    def on_settings_changed(self, s: Settings) -> None:
        for row, value in ((self.api_on, s.local_api), (self.lan, s.local_api_lan)):
            row.control.blockSignals(True)
            row.control.setChecked(value)
            row.control.blockSignals(False)
        self.port.control.setValue(s.local_api_port)
        address = self.servers.api_address
        text = self.servers.api_problem or (self.tr("Address: %1").replace("%1", address) if address else
                                            self.tr("Off"))
        self.address.control.setText(text)
        self.address.set_texts(self.tr("Address"), self.tr("Where programs send their requests. They need the key, "
                                                           "which is shown once when it is made."))
        self.new_key.setEnabled(bool(address))
        note = lock_note(self.settings.policy.message)
        icon = self._lock_icon()
        for row, name in ((self.api_on, "local_api"), (self.port, "local_api_port"), (self.lan, "local_api_lan")):
            row.set_locked(self.settings.is_locked(name), note, icon)
        may_add = self.servers.directory.may_add
        self.server_row.set_locked(False, "")
        if not may_add:
            self.server_row.lock_note.setText(self.tr("Your organisation does not allow adding servers."))
            self.server_row.lock_note.show()
        self._enable_buttons()

