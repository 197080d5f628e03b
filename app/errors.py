"""Errors a user can meet, as a code and its facts; the UI words them.

Nothing below the UI knows the user's language, so an error carries a code
(a stable name), the facts that fill its sentence, and an English template
for that code. str(error) is the English sentence, for the log, scripts and
`tramontane doctor`; the UI turns the same code and facts into a sentence in
the user's language (app/ui/sentences.py) through Qt Linguist.

No Qt here: QT_TRANSLATE_NOOP below is a stand-in with Qt's name, which is
all pyside6-lupdate looks for when it collects the templates to translate.
Usable from any thread; errors pickle, so they cross from the engine's child.
"""

from __future__ import annotations

ERRORS_CONTEXT = "Errors"   # the Qt Linguist context of every template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks text for translation; returns it unchanged."""
    return text


class Size(int):
    """A number of bytes: written "1.2 GB" in English, and in the user's locale by the UI."""


def english(value: object) -> str:
    """A fact as the English sentence shows it."""
    if isinstance(value, Size):
        return english_size(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def english_size(n: int) -> str:
    """Bytes in the units Windows Explorer and most office users know (1 GB = 1024³ bytes)."""
    for unit, scale in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return f"{n:,} bytes"


class AppError(Exception):
    """A failure a user can meet; subclasses hold their templates: {code: English with {fields}}."""

    templates: dict[str, str] = {}

    def __init__(self, code: str, **params: object) -> None:
        if code not in self.templates:
            raise KeyError(f"{type(self).__name__} has no code {code!r}")
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.templates[self.code].format(**{k: english(v) for k, v in self.params.items()})

    def __reduce__(self):
        return _rebuild, (type(self), self.code, self.params)


def _rebuild(cls: type[AppError], code: str, params: dict) -> AppError:
    return cls(code, **params)
