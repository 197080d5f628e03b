"""Build and run llama.cpp's own llama-bench: the reference for speed figures.

It is built from the very llama.cpp that the installed llama-cpp-python
vendors (its source package from the registry), with the same default flags,
so both sides run the same kernels. The build is cached in .benchcache/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_llama_wheel  # noqa: E402

# The same flags as the app's own llama.cpp (its processor build).
CMAKE_ARGS = getattr(build_llama_wheel, "CMAKE_ARGS", None) or build_llama_wheel.FLAGS["cpu"]
CACHE = ROOT / ".benchcache"


TOOLS = ("llama-bench", "llama-quantize")


def llama_bench_binary() -> Path:
    """Path to llama-bench, building it on first use (several minutes)."""
    return llama_tool("llama-bench")


def llama_tool(name: str) -> Path:
    """Path to one of llama.cpp's TOOLS, building them on first use (several minutes)."""
    ver = version("llama-cpp-python")
    build = CACHE / f"llama.cpp-{ver}-build"
    binary = build / "bin" / name
    if binary.exists():
        return binary
    CACHE.mkdir(exist_ok=True)
    sdist = CACHE / f"llama_cpp_python-{ver}.tar.gz"
    if not sdist.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", f"llama-cpp-python=={ver}", "-d", str(CACHE)],
                       check=True)
    source = CACHE / f"llama_cpp_python-{ver}"
    if not source.exists():
        with tarfile.open(sdist) as tar:
            tar.extractall(CACHE, filter="data")
    vendored = source / "vendor" / "llama.cpp"
    print(f"Building {', '.join(TOOLS)} from {vendored} (takes a few minutes)...", file=sys.stderr)
    log = open(CACHE / "llama-bench-build.log", "w")
    subprocess.run(["cmake", "-S", str(vendored), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                    "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_SERVER=OFF",
                    "-DLLAMA_OPENSSL=OFF", *CMAKE_ARGS], check=True, stdout=log, stderr=log)
    subprocess.run(["cmake", "--build", str(build), "--target", *TOOLS,
                    "-j", str(os.cpu_count() or 2)], check=True, stdout=log, stderr=log)
    return binary


def run_llama_bench(model: Path, *, threads: int, n_prompt: int = 0, n_gen: int = 0,
                    repetitions: int = 3, extra: list[str] | None = None) -> float:
    """Average tokens per second that llama-bench reports for one test."""
    cmd = [str(llama_bench_binary()), "-m", str(model), "-t", str(threads),
           "-p", str(n_prompt), "-n", str(n_gen), "-r", str(repetitions), "-o", "json",
           *(extra or [])]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    results = json.loads(out)
    return float(results[0]["avg_ts"])


if __name__ == "__main__":
    print(llama_bench_binary())
