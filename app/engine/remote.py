"""RemoteBackend: a model on an OpenAI-compatible server (vLLM, llama-server, a gateway).

The same face as RuntimeHost: chat() yields the reply in pieces, cancel()
stops it from any thread, last_stats holds the figures the server reported
(usage with stream_options.include_usage; llama-server's timings).

How a reply travels: chat() starts a short-lived reader thread that sends
the request and turns the server-sent events into pieces on a queue; chat()
takes them from the queue. So a Stop returns at once (within 50 ms) even while
the connection is still being made or the server is still reading the
prompt, and the reader shuts the socket down, which ends the server's work
too (llama-server and vLLM stop a reply whose client went away).

TLS verifies against the operating system's trust store (truststore): a
company's own certificate authority works without setup, and there is no
switch to skip the check. Every failure is a RemoteError with a sentence.

Threads: one thread drives a backend (load, models, chat, close); cancel()
from any thread. Each request opens the network gate (netguard) for the
thread that makes it and this server's host only.
"""

from __future__ import annotations

import json
import queue
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import nullcontext
from urllib.parse import urlsplit

import httpx2
import truststore

from app.engine.remote_errors import RemoteError, from_exception, from_status
from app.engine.types import SERVER, ChatStats, GenParams, LoadOptions, ModelInfo, ModelRef

POLL_S = 0.05                     # how often a waiting chat() looks at a Stop
MAX_ERROR_BODY = 64 * 1024        # an error's body is read this far, for its message
TIMEOUT = httpx2.Timeout(connect=10.0, read=300.0, write=30.0, pool=10.0)
DEFAULT_CONTEXT = 4096            # when a server does not say its model's context


class _Call:
    """One running request: its queue, its cancel flag and its socket (once connected)."""

    def __init__(self) -> None:
        self.pieces: queue.Queue = queue.Queue()
        self.cancelled = threading.Event()
        self.sock: socket.socket | None = None
        self._lock = threading.Lock()

    def attach(self, stream) -> None:
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self._lock:
            self.sock = sock
        if self.cancelled.is_set():
            self._shut()

    def cancel(self) -> None:
        self.cancelled.set()
        self._shut()

    def _shut(self) -> None:
        with self._lock:
            sock = self.sock
        if sock is not None:
            try:
                # The plain socket's shutdown, also for a TLS one: it wakes the reader's recv
                # at once, and leaves the TLS object alone (SSLSocket.shutdown would drop it
                # under the reader's feet).
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass


