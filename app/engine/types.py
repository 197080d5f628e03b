"""The plain data that crosses the engine's face: options, results, errors.

Everything here pickles, because it travels between the app and the child
process that runs the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class EngineError(Exception):
    """An engine failure; str(error) is a plain sentence for the user."""


class ModelLoadError(EngineError):
    """The model could not be loaded: a bad file, too little memory, a crash."""


class RuntimeCrashed(EngineError):
    """The model's process ended during a reply; the next load() starts afresh."""


class PromptTooLong(EngineError):
    """The newest message alone does not fit in the model's context."""


class NoModelLoaded(EngineError):
    """chat() was called before a model was loaded."""


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
    notice: str = ""             # what the fallback did, in words ("The GPU was short of memory; ...")
    local: LocalDetails | None = None   # None for a model on a server

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
    notices: list[str] = field(default_factory=list)
    restored_from: str = ""      # where the cached part came from: "", "live", "memory", "disk"
    guessed_tokens: int = 0      # prompt lookup: tokens guessed, and of those kept
    guessed_kept: int = 0
