"""InstanceLock: one running Tramontane per data folder.

Two processes writing the same database through SQLite would be safe, but
two windows showing the same conversations and streaming into them would
confuse the user, so the second one refuses with a sentence. The OS drops
the lock when the process dies, even by SIGKILL, so a crash never leaves
the folder locked.

Used by ChatStore on the thread that opens and closes it.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import already_open, from_os

if os.name == "nt":
    import msvcrt
else:
    import fcntl

LOCK_FILE = "conversations.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self._folder = data_dir
        self._path = data_dir / LOCK_FILE
        self._file = None

    def acquire(self) -> None:
        """Takes the lock or raises StoreError; never waits."""
        try:
            file = open(self._path, "a+b")
        except OSError as exc:
            raise from_os(exc, self._folder) from exc
        try:
            if os.name == "nt":
                file.seek(0)
                msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError) as exc:
            file.close()             # another process holds it (Windows says EACCES)
            raise already_open(self._folder) from exc
        except OSError as exc:
            file.close()
            raise from_os(exc, self._folder) from exc
        self._file = file

    def release(self) -> None:
        if self._file is None:
            return
        if os.name == "nt":
            self._file.seek(0)
            msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
        self._file.close()           # closing drops a flock on POSIX
        self._file = None
