"""Runtime: one model loaded in this process; streams chat replies.

It drives llama.cpp through its C functions rather than
Llama.create_chat_completion, which re-detokenizes the whole reply on every
token, parses control tokens in user text and cannot stop in the middle of a
prompt. Here each token costs one decode, one sample and one piece lookup.

The KV cache keeps the tokens of the last prompt and reply, so the next turn
of the same conversation reads only what is new; other recent conversations
keep theirs in KVSnapshots, and across restarts in the encrypted KVStore.
On the processor the context starts small and grows with the conversation
(context.py); replies that repeat the conversation are written faster by
prompt lookup (decoding.py, lookup.py).

Lives on one thread (the child process's main thread). should_stop is the one
thing other threads influence: it is checked between tokens and, while a
prompt is read, inside llama.cpp through its abort callback.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

import llama_cpp as L

from app.engine import hardware
from app.engine.adapters import Adapters
from app.engine.context import LiveContext
from app.engine.decoding import GuessBatch, write_reply
from app.engine.gguf import GGUFError, read_gguf
from app.engine.kvcache import KVSnapshots, common_prefix
from app.engine.kvstore import KVStore, fingerprint
from app.engine.lookup import BATCH_COST_CPU, BATCH_COST_GPU, Drafter, PromptLookup
from app.engine.speeds import MIN_TOKENS, SpeedRecord, add_speed
from app.engine.template import PromptBuilder
from app.engine.types import (
    ChatStats,
    EngineError,
    EngineNotice,
    EngineStorage,
    GenParams,
    LoadOptions,
    LocalDetails,
    ModelInfo,
    ModelRef,
    NoModelLoaded,
)
from app.engine.vocab import Vocab

Progress = Callable[[str, float], None]   # (stage, fraction 0..1): "load" or "prompt"

MAX_AUTO_CONTEXT = 8192
# Conversations shorter than this are cheaper to read again than to snapshot.
MIN_SNAPSHOT_TOKENS = 256
# On close, saved states are written to disk for this long at most (the host waits a little longer).
PERSIST_SECONDS = 1.5

# llama.cpp's own error lines, kept to explain a failed load; the rest of its
# chatter is dropped.
_llama_errors: deque[str] = deque(maxlen=8)
_LOG_ERROR = 4  # enum ggml_log_level


@L.llama_log_callback
def _on_llama_log(level, text, _user_data):
    if level == _LOG_ERROR:
        _llama_errors.append(text.decode("utf-8", errors="replace").strip())


def _load_failure() -> EngineError:
    """Why llama.cpp refused a model, from what it logged."""
    said = " ".join(_llama_errors)
    if "unknown model architecture" in said:
        arch = said.split("unknown model architecture:")[-1].split()[0].strip("'\"")
        return EngineError("unknown_architecture", architecture=arch)
    return EngineError("not_loaded")


class Runtime:
    def __init__(self, should_stop: Callable[[], bool] = lambda: False,
                 storage: EngineStorage | None = None) -> None:
        self._should_stop = should_stop
        self._storage = storage or EngineStorage()
        self._model = None
        self._live: LiveContext | None = None
        self._guesses: GuessBatch | None = None
        self.info: ModelInfo | None = None
        self.last_stats = ChatStats()
        self._snapshots = KVSnapshots(0)
        self._disk: KVStore | None = None
        self._speed: SpeedRecord | None = None
        self._adapters = Adapters()          # a conversation's LoRA adapter (GenParams.adapter)
        # ctypes callbacks must stay referenced while llama.cpp holds them.
        self._abort_cb = L.ggml_abort_callback(lambda _data: bool(self._should_stop()))
        hardware.load_backends()   # from the installation's own folder, before llama.cpp searches the current one
        L.llama_log_set(_on_llama_log, None)
        L.llama_backend_init()

    # -- loading -----------------------------------------------------------

    def load(self, path: str, options: LoadOptions, progress: Progress | None = None) -> ModelInfo:
        self.close()
        try:
            meta = read_gguf(path)
        except GGUFError as exc:
            raise EngineError("file", reason=exc) from None
        devs = hardware.devices()
        n_ctx = options.context_length or self._auto_context(meta)
        n_ctx = max(256, min(n_ctx, meta.context_length or n_ctx))   # the most the live context grows to
        kv_bytes = meta.kv_cache_bytes(n_ctx)
        plan = hardware.plan_gpu_layers(devs, meta.file_size, meta.block_count, kv_bytes)
        wanted = plan.gpu_layers if options.gpu_layers is None else options.gpu_layers
        if wanted < 0:
            wanted = meta.block_count + 1
        _llama_errors.clear()
        for layers in dict.fromkeys([wanted, wanted // 2, 0]):   # all on the GPU, half, none
            if self._try_load(path, self._model_layers_on_gpu(layers, meta.block_count, devs), n_ctx, options,
                              progress):
                break
            if self._should_stop():
                raise EngineError("load_cancelled")
        else:
            raise _load_failure()
        notices = [EngineNotice("gpu_short_partly" if layers else "gpu_short")] if layers != wanted else []
        notices += self._builder.take_notices()         # a chat template given up
        used = self._model_layers_on_gpu(layers, meta.block_count, devs)
        threads = options.threads or hardware.default_threads()
        budget = options.kv_budget_bytes
        if budget is None:
            budget = min(2**30, hardware.system_ram()[1] // 10)
        self._snapshots = KVSnapshots(budget)
        self._disk = self._open_disk(path, flash=bool(used))
        placement = "cpu" if not used else "gpu" if used > meta.block_count else "mixed"
        self._speed = SpeedRecord(meta.file_size, meta.quantization, meta.block_count, placement, threads)
        self.info = ModelInfo(
            ref=ModelRef.file(path), name=meta.name, context_length=n_ctx,
            backend=plan.device if used else "CPU", notices=tuple(notices),
            local=LocalDetails(
                path=str(path), architecture=meta.architecture, parameter_count=meta.parameter_count,
                quantization=meta.quantization, file_size=meta.file_size,
                trained_context_length=meta.context_length, gpu_layers=used, layer_count=meta.block_count,
                threads=threads, chat_template=self._builder.has_own_template))
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

    def _open_disk(self, path, flash: bool) -> KVStore | None:
        """The encrypted store of saved states, bound to this model; None without storage."""
        storage = self._storage
        if not storage.kv_folder or not storage.kv_key:
            return None
        budget = storage.kv_budget_bytes
        if budget is None:
            try:
                Path(storage.kv_folder).mkdir(parents=True, exist_ok=True, mode=0o700)
                free = shutil.disk_usage(storage.kv_folder).free
            except OSError:
                return None
            budget = min(2**31, free // 10)
        disk = KVStore(storage.kv_folder, storage.kv_key, budget)
        state_format = f"llama_cpp {L.__version__}; flash attention {flash}; f16"
        # Adapters bind the store to a slot and fingerprint of their own from this (adapters.py).
        self._disk_identity = (os.path.abspath(path), path, (self._template or "", state_format))
        try:
            disk.bind(os.path.abspath(path), fingerprint(path, self._template or "", state_format))
        except OSError:
            return None
        return disk

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

        def context_params(size: int):
            cparams = L.llama_context_default_params()
            cparams.n_ctx = size
            cparams.n_batch = cparams.n_ubatch = options.batch_size
            cparams.n_threads = cparams.n_threads_batch = threads
            cparams.no_perf = True
            # Flash attention on the CPU reads a long conversation 3x slower here
            # (llama-bench pp32 at depth 850: 73 vs 223 tokens/s); on GPUs it helps.
            cparams.flash_attn_type = L.LLAMA_FLASH_ATTN_TYPE_AUTO if layers else L.LLAMA_FLASH_ATTN_TYPE_DISABLED
            return cparams

        try:
            self._live = LiveContext(model, context_params, n_ctx, growable=options.context_grows and not layers)
        except MemoryError:
            L.llama_model_free(model)
            return False
        self._model = model
        self._vocab = Vocab(model)
        template = L.llama_model_chat_template(model, None)
        self._template = template.decode("utf-8", errors="replace") if template else None
        self._builder = PromptBuilder(self._vocab, self._template)
        self._guesses = GuessBatch()
        # Guessing needs a cache that can forget the guesses not taken; recurrent state cannot.
        self._lookup_ok = not (L.llama_model_is_recurrent(model) or L.llama_model_is_hybrid(model))
        return True

    def close(self) -> None:
        """Free the model; the newest KV states go to disk first (when there is storage)."""
        if self._live is not None:
            try:
                self._persist()
            finally:
                self._live.free()
        if self._guesses is not None:
            self._guesses.free()
        self._adapters.forget()              # llama.cpp frees them with the model
        if self._model:
            L.llama_model_free(self._model)
        self._model = self._live = self._guesses = self._disk = None
        self.info = None
        self._snapshots = KVSnapshots(0)

    def _persist(self) -> None:
        """Write the live conversation's state and the recent ones' to the encrypted store."""
        disk, live = self._disk, self._live
        if disk is None or live.ctx is None:
            return
        deadline = time.monotonic() + PERSIST_SECONDS
        states = self._snapshots.newest_first()
        if len(live.tokens) >= MIN_SNAPSHOT_TOKENS:
            states.insert(0, (list(live.tokens), live.state()))
        for tokens, data in states:
            if time.monotonic() > deadline:
                break
            disk.save(tokens, data)

    # -- chatting ----------------------------------------------------------

    def count_tokens(self, messages: list[dict]) -> int:
        self._require_model()
        return len(self._builder.tokens(messages))

    def forget(self, messages: list[dict]) -> int:
        """Drop every saved state of this conversation: those that hold its opening
        (system prompt and first question) or more of it. Others that merely share
        a long system prompt keep theirs."""
        self._require_model()
        first = next((i for i, m in enumerate(messages) if m["role"] == "user"), len(messages) - 1)
        opening = self._builder.tokens(messages[:first + 1])
        conversation = self._builder.tokens(messages)
        enough = max(1, len(opening) - 2)          # the end-of-turn tokens may differ
        dropped = self._snapshots.forget(conversation, enough)
        if self._disk is not None:
            dropped += self._disk.forget(conversation, enough)
        if common_prefix(self._live.tokens, conversation) >= enough:
            self._live.keep(0)
            dropped += 1
        return dropped

    def forget_all(self) -> int:
        """Every saved state, in memory and on disk, of every model: all conversations are gone."""
        dropped = len(self._snapshots)
        self._snapshots.forget([], 0)
        if self._disk is not None:
            dropped += self._disk.clear()
        if self._live is not None:
            self._live.keep(0)
        return dropped

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
        n_ctx = self._live.limit
        reserve = max(1, min(params.max_tokens, n_ctx // 4))
        prompt, stats.dropped_messages = self._builder.build(messages, n_ctx - reserve)
        stats.notices += self._builder.take_notices()        # a chat template given up mid-conversation
        if stats.dropped_messages:
            stats.notices.append(EngineNotice("messages_left_out", count=stats.dropped_messages))
        stats.prompt_tokens = len(prompt)
        self._adapters.use(self, params)     # before the cache is reused: it belongs to one adapter
        stats.cached_tokens = self._reuse_cache(prompt, stats)
        if not self._live.ensure(len(prompt) + 1):
            raise EngineError("out_of_memory")
        read_started = time.perf_counter()
        if not self._read(prompt, progress):
            stats.stop_reason = "cancelled"
            return
        if len(prompt) > stats.cached_tokens:
            read_s = max(time.perf_counter() - read_started, 1e-9)
            stats.prompt_tokens_per_s = (len(prompt) - stats.cached_tokens) / read_s
        lookup = PromptLookup(prompt) if params.prompt_lookup and self._lookup_ok else None
        drafter = Drafter(BATCH_COST_GPU if self.info.on_gpu else BATCH_COST_CPU)
        yield from write_reply(self._live, self._vocab, params, stats, started, self._should_stop,
                               lookup, self._guesses, drafter)
        self._note_speed(stats)

    def _note_speed(self, stats: ChatStats) -> None:
        """Plain writing speed, for the library's advice; guessed replies would flatter it."""
        if (self._storage.speeds_file and self._speed and stats.generated_tokens >= MIN_TOKENS
                and not stats.guessed_kept and stats.stop_reason in ("eos", "length")):
            add_speed(self._storage.speeds_file, self._speed, stats.tokens_per_s)

    def _reuse_cache(self, prompt: list[int], stats: ChatStats) -> int:
        """Make the context hold the longest known prefix of prompt: the live cache,
        a snapshot in memory or one on disk; returns its length."""
        live = self._live
        shared = common_prefix(live.tokens, prompt)
        stats.restored_from = "live" if shared else ""
        in_memory = self._snapshots.best(prompt)
        on_disk = self._disk.best(prompt) if self._disk is not None else None
        memory_shared = in_memory[2] if in_memory else 0
        disk_shared = on_disk[1] if on_disk else 0
        if max(memory_shared, disk_shared) - shared >= MIN_SNAPSHOT_TOKENS:
            self._save_snapshot()
            if memory_shared >= disk_shared:
                tokens, data, shared = in_memory
                self._snapshots.take(tokens)
                stats.restored_from = "memory"
            else:
                state, shared = on_disk
                tokens, data = list(state.tokens), self._disk.load(state)   # authenticated, or None
                stats.restored_from = "disk"
            if data is None or not live.restore(tokens, data):
                shared, stats.restored_from = 0, ""
        elif len(live.tokens) - shared >= MIN_SNAPSHOT_TOKENS:
            self._save_snapshot()  # leaving a long conversation: keep it for later
        shared = min(shared, len(prompt) - 1)  # the last token is always read: its logits start the reply
        live.keep(shared)
        return shared

    def _save_snapshot(self) -> None:
        if self._live.tokens:
            self._snapshots.put(list(self._live.tokens), self._live.state())

    def _read(self, prompt: list[int], progress: Progress | None) -> bool:
        """Feed the not-yet-cached part of prompt; False when stopped midway."""
        live = self._live
        ctx = live.ctx
        start = len(live.tokens)
        todo = prompt[start:]
        step = L.llama_n_batch(ctx)
        L.llama_set_abort_callback(ctx, self._abort_cb, None)
        try:
            for at in range(0, len(todo), step):
                chunk = todo[at:at + step]
                if self._should_stop():
                    return False
                tokens = (L.llama_token * len(chunk))(*chunk)
                rc = L.llama_decode(ctx, L.llama_batch_get_one(tokens, len(chunk)))
                if rc == 2:  # aborted: what was read stays, the rest is dropped
                    kept = L.llama_memory_seq_pos_max(live.mem, 0) + 1
                    live.tokens[:] = prompt[:kept]
                    live.keep(kept)
                    return False
                if rc != 0:
                    raise EngineError("not_read", code=str(rc))
                live.tokens.extend(chunk)
                if progress and len(todo) > step:
                    progress("prompt", (at + len(chunk)) / len(todo))
        finally:
            # Off while writing: a Python call per graph node would cost speed.
            L.llama_set_abort_callback(ctx, L.ggml_abort_callback(), None)
        return True

    def _require_model(self) -> None:
        if self._live is None:
            raise NoModelLoaded("no_model")
