"""The local API's work on the engine: a reply or embeddings as one engine job each.

Each request is one `EngineService.call` job, so requests from several
clients wait their turn in the engine's one queue with the chat's own
replies and never meet on the model. The job itself checks, on the engine
thread, that the model in use is a model on this computer and the one the
request names: between the request's arrival and its turn the app may have
switched models, and a request must never go to a company server instead.

The job hands its events to the request's thread through a queue:
("refused", ApiError), ("start", model id), ("text", piece), then
("done", ChatStats) or ("error", exception). Threads: start() from a
request's thread; the work runs on the engine thread.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from app.engine.backend import supports
from app.engine.service import EngineService, Ticket
from app.engine.types import FILE, ModelInfo, PromptTooLong
from app.server.openai_shapes import ApiError, ChatRequest


def model_id(info: ModelInfo | None) -> str | None:
    """The id the API gives the loaded model: its file name without .gguf; None unless local."""
    if info is None or info.local is None or info.ref.kind != FILE:
        return None
    return Path(info.local.path).stem


def model_created(info: ModelInfo) -> int:
    try:
        return int(Path(info.local.path).stat().st_mtime)
    except OSError:
        return 0


class Job:
    """One request's engine job: its events, and how to drop it (the client went away)."""

    def __init__(self) -> None:
        self.events: queue.Queue = queue.Queue()
        self.abandoned = threading.Event()
        self.ticket: Ticket | None = None


class ApiJobs:
    def __init__(self, engine: EngineService) -> None:
        self.engine = engine

    def model_ids(self) -> list[tuple[str, int]]:
        info = self.engine.info
        ident = model_id(info)
        return [(ident, model_created(info))] if ident else []

    def chat(self, request: ChatRequest) -> Job:
        job = Job()

        def work(backend) -> object:
            refusal = _refusal(backend, request.model)
            if refusal is None:
                refusal = _too_long(backend, request)
            if refusal is not None:
                job.events.put(("refused", refusal))
                return None
            job.events.put(("start", model_id(backend.info)))
            for piece in backend.chat(request.messages, request.params):
                if job.abandoned.is_set():
                    # A cancel that came before the reply began did not reach the backend.
                    backend.cancel()
                    continue             # the reply ends soon, with its stats
                job.events.put(("text", piece))
            return backend.last_stats

        job.ticket = self.engine.call(work, lambda stats, error: job.events.put(
            ("error", error) if error is not None else ("done", stats)))
        return job

    def embed(self, model: str, texts: list[str]) -> Job:
        job = Job()

        def work(backend) -> object:
            refusal = _refusal(backend, model)
            if refusal is None and not supports(backend, "embed"):
                refusal = ApiError(400, "The model in use cannot make embeddings.", "model_not_supported")
            if refusal is not None:
                job.events.put(("refused", refusal))
                return None
            vectors = backend.embed(texts)
            tokens = sum(len(backend.tokenize(t)) for t in texts) if supports(backend, "tokenize") else 0
            return vectors, tokens

        job.ticket = self.engine.call(work, lambda result, error: job.events.put(
            ("error", error) if error is not None else ("done", result)))
        return job

    def drop(self, job: Job) -> None:
        """The client went away: the job leaves the queue, or its reply stops. Any thread."""
        job.abandoned.set()
        self.engine.cancel(job.ticket)


def _refusal(backend, wanted: str) -> ApiError | None:
    ident = model_id(getattr(backend, "info", None))
    if ident is None:
        return ApiError(503, "No model on this computer is loaded in Tramontane.", "model_not_loaded",
                        kind="server_error")
    if wanted != ident:
        return ApiError(404, f"The model “{wanted}” does not exist here; the loaded one is “{ident}”.",
                        "model_not_found", param="model")
    return None


def _too_long(backend, request: ChatRequest) -> ApiError | None:
    """OpenAI's rule, in the engine's terms: the prompt and the room the engine keeps for the
    reply must fit the context (the engine would otherwise drop old messages, which an API
    client did not ask for)."""
    if not supports(backend, "count_tokens"):
        return None
    context = backend.info.context_length
    try:
        tokens = backend.count_tokens(request.messages)
    except PromptTooLong:
        tokens = context
    reserve = max(1, min(request.params.max_tokens, context // 4))
    if tokens + reserve > context:
        return ApiError(400, f"This model's maximum context length is {context} tokens; the messages take "
                             f"{tokens}, and {reserve} more are kept for the reply.", "context_length_exceeded",
                        param="messages")
    return None
