"""What this computer can run: devices, memory, GPU-layer plans, fit verdicts.

devices() asks llama.cpp's ggml for the backends it loaded, through ctypes
(llama-cpp-python does not bind these calls), so it runs only where llama_cpp
may be imported: in the model's child process, never in the GUI. Everything
else here is plain arithmetic and also serves the model library.
"""

from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass
from pathlib import Path

import psutil

from app.engine.types import Device

_KINDS = {0: "cpu", 1: "gpu", 2: "igpu", 3: "accel", 4: "meta"}
_backends_loaded = False

# Room the runtime needs beyond weights and KV cache: compute buffers,
# scratch, the process itself. Measured on the starter model, rounded up.
OVERHEAD_BYTES = 300 * 2**20


def _ggml():
    """The ggml that llama.cpp itself uses. Through libllama's handle where the
    system looks up symbols in a library's dependencies (Linux, macOS): a wheel
    that ships libggml.so and libggml.so.0 as two copies would otherwise give
    two registries, and backends loaded into one are unseen by the other."""
    import llama_cpp  # noqa: PLC0415 (only in the child process)

    lib = llama_cpp.llama_cpp._lib
    try:
        lib.ggml_backend_dev_count  # noqa: B018 (a lookup, to see whether it resolves)
    except AttributeError:  # Windows: each DLL answers for its own symbols only
        from llama_cpp._ggml import libggml  # noqa: PLC0415

        lib = libggml
    lib.ggml_backend_dev_count.restype = ctypes.c_size_t
    lib.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
    lib.ggml_backend_dev_get.restype = ctypes.c_void_p
    for name in ("ggml_backend_dev_name", "ggml_backend_dev_description"):
        getattr(lib, name).argtypes = [ctypes.c_void_p]
        getattr(lib, name).restype = ctypes.c_char_p
    lib.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_dev_type.restype = ctypes.c_int
    lib.ggml_backend_dev_memory.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t),
                                            ctypes.POINTER(ctypes.c_size_t)]
    lib.ggml_backend_dev_memory.restype = None
    lib.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
    lib.ggml_backend_load_all_from_path.restype = None
    return lib


def load_backends() -> None:
    """Load the backend libraries next to llama.cpp, once, when the build has
    them as separate files (GGML_BACKEND_DL, as in the installers); a plain
    build registers its backends by itself and this does nothing."""
    global _backends_loaded
    if _backends_loaded:
        return
    import llama_cpp  # noqa: PLC0415

    lib = _ggml()
    if lib.ggml_backend_dev_count() == 0:
        folder = Path(llama_cpp.__file__).parent / "lib"
        lib.ggml_backend_load_all_from_path(os.fsencode(folder))
    _backends_loaded = True


def devices() -> list[Device]:
    """The devices llama.cpp can use now, with their memory."""
    load_backends()
    lib = _ggml()
    found = []
    for i in range(lib.ggml_backend_dev_count()):
        dev = lib.ggml_backend_dev_get(i)
        free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
        lib.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
        found.append(Device(
            name=lib.ggml_backend_dev_name(dev).decode(errors="replace"),
            description=(lib.ggml_backend_dev_description(dev) or b"").decode(errors="replace"),
            kind=_KINDS.get(lib.ggml_backend_dev_type(dev), "other"),
            free_bytes=free.value, total_bytes=total.value))
    return found


def best_gpu(devs: list[Device]) -> Device | None:
    """The GPU a model goes on: Metal on Apple Silicon, CUDA on NVIDIA, else
    any other GPU; the one with the most free memory among equals."""
    gpus = [d for d in devs if d.is_gpu]
    if not gpus:
        return None

    def rank(d: Device) -> tuple[int, int]:
        preferred = d.name.startswith(("Metal", "MTL", "CUDA"))
        return (1 if preferred else 0, d.free_bytes)

    return max(gpus, key=rank)


@dataclass(frozen=True)
class LayerPlan:
    gpu_layers: int      # 0 = CPU only; layer_count + 1 = everything, output layer too
    device: str          # "CPU" or the GPU's name
    reason: str          # in words, for doctor and the diagnostics panel


def plan_gpu_layers(devs: list[Device], model_bytes: int, layer_count: int, kv_bytes: int) -> LayerPlan:
    """How many layers fit on the best GPU, keeping room for the KV cache."""
    gpu = best_gpu(devs)
    if gpu is None or layer_count <= 0:
        return LayerPlan(0, "CPU", "No supported GPU was found; the processor runs the model.")
    room = gpu.free_bytes - OVERHEAD_BYTES
    if model_bytes + kv_bytes <= room:
        return LayerPlan(layer_count + 1, gpu.name, f"The whole model fits on {gpu.description or gpu.name}.")
    per_layer = (model_bytes + kv_bytes) / layer_count
    layers = max(0, int(room / per_layer))
    if layers == 0:
        return LayerPlan(0, "CPU", f"{gpu.description or gpu.name} has too little free memory "
                                   f"({gib(gpu.free_bytes)}); the processor runs the model.")
    return LayerPlan(layers, gpu.name, f"{layers} of {layer_count} layers fit on "
                                       f"{gpu.description or gpu.name}; the rest run on the processor.")


def gib(n: int) -> str:
    return f"{n / 2**30:.1f} GB"


def system_ram() -> tuple[int, int]:
    """(total, available) bytes of main memory."""
    vm = psutil.virtual_memory()
    return vm.total, vm.available


def default_threads() -> int:
    """Physical cores: extra hyper-threads slow llama.cpp's generation down."""
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


@dataclass(frozen=True)
class Fit:
    verdict: str    # "fits", "tight", "does not fit"
    reason: str


def fit_verdict(needed: int, free: int) -> Fit:
    """Would a model needing `needed` bytes run in `free` bytes (RAM, or GPU plus RAM)?"""
    words = f"needs about {gib(needed)}, {gib(free)} free"
    if needed <= free * 0.8:
        return Fit("fits", words)
    if needed <= free:
        return Fit("tight", words + "; other programs may slow down")
    return Fit("does not fit", words)


def memory_needed(model_bytes: int, kv_bytes: int) -> int:
    return model_bytes + kv_bytes + OVERHEAD_BYTES


def loaded_ggml_libraries(pid: int | None) -> list[str]:
    """Paths of the llama.cpp libraries a process has mapped (Linux; elsewhere none).
    In an installer's build this shows which CPU variant ggml chose."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except (OSError, TypeError):
        return []
    return sorted({line.split(None, 5)[-1] for line in maps.splitlines() if "ggml" in line and ".so" in line})
