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
class ModelInfo:
    path: str
    name: str
    architecture: str
    parameter_count: int
    quantization: str
    file_size: int
    context_length: int          # the context in use
    trained_context_length: int
    gpu_layers: int              # layers placed on the GPU (0 = CPU only)
    layer_count: int
    backend: str                 # "CPU", "CUDA0", "Metal", ...
    threads: int
    chat_template: bool          # False: the model has none and a generic one is used
    notice: str = ""             # what the fallback did, in words ("The GPU was short of memory; ...")


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
