"""The model hub (huggingface_hub): search, a repository's GGUF files, file metadata.

huggingface_hub reads HF_HUB_OFFLINE once, at import, into
huggingface_hub.constants.HF_HUB_OFFLINE, and checks that constant before
every request. HubAccess.online() flips it off only for the length of an
action the user started, inside NetGuard.opened() (which lets that thread,
and no other, reach the hub's host and the storage hosts it redirects to);
when the last such action ends it is set back on.
Outside those blocks, huggingface_hub refuses to go online by itself, and
the audit hook would stop it anyway.

Xet storage is turned off: hf_xet transfers through its own native code,
which the audit hook cannot see, and keeps a cache outside our folders.
Plain HTTPS with Range requests serves every file as well and resumes.

Blocking calls; the GUI runs them on pool threads.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

import httpx2
from huggingface_hub import HfApi, constants
from huggingface_hub import errors as hf_errors
from huggingface_hub.file_download import get_hf_file_metadata, hf_hub_url

from app.library.describe import licence_words, quantization_words
from app.library.errors import HubError, TokenRequired
from app.library.local import quantization_of
from app.library.safety import UnsafeName, check_filename, check_repo_id
from app.netguard import NetGuard, NetworkBlocked

constants.HF_HUB_OFFLINE = True
constants.HF_HUB_DISABLE_TELEMETRY = True
constants.HF_HUB_DISABLE_XET = True
# http_get reports (and so can be paused) once per chunk: 1 MB, not its 10 MB, so that Pause
# and "offline only" stop a slow download within a second or so.
constants.DOWNLOAD_CHUNK_SIZE = 2**20

METADATA_TIMEOUT = 20.0        # seconds for an API answer or a file's HEAD
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

class RevisionGone(HubError):
    """The commit a paused download was fetching is no longer on the hub."""


_online_lock = threading.Lock()
_online_count = 0


class HubAccess:
    """Opens the way to the hub for one user action at a time; any thread."""

    def __init__(self, guard: NetGuard, endpoint: str | None = None) -> None:
        self.guard = guard
        self.endpoint = (endpoint or constants.ENDPOINT).rstrip("/")

    @property
    def offline_only(self) -> bool:
        return self.guard.offline_only

    @property
    def host(self) -> str:
        return httpx2.URL(self.endpoint).host

    @contextmanager
    def online(self, *storage_hosts: str):
        """For one action the user started, on this thread: the hub's host, and the storage
        hosts a download was redirected to, are reachable; nothing else is."""
        global _online_count
        try:
            gate = self.guard.opened(self.host, *storage_hosts)
            gate.__enter__()
        except NetworkBlocked:
            raise HubError("offline_only") from None
        with _online_lock:
            _online_count += 1
            constants.HF_HUB_OFFLINE = False
        try:
            yield
        finally:
            with _online_lock:
                _online_count -= 1
                if _online_count == 0:
                    constants.HF_HUB_OFFLINE = True
            gate.__exit__(None, None, None)


def hub_sentence(exc: BaseException, repo_id: str = "") -> HubError:
    """A huggingface_hub or network failure as a HubError (a code and its facts)."""
    if isinstance(exc, HubError):
        return exc
    named = {"repo": repo_id} if repo_id else {}

    def code(base: str) -> str:          # "gated" names the repository, "gated_any" does without
        return base if repo_id else base + "_any"

    if isinstance(exc, hf_errors.GatedRepoError):
        return TokenRequired(code("gated"), repo_id, **named)
    if isinstance(exc, hf_errors.RepositoryNotFoundError):
        status = exc.response.status_code if exc.response is not None else 0
        if status == 401:
            return TokenRequired(code("private"), repo_id, **named)
        return HubError(code("repo_not_found"), **named)
    if isinstance(exc, hf_errors.RevisionNotFoundError):
        return RevisionGone(code("revision_gone"), **named)
    if isinstance(exc, hf_errors.RemoteEntryNotFoundError):
        return HubError("file_gone")
    if isinstance(exc, hf_errors.HfHubHTTPError):
        status = exc.response.status_code if exc.response is not None else 0
        if status in (401, 403):
            return TokenRequired(code("refused"), repo_id, **named)
        if status == 404:
            return HubError("repo_not_found", **named) if repo_id else HubError("file_not_found_any")
        if status == 429:
            return HubError("too_many_requests")
        if status >= 500:
            return HubError("hub_trouble", status=str(status))
        return HubError("hub_status", status=str(status))
    if isinstance(exc, hf_errors.OfflineModeIsEnabled | NetworkBlocked):
        return HubError("offline")
    if isinstance(exc, httpx2.TimeoutException):
        return HubError("timeout")
    if isinstance(exc, httpx2.ConnectError):
        return HubError("unreachable")
    if isinstance(exc, httpx2.HTTPError | ConnectionError):
        return HubError("broke_off")
    if isinstance(exc, hf_errors.FileMetadataError):
        return HubError("no_details")
    return HubError("hub_failed", detail=type(exc).__name__)


@dataclass(frozen=True)
class HubRepo:
    id: str
    downloads: int
    likes: int
    gated: bool
    licence: str             # id from the repository's tags; "" when none


@dataclass(frozen=True)
class HubFile:
    """One downloadable model: a GGUF file, or all parts of a split one."""
    repo_id: str
    paths: tuple[str, ...]   # repository paths, first part first
    size: int | None         # all parts
    sha256: tuple[str | None, ...]
    quantization: str

    @property
    def filename(self) -> str:
        return check_filename(self.paths[0])

    @property
    def quantization_text(self) -> str:
        """What its quantization means: English marked for translation (context "Words")."""
        return quantization_words(self.quantization)


@dataclass(frozen=True)
class RepoFiles:
    repo: HubRepo
    files: list[HubFile]
    refused: list[str]       # sentences for files left out (unsafe names)


@dataclass(frozen=True)
class FileMeta:
    url: str                 # where the bytes are (after the hub's redirect)
    size: int | None
    sha256: str | None       # from X-Linked-Etag when it is a SHA-256
    etag: str
    commit: str
    same_host: bool          # False: a CDN; the access token is not sent there


def _licence_of(tags, card_data=None) -> str:
    if card_data is not None and getattr(card_data, "license", None):
        return str(card_data.license)
    for tag in tags or []:
        if isinstance(tag, str) and tag.startswith("license:"):
            return tag.split(":", 1)[1]
    return ""


class HubClient:
    """Searches and reads the hub through HubAccess; any thread, blocking."""

    def __init__(self, access: HubAccess, token: Callable[[], str | None] = lambda: None) -> None:
        self.access = access
        self.api = HfApi(endpoint=access.endpoint)
        self._token = token
        self.timeout = METADATA_TIMEOUT

    def token(self) -> str | bool:
        # False, not None: huggingface_hub would otherwise send a token saved by its own CLI.
        return self._token() or False

    def search(self, query: str, limit: int = 30) -> list[HubRepo]:
        query = " ".join(query.split())[:100]
        if not query:
            return []
        try:
            with self.access.online():
                found = list(self.api.list_models(search=query, filter="gguf", sort="downloads", limit=limit,
                                                  token=self.token()))
        except Exception as exc:  # worded for the user; nothing is lost
            raise hub_sentence(exc) from None
        repos = []
        for m in found:
            try:
                repos.append(HubRepo(check_repo_id(m.id), m.downloads or 0, m.likes or 0, bool(m.gated),
                                     _licence_of(m.tags)))
            except UnsafeName:
                continue
        return repos

    def repo_files(self, repo_id: str) -> RepoFiles:
        try:
            check_repo_id(repo_id)
        except UnsafeName as exc:
            raise HubError(exc.code, **exc.params) from None
        try:
            with self.access.online():
                info = self.api.model_info(repo_id, files_metadata=True, token=self.token(),
                                           timeout=self.timeout)
        except Exception as exc:  # worded for the user
            raise hub_sentence(exc, repo_id) from None
        repo = HubRepo(repo_id, info.downloads or 0, info.likes or 0, bool(info.gated),
                       _licence_of(info.tags, info.card_data))
        files, refused = group_files(repo_id, info.siblings or [])
        return RepoFiles(repo, files, refused)

    def file_meta(self, repo_id: str, path: str, revision: str = "main") -> FileMeta:
        """The file's size, checksum and download address; call inside access.online()."""
        url = hf_hub_url(repo_id, path, revision=revision, endpoint=self.access.endpoint)
        try:
            meta = get_hf_file_metadata(url, token=self.token(), timeout=self.timeout,
                                        endpoint=self.access.endpoint)
        except Exception as exc:  # worded for the user
            raise hub_sentence(exc, repo_id) from None
        if not meta.commit_hash or not meta.etag:
            raise HubError("no_details")
        etag = meta.etag.lower()
        location = meta.location or url
        same_host = httpx2.URL(location).host == httpx2.URL(url).host
        return FileMeta(location, meta.size, etag if _SHA256.match(etag) else None, etag, meta.commit_hash,
                        same_host)


