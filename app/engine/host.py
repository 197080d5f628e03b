"""RuntimeHost: the Runtime in a child process, with the same calls.

llama.cpp is C++: a damaged file or a driver fault can crash it. Inside a
child process such a crash ends only the child. The host turns it into
ModelLoadError or RuntimeCrashed, in words, and the next load() starts a
fresh child. The app's own process never imports llama_cpp.

Threads: one thread drives the host (load, chat, count_tokens, close);
cancel() may be called from any thread.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from app.engine.gguf import GGUFError, read_gguf
from app.engine.types import (
    ChatStats,
    Device,
    EngineError,
    EngineNotice,
    EngineStorage,
    GenParams,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    NoModelLoaded,
    RuntimeCrashed,
)

_SPAWN = multiprocessing.get_context("spawn")
# A child that has not stopped this long after cancel() is stuck: it is killed.
STUCK_AFTER_CANCEL_S = 5.0
# The child sends text at most this often (the first piece at once): every
# wake-up of this process steals a core from llama.cpp's threads, which cost
# 3.5% of generation speed when each token was sent on its own.
SEND_EVERY_S = 0.05
# close() waits this long for the child to save its KV states and end.
CLOSE_WAIT_S = 3.0

Progress = Callable[[str, float], None]


class _ChildDied(Exception):
    pass


class RuntimeHost:
    def __init__(self, storage: EngineStorage | None = None) -> None:
        """storage: where the child keeps KV states and speeds for the next start (types.py)."""
        self._storage = storage
        self._proc = None
        self._conn = None
        self._stop = _SPAWN.Value("b", 0, lock=False)   # shared memory the child reads
        # A cancel concerns the call it was made for: _busy says a call runs,
        # and _cancelled_at (the watchdog's clock) starts anew with each call.
        self._lock = threading.Lock()
        self._busy = False
        self._cancelled_at = 0.0
        self._devices: list[Device] | None = None
        self.info: ModelInfo | None = None
        self.last_stats = ChatStats()

    # -- the face ------------------------------------------------------------

    def load(self, path, options: LoadOptions = LoadOptions(), on_progress: Progress | None = None) -> ModelInfo:
        """Load a GGUF model; raises ModelLoadError with a sentence."""
        try:
            read_gguf(path)  # bounded checks here, so a bad file never reaches llama.cpp
        except GGUFError as exc:
            raise ModelLoadError("file", reason=exc) from None
        self.info = None
        try:
            with_gpu = options.gpu_layers != 0 and any(d.is_gpu for d in self.devices())
            try:
                self.info = self._call("load", str(path), options, on_progress=on_progress)
            except _ChildDied:
                if not with_gpu:
                    raise
                # A GPU driver fault: the processor alone is the safe way.
                info = self._call("load", str(path), replace(options, gpu_layers=0), on_progress=on_progress)
                self.info = replace(info, notices=(EngineNotice("gpu_driver_failed"), *info.notices))
        except _ChildDied as died:
            raise ModelLoadError("crashed_loading", detail=str(died)) from None
        except ModelLoadError:
            raise
        except EngineError as exc:
            raise ModelLoadError("file", reason=exc) from None
        return self.info

    def chat(self, messages: list[dict], params: GenParams = GenParams(),
             on_progress: Progress | None = None) -> Iterator[str]:
        """Yield the reply in pieces; last_stats is set when it ends."""
        if self.info is None or self._proc is None:
            raise NoModelLoaded("no_model")
        self.last_stats = ChatStats()
        plain = [{"role": str(m["role"]), "content": str(m["content"])} for m in messages]
        self._begin()
        finished = False
        try:
            self._conn.send(("chat", plain, params))
            for kind, *rest in self._replies():
                if kind == "piece":
                    yield rest[0]
                elif kind == "progress" and on_progress:
                    on_progress(*rest)
                elif kind == "done":
                    finished = True
                    self.last_stats = rest[0]
                    return
                elif kind == "error":
                    finished = True
                    self.last_stats = rest[1]
                    raise rest[0]
        except _ChildDied as died:
            finished = True
            self.info = None
            raise RuntimeCrashed("crashed", detail=str(died)) from None
        finally:
            if not finished:  # the caller stopped reading: stop the child and drain its pipe
                self.cancel()
                try:
                    for kind, *_rest in self._replies():
                        if kind in ("done", "error"):
                            break
                except _ChildDied:
                    self.info = None
            self._end()

    def cancel(self) -> None:
        """Stop the running call (chat, load, count) soon; safe from any thread.
        With no call running it does nothing: it never reaches a later call."""
        with self._lock:
            if self._busy:
                self._cancelled_at = time.monotonic()
                self._stop.value = 1

    def close(self) -> None:
        """End the child process and free its memory."""
        if self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(("close",))
                self._proc.join(CLOSE_WAIT_S)   # it saves recent KV states first (runtime.PERSIST_SECONDS)
            except (OSError, EOFError):
                pass
        self._reap()
        self.info = None

    # -- more calls the app uses -------------------------------------------------

    def devices(self) -> list[Device]:
        if self._devices is None:
            self._devices = self._call("devices")
        return self._devices

    def backends(self) -> list:
        """The llama.cpp backends the child loaded or skipped (hardware.BackendStatus), with reasons."""
        return self._call("backends")

    def count_tokens(self, messages: list[dict]) -> int:
        return self._call("count_tokens", messages)

    def forget(self, messages: list[dict]) -> int:
        """Drop the saved KV states of this conversation (call it when the conversation
        is deleted); returns how many. Nothing to do without a model."""
        if self.info is None or self._proc is None:
            return 0
        plain = [{"role": str(m["role"]), "content": str(m["content"])} for m in messages]
        return self._call("forget", plain)

    def forget_all(self) -> int:
        """Drop every saved KV state (all conversations were deleted), whether or not a model runs."""
        if self._proc is not None and self._proc.is_alive():
            return self._call("forget_all")
        from app.engine.kvstore import clear_folder  # noqa: PLC0415  (cryptography: the child's business)
        return clear_folder(self._storage.kv_folder) if self._storage and self._storage.kv_folder else 0

    def tokenize(self, text: str, special: bool = False) -> list[int]:
        return self._call("tokenize", text, special)

    def embed(self, texts: list[str], model: str | None = None):
        """L2-normalised vectors (a float32 numpy array, a row per text) from the embedding
        model at `model`, or from the loaded chat model, mean-pooled (embedder.py)."""
        path = model or (self.info.local.path if self.info is not None and self.info.local else None)
        if path is None:
            raise NoModelLoaded("no_model")
        return self._call("embed", str(path), list(texts))

    def detokenize(self, tokens: list[int]) -> str:
        return self._call("detokenize", tokens)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    # -- the child ---------------------------------------------------------------

    def _call(self, name: str, *args, on_progress: Progress | None = None):
        self._ensure_child()
        self._begin()
        try:
            self._conn.send((name, *args))
            for kind, *rest in self._replies():
                if kind == "progress" and on_progress:
                    on_progress(*rest)
                elif kind == "done":
                    return rest[0]
                elif kind == "error":
                    raise rest[0]
        finally:
            self._end()

    def _begin(self) -> None:
        with self._lock:
            self._busy = True
            self._cancelled_at = 0.0
            self._stop.value = 0

    def _end(self) -> None:
        with self._lock:
            self._busy = False
            self._cancelled_at = 0.0

    def _replies(self) -> Iterator[tuple]:
        """Messages from the child; raises _ChildDied when it crashes or hangs."""
        while True:
            try:
                if self._conn.poll(0.05):
                    yield self._conn.recv()
                    continue
            except (EOFError, OSError):
                pass
            else:
                if self._proc.is_alive():
                    if self._cancelled_at and time.monotonic() - self._cancelled_at > STUCK_AFTER_CANCEL_S:
                        self._proc.kill()
                    continue
            self._proc.join(1.0)
            reason = _describe_exit(self._proc.exitcode)
            self._reap()
            raise _ChildDied(reason)

    def _ensure_child(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        self._reap()
        parent_end, child_end = _SPAWN.Pipe()
        self._proc = _SPAWN.Process(target=_serve, args=(child_end, self._stop, self._storage),
                                    name="tramontane-runtime", daemon=True)
        with _plain_main():
            self._proc.start()
        child_end.close()  # so that the child's death reads as end-of-file here
        self._conn = parent_end

    def _reap(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(2.0)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None
        self._devices = None


@contextmanager
def _plain_main():
    """Start the child without the parent's main module.

    multiprocessing's spawn runs the parent's __main__ again in the child; a
    script without an `if __name__ == "__main__":` guard would then load a
    model inside the child's start-up and kill it. The child needs nothing
    from __main__ (its target lives in this module), so it is shown an empty
    one while the start-up data is gathered.
    """
    real = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = real


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"it was ended by {signal.Signals(-code).name}"
        except ValueError:
            pass
    return f"exit code {code}"


def _stream(conn, pieces: Iterator[str]) -> None:
    """Send the reply's pieces in batches; the first one without waiting."""
    batch: list[str] = []
    sent_at = 0.0
    try:
        for piece in pieces:
            batch.append(piece)
            now = time.monotonic()
            if now - sent_at >= SEND_EVERY_S:
                conn.send(("piece", "".join(batch)))
                batch.clear()
                sent_at = now
    finally:
        if batch:
            conn.send(("piece", "".join(batch)))


