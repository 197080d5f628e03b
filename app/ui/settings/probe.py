"""EngineProbe: asks the model's process about its devices and measures its speed.

It lives on the engine thread, beside the EngineWorker, and uses the
worker's RuntimeHost there: the thread runs one request at a time, so a
speed test never overlaps a reply (a reply asked for meanwhile waits until
the test is done, a second or two). The GUI asks through queued signals and
hears back through signals, like the worker itself.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from app.engine import EngineError, GenParams
from app.ui.workers import EngineWorker

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


class EngineProbe(QObject):
    devices_requested = Signal()
    devices_found = Signal(list)          # [Device]
    speed_requested = Signal()
    speed_measured = Signal(object)       # SpeedResult
    speed_failed = Signal(str)            # a sentence from the engine, or "" when no model is loaded

    def __init__(self, worker: EngineWorker) -> None:
        super().__init__()
        self._worker = worker
        self.devices_requested.connect(self.on_devices_requested)
        self.speed_requested.connect(self.on_speed_requested)
        self.moveToThread(worker.thread())

    @Slot()
    def on_devices_requested(self) -> None:
        try:
            self.devices_found.emit(self._worker.host.devices())
        except EngineError:
            self.devices_found.emit([])

    @Slot()
    def on_speed_requested(self) -> None:
        info = self._worker.info
        if info is None:
            self.speed_failed.emit("")
            return
        # A fresh word first, so no earlier test's cache makes reading look faster than it is.
        prompt = f"{secrets.token_hex(4)} " + _PROMPT_LINE * PROMPT_REPEATS + "Summarise this in one line."
        params = GenParams(max_tokens=GENERATED_TOKENS, temperature=0.0, ignore_eos=True)
        try:
            for _piece in self._worker.host.chat([{"role": "user", "content": prompt}], params):
                pass
        except EngineError as exc:
            self.speed_failed.emit(str(exc))
            return
        stats = self._worker.host.last_stats
        self.speed_measured.emit(SpeedResult(
            prompt_tokens=stats.prompt_tokens - stats.cached_tokens,
            prompt_tokens_per_s=stats.prompt_tokens_per_s, generated_tokens=stats.generated_tokens,
            tokens_per_s=stats.tokens_per_s, first_token_s=stats.ttft_s, backend=info.backend))
