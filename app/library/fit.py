"""Will this model run well on this computer? Fit advice from real hardware.

The memory a model needs is its weights plus the KV cache for the context the
runtime would choose (app/engine/runtime.py: the trained context, at most
8192 tokens) plus the runtime's overhead, as the engine's own planner counts
it. Where it can run: on a graphics card with enough free memory, else in
main memory (with part on the card when the card has some room).

Hardware is passed in: RAM from psutil here, GPUs from the engine's child
process (RuntimeHost.devices()), never from llama_cpp in this process.

How fast would it write? Writing one token reads every weight once, so its
time is a fixed cost per layer (llama.cpp's graph, threads meeting) plus
the model's bytes over the memory speed the computer reached. Both come
from a measurement here: the speeds the engine logged for the models it ran
(app/engine/speeds.py; the speed test and ordinary replies), the nearest
in size at the same placement. Without one, a cautious guess from the
number of processor cores. Checked against measured speeds on models of
three sizes in benchmarks/bench_advice.py.

The verdicts and reasons are codes and facts (FitReason, a Phrase), worded
in the user's language by the Models pane. Pure arithmetic, any thread.
"""

from __future__ import annotations

import math
import os
import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from app.engine.hardware import best_gpu, fit_verdict, memory_needed, system_ram
from app.engine.speeds import SpeedRecord, read_speeds
from app.engine.types import Device
from app.errors import QT_TRANSLATE_NOOP, Phrase, Size

AUTO_CONTEXT = 8192          # the runtime's largest automatic context (runtime.MAX_AUTO_CONTEXT)
FITS, TIGHT, NO_FIT = "fits", "tight", "does not fit"
RANK = {FITS: 0, TIGHT: 1, NO_FIT: 2}
VERDICT_WORDS = {FITS: QT_TRANSLATE_NOOP("Words", "Fits"), TIGHT: QT_TRANSLATE_NOOP("Words", "Tight"),
                 NO_FIT: QT_TRANSLATE_NOOP("Words", "Does not fit")}


class FitReason(Phrase):
    """Why a verdict: the memory a model needs and the memory free where it would run."""

    templates = {
        "memory": QT_TRANSLATE_NOOP("Words", "needs about {needed}, {free} free"),
        "memory_tight": QT_TRANSLATE_NOOP("Words", "needs about {needed}, {free} free; other programs may slow down"),
        "gpu": QT_TRANSLATE_NOOP("Words", "needs about {needed}, {free} free on the graphics card"),
        "gpu_tight": QT_TRANSLATE_NOOP(
            "Words", "needs about {needed}, {free} free on the graphics card; other programs may slow down"),
        "mixed": QT_TRANSLATE_NOOP("Words", "needs about {needed}, {free} free in memory and on the graphics card"),
        "mixed_tight": QT_TRANSLATE_NOOP(
            "Words", "needs about {needed}, {free} free in memory and on the graphics card; other programs may slow "
                     "down"),
    }


class HardwareSummary(Phrase):
    """What the models must fit into, in a few words."""

    templates = {
        "memory": QT_TRANSLATE_NOOP("Words", "{total} memory ({free} free)"),
        "memory_gpu": QT_TRANSLATE_NOOP("Words", "{total} memory ({free} free); {gpu} with {gpu_free} free"),
    }

# Per layer and token, llama.cpp's fixed cost on the processor (graph, threads meeting):
# 0.13 ms on the development machine (SmolLM2 at three sizes, docs/benchmarks.md).
LAYER_SECONDS = 1.3e-4
# With nothing measured yet: the memory speed one processor core reaches when writing.
GUESS_BYTES_PER_S_PER_CORE = 2.5e9
# Relative cost of reading a byte of weights, by quantization (dequantizing costs time too).
QUANT_COST = {"F32": 0.8, "F16": 0.9, "BF16": 0.9, "Q8_0": 1.0}


def is_apple_silicon() -> bool:
    """Apple's chips share one memory between processor and graphics."""
    return sys.platform == "darwin" and platform.machine() == "arm64"


@dataclass(frozen=True)
class Hardware:
    """What the models must fit into: main memory and any graphics cards."""
    ram_total: int
    ram_available: int
    devices: tuple[Device, ...] = field(default_factory=tuple)
    unified_memory: bool = False     # Apple Silicon: the GPU uses main memory
    cores: int = 0                   # physical processor cores; 0 = unknown (no speed guess)
    speeds: tuple[SpeedRecord, ...] = ()    # measured here, newest first

    @classmethod
    def detect(cls, devices: list[Device] | tuple[Device, ...] = (),
               speeds_file: str | os.PathLike | None = None) -> Hardware:
        """speeds_file: the engine's speed log (data folder / speeds.json), if any."""
        total, available = system_ram()
        cores = psutil.cpu_count(logical=False) or os.cpu_count() or 1
        speeds = tuple(read_speeds(speeds_file)) if speeds_file and Path(speeds_file).exists() else ()
        return cls(total, available, tuple(devices), is_apple_silicon(), cores, speeds)

    @property
    def gpu(self) -> Device | None:
        return best_gpu(list(self.devices))

    def summary(self) -> HardwareSummary:
        """'16.0 GB memory (9.1 GB free); NVIDIA RTX 4060 with 7.6 GB free'."""
        total, free = Size(self.ram_total), Size(self.ram_available)
        gpu = self.gpu
        if gpu is not None and not self.unified_memory:
            return HardwareSummary("memory_gpu", total=total, free=free, gpu=gpu.description or gpu.name,
                                   gpu_free=Size(gpu.free_bytes))
        return HardwareSummary("memory", total=total, free=free)


