"""SettingsCoordinator: carries out what the Settings pane asks, with the objects
that can (the chat controller, the engine probe, the store, the network
gate), and keeps the pane's "in use now" and report up to date.

Moving the data folder and deleting everything end with a restart or a
close, which App does: this object only says so (restart_requested,
wipe_requested). GUI thread; the probe's answers arrive here queued.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.diagnostics import Row, device_rows, model_rows, system_rows
from app.engine import Device, ModelInfo
from app.engine.service import EngineService
from app.logs import log_path
from app.netguard import NetGuard
from app.paths import AppPaths
from app.store import ChatStore
from app.ui.chat.controller import ChatController
from app.ui.plaintext import inform, warn
from app.ui.sentences import sentence
from app.ui.settings.data_move import DataMove
from app.ui.settings.probe import EngineProbe
from app.ui.settings.settings_pane import SettingsPane
from app.ui.settings_model import SettingsModel

log = logging.getLogger(__name__)


class ReportSource:
    """The diagnostic rows as they are now; devices arrive from the probe."""

    def __init__(self, paths: AppPaths, settings: SettingsModel, engine: EngineService) -> None:
        self.paths, self.settings, self.engine = paths, settings, engine
        self.devices: list[Device] = []
        self.backends: list = []        # hardware.BackendStatus

    def rows(self) -> list[Row]:
        return (system_rows(self.paths, log_path(self.paths.logs), self.settings.policy)
                + (device_rows(self.devices, self.backends) if self.devices else [])
                + model_rows(self.engine.info, self.settings.current))


def say_restart(parent: QWidget, text: str) -> None:
    """Says that Tramontane restarts now; there is no "Later" (see on_moved)."""
    box = QMessageBox(QMessageBox.Icon.Information, "Tramontane", text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("SettingsCoordinator", "Restart now"),
                                       QMessageBox.ButtonRole.AcceptRole))
    box.exec()


class SettingsCoordinator(QObject):
    restart_requested = Signal()
    wipe_requested = Signal()

    def __init__(self, pane: SettingsPane, report: ReportSource, settings: SettingsModel,
                 controller: ChatController, engine: EngineService, store: ChatStore, guard: NetGuard) -> None:
        super().__init__()
        self.pane, self.report, self.settings = pane, report, settings
        self.controller, self.store, self.guard = controller, store, guard
        self._move: DataMove | None = None
        self._progress: QProgressDialog | None = None
        self.probe = EngineProbe(engine, lambda: controller.info)
        self.probe.devices_found.connect(self.on_devices_found)
        self.probe.backends_found.connect(self.on_backends_found)
        self.probe.speed_measured.connect(pane.diagnostics.on_speed_measured)
        self.probe.speed_failed.connect(pane.diagnostics.on_speed_failed)
        controller.model_loaded.connect(self.on_model_loaded)
        controller.load_failed.connect(self.on_load_failed)
        pane.hardware.reload_requested.connect(self.on_reload_requested)
        pane.privacy.delete_conversations_requested.connect(self.on_delete_conversations)
        pane.privacy.backups = store.backups
        pane.privacy.delete_everything_requested.connect(self.wipe_requested)
        pane.storage.move_requested.connect(self.on_move_requested)
        pane.diagnostics.speed_test_requested.connect(self.probe.request_speed)
        pane.diagnostics.refresh_requested.connect(self.probe.request_devices)
        pane.hardware.show_model(controller.info)
        self.probe.request_devices()

    # -- engine --------------------------------------------------------------------------

    def on_backends_found(self, backends: list) -> None:
        self.report.backends = backends

    def on_devices_found(self, devices: list) -> None:
        self.report.devices = devices
        self.pane.hardware.show_devices(devices)
        self.pane.diagnostics.show_report()

    def on_model_loaded(self, info: ModelInfo) -> None:
        self.pane.hardware.show_model(info)
        self.pane.diagnostics.show_report()

    def on_load_failed(self) -> None:
        self.pane.hardware.show_model(None)
        self.pane.diagnostics.show_report()

    def on_reload_requested(self) -> None:
        self.controller.reload_model()

    # -- deleting ------------------------------------------------------------------------

    def on_delete_conversations(self, with_backups: bool = False) -> None:
        # All at once, the search index emptied in one step (one by one would take minutes
        # for a long history); the chat shows an empty list.
        count = self.controller.delete_all_conversations()
        if count is None:
            inform(self.pane, "Tramontane", self.tr("A reply is being written. Stop it or let it finish, "
                                                    "then delete the conversations."))
            return
        kept = self.store.delete_backups() if with_backups else []
        self.store.forget_deleted()
        log.info("all %d conversations deleted%s", count, " with the copies from before updates" * with_backups)
        if kept:
            warn(self.pane, "Tramontane", self.tr("These copies could not be deleted; delete them yourself:")
                 + "\n" + "\n".join(str(p) for p in kept))      # paths: letters only (plaintext.py)

    # -- moving the data folder ----------------------------------------------------------

    def on_move_requested(self, chosen: str) -> None:
        if self.controller.busy:
            inform(self.pane, "Tramontane", self.tr("A reply is being written. Let it finish, then move the "
                                                    "data folder."))
            return
        self.store.flush()           # every streamed word on disk before the copy starts
        self._move = DataMove(self.store.data_dir, Path(chosen))
        self._progress = QProgressDialog(self.tr("Copying your data to the new folder… Tramontane restarts "
                                                 "when it is done."),
                                         self.tr("Cancel"), 0, 1000, self.pane)
        self._progress.setWindowTitle(self.tr("Move the data folder"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.canceled.connect(self._move.cancel)
        self._move.progress.connect(self.on_move_progress)
        self._move.moved.connect(self.on_moved)
        self._move.failed.connect(self.on_move_failed)
        self._progress.show()
        self._move.start()

    def on_move_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setValue(int(1000 * done / total) if total else 0)

    def on_moved(self, target: str) -> None:
        self._close_progress()
        old = str(self.store.data_dir)
        self.settings.update(data_folder=target)      # the switch: one atomic write of settings.json
        log.info("data folder moved; restarting to use it")
        text = self.tr("Your data was copied to %1 and checked. Tramontane restarts now to use it. "
                       "The old folder, %2, was kept: delete it yourself once you are sure all is well."
                       ).replace("%1", target).replace("%2", old)
        # No "Later": from here on the next start reads the copy, so whatever this session
        # wrote to the old folder (a reply, a download) would be lost on the next start.
        say_restart(self.pane, text)
        self.restart_requested.emit()

    def on_move_failed(self, reason: str, error) -> None:
        self._close_progress()
        log.warning("data folder move failed: %s", reason)
        if reason != "cancelled":
            warn(self.pane, self.tr("Move the data folder"), sentence(error))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
