"""The app's log: a few rotating files in the logs folder, on this computer only.

What goes in: start-up, versions, folders, model loads and their settings,
errors and crashes. What never goes in: conversation text, prompts, replies,
titles, search words, tokens and keys. Callers log facts about things
(sizes, counts, names of files), never their content; a record longer than
MAX_RECORD characters is cut, so that a mistake cannot pour a whole
conversation into the file. No Qt; any thread (logging is thread-safe).
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

LOG_FILE = "tramontane.log"
MAX_BYTES = 1_000_000
BACKUPS = 3                # tramontane.log.1 .. .3: at most about 4 MB in all
MAX_RECORD = 600

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _Cap(logging.Filter):
    """Cuts over-long records (arguments included) before they reach the file."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if len(text) > MAX_RECORD:
            record.msg, record.args = text[:MAX_RECORD] + f"… [{len(text) - MAX_RECORD} characters cut]", None
        return True


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
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_Cap())
    root.addHandler(handler)
    root.setLevel(level)
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
    """sys.excepthook: a bug's traceback goes to the log (code lines only, no local values)."""
    logging.getLogger("app").critical("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)
