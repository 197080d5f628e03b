"""The plain data that crosses the engine's face: options, results, errors.

Everything here pickles, because it travels between the app and the child
process that runs the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import QT_TRANSLATE_NOOP, AppError


class EngineError(AppError):
    """An engine failure, as a code and its facts (app/errors.py); every subclass but
    RemoteError and AdapterError shares these templates."""

    templates = {
        "file": QT_TRANSLATE_NOOP("Errors", "{reason}"),     # the model file's own error (GGUFError), passed on
        "crashed_loading": QT_TRANSLATE_NOOP(
            "Errors", "The model crashed the runtime while loading ({detail}). The file may be damaged or not "
                      "supported by this version."),
        "crashed": QT_TRANSLATE_NOOP(
            "Errors", "The model stopped unexpectedly ({detail}). Load it again to go on; your conversation is safe."),
        "unexpected": QT_TRANSLATE_NOOP("Errors", "The engine failed unexpectedly: {detail}"),
        "no_model": QT_TRANSLATE_NOOP("Errors", "No model is loaded yet."),
        "no_backend": QT_TRANSLATE_NOOP("Errors", "No backend runs models of the kind {kind}."),
        "cannot_count": QT_TRANSLATE_NOOP("Errors", "This model cannot count tokens."),
        "cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled."),
        "load_cancelled": QT_TRANSLATE_NOOP("Errors", "Loading was cancelled."),
        "unknown_architecture": QT_TRANSLATE_NOOP(
            "Errors", "This model's kind ({architecture}) is not supported by this version of Tramontane. An update "
                      "may support it."),
        "not_loaded": QT_TRANSLATE_NOOP(
            "Errors", "This model could not be loaded. It may be damaged, made for a newer version of Tramontane, or "
                      "need more memory than is free."),
        "out_of_memory": QT_TRANSLATE_NOOP(
            "Errors", "The model ran out of memory for this conversation. Start a new one."),
        "out_of_memory_growing": QT_TRANSLATE_NOOP(
            "Errors", "The model ran out of memory while the conversation grew."),
        "memory_not_copied": QT_TRANSLATE_NOOP("Errors", "The model's memory could not be copied."),
        "not_read": QT_TRANSLATE_NOOP(
            "Errors", "The model could not read this conversation (llama.cpp error {code}). Try a shorter "
                      "conversation or a new one."),
        "write_failed": QT_TRANSLATE_NOOP("Errors", "The model stopped with an internal error while writing."),
        "too_long": QT_TRANSLATE_NOOP(
            "Errors", "This message is too long for the model: it needs {needed} tokens and the model can read "
                      "{limit}. Shorten it or raise the context length."),
        "template_failed": QT_TRANSLATE_NOOP(
            "Errors", "This model's chat template failed on this conversation: {detail}"),
        "embedder_not_loaded": QT_TRANSLATE_NOOP(
            "Errors", "The model for searching documents could not be loaded; it may be damaged."),
        "embedder_memory": QT_TRANSLATE_NOOP(
            "Errors", "There is not enough memory for the model that searches documents."),
        "embedder_unreadable": QT_TRANSLATE_NOOP(
            "Errors", "The model that searches documents could not read a passage."),
        "no_embeddings": QT_TRANSLATE_NOOP("Errors", "This model cannot make embeddings for searching documents."),
    }


class ModelLoadError(EngineError):
    """The model could not be loaded: a bad file, too little memory, a crash."""


class RuntimeCrashed(EngineError):
    """The model's process ended during a reply; the next load() starts afresh."""


class PromptTooLong(EngineError):
    """The newest message alone does not fit in the model's context."""


class NoModelLoaded(EngineError):
    """chat() was called before a model was loaded."""


class EngineNotice(AppError):
    """What the engine did differently from what was asked, for the user: not an error."""

    templates = {
        "gpu_driver_failed": QT_TRANSLATE_NOOP(
            "Errors", "The graphics driver failed while loading this model; it runs on the processor instead."),
        "gpu_short": QT_TRANSLATE_NOOP(
            "Errors", "The graphics card did not have enough memory for this model; it runs on the processor."),
        "gpu_short_partly": QT_TRANSLATE_NOOP(
            "Errors", "The graphics card did not have enough memory for this model; part of it runs on the processor."),
        "template_fallback": QT_TRANSLATE_NOOP(
            "Errors", "This model's chat template could not be used ({why}), so a plain template is used instead; "
                      "its replies may be less good."),
        "messages_left_out": QT_TRANSLATE_NOOP(
            "Errors", "The conversation is longer than the model can read at once; the oldest {count} messages were "
                      "left out."),
    }


