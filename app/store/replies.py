"""Text of replies being streamed, held in memory between writes.

Appending a token must cost microseconds, while a crash may lose at most
about a second of text. So append() only adds to a list, and a
ReplyFlusher thread asks the store to write whatever changed twice a second:
one UPDATE per reply, one commit for all of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

FLUSH_INTERVAL_S = 0.5


class _Pending:
    __slots__ = ("parts", "length", "written")

    def __init__(self, text: str):
        self.parts = [text]
        self.length = len(text)      # characters appended so far
        self.written = len(text)     # characters known to be in the database

    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts[:] = ["".join(self.parts)]   # join once, not on every read
        return self.parts[0]


class ReplyBuffer:
    """Replies being streamed, by message id. Any thread; one lock guards all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}

    def start(self, message_id: int, text: str = "") -> None:
        with self._lock:
            self._pending[message_id] = _Pending(text)

    def append(self, message_id: int, text: str) -> bool:
        """Adds text; False when the reply is not streaming (finished or unknown)."""
        with self._lock:
            pending = self._pending.get(message_id)
            if pending is None:
                return False
            pending.parts.append(text)
            pending.length += len(text)
            return True

    def text(self, message_id: int) -> str | None:
        """The whole text so far, or None when the reply is not streaming."""
        with self._lock:
            pending = self._pending.get(message_id)
            return None if pending is None else pending.text()

    def unwritten(self) -> list[tuple[int, str]]:
        """(message id, whole text) of each reply that changed since its last write."""
        with self._lock:
            return [(message_id, pending.text())
                    for message_id, pending in self._pending.items()
                    if pending.length != pending.written]

    def mark_written(self, message_id: int, text: str) -> None:
        with self._lock:
            pending = self._pending.get(message_id)
            if pending is not None:
                pending.written = len(text)

    def pop(self, message_id: int) -> str | None:
        """Stops tracking the reply; returns its whole text, or None if unknown."""
        with self._lock:
            pending = self._pending.pop(message_id, None)
            return None if pending is None else pending.text()

    def ids(self) -> list[int]:
        with self._lock:
            return list(self._pending)


class ReplyFlusher(threading.Thread):
    """Its own daemon thread: calls flush() every interval until stop()."""

    def __init__(self, flush: Callable[[], None], interval: float = FLUSH_INTERVAL_S):
        super().__init__(name="tramontane-store-flusher", daemon=True)
        self._flush = flush
        self._interval = interval
        self._stopping = threading.Event()

    def run(self) -> None:
        while not self._stopping.wait(self._interval):
            self._flush()

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join()
