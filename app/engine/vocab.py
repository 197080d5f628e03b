"""Vocab: a model's tokenizer, over llama.cpp's C functions.

Not Llama.tokenize / Llama.detokenize: those parse special tokens in any text
and cut pieces at 32 bytes. Here the caller says whether text may contain
control tokens, and pieces of any length come back whole.
"""

from __future__ import annotations

import ctypes

import llama_cpp as L


class Vocab:
    """Owned by the Runtime's thread; the model it points into must outlive it."""

    def __init__(self, model) -> None:
        self._vocab = L.llama_model_get_vocab(model)
        self._piece_buf = ctypes.create_string_buffer(256)
        self.bos = L.llama_vocab_bos(self._vocab)
        self.eos = L.llama_vocab_eos(self._vocab)
        self.add_bos = bool(L.llama_vocab_get_add_bos(self._vocab))
        self.size = L.llama_vocab_n_tokens(self._vocab)

    def tokenize(self, text: str, special: bool) -> list[int]:
        """Tokens of text; control tokens are recognised only when special is True.
        Never adds BOS: the prompt builder decides that once per prompt."""
        data = text.encode("utf-8")
        capacity = len(data) + 8
        while True:
            out = (L.llama_token * capacity)()
            n = L.llama_tokenize(self._vocab, data, len(data), out, capacity, False, special)
            if n >= 0:
                return out[:n]
            capacity = -n

    def piece(self, token: int, special: bool = False) -> bytes:
        """The bytes of one token; control tokens give b"" unless special."""
        n = L.llama_token_to_piece(self._vocab, token, self._piece_buf, len(self._piece_buf), 0, special)
        if n < 0:  # longer than the buffer: grow it and ask again
            self._piece_buf = ctypes.create_string_buffer(-n)
            n = L.llama_token_to_piece(self._vocab, token, self._piece_buf, -n, 0, special)
        return self._piece_buf.raw[:n]

    def text(self, tokens: list[int]) -> str:
        return b"".join(self.piece(t) for t in tokens).decode("utf-8", errors="replace")

    def is_end_of_turn(self, token: int) -> bool:
        return bool(L.llama_vocab_is_eog(self._vocab, token))

    def token_text(self, token: int) -> str:
        """The written form of a token, such as "<s>", for the chat template."""
        if token < 0:
            return ""
        return self.piece(token, special=True).decode("utf-8", errors="replace")