def _serve(conn, stop, storage=None) -> None:
    """The child process: owns one Runtime and answers the host's requests."""
    from app.engine import hardware  # noqa: PLC0415
    from app.engine.embedder import Embedder  # noqa: PLC0415
    from app.engine.runtime import Runtime  # noqa: PLC0415  (llama_cpp: in the child only)

    runtime = Runtime(should_stop=lambda: stop.value != 0, storage=storage)
    embedder = Embedder(should_stop=lambda: stop.value != 0)   # its own model and context (issue 14)

    def progress(stage: str, fraction: float) -> None:
        conn.send(("progress", stage, fraction))

    calls = {
        "load": lambda path, options: runtime.load(path, options, progress),
        "devices": hardware.devices,
        "backends": hardware.backend_report,
        "count_tokens": runtime.count_tokens,
        "forget": runtime.forget,
        "forget_all": runtime.forget_all,
        "tokenize": runtime.tokenize,
        "detokenize": runtime.detokenize,
        "embed": embedder.embed,
    }
    while True:
        try:
            name, *args = conn.recv()
        except (EOFError, OSError):
            return  # the app has gone away
        if name == "close":
            embedder.close()
            runtime.close()
            return
        try:
            if name == "chat":
                _stream(conn, runtime.chat(*args, progress=progress))
                conn.send(("done", runtime.last_stats))
            else:
                conn.send(("done", calls[name](*args)))
        except EngineError as exc:
            conn.send(("error", exc, runtime.last_stats))
        except Exception as exc:  # a bug here must not take the conversation down
            conn.send(("error", EngineError("unexpected", detail=str(exc)), runtime.last_stats))
