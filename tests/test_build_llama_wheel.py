"""`make run` builds llama.cpp for the graphics card only when a driver reports one:
a toolkit alone (as on the development machines and CI) means the CPU build."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def script():
    spec = importlib.util.spec_from_file_location("build_llama_wheel", ROOT / "scripts" / "build_llama_wheel.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tools(tmp_path, monkeypatch):
    """A PATH holding only the stand-in tools a test puts there."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))

    def add(name: str, output: str = "") -> None:
        path = folder / name
        path.write_text(f"#!/bin/sh\nprintf '%s\\n' '{output}'\n")
        path.chmod(0o755)
    return add


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname == "Darwin", reason="shell stand-ins; Linux rules")
class TestDetect:
    def test_a_toolkit_without_a_card_builds_for_the_processor(self, script, tools):
        tools("nvcc")
        backend, why = script.detect()
        assert backend == "cpu" and "no graphics card" in why

    def test_a_card_the_driver_reports_and_nvcc_build_cuda(self, script, tools):
        tools("nvcc")
        tools("nvidia-smi", "GPU 0: NVIDIA GeForce RTX 4060 (UUID: GPU-1234)")
        backend, why = script.detect()
        assert backend == "cuda" and "RTX 4060" in why

    def test_a_card_without_nvcc_says_what_to_install(self, script, tools):
        tools("nvidia-smi", "GPU 0: NVIDIA GeForce RTX 4060 (UUID: GPU-1234)")
        backend, why = script.detect()
        assert backend == "cpu" and "install the CUDA toolkit" in why


def test_each_backend_has_a_folder_of_its_own_and_the_cpu_one_stays_where_it_was(script):
    assert script.folder("cpu") == ROOT / "build" / "wheels"
    assert len({script.folder(b) for b in ("cpu", "cuda", "vulkan")}) == 3
