"""LibraryIndex: what the library remembers beyond the files themselves.

Models used in place (a file left where it was, outside the models folder)
and where downloaded files came from (repository, licence, checksum), so the
list can show a licence even when the GGUF does not carry one. One small
JSON file in the data folder, written atomically. Any thread; a lock keeps
concurrent writers (a finishing download, an import) from losing entries.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path


class LibraryIndex:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return data
        except (OSError, ValueError):
            pass  # a missing or damaged index only loses the extras, never a model file
        return {}

    def _write(self, data: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".library-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- models used in place ----------------------------------------------------

    def linked(self) -> list[Path]:
        return [Path(p) for p in self._read().get("linked", []) if isinstance(p, str)]

    def link(self, path: Path) -> None:
        with self._lock:
            data = self._read()
            links = [p for p in data.get("linked", []) if p != str(path)]
            data["linked"] = links + [str(path)]
            self._write(data)

    def unlink(self, path: Path) -> None:
        with self._lock:
            data = self._read()
            data["linked"] = [p for p in data.get("linked", []) if p != str(path)]
            self._write(data)

    # -- where downloads came from ---------------------------------------------

    def source(self, filename: str) -> dict:
        entry = self._read().get("sources", {}).get(filename)
        return entry if isinstance(entry, dict) else {}

    def remember_source(self, filename: str, **facts) -> None:
        with self._lock:
            data = self._read()
            data.setdefault("sources", {})[filename] = facts
            self._write(data)

    def forget_source(self, filename: str) -> None:
        with self._lock:
            data = self._read()
            if data.get("sources", {}).pop(filename, None) is not None:
                self._write(data)
