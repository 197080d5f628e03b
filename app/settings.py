"""Settings: one frozen, typed, versioned dataclass, saved atomically as JSON.

A settings file that is corrupt or from an unknown version is set aside
(renamed with a .bad suffix) and the defaults are used; load() says so in its
notice so the UI can tell the user.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

VERSION = 1
FILENAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    version: int = VERSION
    default_model: str = ""              # path of a GGUF file; "" = the starter model
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 1024
    context_length: int = 0              # 0 = automatic
    gpu_layers: int = -1                 # -1 = automatic, 0 = CPU only
    threads: int = 0                     # 0 = automatic
    offline_only: bool = False           # no downloads, no hub search (the second and third network steps)
    network: str = "all"                 # "all", "servers" (company servers only), "none"; see network_step
    theme: str = "system"                # system, light, dark
    language: str = ""                   # "" = follow the system; else "en", "fr", "de", "es"
    text_scale: int = 100                # percent of the system's text size
    density: str = "comfortable"         # comfortable, compact (space between messages)
    models_folders: tuple[str, ...] = field(default_factory=tuple)
    data_folder: str = ""                # "" = the default folder (paths.py); else where it was moved
    local_api: bool = False              # the OpenAI-compatible API for other programs (app/server)
    local_api_port: int = 8080
    local_api_lan: bool = False          # listen beyond this computer (loopback only when off)

    def replace(self, **changes) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def network_step(self) -> str:
        """Offline mode's three steps: "all", "servers" (company servers only) or "none".
        offline_only (from before the steps, and what downloads read) means at least "servers"."""
        if self.network not in ("all", "servers"):
            return "none"                 # "none", or a value this build does not know: the safest
        return "servers" if self.offline_only or self.network == "servers" else "all"

    def with_network_step(self, step: str) -> Settings:
        return self.replace(network=step, offline_only=step != "all")


def _from_dict(raw: dict) -> Settings:
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise ValueError("unknown settings version")
    defaults = dataclasses.asdict(Settings())
    values = {}
    for name, value in raw.items():
        if name not in defaults:
            continue  # a setting from a newer build or a removed one; ignore it
        default = getattr(Settings(), name)
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(str(v) for v in value)
        elif isinstance(default, float) and type(value) is int:
            value = float(value)
        if type(value) is not type(default):
            raise ValueError(f"setting {name} has the wrong type")
        values[name] = value
    return Settings(**values)


def load(config_dir: Path) -> tuple[Settings, str]:
    """Returns the settings and a notice for the user ("" when all is well)."""
    path = Path(config_dir) / FILENAME
    if not path.exists():
        return Settings(), ""
    try:
        return _from_dict(json.loads(path.read_text(encoding="utf-8"))), ""
    except (OSError, ValueError, TypeError) as exc:
        kept = path.with_name(FILENAME + ".bad")
        try:
            path.replace(kept)
        except OSError:
            kept = path
        return Settings(), (f"Your settings could not be read ({exc}); the defaults are used. "
                            f"The old file was kept as {kept}.")


def peek(config_dir: Path) -> Settings:
    """The settings as saved, or the defaults; unlike load(), touches nothing (for doctor)."""
    try:
        return _from_dict(json.loads((Path(config_dir) / FILENAME).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return Settings()


def save(settings: Settings, config_dir: Path) -> None:
    """Write to a temporary file in the same folder, then rename over the old one."""
    config_dir = Path(config_dir)
    config_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(dir=config_dir, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, config_dir / FILENAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
