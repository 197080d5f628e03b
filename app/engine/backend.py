"""Backend: what the engine service drives, whatever writes the replies.

RuntimeHost (a GGUF file in a child process) is the first; a company server
speaking the OpenAI API is the second. One thread drives a backend (the
engine service's); cancel() may come from any thread.

Beyond the protocol, a backend may offer more, and the service asks with
`supports()`: count_tokens(messages) -> int, devices() -> list[Device],
embed(texts) -> list[list[float]].
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from app.engine.types import ChatStats, GenParams, LoadOptions, ModelInfo

Progress = Callable[[str, float], None]   # (stage, fraction 0..1): "load" or "prompt"


class Backend(Protocol):
    info: ModelInfo | None        # the model in use, None before load() or after a crash
    last_stats: ChatStats         # the figures of the last chat()

    def load(self, locator: str, options: LoadOptions, on_progress: Progress | None = None) -> ModelInfo:
        """Make this model the one chat() uses; raises ModelLoadError with a sentence."""

    def chat(self, messages: list[dict], params: GenParams,
             on_progress: Progress | None = None) -> Iterator[str]:
        """The reply in pieces of text; last_stats is set when it ends."""

    def cancel(self) -> None:
        """Stop the running call soon; does nothing when none runs. Any thread."""

    def close(self) -> None:
        """Let go of the model and everything it holds."""


def supports(backend: object, capability: str) -> bool:
    """Whether backend offers an optional call ("count_tokens", "devices", "embed")."""
    return callable(getattr(backend, capability, None))
