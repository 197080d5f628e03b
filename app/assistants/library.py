"""AssistantLibrary: the built-in assistants, the organisation's folder and the user's own.

Built-ins ship in resources/assistants; the organisation's folder is named by
the IT policy (`assistants_folder`) and is read-only here, whatever the file
system allows; the user's live in the data folder's `assistants/`. The user
creates, edits, duplicates, deletes, exports and imports their own, unless
the policy says `users_may_edit_assistants: false`. A file that cannot be
read is skipped, with a sentence in `problems`; the rest load.

Plain files on disk, written atomically; any thread, one at a time (the
GUI's in the app).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
from dataclasses import replace
from pathlib import Path

from app.assistants.model import BUILTIN, MAX_FILE_BYTES, ORGANISATION, USER, Assistant, AssistantError, parse

SUFFIX = ".json"
MAX_FILES = 500          # read from one folder: a share with thousands of files is not a list of assistants


class AssistantLibrary:
    def __init__(self, builtin_dir: Path, user_dir: Path, org_dir: Path | None = None,
                 may_edit: bool = True, language: str = "en") -> None:
        self.builtin_dir, self.user_dir, self.org_dir = Path(builtin_dir), Path(user_dir), org_dir
        self.may_edit = may_edit
        self.language = language
        self.problems: list[AssistantError] = []
        self._all: dict[str, Assistant] = {}

    def load(self, language: str | None = None) -> list[Assistant]:
        """Every assistant: the organisation's first, then the user's, then the built-in ones."""
        self.language = language or self.language
        self.problems = []
        found: list[Assistant] = []
        for folder, origin in ((self.org_dir, ORGANISATION), (self.user_dir, USER), (self.builtin_dir, BUILTIN)):
            if folder is not None:
                found += self._read_folder(Path(folder), origin)
        self._all = {a.id: a for a in found}
        return found

    def all(self) -> list[Assistant]:
        return list(self._all.values())

    def get(self, assistant_id: str | None) -> Assistant | None:
        return self._all.get(assistant_id) if assistant_id else None

    # -- the user's own ------------------------------------------------------------------

    def save(self, assistant: Assistant) -> Assistant:
        """Create (an id not yet the user's) or update one of the user's assistants."""
        self._check_may_edit()
        existing = self._all.get(assistant.id)
        if existing is not None and not existing.editable:
            raise _read_only(existing)
        if existing is None:
            path = self.user_dir / f"{_slug(assistant.name)}-{secrets.token_hex(3)}{SUFFIX}"
        else:
            path = Path(existing.path)
        _write_atomic(path, assistant.to_json(), assistant.name)
        saved = replace(assistant, id=f"{USER}:{path.stem}", origin=USER, path=str(path))
        self._all[saved.id] = saved
        return saved

    def duplicate(self, assistant_id: str, copy_word: str = "copy") -> Assistant:
        original = self._all[assistant_id]
        return self.save(replace(original, id="", origin=USER, path="", name=f"{original.name} ({copy_word})"[:80]))

    def delete(self, assistant_id: str) -> None:
        self._check_may_edit()
        assistant = self._all[assistant_id]
        if not assistant.editable:
            raise _read_only(assistant)
        try:
            Path(assistant.path).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise AssistantError("not_saved", name=assistant.name, reason=(exc.strerror or "error").lower()) from None
        self._all.pop(assistant_id, None)

    def export(self, assistant_id: str, target: Path) -> None:
        """Any assistant as a file to share (in the language it is shown in)."""
        assistant = self._all[assistant_id]
        _write_atomic(Path(target), assistant.to_json(), assistant.name)

    def import_file(self, source: Path) -> Assistant:
        """A file someone shared becomes one of the user's assistants (checked like any other)."""
        self._check_may_edit()
        source = Path(source)
        assistant = parse(_read(source), source, USER, self.language)
        return self.save(replace(assistant, id="", path=""))

    # -- inside ----------------------------------------------------------------------------

    def _check_may_edit(self) -> None:
        if not self.may_edit:
            raise AssistantError("not_allowed")

    def _read_folder(self, folder: Path, origin: str) -> list[Assistant]:
        try:
            paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == SUFFIX)[:MAX_FILES]
        except OSError:
            return []            # no folder yet, or a share that is offline
        found = []
        for path in paths:
            try:
                found.append(parse(_read(path), path, origin, self.language))
            except AssistantError as exc:
                self.problems.append(exc)
        return sorted(found, key=lambda a: a.name.casefold())


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise AssistantError("unreadable", name=path.name, reason=(exc.strerror or "error").lower()) from None
    if len(data) > MAX_FILE_BYTES:
        raise AssistantError("too_large", name=path.name)
    return data


def _write_atomic(path: Path, content: dict, name: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".assistant-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(content, f, ensure_ascii=False, indent=2)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise AssistantError("not_saved", name=name, reason=(exc.strerror or "error").lower()) from None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "assistant"


def _read_only(assistant: Assistant) -> AssistantError:
    return AssistantError("read_only" if assistant.origin == ORGANISATION else "built_in", name=assistant.name)
