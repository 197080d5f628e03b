"""llama.cpp's backends, loaded explicitly from the app's own folder, best first, with reasons.

Runs in the model's child process only (it imports llama_cpp), once, before
llama.cpp's llama_backend_init(): left to itself, llama.cpp would look for
backend libraries next to the executable and in the current folder, which
any user (or a downloaded file) can fill. Here every library is opened by its
full path in llama_cpp/lib, inside the installation.

An installer's build (GGML_BACKEND_DL) has each backend as a library of its
own. The graphics ones are tried in the order CUDA, Metal, Vulkan; the first
that loads and finds a device is used and the others are not loaded (Vulkan
would find the same NVIDIA card a second time). Then the CPU library built
for the newest instruction set this processor has, scored as ggml itself
does. A backend that fails to load (no driver) or finds no device is unloaded
and reported with the reason. A development build has its backends linked in;
they are reported as "built in".
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

GPU_ORDER = ("cuda", "metal", "vulkan")
NAMES = {"cuda": "CUDA", "metal": "Metal", "vulkan": "Vulkan", "cpu": "CPU", "blas": "BLAS", "mtl": "Metal"}
# The graphics backends each platform's installers can carry: absent ones are
# reported ("not part of this installation"), so a help desk sees why an NVIDIA laptop runs on Vulkan.
EXPECTED = {"darwin": ("metal",)}.get(sys.platform, ("cuda", "vulkan"))
PREFIX, SUFFIX = ("ggml-", ".dll") if sys.platform == "win32" else ("libggml-", ".so")
# Libraries whose absence means a missing driver, in words a help desk can act on.
_HINTS = {"libcuda.so": "NVIDIA's driver is not installed", "nvcuda.dll": "NVIDIA's driver is not installed",
          "libvulkan.so": "the Vulkan loader (libvulkan1) is not installed",
          "vulkan-1.dll": "no graphics driver with Vulkan is installed"}
_NO_DEVICE = {"cuda": "no NVIDIA graphics card answered", "metal": "no Metal device answered",
              "vulkan": "no graphics card with a Vulkan driver answered"}


@dataclass(frozen=True)
class BackendStatus:
    name: str        # "CUDA", "Metal", "Vulkan", "CPU"
    used: bool
    detail: str      # the library and its devices, or why it was skipped

    def __str__(self) -> str:
        return f"{self.name}: {'used' if self.used else 'skipped'}, {self.detail}"


class _Log:
    """Catches what ggml logs while a backend loads (the loader's error, a driver's complaint)."""

    def __init__(self, llama) -> None:
        self.lines: list[str] = []
        self._llama = llama
        self._callback = llama.llama_log_callback(self._on_log)   # referenced while llama.cpp holds it

    def _on_log(self, level, text, _user_data) -> None:
        self.lines.append((text or b"").decode("utf-8", errors="replace").strip())

    def __enter__(self) -> _Log:
        self._llama.llama_log_set(self._callback, None)
        return self

    def __exit__(self, *_exc) -> None:
        # A NULL callback: ggml's default logger again.
        self._llama.llama_log_set(ctypes.cast(None, self._llama.llama_log_callback), None)

    def take(self) -> list[str]:
        lines, self.lines = [line for line in self.lines if line], []
        return lines


def _why_not_loaded(kind: str, path: Path, log: list[str]) -> str:
    said = next((line.split(f"{path}:", 1)[-1].strip() for line in reversed(log) if str(path) in line),
                log[-1] if log else "")
    hint = next((words for lib, words in _HINTS.items() if lib in said), "")
    if not hint and "failed to initialize" in said:   # it loaded, and its driver found nothing to drive
        hint = _NO_DEVICE.get(kind, "")
    if hint:
        return f"{hint} ({said})"
    return f"{path.name} did not start" + (f" ({said})" if said else "")


def _no_device(kind: str, log: list[str]) -> str:
    said = next((line for line in reversed(log) if re.search(r"fail|error|no .*device", line, re.I)), "")
    return _NO_DEVICE.get(kind, "no device answered") + (f" ({said})" if said else "")


def _load_gpu(lib, log: _Log, kind: str, path: Path) -> tuple[BackendStatus, bool]:
    log.take()
    reg = lib.ggml_backend_load(os.fsencode(path))
    if not reg:
        return BackendStatus(NAMES[kind], False, _why_not_loaded(kind, path, log.take())), False
    count = lib.ggml_backend_reg_dev_count(reg)
    if count == 0:
        lib.ggml_backend_unload(reg)
        return BackendStatus(NAMES[kind], False, _no_device(kind, log.take())), False
    return BackendStatus(NAMES[kind], True, f"{path.name}, {count} device{'s' if count > 1 else ''}"), True


def _close(handle) -> None:
    import _ctypes  # noqa: PLC0415  (CPython's own; ctypes has no public way to unload)

    (_ctypes.FreeLibrary if sys.platform == "win32" else _ctypes.dlclose)(handle._handle)


def _cpu_score(path: Path) -> int:
    """ggml's own measure of how well a CPU variant fits this processor (0: it cannot run here)."""
    try:
        handle = ctypes.CDLL(str(path))
    except OSError:
        return 0
    try:
        score = getattr(handle, "ggml_backend_score", None)
        if score is None:
            return 0
        score.restype = ctypes.c_int
        return score()
    finally:
        _close(handle)


