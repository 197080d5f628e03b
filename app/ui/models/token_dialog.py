"""TokenDialog: asks for a hub access token when a gated model needs one. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class TokenDialog(QDialog):
    def __init__(self, repo_id: str, parent=None) -> None:
        super().__init__(parent)
        self.repo_id = repo_id
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.token = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.token)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Access token needed"))
        self.text.setText(self.tr(
            "{0} is gated: its makers ask you to accept their terms first.\n\n"
            "1. Sign in at huggingface.co, open https://huggingface.co/{0} and accept the terms.\n"
            "2. Create a read token at https://huggingface.co/settings/tokens.\n"
            "3. Paste it here. Tramontane keeps it in this computer's keychain and sends it only "
            "to the hub.").format(self.repo_id))
        self.token.setPlaceholderText(self.tr("hf_…"))
        self.token.setAccessibleName(self.tr("Hub access token"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save and retry"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> str:
        return self.token.text().strip()
