"""Downloads from the hub: progress, pause and resume, SHA-256 check, then listed.

A download writes into the models folder's hidden ".partial" folder: one
".part" file per file of the model and a JSON marker with what is being
fetched (repository, commit, ETag, size, checksum). Nothing there is ever
listed as a model. Resuming (after Pause, a dropped network or a closed
app) asks the hub for the same commit again and continues with an HTTP
Range request from the bytes already on disk; huggingface_hub's http_get
does the transfer and retries a broken connection by itself. When all bytes
are in, each file's SHA-256 is compared with the catalog's and the hub's
(X-Linked-Etag), the header is read by the engine's GGUF reader, and only
then is the file renamed into the models folder.

Downloader.run() blocks; DownloadQueue (download_queue.py) calls it on its thread.
The job's state is read by other threads, written only by the running one.
"""

from __future__ import annotations

import errno
import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx2
from huggingface_hub import errors as hf_errors
from huggingface_hub.file_download import http_get
from huggingface_hub.utils import build_hf_headers

from app.engine.gguf import GGUFError, read_gguf
from app.errors import Size
from app.library.errors import Cancelled, DownloadError, LibraryError, TokenRequired, os_reason
from app.library.hub import HubClient, RevisionGone, hub_sentence
from app.library.imports import PARTIAL_DIR, SPARE_BYTES, free_space, unique_path
from app.library.index import LibraryIndex
from app.library.safety import UnsafeName, check_filename, check_repo_id

QUEUED, STARTING, DOWNLOADING, PAUSED, VERIFYING, DONE, FAILED, CANCELLED = (
    "queued", "starting", "downloading", "paused", "verifying", "done", "failed", "cancelled")
ACTIVE = (STARTING, DOWNLOADING, VERIFYING)
HASH_CHUNK = 4 * 2**20
REPORT_EVERY = 0.2            # seconds between progress reports


@dataclass(frozen=True)
class DownloadRequest:
    repo_id: str
    paths: tuple[str, ...]                    # repository paths; the parts of a split model in order
    revision: str = "main"
    sha256: tuple[str | None, ...] = ()       # known checksums (the catalog's), per part
    title: str = ""
    licence: str = ""
    approx_size: int | None = None            # shown before the hub has told the exact size

    def key(self) -> str:
        text = "\n".join((self.repo_id, *self.paths))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def check(self) -> None:
        """Refuse hostile names before anything touches the disk or the network."""
        check_repo_id(self.repo_id)
        if not self.paths:
            raise UnsafeName("no_file_named")
        for path in self.paths:
            check_filename(path)


@dataclass
class Download:
    """One model being fetched; what the UI shows of it."""
    request: DownloadRequest
    state: str = QUEUED
    done_bytes: int = 0
    total_bytes: int = 0
    speed: float = 0.0                        # bytes a second, smoothed
    eta: float | None = None                  # seconds left
    error: LibraryError | None = None         # why, when FAILED (str(): the English sentence)
    needs_token: bool = False
    result: Path | None = None                # the model's path when DONE
    _stop: str = field(default="", repr=False)        # "", "pause" or "cancel"

    @property
    def title(self) -> str:
        return self.request.title or check_filename(self.request.paths[0])

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0

    def ask_stop(self, how: str) -> None:
        self._stop = how


@dataclass
class _Marker:
    """What a partial download is, saved beside its .part files."""
    request: dict
    commit: str = ""
    etags: list[str] = field(default_factory=list)
    sizes: list[int | None] = field(default_factory=list)
    sha256: list[str | None] = field(default_factory=list)


class _Progress:
    """Stands in for tqdm inside http_get: counts bytes and stops on request."""

    def __init__(self, owner: Downloader, job: Download, base: int, **_tqdm_args) -> None:
        self.owner, self.job, self.base = owner, job, base

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def update(self, n: int) -> None:
        self.owner._advance(self.job, n)


