"""ServersUI: the company servers and the local API, as the GUI sees them. GUI thread.

It holds the ServerDirectory (below Qt), lists each server's models off the
GUI thread (only where offline mode lets company servers be reached), keeps
the network gate's "company servers" step in line with Settings, asks the
user before a server's first use and before a conversation moves between
this computer and a server (server_prompts.py), and runs the local API
while Settings has it on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.engine.servers import Server, ServerDirectory
from app.engine.service import EngineService
from app.engine.types import FILE, SERVER, ModelRef
from app.netguard import NetGuard
from app.server import keys as api_keys
from app.settings import Settings
from app.ui.sentences import sentence
from app.ui.servers import server_prompts
from app.ui.settings_model import SettingsModel
from app.ui.tasks import Tasks

log = logging.getLogger(__name__)


class ServersUI(QObject):
    models_changed = Signal()              # a server's list of models arrived, or the servers changed
    api_changed = Signal()                 # the local API started, stopped or failed (api_problem)

    def __init__(self, directory: ServerDirectory, settings: SettingsModel, guard: NetGuard, tasks: Tasks,
                 engine: EngineService) -> None:
        super().__init__()
        self.directory, self.settings, self.guard, self.tasks = directory, settings, guard, tasks
        self.problems: dict[str, str] = {}       # server id -> why its models could not be listed
        self._engine = engine
        self._api = None                         # the LocalAPI while it runs
        self._api_key: str | None = None         # made this session where no keychain keeps it
        self.api_problem = ""
        guard.servers_allowed = settings.current.network_step != "none"
        settings.changed.connect(self.on_settings_changed)
        self.refresh()
        self._apply_api(settings.current)

    # -- servers and their models --------------------------------------------------------------

    def servers(self) -> list[Server]:
        return self.directory.servers()

    def groups(self) -> list[tuple[Server, tuple[str, ...]]]:
        """Each server with the model ids to offer, for the model picker."""
        return [(s, self.directory.models(s)) for s in self.directory.servers()]

    def name_of(self, ref: ModelRef | None) -> str:
        """The server's name for a server model's ref ("" for a file, the id when unknown)."""
        if ref is None or ref.kind != SERVER:
            return ""
        server = self.directory.get(ref.locator.partition("/")[0])
        return server.name if server else ref.locator.partition("/")[0]

    def exists(self, ref: ModelRef) -> bool:
        """A server model can be used here: its server is set up and the user agreed to it."""
        server = self.directory.get(ref.locator.partition("/")[0])
        return server is not None and self.directory.consented(server)

    def refresh(self) -> None:
        """Lists again the models of every server that has no fixed list."""
        if not self.guard.servers_allowed:
            return
        for server in self.directory.servers():
            if server.models is None:
                self.tasks.run(lambda _task, s=server: self._list(s),
                               lambda models, error, s=server: self._on_listed(s, models, error))

    def _list(self, server: Server) -> list[str]:
        backend = self.directory.backend_for(server, self.guard)
        try:
            return backend.models()
        finally:
            backend.close()

    def _on_listed(self, server: Server, models, error) -> None:
        if error is None:
            self.directory.set_listed(server.id, models)
            self.problems.pop(server.id, None)
        else:
            self.problems[server.id] = sentence(error)
            log.info("models of server %s not listed: %s", server.id, getattr(error, "code", type(error).__name__))
        self.models_changed.emit()

    # -- asking before anything is sent -----------------------------------------------------------

    def may_use(self, ref: ModelRef, bound: ModelRef | None, messages: int, parent: QWidget) -> bool:
        """Before the conversation on screen (bound to `bound`, with `messages` messages) runs on
        ref: the server's first use asks once; a move between places says its history will be
        sent. False: the user said no, nothing changes."""
        server = self.directory.get(ref.locator.partition("/")[0]) if ref.kind == SERVER else None
        if ref.kind == SERVER:
            if server is None:
                return False
            if not self.directory.consented(server):
                if not server_prompts.ask_first_use(parent, server):
                    return False
                self.directory.consent(server)
        if messages and bound is not None and _place(bound) != _place(ref):
            return server_prompts.confirm_move(parent, self.name_of(bound), server.name if server else "",
                                               messages)
        return True

    # -- settings ----------------------------------------------------------------------------------

    def on_settings_changed(self, s: Settings) -> None:
        allowed = s.network_step != "none"
        if allowed != self.guard.servers_allowed:
            self.guard.servers_allowed = allowed        # turning them off stops a running reply
            if allowed:
                self.refresh()
        self._apply_api(s)

    # -- the local API --------------------------------------------------------------------------

    @property
    def api_address(self) -> str:
        return self._api.address if self._api is not None else ""

    def api_key(self) -> tuple[str, bool]:
        """The local API's key and whether it is new (then shown once); made on first use."""
        key = api_keys.stored_key() or self._api_key
        if key:
            return key, False
        key, kept = api_keys.make_key()
        self._api_key = None if kept else key
        return key, True

    def replace_api_key(self) -> str:
        api_keys.forget_key()
        self._api_key = None
        key, _new = self.api_key()
        self._restart_api()
        return key

    def _apply_api(self, s: Settings) -> None:
        wanted = (("0.0.0.0" if s.local_api_lan else "127.0.0.1"), s.local_api_port) if s.local_api else None
        running = (self._api.host, self._api.port) if self._api is not None else None
        if wanted == running and not (wanted and self.api_problem):
            return
        self._stop_api()
        self.api_problem = ""
        if wanted is not None:
            key, _new = self.api_key()
            from app.server.api import LocalAPI  # noqa: PLC0415  (the HTTP server: only when switched on)
            from app.server.jobs import ApiJobs  # noqa: PLC0415
            api = LocalAPI(ApiJobs(self._engine), key, *wanted)
            try:
                api.start()
                self._api = api
            except OSError as exc:
                self.api_problem = QCoreApplication.translate(
                    "ServersUI", "The local API could not start on port %1 (%2). Choose another port.").replace(
                    "%1", str(wanted[1])).replace("%2", exc.strerror or type(exc).__name__)
        self.api_changed.emit()

    def _restart_api(self) -> None:
        self._stop_api()
        self._apply_api(self.settings.current)

    def _stop_api(self) -> None:
        if self._api is not None:
            self._api.stop()
            self._api = None

    def close(self) -> None:
        self._stop_api()


def _place(ref: ModelRef) -> str:
    """Where a model runs: this computer, or one server (its id)."""
    return "computer" if ref.kind == FILE else "server:" + ref.locator.partition("/")[0]
