"""write_reply: the loop that writes a reply, token by token or guess by guess.

Each plain step costs one llama_decode of one token, one sample and one
piece lookup; names are bound locally, since this loop is where the time
goes. Where the reply repeats the conversation (lookup.py), a step reads the
last token together with a guess of the next ones, and keeps the guessed
tokens the sampler picks anyway, one by one, in the order plain decoding
would have picked them: the reply is the same, only sooner.

Runtime's thread only.
"""

from __future__ import annotations

import codecs
import time
from collections.abc import Callable, Iterator

import llama_cpp as L

from app.engine.context import LiveContext
from app.engine.lookup import DRAFT_MAX, Drafter, PromptLookup
from app.engine.sampler import Sampler
from app.engine.types import ChatStats, EngineError, GenParams
from app.engine.vocab import Vocab


class GuessBatch:
    """A llama_batch for the last token and a guess, logits for every position."""

    def __init__(self) -> None:
        self.batch = L.llama_batch_init(DRAFT_MAX + 1, 0, 1)

    def fill(self, tokens: list[int], start: int):
        b = self.batch
        b.n_tokens = len(tokens)
        for i, token in enumerate(tokens):
            b.token[i], b.pos[i], b.n_seq_id[i], b.logits[i] = token, start + i, 1, 1
            b.seq_id[i][0] = 0
        return b

    def free(self) -> None:
        if self.batch is not None:
            L.llama_batch_free(self.batch)
            self.batch = None


def write_reply(live: LiveContext, vocab: Vocab, params: GenParams, stats: ChatStats, started: float,
                should_stop: Callable[[], bool], lookup: PromptLookup | None,
                guesses: GuessBatch | None, drafter: Drafter | None = None) -> Iterator[str]:
    """Yields the reply's text; stats gets its figures when it ends. The KV cache
    ends up holding the tokens in live.tokens, exactly."""
    sampler = Sampler(params, vocab.size)
    drafter = drafter or Drafter()
    sample, decode, is_end, piece = sampler.sample, L.llama_decode, vocab.is_end_of_turn, vocab.piece
    one = (L.llama_token * 1)()
    single = L.llama_batch_get_one(one, 1)
    ctx, cached = live.ctx, live.tokens
    room = live.size
    utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
    ignore_eos, max_tokens = params.ignore_eos, params.max_tokens
    first_at = 0.0
    generated = 0
    reason = "length"
    ready = [sample(ctx)]           # chosen, not yet shown; the last of them not yet read
    try:
        while True:
            stop = False
            for token in ready:
                if not ignore_eos and is_end(token):
                    reason, stop = "eos", True
                    break
                generated += 1
                text = utf8.decode(piece(token))
                if not first_at:
                    first_at = time.perf_counter()
                    stats.ttft_s = first_at - started
                if text:
                    yield text
                if should_stop():
                    reason, stop = "cancelled", True
                    break
                if generated >= max_tokens:
                    stop = True
                    break
            if stop:
                break
            token = ready[-1]
            limit = drafter.limit() if lookup is not None else 0
            if limit:
                lookup.push(token)
                guess = lookup.draft(min(limit, max_tokens - generated - 1))
            else:
                guess = []
            if len(cached) + 1 + len(guess) > room:
                if not live.ensure(len(cached) + 1 + len(guess)):
                    guess = guess[:max(0, room - len(cached) - 1)]
                    if len(cached) >= room:
                        reason = "context"
                        break
                ctx, cached, room = live.ctx, live.tokens, live.size
            if not guess:
                if lookup is not None and not limit:
                    lookup.push(token)
                one[0] = token
                if decode(ctx, single) != 0:
                    raise EngineError("write_failed")
                cached.append(token)
                ready = [sample(ctx)]
                continue
            # Read the token and the guess at once; keep the guessed tokens the sampler picks.
            start = len(cached)
            if decode(ctx, guesses.fill([token, *guess], start)) != 0:
                raise EngineError("write_failed")
            ready = []
            for i, guessed in enumerate(guess):
                chosen = sample(ctx, i)
                ready.append(chosen)
                if chosen != guessed or (not ignore_eos and is_end(chosen)):
                    break
            else:
                ready.append(sample(ctx, len(guess)))
            kept = len(ready) - 1
            drafter.taken(len(guess), kept)
            cached += [token, *guess[:kept]]
            L.llama_memory_seq_rm(live.mem, 0, start + 1 + kept, -1)
            for chosen in ready[:-1]:
                lookup.push(chosen)
        tail = utf8.decode(b"", final=True)
        if tail:
            yield tail
    finally:
        sampler.close()
        stats.generated_tokens = generated
        stats.stop_reason = reason
        stats.guessed_tokens, stats.guessed_kept = drafter.drafted, drafter.accepted
        if generated > 1 and first_at:
            stats.tokens_per_s = (generated - 1) / max(time.perf_counter() - first_at, 1e-9)
