"""Words: the library's words for the Models pane, in the user's language. GUI thread.

The library below the UI says what it means as codes and facts or as
English phrases marked for Qt Linguist (context "Words", app/library/
describe.py and fit.py); this object words them, with numbers, sizes and
plurals the user's way. Each view keeps one as a child, since Qt Linguist
finds plural forms only in self.tr(text, "", n).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject

from app.errors import WORDS_CONTEXT
from app.library.describe import BILLION, ParameterCount, quantization_words
from app.library.fit import VERDICT_WORDS
from app.ui.sentences import number_text, sentence, size_text


class Words(QObject):
    def size(self, n: int | None) -> str:
        """'4.9 GB' (GB = 1024³ bytes, as Windows Explorer counts)."""
        return self.tr("unknown size") if n is None or n < 0 else size_text(n)

    def parameters(self, count: ParameterCount | None) -> str:
        """'135 million', '3,2 milliards'."""
        if count is None:
            return self.tr("unknown")
        number = number_text(count.number)
        n = math.ceil(count.number)            # the plural form: "1.5 billion" is plural in most languages
        if count.unit == BILLION:
            return self.tr("{number} billion", "", n).format(number=number)
        return self.tr("{number} million", "", n).format(number=number)

    def context(self, tokens: int) -> str:
        """How much the model reads at once: '8 192 tokens at once'."""
        return self.tr("%Ln tokens at once", "", tokens) if tokens else ""   # %Ln: the locale's digits

    def quantization(self, quant: str) -> str:
        """'Q4_K_M: the usual choice: good quality at a moderate size'."""
        return self.tr("{name}: {meaning}").format(name=quant or "?", meaning=self.quantization_meaning(quant))

    @staticmethod
    def quantization_meaning(quant: str) -> str:
        return QCoreApplication.translate(WORDS_CONTEXT, quantization_words(quant))

    @staticmethod
    def verdict(code: str) -> str:
        """'Fits', 'Tight', 'Does not fit'."""
        return QCoreApplication.translate(WORDS_CONTEXT, VERDICT_WORDS[code])

    def advice(self, advice) -> str:
        """'Fits: needs about 614 MB, 22.5 GB free'."""
        return self.tr("{verdict}: {reason}").format(verdict=self.verdict(advice.verdict),
                                                     reason=sentence(advice.reason))

    def speed(self, bytes_per_second: float | None) -> str:
        """A download's speed: '2.4 MB/s'."""
        return self.tr("{size}/s").format(size=size_text(int(bytes_per_second))) if bytes_per_second else ""

    def time_left(self, seconds: float | None) -> str:
        """Time left, rounded the way people say it."""
        if seconds is None or seconds != seconds or seconds < 0:
            return ""
        if seconds < 60:
            return self.tr("less than a minute left")
        minutes = round(seconds / 60)
        if minutes < 60:
            return self.tr("about %n minute(s) left", "", minutes)
        hours, minutes = divmod(minutes, 60)
        return self.tr("about {hours} h {minutes} min left").format(hours=hours, minutes=f"{minutes:02d}")
