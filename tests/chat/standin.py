"""A stand-in backend for the chat core's unit tests: replies in milliseconds.

It writes a scripted reply word by word on the engine's thread and honours
cancel() the way RuntimeHost does (a cancel reaches only a running call). The
same behaviours are tested with the real model through the GUI
(tests/ui/test_chat_pane.py); this one is for speed.
"""

from __future__ import annotations

import queue
import threading
import time

from app.engine import ChatStats, EngineError, GenParams, LoadOptions, ModelInfo, ModelLoadError, RuntimeCrashed
from app.engine.types import LocalDetails, ModelRef


class StandInBackend:
    def __init__(self, reply: str = "Paris is the capital of France.") -> None:
        self.reply = reply
        self.info: ModelInfo | None = None
        self.last_stats = ChatStats()
        self.calls: list[tuple[list[dict], GenParams]] = []
        self.hold = threading.Event()       # set: the reply waits after its first word until released
        self.release = threading.Event()
        self.crash_next = False
        self.forgotten: list = []               # what forget() and forget_all() were asked
        self._lock = threading.Lock()
        self._busy = False
        self._stop = threading.Event()

    def load(self, locator: str, options: LoadOptions, on_progress=None) -> ModelInfo:
        if "missing" in locator:
            raise ModelLoadError("file", reason="That model file is missing.")
        if on_progress:
            on_progress("load", 1.0)
        self.info = ModelInfo(ref=ModelRef.file(locator), name="Stand-in",
                              context_length=options.context_length or 2048,
                              backend="CPU", local=LocalDetails(locator, "llama", 1, "Q4_1", 1, 2048, 0, 1, 1, True))
        return self.info

    def chat(self, messages, params: GenParams, on_progress=None):
        self.calls.append((messages, params))
        with self._lock:
            self._busy = True
            self._stop.clear()
        stats = self.last_stats = ChatStats(prompt_tokens=sum(len(m["content"].split()) for m in messages))
        try:
            if self.crash_next:
                self.crash_next = False
                yield "Half "
                self.info = None
                raise RuntimeCrashed("crashed", detail="the stand-in ended")
            for n, word in enumerate(self.reply.split(" ")[:params.max_tokens]):
                if self._stop.is_set():
                    stats.stop_reason = "cancelled"
                    return
                yield word if n == 0 else " " + word
                stats.generated_tokens += 1
                if self.hold.is_set() and n == 0:
                    while not self.release.wait(0.01) and not self._stop.is_set():
                        pass
            stats.stop_reason = "eos"
        finally:
            with self._lock:
                self._busy = False

    def forget(self, messages) -> int:
        self.forgotten.append(messages)
        return 1

    def forget_all(self) -> int:
        self.forgotten.append("all")
        return 1

    def count_tokens(self, messages) -> int:
        return sum(len(m["content"].split()) for m in messages)

    def cancel(self) -> None:
        with self._lock:
            if self._busy:
                self._stop.set()

    def close(self) -> None:
        self.info = None


class Pump:
    """Runs the engine's answers on the test's thread, as the GUI thread would."""

    def __init__(self) -> None:
        self.inbox: queue.Queue = queue.Queue()

    def deliver(self, fn) -> None:
        self.inbox.put(fn)

    def until(self, condition, timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError("the engine did not answer in time")
            try:
                self.inbox.get(timeout=min(left, 0.05))()
            except queue.Empty:
                pass

    def drain(self, engine) -> None:
        """Everything the engine has to say, until it is idle and its answers are run."""
        self.until(lambda: not engine.busy and self.inbox.empty())


__all__ = ["StandInBackend", "Pump", "EngineError"]
