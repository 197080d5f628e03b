"""What a help desk needs to know: this computer, the app's folders, the devices
and the model in use, as (label, value) rows.

The diagnostics panel shows these rows and copies them as the report;
`tramontane doctor` prints the same rows, so the two always agree. Labels
are English here; the panel shows them translated, the copied report keeps
them in English so any help desk can read it. No Qt; any thread (reading
/proc or sysctl takes a few milliseconds).
"""

from __future__ import annotations

import ctypes
import os
import platform
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import psutil

from app import __version__
from app.engine.hardware import best_gpu, gib, system_ram
from app.engine.types import Device, ModelInfo
from app.library.local import display_name
from app.paths import AppPaths
from app.policy import Policy
from app.settings import Settings

Row = tuple[str, str]
FOLDER_LABELS = (("data", "Data folder"), ("models", "Models folder"), ("config", "Config folder"),
                 ("cache", "Cache folder"), ("logs", "Logs folder"))

# /proc/cpuinfo flag -> the name people know, for what llama.cpp's kernels use.
_X86_FLAGS = {"pni": "SSE3", "ssse3": "SSSE3", "sse4_1": "SSE4.1", "sse4_2": "SSE4.2", "avx": "AVX",
              "avx2": "AVX2", "fma": "FMA", "f16c": "F16C", "avx512f": "AVX512F", "avx512bw": "AVX512BW",
              "avx512_vnni": "AVX512-VNNI", "avx512_bf16": "AVX512-BF16", "avx_vnni": "AVX-VNNI",
              "amx_tile": "AMX", "amx_int8": "AMX-INT8", "amx_bf16": "AMX-BF16"}
_ARM_FLAGS = {"asimd": "NEON", "fphp": "FP16", "asimddp": "DOTPROD", "i8mm": "I8MM", "bf16": "BF16",
              "sve": "SVE", "sve2": "SVE2"}
# Windows IsProcessorFeaturePresent numbers (winnt.h).
_WINDOWS_FLAGS = {13: "SSE3", 36: "SSSE3", 37: "SSE4.1", 38: "SSE4.2", 39: "AVX", 40: "AVX2",
                  41: "AVX512F", 19: "NEON", 43: "DOTPROD"}


def _sysctl(name: str) -> str:
    try:
        return subprocess.run(["sysctl", "-n", name], capture_output=True, text=True, timeout=2).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _cpuinfo() -> str:
    try:
        return Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return ""


def cpu_name() -> str:
    if sys.platform.startswith("linux"):
        match = re.search(r"^(?:model name|Hardware|Model)\s*:\s*(.+)$", _cpuinfo(), re.MULTILINE)
        if match:
            return " ".join(match.group(1).split())
    elif sys.platform == "darwin":
        return _sysctl("machdep.cpu.brand_string") or platform.machine()
    return platform.processor() or platform.machine()


def cpu_features() -> list[str]:
    """The instruction sets llama.cpp cares about that this processor has."""
    if sys.platform.startswith("linux"):
        match = re.search(r"^(?:flags|Features)\s*:\s*(.+)$", _cpuinfo(), re.MULTILINE)
        have = set(match.group(1).split()) if match else set()
        table = _X86_FLAGS if "pni" in have or "sse2" in have else _ARM_FLAGS
        return [name for flag, name in table.items() if flag in have]
    if sys.platform == "darwin":
        if platform.machine() == "arm64":
            found = ["NEON"]
            for feat, name in (("FEAT_FP16", "FP16"), ("FEAT_DotProd", "DOTPROD"), ("FEAT_I8MM", "I8MM"),
                               ("FEAT_BF16", "BF16")):
                if _sysctl(f"hw.optional.arm.{feat}") == "1":
                    found.append(name)
            return found
        have = set((_sysctl("machdep.cpu.features") + " " + _sysctl("machdep.cpu.leaf7_features")).lower().split())
        return [name for flag, name in _X86_FLAGS.items() if flag.replace("_", ".") in have or flag in have]
    if sys.platform == "win32":
        present = ctypes.windll.kernel32.IsProcessorFeaturePresent
        return [name for number, name in _WINDOWS_FLAGS.items() if present(number)]
    return []


def system_rows(paths: AppPaths, log_file: Path, policy: Policy | None = None) -> list[Row]:
    total, available = system_ram()
    physical = psutil.cpu_count(logical=False) or 0
    logical = psutil.cpu_count() or os.cpu_count() or 0
    rows = [("Tramontane", f"{__version__} (Python {platform.python_version()})"),
            ("System", platform.platform()),
            ("Processor", f"{cpu_name()}, {physical} cores, {logical} threads"),
            ("CPU features", ", ".join(cpu_features()) or "unknown"),
            ("Memory", f"{gib(total)} in all, {gib(available)} available")]
    rows += [(label, str(getattr(paths, name))) for name, label in FOLDER_LABELS]
    rows.append(("Log file", str(log_file)))
    if policy is not None:
        rows.append(("IT policy", ", ".join(policy.sources) if policy.active else "none"))
        rows += [("Policy problem", problem) for problem in policy.problems]
        rows += [("Policy not used", f"{path} (this user could change it)") for path in policy.ignored]
    return rows


def device_rows(devices: list[Device], backends: Sequence[object] = ()) -> list[Row]:
    """The devices, the backend a model goes on, and each llama.cpp backend found
    (hardware.BackendStatus: used, or skipped and why)."""
    rows = [("Device", f"{d.name}: {d.description} ({gib(d.free_bytes)} free of {gib(d.total_bytes)})")
            for d in devices]
    gpu = best_gpu(devices)
    rows.append(("Backend", f"{gpu.name} ({gpu.description})" if gpu else "CPU"))
    rows += [("Backends", str(status)) for status in backends]
    return rows


def model_rows(info: ModelInfo | None, settings: Settings | None = None) -> list[Row]:
    if info is None:
        return [("Model", "none loaded")]
    local = info.local
    if local is None:
        rows = [("Model", f"{info.name} on {info.backend}"),
                ("Context", f"{info.context_length} tokens")]
    else:
        billions = f", {local.parameter_count / 1e9:.2f} B parameters" if local.parameter_count else ""
        layers = ("all on the processor" if local.gpu_layers == 0
                  else f"{min(local.gpu_layers, local.layer_count)} of {local.layer_count} layers on {info.backend}")
        rows = [("Model", f"{display_name(local.path)} ({local.architecture}{billions})"),
                ("Model file", f"{local.path} ({local.quantization}, {gib(local.file_size)})"),
                ("Context", f"{info.context_length} tokens in use, trained for {local.trained_context_length}"),
                ("Placement", f"{layers}, {local.threads} threads")]
    if info.notice:
        rows.append(("Note", info.notice))
    if settings is not None:
        rows.append(("Sampling", f"temperature {settings.temperature}, top-p {settings.top_p}, "
                                 f"up to {settings.max_tokens} tokens per reply"))
    return rows


def format_report(rows: list[Row]) -> str:
    return "\n".join(f"{label:<14} {value}" for label, value in rows)
