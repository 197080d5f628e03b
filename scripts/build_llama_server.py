"""Build llama.cpp's own `llama-server` once: the company server in the tests.

Why this server: it is the real engine a team runs on a CPU or GPU box when
it outgrows one PC, and it speaks the same OpenAI API as vLLM. It is built
from the very llama.cpp that the installed llama-cpp-python vendors (the
source package of the pinned version from the package registry), so both
sides of a comparison run the same kernels.

Only the llama-server target, for the CPU, under `nice -n 19` (the machine is
shared), with OpenSSL when the system has it (then the server speaks TLS
itself through --ssl-key-file / --ssl-cert-file). No web UI is built or
fetched. Cached in build/llama-server-<version>/: a second run prints the
path at once. A copy also goes to this user's cache folder, so that another
checkout on the same computer (CI's fresh clone) finds it instead of
compiling for ten minutes again; the build is for this processor (native).

Usage: python scripts/build_llama_server.py [--quiet]   prints the binary's path
Tests call `server_binary()`; `make test` runs this first.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "0.3.36"   # keep equal to the pin in pyproject.toml
BUILD = ROOT / "build" / f"llama-server-{VERSION}"
SDIST = f"llama_cpp_python-{VERSION}.tar.gz"
# Unpacked sources other scripts may have left (benchmarks/llama_bench.py); used when present.
_SOURCES_ELSEWHERE = (ROOT / ".benchcache", ROOT / "build" / "package-src")
# The same reason as the app's own wheel (scripts/build_llama_wheel.py): llama.cpp's AMX
# kernels crash on Xeons that have AMX (ggml-org/llama.cpp#20824).
_CPU_FLAGS = "-mno-amx-int8" if platform.machine() in ("x86_64", "AMD64") else ""
_EXE = "llama-server.exe" if os.name == "nt" else "llama-server"


def _shared_copy() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "tramontane-build" / f"llama-server-{VERSION}-{platform.machine()}" / _EXE


def server_binary() -> Path | None:
    """The built llama-server, or None when it was not built yet."""
    for candidate in (BUILD / "bin" / _EXE, BUILD / "bin" / "Release" / _EXE):
        if candidate.is_file():
            return candidate
    shared = _shared_copy()
    if shared.is_file():
        (BUILD / "bin").mkdir(parents=True, exist_ok=True)
        shutil.copy2(shared, BUILD / "bin" / _EXE)
        return BUILD / "bin" / _EXE
    return None


def has_tls(binary: Path) -> bool:
    """Whether this llama-server was built with OpenSSL (it then knows --ssl-key-file)."""
    out = subprocess.run([str(binary), "--help"], capture_output=True, text=True, timeout=60)
    return "--ssl-key-file" in out.stdout + out.stderr


def _sources(log) -> Path:
    """The vendored llama.cpp of llama-cpp-python==VERSION, unpacked."""
    for base in (BUILD, *_SOURCES_ELSEWHERE):
        vendored = base / f"llama_cpp_python-{VERSION}" / "vendor" / "llama.cpp"
        if (vendored / "CMakeLists.txt").is_file():
            return vendored
    BUILD.mkdir(parents=True, exist_ok=True)
    sdist = next((p / SDIST for p in (BUILD, *_SOURCES_ELSEWHERE) if (p / SDIST).is_file()), None)
    if sdist is None:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        f"llama-cpp-python=={VERSION}", "-d", str(BUILD)], check=True, stdout=log, stderr=log)
        sdist = BUILD / SDIST
    with tarfile.open(sdist) as tar:
        tar.extractall(BUILD, filter="data")
    return BUILD / f"llama_cpp_python-{VERSION}" / "vendor" / "llama.cpp"


def build(quiet: bool = False) -> Path:
    """The binary's path, building it first when needed (ten minutes and more on 2 cores)."""
    found = server_binary()
    if found is not None:
        return found
    if shutil.which("cmake") is None:
        raise SystemExit("Building llama-server needs cmake (and a C++ compiler).")
    BUILD.mkdir(parents=True, exist_ok=True)
    log_path = BUILD / "build.log"
    with open(log_path, "w") as log:
        source = _sources(log)
        if not quiet:
            print(f"Building llama-server from {source} (once; the log is {log_path})...", file=sys.stderr)
        nice = ["nice", "-n", "19"] if shutil.which("nice") else []
        folder = BUILD / "cmake"
        flags = [f"-DCMAKE_C_FLAGS={_CPU_FLAGS}", f"-DCMAKE_CXX_FLAGS={_CPU_FLAGS}"] if _CPU_FLAGS else []
        try:
            subprocess.run([*nice, "cmake", "-S", str(source), "-B", str(folder), "-DCMAKE_BUILD_TYPE=Release",
                            "-DBUILD_SHARED_LIBS=OFF", "-DLLAMA_BUILD_SERVER=ON", "-DLLAMA_BUILD_TESTS=OFF",
                            "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_CURL=OFF", "-DLLAMA_OPENSSL=ON",
                            "-DLLAMA_BUILD_UI=OFF", "-DLLAMA_USE_PREBUILT_UI=OFF", "-DGGML_NATIVE=ON", *flags],
                           check=True, stdout=log, stderr=log)
            subprocess.run([*nice, "cmake", "--build", str(folder), "--config", "Release", "--target", "llama-server",
                            "-j", str(max(1, min(4, os.cpu_count() or 1)))], check=True, stdout=log, stderr=log)
        except subprocess.CalledProcessError as exc:
            raise SystemExit(f"Building llama-server failed ({exc.cmd[len(nice)]} exited {exc.returncode}); "
                             f"see {log_path}.") from None
    built = next((p for p in (folder / "bin" / _EXE, folder / "bin" / "Release" / _EXE) if p.is_file()), None)
    if built is None:
        raise SystemExit(f"The build ended without {_EXE}; see {log_path}.")
    (BUILD / "bin").mkdir(exist_ok=True)
    shutil.copy2(built, BUILD / "bin" / _EXE)   # the binary is static: it needs nothing beside it
    try:
        _shared_copy().parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, _shared_copy())
    except OSError:
        pass                                     # only a time saver
    return BUILD / "bin" / _EXE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="say nothing but the path")
    args = parser.parse_args()
    print(build(quiet=args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
