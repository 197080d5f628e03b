"""Words for people: parameter counts, quantizations, licences and writing speeds.

Users should not need to know what "Q4_K_M" or "apache-2.0" means; these
functions turn the technical names into short plain phrases. Nothing here
knows the user's language: a phrase is a Phrase (a code and its facts,
app/errors.py) or an English text marked with QT_TRANSLATE_NOOP("Words", …);
str() of either is English. The Models pane words them in the user's
language and writes the numbers their way (app/ui/models/words.py). Pure
functions, any thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP, Phrase

__all__ = ["ParameterCount", "parameters", "quantization_words", "Licence", "licence_words",
           "WritingSpeed", "writing_speed"]

MILLION, BILLION = "million", "billion"


@dataclass(frozen=True)
class ParameterCount:
    """How many weights a model has, as people say it: 135 million, 3.2 billion."""
    number: float          # 135, 3.2
    unit: str              # MILLION or BILLION

    def __str__(self) -> str:
        return f"{self.number:g} {self.unit}"


def parameters(count: int | None, label: str = "") -> ParameterCount | None:
    """135 million, 3.2 billion; a publisher's own label ('8B') when that is all we have;
    None when nothing says."""
    if count:
        if count >= 10**9:
            return ParameterCount(round(count / 10**9, 1), BILLION)
        return ParameterCount(round(count / 10**6), MILLION)
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([BM])\s*", label or "", re.IGNORECASE)
    if match:
        number, unit = match.groups()
        return ParameterCount(float(number), BILLION if unit.upper() == "B" else MILLION)
    return None


# Bits per weight decide size and quality; the phrases compare with Q4_K_M,
# the usual default, so that the choice reads as a trade-off.
_QUANT_WORDS = [
    (r"^(F32|F16|BF16)$", QT_TRANSLATE_NOOP("Words", "full precision: largest and slowest, no quality lost")),
    (r"^Q8", QT_TRANSLATE_NOOP("Words", "nearly full quality, about twice the default size")),
    (r"^Q6", QT_TRANSLATE_NOOP("Words", "very high quality, larger than the default")),
    (r"^Q5", QT_TRANSLATE_NOOP("Words", "high quality, slightly larger than the default")),
    (r"^Q4_K_M$|^Q4_K$", QT_TRANSLATE_NOOP("Words", "the usual choice: good quality at a moderate size")),
    (r"^(Q4|IQ4)", QT_TRANSLATE_NOOP("Words", "smaller, slightly lower quality")),
    (r"^(Q3|IQ3)", QT_TRANSLATE_NOOP("Words", "small, noticeably lower quality")),
    (r"^(Q2|IQ2|IQ1|TQ)", QT_TRANSLATE_NOOP("Words", "smallest, much lower quality; only when nothing else fits")),
    (r"^MXFP4", QT_TRANSLATE_NOOP("Words", "compact 4-bit format the model was trained for")),
]
_QUANT_UNKNOWN = QT_TRANSLATE_NOOP("Words", "compression level not recognised")


def quantization_words(quant: str) -> str:
    """What a quantization means, in English marked for translation (context "Words")."""
    quant = (quant or "").upper()
    for pattern, words in _QUANT_WORDS:
        if re.search(pattern, quant):
            return words
    return _QUANT_UNKNOWN


class Licence(Phrase):
    """A licence in plain words: its name and what it allows at work."""

    templates = {
        "apache-2.0": QT_TRANSLATE_NOOP("Words", "Apache 2.0: may be used freely, also at work and for business"),
        "mit": QT_TRANSLATE_NOOP("Words", "MIT: may be used freely, also at work and for business"),
        "llama": QT_TRANSLATE_NOOP(
            "Words", "Llama Community Licence: may be used at work and for business (unless your company has over "
                     "700 million monthly users); follow Meta's acceptable use policy"),
        "llama3": QT_TRANSLATE_NOOP(
            "Words", "Llama 3 Community Licence: may be used at work and for business (unless your company has over "
                     "700 million monthly users); follow Meta's acceptable use policy"),
        "llama3.1": QT_TRANSLATE_NOOP(
            "Words", "Llama 3.1 Community Licence: may be used at work and for business (unless your company has "
                     "over 700 million monthly users); follow Meta's acceptable use policy"),
        "llama3.2": QT_TRANSLATE_NOOP(
            "Words", "Llama 3.2 Community Licence: may be used at work and for business (unless your company has "
                     "over 700 million monthly users); follow Meta's acceptable use policy"),
        "gemma": QT_TRANSLATE_NOOP(
            "Words", "Gemma Terms of Use: may be used at work and for business, within Google's prohibited use policy"),
        "mrl": QT_TRANSLATE_NOOP(
            "Words", "Mistral Research Licence: for research and personal testing only; use at work or for business "
                     "needs a separate licence from Mistral AI"),
        "qwen-research": QT_TRANSLATE_NOOP("Words", "Qwen Research Licence: for non-commercial research only"),
        "qwen": QT_TRANSLATE_NOOP(
            "Words", "Qwen Licence: may be used at work and for business (unless your product has over 100 million "
                     "monthly users)"),
        "cc-by-4.0": QT_TRANSLATE_NOOP(
            "Words", "Creative Commons BY 4.0: may be used freely, also for business, with credit to the makers"),
        "cc-by-nc-4.0": QT_TRANSLATE_NOOP("Words", "Creative Commons BY-NC 4.0: not for business use"),
        "cc-by-nc-sa-4.0": QT_TRANSLATE_NOOP("Words", "Creative Commons BY-NC-SA 4.0: not for business use"),
        "openrail": QT_TRANSLATE_NOOP(
            "Words", "OpenRAIL: may be used, also for business, but not for the harmful uses it lists"),
        "unknown": QT_TRANSLATE_NOOP("Words", "Licence not stated: check the model's page before using it at work"),
        "other": QT_TRANSLATE_NOOP("Words", "{licence}: check the licence before using it at work"),
    }


def licence_words(licence: str | None) -> Licence:
    """A licence id (as in GGUF metadata or hub tags) in plain words."""
    key = (licence or "").strip().lower().removeprefix("license:")
    if key in Licence.templates and key not in ("unknown", "other"):
        return Licence(key)
    if key.startswith("llama"):
        return Licence("llama")
    if key.startswith("gemma"):
        return Licence("gemma")
    return Licence("unknown") if key in ("", "other", "unknown") else Licence("other", licence=licence)


# English averages about three quarters of a word per token; other languages
# have fewer words per token, so this errs on the fast side only for English.
WORDS_PER_TOKEN = 0.75


class WritingSpeed(Phrase):
    """How fast a model writes, in words a second."""

    templates = {
        "below_one": QT_TRANSLATE_NOOP("Words", "writes less than a word a second"),
        "one": QT_TRANSLATE_NOOP("Words", "writes about one word a second"),
        "words": QT_TRANSLATE_NOOP("Words", "writes about {words} words a second"),
        "fast": QT_TRANSLATE_NOOP("Words", "writes faster than anyone reads, about {words} words a second"),
    }


def writing_speed(tokens_per_s: float | None) -> WritingSpeed | None:
    """'writes about 4 words a second', rounded as people say it; None when unknown."""
    if not tokens_per_s or tokens_per_s <= 0:
        return None
    words = tokens_per_s * WORDS_PER_TOKEN
    if words < 0.75:
        return WritingSpeed("below_one")
    if words < 1.5:
        return WritingSpeed("one")
    rounded = round(words) if words < 10 else 5 * round(words / 5)
    return WritingSpeed("fast" if words >= 25 else "words", words=rounded)
