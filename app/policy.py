r"""The IT policy file: settings an administrator presets or locks. No Qt.

A JSON file named policy.json, read from every place an administrator may
put it (policy_locations()): beside the app, and the system-wide config
folders (platformdirs' site config dirs: every entry of XDG_CONFIG_DIRS and
/etc/xdg on Linux, /Library/Application Support on macOS, ProgramData on
Windows). All that exist are read; a later place wins where they differ.

    {
      "message": "Set by ACME IT. Questions: helpdesk@acme.example",
      "lock":   {"offline_only": true, "downloads_disabled": true,
                 "models_folders": ["\\\\server\\models"], "data_folder": "D:\\Tramontane"},
      "preset": {"theme": "dark", "language": "fr", "temperature": 0.5}
    }

"servers" lists the organisation's company servers (OpenAI-compatible:
vLLM, llama-server, a LiteLLM gateway; docs/company-server.md):

    "servers": {"list": [{"name": "ACME GPU", "address": "https://llm.acme.example/v1",
                          "models": ["meta-llama/Llama-3.1-8B-Instruct"]}],
                "users_may_add": false}

"models" is a list of model ids, or "auto" (or left out) for what the
server's /v1/models lists; "id" (optional) keeps conversations tied to a
server that IT renames; "api_key" (optional) is a key every user shares,
readable by anyone who can read this file. "users_may_add" says whether
users may add servers of their own: true when the file has no "servers"
section, false when it has one that does not say.

Two more locks are not settings (issue 14): "assistants_folder" names a
folder of the organisation's assistants (read-only for users, shown as
provided by the organisation), and "users_may_edit_assistants": false stops
users from creating, editing, duplicating and importing their own. A value
of the latter that is not understood counts as false: it fails closed.

"lock" fixes a setting: the app uses the value and the settings pane shows a
lock with the message. "preset" only replaces the built-in default on first
start; the user may change it afterwards. "downloads_disabled" is not a
setting of its own: it locks "offline only" on.

Why it is strict:
- It fails closed. A file, a section or a value that is not fully understood
  ("true" in quotes, a misspelt section, a lock that is a list, a nested
  bomb) turns downloads off and is named in `problems`; it never stops the
  app, since a typo by IT must not lock everyone out of their conversations.
- Only an administrator's file may lock. A file this user could change (a
  per-user install folder, a folder they own, XDG_CONFIG_DIRS pointed at
  their home) locks and presets nothing: otherwise anyone who can write there,
  malware included, could pin the data folder to a share of their choosing
  under the words "set by your organisation". Such a file is named in
  `ignored`; it turns nothing off, since its author could delete it anyway.

Plain functions and a frozen record; any thread.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import platformdirs

from app.paths import APP_NAME, install_root
from app.settings import Settings

POLICY_FILE = "policy.json"
DOWNLOADS_DISABLED = "downloads_disabled"
ASSISTANTS_FOLDER = "assistants_folder"
USERS_MAY_EDIT_ASSISTANTS = "users_may_edit_assistants"
MAX_FILE_BYTES = 1 << 20           # a real policy is a few hundred bytes
MAX_TEXT = 2000                    # characters in any one string of the policy
_FIELDS = {f.name for f in dataclasses.fields(Settings)} - {"version"}
_SECTIONS = {"message", "lock", "preset", "servers"}

# What each setting may hold, beyond its type. A value outside is a problem, not a lock.
_CHOICES = {"theme": {"system", "light", "dark"}, "density": {"comfortable", "compact"},
            "language": {"", "en", "fr", "de", "es"}, "network": {"all", "servers", "none"}}
_RANGES = {"temperature": (0.0, 2.0), "top_p": (0.0, 1.0), "max_tokens": (1, 1 << 20),
           "context_length": (0, 1 << 22), "gpu_layers": (-1, 100_000), "threads": (0, 4096),
           "text_scale": (50, 400), "local_api_port": (1024, 65535)}
_FOLDERS = {"data_folder", "models_folders"}


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class PolicyServer:
    """A company server the organisation set up."""
    id: str                          # what conversations refer to ("server:<id>/<model>")
    name: str
    address: str                     # the API's base address, ".../v1"
    models: tuple[str, ...] | None   # None: what the server's /v1/models lists
    api_key: str = field(default="", repr=False)


@dataclass(frozen=True)
class Policy:
    locked: Mapping[str, Any] = field(default_factory=_empty)    # setting -> the value it must have
    presets: Mapping[str, Any] = field(default_factory=_empty)   # setting -> the default on first start
    message: str = ""                      # the administrator's own words, shown with each lock
    sources: tuple[str, ...] = ()          # the files used
    problems: tuple[str, ...] = ()         # what was not understood (downloads are then off)
    ignored: tuple[str, ...] = ()          # files this user could change, so not used
    servers: tuple[PolicyServer, ...] = ()
    users_may_add_servers: bool = True

    @property
    def downloads_disabled(self) -> bool:
        return bool(self.locked.get(DOWNLOADS_DISABLED))

    @property
    def assistants_folder(self) -> str:
        """The organisation's assistants ("" = none)."""
        return self.locked.get(ASSISTANTS_FOLDER, "")

    @property
    def users_may_edit_assistants(self) -> bool:
        return self.locked.get(USERS_MAY_EDIT_ASSISTANTS, True) is True

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
    """Where policy files are looked for, the weakest first (a later one wins)."""
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent
    else:
        beside = install_root()
    system = platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=True).split(os.pathsep)
    if sys.platform.startswith("linux"):
        # XDG_CONFIG_DIRS comes from the user's own environment: /etc/xdg is read even when it
        # leaves it out, so unsetting the variable cannot escape the policy.
        system.append(f"/etc/xdg/{APP_NAME}")
    # XDG lists the most important folder first.
    folders = [beside, *(Path(p) for p in reversed(system) if p)]
    unique = list(dict.fromkeys(folders))
    return [folder / POLICY_FILE for folder in unique]