def group_files(repo_id: str, siblings) -> tuple[list[HubFile], list[UnsafeName]]:
    """The repository's GGUF models: split parts joined, projector files and unsafe names left out."""
    singles: list[HubFile] = []
    splits: dict[tuple[str, int], dict[int, object]] = {}
    refused: list[str] = []
    for sib in siblings:
        name = getattr(sib, "rfilename", "")
        if not name.lower().endswith(".gguf") or "mmproj" in name.lower():
            continue
        try:
            check_filename(name)
        except UnsafeName as exc:
            refused.append(exc)
            continue
        split = _SPLIT.search(name)
        if split:
            splits.setdefault((name[:split.start()], int(split.group(2))), {})[int(split.group(1))] = sib
        else:
            singles.append(_hub_file(repo_id, [sib]))
    for (_base, count), parts in splits.items():
        if sorted(parts) == list(range(1, count + 1)):
            singles.append(_hub_file(repo_id, [parts[i] for i in range(1, count + 1)]))
    singles.sort(key=lambda f: (f.size or 0, f.paths[0]))
    return singles, refused


def _hub_file(repo_id: str, siblings: list) -> HubFile:
    sizes = [getattr(s, "size", None) for s in siblings]
    shas = tuple((getattr(s, "lfs", None) or {}).get("sha256") if getattr(s, "lfs", None) else None
                 for s in siblings)
    first = siblings[0].rfilename
    quant = quantization_of(first.rsplit("/", 1)[-1])
    return HubFile(repo_id, tuple(s.rfilename for s in siblings),
                   None if None in sizes else sum(sizes), shas, quant)


__all__ = ["HubAccess", "HubClient", "HubFile", "HubRepo", "RepoFiles", "FileMeta", "hub_sentence",
           "group_files", "licence_words"]
