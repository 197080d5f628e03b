"""Will this model run well on this computer? Fit advice from real hardware.

The memory a model needs is its weights plus the KV cache for the context the
runtime would choose (app/engine/runtime.py: the trained context, at most
8192 tokens) plus the runtime's overhead, as the engine's own planner counts
it. Where it can run: on a graphics card with enough free memory, else in
main memory (with part on the card when the card has some room).

Hardware is passed in: RAM from psutil here, GPUs from the engine's child
process (RuntimeHost.devices()), never from llama_cpp in this process.
Pure arithmetic, any thread.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field

from app.engine.hardware import Fit, best_gpu, fit_verdict, gib, memory_needed, system_ram
from app.engine.types import Device

AUTO_CONTEXT = 8192          # the runtime's largest automatic context (runtime.MAX_AUTO_CONTEXT)
FITS, TIGHT, NO_FIT = "fits", "tight", "does not fit"
RANK = {FITS: 0, TIGHT: 1, NO_FIT: 2}


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

    @classmethod
    def detect(cls, devices: list[Device] | tuple[Device, ...] = ()) -> "Hardware":
        total, available = system_ram()
        return cls(total, available, tuple(devices), is_apple_silicon())

    @property
    def gpu(self) -> Device | None:
        return best_gpu(list(self.devices))

    def summary(self) -> str:
        """'16.0 GB memory (9.1 GB free); NVIDIA RTX 4060 with 7.6 GB free'."""
        words = f"{gib(self.ram_total)} memory ({gib(self.ram_available)} free)"
        gpu = self.gpu
        if gpu is not None and not self.unified_memory:
            words += f"; {gpu.description or gpu.name} with {gib(gpu.free_bytes)} free"
        return words


@dataclass(frozen=True)
class Advice:
    verdict: str       # fits, tight, does not fit
    reason: str        # "needs about 5.1 GB, 3.2 GB free"
    needed: int        # bytes
    where: str         # "graphics card", "memory", "memory and graphics card"

    @property
    def rank(self) -> int:
        return RANK[self.verdict]


def kv_bytes(layers: int, kv_heads: int, head_dim: int, context: int) -> int:
    """f16 keys and values for every layer and token (as GGUFInfo.kv_cache_bytes)."""
    return 2 * layers * kv_heads * head_dim * 2 * context


def advise(model_bytes: int, kv_cache_bytes: int, hw: Hardware) -> Advice:
    """The verdict for a model of this size on this hardware, with the reason in words."""
    needed = memory_needed(model_bytes, kv_cache_bytes)
    gpu = hw.gpu
    if gpu is not None and not hw.unified_memory and needed <= gpu.free_bytes * 0.8:
        fit = fit_verdict(needed, gpu.free_bytes)
        return Advice(fit.verdict, f"{fit.reason} on the graphics card", needed, "graphics card")
    if gpu is not None and not hw.unified_memory:
        # Layers that do not fit on the card run from main memory.
        fit = fit_verdict(needed, hw.ram_available + gpu.free_bytes)
        where = "memory and graphics card"
        return Advice(fit.verdict, _reason(fit, "in memory and on the graphics card"), needed, where)
    fit = fit_verdict(needed, hw.ram_available)
    return Advice(fit.verdict, _reason(fit, ""), needed, "memory")


def _reason(fit: Fit, suffix: str) -> str:
    if not suffix:
        return fit.reason
    base, _, rest = fit.reason.partition(";")
    return f"{base} {suffix}" + (f";{rest}" if rest else "")


def advise_gguf(info, hw: Hardware, size: int | None = None, context: int = 0) -> Advice:
    """Advice for a model file read by app.engine.gguf (GGUFInfo); `size` counts
    every part of a split model (the header knows only its own file)."""
    n_ctx = min(context or AUTO_CONTEXT, info.context_length or AUTO_CONTEXT)
    return advise(size or info.file_size, info.kv_cache_bytes(n_ctx), hw)
