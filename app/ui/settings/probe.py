"""EngineProbe: asks the engine about its devices and measures its speed. GUI thread.

Both run as jobs of the engine service, between replies, so a speed test never
overlaps a reply (a reply asked for meanwhile waits a second or two).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.engine import GenParams, ModelInfo
from app.engine.service import EngineService
from app.engine.types import FILE

# A prompt long enough to measure reading speed (a few hundred tokens), in
# plain words so that every model's tokenizer sees ordinary text.
_PROMPT_LINE = ("The committee reviewed the quarterly figures, the staffing plan and the travel budget, "
                "and agreed to meet again after the holidays to settle the remaining questions. ")
PROMPT_REPEATS = 12
GENERATED_TOKENS = 64


@dataclass(frozen=True)
class SpeedResult:
    prompt_tokens: int
    prompt_tokens_per_s: float
    generated_tokens: int
    tokens_per_s: float
    first_token_s: float
    backend: str


def measure_speed(backend, info: ModelInfo) -> SpeedResult:
    """A short reply with a fresh first word, so no earlier test's cache flatters reading speed."""
    prompt = f"{secrets.token_hex(4)} " + _PROMPT_LINE * PROMPT_REPEATS + "Summarise this in one line."
    params = GenParams(max_tokens=GENERATED_TOKENS, temperature=0.0, ignore_eos=True)
    for _piece in backend.chat([{"role": "user", "content": prompt}], params):
        pass
    stats = backend.last_stats
    return SpeedResult(prompt_tokens=stats.prompt_tokens - stats.cached_tokens,
                       prompt_tokens_per_s=stats.prompt_tokens_per_s, generated_tokens=stats.generated_tokens,
                       tokens_per_s=stats.tokens_per_s, first_token_s=stats.ttft_s, backend=info.backend)


class EngineProbe(QObject):
    devices_found = Signal(list)          # [Device]
    backends_found = Signal(list)         # [BackendStatus]: llama.cpp's backends, used or skipped and why
    speed_measured = Signal(object)       # SpeedResult
    speed_failed = Signal(object)         # an engine error, or None when no model is loaded

    def __init__(self, engine: EngineService, info: Callable[[], ModelInfo | None]) -> None:
        super().__init__()
        self._engine = engine
        self._info = info

    def request_devices(self) -> None:
        self._engine.call(lambda backend: (backend.devices(), backend.backends()), self._on_devices, kind=FILE)

    def _on_devices(self, found: tuple | None, _error) -> None:
        devices, backends = found or ([], [])
        self.backends_found.emit(backends)
        self.devices_found.emit(devices)

    def request_speed(self) -> None:
        info = self._info()
        if info is None:
            self.speed_failed.emit(None)
            return
        self._engine.call(lambda backend: measure_speed(backend, info), self._on_measured)

    def _on_measured(self, result: SpeedResult | None, error) -> None:
        if error is not None:
            self.speed_failed.emit(error)
        else:
            self.speed_measured.emit(result)
