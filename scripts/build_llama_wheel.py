"""Build the llama-cpp-python wheel that the project installs, once per backend.

Why not a plain `pip install llama-cpp-python`: on Intel Xeons with AMX
(Sapphire Rapids and newer) llama.cpp's AMX kernels crash on the first
multi-token prompt (ggml-org/llama.cpp#20824, unfixed). The build keeps
-march=native for everything else and leaves the AMX kernels out.

Each backend has a folder of its own, so a CUDA build never reuses the CPU
wheel or the other way round: build/wheels (CPU; Metal on a Mac, where
llama.cpp builds it by default), build/wheels-cuda, build/wheels-vulkan.

`make test` asks for the CPU build (quick, and what CI uses). `make run`
asks for `--backend auto --install`: the graphics card's backend when this
computer has the card and the tools to build for it, else the CPU one; it
says which and why. A toolkit alone is no reason to compile for an hour:
CUDA needs an NVIDIA card that the driver reports (nvidia-smi) and nvcc;
Vulkan a device that vulkaninfo reports, the headers and glslc.

Usage: python scripts/build_llama_wheel.py [--backend cpu|auto|cuda|vulkan] [--install]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "0.3.36"   # keep equal to the pin in pyproject.toml
CPU_FLAGS = ["-DCMAKE_C_FLAGS=-mno-amx-int8", "-DCMAKE_CXX_FLAGS=-mno-amx-int8"] if platform.machine() in (
    "x86_64", "AMD64") else []
FLAGS = {
    "cpu": CPU_FLAGS,
    # native: only the card in this computer, which keeps the build to minutes.
    "cuda": CPU_FLAGS + ["-DGGML_CUDA=ON", "-DCMAKE_CUDA_ARCHITECTURES=native"],
    "vulkan": CPU_FLAGS + ["-DGGML_VULKAN=ON"],
}
# The library each backend adds to llama_cpp/lib: how to tell which build is installed.
MARKS = {"cuda": "ggml-cuda", "vulkan": "ggml-vulkan"}


def folder(backend: str) -> Path:
    return ROOT / "build" / ("wheels" if backend == "cpu" else f"wheels-{backend}")


def _run(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def detect() -> tuple[str, str]:
    """(backend, the reason in words) for this computer."""
    if sys.platform == "darwin":
        return "cpu", "macOS: llama.cpp builds Metal in by default"
    gpus = [line for line in _run(["nvidia-smi", "-L"]).splitlines() if line.startswith("GPU ")]
    if gpus:
        if shutil.which("nvcc"):
            return "cuda", f"{gpus[0]} (reported by NVIDIA's driver) and nvcc are here"
        return "cpu", f"{gpus[0]} is here but nvcc is not: install the CUDA toolkit to use it"
    vulkan = [line.split("=", 1)[1].strip() for line in _run(["vulkaninfo", "--summary"]).splitlines()
              if "deviceName" in line and "=" in line and "llvmpipe" not in line]
    if vulkan:
        if shutil.which("glslc") and Path("/usr/include/vulkan/vulkan.h").exists():
            return "vulkan", f"{vulkan[0]} (reported by vulkaninfo), glslc and the Vulkan headers are here"
        return "cpu", (f"{vulkan[0]} is here but glslc or the Vulkan headers are not "
                       "(apt-get install glslc libvulkan-dev)")
    return "cpu", "no graphics card: neither nvidia-smi nor vulkaninfo reports one"


def installed_backend() -> str | None:
    """The backend of the llama_cpp installed in this Python, or None when there is none."""
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        return None
    names = " ".join(p.name for p in (Path(spec.submodule_search_locations[0]) / "lib").glob("*"))
    return next((backend for backend, mark in MARKS.items() if mark in names), "cpu")


def build(backend: str) -> Path | None:
    found = sorted(folder(backend).glob(f"llama_cpp_python-{VERSION}-*.whl"))
    if found:
        return found[-1]
    folder(backend).mkdir(parents=True, exist_ok=True)
    minutes = {"cpu": "about 5 minutes", "cuda": "about 20 minutes on 2 cores", "vulkan": "about 15 minutes"}
    print(f"Building llama.cpp (llama-cpp-python {VERSION}, {backend}); this takes {minutes[backend]} once.",
          flush=True)
    env = dict(os.environ, CMAKE_ARGS=" ".join(FLAGS[backend]))
    if subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
                       f"llama-cpp-python=={VERSION}", "-w", str(folder(backend))], env=env).returncode:
        return None
    return sorted(folder(backend).glob(f"llama_cpp_python-{VERSION}-*.whl"))[-1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["cpu", "auto", *MARKS], default="cpu")
    parser.add_argument("--install", action="store_true", help="install it into this Python if another is there")
    args = parser.parse_args()
    backend, why = detect() if args.backend == "auto" else (args.backend, "asked for")
    if args.backend == "auto":
        print(f"llama.cpp backend: {backend} ({why}).", flush=True)
    wheel = build(backend)
    if wheel is None and backend != "cpu":
        print(f"The {backend} build of llama.cpp failed (see above); the CPU one is used instead.", flush=True)
        backend, wheel = "cpu", build("cpu")
    if wheel is None:
        return 1
    if args.install and installed_backend() != backend:
        print(f"Installing the {backend} build of llama.cpp into this environment.", flush=True)
        return subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall",
                               str(wheel)]).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
