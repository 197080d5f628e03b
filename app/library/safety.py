"""Names from the hub are untrusted: a repository file name decides where a
file lands on disk, so one that could escape the models folder is refused;
and it is shown to the user, so one that could lie about itself is refused
too: bidi controls turn "evil\u202efdp.gguf" around on screen, invisible
format characters hide what is there, and < > are how rich text starts.

Pure functions, any thread.
"""

from __future__ import annotations

import re
import unicodedata

from app.library.errors import LibraryError

_REPO_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,95}/[A-Za-z0-9][A-Za-z0-9_.\-]{0,95}")  # fullmatch: no "\n" after
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}


class UnsafeName(LibraryError, ValueError):
    """A file or repository name that Tramontane will not use (codes in LibraryError)."""


def check_filename(name: str) -> str:
    """The file's own name (the last part of a repository path) if it is safe to
    write in the models folder; else UnsafeName.

    Refused: '..' anywhere, absolute paths, backslashes, drive letters,
    control and format characters (bidi controls, zero-width ones), line and
    paragraph separators, < and >, names that Windows reserves, and anything
    not ending in .gguf.
    """
    if not isinstance(name, str) or not name or len(name) > 255 * 4:
        raise UnsafeName("no_usable_name")
    shown = name if len(name) < 80 else name[:77] + "…"
    if ("\\" in name or name.startswith("/") or ":" in name or "<" in name or ">" in name
            or any(_hidden(c) for c in name) or any(part in ("..", ".") for part in name.split("/"))):
        raise UnsafeName("unsafe_name", name=repr(shown))
    base = name.rsplit("/", 1)[-1]
    if not base.lower().endswith(".gguf") or base.startswith("."):
        raise UnsafeName("not_gguf_name", name=repr(shown))
    if base.split(".", 1)[0].lower() in _WINDOWS_RESERVED or base != base.strip():
        raise UnsafeName("unsafe_name", name=repr(shown))
    return base


def _hidden(c: str) -> bool:
    """A character that is not what it looks like: controls (C0, DEL, C1), format
    characters (bidi, zero-width), line and paragraph separators."""
    return unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")


def check_repo_id(repo_id: str) -> str:
    if not isinstance(repo_id, str) or not _REPO_ID.fullmatch(repo_id) or ".." in repo_id:
        raise UnsafeName("bad_repo_name", name=repr(str(repo_id)[:80]))
    return repo_id