@dataclass(frozen=True)
class LoadOptions:
    context_length: int | None = None   # tokens; None = automatic
    gpu_layers: int | None = None       # None = automatic, 0 = CPU only, -1 = all
    threads: int | None = None          # None = automatic
    batch_size: int = 512               # tokens read per step of a long prompt
    kv_budget_bytes: int | None = None  # memory for other conversations' caches; None = automatic
    context_grows: bool = True          # on the processor: start small, grow with the conversation


@dataclass(frozen=True)
class EngineStorage:
    """What the engine's child keeps on disk for the next start; empty = nothing.

    The KV states of recent conversations go to kv_folder, encrypted with
    kv_key (32 bytes from ChatStore.derived_key, never written anywhere);
    measured writing speeds go to speeds_file (for the library's advice)."""
    kv_folder: str = ""
    kv_key: bytes = field(default=b"", repr=False)
    kv_budget_bytes: int | None = None  # None = automatic (a tenth of the free space, at most 2 GiB)
    speeds_file: str = ""


@dataclass(frozen=True)
class GenParams:
    max_tokens: int = 1024
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int | None = None             # None = a new random reply each time
    ignore_eos: bool = False            # keep going to max_tokens (benchmarks)
    prompt_lookup: bool = True          # guess repeated text from the conversation (same reply, sooner)
    adapter: str = ""                   # a LoRA adapter GGUF for this reply's conversation ("" = none)
    adapter_scale: float = 1.0          # its strength (1 = as trained)


@dataclass(frozen=True)
class Device:
    name: str            # "CPU", "CUDA0", "Metal", "Vulkan0"
    description: str     # "NVIDIA GeForce RTX 4060", "AMD Ryzen 7 5800X"
    kind: str            # "cpu", "gpu", "igpu", "accel"
    free_bytes: int
    total_bytes: int

    @property
    def is_gpu(self) -> bool:
        return self.kind in ("gpu", "igpu")


@dataclass(frozen=True)
class ModelRef:
    """Which model a conversation uses: a kind of backend and where the model is for it.

    kind "file": a GGUF on this computer, locator its path. kind "server": a
    model on a company server, locator "<server id>/<model id>". Stored in a
    conversation as "kind:locator"; a bare path (stores before refs) is a file.
    """
    kind: str
    locator: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.locator}"

    @classmethod
    def parse(cls, text: str | None) -> ModelRef | None:
        if not text:
            return None
        kind, sep, locator = text.partition(":")
        if sep and kind in KINDS and locator:
            return cls(kind, locator)
        return cls(FILE, text)

    @classmethod
    def file(cls, path) -> ModelRef:
        return cls(FILE, str(path))


FILE, SERVER = "file", "server"
KINDS = (FILE, SERVER)


@dataclass(frozen=True)
class LocalDetails:
    """What only a model file loaded on this computer has."""
    path: str
    architecture: str
    parameter_count: int
    quantization: str
    file_size: int
    trained_context_length: int
    gpu_layers: int              # layers placed on the GPU (0 = CPU only)
    layer_count: int
    threads: int
    chat_template: bool          # False: the model has none and a generic one is used


@dataclass(frozen=True)
class ModelInfo:
    """A loaded model, whatever backend runs it."""
    ref: ModelRef
    name: str
    context_length: int          # the context in use, in tokens
    backend: str                 # where it runs: "CPU", "CUDA0", "Metal", or a server's name
    notices: tuple[EngineNotice, ...] = ()   # what the fallbacks did ("The GPU was short of memory; ...")
    local: LocalDetails | None = None   # None for a model on a server

    @property
    def notice(self) -> str:
        """The notices in English, for the log and the diagnostic report."""
        return " ".join(map(str, self.notices))

    @property
    def on_gpu(self) -> bool:
        return self.local is not None and self.local.gpu_layers > 0 and self.backend != "CPU"


@dataclass
class ChatStats:
    prompt_tokens: int = 0       # tokens of the whole prompt
    cached_tokens: int = 0       # of those, how many were already in memory
    generated_tokens: int = 0
    ttft_s: float = 0.0          # from chat() to the first piece
    tokens_per_s: float = 0.0    # generation speed after the first token
    prompt_tokens_per_s: float = 0.0
    stop_reason: str = ""        # "eos", "length", "cancelled", "context"
    dropped_messages: int = 0    # old turns left out because the context was full
    notices: list[EngineNotice] = field(default_factory=list)
    restored_from: str = ""      # where the cached part came from: "", "live", "memory", "disk"
    guessed_tokens: int = 0      # prompt lookup: tokens guessed, and of those kept
    guessed_kept: int = 0
