"""LiveContext: the model's llama.cpp context, sized to the conversation.

Without flash attention (off on the processor, see runtime.py) llama.cpp
keeps the V cache transposed, one row per channel across the whole
context, and a larger context alone makes every token slower: on the
starter model a plain decode loop wrote 88, 82 and 79 tokens/s with
contexts of 256, 2,048 and 8,192 tokens. So on the processor the context
starts small and grows when the conversation needs more room; its KV cache
moves over by a state copy (llama_state_seq_get_data / set_data), so nothing
is read again. On a graphics card the whole context is made at load, where
it was shown to fit, and flash attention has no such cost.

Runtime's thread only.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

import llama_cpp as L

from app.engine.types import EngineError

STEP = 256              # llama.cpp pads the context to this anyway
START = 256             # the first size on the processor (512 wrote 2.5% slower than 256)


def padded(n: int) -> int:
    return -(-n // STEP) * STEP


class LiveContext:
    """One llama_context and the tokens whose KV it holds (sequence 0)."""

    def __init__(self, model, make_params: Callable[[int], object], limit: int, growable: bool) -> None:
        self._model = model
        self._make_params = make_params
        self.limit = limit                  # the most it may grow to: the model's context length
        self.growable = growable
        self.tokens: list[int] = []         # the tokens whose KV is in the context
        self.grown = 0                      # times it grew, for the figures
        # Called with each new llama_context: a LoRA adapter is set per context (adapters.py).
        self.on_new: Callable[[object], None] | None = None
        self.ctx = self._new(min(limit, START) if growable else limit)
        if not self.ctx:
            raise MemoryError("context")

    @property
    def size(self) -> int:
        return L.llama_n_ctx(self.ctx)

    def _new(self, n_ctx: int):
        ctx = L.llama_init_from_model(self._model, self._make_params(n_ctx))
        if ctx:
            self.mem = L.llama_get_memory(ctx)
            if self.on_new is not None:
                self.on_new(ctx)
        return ctx

    def ensure(self, n_tokens: int) -> bool:
        """Room for n_tokens tokens in all; grows when it may. False when it cannot."""
        size = self.size
        if n_tokens <= size:
            return True
        if not self.growable or size >= self.limit:
            return False
        # At least half again as large: a long reply grows it a few times, not every 256 tokens.
        return self.resize(min(self.limit, max(padded(n_tokens), padded(size * 3 // 2))))

    def resize(self, n_ctx: int) -> bool:
        """A new context of n_ctx tokens holding the same KV cache."""
        data = self.state() if self.tokens else None
        old = self.size
        L.llama_free(self.ctx)
        self.ctx = self._new(n_ctx)
        ok = bool(self.ctx)
        if not ok:      # out of memory: back to the size that worked
            self.ctx = self._new(old)
            if not self.ctx:
                raise EngineError("out_of_memory_growing")
        if data is not None and not self._set(data):
            self.tokens = []
        self.grown += ok
        return ok and self.size >= n_ctx

    def state(self):
        """A copy of the KV cache of sequence 0, as a ctypes byte array."""
        size = L.llama_state_seq_get_size(self.ctx, 0)
        data = (ctypes.c_uint8 * size)()
        if L.llama_state_seq_get_data(self.ctx, data, size, 0) != size:
            raise EngineError("memory_not_copied")
        return data

    def restore(self, tokens: list[int], data) -> bool:
        """Replace the cache with a saved state of these tokens; False (cache empty) if refused."""
        L.llama_memory_clear(self.mem, True)
        self.tokens = []
        if not self.ensure(len(tokens) + 1) or not self._set(data):
            L.llama_memory_clear(self.mem, True)
            return False
        self.tokens = list(tokens)
        return True

    def _set(self, data) -> bool:
        if not isinstance(data, ctypes.Array):
            data = (ctypes.c_uint8 * len(data)).from_buffer(data)
        return L.llama_state_seq_set_data(self.ctx, data, len(data), 0) != 0

    def keep(self, n: int) -> None:
        """Forget the cache after the first n tokens."""
        L.llama_memory_seq_rm(self.mem, 0, n, -1)
        del self.tokens[n:]

    def free(self) -> None:
        if self.ctx:
            L.llama_free(self.ctx)
        self.ctx = None
        self.tokens = []