class RemoteBackend:
    def __init__(self, base_url: str, api_key: str | None = None, model: str | None = None, *,
                 name: str = "", server_id: str = "", guard=None) -> None:
        """base_url: the API's base, ".../v1". name: the server's name in sentences (the host
        when empty). guard: the app's NetGuard, whose company-server gate each request opens."""
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key or None
        self.model = model
        parts = urlsplit(self.base_url)
        self.host = parts.hostname or ""
        self.name = name or self.host
        self.server_id = server_id
        self._guard = guard
        self._client = httpx2.Client(verify=_trust_store() if parts.scheme == "https" else True,
                                     timeout=TIMEOUT, follow_redirects=False)
        self._lock = threading.Lock()
        self._call: _Call | None = None
        self.info: ModelInfo | None = None
        self.last_stats = ChatStats()
        self._entries: list[dict] | None = None

    # -- the face ------------------------------------------------------------------------

    def models(self) -> list[str]:
        """The model ids the server offers (GET /models)."""
        return [entry["id"] for entry in self._model_entries()]

    def load(self, locator: str, options: LoadOptions = LoadOptions(), on_progress=None) -> ModelInfo:
        """Use the model `locator` (its id on this server); checks that the server offers it."""
        try:
            entries = self._model_entries()
        except RemoteError as exc:
            if exc.code != "no_api":
                raise
            entries = []           # a server without a list: the id was typed by hand
        entry = next((e for e in entries if e["id"] == locator), None)
        if entry is None and entries:
            raise RemoteError("model_gone", server=self.name, model=locator)
        self.model = locator
        entry = entry or {}
        context = _declared_context(entry) or self._props_context() or _trained_context(entry) or DEFAULT_CONTEXT
        if options.context_length:
            context = min(context, options.context_length)
        if on_progress:
            on_progress("load", 1.0)
        self.info = ModelInfo(ref=ModelRef(SERVER, f"{self.server_id}/{locator}"), name=locator,
                              context_length=context, backend=self.name)
        return self.info

    def chat(self, messages: list[dict], params: GenParams = GenParams(), on_progress=None) -> Iterator[str]:
        """The reply in pieces of text; raises RemoteError (the text so far is already yielded)."""
        if not self.model:
            raise RemoteError("no_model", server=self.name)
        call = _Call()
        with self._lock:
            self._call = call
        stats = self.last_stats = ChatStats()
        started = time.perf_counter()
        reader = threading.Thread(target=self._read, args=(call, self._body(messages, params), stats, started),
                                  name="server-reply", daemon=True)
        reader.start()
        first = last = 0.0
        pieces = 0
        done = False               # the server ended the reply (or failed): its connection stays usable
        try:
            while True:
                try:
                    kind, value = call.pieces.get(timeout=POLL_S)
                except queue.Empty:
                    if call.cancelled.is_set():
                        stats.stop_reason = "cancelled"
                        return
                    continue
                if kind == "text":
                    last = time.perf_counter()
                    if not first:
                        first = last
                        stats.ttft_s = first - started
                    pieces += 1
                    yield value
                elif kind == "error":
                    done = True
                    if call.cancelled.is_set():
                        stats.stop_reason = "cancelled"
                        return
                    raise value
                else:
                    done = True
                    return
        finally:
            if not done:
                call.cancel()      # ends the reader and the server's work: the reply did not end
            with self._lock:
                if self._call is call:
                    self._call = None
            if call.cancelled.is_set() and stats.stop_reason not in ("eos", "length"):
                stats.stop_reason = "cancelled"
            if not stats.generated_tokens:
                stats.generated_tokens = pieces
            if not stats.tokens_per_s and last > first and stats.generated_tokens > 1:
                stats.tokens_per_s = (stats.generated_tokens - 1) / (last - first)

    def cancel(self) -> None:
        with self._lock:
            call = self._call
        if call is not None:
            call.cancel()

    def close(self) -> None:
        self.cancel()
        self._client.close()
        self.info = None

    # -- requests --------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def _gate(self):
        return self._guard.company_server(self.host) if self._guard is not None else nullcontext()

    def _model_entries(self) -> list[dict]:
        """/models' entries (each with an "id"); cached for this backend's life."""
        if self._entries is not None:
            return self._entries
        try:
            with self._gate():
                response = self._client.get(f"{self.base_url}/models", headers=self._headers())
        except Exception as exc:
            raise from_exception(exc, self.name, self.host) from None
        if response.status_code == 404:
            raise RemoteError("no_api", server=self.name, address=self.base_url)
        if response.status_code >= 400:
            raise from_status(response.status_code, response.headers, response.content[:MAX_ERROR_BODY],
                              self.name, self.model)
        try:
            data = response.json()["data"]
            entries = [e for e in data if isinstance(e, dict) and isinstance(e.get("id"), str)]
        except (ValueError, KeyError, TypeError):
            raise RemoteError("bad_answer", server=self.name) from None
        self._entries = entries
        return entries

    def _props_context(self) -> int:
        """llama-server says its context at /props (beside /v1); others do not have it."""
        root = self.base_url[:-3] if self.base_url.endswith("/v1") else self.base_url
        try:
            with self._gate():
                response = self._client.get(f"{root}/props", headers=self._headers(), timeout=5.0)
            n_ctx = response.json()["default_generation_settings"]["n_ctx"] if response.is_success else 0
        except Exception:
            return 0
        return n_ctx if isinstance(n_ctx, int) and n_ctx > 0 else 0

    def _body(self, messages: list[dict], params: GenParams) -> dict:
        body = {"model": self.model, "messages": messages, "stream": True,
                "stream_options": {"include_usage": True},
                "max_tokens": params.max_tokens, "temperature": params.temperature, "top_p": params.top_p,
                # top_k and min_p: vLLM, llama-server and Ollama read them; others ignore them.
                "top_k": params.top_k, "min_p": params.min_p}
        if params.seed is not None:
            body["seed"] = params.seed
        if params.ignore_eos:
            body["ignore_eos"] = True
        return body

    def _read(self, call: _Call, body: dict, stats: ChatStats, started: float) -> None:
        """The reader thread: request, events, pieces onto call.pieces; always ends with end or error."""
        def trace(event: str, info: dict) -> None:
            if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
                call.attach(info.get("return_value"))

        got_text = False
        try:
            with self._gate(), self._client.stream("POST", f"{self.base_url}/chat/completions", json=body,
                                                   headers=self._headers(), extensions={"trace": trace}) as response:
                call.attach(response.extensions.get("network_stream"))
                if call.cancelled.is_set():
                    return
                if response.status_code >= 400:
                    raw = b""
                    for chunk in response.iter_bytes():
                        raw += chunk
                        if len(raw) >= MAX_ERROR_BODY:
                            break
                    raise from_status(response.status_code, response.headers, raw, self.name, self.model)
                finished = False
                for event in httpx2.EventSource(response):
                    if call.cancelled.is_set():
                        return
                    if event.data.strip() == "[DONE]":
                        finished = True
                        break
                    text, ended = self._take(event.data, stats)
                    finished = finished or ended
                    if text:
                        got_text = True
                        call.pieces.put(("text", text))
                if not finished and not call.cancelled.is_set():
                    raise RemoteError("stream_cut", server=self.name)
            call.pieces.put(("end", None))
        except RemoteError as exc:
            call.pieces.put(("error", exc))
        except Exception as exc:
            if isinstance(exc, httpx2.SSEError):       # not an event stream, or an event beyond bounds
                error = RemoteError("bad_answer", server=self.name)
            elif got_text or isinstance(exc, httpx2.RemoteProtocolError | httpx2.ReadError):
                error = RemoteError("stream_cut", server=self.name)
            else:
                error = from_exception(exc, self.name, self.host)
            call.pieces.put(("error", error))

    def _take(self, data: str, stats: ChatStats) -> tuple[str, bool]:
        """One event: (its text, whether the reply ended); the figures go into stats."""
        try:
            chunk = json.loads(data)
        except ValueError:
            raise RemoteError("bad_answer", server=self.name) from None
        if not isinstance(chunk, dict):
            raise RemoteError("bad_answer", server=self.name)
        if isinstance(chunk.get("error"), dict):        # an error mid-stream (vLLM, llama-server)
            raise from_status(500, {}, json.dumps(chunk).encode(), self.name, self.model)
        _figures(chunk, stats)
        text, ended = "", False
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            content = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(content, str):
                text += content
            reason = choice.get("finish_reason")
            if reason:
                ended = True
                stats.stop_reason = "length" if reason == "length" else "eos"
        return text, ended