def user_can_change(path: Path) -> bool:
    """Whether this user could edit, replace or remove the file at path."""
    if os.name == "posix":
        if os.geteuid() == 0:
            return False                    # root is the administrator
        return _posix_writable(path)
    return _windows_writable(path)


def _posix_writable(path: Path) -> bool:
    def writable(p: Path) -> bool:
        return os.access(p, os.W_OK, effective_ids=os.access in os.supports_effective_ids)

    if writable(path):
        return True
    for folder in path.parents:             # renaming any folder above swaps the file
        try:
            info = folder.stat()
        except OSError:
            continue
        sticky_other = info.st_mode & stat.S_ISVTX and info.st_uid != os.geteuid()
        if writable(folder) and (folder == path.parent or not sticky_other):
            return True
    return False


def _windows_writable(path: Path) -> bool:
    # os.access does not read Windows' access rules, so ask the file system itself.
    try:
        with open(path, "ab"):
            return True                     # opened for writing: nothing is written
    except OSError:
        pass
    probe = path.parent / f".tramontane-policy-check-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def load_policy(locations: list[Path] | None = None,
                changeable: Callable[[Path], bool] = user_can_change) -> Policy:
    """The policy from every file that exists; an empty Policy when there is none. Never raises."""
    locked: dict[str, Any] = {}
    presets: dict[str, Any] = {}
    messages: list[str] = []
    sources: list[str] = []
    problems: list[str] = []
    ignored: list[str] = []
    servers: dict[str, PolicyServer] = {}
    may_add: list[bool] = []
    for path in policy_locations() if locations is None else locations:
        try:
            if not path.is_file():
                continue
            if changeable(path):
                ignored.append(str(path))
                continue
        except OSError:
            continue
        sources.append(str(path))
        try:
            raw = _read(path)
        except (OSError, ValueError, RecursionError, MemoryError) as exc:
            problems.append(f"{path}: could not be read ({_short(exc)})")
            continue
        for section in sorted(set(raw) - _SECTIONS):
            problems.append(f"{path}: unknown section {_short(section)!r}")
        message = raw.get("message", "")
        if isinstance(message, str) and len(message) <= MAX_TEXT:
            if message.strip():
                messages.append(message.strip())
        else:
            problems.append(f"{path}: \"message\" is not a short text")
        for section, target in (("lock", locked), ("preset", presets)):
            entries = raw.get(section, {})
            if not isinstance(entries, dict):
                problems.append(f"{path}: \"{section}\" is not an object of settings")
                continue
            for name, value in entries.items():
                checked = _check(name, value, allow_downloads=section == "lock")
                if isinstance(checked, str):
                    problems.append(f"{path}: {section} {_short(name)!r} not used: {checked}")
                    if name == USERS_MAY_EDIT_ASSISTANTS and section == "lock":
                        locked[name] = False       # not understood: the stricter choice
                else:
                    target[name] = checked[0]
        if "servers" in raw:
            _read_servers(raw["servers"], path, servers, may_add, problems)
    if problems:
        # Not fully understood: whatever IT meant, going online is the one thing that cannot be undone.
        locked[DOWNLOADS_DISABLED] = True
    if locked.get(DOWNLOADS_DISABLED) or locked.get("network") in ("servers", "none"):
        locked["offline_only"] = True      # company servers only, or nothing: no downloads either way
    return Policy(MappingProxyType(locked), MappingProxyType(presets), " ".join(dict.fromkeys(messages)),
                  tuple(sources), tuple(problems), tuple(ignored), tuple(servers.values()),
                  all(may_add) if may_add else True)


