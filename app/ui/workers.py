"""Threads for the GUI: the EngineWorker that owns the model, and
run_in_background for short jobs.

The EngineWorker lives on its own QThread and is fed through queued signals;
it reports back through signals, so widgets are touched only on the GUI
thread. cancel() is the exception: it is a plain method the GUI thread calls
directly, because the worker's thread is busy inside the reply loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from app.engine import ChatStats, EngineError, GenParams, LoadOptions, ModelInfo, RuntimeCrashed, RuntimeHost

# Pieces are handed to the GUI at most this often: a repaint per token would
# waste the GUI thread and stutter.
BATCH_SECONDS = 0.05


class EngineWorker(QObject):
    """Owns the RuntimeHost; every slot runs on the worker's thread."""

    load_progress = Signal(float)                 # 0..1
    model_loaded = Signal(object)                 # ModelInfo
    load_failed = Signal(str)                     # a sentence
    prompt_progress = Signal(int, float)          # request id, 0..1 of the prompt read
    reply_pieces = Signal(int, str)               # request id, new text
    reply_finished = Signal(int, object)          # request id, ChatStats
    reply_failed = Signal(int, str, bool)         # request id, sentence, the runtime crashed
    tokens_counted = Signal(int, int)             # request id, tokens

    load_requested = Signal(str, object)          # path, LoadOptions
    chat_requested = Signal(int, list, object)    # request id, messages, GenParams
    count_requested = Signal(int, list)           # request id, messages

    def __init__(self, host: RuntimeHost) -> None:
        super().__init__()
        self.host = host
        self.info: ModelInfo | None = None
        self.load_requested.connect(self.on_load_requested)
        self.chat_requested.connect(self.on_chat_requested)
        self.count_requested.connect(self.on_count_requested)

    def cancel(self) -> None:
        """Stop the running reply or load; any thread."""
        self.host.cancel()

    @Slot(str, object)
    def on_load_requested(self, path: str, options: LoadOptions) -> None:
        self.info = None
        try:
            self.info = self.host.load(path, options, on_progress=lambda stage, f: self.load_progress.emit(f))
        except EngineError as exc:
            self.load_failed.emit(str(exc))
            return
        self.model_loaded.emit(self.info)

    @Slot(int, list, object)
    def on_chat_requested(self, request: int, messages: list, params: GenParams) -> None:
        buffer: list[str] = []
        last_emit = time.monotonic()
        try:
            for piece in self.host.chat(messages, params,
                                        on_progress=lambda _stage, f: self.prompt_progress.emit(request, f)):
                buffer.append(piece)
                now = time.monotonic()
                if now - last_emit >= BATCH_SECONDS:
                    self.reply_pieces.emit(request, "".join(buffer))
                    buffer.clear()
                    last_emit = now
        except RuntimeCrashed as exc:
            self._flush(request, buffer)
            self.info = None
            self.reply_failed.emit(request, str(exc), True)
            return
        except EngineError as exc:
            self._flush(request, buffer)
            self.reply_failed.emit(request, str(exc), False)
            return
        self._flush(request, buffer)
        self.reply_finished.emit(request, self.host.last_stats or ChatStats())

    @Slot(int, list)
    def on_count_requested(self, request: int, messages: list) -> None:
        if self.info is None:
            return
        try:
            self.tokens_counted.emit(request, self.host.count_tokens(messages))
        except EngineError:
            pass  # the meter simply stays as it was

    def _flush(self, request: int, buffer: list[str]) -> None:
        if buffer:
            self.reply_pieces.emit(request, "".join(buffer))


def start_engine_thread(worker: EngineWorker) -> QThread:
    thread = QThread()
    thread.setObjectName("engine")
    worker.moveToThread(thread)
    thread.start()
    return thread


def stop_engine_thread(worker: EngineWorker, thread: QThread) -> None:
    """Stop a reply, end the model's process and join the thread."""
    worker.cancel()
    thread.quit()
    thread.wait()
    worker.host.close()


class _Job(QRunnable):
    class _Signals(QObject):
        done = Signal(object, object)   # result, exception

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = self._Signals()

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # handed to the caller, who words it
            result, error = None, exc
        self.signals.done.emit(result, error)


# Jobs not yet reported back. Python must hold each one (and so its signals object)
# until then: the pool holds only the C++ side, and a job whose Python side was
# collected emits into nothing, so on_done was sometimes never called.
_pending: set[_Job] = set()


def run_in_background(fn: Callable[[], object], on_done: Callable[[object, Exception | None], None],
                      pool: QThreadPool | None = None) -> None:
    """Run fn on a pool thread; on_done(result, error) runs on the GUI thread."""
    job = _Job(fn)
    job.setAutoDelete(False)        # Python frees it, on the GUI thread, once it has reported
    _pending.add(job)
    job.signals.done.connect(on_done)
    job.signals.done.connect(lambda *_args: _pending.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
