"""PromptLookup: guesses the next tokens of a reply from the conversation itself.

A reply that corrects, reformats or translates a list repeats long runs of
its input. When the last few tokens written also occur earlier in the
conversation, the tokens that followed them there are a good guess for what
comes next ("prompt lookup decoding"). The runtime then reads the guess
together with the last token in one batch, and keeps the guessed tokens
that the model would have chosen anyway: the reply is the same, token for
token, and several tokens cost about one step.

A wrong guess costs time: a longer batch costs more than one token, how much
more depends on the machine and the model (on the starter model on one
processor core, 0.35-0.4 of a step per extra token, benchmarks/bench_lookup.py;
on a graphics card little). So the Drafter pauses guessing (longer each
time) while less of the guesses is kept than they cost. It decides from
tokens kept, not from the clock, so that the same conversation gets the same
reply every time. The guess grows while it is taken whole and shrinks when
it is not.

The reply matches plain decoding token for token only as far as llama.cpp's
batched arithmetic matches its one-token arithmetic. On the processor its
llamafile kernels read a batch with logits up to about one unit apart, so
where the model's two best tokens are that close, the reply may take the
other. Without llamafile the two are identical, but prompts are read 10-55%
slower; keeping llamafile for prompts only makes them identical too, but then
a guess costs as much as its tokens read one by one, and guessing gains
nothing on the starter model (docs/benchmarks.md).

Pure Python on the Runtime's thread.
"""

from __future__ import annotations

NGRAM_MAX = 4           # the longest run of last tokens looked up
NGRAM_MIN = 3           # shorter runs match by chance too often in free writing
DRAFT_MIN, DRAFT_MAX = 1, 12
PAUSE_TOKENS = 32       # after a bad stretch, write at least this many tokens plainly
# What one more guessed token costs, as a share of a plain step (measured, see above).
BATCH_COST_CPU, BATCH_COST_GPU = 0.4, 0.1


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
    """Decides how many guessed tokens to try, from how much of the last guesses was kept."""

    def __init__(self, batch_cost: float = BATCH_COST_CPU) -> None:
        self.size = 3
        self.pause = 0
        self.drafted = 0
        self.accepted = 0
        self._cost = batch_cost
        self._recent = 1.0          # share of recent guesses kept (moving average)
        self._backoff = PAUSE_TOKENS

    def limit(self) -> int:
        """How many tokens to guess now; 0 = write plainly."""
        if self.pause:
            self.pause -= 1
            return 0
        return self.size

    def taken(self, tried: int, kept: int) -> None:
        """A guessing step: tried tokens guessed, kept of them taken."""
        self.drafted += tried
        self.accepted += kept
        self._recent = 0.5 * self._recent + 0.5 * (kept / tried)
        if kept == tried:
            self.size = min(DRAFT_MAX, self.size * 2)
            self._backoff = PAUSE_TOKENS
        else:
            self.size = max(DRAFT_MIN, kept + 1)
        if self._recent < self._cost:
            # Less was kept than the longer batches cost: write plainly for a while.
            self.pause, self._recent = self._backoff, 1.0
            self._backoff = min(self._backoff * 2, 16 * PAUSE_TOKENS)
