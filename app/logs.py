"""The app's log: a few rotating files in the logs folder, on this computer only.

What goes in: start-up, versions, folders, model loads and their settings,
errors and crashes. What never goes in: conversation text, prompts, replies,
titles, search words, tokens and keys. Callers log facts about things
(sizes, counts, names of files), never their content; a record longer than
MAX_RECORD characters is cut, traceback included, so that a mistake cannot
pour a whole conversation into the file.

Libraries log what they please: httpx logs every request's address at INFO,
and an address holds the words of a hub search. So only the app's own
loggers write below WARNING, and every address loses its query ("?…")
before a record is written, whoever logged it. No Qt; any thread (logging
is thread-safe).
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
import traceback
from pathlib import Path

LOG_FILE = "tramontane.log"
MAX_BYTES = 1_000_000
BACKUPS = 3                # tramontane.log.1 .. .3: at most about 4 MB in all
MAX_RECORD = 600
MAX_SAID = 150            # characters of an exception's message

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


# Loggers whose INFO records are ours: the app's modules, and Qt's messages (app/ui/app.py).
_OWN = ("app", "qt", "py.warnings")
# An address's query and fragment: hub searches, tokens in signed download links.
_QUERY = re.compile(r"((?:[a-z][a-z0-9+.-]*:)?//[^\s?#\"'<>]*)[?#][^\s\"'<>]*", re.IGNORECASE)
# Chatty libraries, set to WARNING so their INFO records are not even built.
_THIRD_PARTY = ("httpx", "httpx2", "httpcore", "huggingface_hub", "urllib3", "filelock", "asyncio", "keyring")


def _own(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in _OWN)


class _OnlyOurs(logging.Filter):
    """Below WARNING, only the app's own records pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or _own(record.name)


def scrub(text: str) -> str:
    """text with every address's query cut off (search words, signed links)."""
    return _QUERY.sub(r"\1?…", text)


def cap(text: str) -> str:
    """At most MAX_RECORD characters: the start and, for a traceback, the end that names the error."""
    if len(text) <= MAX_RECORD:
        return text
    cut = len(text) - MAX_RECORD
    head = MAX_RECORD // 3
    return f"{text[:head]}… [{cut} characters cut] …{text[-(MAX_RECORD - head):]}"


class _SafeFormatter(logging.Formatter):
    """Formats the whole record (message, traceback, stack), then scrubs and caps it."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have formatted this record first and left its whole traceback
        # in exc_text (pytest's does); ours is made anew, with the exception's words cut short.
        cached, record.exc_text = record.exc_text, None
        try:
            return cap(scrub(super().format(record)))
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        # The frames say where; the exception's own words may quote what it was handed,
        # so they are cut short before the cap keeps the innermost frames.
        exc_type, exc, tb = ei
        said = str(exc)
        said = said if len(said) <= MAX_SAID else said[:MAX_SAID] + "…"
        frames = "".join(traceback.format_tb(tb))
        return f"Traceback (most recent call last):\n{frames}{exc_type.__name__}: {said}"


class _AppHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second setup replaces it."""


def log_path(logs_dir: Path) -> Path:
    return Path(logs_dir) / LOG_FILE


def setup_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file in logs_dir; returns its path."""
    path = log_path(logs_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _AppHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _AppHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(_SafeFormatter(_FORMAT))
    handler.addFilter(_OnlyOurs())
    root.addHandler(handler)
    root.setLevel(level)
    for name in _THIRD_PARTY:
        if logging.getLogger(name).level < logging.WARNING:
            logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return path


def stop_logging() -> None:
    """Close the log file (before the logs folder is deleted; Windows keeps open files)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _AppHandler)]:
        root.removeHandler(handler)
        handler.close()


def log_start(version: str) -> None:
    logging.getLogger("app").info("Tramontane %s starting (Python %s, %s)", version,
                                  platform.python_version(), platform.platform())


def log_uncaught(exc_type, exc, tb) -> None:
    """sys.excepthook: a bug's traceback goes to the log (code lines only, no local values),
    capped like every record, since an exception's message may quote what it was handed."""
    logging.getLogger("app").critical("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)
