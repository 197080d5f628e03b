"""Bring a GGUF file into the library, or take one out.

import_model() checks the file with the engine's GGUF reader first; a file
that is not a usable model is refused with a sentence and never listed. It
then either copies the file (every part of a split model) into the models
folder, with progress, through a hidden temporary name so that a cut-short
copy is never listed, or records it to be used where it is. delete_model()
only ever deletes files inside the app's own models folder; a model used in
place is only taken off the list.

Runs on the caller's thread (the GUI uses a worker thread); `should_stop`
is polled between chunks so the user can cancel a long copy.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from app.engine.gguf import GGUFError
from app.errors import Size
from app.library.errors import Cancelled, LibraryError, os_reason
from app.library.index import LibraryIndex
from app.library.local import LINKED, OWN, LocalModel, ModelScanner

CHUNK = 8 * 2**20
PARTIAL_DIR = ".partial"     # inside the models folder: same disk, so finishing is a rename
SPARE_BYTES = 100 * 10**6    # room left on the disk after a copy or download

Progress = Callable[[int, int], None]     # bytes done, bytes in all


def free_space(folder: Path) -> int:
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def unique_path(folder: Path, name: str) -> Path:
    """folder/name, or 'name (2).gguf' ... when that is taken."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def _disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


class Importer:
    """Adds and removes models; one per library (models folder and index)."""

    def __init__(self, models_dir: Path, index: LibraryIndex, scanner: ModelScanner,
                 free: Callable[[Path], int] = free_space) -> None:
        self.models_dir = Path(models_dir)
        self.index = index
        self.scanner = scanner
        self._free = free

    def check(self, source: Path) -> LocalModel:
        """The model in this file, every part read; LibraryError(sentence) if unusable."""
        source = Path(source)
        try:
            return self.scanner.load(source, LINKED)
        except GGUFError as exc:
            raise LibraryError("cannot_use", name=source.name, reason=exc) from None
        except OSError:
            raise LibraryError("file_missing", name=source.name) from None

    def import_model(self, source: Path, copy: bool = True, progress: Progress | None = None,
                     should_stop: Callable[[], bool] = lambda: False) -> Path:
        """Copy the model into the models folder (or use it where it is); the path to load."""
        model = self.check(source)
        if self._inside_models(model.path):
            return model.path
        if not copy:
            self.index.link(model.path)
            return model.path
        return self._copy(model, progress or (lambda done, total: None), should_stop)

    def _inside_models(self, path: Path) -> bool:
        try:
            return path.resolve().parent == self.models_dir.resolve()
        except OSError:
            return False

    def _copy(self, model: LocalModel, progress: Progress, should_stop) -> Path:
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = self._free(self.models_dir)
        if model.size + SPARE_BYTES > free:
            raise LibraryError("no_space_copy", needed=Size(model.size), free=Size(free))
        staging = self.models_dir / PARTIAL_DIR
        staging.mkdir(exist_ok=True)
        first = unique_path(self.models_dir, model.path.name)
        # A renamed split model keeps its parts' numbering: "name (2)-00001-of-00002.gguf" would
        # no longer be found as one model, so parts keep their own names and must all be free.
        targets = [first] if len(model.parts) == 1 else [self.models_dir / p.name for p in model.parts]
        if len(model.parts) > 1 and any(t.exists() for t in targets):
            raise LibraryError("names_taken")
        temps = [staging / (t.name + ".importing") for t in targets]
        done = 0
        try:
            for part, temp in zip(model.parts, temps, strict=True):
                done = self._copy_file(part, temp, done, model.size, progress, should_stop)
            for temp, target in zip(temps, targets, strict=True):
                os.replace(temp, target)
        except OSError as exc:
            if _disk_full(exc):
                raise LibraryError("copy_disk_full") from None
            raise LibraryError("not_copied", reason=os_reason(exc)) from None
        finally:
            for temp in temps:
                temp.unlink(missing_ok=True)
        return targets[0]

    @staticmethod
    def _copy_file(source: Path, target: Path, done: int, total: int, progress: Progress, should_stop) -> int:
        with open(source, "rb") as src, open(target, "wb") as dst:
            while block := src.read(CHUNK):
                if should_stop():
                    raise Cancelled("copy_cancelled")
                dst.write(block)
                done += len(block)
                progress(done, total)
            dst.flush()
            os.fsync(dst.fileno())
        shutil.copystat(source, target, follow_symlinks=True)
        return done

    def delete_model(self, model: LocalModel) -> None:
        """Delete a model from the models folder, or take a model used in place off the list.

        Files elsewhere (the bundled starter, shared folders) are never deleted.
        """
        if model.place == LINKED:
            self.index.unlink(model.path)
            return
        if model.place != OWN or not self._inside_models(model.path):
            raise LibraryError("not_managed", name=model.name)
        try:
            for part in model.parts:
                part.unlink(missing_ok=True)
        except OSError as exc:
            raise LibraryError("not_deleted", name=model.name, reason=os_reason(exc)) from None
        self.index.forget_source(model.path.name)
