"""Indexer: a collection's files read, cut into passages and embedded. Runs on
a worker thread (a Tasks pool thread in the app, the caller's in scripts).

State lives in the store, not here, so indexing resumes after a cancel or a
restart where it stopped: a file is "embedding" once its passages are saved,
and only passages still without a vector are embedded next time. A file is
read again only when it changed: same size and modification time is the
same file; otherwise its SHA-256 decides (a copy touched by a backup tool
keeps its passages). A file that cannot be read gets its sentence and the
others go on.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.documents.errors import DocumentError, stored
from app.documents.passages import split
from app.documents.reading import limit_for, parse, read_bytes
from app.store.documents import EMBEDDING, FAILED, READY, DocumentStore, FileRecord

log = logging.getLogger(__name__)

EMBED_BATCH = 16            # passages per engine job: a reply waits at most one batch
WHOLE_MAX_CHARS = 120_000   # whole texts kept for "goes in whole" (a 32k-token context's worth)

Embed = Callable[[list[str]], object]     # texts -> float32 rows (numpy), L2-normalised


@dataclass(frozen=True)
class Progress:
    file: str              # the file being indexed
    files_done: int
    files_total: int
    passages_done: int     # of that file
    passages_total: int


@dataclass(frozen=True)
class Embedder:
    """The model vectors come from: its identity (stored with each file) and how it is asked."""
    id: str                 # "<file name>:<size>"; files embedded by another model are embedded again
    embed: Embed
    passage_prefix: str = ""
    query_prefix: str = ""


class Indexer:
    def __init__(self, docs: DocumentStore, embedder: Embedder | None,
                 cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[Progress], None] = lambda _p: None) -> None:
        self.docs = docs
        self.embedder = embedder
        self._cancelled = cancelled
        self._progress = progress

    def index(self, collection_ids: list[int]) -> list[FileRecord]:
        """Brings every file of these collections up to date; the records as they end."""
        files = self.docs.files(collection_ids)
        for done, record in enumerate(files):
            if self._cancelled():
                break
            try:
                self._index(record, done, len(files))
            except DocumentError as exc:
                log.info("document not indexed: %s", exc.code)
                self.docs.set_status(record.id, FAILED, stored(exc))
        return self.docs.files(collection_ids)

    def _index(self, record: FileRecord, done: int, total: int) -> None:
        path = Path(record.path)
        wanted = self.embedder.id if self.embedder else ""
        try:
            stat = os.stat(path)
        except OSError:
            if record.status == READY:
                return           # gone, or a share that is offline: what was read still serves
            raise DocumentError("missing", name=record.name) from None
        same_file = (stat.st_size, stat.st_mtime_ns) == (record.size, record.mtime_ns)
        if record.status == READY and same_file and record.embedder == wanted:
            return
        if record.status != EMBEDDING or not same_file:
            data = read_bytes(path, limit_for(path))
            digest = hashlib.sha256(data).hexdigest()
            if digest != record.sha256 or record.status == FAILED or not self.docs.passage_counts(record.id)[1]:
                document = parse(record.name, data)
                passages = split(document)
                text = document.text
                self.docs.replace_passages(record.id, passages, text if len(text) <= WHOLE_MAX_CHARS else None,
                                           len(text))
            elif record.embedder != wanted:
                self.docs.clear_vectors(record.id)
            self.docs.set_status(record.id, EMBEDDING, size=stat.st_size, mtime_ns=stat.st_mtime_ns, sha256=digest)
        if self._embed(record, done, total):
            self.docs.set_status(record.id, READY, embedder=wanted)

    def _embed(self, record: FileRecord, done: int, total: int) -> bool:
        """Vectors for the file's passages that lack one; False when cancelled midway."""
        embedded, count = self.docs.passage_counts(record.id)
        self._progress(Progress(record.name, done, total, embedded, count))
        if self.embedder is None:
            return True          # words only: the full-text index is already written
        while True:
            if self._cancelled():
                return False
            batch = self.docs.unembedded(record.id, EMBED_BATCH)
            if not batch:
                return True
            texts = [self.embedder.passage_prefix + (f"{section}\n{text}" if section else text)
                     for _id, section, text in batch]
            vectors = self.embedder.embed(texts)
            if vectors is None:
                return False     # the engine went away or the work was cancelled
            self.docs.set_vectors([(pid, row.tobytes()) for (pid, _s, _t), row in zip(batch, vectors, strict=True)])
            embedded += len(batch)
            self._progress(Progress(record.name, done, total, embedded, count))
