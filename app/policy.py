r"""The IT policy file: settings an administrator presets or locks. No Qt.

A JSON file named policy.json, next to the app or in the system-wide config
folder (platformdirs' site_config_dir: /etc/xdg/Tramontane on Linux,
/Library/Application Support/Tramontane on macOS, C:\ProgramData\Tramontane
on Windows). Both are read when both exist; the system-wide one wins where
they differ. Users cannot write either place, which is the point.

    {
      "message": "Set by ACME IT. Questions: helpdesk@acme.example",
      "lock":   {"offline_only": true, "downloads_disabled": true,
                 "models_folders": ["\\\\server\\models"], "data_folder": "D:\\Tramontane"},
      "preset": {"theme": "dark", "language": "fr", "temperature": 0.5}
    }

"lock" fixes a setting: the app uses the value and the settings pane shows a
lock with the message. "preset" only replaces the built-in default on first
start; the user may change it afterwards. "downloads_disabled" is not a
setting of its own: it locks "offline only" on.

A policy file that cannot be read fails closed for the network: downloads
stay off until it is fixed, and the settings pane says why.

Plain functions and a frozen record; any thread.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import platformdirs

from app.paths import APP_NAME, install_root
from app.settings import Settings

POLICY_FILE = "policy.json"
DOWNLOADS_DISABLED = "downloads_disabled"
_FIELDS = {f.name for f in dataclasses.fields(Settings)} - {"version"}


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Policy:
    locked: Mapping[str, Any] = field(default_factory=_empty)    # setting -> the value it must have
    presets: Mapping[str, Any] = field(default_factory=_empty)   # setting -> the default on first start
    message: str = ""                      # the administrator's own words, shown with each lock
    sources: tuple[str, ...] = ()          # the files read
    problems: tuple[str, ...] = ()         # what was ignored, and why (for diagnostics)

    @property
    def downloads_disabled(self) -> bool:
        return bool(self.locked.get(DOWNLOADS_DISABLED))

    @property
    def active(self) -> bool:
        return bool(self.sources)

    def is_locked(self, name: str) -> bool:
        return name in self.locked

    def enforce(self, settings: Settings) -> Settings:
        """The settings the app uses: the user's, with every lock applied."""
        changes = {name: value for name, value in self.locked.items() if name in _FIELDS}
        return settings.replace(**changes) if changes else settings

    def first_start(self) -> Settings:
        """The defaults of a user who has no settings file yet."""
        return Settings().replace(**{k: v for k, v in self.presets.items() if k in _FIELDS})


def policy_locations() -> list[Path]:
    """Where policy files are looked for, the weakest first."""
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent
    else:
        beside = install_root()
    system = Path(platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=False))
    return [beside / POLICY_FILE, system / POLICY_FILE]


def load_policy(locations: list[Path] | None = None) -> Policy:
    """The policy from every file that exists; an empty Policy when there is none."""
    locked: dict[str, Any] = {}
    presets: dict[str, Any] = {}
    messages: list[str] = []
    sources: list[str] = []
    problems: list[str] = []
    for path in policy_locations() if locations is None else locations:
        if not path.is_file():
            continue
        sources.append(str(path))
        try:
            raw = json.loads(path.read_text(encoding="utf-8-sig"))
            if not isinstance(raw, dict):
                raise ValueError("it is not a JSON object")
        except (OSError, ValueError) as exc:
            problems.append(f"{path}: could not be read ({exc}); downloads are off until it is fixed")
            locked["offline_only"] = True
            locked[DOWNLOADS_DISABLED] = True
            continue
        if isinstance(raw.get("message"), str) and raw["message"].strip():
            messages.append(raw["message"].strip())
        for section, target in (("lock", locked), ("preset", presets)):
            for name, value in (raw.get(section) or {}).items():
                checked = _check(name, value, allow_downloads=section == "lock")
                if isinstance(checked, str):
                    problems.append(f"{path}: {section} {name!r} ignored: {checked}")
                else:
                    target[name] = checked[0]
    if locked.get(DOWNLOADS_DISABLED):
        locked["offline_only"] = True
    return Policy(MappingProxyType(locked), MappingProxyType(presets), " ".join(dict.fromkeys(messages)),
                  tuple(sources), tuple(problems))


def _check(name: str, value: Any, allow_downloads: bool) -> tuple[Any] | str:
    """(value,) in the setting's own type, or why it was refused."""
    if name == DOWNLOADS_DISABLED and allow_downloads:
        return (value,) if isinstance(value, bool) else "expected true or false"
    if name not in _FIELDS:
        return "not a setting"
    default = getattr(Settings(), name)
    if isinstance(default, tuple):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return (tuple(value),)
        return "expected a list of folder names"
    if isinstance(default, float) and type(value) is int:
        value = float(value)
    if type(value) is not type(default):
        return f"expected a {type(default).__name__}"
    return (value,)
