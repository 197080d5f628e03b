"""Tasks: work off the GUI thread, with its result, progress and errors back on it.

The one way the UI runs slow work (Anki's habit): `run(work)` runs
work(task) on a pool thread; on_progress and on_done run on the GUI thread;
task.cancel() asks the work to stop (it reads task.cancelled); and once the
owner has closed, nothing comes back. `deliver(fn)` runs fn on the GUI thread
from any thread: the engine service hands every answer through it.

Lives on the GUI thread; run, deliver and a task's progress may be called from
any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

Done = Callable[[Any, Exception | None], None]


class Task:
    """One piece of work; the work function reads `cancelled` and may report progress."""

    def __init__(self, owner: Tasks, on_progress: Callable[..., None] | None) -> None:
        self._owner = owner
        self._on_progress = on_progress
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def progress(self, *values) -> None:
        """From the work: on_progress(*values) runs on the GUI thread (dropped once cancelled)."""
        if self._on_progress is not None and not self.cancelled:
            self._owner.deliver(lambda: self.cancelled or self._on_progress(*values))


class Tasks(QObject):
    _call = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._closed = False
        self._live: set[Task] = set()
        self._call.connect(self._on_call, Qt.ConnectionType.QueuedConnection)

    def deliver(self, fn: Callable[[], object]) -> None:
        """Run fn on the GUI thread, later; any thread."""
        if not self._closed:
            self._call.emit(fn)

    def run(self, work: Callable[[Task], Any], on_done: Done | None = None,
            on_progress: Callable[..., None] | None = None) -> Task:
        """work(task) on a pool thread; on_done(result, error) on the GUI thread, also after a cancel."""
        task = Task(self, on_progress)
        self._live.add(task)

        def body() -> None:
            try:
                result, error = work(task), None
            except Exception as exc:   # handed to on_done, which words it
                result, error = None, exc
            self.deliver(lambda: self._finished(task, on_done, result, error))

        self._pool.start(body)
        return task

    def close(self) -> None:
        """The owner is going: cancel every task and drop whatever comes back."""
        self._closed = True
        for task in self._live:
            task.cancel()
        self._live.clear()

    @property
    def running(self) -> int:
        return len(self._live)

    def _finished(self, task: Task, on_done: Done | None, result: Any, error: Exception | None) -> None:
        self._live.discard(task)
        if on_done is not None:
            on_done(result, error)

    @Slot(object)
    def _on_call(self, fn: Callable[[], object]) -> None:
        if not self._closed:
            fn()
