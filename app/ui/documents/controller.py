"""DocumentsController: attachments of the conversation on screen, and indexing
in the background with progress and Cancel. GUI thread.

Indexing runs as a Task (app/ui/tasks.py) on a pool thread: one at a time,
with later requests queued behind it. Its embeddings go through the engine's
queue (EngineService.call on the local runtime), a batch of passages per
job, so a question asked meanwhile waits for one batch at most. Everything
indexing knows is in the store, so a cancel or a restart loses nothing:
resume() at start picks up where it stopped.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.documents.embedding import EmbeddingModel
from app.documents.errors import DocumentError
from app.documents.indexer import Embedder, Indexer, Progress
from app.documents.reading import kind_of
from app.engine.service import EngineService
from app.engine.types import FILE
from app.store import StoreError
from app.store.documents import DocumentStore, FileRecord
from app.ui.sentences import sentence
from app.ui.tasks import Tasks

log = logging.getLogger(__name__)
MAX_FOLDER_FILES = 1000


class DocumentsController(QObject):
    files_changed = Signal()                 # the shown conversation's attachments (or their states) changed
    progress = Signal(str, int, int)         # file name, passages embedded, of how many; ("", 0, 0): idle
    notice = Signal(str, str)                # "info" / "error", a sentence

    def __init__(self, docs: DocumentStore, engine: EngineService, tasks: Tasks,
                 model: EmbeddingModel | None, session, host=None) -> None:
        """session: the ChatSession (which conversation is shown); host: the RuntimeHost, for reply-time
        embedding on the engine thread."""
        super().__init__()
        self.docs, self.engine, self.tasks, self.model, self.session = docs, engine, tasks, model, session
        self._host = host
        self._task = None
        self._queue: list[int] = []
        try:
            docs.drop_unsaved()
        except StoreError:
            pass

    # -- embedders -------------------------------------------------------------------------

    def reply_embedder(self) -> Embedder | None:
        """For reply jobs, which run on the engine thread: the host is called directly there."""
        if self.model is None or self._host is None:
            return None
        path = self.model.path
        return Embedder(self.model.id, lambda texts: self._host.embed(texts, model=path),
                        self.model.passage_prefix, self.model.query_prefix)

    def _queued_embedder(self, task) -> Embedder | None:
        """For the indexer on its pool thread: each batch is a job in the engine's queue."""
        if self.model is None:
            return None
        path = self.model.path

        def embed(texts):
            done, box = threading.Event(), {}

            def on_done(result, error):
                box["result"], box["error"] = result, error
                done.set()
            ticket = self.engine.call(lambda host: host.embed(texts, model=path), on_done, kind=FILE)
            while not done.wait(0.1):
                if task.cancelled:
                    self.engine.cancel(ticket)
                    return None
            if box["error"] is not None:
                raise box["error"]
            return box["result"]
        return Embedder(self.model.id, embed, self.model.passage_prefix, self.model.query_prefix)

    # -- the conversation's attachments --------------------------------------------------------

    def collection(self, create: bool = False) -> int | None:
        conversation = self.session.conversation
        return self.docs.conversation_collection(conversation.id if conversation else None, create=create)

    def files(self) -> list[FileRecord]:
        try:
            collection = self.collection()
            return self.docs.files([collection]) if collection is not None else []
        except StoreError:
            return []

    def attach(self, paths: list[str]) -> None:
        """Files and folders (their readable files) to the conversation on screen; indexing starts."""
        try:
            collection = self.collection(create=True)
        except StoreError as exc:
            self.notice.emit("error", sentence(exc))
            return
        self._add(collection, paths)

    def _add(self, collection: int, paths: list[str]) -> None:
        """The files (folders walked on a pool thread: a share may be slow) into a collection, then index it."""
        def work(_task) -> list[str]:
            files, crowded = _expand(paths)
            known = {f.path for f in self.docs.files([collection])}
            for path in files:
                if str(path) not in known:
                    self.docs.add_file(collection, str(path), path.name)
            return crowded

        def done(crowded, error) -> None:
            if error is not None:
                self.notice.emit("error", sentence(error))
            for name in crowded or ():
                self.notice.emit("info", sentence(DocumentError("too_many_files", name=name, count=MAX_FOLDER_FILES)))
            self.files_changed.emit()
            self.index([collection])
        self.tasks.run(work, done)

    def remove(self, file_id: int) -> None:
        try:
            self.docs.remove_file(file_id)
        except StoreError as exc:
            self.notice.emit("error", sentence(exc))
        self.files_changed.emit()
        self.session.recount()

    def sources(self, message_id: int) -> list[dict]:
        try:
            return self.docs.sources(message_id)
        except StoreError:
            return []

    # -- indexing --------------------------------------------------------------------------------

    def index(self, collections: list[int]) -> None:
        self._queue += [c for c in collections if c not in self._queue]
        if self._task is None:
            self._next()

    def index_assistant(self, assistant) -> None:
        """An assistant's knowledge: its files and folders into its own collection, indexed."""
        if not assistant.documents:
            return
        try:
            collection = self.docs.owned_collection("assistant", assistant.id)
        except StoreError as exc:
            self.notice.emit("error", sentence(exc))
            return
        self._add(collection, list(assistant.documents))

    def resume(self) -> None:
        """At start: every collection with a file not yet indexed."""
        try:
            self.index(self.docs.unfinished_collections())
        except StoreError:
            pass

    def cancel(self) -> None:
        """Stop indexing; what is done is kept, the rest waits for the next resume() or attach."""
        self._queue.clear()
        if self._task is not None:
            self._task.cancel()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _next(self) -> None:
        if not self._queue:
            self.progress.emit("", 0, 0)
            return
        collection = self._queue.pop(0)

        def work(task):
            indexer = Indexer(self.docs, self._queued_embedder(task), cancelled=lambda: task.cancelled,
                              progress=task.progress)
            return indexer.index([collection])

        self._task = self.tasks.run(work, self._on_indexed, on_progress=self._on_progress)

    def _on_progress(self, p: Progress) -> None:
        self.progress.emit(p.file, p.passages_done, p.passages_total)
        if p.passages_done == 0:
            self.files_changed.emit()         # a file's state moved on

    def _on_indexed(self, records, error) -> None:
        self._task = None
        if error is not None:
            log.warning("indexing stopped: %s", type(error).__name__)
            self.notice.emit("error", sentence(error))
        self.files_changed.emit()
        self.session.recount()                # whole documents count in the context meter
        self._next()


def _expand(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files, with each folder's readable files in it (at most MAX_FOLDER_FILES); and the folders cut short."""
    out: list[Path] = []
    crowded: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            out.append(path)         # an unreadable kind gets its sentence from the indexer
            continue
        try:
            found = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p) and not p.name.startswith("."))
        except OSError:
            found = []
        if len(found) > MAX_FOLDER_FILES:
            crowded.append(path.name)
        out += found[:MAX_FOLDER_FILES]
    return out, crowded
