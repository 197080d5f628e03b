"""llama.cpp's backends are loaded from the installation's own folder, best first,
and each one skipped says why, in words a help desk can act on."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import llama_cpp
import pytest

from app.engine import backends, hardware
from app.engine.host import RuntimeHost
from app.engine.types import Device

GB = 2**30
needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="builds stand-in libraries with a C compiler")


class NothingLoadedYet:
    """llama.cpp's real ggml, as an installer's build finds it: no backend registered
    before load_from() (the development build links its CPU backend in)."""

    def __init__(self) -> None:
        self._real = hardware._ggml()

    def __getattr__(self, name):
        return getattr(self._real, name)

    def ggml_backend_reg_count(self) -> int:
        return 0


def library(folder: Path, name: str, source: str, *link: str) -> Path:
    (folder / "src.c").write_text(source)
    path = folder / name
    subprocess.run(["cc", "-shared", "-fPIC", "-o", path, folder / "src.c", *link], check=True)
    return path


def missing_driver_backend(folder: Path, tmp: Path) -> None:
    """libggml-cuda.so as the CUDA add-on ships it: it needs libcuda.so.1, which only
    NVIDIA's driver installs. The stand-in driver it was linked against is gone."""
    stub = tmp / "stub"
    stub.mkdir()
    (stub / "cuda.c").write_text("int cuInit(unsigned f) { return 0; }\n")
    subprocess.run(["cc", "-shared", "-fPIC", "-Wl,-soname,libcuda.so.1", "-o", stub / "libcuda.so",
                    stub / "cuda.c"], check=True)
    library(folder, "libggml-cuda.so", "int cuInit(unsigned); int ggml_backend_init(void) { return cuInit(0); }\n",
            f"-L{stub}", "-lcuda")
    shutil.rmtree(stub)


@needs_cc
def test_a_backend_whose_driver_is_missing_is_skipped_with_the_reason(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    missing_driver_backend(folder, tmp_path)
    report = {s.name: s for s in backends.load_from(NothingLoadedYet(), llama_cpp, folder)}
    assert not report["CUDA"].used
    assert report["CUDA"].detail.startswith("NVIDIA's driver is not installed (libcuda.so.1")
    assert str(report["Vulkan"]) == "Vulkan: skipped, not part of this installation"


@needs_cc
def test_the_cpu_library_for_the_newest_instruction_set_this_processor_runs_is_chosen(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, score in (("old", 3), ("best", 9), ("unrunnable", 0)):
        library(folder, f"libggml-cpu-{name}.so", f"int ggml_backend_score(void) {{ return {score}; }}\n")
    cpu = backends.load_from(NothingLoadedYet(), llama_cpp, folder)[-1]
    # The stand-ins cannot become a backend (no ggml_backend_init), which shows the choice:
    assert cpu.name == "CPU" and "libggml-cpu-best.so" in cpu.detail


def test_the_graphics_card_goes_cuda_then_metal_then_vulkan():
    def gpu(name: str, free: int) -> Device:
        return Device(name=name, description=name, kind="gpu", free_bytes=free, total_bytes=free)

    assert hardware.best_gpu([gpu("Vulkan0", 16 * GB), gpu("CUDA0", 8 * GB)]).name == "CUDA0"
    assert hardware.best_gpu([gpu("Vulkan0", 16 * GB), gpu("MTL0", 8 * GB)]).name == "MTL0"
    assert hardware.best_gpu([gpu("Vulkan1", 4 * GB), gpu("Vulkan0", 8 * GB)]).name == "Vulkan0"


def test_the_model_process_reports_its_backends():
    host = RuntimeHost()
    try:
        report = host.backends()
    finally:
        host.close()
    cpu = next(s for s in report if s.name == "CPU")
    assert cpu.used and str(cpu).startswith("CPU: used, ")
