"""Errors, notices and phrases from below the UI, in the user's language. GUI thread.

The core raises AppError(code, facts) or makes a Phrase(code, facts), each
with an English template (app/errors.py); here the same template is looked
up in Qt Linguist's translations (the class's context: "Errors" or "Words")
and filled with the facts written the user's way: numbers and sizes in their
locale, nested errors and phrases worded too. A translation that does not fit
its facts falls back to English rather than fail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.errors import Size, Worded


def sentence(what: Exception | Worded | str) -> str:
    """A plain sentence for an error, a notice, a phrase or a string that is one already."""
    if isinstance(what, Worded):
        template = QCoreApplication.translate(what.context, what.templates[what.code])
        try:
            return template.format(**{name: _fact(value) for name, value in what.params.items()})
        except (KeyError, IndexError, ValueError, AttributeError):
            return str(what)
    return str(what)


def size_text(n: int) -> str:
    """Bytes as "1.2 GB" in the user's locale; GB is 1024³ bytes, as Windows Explorer counts.
    The one size formatter of the UI (the core's English one is app.errors.english_size)."""
    return QLocale().formattedDataSize(int(n), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def number_text(n: int | float, decimals: int = 1) -> str:
    """A number with the user's digit grouping and decimal mark ("8 192", "2,5"); a float
    that is whole shows no decimals ("3" rather than "3,0")."""
    if isinstance(n, int):
        return QLocale().toString(n)
    if float(n).is_integer():
        return QLocale().toString(int(n))
    return QLocale().toString(float(n), "f", decimals)


def _fact(value: object) -> str:
    if isinstance(value, (Exception, Worded)):
        return sentence(value)
    if isinstance(value, Size):
        return size_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return number_text(value)
    return str(value)
