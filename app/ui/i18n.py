"""Translations: the UI's language, switched while the app runs.

Qt Linguist's way: the .ts sources in resources/translations are compiled
to .qm by the set-up (make); a QTranslator for the app and one for Qt's own
strings (standard buttons, text-field menus) are installed on the
application. Installing or removing a translator makes Qt send every widget
a LanguageChange event; each widget's changeEvent then calls its
retranslate(). "Follow the system" takes the first of the system's UI
languages that the app has. GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from app.paths import resources_dir
from app.settings import Settings
from app.ui.settings_model import SettingsModel

LANGUAGES = ("en", "fr", "de", "es")
# Each language named in itself, as language menus do: a user lost in a
# foreign UI must still find their own.
NATIVE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language(ui_languages: list[str] | None = None) -> str:
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translations(QObject):
    language_changed = Signal(str)     # the code now in use

    def __init__(self, app: QCoreApplication, settings: SettingsModel, folder: Path | None = None) -> None:
        super().__init__()
        self._app = app
        self._folder = folder or translations_dir()
        self._installed: list[QTranslator] = []
        self._settings = settings
        self.code = ""
        settings.changed.connect(self.on_settings_changed)
        self.apply(settings.current.language)

    def on_settings_changed(self, settings: Settings) -> None:
        self.apply(settings.language)

    def apply(self, language: str) -> None:
        code = language if language in LANGUAGES else system_language()
        if code == self.code:
            return
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        # English needs its file too: it holds the plural forms ("1 conversation", "2 conversations").
        self._install(self._folder, f"tramontane_{code}")
        if code != "en":
            self._install(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{code}")
        QLocale.setDefault(QLocale(code))
        self.code = code
        log.info("language: %s", code)
        self.language_changed.emit(code)

    def close(self) -> None:
        """Take this App's translators away (a second App in the same process brings its own)."""
        self._settings.changed.disconnect(self.on_settings_changed)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _install(self, folder: Path, name: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, str(folder)):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.warning("no translation %s in %s (run make to build the .qm files)", name, folder)
