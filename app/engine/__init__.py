"""The model runtime. No Qt here; llama_cpp is imported only in the child process."""

from app.engine.gguf import GGUFError, GGUFInfo, read_gguf
from app.engine.host import RuntimeHost
from app.engine.types import (
                              ChatStats,
                              Device,
                              EngineError,
                              EngineStorage,
                              GenParams,
                              LoadOptions,
                              ModelInfo,
                              ModelLoadError,
                              NoModelLoaded,
                              PromptTooLong,
                              RuntimeCrashed,
)

__all__ = [
    "ChatStats", "Device", "EngineError", "EngineStorage", "GenParams", "GGUFError", "GGUFInfo", "LoadOptions",
    "ModelInfo", "ModelLoadError", "NoModelLoaded", "PromptTooLong", "RuntimeCrashed",
    "RuntimeHost", "read_gguf",
]
