"""LibraryController: the Models pane's link to the model library. GUI thread.

It owns the ModelLibrary's download queue and runs every slow step off the
GUI thread through the UI's Tasks: the folder scan, hub search and file
lists, imports (with progress and cancel); downloads run on the queue's own
thread and report through job_changed. Device memory comes from the engine's
child process through the engine service, so this process never imports
llama_cpp.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.engine.service import EngineService
from app.engine.speeds import SPEEDS_FILE
from app.engine.types import FILE, ModelRef
from app.library.download_queue import DownloadQueue
from app.library.downloads import DONE, FAILED, Download, DownloadRequest
from app.library.errors import LibraryError
from app.library.fit import Hardware
from app.library.library import ModelLibrary
from app.library.local import LocalModel
from app.library.safety import UnsafeName
from app.ui.sentences import sentence
from app.ui.settings_model import SettingsModel
from app.ui.tasks import Task, Tasks


class LibraryController(QObject):
    models_changed = Signal(list, list)        # LocalModel list, Problem list
    hardware_changed = Signal(object)          # Hardware
    job_changed = Signal(object)               # Download (emitted from the queue's thread)
    search_done = Signal(list, object)         # HubRepo list, the error (None when it worked)
    files_done = Signal(object, object)        # RepoFiles or None, the error (None when it worked)
    import_progress = Signal(int, int)         # bytes done, bytes in all
    import_done = Signal(str, object)          # path, the LibraryError (None when it worked)
    notice = Signal(str, str)                  # "info" or "error", a sentence in the user's language
    token_needed = Signal(str)                 # the repository that asked for one
    offline_changed = Signal(bool)

    def __init__(self, library: ModelLibrary, settings: SettingsModel, tasks: Tasks, chat=None,
                 engine: EngineService | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.chat = chat                        # ChatController: "use in this conversation"
        self.models: list[LocalModel] = []
        self.hardware = Hardware.detect(speeds_file=library.paths.data / SPEEDS_FILE)
        self.queue = DownloadQueue(library.downloader, self.job_changed.emit)
        self._scanning = False
        self._rescan = False
        self.tasks = tasks
        self.engine = engine
        self._import: Task | None = None
        self._loading = ""                      # a model "use in this conversation" announced
        if chat is not None:
            chat.model_loaded.connect(self.on_chat_model_loaded)
            chat.load_failed.connect(self.on_chat_model_failed)
        self.job_changed.connect(self.on_job_changed)
        settings.changed.connect(self.on_settings_changed)

    def _background(self, fn, on_done) -> None:
        """fn() off the GUI thread; on_done(result, error) back on it."""
        self.tasks.run(lambda _task: fn(), on_done)

    # -- start and stop -------------------------------------------------------------

    def start(self) -> None:
        self.queue.restore()
        self.refresh()
        if self.engine is not None:
            # Device memory comes from the engine's child process (this one never imports
            # llama_cpp), queued behind model loads like every engine job.
            self.engine.call(lambda backend: backend.devices(), self.on_devices, kind=FILE)

    def shutdown(self) -> None:
        """Pause downloads (they resume next time) and stop a copy in progress."""
        if self._import is not None:
            self._import.cancel()
        self.queue.close()

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
            self.notice.emit("error", self.tr("The model folders could not be read."))
        if self._rescan:
            self._rescan = False
            self.refresh()

    def on_devices(self, devices: list | None, _error=None) -> None:
        self.hardware = Hardware.detect(devices or [], self.library.paths.data / SPEEDS_FILE)
        self.hardware_changed.emit(self.hardware)

    def use_as_default(self, model: LocalModel) -> None:
        self.settings.update(default_model=str(model.path))
        self.notice.emit("info", self.tr("{0} is now the model new conversations start with.").format(model.name))

    def use_in_conversation(self, model: LocalModel) -> None:
        if self.chat is not None:
            ref = ModelRef.file(model.path)
            already = self.chat.model_ref == ref and self.chat.info is not None
            self._loading = model.name
            self.notice.emit("info", self.tr("{0} is loading for this conversation.").format(model.name))
            self.chat.use_model(ref)
            if already:
                self.on_chat_model_loaded(self.chat.info)   # no load follows: it is the one in use

    def on_chat_model_loaded(self, _info) -> None:
        """The notice follows what it announced: ready, or not."""
        if self._loading:
            self.notice.emit("info", self.tr("{0} is ready in this conversation.").format(self._loading))
            self._loading = ""

    def on_chat_model_failed(self) -> None:
        if self._loading:
            self.notice.emit("error", self.tr("{0} could not be loaded; the chat pane says why.").format(
                self._loading))
            self._loading = ""

    def delete(self, model: LocalModel) -> None:
        try:
            self.library.importer.delete_model(model)
        except LibraryError as exc:
            self.notice.emit("error", sentence(exc))
        if self.settings.current.default_model == str(model.path):
            self.settings.update(default_model="")
        self.refresh()

    def import_file(self, path: Path, copy: bool) -> None:
        if self._import is not None:
            self.notice.emit("error", self.tr("Another model is being copied; wait until it is done."))
            return

        def work(task: Task) -> str:
            return str(self.library.importer.import_model(path, copy, task.progress, lambda: task.cancelled))

        def done(result, error) -> None:
            self._import = None
            if isinstance(error, LibraryError):
                self.import_done.emit("", error)
            elif error is not None:
                raise error
            else:
                self.import_done.emit(result, None)

        self._import = self.tasks.run(work, done, on_progress=self.import_progress.emit)

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()

    def check_file(self, path: Path) -> str:
        """"" if this file can be imported, else the sentence why not (reads only its header)."""
        try:
            self.library.importer.check(path)
        except LibraryError as exc:
            return sentence(exc)
        return ""

    # -- the hub -------------------------------------------------------------------

    def search(self, text: str) -> None:
        self._background(lambda: self.library.hub.search(text),
                         lambda result, error: self.search_done.emit(result or [], error))

    def list_files(self, repo_id: str) -> None:
        self._background(lambda: self.library.hub.repo_files(repo_id),
                         lambda result, error: self.files_done.emit(result, error))

    def download(self, request: DownloadRequest) -> Download | None:
        try:
            return self.queue.add(request)
        except UnsafeName as exc:
            self.notice.emit("error", sentence(exc))
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
