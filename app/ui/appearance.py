"""Appearance: applies the theme, the text size and the spacing to the whole app.

"Follow the system" reads Qt's colour scheme (QStyleHints.colorScheme) and
follows it when the user switches their desktop between light and dark
while the app runs. Light and dark are our own palettes (theme.py), so both
look the same on every OS and both are checked for contrast. Text size
scales the system's own font. GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTemporaryDir, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.settings import Settings
from app.ui.settings_model import SettingsModel
from app.ui.style import apply_style, build_stylesheet, write_arrows
from app.ui.theme import THEMES, Colors, palette

TEXT_SCALES = (90, 100, 115, 130, 150)
THEME_CHOICES = ("system", "light", "dark")
DENSITIES = ("comfortable", "compact")


class Appearance(QObject):
    applied = Signal(object)          # the Colors now in use (icons redraw in them)
    density_changed = Signal(bool)    # True: compact

    def __init__(self, app: QApplication, settings: SettingsModel) -> None:
        super().__init__()
        self._app = app
        self._settings = settings
        # The system's font, not app.font(): that one may already be scaled by an earlier Appearance.
        self._base_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self._applied: tuple | None = None
        self._requested: Qt.ColorScheme | None = None
        self.colors: Colors = THEMES["light"]
        self._files = QTemporaryDir()        # the spin boxes' arrows; removed when the app ends
        apply_style(app)
        app.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        settings.changed.connect(self.on_settings_changed)
        self.apply(settings.current)

    def on_settings_changed(self, settings: Settings) -> None:
        self.apply(settings)

    def on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched between light and dark (or we asked it to)."""
        if self._settings.current.theme not in ("light", "dark"):
            self.apply(self._settings.current, scheme)

    def apply(self, s: Settings, system: Qt.ColorScheme | None = None) -> None:
        self._ask_system(s.theme)
        system = self._app.styleHints().colorScheme() if system is None else system
        name = s.theme if s.theme in ("light", "dark") else (
            "dark" if system == Qt.ColorScheme.Dark else "light")
        scale = s.text_scale if 50 <= s.text_scale <= 300 else 100
        compact = s.density == "compact"
        wanted = (name, scale, compact)
        if wanted == self._applied:
            return
        density_moved = self._applied is None or self._applied[2] != compact
        self._applied = wanted
        self.colors = THEMES[name]
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale / 100)
        self._app.setFont(font)
        self._app.setPalette(palette(self.colors))
        arrows = write_arrows(Path(self._files.path()), self.colors)
        self._app.setStyleSheet(build_stylesheet(self.colors, font.pointSizeF(), compact, arrows))
        self.applied.emit(self.colors)
        if density_moved:
            self.density_changed.emit(compact)

    def close(self) -> None:
        """Stop following the system: this App is going (tests build several in one process)."""
        self._app.styleHints().colorSchemeChanged.disconnect(self.on_color_scheme_changed)
        self._settings.changed.disconnect(self.on_settings_changed)

    @property
    def compact(self) -> bool:
        return bool(self._applied and self._applied[2])

    def _ask_system(self, theme: str) -> None:
        """Tell the platform too, so title bars and native dialogs match where it can."""
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
        if scheme == self._requested:
            return
        self._requested = scheme
        hints = self._app.styleHints()
        if scheme == Qt.ColorScheme.Unknown:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(scheme)
