"""The conversation's own settings: its instructions (system prompt) and the
reply settings it keeps instead of the app's. GUI thread.

Each number box starts at "App setting (…)", its lowest value, which means
the conversation follows Settings → Model; any other value is its own.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.chat.params import clean
from app.settings import Settings

UNSET_TEMPERATURE = -0.1   # the box's lowest value: the app's setting


class ConversationSettingsDialog(QDialog):
    def __init__(self, system_prompt: str, own: dict, app_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversation settings"))
        self.setMinimumWidth(520)
        own = clean(own)
        locale = QLocale()
        self.prompt = QPlainTextEdit(plainText=system_prompt, objectName="systemPrompt")
        self.prompt.setPlaceholderText(self.tr("For example: You are a careful assistant for a law firm. "
                                               "Answer in French, briefly."))
        self.prompt.setAccessibleName(self.tr("Instructions"))
        self.temperature = QDoubleSpinBox(objectName="temperature", minimum=UNSET_TEMPERATURE, maximum=2.0,
                                          singleStep=0.1, decimals=1)
        self.temperature.setSpecialValueText(self.tr("App setting (%1)").replace(
            "%1", locale.toString(app_settings.temperature, "f", 1)))
        self.temperature.setValue(own.get("temperature", UNSET_TEMPERATURE))
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.max_tokens = QSpinBox(objectName="maxTokens", minimum=0, maximum=32768, singleStep=128)
        self.max_tokens.setSpecialValueText(self.tr("App setting (%1 tokens)").replace(
            "%1", locale.toString(app_settings.max_tokens)))
        self.max_tokens.setSuffix(self.tr(" tokens"))
        self.max_tokens.setValue(own.get("max_tokens", 0))
        self.max_tokens.setAccessibleName(self.tr("Maximum reply length"))
        self._others = {k: v for k, v in own.items() if k not in ("temperature", "max_tokens")}
        hint = QLabel(self.tr("The model follows these instructions in every reply of this conversation."),
                      wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Maximum reply length"), self.max_tokens)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Instructions"), buddy=self.prompt))
        layout.addWidget(self.prompt, 1)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.prompt.setFocus()

    def values(self) -> tuple[str, dict]:
        """The instructions and the conversation's own settings (only those it sets itself)."""
        settings = dict(self._others)
        if self.temperature.value() > UNSET_TEMPERATURE:
            settings["temperature"] = round(self.temperature.value(), 1)
        if self.max_tokens.value() > 0:
            settings["max_tokens"] = self.max_tokens.value()
        return self.prompt.toPlainText(), settings
