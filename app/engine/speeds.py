"""SpeedLog: how fast models wrote on this computer, as measured.

The engine's child adds each reply's writing speed (plain decoding of at
least MIN_TOKENS tokens: the speed test and ordinary replies alike); the
library reads the log to say how fast any model would write here
(app/library/fit.py). One small JSON file in the data folder, replaced
atomically; a damaged or missing file reads as empty, since all of it is
measured again by the next replies.

Plain functions; any thread, either process.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SPEEDS_FILE = "speeds.json"
MIN_TOKENS = 24          # shorter replies are mostly start-up, not writing speed
SAMPLES = 5              # the median of the last few replies of a model
MODELS = 12              # models remembered


@dataclass(frozen=True)
class SpeedRecord:
    model_bytes: int            # the model file's size: what each token reads
    quantization: str           # "Q4_K_M", "F16", ...
    layers: int
    placement: str              # "cpu", "gpu" (every layer on a graphics card) or "mixed"
    threads: int
    samples: tuple[float, ...] = field(default_factory=tuple)   # tokens per second, newest last
    at: float = 0.0             # when last measured (time.time())

    @property
    def tokens_per_s(self) -> float:
        return statistics.median(self.samples) if self.samples else 0.0


def read_speeds(path: str | os.PathLike) -> list[SpeedRecord]:
    """Every record in the file, newest first; [] when there is none or it is damaged."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        records = [SpeedRecord(int(r["model_bytes"]), str(r["quantization"]), int(r["layers"]),
                               str(r["placement"]), int(r["threads"]),
                               tuple(float(s) for s in r["samples"] if float(s) > 0), float(r["at"]))
                   for r in raw["models"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return sorted((r for r in records if r.samples), key=lambda r: -r.at)


def add_speed(path: str | os.PathLike, record: SpeedRecord, tokens_per_s: float) -> None:
    """Add one measurement of this model at this placement; never raises."""
    if not tokens_per_s > 0:
        return
    records = read_speeds(path)
    same = [r for r in records if (r.model_bytes, r.placement) == (record.model_bytes, record.placement)]
    samples = (same[0].samples if same else ()) + (round(tokens_per_s, 2),)
    new = SpeedRecord(record.model_bytes, record.quantization, record.layers, record.placement, record.threads,
                      samples[-SAMPLES:], time.time())
    kept = [new] + [r for r in records if r not in same][:MODELS - 1]
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".speeds-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"version": 1, "models": [dict(asdict(r), samples=list(r.samples)) for r in kept]}, f)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("speed log not written: %s", exc.strerror)
