"""Errors a user can meet, as a code and its facts; the UI words them.

Nothing below the UI knows the user's language, so an error carries a code
(a stable name), the facts that fill its sentence, and an English template
for that code. str(error) is the English sentence, for the log, scripts and
`tramontane doctor`; the UI turns the same code and facts into a sentence in
the user's language (app/ui/sentences.py) through Qt Linguist.

No Qt here: QT_TRANSLATE_NOOP below is a stand-in with Qt's name, which is
all pyside6-lupdate looks for when it collects the templates to translate.
Write it out by that name at every template: lupdate follows no alias
(`_T = QT_TRANSLATE_NOOP` hides every template behind it).
Usable from any thread; errors pickle, so they cross from the engine's child.
"""

from __future__ import annotations

ERRORS_CONTEXT = "Errors"   # the Qt Linguist context of every error's template
WORDS_CONTEXT = "Words"     # and of the phrases (Phrase) the library makes for the Models pane


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
    if isinstance(value, float):
        return f"{value:,.1f}".removesuffix(".0")
    return str(value)


def english_size(n: int) -> str:
    """Bytes in the units Windows Explorer and most office users know (1 GB = 1024³ bytes)."""
    for unit, scale in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return f"{n:,} bytes"


class Worded:
    """A code and its facts, worded by a template per code; str() is the English sentence."""

    context = ERRORS_CONTEXT            # where Qt Linguist keeps the translations of the templates
    templates: dict[str, str] = {}

    def _word(self, code: str, params: dict) -> None:
        if code not in self.templates:
            raise KeyError(f"{type(self).__name__} has no code {code!r}")
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.templates[self.code].format(**{k: english(v) for k, v in self.params.items()})


class Phrase(Worded):
    """Words for the user that are no error (what a licence allows, whether a model fits),
    made below the UI and worded by it like an error."""

    context = WORDS_CONTEXT

    def __init__(self, code: str, **params: object) -> None:
        self._word(code, params)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (other.code, other.params) == (self.code, self.params)

    def __hash__(self) -> int:
        return hash((type(self), self.code))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.params!r})"


class AppError(Worded, Exception):
    """A failure a user can meet; subclasses hold their templates: {code: English with {fields}}."""

    def __init__(self, code: str, **params: object) -> None:
        self._word(code, params)
        super().__init__(code)

    def __reduce__(self):
        return _rebuild, (type(self), self.code, self.params)


def _rebuild(cls: type[AppError], code: str, params: dict) -> AppError:
    return cls(code, **params)
