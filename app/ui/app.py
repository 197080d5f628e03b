"""Builds the GUI: QApplication, the store, the engine thread, the window; and
takes them down in order. Runs on the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.datafolder import delete_app_data, effective_paths
from app.engine import EngineStorage, RuntimeHost
from app.engine.servers import ServerBackend, ServerDirectory
from app.engine.service import EngineService
from app.engine.speeds import SPEEDS_FILE
from app.engine.types import FILE, SERVER, ModelRef
from app.library.starter import best_model, starter_model_path
from app.library.tokens import TokenStore
from app.logs import log_start, log_uncaught, setup_logging, stop_logging
from app.netguard import NetGuard
from app.paths import AppPaths, app_paths, bundled_models_dir
from app.policy import Policy, load_policy
from app.settings import Settings
from app.store import StoreError
from app.ui.appearance import Appearance
from app.ui.assistants.wiring import build_chat_extras
from app.ui.chat.chat_pane import ChatPane
from app.ui.chat.controller import ChatController
from app.ui.help import HelpMenu
from app.ui.i18n import Translations
from app.ui.icons import Icons
from app.ui.keychain_prompt import Declined, open_store
from app.ui.main_window import MainWindow
from app.ui.models import build_models_pane, unavailable_pane
from app.ui.plaintext import critical
from app.ui.sentences import sentence
from app.ui.servers.controller import ServersUI
from app.ui.settings_model import SettingsModel
from app.ui.shortcuts import install_actions
from app.ui.tasks import Tasks

if TYPE_CHECKING:
    from app.ui.settings.coordinator import SettingsCoordinator
    from app.ui.settings.settings_pane import SettingsPane

log = logging.getLogger(__name__)
RAIL_ICONS = ("chat", "models", "settings")


class App:
    """Everything the window needs, made once and handed in; closed in reverse order."""

    def __init__(self, paths: AppPaths, policy: Policy | None = None) -> None:
        """policy: the IT policy; None reads the policy files (policy.py)."""
        self.policy = load_policy() if policy is None else policy
        self.settings = SettingsModel(paths.config, self.policy)
        if self.policy.active:
            log.info("IT policy from %s locks: %s", ", ".join(self.policy.sources),
                     ", ".join(sorted(self.policy.locked)) or "nothing")
        self.paths = effective_paths(paths, self.settings.current.data_folder).ensure()
        self.guard = NetGuard(offline_only=self.settings.current.offline_only)
        qt_app = QApplication.instance()
        self.translations = Translations(qt_app, self.settings)
        self.appearance = Appearance(qt_app, self.settings)
        self.icons = Icons()
        self.store = open_store(self.paths.data)     # asks the user if the keychain refuses
        self.state = QSettings(str(paths.config / "window.ini"), QSettings.Format.IniFormat)
        self.tasks = Tasks()
        # The child keeps recent conversations' KV states (encrypted) and measured speeds.
        self.host = RuntimeHost(EngineStorage(kv_folder=str(self.paths.cache / "kv"),
                                              kv_key=self.store.derived_key("kv-cache"),
                                              speeds_file=str(self.paths.data / SPEEDS_FILE)))
        self.directory = ServerDirectory(paths.config, self.policy)
        self.engine = EngineService({FILE: self.host, SERVER: ServerBackend(self.directory, self.guard)},
                                    deliver=self.tasks.deliver)
        self.servers = ServersUI(self.directory, self.settings, self.guard, self.tasks, self.engine)
        self.controller = ChatController(self.store, self.engine, self.settings,
                                         self.model_folders(self.settings.current), self.servers.exists)
        self.chat = ChatPane(self.controller, self.state, self.servers)
        self.extras = build_chat_extras(self)      # assistants and documents (app/ui/assistants/wiring.py)
        # The Models pane needs huggingface_hub, half a second to import: that happens on
        # a pool thread while the window is already up, and the pane takes its place after.
        # The Settings pane is built when first shown: a fifth of start-up went into it.
        self.models_pane = None
        self._coordinator = None
        self.window = MainWindow([("Chat", self.chat),
                                  ("Models", QWidget()),
                                  ("Settings", self._build_settings)], self.state)
        self.settings.changed.connect(self._on_settings_changed)
        self.restart_on_close = False
        self.wipe_on_close = False
        self._closed = False
        self._wire_window()
        if self.settings.notice:
            self.controller.notice.emit("info", QCoreApplication.translate(
                "App", "Your settings could not be read, so the defaults are used. The old file was kept "
                       "beside the new one as settings.json.bad."))
        if self.policy.problems:
            self.controller.notice.emit("error", QCoreApplication.translate(
                "App", "Your organisation's policy file could not be fully understood, so downloads are off: "
                       "%1").replace("%1", self.policy.problems[0]))
        if self.settings.current.default_model:
            self.controller.load_model(ModelRef.file(self.settings.current.default_model))
        else:   # reading every model's header takes a while: off the GUI thread
            folders = [bundled_models_dir(), self.paths.models]
            self.tasks.run(lambda _task: best_model(folders), self._on_best_model)
        self.tasks.run(lambda _task: importlib.import_module("app.library.library"), self._on_library_imported)

    def _on_best_model(self, chosen, error) -> None:
        """The model to start with: the best that fits, said once, at the first start."""
        if self._closed:
            return
        path, notice = chosen if error is None else (starter_model_path(), None)
        self.controller.load_model(ModelRef.file(path))
        if self.settings.first_start and notice is not None:
            self.controller.notice.emit("info", sentence(notice))

    def _on_library_imported(self, _module, error) -> None:
        if self._closed:
            return
        if error is None:
            try:
                self.models_pane = build_models_pane(self)
            except Exception as exc:   # the pane says why rather than stay blank
                error = exc
        if error is not None:
            log.error("the model library could not be loaded: %s", type(error).__name__)
            self.models_pane = unavailable_pane(error)
        self.window.replace_pane(1, self.models_pane)

    @property
    def settings_pane(self) -> SettingsPane:
        return self.window.pane(2)          # built on first use

    @property
    def coordinator(self) -> SettingsCoordinator:
        self.window.pane(2)
        return self._coordinator

    def _build_settings(self) -> SettingsPane:
        # Imported here too: its pages' modules are a tenth of start-up.
        from app.ui.settings.coordinator import ReportSource, SettingsCoordinator  # noqa: PLC0415
        from app.ui.settings.settings_pane import SettingsPane  # noqa: PLC0415
        report = ReportSource(self.paths, self.settings, self.engine)
        pane = SettingsPane(self.settings, self.paths, self.store.key_storage, TokenStore(),
                            self.controller.available_models, report.rows, self.icons, self.appearance, self.servers)
        self._coordinator = SettingsCoordinator(pane, report, self.settings, self.controller, self.engine,
                                                self.store, self.guard)
        self._coordinator.restart_requested.connect(lambda: self._close_for(restart=True))
        self._coordinator.wipe_requested.connect(lambda: self._close_for(wipe=True))
        return pane

    def _on_settings_changed(self, s: Settings) -> None:
        self.guard.offline_only = s.offline_only
        self.controller.model_folders = self.model_folders(s)

    def model_folders(self, s: Settings) -> list[Path]:
        return [bundled_models_dir(), self.paths.models, *map(Path, s.models_folders)]

    def _wire_window(self) -> None:
        w, chat = self.window, self.chat
        w.setWindowIcon(self.icons.app_icon())
        self.actions = install_actions(w, {
            "new_chat": lambda: (w.show_pane(0), chat.new_conversation()),
            "find": lambda: (w.show_pane(0), chat.focus_search()),
            "stop": self.controller.stop,
            "regenerate": chat.regenerate_last,
            "copy_reply": chat.copy_last_reply,
            "show_chat": lambda: w.show_pane(0),
            "show_models": lambda: w.show_pane(1),
            "settings": lambda: w.show_pane(2),
            "shortcuts": lambda: self.help.show_shortcuts(),
            "quit": w.close,
        })
        # Esc stops a reply; otherwise it is left to whatever has the focus (a popup, an editor).
        self.actions["stop"].setEnabled(False)
        self.controller.busy_changed.connect(self.actions["stop"].setEnabled)
        self.help = HelpMenu(w.help_menu, w, self.show_diagnostics)
        self.translations.language_changed.connect(lambda _code: self.help.retranslate())
        self.appearance.applied.connect(self._on_theme_applied)
        self.appearance.density_changed.connect(chat.view.set_compact)
        chat.view.set_compact(self.appearance.compact)
        self._on_theme_applied(self.appearance.colors)

    def _on_theme_applied(self, colors) -> None:
        self.window.set_icons([self.icons.icon(name, colors) for name in RAIL_ICONS],
                              self.icons.icon("help", colors))
        self.chat.composer.attach_button.setIcon(self.icons.icon("attach", colors))
        self.extras.attachments.set_icon(self.icons.icon("document", colors))

    def show_diagnostics(self) -> None:
        self.window.show_pane(2)
        self.settings_pane.show_section(self.settings_pane.diagnostics)

    def _close_for(self, restart: bool = False, wipe: bool = False) -> None:
        self.restart_on_close = restart
        self.wipe_on_close = wipe
        self.window.close()         # the last window: Qt's event loop ends, run() calls close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.window.hide()          # already closed by the user, except in tests
        self.chat.save_state()
        self.controller.session.close()
        self.extras.close()         # indexing stops; what it did is in the store
        self.servers.close()        # the local API first: its requests wait on the engine
        self.engine.close()
        # Nothing the engine or a task hands back after this may reach the closed store.
        self.tasks.close()
        self.store.close()
        self.state.sync()
        self.appearance.close()
        self.translations.close()
        if self.wipe_on_close:
            stop_logging()          # the log file is app data too, and Windows keeps open files
            failed = delete_app_data(self.paths)
            if failed:
                print("Tramontane could not delete:\n  " + "\n  ".join(failed), file=sys.stderr)


def _qt_message(mode: QtMsgType, _context, message: str) -> None:
    """Qt's own warnings go to the log (they name objects and files, never conversation text)."""
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _restart() -> None:
    """Start a new Tramontane once this one has let go of its folders."""
    args = [] if getattr(sys, "frozen", False) else ["-m", "app"]
    QProcess.startDetached(sys.executable, args)


def run(argv: list[str]) -> int:
    qt_app = QApplication(argv)
    qt_app.setApplicationName("Tramontane")
    qt_app.setApplicationVersion(__version__)
    paths = app_paths()
    setup_logging(paths.logs)
    sys.excepthook = log_uncaught
    qInstallMessageHandler(_qt_message)
    log_start(__version__)
    try:
        app = App(paths)
    except Declined:
        log.error("the store could not be opened; the user quit")
        return 1
    except StoreError as exc:
        log.error("the store could not be opened")
        critical(None, "Tramontane", sentence(exc))      # the sentence may name a folder: letters only
        return 1
    qt_app.setWindowIcon(app.icons.app_icon())
    app.guard.install()   # here, not in App: audit hooks last for the whole process
    app.window.show()
    try:
        return qt_app.exec()
    finally:
        app.close()
        if app.restart_on_close:
            _restart()
