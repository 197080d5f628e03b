"""Runtime: one model loaded in this process; streams chat replies.

It drives llama.cpp through its C functions rather than
Llama.create_chat_completion, which re-detokenizes the whole reply on every
token, parses control tokens in user text and cannot stop in the middle of a
prompt. Here each token costs one decode, one sample and one piece lookup.

The KV cache keeps the tokens of the last prompt and reply, so the next turn
of the same conversation reads only what is new; other recent conversations
keep theirs in KVSnapshots.

Lives on one thread (the child process's main thread). should_stop is the one
thing other threads influence: it is checked between tokens and, while a
prompt is read, inside llama.cpp through its abort callback.
"""

from __future__ import annotations

import codecs
import ctypes
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

import llama_cpp as L

from app.engine import hardware
from app.engine.gguf import GGUFError, read_gguf
from app.engine.kvcache import KVSnapshots, common_prefix
from app.engine.sampler import Sampler
from app.engine.template import PromptBuilder
from app.engine.types import ChatStats, EngineError, GenParams, LoadOptions, ModelInfo, NoModelLoaded
from app.engine.vocab import Vocab

Progress = Callable[[str, float], None]   # (stage, fraction 0..1): "load" or "prompt"

MAX_AUTO_CONTEXT = 8192
# Conversations shorter than this are cheaper to read again than to snapshot.
MIN_SNAPSHOT_TOKENS = 256

# llama.cpp's own error lines, kept to explain a failed load; the rest of its
# chatter is dropped.
_llama_errors: deque[str] = deque(maxlen=8)
_LOG_ERROR = 4  # enum ggml_log_level


@L.llama_log_callback
def _on_llama_log(level, text, _user_data):
    if level == _LOG_ERROR:
        _llama_errors.append(text.decode("utf-8", errors="replace").strip())


def _load_failure() -> str:
    """A sentence for a model llama.cpp refused, from what it logged."""
    said = " ".join(_llama_errors)
    if "unknown model architecture" in said:
        arch = said.split("unknown model architecture:")[-1].split()[0].strip("'\"")
        return (f"This model's kind ({arch}) is not supported by this version of Tramontane. "
                "An update may support it.")
    return ("This model could not be loaded. It may be damaged, made for a newer version "
            "of Tramontane, or need more memory than is free.")


