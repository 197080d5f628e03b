"""What can go wrong with a user's document, as codes and facts; the UI words them.

Each failure concerns one file and leaves the others working: the indexer
records the code and facts with the document, and the attachments strip
shows the sentence beside the file's name. Any thread.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, AppError, Size


class DocumentError(AppError):
    templates = {
        "unsupported": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is not a kind of file Tramontane can read. It reads text, Markdown, PDF, "
                      "Word (.docx), HTML, CSV and Excel (.xlsx) files."),
        "too_large": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is too large to read ({size}); the limit is {limit}."),
        "too_many_pages": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” has more than {pages} pages, more than Tramontane reads of one document."),
        "missing": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” could not be found; it may have been moved or deleted."),
        "unreadable": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” could not be read ({reason})."),
        "changed_while_read": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” changed or disappeared while it was being read; try again."),
        "damaged": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is damaged and could not be read."),
        "bomb": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” unpacks to far more than its size ({size}), as a booby-trapped file would; "
                      "it was not opened."),
        "encrypted": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is protected with a password. Save a copy without the password and attach that."),
        "no_text": QT_TRANSLATE_NOOP(
            "Errors", "“{name}” holds no text that can be read, only images (a scanned document?). "
                      "Run text recognition (OCR) on it first."),
        "too_many_files": QT_TRANSLATE_NOOP(
            "Errors", "The folder “{name}” holds more than {count} files; only the first {count} are read."),
    }


_SIZES = ("size", "limit")


def stored(error: DocumentError) -> dict:
    """The error as the store keeps it (JSON): code and facts."""
    return {"code": error.code, "params": {k: v if isinstance(v, (str, int, float, bool)) else str(v)
                                           for k, v in error.params.items()}}


def from_stored(record: dict | None) -> DocumentError | None:
    """The error a file met, back from the store; None when it is not one this version knows."""
    if not isinstance(record, dict) or record.get("code") not in DocumentError.templates:
        return None
    raw = dict(record.get("params") or {})
    params = {k: Size(v) if k in _SIZES and isinstance(v, int) else v for k, v in raw.items()}
    try:
        error = DocumentError(record["code"], **params)
        str(error)
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    return error
