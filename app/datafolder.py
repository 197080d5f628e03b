"""The data folder: where it is, how big it is, moving it, and wiping all app data.

Moving copies the folder to its new place under a temporary name, reads
every file back and compares it with the original, and only then gives the
copy its real name. The caller switches to it by saving the setting, which
is one atomic rename, and then restarts at once: a session that went on
writing to the old folder would lose what it wrote, since the next start
reads the copy. The old folder is left as it was. So an interruption at any
point leaves the old folder in use and complete, and at worst a ".moving"
folder that the next attempt removes: only one this code made (it holds
MOVING_MARK), never a folder of that name it did not make, and never
through a link. No Qt; run it off the GUI thread, since copying models
takes a while.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from app.engine.servers import forget_keys
from app.errors import QT_TRANSLATE_NOOP, AppError, Size
from app.library.tokens import USERNAME as TOKEN_ACCOUNT
from app.paths import APP_NAME, AppPaths
from app.store.keys import KEY_REF_FILE, SERVICE, forget_key, usable_keychain
from app.store.lock import LOCK_FILE

log = logging.getLogger(__name__)

CHUNK = 1 << 20
SPARE_BYTES = 64 * 2**20        # free space to keep beyond the copy itself
STAGING_SUFFIX = ".moving"
MOVING_MARK = ".tramontane-moving"     # inside a staging folder this code made
_SKIPPED = {LOCK_FILE}          # held open by this process; the new place makes its own

Progress = Callable[[int, int], None]     # bytes done, bytes in all; may raise MoveError("cancelled")


class MoveError(AppError):
    """The folder could not be moved; nothing changed. Its code (also `reason`) is one of
    "same", "inside", "not empty", "space", "staging", "copy", "verify", "cancelled"."""

    templates = {
        "same": QT_TRANSLATE_NOOP("Errors", "That is already the data folder."),
        "inside": QT_TRANSLATE_NOOP("Errors", "The new folder cannot be inside the current one, nor the other "
                                              "way round."),
        "not empty": QT_TRANSLATE_NOOP("Errors", "{target} already holds files; choose an empty folder."),
        "space": QT_TRANSLATE_NOOP("Errors", "There is not enough free space at {anchor} for {size}."),
        "verify": QT_TRANSLATE_NOOP("Errors", "The copy of {name} differs from the original; nothing was "
                                              "changed."),
        "copy": QT_TRANSLATE_NOOP("Errors", "The copy failed ({reason}); nothing was changed."),
        "staging": QT_TRANSLATE_NOOP("Errors", "{path} is in the way and was not made by Tramontane; move it "
                                               "away or choose another folder. Nothing was changed."),
        "cancelled": QT_TRANSLATE_NOOP("Errors", "The move was cancelled; nothing was changed."),
    }

    @property
    def reason(self) -> str:
        return self.code


def effective_paths(paths: AppPaths, data_folder: str) -> AppPaths:
    """The folders in use when the data folder was moved (or set by policy)."""
    if not data_folder:
        return paths
    data = Path(data_folder)
    models = data / "models" if paths.models == paths.data / "models" else paths.models
    return replace(paths, data=data, models=models)


def folder_size(path: Path) -> int:
    """Bytes of the files below path; unreadable parts count as nothing."""
    total = 0
    for root, _dirs, files in os.walk(path, onerror=lambda _e: None):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def move_target(source: Path, chosen: Path) -> Path:
    """The folder a move creates: the chosen one when it is empty or new, else a
    "Tramontane" folder inside it (a user who picks "D:\\" means "put it on D:")."""
    if not chosen.exists() or (chosen.is_dir() and not any(chosen.iterdir())):
        return chosen
    return chosen / APP_NAME


def move_data_folder(source: Path, chosen: Path, progress: Progress | None = None) -> Path:
    """Copy source to its new place and check the copy; returns the new folder.

    The caller must make sure nothing writes to source meanwhile (flush the
    store; no reply streaming)."""
    source = source.resolve()
    target = move_target(source, chosen.resolve())
    if source in (target, chosen.resolve()):
        raise MoveError("same")
    if target.is_relative_to(source) or source.is_relative_to(target):
        raise MoveError("inside")
    if target.exists() and any(target.iterdir()):
        raise MoveError("not empty", target=target)
    files = _files(source)
    total = sum(size for _rel, size in files)
    anchor = next(p for p in (target, *target.parents) if p.exists())
    if shutil.disk_usage(anchor).free < total + SPARE_BYTES:
        raise MoveError("space", anchor=anchor, size=Size(total))
    staging = _fresh_staging(target.with_name(target.name + STAGING_SUFFIX))
    log.info("moving the data folder: %d files, %d bytes", len(files), total)
    try:
        done = 0
        for rel, _size in files:
            done = _copy(source / rel, staging / rel, done, total, progress)
        for rel, _size in files:
            if _digest(source / rel) != _digest(staging / rel):
                raise MoveError("verify", name=rel)
        (staging / MOVING_MARK).unlink()
        if target.exists():
            target.rmdir()                              # empty, checked above
        os.replace(staging, target)
    except MoveError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise MoveError("copy", reason=exc.strerror or str(exc)) from exc
    log.info("data folder copied and verified")
    return target


def _fresh_staging(staging: Path) -> Path:
    """Makes the staging folder, new and empty. One an interrupted move left (it holds
    MOVING_MARK and is no link) is removed first; anything else of that name is refused."""
    if staging.is_symlink() or staging.exists():
        ours = (not staging.is_symlink() and staging.is_dir() and (staging / MOVING_MARK).is_file()
                and not (staging / MOVING_MARK).is_symlink())
        if not ours:
            raise MoveError("staging", path=staging)
        shutil.rmtree(staging)
    try:
        staging.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()                   # fails if something appeared meanwhile: never written through
        (staging / MOVING_MARK).write_text("A copy of Tramontane's data folder, not finished.\n")
    except OSError as exc:
        raise MoveError("copy", reason=exc.strerror or str(exc)) from exc
    return staging


def _files(source: Path) -> list[tuple[Path, int]]:
    found = []
    for root, _dirs, names in os.walk(source):
        for name in names:
            path = Path(root) / name
            if name in _SKIPPED and path.parent == source or path.is_symlink():
                continue
            found.append((path.relative_to(source), path.stat().st_size))
    return found


def _copy(src: Path, dst: Path, done: int, total: int, progress: Progress | None) -> int:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while block := fin.read(CHUNK):
            fout.write(block)
            done += len(block)
            if progress:
                progress(done, total)
        fout.flush()
        os.fsync(fout.fileno())
    shutil.copystat(src, dst)
    return done


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def delete_app_data(paths: AppPaths) -> list[str]:
    """Remove what the app made (conversations, keys, downloaded models, settings,
    caches, logs) and its keychain entries; returns what could not be removed.

    Only known names are removed and a folder only when it ends up empty: the
    data folder may be one the user or an administrator chose, with other
    files in it. The store, the engine and the log file must be closed first."""
    failed: list[str] = []
    # This folder's own keychain entry first: its name is in a file about to go.
    problem = forget_key(paths.data)
    if problem:
        failed.append(problem)
    failed += forget_keys(paths.config)       # company servers' keys and the local API's; names in servers.json
    owned = {
        paths.data: ["conversations.db", "conversations.db-wal", "conversations.db-shm",
                     "conversations.db-journal", "conversations.key", "conversations.key.new", KEY_REF_FILE,
                     f"{KEY_REF_FILE}.new", LOCK_FILE,
                     "backups", "library.json", "library.json.*"],
        paths.models: ["*"],      # the app's own models folder (downloads, imports), never the user's
        paths.config: ["settings.json", "settings.json.bad", ".settings-*.tmp", "window.ini", "servers.json",
                       ".servers-*.tmp"],
        paths.cache: ["*"],
        paths.logs: ["tramontane.log*"],
    }
    for folder, patterns in owned.items():
        for pattern in patterns:
            for path in folder.glob(pattern) if any(c in pattern for c in "*?") else [folder / pattern]:
                _remove(path, failed)
    for folder in (paths.models, paths.data, paths.config, paths.cache, paths.logs):
        try:
            folder.rmdir()          # only when empty: other files stay, and so does their folder
        except OSError:
            pass
    # The hub token is the user's, not the folder's; the entry that every folder shared
    # before each had its own is left alone, since another data folder may still need it.
    backend = usable_keychain()
    if backend is not None:
        try:
            if backend.get_password(SERVICE, TOKEN_ACCOUNT) is not None:
                backend.delete_password(SERVICE, TOKEN_ACCOUNT)
        except Exception as exc:     # keychain backends raise all sorts
            failed.append(f"keychain entry {TOKEN_ACCOUNT}: {type(exc).__name__}")
    log.info("app data deleted; %d items could not be removed", len(failed))
    return failed


def _remove(path: Path, failed: list[str]) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
    except OSError as exc:
        failed.append(f"{path}: {exc.strerror or exc}")
