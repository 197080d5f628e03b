"""Every directory the app uses, in one place.

platformdirs gives the per-OS folders. TRAMONTANE_HOME, when set, puts all of
them under one folder: tests, portable installs and help-desk checks use it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Tramontane"


@dataclass(frozen=True)
class AppPaths:
    data: Path      # conversations database, key file fallback
    config: Path    # settings.json
    cache: Path     # download partials, throwaway files
    logs: Path
    models: Path    # models the user downloaded or imported

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.cache, self.logs, self.models):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(home: str | os.PathLike | None = None) -> AppPaths:
    """The folders for this user; nothing is created until ensure()."""
    home = home or os.environ.get("TRAMONTANE_HOME")
    if home:
        root = Path(home)
        return AppPaths(root / "data", root / "config", root / "cache", root / "logs",
                        root / "data" / "models")
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(data, Path(dirs.user_config_dir), Path(dirs.user_cache_dir),
                    Path(dirs.user_log_dir), data / "models")


def install_root() -> Path:
    """The folder the app runs from: the bundle when frozen, else the checkout."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def bundled_models_dir() -> Path:
    """Models shipped with the app (the starter model); read-only."""
    return install_root() / "models"


def resources_dir() -> Path:
    return install_root() / "resources"