def _figures(chunk: dict, stats: ChatStats) -> None:
    """usage (OpenAI's, with include_usage) and timings (llama-server's) into stats."""
    usage = chunk.get("usage")
    if isinstance(usage, dict):
        stats.prompt_tokens = _int(usage.get("prompt_tokens"), stats.prompt_tokens)
        stats.generated_tokens = _int(usage.get("completion_tokens"), stats.generated_tokens)
        details = usage.get("prompt_tokens_details")
        if isinstance(details, dict):
            stats.cached_tokens = _int(details.get("cached_tokens"), stats.cached_tokens)
    timings = chunk.get("timings")
    if isinstance(timings, dict):
        stats.cached_tokens = _int(timings.get("cache_n"), stats.cached_tokens)
        speed = timings.get("predicted_per_second")
        if isinstance(speed, (int, float)) and speed > 0:
            stats.tokens_per_s = float(speed)
        speed = timings.get("prompt_per_second")
        if isinstance(speed, (int, float)) and speed > 0:
            stats.prompt_tokens_per_s = float(speed)


def _int(value, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default


def _declared_context(entry: dict) -> int:
    """The context a /models entry gives: vLLM's max_model_len, a gateway's context_length."""
    for value in (entry.get("max_model_len"), entry.get("context_length")):
        if isinstance(value, int) and value > 0:
            return value
    return 0


def _trained_context(entry: dict) -> int:
    """llama-server's meta.n_ctx_train: the model's own, an upper bound of the server's."""
    meta = entry.get("meta")
    value = meta.get("n_ctx_train") if isinstance(meta, dict) else None
    return value if isinstance(value, int) and value > 0 else 0


def _trust_store() -> ssl.SSLContext:
    """The operating system's trust store: Windows' and macOS' own, OpenSSL's paths on Linux."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