class Runtime:
    def __init__(self, should_stop: Callable[[], bool] = lambda: False) -> None:
        self._should_stop = should_stop
        self._model = None
        self._ctx = None
        self.info: ModelInfo | None = None
        self.last_stats = ChatStats()
        self._cached: list[int] = []        # the tokens whose KV is in the context
        self._snapshots = KVSnapshots(0)
        # ctypes callbacks must stay referenced while llama.cpp holds them.
        self._abort_cb = L.ggml_abort_callback(lambda _data: bool(self._should_stop()))
        L.llama_log_set(_on_llama_log, None)
        L.llama_backend_init()

    # -- loading -----------------------------------------------------------

    def load(self, path: str, options: LoadOptions, progress: Progress | None = None) -> ModelInfo:
        self.close()
        try:
            meta = read_gguf(path)
        except GGUFError as exc:
            raise EngineError(str(exc)) from None
        devs = hardware.devices()
        n_ctx = options.context_length or self._auto_context(meta)
        n_ctx = max(256, min(n_ctx, meta.context_length or n_ctx))
        kv_bytes = meta.kv_cache_bytes(n_ctx)
        plan = hardware.plan_gpu_layers(devs, meta.file_size, meta.block_count, kv_bytes)
        wanted = plan.gpu_layers if options.gpu_layers is None else options.gpu_layers
        if wanted < 0:
            wanted = meta.block_count + 1
        _llama_errors.clear()
        for layers in dict.fromkeys([wanted, wanted // 2, 0]):   # all on the GPU, half, none
            if self._try_load(path, layers, n_ctx, options, progress):
                break
            if self._should_stop():
                raise EngineError("Loading was cancelled.")
        else:
            raise EngineError(_load_failure())
        notice = ""
        if layers != wanted:
            notice = ("The graphics card did not have enough memory for this model; "
                      + ("part of it runs on the processor." if layers else "it runs on the processor."))
        notice = " ".join(filter(None, [notice, *self._builder.take_notices()]))   # a chat template given up
        used = self._model_layers_on_gpu(layers, meta.block_count, devs)
        threads = options.threads or hardware.default_threads()
        budget = options.kv_budget_bytes
        if budget is None:
            budget = min(2**30, hardware.system_ram()[1] // 10)
        self._snapshots = KVSnapshots(budget)
        self.info = ModelInfo(
            path=str(path), name=meta.name, architecture=meta.architecture,
            parameter_count=meta.parameter_count, quantization=meta.quantization,
            file_size=meta.file_size, context_length=L.llama_n_ctx(self._ctx),
            trained_context_length=meta.context_length, gpu_layers=used,
            layer_count=meta.block_count, backend=plan.device if used else "CPU",
            threads=threads, chat_template=self._builder.has_own_template, notice=notice)
        return self.info

    def _auto_context(self, meta) -> int:
        n_ctx = min(meta.context_length or 4096, MAX_AUTO_CONTEXT)
        available = hardware.system_ram()[1]
        while n_ctx > 2048 and hardware.memory_needed(meta.file_size, meta.kv_cache_bytes(n_ctx)) > available * 0.8:
            n_ctx //= 2
        return n_ctx

    @staticmethod
    def _model_layers_on_gpu(layers: int, block_count: int, devs) -> int:
        return min(layers, block_count + 1) if hardware.best_gpu(devs) else 0

    def _try_load(self, path, layers: int, n_ctx: int, options: LoadOptions, progress) -> bool:
        mparams = L.llama_model_default_params()
        mparams.n_gpu_layers = layers

        def on_load(fraction, _data):
            if progress:
                progress("load", float(fraction))
            return not self._should_stop()

        self._load_cb = L.llama_progress_callback(on_load)
        mparams.progress_callback = self._load_cb
        model = L.llama_model_load_from_file(str(Path(path)).encode("utf-8"), mparams)
        if not model:
            return False
        threads = options.threads or hardware.default_threads()
        cparams = L.llama_context_default_params()
        cparams.n_ctx = n_ctx
        cparams.n_batch = cparams.n_ubatch = options.batch_size
        cparams.n_threads = cparams.n_threads_batch = threads
        cparams.no_perf = True
        # Flash attention on the CPU reads a long conversation 3x slower here
        # (llama-bench pp32 at depth 850: 73 vs 223 tokens/s); on GPUs it helps.
        cparams.flash_attn_type = L.LLAMA_FLASH_ATTN_TYPE_AUTO if layers else L.LLAMA_FLASH_ATTN_TYPE_DISABLED
        ctx = L.llama_init_from_model(model, cparams)
        if not ctx:
            L.llama_model_free(model)
            return False
        self._model, self._ctx = model, ctx
        self._mem = L.llama_get_memory(ctx)
        self._vocab = Vocab(model)
        template = L.llama_model_chat_template(model, None)
        self._builder = PromptBuilder(self._vocab, template.decode("utf-8", errors="replace") if template else None)
        self._one = (L.llama_token * 1)()
        self._one_batch = L.llama_batch_get_one(self._one, 1)
        self._cached = []
        return True

    def close(self) -> None:
        if self._ctx:
            L.llama_free(self._ctx)
        if self._model:
            L.llama_model_free(self._model)
        self._ctx = self._model = None
        self.info = None
        self._cached = []
        self._snapshots = KVSnapshots(0)

    # -- chatting ----------------------------------------------------------

    def count_tokens(self, messages: list[dict]) -> int:
        self._require_model()
        return len(self._builder.tokens(messages))

    def tokenize(self, text: str, special: bool = False) -> list[int]:
        self._require_model()
        return self._vocab.tokenize(text, special)

    def detokenize(self, tokens: list[int]) -> str:
        self._require_model()
        return self._vocab.text(tokens)

    def chat(self, messages: list[dict], params: GenParams, progress: Progress | None = None) -> Iterator[str]:
        """Yields the reply in pieces of text; last_stats holds the figures after."""
        self._require_model()
        started = time.perf_counter()
        stats = self.last_stats = ChatStats()
        n_ctx = L.llama_n_ctx(self._ctx)
        reserve = max(1, min(params.max_tokens, n_ctx // 4))
        prompt, stats.dropped_messages = self._builder.build(messages, n_ctx - reserve)
        stats.notices += self._builder.take_notices()        # a chat template given up mid-conversation
        if stats.dropped_messages:
            stats.notices.append(f"The conversation is longer than the model can read at once; "
                                 f"the oldest {stats.dropped_messages} messages were left out.")
        stats.prompt_tokens = len(prompt)
        stats.cached_tokens = self._reuse_cache(prompt)
        read_started = time.perf_counter()
        if not self._read(prompt, progress):
            stats.stop_reason = "cancelled"
            return
        if len(prompt) > stats.cached_tokens:
            stats.prompt_tokens_per_s = (len(prompt) - stats.cached_tokens) / max(time.perf_counter() - read_started, 1e-9)
        yield from self._generate(params, n_ctx, started, stats)

    def _generate(self, params: GenParams, n_ctx: int, started: float, stats: ChatStats) -> Iterator[str]:
        sampler = Sampler(params, self._vocab.size)
        # The hot loop: names bound locally, nothing done per token that need not be.
        ctx, vocab, one, batch, cached = self._ctx, self._vocab, self._one, self._one_batch, self._cached
        sample, decode, should_stop = sampler.sample, L.llama_decode, self._should_stop
        utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        first_at = 0.0
        generated = 0
        reason = "length"
        try:
            while generated < params.max_tokens:
                token = sample(ctx)
                if not params.ignore_eos and vocab.is_end_of_turn(token):
                    reason = "eos"
                    break
                generated += 1
                piece = utf8.decode(vocab.piece(token))
                if not first_at:
                    first_at = time.perf_counter()
                    stats.ttft_s = first_at - started
                if piece:
                    yield piece
                if should_stop():
                    reason = "cancelled"
                    break
                if len(cached) >= n_ctx:
                    reason = "context"
                    break
                if generated >= params.max_tokens:
                    break
                one[0] = token
                if decode(ctx, batch) != 0:
                    raise EngineError("The model stopped with an internal error while writing.")
                cached.append(token)
            tail = utf8.decode(b"", final=True)
            if tail:
                yield tail
        finally:
            sampler.close()
            stats.generated_tokens = generated
            stats.stop_reason = reason
            if generated > 1 and first_at:
                stats.tokens_per_s = (generated - 1) / max(time.perf_counter() - first_at, 1e-9)

    def _reuse_cache(self, prompt: list[int]) -> int:
        """Make the context hold the longest known prefix of prompt; returns its length."""
        shared = common_prefix(self._cached, prompt)
        best = self._snapshots.best(prompt)
        if best and best[2] - shared >= MIN_SNAPSHOT_TOKENS:
            self._save_snapshot()
            tokens, data, shared = best
            self._snapshots.take(tokens)
            L.llama_memory_clear(self._mem, True)
            if L.llama_state_seq_set_data(self._ctx, data, len(data), 0) == 0:
                shared, tokens = 0, []
            self._cached[:] = tokens
        elif len(self._cached) - shared >= MIN_SNAPSHOT_TOKENS:
            self._save_snapshot()  # leaving a long conversation: keep it for later
        shared = min(shared, len(prompt) - 1)  # the last token is always read: its logits start the reply
        L.llama_memory_seq_rm(self._mem, 0, shared, -1)
        del self._cached[shared:]
        return shared

    def _save_snapshot(self) -> None:
        size = L.llama_state_seq_get_size(self._ctx, 0)
        data = (ctypes.c_uint8 * size)()
        if L.llama_state_seq_get_data(self._ctx, data, size, 0) == size:
            self._snapshots.put(self._cached, data)

    def _read(self, prompt: list[int], progress: Progress | None) -> bool:
        """Feed the not-yet-cached part of prompt; False when stopped midway."""
        start = len(self._cached)
        todo = prompt[start:]
        step = L.llama_n_batch(self._ctx)
        L.llama_set_abort_callback(self._ctx, self._abort_cb, None)
        try:
            for at in range(0, len(todo), step):
                chunk = todo[at:at + step]
                if self._should_stop():
                    return False
                tokens = (L.llama_token * len(chunk))(*chunk)
                rc = L.llama_decode(self._ctx, L.llama_batch_get_one(tokens, len(chunk)))
                if rc == 2:  # aborted: what was read stays, the rest is dropped
                    kept = L.llama_memory_seq_pos_max(self._mem, 0) + 1
                    self._cached[:] = prompt[:kept]
                    L.llama_memory_seq_rm(self._mem, 0, kept, -1)
                    return False
                if rc != 0:
                    raise EngineError("The model could not read this conversation (llama.cpp error "
                                      f"{rc}). Try a shorter conversation or a new one.")
                self._cached.extend(chunk)
                if progress and len(todo) > step:
                    progress("prompt", (at + len(chunk)) / len(todo))
        finally:
            # Off while writing: a Python call per graph node would cost speed.
            L.llama_set_abort_callback(self._ctx, L.ggml_abort_callback(), None)
        return True

    def _require_model(self) -> None:
        if not self._ctx:
            raise NoModelLoaded("No model is loaded yet.")
