"""EngineService: one thread, one queue of jobs in front of the backends.

Everything that asks a model something goes through here (replies, token
counts, loads, device queries, speed tests, titles), so two requests never
meet on a backend's pipe and a slow one simply waits its turn.

Threads: the service's own thread ("engine") runs every job. Any thread may
submit jobs and cancel them. Each job's callbacks run through `deliver`: the
GUI passes a function that runs them on the GUI thread; scripts and the local
API server run them on the engine thread as they come.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from app.engine.backend import Backend, supports
from app.engine.types import (
    ChatStats,
    EngineError,
    GenParams,
    LoadOptions,
    ModelInfo,
    ModelRef,
    NoModelLoaded,
    RuntimeCrashed,
)

log = logging.getLogger(__name__)

# Reply text reaches the caller at most this often: a repaint per token would
# waste the GUI thread and stutter.
BATCH_SECONDS = 0.05

Deliver = Callable[[Callable[[], None]], None]
Done = Callable[[Any, EngineError | None], None]    # (result, error): exactly one call per job


class Cancelled(EngineError):
    """The job was cancelled before it could finish; no result."""


class Ticket:
    """A job in the queue; pass it to EngineService.cancel()."""

    _ids = itertools.count(1)

    def __init__(self, kind: str, work: Callable[[Ticket], Any], on_done: Done) -> None:
        self.id = next(self._ids)
        self.kind = kind
        self.work = work
        self.on_done = on_done
        self.cancelled = False

    def __repr__(self) -> str:
        return f"<Ticket {self.id} {self.kind}{' cancelled' if self.cancelled else ''}>"


def _now(fn: Callable[[], None]) -> None:
    fn()


class EngineService:
    def __init__(self, backends: dict[str, Backend], deliver: Deliver = _now) -> None:
        """backends: one per ModelRef kind ("file": RuntimeHost, "server": ...)."""
        self._backends = backends
        self._deliver = deliver
        self._active: Backend | None = None
        self.info: ModelInfo | None = None      # the model replies come from; read on any thread
        self._queue: deque[Ticket] = deque()
        self._cond = threading.Condition()
        self._running: Ticket | None = None
        self._closing = False
        self._crash_watchers: list[Callable[[], None]] = []
        self._thread = threading.Thread(target=self._loop, name="engine", daemon=True)
        self._thread.start()

    # -- jobs -------------------------------------------------------------------------

    def load(self, ref: ModelRef, options: LoadOptions, on_done: Done,
             on_progress: Callable[[float], None] | None = None) -> Ticket:
        """Make ref the model that replies come from; on_done(ModelInfo, error)."""
        def work(ticket: Ticket) -> ModelInfo:
            backend = self._backends.get(ref.kind)
            if backend is None:
                raise NoModelLoaded("no_backend", kind=repr(ref.kind))
            self.info = self._active = None

            def progress(_stage: str, fraction: float) -> None:
                self._check(ticket, backend)
                if on_progress:
                    self._deliver(lambda: on_progress(fraction))
            info = backend.load(ref.locator, options, progress)
            self._active, self.info = backend, info
            return info
        return self._submit(Ticket("load", work, on_done))

    def reply(self, messages: list[dict] | Callable[[], list[dict]], params: GenParams,
              on_text: Callable[[str], None], on_done: Done,
              on_progress: Callable[[float], None] | None = None) -> Ticket:
        """Write a reply with the loaded model; on_text(new text) in batches, then on_done(ChatStats, error).
        A Stop is no error: on_done gets the stats, stop_reason "cancelled". messages may be a callable,
        run here on the engine thread just before the reply (documents' passages are found there)."""
        def work(ticket: Ticket) -> ChatStats:
            backend = self._require_model()
            prepared = messages() if callable(messages) else messages
            if ticket.cancelled:
                return ChatStats(stop_reason="cancelled")
            buffer: list[str] = []
            sent_at = 0.0

            def flush() -> None:
                if buffer:
                    text = "".join(buffer)
                    buffer.clear()
                    self._deliver(lambda: on_text(text))

            def progress(_stage: str, fraction: float) -> None:
                self._check(ticket, backend)
                if on_progress:
                    self._deliver(lambda: on_progress(fraction))
            try:
                for piece in backend.chat(prepared, params, progress):
                    self._check(ticket, backend)
                    buffer.append(piece)
                    now = time.monotonic()
                    if now - sent_at >= BATCH_SECONDS:
                        flush()
                        sent_at = now
            finally:
                flush()      # the text so far is never lost, whatever ended the reply
            return backend.last_stats
        return self._submit(Ticket("reply", work, on_done))

    def count(self, messages: list[dict], on_done: Done) -> Ticket:
        """How many tokens the loaded model reads for these messages; on_done(int, error)."""
        def work(_ticket: Ticket) -> int:
            backend = self._require_model()
            if not supports(backend, "count_tokens"):
                raise EngineError("cannot_count")
            return backend.count_tokens(messages)
        return self._submit(Ticket("count", work, on_done))

    def call(self, fn: Callable[[Backend], Any], on_done: Done, kind: str | None = None) -> Ticket:
        """Run fn(backend) on the engine thread between other jobs: the backend of `kind`
        ("file" for the devices of this computer), or the one replies come from."""
        def work(_ticket: Ticket) -> Any:
            backend = self._backends.get(kind) if kind else self._require_model()
            if backend is None:
                raise NoModelLoaded("no_backend", kind=repr(kind))
            return fn(backend)
        return self._submit(Ticket(getattr(fn, "__name__", "call"), work, on_done))

    def cancel(self, ticket: Ticket | None) -> None:
        """Stop this job: dropped if it waits, stopped soon if it runs. Any thread."""
        if ticket is None:
            return
        with self._cond:
            ticket.cancelled = True
            if ticket in self._queue:
                self._queue.remove(ticket)
                waiting = True
            else:
                waiting = False
                if self._running is ticket:
                    # Only one job runs, so only its backend is busy; the others ignore a cancel.
                    for backend in self._backends.values():
                        backend.cancel()
        if waiting:
            self._finish(ticket, *self._cancelled(ticket))

    def close(self) -> None:
        """Cancel everything, stop the thread, close the backends. From the thread that made it."""
        with self._cond:
            self._closing = True
            dropped = list(self._queue)
            self._queue.clear()
            running = self._running
            self._cond.notify_all()
        for ticket in dropped:
            ticket.cancelled = True
        if running is not None:
            running.cancelled = True
            for backend in self._backends.values():
                backend.cancel()
        self._thread.join()
        for backend in self._backends.values():
            backend.close()
        self.info = self._active = None

    def watch_crashes(self, fn: Callable[[], None]) -> None:
        """fn() is delivered after any job ended because the model's process died."""
        self._crash_watchers.append(fn)

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._running is not None or bool(self._queue)

    # -- the engine thread -------------------------------------------------------------

    def _submit(self, ticket: Ticket) -> Ticket:
        with self._cond:
            if self._closing:
                ticket.cancelled = True
            else:
                self._queue.append(ticket)
                self._cond.notify()
                return ticket
        return ticket   # after close: never runs, never answers

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    self._cond.wait()
                if self._closing:
                    return
                ticket = self._running = self._queue.popleft()
            result, error = None, None
            try:
                result = ticket.work(ticket)
            except EngineError as exc:
                error = exc
            except Exception as exc:   # a bug must not end the engine thread
                log.exception("engine job %s failed", ticket.kind)
                error = EngineError("unexpected", detail=str(exc))
            if ticket.cancelled and error is None and ticket.kind not in ("reply", "load"):
                result, error = self._cancelled(ticket)
            self._finish(ticket, result, error)
            if isinstance(error, RuntimeCrashed):
                # Whatever job it was (a reply, a count, a request of the local API), the
                # model is gone: the next reply must not find a stale one, and whoever
                # watches (the chat session) loads it again.
                self.info = self._active = None
                for watcher in list(self._crash_watchers):
                    self._deliver(watcher)
            with self._cond:
                self._running = None   # only now: `busy` stays true until the answer is on its way

    def _finish(self, ticket: Ticket, result: Any, error: EngineError | None) -> None:
        if self._closing:
            return
        self._deliver(lambda: ticket.on_done(result, error))

    def _check(self, ticket: Ticket, backend: Backend) -> None:
        """A cancel that came before the backend's call began: pass it on now."""
        if ticket.cancelled:
            backend.cancel()

    def _require_model(self) -> Backend:
        if self._active is None or self.info is None:
            raise NoModelLoaded("no_model")
        return self._active

    @staticmethod
    def _cancelled(ticket: Ticket) -> tuple[Any, EngineError | None]:
        """What a cancelled job answers: a Stop is no error for a reply."""
        if ticket.kind == "reply":
            return ChatStats(stop_reason="cancelled"), None
        return None, Cancelled("cancelled")
