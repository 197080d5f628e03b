"""SettingsModel: the app's settings as one Qt object that says when they change.

It holds the frozen Settings, saves every change atomically and emits
`changed`; panes read `current` and listen. GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app import settings as settings_file
from app.settings import Settings


class SettingsModel(QObject):
    changed = Signal(object)   # the new Settings

    def __init__(self, config_dir: Path) -> None:
        super().__init__()
        self.config_dir = config_dir
        self.current, self.notice = settings_file.load(config_dir)

    def update(self, **changes) -> Settings:
        """Change some settings, save at once, tell everyone."""
        new = self.current.replace(**changes)
        if new != self.current:
            settings_file.save(new, self.config_dir)
            self.current = new
            self.changed.emit(new)
        return new