@dataclass(frozen=True)
class Advice:
    verdict: str       # FITS, TIGHT or NO_FIT (VERDICT_WORDS words it)
    reason: FitReason  # "needs about 5.1 GB, 3.2 GB free"
    needed: int        # bytes
    where: str         # "graphics card", "memory", "memory and graphics card"
    tokens_per_s: float | None = None   # how fast it would write here; None = no basis to say

    @property
    def rank(self) -> int:
        return RANK[self.verdict]


PLACEMENT = {"graphics card": "gpu", "memory": "cpu", "memory and graphics card": "mixed"}


def predict_speed(model_bytes: int, layers: int, quantization: str, placement: str, hw: Hardware) -> float | None:
    """Tokens per second this model would write at this placement ("cpu", "gpu", "mixed")."""
    if model_bytes <= 0:
        return None
    layers = layers or _layers_guess(model_bytes)
    cost = _quant_cost(quantization) * model_bytes
    measured = [r for r in hw.speeds if r.placement == placement and r.tokens_per_s > 0]
    if measured:
        # The nearest in size says most about this one.
        ref = min(measured, key=lambda r: abs(math.log(r.model_bytes / model_bytes)))
        per_layer = LAYER_SECONDS if placement == "cpu" else 0.0   # on a graphics card: all reading
        seconds = 1 / ref.tokens_per_s
        reading = max(seconds - per_layer * ref.layers, seconds * 0.25)   # the fixed part is a guess: bounded
        bytes_per_s = _quant_cost(ref.quantization) * ref.model_bytes / reading
        return 1 / (per_layer * layers + cost / bytes_per_s)
    if placement == "cpu" and hw.cores:
        bytes_per_s = GUESS_BYTES_PER_S_PER_CORE * min(hw.cores, 8)
        return 1 / (LAYER_SECONDS * layers + cost / bytes_per_s)
    return None


def _quant_cost(quantization: str) -> float:
    return QUANT_COST.get((quantization or "").upper(), 1.2)   # 4-6 bit formats: more arithmetic per byte


def _layers_guess(model_bytes: int) -> int:
    return 16 if model_bytes < 10**9 else 32


def kv_bytes(layers: int, kv_heads: int, head_dim: int, context: int) -> int:
    """f16 keys and values for every layer and token (as GGUFInfo.kv_cache_bytes)."""
    return 2 * layers * kv_heads * head_dim * 2 * context


def advise(model_bytes: int, kv_cache_bytes: int, hw: Hardware, layers: int = 0, quantization: str = "") -> Advice:
    """The verdict for a model of this size on this hardware, with the reason in words,
    and how fast it would write (layers and quantization sharpen that guess)."""
    advice = _fit(model_bytes, kv_cache_bytes, hw)
    speed = predict_speed(model_bytes, layers, quantization, PLACEMENT[advice.where], hw)
    return Advice(advice.verdict, advice.reason, advice.needed, advice.where, speed)


def _fit(model_bytes: int, kv_cache_bytes: int, hw: Hardware) -> Advice:
    needed = memory_needed(model_bytes, kv_cache_bytes)
    gpu = hw.gpu
    if gpu is not None and not hw.unified_memory and needed <= gpu.free_bytes * 0.8:
        return _advice(needed, gpu.free_bytes, "gpu", "graphics card")
    if gpu is not None and not hw.unified_memory:
        # Layers that do not fit on the card run from main memory.
        return _advice(needed, hw.ram_available + gpu.free_bytes, "mixed", "memory and graphics card")
    return _advice(needed, hw.ram_available, "memory", "memory")


def _advice(needed: int, free: int, reason: str, where: str) -> Advice:
    verdict = fit_verdict(needed, free).verdict
    code = reason + "_tight" if verdict == TIGHT else reason
    return Advice(verdict, FitReason(code, needed=Size(needed), free=Size(free)), needed, where)


def advise_gguf(info, hw: Hardware, size: int | None = None, context: int = 0) -> Advice:
    """Advice for a model file read by app.engine.gguf (GGUFInfo); `size` counts
    every part of a split model (the header knows only its own file)."""
    n_ctx = min(context or AUTO_CONTEXT, info.context_length or AUTO_CONTEXT)
    return advise(size or info.file_size, info.kv_cache_bytes(n_ctx), hw, info.block_count, info.quantization)
