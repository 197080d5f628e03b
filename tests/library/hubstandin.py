"""A small model hub on 127.0.0.1 for the tests: real HTTP, real redirects, real Range.

It answers what huggingface_hub 2.x asks for:
  GET  /api/models?search=&filter=gguf       list_models
  GET  /api/models/{repo}[/revision/{rev}]   model_info (siblings with size and lfs.sha256)
  HEAD|GET /{repo}/resolve/{rev}/{path}      302 to the "CDN" with X-Repo-Commit, X-Linked-Etag
                                             (the SHA-256), X-Linked-Size and ETag, as the hub does
  GET  /cdn/{repo}/{path}                    the bytes, with Range (206 + Content-Range)
The CDN is the same server reached as "localhost" rather than "127.0.0.1", so
for huggingface_hub it is another host (the token must not be sent there).

Faults, per file: status (answer every request with this code), cut_once_at
(close the connection after this many bytes, once), wrong_bytes (same size,
different bytes), delay (seconds per 256 KB sent), hang (seconds before /resolve
answers), gated (needs the token).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"
TOKEN = "hf_standin_token_for_tests"
CHUNK = 256 * 1024


@dataclass
class HubFileSpec:
    data: bytes
    status: int | None = None
    cut_once_at: int | None = None
    wrong_bytes: bool = False
    delay: float = 0.0
    hang: float = 0.0          # seconds to wait before answering /resolve
    sha256: str = ""

    def __post_init__(self) -> None:
        self.sha256 = self.sha256 or hashlib.sha256(self.data).hexdigest()


@dataclass
class RepoSpec:
    files: dict[str, HubFileSpec] = field(default_factory=dict)
    gated: bool = False
    licence: str = "apache-2.0"
    downloads: int = 100


class HubStandIn:
    def __init__(self) -> None:
        self.repos: dict[str, RepoSpec] = {}
        self.requests: list[tuple[str, str, dict]] = []      # method, path, headers
        self.gate = threading.Event()                          # set: delayed files stop waiting
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.cdn_host = "localhost"        # the storage host the hub redirects to
        self._thread = threading.Thread(target=self._server.serve_forever, name="hub-standin", daemon=True)

    def start(self) -> HubStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.gate.set()
        self._server.shutdown()
        self._server.server_close()

    def add(self, repo_id: str, path: str, data: bytes, gated: bool = False, licence: str = "apache-2.0",
            **faults) -> HubFileSpec:
        repo = self.repos.setdefault(repo_id, RepoSpec(gated=gated, licence=licence))
        repo.gated = repo.gated or gated
        spec = HubFileSpec(data, **faults)
        repo.files[path] = spec
        return spec

    def seen(self, method: str, prefix: str) -> list[dict]:
        return [h for m, p, h in self.requests if m == method and p.startswith(prefix)]

    # -- the handler ---------------------------------------------------------------

    def _handler(self):
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_HEAD(self) -> None:  # noqa: N802
                self._route(head=True)

            def do_GET(self) -> None:  # noqa: N802
                self._route(head=False)

            def _route(self, head: bool) -> None:
                url = urlsplit(self.path)
                hub.requests.append((self.command, url.path, {k.lower(): v for k, v in self.headers.items()}))
                parts = [unquote(p) for p in url.path.split("/") if p]
                try:
                    if parts[:2] == ["api", "models"]:
                        self._api(parts[2:], parse_qs(url.query))
                    elif parts and parts[0] == "cdn":
                        self._cdn("/".join(parts[1:3]), "/".join(parts[3:]), head)
                    elif len(parts) >= 5 and parts[2] == "resolve":
                        self._resolve("/".join(parts[:2]), parts[3], "/".join(parts[4:]), head)
                    else:
                        self._error(404, "RepoNotFound")
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, status: int, body: bytes = b"", headers: dict | None = None, head: bool = False):
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head and body:
                    self.wfile.write(body)

            def _json(self, data) -> None:
                self._send(200, json.dumps(data).encode(), {"Content-Type": "application/json"})

            def _error(self, status: int, code: str = "", head: bool = False) -> None:
                headers = {"X-Error-Code": code, "X-Error-Message": code} if code else {}
                self._send(status, b'{"error": "' + code.encode() + b'"}', headers, head)

            def _allowed(self, repo: RepoSpec, head: bool) -> bool:
                if not repo.gated:
                    return True
                auth = self.headers.get("Authorization", "")
                if auth == f"Bearer {TOKEN}":
                    return True
                self._error(403 if auth else 401, "GatedRepo", head)
                return False

            def _api(self, rest: list[str], query: dict) -> None:
                if not rest:
                    words = (query.get("search") or [""])[0].lower()
                    found = [self._summary(rid, r) for rid, r in hub.repos.items() if words in rid.lower()]
                    found.sort(key=lambda m: -m["downloads"])
                    return self._json(found[: int((query.get("limit") or ["50"])[0])])
                repo_id = "/".join(rest[:2])
                repo = hub.repos.get(repo_id)
                if repo is None:
                    return self._error(404, "RepoNotFound")
                info = self._summary(repo_id, repo)
                info["sha"] = COMMIT
                info["cardData"] = {"license": repo.licence}
                info["siblings"] = [{"rfilename": p, "size": len(f.data), "blobId": f.sha256[:40],
                                     "lfs": {"size": len(f.data), "sha256": f.sha256, "pointerSize": 134}}
                                    for p, f in repo.files.items()]
                self._json(info)

            @staticmethod
            def _summary(repo_id: str, repo: RepoSpec) -> dict:
                return {"id": repo_id, "modelId": repo_id, "downloads": repo.downloads, "likes": 3,
                        "gated": "manual" if repo.gated else False, "private": False,
                        "tags": ["gguf", f"license:{repo.licence}"], "library_name": "gguf"}

            def _resolve(self, repo_id: str, revision: str, path: str, head: bool) -> None:
                repo = hub.repos.get(repo_id)
                if repo is None:
                    return self._error(404, "RepoNotFound", head)
                if revision not in ("main", COMMIT):
                    return self._error(404, "RevisionNotFound", head)
                spec = repo.files.get(path)
                if spec is None:
                    return self._error(404, "EntryNotFound", head)
                if spec.hang:
                    hub.gate.wait(spec.hang)
                if spec.status:
                    return self._error(spec.status, "", head)
                if not self._allowed(repo, head):
                    return
                location = f"http://{hub.cdn_host}:{hub.port}/cdn/{quote(repo_id)}/{quote(path)}?commit={COMMIT}"
                self._send(302, b"", {"Location": location, "X-Repo-Commit": COMMIT, "ETag": f'"{spec.sha256[:40]}"',
                                      "X-Linked-Etag": f'"{spec.sha256}"', "X-Linked-Size": str(len(spec.data))},
                           head)

            def _cdn(self, repo_id: str, path: str, head: bool) -> None:
                spec = hub.repos.get(repo_id, RepoSpec()).files.get(path)
                if spec is None:
                    return self._error(404)
                data = spec.data if not spec.wrong_bytes else bytes(b ^ 0xFF for b in spec.data[:64]) + spec.data[64:]
                start, status, headers = 0, 200, {"Accept-Ranges": "bytes", "Content-Type": "application/octet-stream"}
                ranged = self.headers.get("Range", "")
                if ranged.startswith("bytes="):
                    start = int(ranged[6:].split("-")[0])
                    status = 206
                    headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
                body = data[start:]
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if head:
                    return
                cut = spec.cut_once_at
                sent = 0
                for offset in range(0, len(body), CHUNK):
                    piece = body[offset:offset + CHUNK]
                    if cut is not None and start + sent + len(piece) > cut:
                        self.wfile.write(piece[: max(0, cut - start - sent)])
                        self.wfile.flush()
                        spec.cut_once_at = None
                        self.close_connection = True
                        self.connection.shutdown(2)   # the network drops mid-file
                        return
                    self.wfile.write(piece)
                    sent += len(piece)
                    if spec.delay and not hub.gate.is_set():
                        time.sleep(spec.delay)

        return Handler
