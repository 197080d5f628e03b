"""Words for people: sizes, parameter counts, quantizations and licences.

Users should not need to know what "Q4_K_M" or "apache-2.0" means; these
functions turn the technical names into short plain phrases. Pure functions,
any thread. (The UI passes the phrases through its own tr() where it builds
sentences around them.)
"""

from __future__ import annotations

import re

from app.errors import QT_TRANSLATE_NOOP, AppError

__all__ = ["size_text", "params_text", "quantization_words", "licence_words", "duration_text",
           "speed_text", "writing_speed", "WritingSpeed"]


def size_text(n: int | None) -> str:
    """Bytes as people read them on a disk: '4.9 GB', '812 MB'."""
    if n is None or n < 0:
        return "unknown size"
    if n < 1000**2:
        return f"{max(1, round(n / 1000))} KB"
    if n < 1000**3:
        return f"{n / 1000**2:.0f} MB"
    return f"{n / 1000**3:.1f} GB"


def params_text(count: int | None, label: str = "") -> str:
    """'3.2 billion', '135 million'; a publisher's own label ('8B') when that is all we have."""
    if count:
        if count >= 10**9:
            return f"{count / 10**9:.1f} billion".replace(".0 ", " ")
        return f"{round(count / 10**6)} million"
    match = re.fullmatch(r"\s*([\d.]+)\s*([BM])\s*", label or "", re.IGNORECASE)
    if match:
        number, unit = match.groups()
        return f"{number} {'billion' if unit.upper() == 'B' else 'million'}"
    return "unknown"


# Bits per weight decide size and quality; the phrases compare with Q4_K_M,
# the usual default, so that the choice reads as a trade-off.
_QUANT_WORDS = [
    (r"^(F32|F16|BF16)$", "full precision: largest and slowest, no quality lost"),
    (r"^Q8", "nearly full quality, about twice the default size"),
    (r"^Q6", "very high quality, larger than the default"),
    (r"^Q5", "high quality, slightly larger than the default"),
    (r"^Q4_K_M$|^Q4_K$", "the usual choice: good quality at a moderate size"),
    (r"^(Q4|IQ4)", "smaller, slightly lower quality"),
    (r"^(Q3|IQ3)", "small, noticeably lower quality"),
    (r"^(Q2|IQ2|IQ1|TQ)", "smallest, much lower quality; only when nothing else fits"),
    (r"^MXFP4", "compact 4-bit format the model was trained for"),
]


def quantization_words(quant: str) -> str:
    quant = (quant or "").upper()
    for pattern, words in _QUANT_WORDS:
        if re.search(pattern, quant):
            return words
    return "compression level not recognised"


_COMMERCIAL_OK = "may be used freely, also at work and for business"
_LICENCES = {
    "apache-2.0": f"Apache 2.0: {_COMMERCIAL_OK}",
    "mit": f"MIT: {_COMMERCIAL_OK}",
    "llama3": "Llama 3 Community Licence: may be used at work and for business (unless your company has over "
              "700 million monthly users); follow Meta's acceptable use policy",
    "llama3.1": "Llama 3.1 Community Licence: may be used at work and for business (unless your company has over "
                "700 million monthly users); follow Meta's acceptable use policy",
    "llama3.2": "Llama 3.2 Community Licence: may be used at work and for business (unless your company has over "
                "700 million monthly users); follow Meta's acceptable use policy",
    "gemma": "Gemma Terms of Use: may be used at work and for business, within Google's prohibited use policy",
    "mrl": "Mistral Research Licence: for research and personal testing only; use at work or for business "
           "needs a separate licence from Mistral AI",
    "qwen-research": "Qwen Research Licence: for non-commercial research only",
    "qwen": "Qwen Licence: may be used at work and for business (unless your product has over "
            "100 million monthly users)",
    "cc-by-4.0": "Creative Commons BY 4.0: may be used freely, also for business, with credit to the makers",
    "cc-by-nc-4.0": "Creative Commons BY-NC 4.0: not for business use",
    "cc-by-nc-sa-4.0": "Creative Commons BY-NC-SA 4.0: not for business use",
    "openrail": "OpenRAIL: may be used, also for business, but not for the harmful uses it lists",
}
_UNKNOWN = "Licence not stated: check the model's page before using it at work"


def licence_words(licence: str | None) -> str:
    """A licence id (as in GGUF metadata or hub tags) in plain words."""
    key = (licence or "").strip().lower().removeprefix("license:")
    if key in _LICENCES:
        return _LICENCES[key]
    if key.startswith("llama"):
        return _LICENCES["llama3"].replace("Llama 3", "Llama")
    if key.startswith("gemma"):
        return _LICENCES["gemma"]
    return _UNKNOWN if key in ("", "other", "unknown") else f"{licence}: check the licence before using it at work"


def duration_text(seconds: float | None) -> str:
    """Time left, rounded the way people say it."""
    if seconds is None or seconds != seconds or seconds < 0:
        return ""
    if seconds < 60:
        return "less than a minute left"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"about {minutes} minute{'s' if minutes != 1 else ''} left"
    hours, minutes = divmod(minutes, 60)
    return f"about {hours} h {minutes:02d} min left"


def speed_text(bytes_per_second: float | None) -> str:
    if not bytes_per_second:
        return ""
    return f"{size_text(int(bytes_per_second))}/s"


# English averages about three quarters of a word per token; other languages
# have fewer words per token, so this errs on the fast side only for English.
WORDS_PER_TOKEN = 0.75


class WritingSpeed(AppError):
    """How fast a model writes, in words a second, as a code and its facts: not
    an error, but worded the same way (str() in English; app/ui/sentences.py
    in the user's language)."""

    templates = {
        "below_one": QT_TRANSLATE_NOOP("Errors", "writes less than a word a second"),
        "one": QT_TRANSLATE_NOOP("Errors", "writes about one word a second"),
        "words": QT_TRANSLATE_NOOP("Errors", "writes about {words} words a second"),
        "fast": QT_TRANSLATE_NOOP("Errors", "writes faster than anyone reads, about {words} words a second"),
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
