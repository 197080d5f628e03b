"""DataMove: copies the data folder to a new place on a thread of its own and
reports back; the switch itself is saving the setting, done on the GUI thread.

The object lives on the GUI thread; its signals are emitted from the copying
thread and so reach the GUI queued. cancel() is a plain method, any thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.datafolder import MoveError, move_data_folder


class DataMove(QObject):
    progress = Signal(int, int)       # bytes copied, bytes in all
    moved = Signal(str)               # the new folder, copied and verified
    failed = Signal(str, object)      # MoveError reason, the MoveError

    def __init__(self, source: Path, chosen: Path) -> None:
        super().__init__()
        self.source, self.chosen = source, chosen
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="data-move", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float | None = None) -> None:
        self._thread.join(seconds)

    def _run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise MoveError("cancelled")
            self.progress.emit(done, total)

        try:
            target = move_data_folder(self.source, self.chosen, progress)
        except MoveError as exc:
            self.failed.emit(exc.reason, exc)
        except Exception as exc:  # anything else: still a sentence, never a traceback
            self.failed.emit("copy", MoveError("copy", reason=str(exc)))
        else:
            self.moved.emit(str(target))
