"""LocalAPI: the OpenAI-compatible HTTP API for other programs on this computer.

Why the standard library's ThreadingHTTPServer: the API serves a few local
programs, one reply at a time (the engine has one queue), so an async stack
(uvicorn, starlette and their dependencies) would buy nothing but weight in
every installer. What a hardened server would add is done here: at most
MAX_CLIENTS connections (more get 503 at once), a body limit (413), a socket
timeout for idle or stalled clients, HTTP/1.1 keep-alive with chunked
streams, and a check of the key before anything is read beyond the headers.

Endpoints: GET /v1/models, POST /v1/chat/completions (streaming or not, with
usage), POST /v1/embeddings. Requests are never stored as conversations.
A client that goes away while its request waits or streams drops it.

Threads: start()/stop() from the owner's thread; one thread accepts, one
thread per connection handles it; the engine work runs on the engine thread.
"""

from __future__ import annotations

import hmac
import json
import logging
import queue
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from app.engine.types import EngineError, NoModelLoaded, PromptTooLong
from app.server import openai_shapes as shapes
from app.server.jobs import ApiJobs, Job
from app.server.openai_shapes import ApiError

log = logging.getLogger(__name__)

MAX_BODY = 4 * 1024 * 1024       # bytes; a long document's worth of text is far less
MAX_CLIENTS = 32                 # connections at once
SOCKET_TIMEOUT_S = 120           # an idle keep-alive client, or one that stopped reading
WAIT_POLL_S = 0.1                # how often a waiting request looks whether its client left


class LocalAPI:
    def __init__(self, jobs: ApiJobs, key: str, host: str = "127.0.0.1", port: int = 8080) -> None:
        if not key:
            raise ValueError("the local API needs a key")
        self.jobs, self.host, self.port = jobs, host, port
        self._key = key.encode()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> str:
        """The base address clients use, ".../v1"."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    def start(self) -> str:
        """Listen and serve on a thread of its own; raises OSError (port in use, ...)."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        server = _Server((self.host, self.port), _Handler, family, self)
        self.port = server.server_address[1]            # port 0: the one the system chose
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="local-api", daemon=True)
        self._thread.start()
        log.info("local API listening on %s", self.address)
        return self.address

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
            log.info("local API stopped")

    @property
    def running(self) -> bool:
        return self._server is not None

    def key_matches(self, header: str | None) -> bool:
        scheme, _, given = (header or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), self._key)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address, handler, family, api: LocalAPI) -> None:
        self.address_family = family
        self.api = api
        self.slots = threading.BoundedSemaphore(MAX_CLIENTS)
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:
        if not self.slots.acquire(blocking=False):
            _refuse_busy(request)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def handle_error(self, request, client_address) -> None:
        # A client that resets its kept-alive connection is ordinary; nothing to print.
        log.debug("local API connection ended with an error", exc_info=True)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


