"""PromptLookup: guesses the next tokens of a reply from the conversation itself.

A reply that corrects, reformats or translates a list repeats long runs of
its input. When the last few tokens written also occur earlier in the
conversation, the tokens that followed them there are a good guess for what
comes next ("prompt lookup decoding"). The runtime then reads the guess
together with the last token in one batch, and keeps the guessed tokens
that the model would have chosen anyway: the reply is the same, token for
token, and several tokens cost about one step.

A wrong guess costs a little (a longer batch), so guessing adapts: the
guess grows while it is taken whole and shrinks when it is not, and it
stops for a while when too little of it was taken to pay for itself
(Drafter.worth_it, from the batch costs measured in benchmarks/bench_lookup.py).

Pure Python on the Runtime's thread.
"""

from __future__ import annotations

NGRAM_MAX = 4           # the longest run of last tokens looked up
NGRAM_MIN = 2           # a single token matches too often by chance
DRAFT_MIN, DRAFT_MAX = 2, 12
# A batch of 1 + k tokens costs about (1 + BATCH_COST * k) single steps on a
# CPU (SmolLM2 on 2 cores: 0.08-0.12 per extra token, see docs/benchmarks.md).
BATCH_COST = 0.12
PAUSE_TOKENS = 32       # after a bad stretch, write this many tokens plainly


class PromptLookup:
    """An index of the conversation's n-grams: where each last occurred."""

    def __init__(self, tokens: list[int]) -> None:
        self.tokens: list[int] = []
        self._seen: list[dict[tuple[int, ...], int]] = [{} for _ in range(NGRAM_MAX + 1)]
        self._match: list[int | None] = [None] * (NGRAM_MAX + 1)
        for token in tokens:
            self.push(token)

    def push(self, token: int) -> None:
        tokens = self.tokens
        tokens.append(token)
        end = len(tokens)
        for n in range(NGRAM_MIN, min(NGRAM_MAX, end) + 1):
            key = tuple(tokens[end - n:])
            seen = self._seen[n]
            self._match[n] = seen.get(key)     # where the same run ended before, if it did
            seen[key] = end

    def draft(self, limit: int) -> list[int]:
        """Up to limit tokens that followed the longest earlier match of the last tokens."""
        for n in range(min(NGRAM_MAX, len(self.tokens)), NGRAM_MIN - 1, -1):
            at = self._match[n]
            if at is not None:
                return self.tokens[at:at + limit]
        return []


class Drafter:
    """Decides how many guessed tokens to try, from how the last guesses fared."""

    def __init__(self) -> None:
        self.size = 4
        self.pause = 0
        self.drafted = 0
        self.accepted = 0
        self._recent = 0.5          # share of recent guesses that was kept (moving average)
        self._backoff = PAUSE_TOKENS

    def limit(self) -> int:
        """How many tokens to guess now; 0 = write plainly."""
        if self.pause:
            self.pause -= 1
            return 0
        return self.size

    def taken(self, tried: int, kept: int) -> None:
        self.drafted += tried
        self.accepted += kept
        self._recent = 0.5 * self._recent + 0.5 * (kept / tried)
        self.size = min(DRAFT_MAX, self.size + 2) if kept == tried else max(DRAFT_MIN, kept + 1)
        if kept == tried:
            self._backoff = PAUSE_TOKENS
        if not self.worth_it():
            # A guess pays when more of it is kept than its extra cost in the batch.
            self.pause, self._recent = self._backoff, 0.5
            self._backoff = min(self._backoff * 2, 16 * PAUSE_TOKENS)

    def worth_it(self) -> bool:
        return self._recent > 2 * BATCH_COST