def _load_cpu(lib, log: _Log, folder: Path) -> BackendStatus:
    variants = sorted(folder.glob(f"{PREFIX}cpu-*{SUFFIX}"))
    scored = sorted(((_cpu_score(p), p) for p in variants), key=lambda sp: sp[0], reverse=True)
    best = scored[0][1] if scored and scored[0][0] > 0 else folder / f"{PREFIX}cpu{SUFFIX}"
    if not best.is_file():
        return BackendStatus("CPU", False, f"no CPU library in {folder} fits this processor")
    log.take()
    if not lib.ggml_backend_load(os.fsencode(best)):
        return BackendStatus("CPU", False, _why_not_loaded("cpu", best, log.take()))
    of = f" (the best of {len(variants)} for this processor)" if len(variants) > 1 else ""
    return BackendStatus("CPU", True, best.name + of)


def _built_in(lib) -> list[BackendStatus]:
    found = []
    for i in range(lib.ggml_backend_reg_count()):
        reg = lib.ggml_backend_reg_get(i)
        name = lib.ggml_backend_reg_name(reg).decode(errors="replace")
        count = lib.ggml_backend_reg_dev_count(reg)
        found.append(BackendStatus(NAMES.get(name.lower(), name), count > 0,
                                   f"built in, {count} device{'' if count == 1 else 's'}"))
    return found


def load_from(lib, llama, folder: Path) -> list[BackendStatus]:
    """Load the backends in `folder` into ggml (lib: ggml's handle, its calls declared by
    hardware._ggml())."""
    if lib.ggml_backend_reg_count() > 0:
        return _built_in(lib)
    report: list[BackendStatus] = []
    chosen = ""
    with _Log(llama) as log:
        for kind in GPU_ORDER:
            path = folder / f"{PREFIX}{kind}{SUFFIX}"
            if not path.is_file():
                if kind in EXPECTED:
                    report.append(BackendStatus(NAMES[kind], False, "not part of this installation"))
                continue
            if chosen:
                report.append(BackendStatus(NAMES[kind], False, f"not needed: {chosen} drives the graphics card"))
                continue
            status, ok = _load_gpu(lib, log, kind, path)
            report.append(status)
            chosen = NAMES[kind] if ok else ""
        blas = folder / f"{PREFIX}blas{SUFFIX}"     # macOS: Accelerate, for reading long prompts on the CPU
        if blas.is_file():
            report.append(_load_gpu(lib, log, "blas", blas)[0])
        report.append(_load_cpu(lib, log, folder))
    return report
