"""What this computer can run: devices, memory, GPU-layer plans, fit verdicts.

devices() asks llama.cpp's ggml for the backends it loaded, through ctypes
(llama-cpp-python does not bind these calls), so it runs only where llama_cpp
may be imported: in the model's child process, never in the GUI. Everything
else here is plain arithmetic and also serves the model library.
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psutil

from app.engine.backends import BackendStatus, load_from
from app.engine.types import Device

_KINDS = {0: "cpu", 1: "gpu", 2: "igpu", 3: "accel", 4: "meta"}
_backends: list[BackendStatus] | None = None

# File names of llama.cpp's libraries and of the CUDA runtime the CUDA backend brings.
_LLAMA_LIBRARY = re.compile(r"^(lib)?(ggml|llama|cudart|cublas)[\w.-]*\.(so[.\d]*|dylib|dll)$", re.IGNORECASE)

# Device names by backend, preferred first (CUDA0, Metal/MTL0, Vulkan0).
_GPU_PREFERENCE = (("CUDA",), ("Metal", "MTL"), ("Vulkan",))

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
    # The registry, for app/engine/backends.py.
    lib.ggml_backend_load.argtypes = [ctypes.c_char_p]
    lib.ggml_backend_load.restype = ctypes.c_void_p
    lib.ggml_backend_unload.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_unload.restype = None
    lib.ggml_backend_reg_count.restype = ctypes.c_size_t
    lib.ggml_backend_reg_get.argtypes = [ctypes.c_size_t]
    lib.ggml_backend_reg_get.restype = ctypes.c_void_p
    lib.ggml_backend_reg_name.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_reg_name.restype = ctypes.c_char_p
    lib.ggml_backend_reg_dev_count.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_reg_dev_count.restype = ctypes.c_size_t
    return lib


def load_backends() -> list[BackendStatus]:
    """Load the backend libraries bundled next to llama.cpp, once, best first
    (app/engine/backends.py); what was used and what was skipped, with reasons.
    Called before llama_backend_init(), which would search the current folder."""
    global _backends
    if _backends is None:
        import llama_cpp  # noqa: PLC0415

        _backends = load_from(_ggml(), llama_cpp, Path(llama_cpp.__file__).parent / "lib")
    return _backends


def backend_report() -> list[BackendStatus]:
    """What load_backends() found, for doctor and the diagnostics panel (picklable)."""
    return list(load_backends())


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
    """The GPU a model goes on: CUDA, then Metal, then Vulkan, then any other;
    the one with the most free memory among equals."""
    gpus = [d for d in devs if d.is_gpu]
    if not gpus:
        return None

    def rank(d: Device) -> tuple[int, int]:
        order = next((i for i, names in enumerate(_GPU_PREFERENCE) if d.name.startswith(names)), len(_GPU_PREFERENCE))
        return (-order, d.free_bytes)

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
    """Paths of the llama.cpp libraries (ggml, llama) and the CUDA runtime a process
    has mapped. In an installer's build this shows which CPU variant ggml chose,
    and where each library came from. psutil reads the maps on Linux and Windows;
    on macOS, lsof lists them."""
    if pid is None:
        return []
    try:
        if sys.platform == "darwin":
            out = subprocess.run(["lsof", "-p", str(pid), "-Fn"], capture_output=True, text=True, timeout=20).stdout
            paths = [line[1:] for line in out.splitlines() if line.startswith("n/")]
        else:
            paths = [m.path for m in psutil.Process(pid).memory_maps(grouped=True)]
    except (psutil.Error, OSError, subprocess.SubprocessError):
        return []
    return sorted({p for p in paths if _LLAMA_LIBRARY.search(Path(p).name)})
