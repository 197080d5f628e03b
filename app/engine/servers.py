"""Company servers: which there are, their keys, and the engine's "server" backend.

ServerDirectory joins the organisation's servers (the IT policy; fixed, the
user cannot change them) and the user's own (servers.json in the config
folder, only where the policy lets users add servers). Keys live in the
system keychain, never in a file; a key in the policy is one IT shares with
everyone. It also remembers which servers the user agreed to send
conversations to (asked once per server and address, by the UI).

ServerBackend is what the engine service drives for ModelRef kind "server":
a locator "<server id>/<model id>" picks the server and the model, and a
RemoteBackend does the talking. Nothing falls back to this computer or to
another server: a failure is a RemoteError with a sentence.

Threads: the directory is read from any thread (the engine's too) and
changed on one (the GUI's); a lock guards its lists. The backend follows
the Backend protocol (one driving thread, cancel from any).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from app.engine.remote_errors import RemoteError
from app.engine.types import ChatStats, GenParams, LoadOptions, ModelInfo, NoModelLoaded
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.keychain import set_secret
from app.policy import Policy, normalize_address

if TYPE_CHECKING:
    from app.engine.remote import RemoteBackend

log = logging.getLogger(__name__)

FILENAME = "servers.json"
KEYCHAIN_SERVICE = "Tramontane"
LOCAL_API_ACCOUNT = "local-api-key"      # the local API's own key (app/server/keys.py)
MAX_USER_SERVERS = 50


class ServerConfigError(AppError):
    templates = {
        "not_allowed": QT_TRANSLATE_NOOP("Errors", "Your organisation does not allow adding servers."),
        "bad_address": QT_TRANSLATE_NOOP("Errors", "“{address}” is not a server address. It starts with "
                                                   "https:// (or http://), for example https://llm.example.org/v1."),
        "no_name": QT_TRANSLATE_NOOP("Errors", "Give the server a name."),
        "too_many": QT_TRANSLATE_NOOP("Errors", "There are already {count} servers; remove one first."),
        "managed": QT_TRANSLATE_NOOP("Errors", "This server was set up by your organisation and cannot be "
                                               "changed here."),
        "no_keychain": QT_TRANSLATE_NOOP("Errors", "This computer has no keychain to keep the key safely, so "
                                                   "it was not saved."),
        "not_saved": QT_TRANSLATE_NOOP("Errors", "The list of servers could not be saved ({reason})."),
    }


@dataclass(frozen=True)
class Server:
    id: str                              # conversations refer to it: "server:<id>/<model>"
    name: str
    address: str                         # the API's base, ".../v1"
    models: tuple[str, ...] | None       # None: what the server's /models lists
    managed: bool = False                # the organisation's: fixed here
    shared_key: str = field(default="", repr=False)

    @property
    def encrypted(self) -> bool:
        return self.address.startswith("https://")


class ServerDirectory:
    def __init__(self, config_dir: Path, policy: Policy) -> None:
        self._path = Path(config_dir) / FILENAME
        self._policy = policy
        self._lock = threading.Lock()
        self._own, self._consented, self._keyed = self._read()
        self._listed: dict[str, tuple[str, ...]] = {}     # server id -> what its /models said

    @property
    def may_add(self) -> bool:
        return self._policy.users_may_add_servers

    def servers(self) -> list[Server]:
        """The organisation's first, then the user's own (only where the policy allows them)."""
        managed = [Server(p.id, p.name, p.address, p.models, True, p.api_key) for p in self._policy.servers]
        with self._lock:
            own = list(self._own) if self.may_add else []
        ids = {s.id for s in managed}
        return managed + [s for s in own if s.id not in ids]

    def get(self, server_id: str) -> Server | None:
        return next((s for s in self.servers() if s.id == server_id), None)

    # -- models -----------------------------------------------------------------------------

    def models(self, server: Server) -> tuple[str, ...]:
        """The ids to offer: the fixed list, or what the server listed last time."""
        if server.models is not None:
            return server.models
        with self._lock:
            return self._listed.get(server.id, ())

    def set_listed(self, server_id: str, models: list[str]) -> None:
        with self._lock:
            self._listed[server_id] = tuple(models)

    def backend_for(self, server: Server, guard=None) -> RemoteBackend:
        # httpx2 and truststore load here, on first use: most windows never talk to a server.
        from app.engine.remote import RemoteBackend  # noqa: PLC0415
        return RemoteBackend(server.address, self.key(server.id) or None, name=server.name, server_id=server.id,
                             guard=guard)

    # -- the user's own servers ------------------------------------------------------------------

    def add(self, name: str, address: str, key: str = "", models: tuple[str, ...] | None = None) -> Server:
        """A server of the user's own; raises ServerConfigError."""
        if not self.may_add:
            raise ServerConfigError("not_allowed")
        name = " ".join(name.split())[:200]
        if not name:
            raise ServerConfigError("no_name")
        base = normalize_address(address)
        if base is None:
            raise ServerConfigError("bad_address", address=address.strip()[:200])
        with self._lock:
            if len(self._own) >= MAX_USER_SERVERS:
                raise ServerConfigError("too_many", count=len(self._own))
            server = Server(f"own-{secrets.token_hex(6)}", name, base, models)
            own = [*self._own, server]
        if key.strip():
            self.set_key(server.id, key)
        self._save(own, self._consented)
        return server

    def remove(self, server_id: str) -> None:
        with self._lock:
            if not any(s.id == server_id for s in self._own):
                raise ServerConfigError("managed")
            own = [s for s in self._own if s.id != server_id]
            consented = {k: v for k, v in self._consented.items() if k != server_id}
        self._save(own, consented)
        self.set_key(server_id, "")

    # -- keys ---------------------------------------------------------------------------------------

    def key(self, server_id: str) -> str:
        """The user's own key for this server, else the one the policy shares; "" when none."""
        try:
            own = keyring.get_password(KEYCHAIN_SERVICE, _key_name(server_id))
        except KeyringError:
            own = None
        if own:
            return own
        server = next((p for p in self._policy.servers if p.id == server_id), None)
        return server.api_key if server else ""

    def has_own_key(self, server_id: str) -> bool:
        try:
            return bool(keyring.get_password(KEYCHAIN_SERVICE, _key_name(server_id)))
        except KeyringError:
            return False

    def set_key(self, server_id: str, key: str) -> None:
        """Saves (or, when empty, removes) the user's key; ServerConfigError without a keychain."""
        try:
            if key.strip():
                set_secret(KEYCHAIN_SERVICE, _key_name(server_id), key.strip())   # stays on this computer
            else:
                keyring.delete_password(KEYCHAIN_SERVICE, _key_name(server_id))
        except PasswordDeleteError:
            pass
        except KeyringError:
            if key.strip():
                raise ServerConfigError("no_keychain") from None
        with self._lock:
            keyed = (self._keyed | {server_id}) if key.strip() else (self._keyed - {server_id})
            own, consented = list(self._own), dict(self._consented)
        self._save(own, consented, keyed)   # the names only, so deleting all app data finds them

    # -- the user's consent -------------------------------------------------------------------------

    def consented(self, server: Server) -> bool:
        """Whether the user agreed to send conversations to this server at this address."""
        with self._lock:
            return self._consented.get(server.id) == server.address

    def consent(self, server: Server) -> None:
        with self._lock:
            consented = {**self._consented, server.id: server.address}
            own = list(self._own)
        self._save(own, consented)

    # -- the file -----------------------------------------------------------------------------------

    def _read(self) -> tuple[list[Server], dict[str, str], set[str]]:
        raw = _read_file(self._path)
        own = []
        for entry in raw.get("servers", []):
            try:
                models = entry.get("models")
                base = normalize_address(entry["address"])
                if base is None or not str(entry["id"]).startswith("own-"):
                    continue
                own.append(Server(str(entry["id"]), str(entry["name"])[:200], base,
                                  tuple(str(m) for m in models) if isinstance(models, list) else None))
            except (KeyError, TypeError, AttributeError):
                continue
        consented = raw.get("consented", {})
        if not isinstance(consented, dict):
            consented = {}
        return own, {str(k): str(v) for k, v in consented.items()}, _keyed(raw)

    def _save(self, own: list[Server], consented: dict[str, str], keyed: set[str] | None = None) -> None:
        keyed = self._keyed if keyed is None else keyed
        data = {"version": 1, "consented": consented, "keys": sorted(keyed),
                "servers": [{"id": s.id, "name": s.name, "address": s.address,
                             "models": list(s.models) if s.models is not None else None} for s in own]}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".servers-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self._path)
        except OSError as exc:
            raise ServerConfigError("not_saved", reason=exc.strerror or type(exc).__name__) from None
        with self._lock:
            self._own, self._consented, self._keyed = own, consented, set(keyed)