def _refuse_busy(sock) -> None:
    body = json.dumps(ApiError(503, "Too many connections.", "too_many_connections",
                               kind="server_error").body()).encode()
    try:
        sock.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    except OSError:
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Tramontane"
    sys_version = ""
    timeout = SOCKET_TIMEOUT_S

    # -- routing ---------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def _route(self, method: str) -> None:
        api: LocalAPI = self.server.api
        path = self.path.split("?", 1)[0].rstrip("/")
        try:
            if not api.key_matches(self.headers.get("Authorization")):
                self._drain_small_body()
                raise ApiError(401, "A valid API key is needed: send it as “Authorization: Bearer <key>”. "
                                    "Tramontane shows it in Settings → Servers.", "invalid_api_key")
            routes = {("GET", "/v1/models"): self._models, ("POST", "/v1/chat/completions"): self._chat,
                      ("POST", "/v1/embeddings"): self._embeddings}
            handler = routes.get((method, path))
            if handler is None and method == "GET" and path.startswith("/v1/models/"):
                handler = lambda: self._model(path[len("/v1/models/"):])  # noqa: E731
            if handler is None:
                self._drain_small_body()
                raise ApiError(404, f"There is no {method} {path}.", "unknown_url")
            handler()
        except ApiError as exc:
            self._send_json(exc.status, exc.body())
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True

    # -- endpoints ------------------------------------------------------------------------------

    def _models(self) -> None:
        self._send_json(200, shapes.model_list(self.server.api.jobs.model_ids()))

    def _model(self, wanted: str) -> None:
        found = [m for m in self.server.api.jobs.model_ids() if m[0] == wanted]
        if not found:
            raise ApiError(404, f"The model “{wanted}” does not exist here.", "model_not_found", param="model")
        self._send_json(200, shapes.model_list(found)["data"][0])

    def _chat(self) -> None:
        request = shapes.chat_request(self._body())
        jobs = self.server.api.jobs
        job = jobs.chat(request)
        kind, value = self._next(job)
        if kind == "refused":
            raise value
        if kind == "error":
            raise _api_error(value)
        model = value
        if request.stream:
            self._stream(request, job, model)
        else:
            self._whole(request, job, model)

    def _embeddings(self) -> None:
        model, texts, encoding = shapes.embedding_inputs(self._body())
        job = self.server.api.jobs.embed(model, texts)
        kind, value = self._next(job)
        if kind == "refused":
            raise value
        if kind == "error":
            raise _api_error(value)
        vectors, tokens = value
        self._send_json(200, shapes.embeddings(model, vectors, tokens, encoding))

    # -- a reply ---------------------------------------------------------------------------------

    def _whole(self, request, job: Job, model: str) -> None:
        text, stops = "", _Stops(request.stops)
        while True:
            kind, value = self._next(job)
            if kind == "text":
                text += value
                if stops.cut(text) is not None:
                    text = stops.cut(text)
                    self.server.api.jobs.drop(job)
                    stats, finish = self._finish_quietly(job), "stop"
                    break
            elif kind == "done":
                stats, finish = value, shapes.FINISH.get(value.stop_reason, "stop")
                break
            else:
                raise _api_error(value)
        self._send_json(200, shapes.completion(request, model, text, finish, stats))

    def _stream(self, request, job: Job, model: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._event(shapes.chunk(request, model, {"role": "assistant", "content": ""}))
        stops, text, sent = _Stops(request.stops), "", 0
        try:
            while True:
                kind, value = self._next(job)
                if kind == "text":
                    text += value
                    cut = stops.cut(text)
                    if cut is not None:
                        if len(cut) > sent:
                            self._event(shapes.chunk(request, model, {"content": cut[sent:]}))
                        self.server.api.jobs.drop(job)
                        stats, finish = self._finish_quietly(job), "stop"
                        break
                    ready = stops.safe_end(text)
                    if ready > sent:
                        self._event(shapes.chunk(request, model, {"content": text[sent:ready]}))
                        sent = ready
                elif kind == "done":
                    if len(text) > sent:
                        self._event(shapes.chunk(request, model, {"content": text[sent:]}))
                    stats, finish = value, shapes.FINISH.get(value.stop_reason, "stop")
                    break
                else:
                    self._event(_api_error(value).body())     # OpenAI's way: an error event, then the end
                    stats = None
                    break
            if stats is not None:
                self._event(shapes.chunk(request, model, {}, finish))
                if request.include_usage:
                    self._event(shapes.chunk(request, model, None, stats=stats))
            self._chunk(b"data: [DONE]\n\n")
            self._chunk(b"")
        except (BrokenPipeError, ConnectionResetError, TimeoutError, OSError):
            self.server.api.jobs.drop(job)                    # the client went away mid-stream
            self.close_connection = True

    def _next(self, job: Job) -> tuple[str, object]:
        """The job's next event; drops the job when the client goes away meanwhile."""
        while True:
            try:
                return job.events.get(timeout=WAIT_POLL_S)
            except queue.Empty:
                if self._client_left():
                    self.server.api.jobs.drop(job)
                    self.close_connection = True
                    raise ConnectionResetError("the client went away") from None

    def _finish_quietly(self, job: Job):
        """After a stop sequence: the job's own end (its stats), whatever it is."""
        while True:
            kind, value = self._next(job)
            if kind == "done":
                return value
            if kind in ("error", "refused"):
                return _NoStats()

    def _client_left(self) -> bool:
        """Whether the client closed its end (readable, and nothing to read)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    # -- bytes ---------------------------------------------------------------------------------

    def _body(self) -> object:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            raise ApiError(411, "Send the body with a Content-Length.", "length_required")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            raise ApiError(400, "Content-Length is not a number.")
        if length > MAX_BODY:
            self.close_connection = True            # the body stays unread: the connection ends
            raise ApiError(413, f"The request is larger than {MAX_BODY // (1024 * 1024)} MB.", "request_too_large")
        raw = self.rfile.read(length)
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "The body is not valid JSON.", "invalid_json") from None

    def _drain_small_body(self) -> None:
        """Reads a small unread body so keep-alive stays in step; a large one ends the connection."""
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if 0 < length <= 64 * 1024:
            self.rfile.read(length)
        elif length != 0:
            self.close_connection = True

    def _send_json(self, status: int, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def _event(self, body: dict) -> None:
        self._chunk(b"data: " + json.dumps(body, ensure_ascii=False).encode() + b"\n\n")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's name)
        pass   # requests are not logged: a path or a status is all there would be, and nothing of the text


class _Stops:
    """Stop sequences: where the text ends, and how much of it is safe to send already."""

    def __init__(self, stops: list[str]) -> None:
        self.stops = stops
        self.hold = max((len(s) for s in stops), default=1) - 1

    def cut(self, text: str) -> str | None:
        found = [text.index(s) for s in self.stops if s in text]
        return text[:min(found)] if found else None

    def safe_end(self, text: str) -> int:
        """Text before this index cannot turn into the start of a stop sequence."""
        return len(text) - self.hold if self.stops else len(text)


class _NoStats:
    prompt_tokens = generated_tokens = cached_tokens = 0


def _api_error(error: object) -> ApiError:
    if isinstance(error, ApiError):
        return error
    if isinstance(error, PromptTooLong):
        return ApiError(400, str(error), "context_length_exceeded", param="messages")
    if isinstance(error, NoModelLoaded):
        return ApiError(503, "No model on this computer is loaded in Tramontane.", "model_not_loaded",
                        kind="server_error")
    if isinstance(error, EngineError):
        return ApiError(500, str(error), "engine_error", kind="server_error")
    return ApiError(500, "The engine failed.", "engine_error", kind="server_error")
