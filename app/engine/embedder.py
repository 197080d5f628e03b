"""Embedder: text to vectors with an embedding model, in the engine's child process.

It holds its own llama_model and llama_context (embeddings on), apart from
the chat model's, so indexing never disturbs a conversation's KV cache.
Texts are read several at a time, each as its own sequence of one batch,
and pooled by llama.cpp: with the model's own pooling when its GGUF names
one (CLS for granite-embedding, mean for e5), else by the mean over the
tokens, which is how a chat model serves as a stand-in embedder in tests.
Vectors come back L2-normalised (float32), so a dot product is the cosine.

Lives on the Runtime's thread in the child; should_stop is checked between
batches.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

import llama_cpp as L
import numpy as np

from app.engine import hardware
from app.engine.gguf import GGUFError, read_gguf
from app.engine.types import EngineError

MAX_TOKENS = 512          # of one text: the context small embedding models were trained on
BATCH_TOKENS = 2048       # read in one llama_decode
MAX_SEQUENCES = 16        # texts in one batch


class Embedder:
    def __init__(self, should_stop: Callable[[], bool] = lambda: False) -> None:
        self._should_stop = should_stop
        self._path = ""
        self._model = None
        self._ctx = None
        self._vocab = None

    def embed(self, path: str, texts: list[str]) -> np.ndarray:
        """One row per text; raises EngineError with a sentence when the model cannot be used."""
        self._open(path)
        rows: list[np.ndarray] = []
        pending: list[list[int]] = []
        for text in texts:
            tokens = self._tokens(text)
            if pending and (sum(map(len, pending)) + len(tokens) > BATCH_TOKENS or len(pending) == MAX_SEQUENCES):
                rows += self._run(pending)
                pending = []
            pending.append(tokens)
        if pending:
            rows += self._run(pending)
        if not rows:
            return np.zeros((0, L.llama_model_n_embd(self._model)), dtype=np.float32)
        matrix = np.vstack(rows).astype(np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.maximum(norms, 1e-12)

    def close(self) -> None:
        if self._ctx:
            L.llama_free(self._ctx)
        if self._model:
            L.llama_model_free(self._model)
        self._ctx = self._model = self._vocab = None
        self._path = ""

    # -- inside ------------------------------------------------------------------------

    def _open(self, path: str) -> None:
        if path == self._path and self._ctx:
            return
        self.close()
        try:
            meta = read_gguf(path)          # bounded checks before llama.cpp sees the file
        except GGUFError as exc:
            raise EngineError("file", reason=exc) from None
        mparams = L.llama_model_default_params()
        mparams.n_gpu_layers = 999 if hardware.best_gpu(hardware.devices()) else 0
        model = L.llama_model_load_from_file(path.encode("utf-8"), mparams)
        if not model:
            raise EngineError("embedder_not_loaded")
        cparams = L.llama_context_default_params()
        cparams.embeddings = True
        cparams.n_ctx = BATCH_TOKENS
        cparams.n_batch = cparams.n_ubatch = BATCH_TOKENS   # an encoder reads each sequence in one go
        cparams.n_seq_max = MAX_SEQUENCES
        cparams.kv_unified = True           # every sequence may use the whole context, not 1/16 of it
        cparams.n_threads = cparams.n_threads_batch = hardware.default_threads()
        cparams.no_perf = True
        # A chat model names no pooling (or "none"): the mean over its tokens stands in.
        own = meta.pooling_type
        cparams.pooling_type = L.LLAMA_POOLING_TYPE_MEAN if own in (None, L.LLAMA_POOLING_TYPE_NONE) \
            else L.LLAMA_POOLING_TYPE_UNSPECIFIED
        ctx = L.llama_init_from_model(model, cparams)
        if not ctx:
            L.llama_model_free(model)
            raise EngineError("embedder_memory")
        self._model, self._ctx, self._path = model, ctx, path
        self._vocab = L.llama_model_get_vocab(model)

    def _tokens(self, text: str) -> list[int]:
        """With the model's own start and end tokens (BOS, or CLS and SEP); text stays text."""
        data = text.encode("utf-8")[:16 * MAX_TOKENS]
        capacity = len(data) + 8
        out = (L.llama_token * capacity)()
        n = L.llama_tokenize(self._vocab, data, len(data), out, capacity, True, False)
        tokens = out[:max(n, 0)]
        if len(tokens) > MAX_TOKENS:
            tokens = tokens[:MAX_TOKENS - 1] + tokens[-1:]   # keeps a closing SEP or EOS
        return tokens or [max(L.llama_vocab_bos(self._vocab), 0)]

    def _run(self, sequences: list[list[int]]) -> list[np.ndarray]:
        if self._should_stop():
            raise EngineError("cancelled")
        total = sum(map(len, sequences))
        batch = L.llama_batch_init(total, 0, 1)
        try:
            i = 0
            for seq, tokens in enumerate(sequences):
                for pos, token in enumerate(tokens):
                    batch.token[i] = token
                    batch.pos[i] = pos
                    batch.n_seq_id[i] = 1
                    batch.seq_id[i][0] = seq
                    batch.logits[i] = True
                    i += 1
            batch.n_tokens = total
            L.llama_memory_clear(L.llama_get_memory(self._ctx), True)
            if L.llama_decode(self._ctx, batch) != 0:
                raise EngineError("embedder_unreadable")
            width = L.llama_model_n_embd(self._model)
            rows = []
            for seq in range(len(sequences)):
                pointer = L.llama_get_embeddings_seq(self._ctx, seq)
                if not pointer:
                    raise EngineError("no_embeddings")
                rows.append(np.ctypeslib.as_array(ctypes.cast(pointer, ctypes.POINTER(ctypes.c_float)),
                                                  shape=(width,)).copy())
            return rows
        finally:
            L.llama_batch_free(batch)