def _read_file(path: Path) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("servers.json unreadable (%s); no servers of the user's own", type(exc).__name__)
        return {}
    return raw if isinstance(raw, dict) else {}


def _keyed(raw: dict) -> set[str]:
    keys = raw.get("keys", [])
    return {str(k) for k in keys} if isinstance(keys, list) else set()


def forget_keys(config_dir: Path) -> list[str]:
    """Deleting all app data: every key saved for a server, and the local API's; what failed."""
    failed = []
    for account in [*(_key_name(i) for i in sorted(_keyed(_read_file(Path(config_dir) / FILENAME)))),
                    LOCAL_API_ACCOUNT]:
        try:
            keyring.delete_password(KEYCHAIN_SERVICE, account)
        except (PasswordDeleteError, NoKeyringError):
            pass                        # not there, or no keychain at all: nothing to delete
        except Exception as exc:        # keychain backends raise all sorts
            failed.append(f"keychain entry {account}: {type(exc).__name__}")
    return failed


def _key_name(server_id: str) -> str:
    return f"server-key-{server_id}"


class ServerBackend:
    """The engine service's backend for ModelRef kind "server"; one RemoteBackend at a time."""

    def __init__(self, directory: ServerDirectory, guard=None) -> None:
        self._directory = directory
        self._guard = guard
        self._remote: RemoteBackend | None = None
        self._remote_for: tuple[str, str, str] | None = None     # (id, address, key) it was made with
        self.info: ModelInfo | None = None
        if guard is not None:
            guard.when_servers_off(self.cancel)                  # a running reply stops at once

    @property
    def last_stats(self) -> ChatStats:
        return self._remote.last_stats if self._remote is not None else ChatStats()

    def load(self, locator: str, options: LoadOptions = LoadOptions(), on_progress=None) -> ModelInfo:
        server_id, _, model = locator.partition("/")
        server = self._directory.get(server_id)
        self.info = None
        if server is None or not model:
            raise RemoteError("server_missing", server=server_id)
        if not self._directory.consented(server):
            raise RemoteError("not_agreed", server=server.name)
        wanted = (server.id, server.address, self._directory.key(server.id))
        if self._remote is None or self._remote_for != wanted:
            if self._remote is not None:
                self._remote.close()
            self._remote = self._directory.backend_for(server, self._guard)
            self._remote_for = wanted
        self.info = self._remote.load(model, options, on_progress)
        return self.info

    def chat(self, messages: list[dict], params: GenParams = GenParams(), on_progress=None):
        if self._remote is None or self.info is None:
            raise NoModelLoaded("no_model")
        return self._remote.chat(messages, params, on_progress)

    def cancel(self) -> None:
        remote = self._remote
        if remote is not None:
            remote.cancel()

    def close(self) -> None:
        if self._remote is not None:
            self._remote.close()
        self._remote = self._remote_for = self.info = None