class Downloader:
    """Fetches one Download at a time on the calling thread."""

    def __init__(self, client: HubClient, models_dir: Path, index: LibraryIndex,
                 free: Callable[[Path], int] = free_space, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.models_dir = Path(models_dir)
        self.partial_dir = self.models_dir / PARTIAL_DIR
        self.index = index
        self._free = free
        self._clock = clock
        self._on_change: Callable[[Download], None] = lambda job: None
        self._last_report = 0.0
        self._window: tuple[float, int] = (0.0, 0)
        self._lock = threading.Lock()

    # -- partial files -------------------------------------------------------------

    def part_path(self, request: DownloadRequest, index: int) -> Path:
        return self.partial_dir / f"{request.key()}.{index}.part"

    def marker_path(self, request: DownloadRequest) -> Path:
        return self.partial_dir / f"{request.key()}.json"

    def _read_marker(self, request: DownloadRequest) -> _Marker | None:
        try:
            data = json.loads(self.marker_path(request).read_text(encoding="utf-8"))
            return _Marker(**data)
        except (OSError, ValueError, TypeError):
            return None

    def _write_marker(self, request: DownloadRequest, marker: _Marker) -> None:
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.marker_path(request).with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(marker)), encoding="utf-8")
        tmp.replace(self.marker_path(request))

    def discard(self, request: DownloadRequest) -> None:
        """Delete a download's partial files and marker."""
        for i in range(len(request.paths)):
            self.part_path(request, i).unlink(missing_ok=True)
        self.marker_path(request).unlink(missing_ok=True)

    def unfinished(self) -> list[Download]:
        """Downloads left partial by an earlier session, as paused jobs."""
        jobs = []
        for marker_file in sorted(self.partial_dir.glob("*.json")):
            try:
                marker = _Marker(**json.loads(marker_file.read_text(encoding="utf-8")))
                raw = dict(marker.request)
                request = DownloadRequest(**{**raw, "paths": tuple(raw["paths"]),
                                             "sha256": tuple(raw.get("sha256") or ())})
                request.check()
            except (OSError, ValueError, TypeError, KeyError):
                continue   # not ours, or damaged: left alone
            job = Download(request, state=PAUSED)
            job.done_bytes = sum(self._have(request, i) for i in range(len(request.paths)))
            job.total_bytes = sum(s or 0 for s in marker.sizes) or request.approx_size or 0
            jobs.append(job)
        return jobs

    def _have(self, request: DownloadRequest, index: int) -> int:
        try:
            return self.part_path(request, index).stat().st_size
        except OSError:
            return 0

    # -- the run ---------------------------------------------------------------------

    def run(self, job: Download, on_change: Callable[[Download], None] = lambda job: None) -> None:
        """Download, check and list the model; the job's state says how it ended."""
        self._on_change = on_change
        job.error, job.needs_token, job.speed, job.eta = None, False, 0.0, None
        self._set(job, STARTING)
        try:
            job.request.check()
            metas = self._prepare(job)
            if job._stop:
                raise Cancelled("stopped")
            self._fetch(job, metas)
            self._set(job, VERIFYING)
            job.result = self._finish(job, metas)
            self._set(job, DONE)
        except Cancelled:
            if job._stop == "cancel":
                self.discard(job.request)
                job.done_bytes = 0
                self._set(job, CANCELLED)
            else:
                self._set(job, PAUSED)
        except TokenRequired as exc:
            self._fail(job, exc, needs_token=True)
        except LibraryError as exc:
            self._fail(job, exc)
        except OSError as exc:
            self._fail(job, self._os_error(exc, job.request.repo_id))
        except Exception as exc:  # a network or hub failure, worded for the user
            self._fail(job, self._network_error(exc, job.request.repo_id))
        finally:
            job._stop = ""

    def _prepare(self, job: Download) -> list:
        request = job.request
        marker = self._read_marker(request)
        with self.client.access.online():
            revision = marker.commit if marker and marker.commit else request.revision
            try:
                metas = [self.client.file_meta(request.repo_id, p, revision) for p in request.paths]
            except RevisionGone:
                if revision == request.revision:
                    raise
                self.discard(request)      # that commit is gone: start over on the current one
                marker = None
                metas = [self.client.file_meta(request.repo_id, p, request.revision) for p in request.paths]
        if marker and (marker.etags != [m.etag for m in metas] or marker.commit != metas[0].commit):
            self.discard(request)          # the file changed on the hub: old bytes are useless
            marker = None
        expected = []
        for i, meta in enumerate(metas):
            known = request.sha256[i] if i < len(request.sha256) else None
            if known and meta.sha256 and known.lower() != meta.sha256:
                raise DownloadError("catalog_mismatch", title=job.title)
            sha = (known or meta.sha256 or "").lower() or None
            if sha is None:
                raise DownloadError("no_checksum")
            expected.append(sha)
        job.total_bytes = sum(m.size or 0 for m in metas)
        have = sum(self._have(request, i) for i in range(len(metas)))
        job.done_bytes = have
        free = self._free(self.models_dir)
        if job.total_bytes - have + SPARE_BYTES > free:
            raise DownloadError("no_space_download", title=job.title, needed=Size(job.total_bytes - have),
                                free=Size(free))
        self._write_marker(request, _Marker(request=asdict(request), commit=metas[0].commit,
                                            etags=[m.etag for m in metas], sizes=[m.size for m in metas],
                                            sha256=expected))
        return list(zip(metas, expected, strict=True))

    def _fetch(self, job: Download, metas: list) -> None:
        self._set(job, DOWNLOADING)
        self._window = (self._clock(), job.done_bytes)
        storage = {httpx2.URL(meta.url).host for meta, _sha in metas}     # where the hub redirected to
        with self.client.access.online(*storage):
            for i, (meta, _sha) in enumerate(metas):
                part = self.part_path(job.request, i)
                have = self._have(job.request, i)
                if meta.size is not None and have > meta.size:
                    part.unlink()
                    job.done_bytes -= have
                    have = 0
                if meta.size is not None and have == meta.size:
                    continue
                headers = build_hf_headers(token=self.client.token())
                headers["Accept-Encoding"] = "identity"
                if not meta.same_host:
                    headers.pop("authorization", None)   # never hand the token to a storage host
                with open(part, "ab") as f:
                    http_get(meta.url, f, resume_size=have, headers=headers, expected_size=meta.size,
                             displayed_filename=part.name,
                             tqdm_class=lambda have=have, **kw: _Progress(self, job, have, **kw))

    def _advance(self, job: Download, n: int) -> None:
        if job._stop:
            raise Cancelled("stopped")
        job.done_bytes += n
        now = self._clock()
        start, start_bytes = self._window
        if now - start >= 1.0:
            rate = (job.done_bytes - start_bytes) / (now - start)
            job.speed = rate if not job.speed else 0.7 * job.speed + 0.3 * rate
            self._window = (now, job.done_bytes)
            left = job.total_bytes - job.done_bytes
            job.eta = left / job.speed if job.speed > 0 and left >= 0 else None
        if now - self._last_report >= REPORT_EVERY:
            self._last_report = now
            self._on_change(job)

    def _finish(self, job: Download, metas: list) -> Path:
        request = job.request
        parts = [self.part_path(request, i) for i in range(len(metas))]
        job.done_bytes = 0
        for part, (_meta, sha) in zip(parts, metas, strict=True):
            if self._sha256(job, part) != sha:
                self.discard(request)
                raise DownloadError("checksum_failed", title=job.title)
        for part in parts:
            try:
                read_gguf(part)
            except GGUFError as exc:
                self.discard(request)
                raise DownloadError("download_unusable", reason=exc) from None
        names = [check_filename(p) for p in request.paths]
        targets = [unique_path(self.models_dir, names[0])] if len(names) == 1 else \
            [self.models_dir / n for n in names]
        if len(names) > 1 and any(t.exists() for t in targets):
            raise DownloadError("download_names_taken")
        for part, target in zip(parts, targets, strict=True):
            part.replace(target)
        self.marker_path(request).unlink(missing_ok=True)
        self.index.remember_source(targets[0].name, repo=request.repo_id, licence=request.licence,
                                   sha256=metas[0][1], revision=metas[0][0].commit)
        return targets[0]

    def _sha256(self, job: Download, path: Path) -> str:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            while block := f.read(HASH_CHUNK):
                if job._stop == "cancel":
                    raise Cancelled("stopped")
                digest.update(block)
                job.done_bytes += len(block)
                now = self._clock()
                if now - self._last_report >= REPORT_EVERY:
                    self._last_report = now
                    self._on_change(job)
        return digest.hexdigest()

    # -- how it ended ------------------------------------------------------------------

    def _set(self, job: Download, state: str) -> None:
        job.state = state
        if state != DOWNLOADING:
            job.speed, job.eta = 0.0, None
        self._on_change(job)

    def _fail(self, job: Download, error: LibraryError, needs_token: bool = False) -> None:
        job.error, job.needs_token = error, needs_token
        self._set(job, FAILED)

    @classmethod
    def _os_error(cls, exc: OSError, repo_id: str) -> LibraryError:
        if isinstance(exc, hf_errors.HfHubHTTPError | ConnectionError):
            return cls._network_error(exc, repo_id)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DownloadError("download_disk_full")
        if "Consistency check failed" in str(exc):
            return DownloadError("ended_early")
        return DownloadError("download_not_saved", reason=os_reason(exc))

    @staticmethod
    def _network_error(exc: BaseException, repo_id: str) -> LibraryError:
        if isinstance(exc, hf_errors.HfHubHTTPError):
            error = hub_sentence(exc, repo_id)
            # The hub's own trouble passes; the part downloaded so far is what the user asks about.
            return DownloadError("hub_kept", reason=error) if error.code in ("hub_trouble", "hub_status") else error
        if isinstance(exc, httpx2.HTTPError) or (isinstance(exc, ConnectionError)
                                                 and not isinstance(exc, hf_errors.OfflineModeIsEnabled)):
            return DownloadError("broke_off_kept")
        return hub_sentence(exc, repo_id)
