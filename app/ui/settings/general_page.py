"""Settings → General: language, theme, text size and spacing. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.settings import Settings
from app.ui.appearance import TEXT_SCALES
from app.ui.i18n import LANGUAGES, NATIVE_NAMES, system_language
from app.ui.settings.rows import Page, fill_combo, lock_note, select_data
from app.ui.settings_model import SettingsModel


class GeneralPage(Page):
    def __init__(self, settings: SettingsModel, lock_icon) -> None:
        super().__init__()
        self.settings = settings
        self._lock_icon = lock_icon
        self.language_title, grid = self.add_group()
        self.language = self.add_row(grid, QComboBox(objectName="languageChoice"))
        self.appearance_title, grid = self.add_group()
        self.theme = self.add_row(grid, QComboBox(objectName="themeChoice"))
        self.text_size = self.add_row(grid, QComboBox(objectName="textSizeChoice"))
        self.density = self.add_row(grid, QComboBox(objectName="densityChoice"))
        self.finish()
        for row, name in ((self.language, "language"), (self.theme, "theme"), (self.text_size, "text_scale"),
                          (self.density, "density")):
            row.control.activated.connect(
                lambda _i, r=row, n=name: self.settings.update(**{n: r.control.currentData()}))
        settings.changed.connect(self.on_settings_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("General"))
        self.language_title.setText(self.tr("Language"))
        self.appearance_title.setText(self.tr("Appearance"))
        system = NATIVE_NAMES[system_language()]
        fill_combo(self.language.control, [("", self.tr("Follow the system (%1)").replace("%1", system))]
                   + [(code, NATIVE_NAMES[code]) for code in LANGUAGES])
        self.language.set_texts(self.tr("Language"),
                                self.tr("The language of Tramontane's menus and messages. Models answer "
                                        "in the language you write to them."))
        fill_combo(self.theme.control, [("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                                         ("dark", self.tr("Dark"))])
        self.theme.set_texts(self.tr("Theme"), self.tr("Light or dark colours. “Follow the system” changes "
                                                       "along with your computer's setting."))
        names = {90: self.tr("Small"), 100: self.tr("Standard"), 115: self.tr("Large"), 130: self.tr("Larger"),
                 150: self.tr("Largest")}
        fill_combo(self.text_size.control, [(scale, self.tr("%1 (%2%)").replace("%1", names[scale])
                                              .replace("%2", str(scale))) for scale in TEXT_SCALES])
        self.text_size.set_texts(self.tr("Text size"), self.tr("Makes all the text in Tramontane larger or "
                                                               "smaller."))
        fill_combo(self.density.control, [("comfortable", self.tr("Comfortable")),
                                          ("compact", self.tr("Compact"))])
        self.density.set_texts(self.tr("Spacing"), self.tr("Compact puts less space between messages, so "
                                                           "more of them fit on the screen."))
        self.on_settings_changed(self.settings.current)

    def on_settings_changed(self, s: Settings) -> None:
        select_data(self.language.control, s.language if s.language in LANGUAGES else "")
        select_data(self.theme.control, s.theme if s.theme in ("light", "dark") else "system")
        select_data(self.text_size.control, s.text_scale)
        select_data(self.density.control, s.density if s.density == "compact" else "comfortable")
        for row, name in ((self.language, "language"), (self.theme, "theme"), (self.text_size, "text_scale"),
                          (self.density, "density")):
            row.set_locked(self.settings.is_locked(name), lock_note(self.settings.policy.message), self._lock_icon())
