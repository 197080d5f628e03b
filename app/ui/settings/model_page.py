"""Settings → Model: the default model and how replies are written. GUI thread.

Spin boxes save when the value is settled (Enter, arrows, leaving the box),
not at every typed digit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QPushButton, QSpinBox

from app.library.local import display_name
from app.settings import Settings
from app.ui.settings.rows import Page, fill_combo, lock_note, select_data
from app.ui.settings_model import SettingsModel

CONTEXT_CHOICES = (0, 2048, 4096, 8192, 16384, 32768, 65536, 131072)
GENERATION = ("temperature", "top_p", "max_tokens", "context_length")


class ModelPage(Page):
    def __init__(self, settings: SettingsModel, models: Callable[[], list[Path]], lock_icon) -> None:
        """models: the GGUF files on this computer, for the default-model choice."""
        super().__init__()
        self.settings = settings
        self._models = models
        self._lock_icon = lock_icon
        self.model_title, grid = self.add_group()
        self.model_title.hide()          # the page's own title says it already
        self.default_model = self.add_row(grid, QComboBox(objectName="defaultModel"))
        self.default_model.control.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.replies_title, grid = self.add_group()
        self.temperature = self.add_row(grid, QDoubleSpinBox(objectName="temperature", minimum=0.0, maximum=2.0,
                                                             singleStep=0.1, decimals=2, keyboardTracking=False))
        self.top_p = self.add_row(grid, QDoubleSpinBox(objectName="topP", minimum=0.05, maximum=1.0,
                                                       singleStep=0.05, decimals=2, keyboardTracking=False))
        self.max_tokens = self.add_row(grid, QSpinBox(objectName="maxTokens", minimum=16, maximum=32768,
                                                      singleStep=256, keyboardTracking=False))
        self.context = self.add_row(grid, QComboBox(objectName="contextLength"))
        self.reset = QPushButton(objectName="resetGeneration")
        self.reset.clicked.connect(self.on_reset)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset)
        self.body.addSpacing(6)
        self.body.addLayout(buttons)
        self.finish()
        self.default_model.control.activated.connect(
            lambda _i: self.settings.update(default_model=self.default_model.control.currentData()))
        self.temperature.control.valueChanged.connect(lambda v: self.settings.update(temperature=round(v, 2)))
        self.top_p.control.valueChanged.connect(lambda v: self.settings.update(top_p=round(v, 2)))
        self.max_tokens.control.valueChanged.connect(lambda v: self.settings.update(max_tokens=int(v)))
        self.context.control.activated.connect(
            lambda _i: self.settings.update(context_length=self.context.control.currentData()))
        settings.changed.connect(self.on_settings_changed)
        self.retranslate()

    def on_reset(self) -> None:
        best = self.settings.recommended()
        self.settings.update(**{name: getattr(best, name) for name in GENERATION})

    def refresh_models(self) -> None:
        """Called when the pane is shown: models may have come or gone."""
        models = [(str(p), display_name(p)) for p in self._models()]
        current = self.settings.current.default_model
        if current and current not in {path for path, _name in models}:
            models.append((current, display_name(current)))
        fill_combo(self.default_model.control, [("", self.tr("The starter model"))] + models)
        select_data(self.default_model.control, current)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Model"))
        self.model_title.setText(self.tr("Model"))
        self.replies_title.setText(self.tr("Replies"))
        self.refresh_models()
        self.default_model.set_texts(self.tr("Default model"),
                                     self.tr("The model Tramontane loads when it starts. Each conversation "
                                             "can still use another one."))
        self.temperature.set_texts(self.tr("Temperature"),
                                   self.tr("Lower gives focused, predictable replies; higher gives more varied, "
                                           "creative ones."))
        self.top_p.set_texts(self.tr("Top-p"), self.tr("How many likely words the model chooses from. Lower "
                                                       "is more careful; 0.95 suits most uses."))
        self.max_tokens.control.setSuffix(self.tr(" tokens"))
        self.max_tokens.set_texts(self.tr("Maximum reply length"),
                                  self.tr("A reply stops after this many tokens (a token is about three "
                                          "quarters of a word)."))
        locale = QLocale()
        fill_combo(self.context.control, [(0, self.tr("Automatic"))] + [
            (n, self.tr("%1 tokens").replace("%1", locale.toString(n))) for n in CONTEXT_CHOICES[1:]])
        self.context.set_texts(self.tr("Context length"),
                               self.tr("How much of the conversation the model can read at once. Longer "
                                       "needs more memory; takes effect when the model is next loaded."))
        self.reset.setText(self.tr("Reset to recommended"))
        self.reset.setAccessibleDescription(self.tr("Puts temperature, top-p, reply length and context length "
                                                    "back to the recommended values."))
        self.on_settings_changed(self.settings.current)

    def on_settings_changed(self, s: Settings) -> None:
        select_data(self.default_model.control, s.default_model)
        for row, value in ((self.temperature, s.temperature), (self.top_p, s.top_p), (self.max_tokens, s.max_tokens)):
            row.control.blockSignals(True)
            row.control.setValue(value)
            row.control.blockSignals(False)
        select_data(self.context.control, s.context_length)
        note = lock_note(self.settings.policy.message)
        for row, name in ((self.default_model, "default_model"), (self.temperature, "temperature"),
                          (self.top_p, "top_p"), (self.max_tokens, "max_tokens"),
                          (self.context, "context_length")):
            row.set_locked(self.settings.is_locked(name), note, self._lock_icon())
