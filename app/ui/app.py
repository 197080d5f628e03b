"""Builds the GUI: QApplication, the store, the engine thread, the window; and
takes them down in order. Runs on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app import __version__
from app.engine import RuntimeHost
from app.library.starter import starter_model_path
from app.netguard import NetGuard
from app.paths import AppPaths, app_paths, bundled_models_dir
from app.store import ChatStore, StoreError
from app.ui.chat.chat_pane import ChatPane
from app.ui.chat.controller import ChatController
from app.ui.main_window import MainWindow
from app.ui.models import build_models_pane
from app.ui.settings_model import SettingsModel
from app.ui.style import apply_style
from app.ui.workers import EngineWorker, start_engine_thread, stop_engine_thread


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("placeholderPane")
    label.setAlignment(label.alignment().AlignCenter)
    return label


class App:
    """Everything the window needs, made once and handed in; closed in reverse order."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths.ensure()
        self.settings = SettingsModel(paths.config)
        self.guard = NetGuard(offline_only=self.settings.current.offline_only)
        self.store = ChatStore.open(paths.data)
        self.state = QSettings(str(paths.config / "window.ini"), QSettings.Format.IniFormat)
        self.worker = EngineWorker(RuntimeHost())
        self.thread = start_engine_thread(self.worker)
        folders = [bundled_models_dir(), paths.models, *map(Path, self.settings.current.models_folders)]
        self.controller = ChatController(self.store, self.worker, self.settings, folders)
        self.chat = ChatPane(self.controller, self.state)
        self.window = MainWindow([("Chat", self.chat),
                                  ("Models", build_models_pane(self)),
                                  ("Settings", _placeholder("Settings will appear here."))], self.state)
        if self.settings.notice:
            self.controller.notice.emit("info", self.settings.notice)
        self.controller.load_model(self.settings.current.default_model or str(starter_model_path()))

    def close(self) -> None:
        self.chat.save_state()
        stop_engine_thread(self.worker, self.thread)
        # Replies the worker queued before it stopped must not reach a closed store.
        QCoreApplication.removePostedEvents(self.controller)
        self.store.close()


def run(argv: list[str]) -> int:
    qt_app = QApplication(argv)
    qt_app.setApplicationName("Tramontane")
    qt_app.setApplicationVersion(__version__)
    apply_style(qt_app)
    try:
        app = App(app_paths())
    except StoreError as exc:
        QMessageBox.critical(None, "Tramontane", str(exc))
        return 1
    app.guard.install()   # here, not in App: audit hooks last for the whole process
    app.window.show()
    try:
        return qt_app.exec()
    finally:
        app.close()
