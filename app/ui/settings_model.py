"""SettingsModel: the app's settings as one Qt object that says when they change.

It holds the frozen Settings, saves every change atomically and emits
`changed`; panes read `current` and listen. The IT policy's locks are
applied on top: `current` always has the locked values, changes to a
locked setting are ignored, and the file keeps the user's own choices (so
they come back if the policy goes). GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app import settings as settings_file
from app.policy import Policy
from app.settings import Settings

log = logging.getLogger(__name__)


class SettingsModel(QObject):
    changed = Signal(object)   # the new Settings

    def __init__(self, config_dir: Path, policy: Policy | None = None) -> None:
        super().__init__()
        self.config_dir = config_dir
        self.policy = policy or Policy()
        first_start = not (Path(config_dir) / settings_file.FILENAME).exists()
        self.first_start = first_start           # no settings file yet: this is the first start
        own, self.notice = settings_file.load(config_dir)   # notice: English, for the log
        self._own = self.policy.first_start() if first_start else own
        self.current = self.policy.enforce(self._own)
        if self.notice:
            log.warning("settings file unreadable; defaults used")

    def update(self, **changes) -> Settings:
        """Change some settings, save at once, tell everyone. Locked ones stay as they are."""
        allowed = {k: v for k, v in changes.items() if not self.policy.is_locked(k)}
        own = self._own.replace(**allowed)
        if own != self._own:
            names = [k for k in sorted(allowed) if getattr(own, k) != getattr(self._own, k)]
            settings_file.save(own, self.config_dir)
            self._own = own
            log.info("settings changed: %s", ", ".join(names))   # names only, never values
        new = self.policy.enforce(own)
        if new != self.current:
            self.current = new
            self.changed.emit(new)
        return self.current

    def recommended(self) -> Settings:
        """What "Reset to recommended" goes back to: the defaults, or the policy's presets."""
        return self.policy.first_start()

    def is_locked(self, name: str) -> bool:
        return self.policy.is_locked(name)