def _read(path: Path) -> dict:
    with open(path, "rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError("it is larger than 1 MB")
    raw = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
    if not isinstance(raw, dict):
        raise ValueError("it is not a JSON object")
    return raw


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _check(name: Any, value: Any, allow_downloads: bool) -> tuple[Any] | str:
    """(value,) in the setting's own type, or why it was refused."""
    if name in (DOWNLOADS_DISABLED, USERS_MAY_EDIT_ASSISTANTS) and allow_downloads:
        return (value,) if isinstance(value, bool) else "expected true or false (without quotes)"
    if name == ASSISTANTS_FOLDER and allow_downloads:
        if isinstance(value, str) and 0 < len(value) <= MAX_TEXT and Path(value).is_absolute():
            return (value,)
        return "expected a full folder path"
    if name not in _FIELDS:
        return "not a setting"
    default = getattr(Settings(), name)
    if isinstance(default, tuple):
        if (isinstance(value, list) and len(value) <= 100
                and all(isinstance(v, str) and 0 < len(v) <= MAX_TEXT and Path(v).is_absolute() for v in value)):
            return (tuple(value),)
        return "expected a list of full folder paths"
    if isinstance(default, float) and type(value) is int:
        value = float(value)
    if type(value) is not type(default):
        kind = {"bool": "true or false (without quotes)", "int": "a whole number", "float": "a number",
                "str": "a text"}[type(default).__name__]
        return f"expected {kind}"
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return "the text is too long"
    if name in _CHOICES and value not in _CHOICES[name]:
        return "expected one of " + ", ".join(repr(c) for c in sorted(_CHOICES[name]))
    if name in _RANGES:
        low, high = _RANGES[name]
        if not (isinstance(value, int) or math.isfinite(value)) or not low <= value <= high:
            return f"expected a value from {low} to {high}"
    if name in _FOLDERS and value and not Path(value).is_absolute():
        return "expected a full folder path"
    return (value,)


# -- company servers ------------------------------------------------------------------------

_SERVER_KEYS = {"id", "name", "address", "models", "api_key"}
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def _read_servers(section: Any, path: Path, servers: dict[str, PolicyServer], may_add: list[bool],
                  problems: list[str]) -> None:
    """The "servers" section into servers (by id; a later file wins) and may_add; problems named."""
    if not isinstance(section, dict):
        problems.append(f"{path}: \"servers\" is not an object")
        may_add.append(False)
        return
    for key in sorted(set(section) - {"list", "users_may_add"}):
        problems.append(f"{path}: servers: unknown entry {_short(key)!r}")
    allowed = section.get("users_may_add", False)
    if not isinstance(allowed, bool):
        problems.append(f"{path}: servers: \"users_may_add\" expected true or false (without quotes)")
        allowed = False
    may_add.append(allowed)
    entries = section.get("list", [])
    if not isinstance(entries, list) or len(entries) > 100:
        problems.append(f"{path}: servers: \"list\" is not a list of servers")
        return
    for n, entry in enumerate(entries, 1):
        checked = _server(entry)
        if isinstance(checked, str):
            problems.append(f"{path}: server {n} not used: {checked}")
        else:
            servers[checked.id] = checked


def _server(entry: Any) -> PolicyServer | str:
    if not isinstance(entry, dict):
        return "expected an object with a name and an address"
    unknown = sorted(set(entry) - _SERVER_KEYS)
    if unknown:
        return f"unknown entry {_short(unknown[0])!r}"
    name, address = entry.get("name"), entry.get("address")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        return "\"name\" expected a short text"
    base = normalize_address(address) if isinstance(address, str) and len(address) <= MAX_TEXT else None
    if base is None:
        return "\"address\" expected an http:// or https:// address"
    ident = entry.get("id", slug(name))
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        return "\"id\" expected letters, digits, dots, dashes or underscores"
    models = entry.get("models", "auto")
    if models == "auto":
        models = None
    elif (isinstance(models, list) and 0 < len(models) <= 200
          and all(isinstance(m, str) and 0 < len(m) <= 200 and m.strip() == m for m in models)):
        models = tuple(models)
    else:
        return "\"models\" expected \"auto\" or a list of model ids"
    key = entry.get("api_key", "")
    if not isinstance(key, str) or len(key) > MAX_TEXT:
        return "\"api_key\" expected a text"
    return PolicyServer(ident, " ".join(name.split()), base, models, key)


def slug(name: str) -> str:
    """A server id from its name: "ACME GPU (Paris)" -> "acme-gpu-paris"."""
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]
    return text or "server"


def normalize_address(address: str) -> str | None:
    """The API's base address: "https://host:8000" -> "https://host:8000/v1"; None when unusable."""
    try:
        parts = urlsplit(address.strip())
        parts.port                          # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return None
    if parts.query or parts.fragment:
        return None
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
