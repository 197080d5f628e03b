"""LibraryController: the Models pane's link to the model library. GUI thread.

It owns the ModelLibrary's download queue and runs every slow step off the
GUI thread: the folder scan, hub search and file lists (_background),
imports (their own thread, with progress), downloads (the queue's thread).
short jobs on their own threads. Results come back as signals, which Qt delivers on the GUI thread. GPU
memory comes from the engine's child process, asked on the engine thread
through DeviceProbe, so this process never imports llama_cpp.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.library.download_queue import DownloadQueue
from app.library.downloads import DONE, FAILED, Download, DownloadRequest
from app.library.errors import LibraryError
from app.library.fit import Hardware
from app.library.library import ModelLibrary
from app.library.local import LocalModel
from app.library.safety import UnsafeName
from app.ui.settings_model import SettingsModel


class DeviceProbe(QObject):
    """Asks the engine's host for its devices; lives on the engine thread, so its
    calls queue behind model loads instead of racing them on the host's pipe."""

    asked = Signal()
    found = Signal(list)

    def __init__(self, host) -> None:
        super().__init__()
        self.host = host
        self.asked.connect(self.on_asked)

    @Slot()
    def on_asked(self) -> None:
        try:
            self.found.emit(list(self.host.devices()))
        except Exception:  # no devices known: advice then counts main memory only
            self.found.emit([])


class LibraryController(QObject):
    models_changed = Signal(list, list)        # LocalModel list, Problem list
    hardware_changed = Signal(object)          # Hardware
    job_changed = Signal(object)               # Download (emitted from the queue's thread)
    search_done = Signal(list, str)            # HubRepo list, error sentence
    files_done = Signal(object, str)           # RepoFiles or None, error sentence
    import_progress = Signal(int, int)         # bytes done, bytes in all
    import_done = Signal(str, str)             # path, error sentence ("" when it worked)
    notice = Signal(str, str)                  # "info" or "error", a sentence
    token_needed = Signal(str)                 # the repository that asked for one
    offline_changed = Signal(bool)
    _job_done = Signal(int, object, object)     # ticket, result, exception (from a worker thread)

    def __init__(self, library: ModelLibrary, settings: SettingsModel, chat=None, worker=None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.chat = chat                        # ChatController: "use in this conversation"
        self.models: list[LocalModel] = []
        self.hardware = Hardware.detect()
        self.queue = DownloadQueue(library.downloader, self.job_changed.emit)
        self._scanning = False
        self._rescan = False
        self._import_stop = threading.Event()
        self._import_thread: threading.Thread | None = None
        self.job_changed.connect(self.on_job_changed)
        self._tickets: dict[int, object] = {}
        self._next_ticket = 0
        self._job_done.connect(self.on_job_done)
        settings.changed.connect(self.on_settings_changed)
        self._probe = None
        if worker is not None:
            self._probe = DeviceProbe(worker.host)
            self._probe.moveToThread(worker.thread())
            self._probe.found.connect(self.on_devices)

    def _background(self, fn, on_done) -> None:
        """Run fn on a short-lived thread; on_done(result, error) runs on the GUI thread.

        The signal belongs to this controller (GUI thread, long-lived), so the
        queued result can never outlive its sender, whichever thread emits it.
        """
        self._next_ticket += 1
        ticket = self._next_ticket
        self._tickets[ticket] = on_done

        def work() -> None:
            try:
                result, error = fn(), None
            except Exception as exc:  # handed to on_done, which words it
                result, error = None, exc
            self._job_done.emit(ticket, result, error)

        threading.Thread(target=work, name="library-job", daemon=True).start()

    def on_job_done(self, ticket: int, result, error) -> None:
        on_done = self._tickets.pop(ticket, None)
        if on_done is not None:
            on_done(result, error)

    # -- start and stop -------------------------------------------------------------

    def start(self) -> None:
        self.queue.restore()
        self.refresh()
        if self._probe is not None:
            self._probe.asked.emit()

    def shutdown(self) -> None:
        """Pause downloads (they resume next time) and stop a copy in progress."""
        self._import_stop.set()
        self.queue.close()
        if self._import_thread is not None:
            self._import_thread.join(5)

    @property
    def offline_only(self) -> bool:
        return self.settings.current.offline_only

    # -- models on this computer ----------------------------------------------------

    def refresh(self) -> None:
        if self._scanning:
            self._rescan = True
            return
        self._scanning = True
        self._background(self.library.scanner.scan, self.on_scanned)

    def on_scanned(self, result, error) -> None:
        self._scanning = False
        if error is None:
            self.models = result.models
            self.models_changed.emit(result.models, result.problems)
        else:
            self.notice.emit("error", "The model folders could not be read.")
        if self._rescan:
            self._rescan = False
            self.refresh()

    def on_devices(self, devices: list) -> None:
        self.hardware = Hardware.detect(devices)
        self.hardware_changed.emit(self.hardware)

    def use_as_default(self, model: LocalModel) -> None:
        self.settings.update(default_model=str(model.path))
        self.notice.emit("info", f"{model.name} is now the model new conversations start with.")

    def use_in_conversation(self, model: LocalModel) -> None:
        if self.chat is not None:
            self.chat.use_model(str(model.path))
            self.notice.emit("info", f"{model.name} is loading for this conversation.")

    def delete(self, model: LocalModel) -> None:
        try:
            self.library.importer.delete_model(model)
        except LibraryError as exc:
            self.notice.emit("error", str(exc))
        if self.settings.current.default_model == str(model.path):
            self.settings.update(default_model="")
        self.refresh()

    def import_file(self, path: Path, copy: bool) -> None:
        if self._import_thread is not None and self._import_thread.is_alive():
            self.notice.emit("error", "Another model is being copied; wait until it is done.")
            return
        self._import_stop.clear()

        def work() -> None:
            try:
                done = self.library.importer.import_model(path, copy, self.import_progress.emit,
                                                          self._import_stop.is_set)
            except LibraryError as exc:
                self.import_done.emit("", str(exc))
                return
            self.import_done.emit(str(done), "")

        self._import_thread = threading.Thread(target=work, name="model-import", daemon=True)
        self._import_thread.start()

    def cancel_import(self) -> None:
        self._import_stop.set()

    def check_file(self, path: Path) -> str:
        """"" if this file can be imported, else the sentence why not (reads only its header)."""
        try:
            self.library.importer.check(path)
        except LibraryError as exc:
            return str(exc)
        return ""

    # -- the hub -------------------------------------------------------------------

    def search(self, text: str) -> None:
        self._background(lambda: self.library.hub.search(text),
                         lambda result, error: self.search_done.emit(result or [], str(error or "")))

    def list_files(self, repo_id: str) -> None:
        self._background(lambda: self.library.hub.repo_files(repo_id),
                         lambda result, error: self.files_done.emit(result, str(error or "")))

    def download(self, request: DownloadRequest) -> Download | None:
        try:
            return self.queue.add(request)
        except UnsafeName as exc:
            self.notice.emit("error", str(exc))
            return None

    def save_token(self, token: str) -> bool:
        return self.library.tokens.set(token)

    def on_job_changed(self, job: Download) -> None:
        if job.state == DONE:
            self.refresh()
        elif job.state == FAILED and job.needs_token:
            self.token_needed.emit(job.request.repo_id)

    def on_settings_changed(self, settings) -> None:
        self.library.access.guard.offline_only = settings.offline_only
        self.offline_changed.emit(settings.offline_only)
        folders = [Path(f) for f in settings.models_folders]
        if folders != self.library.scanner.shared_dirs:
            self.library.set_shared_folders(folders)
            self.refresh()
