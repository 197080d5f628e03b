"""Build the llama-cpp-python wheel that the installers carry, once per set of flags.

Unlike the development build (scripts/build_llama_wheel.py, -march=native),
an installer runs on computers we have never seen. So llama.cpp is built from
its source package with every backend as a separate library chosen at run time
(GGML_BACKEND_DL), one CPU library per processor generation
(GGML_CPU_ALL_VARIANTS) and the graphics backend every vendor's card speaks:
Vulkan on Windows and Linux, Metal on macOS. The app loads them explicitly
(app/engine/hardware.py). CUDA is not in this wheel: its runtime alone is
larger than the whole installer, so it is an add-on built from the same
source by packaging/build_cuda.py, as llama.cpp's own releases do.

The wheel lands in build/package-wheels/<flavour>-<hash of version and
flags>/: a change of flags is a different folder, never a stale wheel. About
25 minutes on 2 cores (17 for the CPU variants, the rest Vulkan's shaders).

The sapphirerapids variant is the only one with AMX kernels, and those crash on
the first multi-token prompt on Xeons with AMX (ggml-org/llama.cpp#20824; the
development build leaves them out with -mno-amx-int8, which cannot reach a
variant that adds -mamx-int8 itself). The wheel drops that one library, so such
Xeons get the zen4/icelake variant (AVX-512, VNNI, BF16) instead. Ollama ships
without it for a similar reason (ollama/ollama#9203).

LLAVA_BUILD=OFF: the app has no image input; it saves build time and space.

Usage: python packaging/build_llama.py [--print-key]
  prints the wheel's path (or the cache key), and only that, on stdout
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_llama_wheel import VERSION  # noqa: E402  (one pin for both builds)

WHEELS = ROOT / "build" / "package-wheels"
COMMON = ["-DGGML_BACKEND_DL=ON", "-DGGML_CPU_ALL_VARIANTS=ON", "-DGGML_NATIVE=OFF",
          # backends install next to libllama (llama_cpp/lib), not into a top-level bin/
          "-DCMAKE_INSTALL_BINDIR=llama_cpp/lib", "-DLLAVA_BUILD=OFF"]
# Metal is on by default on macOS; its shaders go inside the library.
GRAPHICS = ["-DGGML_METAL=ON", "-DGGML_METAL_EMBED_LIBRARY=ON"] if sys.platform == "darwin" else ["-DGGML_VULKAN=ON"]
LEFT_OUT = "*ggml-cpu-sapphirerapids*"


# ggml-vulkan uses VK_EXT_layer_settings (Vulkan headers 1.3.261 and newer).
VULKAN_HEADERS_NEEDED = 261
SYSTEM_VULKAN = Path("/usr/include/vulkan/vulkan_core.h")


def header_version(core: Path) -> int:
    match = re.search(r"#define VK_HEADER_VERSION (\d+)", core.read_text(errors="replace")) if core.is_file() else None
    return int(match.group(1)) if match else 0


def vulkan_include(fetch: bool = True) -> Path | None:
    """Linux: the Vulkan headers to build with, when the system's are too old (Debian 12's
    1.3.239): the next Debian release's, unpacked by packaging/linux/vulkan_headers.sh."""
    if not sys.platform.startswith("linux") or header_version(SYSTEM_VULKAN) >= VULKAN_HEADERS_NEEDED:
        return None
    script = ROOT / "packaging" / "linux" / "vulkan_headers.sh"
    if not fetch:
        return Path("(headers fetched by vulkan_headers.sh)")
    return Path(subprocess.run([script], check=True, capture_output=True, text=True).stdout.strip())


def cmake_args(fetch: bool = True) -> list[str]:
    include = vulkan_include(fetch) if "-DGGML_VULKAN=ON" in GRAPHICS else None
    return COMMON + GRAPHICS + ([f"-DVulkan_INCLUDE_DIR={include}"] if include else [])


def cache_key() -> str:
    """What the wheel depends on: the version, the flags, what is left out, the Vulkan headers'
    version, the system's deployment target (not the folder the headers were unpacked in)."""
    facts = [VERSION, *cmake_args(fetch=False), LEFT_OUT, sys.platform, os.environ.get("MACOSX_DEPLOYMENT_TARGET", ""),
             str(header_version(SYSTEM_VULKAN))]
    return "main-" + hashlib.sha256("\n".join(facts).encode()).hexdigest()[:12]


def drop_from_wheel(wheel: Path, pattern: str, dest: Path) -> None:
    """Copy the wheel without the files matching pattern, RECORD included."""
    with zipfile.ZipFile(wheel) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if fnmatch.fnmatch(item.filename, pattern):
                continue
            data = zin.read(item)
            if item.filename.endswith(".dist-info/RECORD"):
                lines = [ln for ln in data.decode().splitlines() if not fnmatch.fnmatch(ln.split(",")[0], pattern)]
                data = ("\n".join(lines) + "\n").encode()
            zout.writestr(item, data)


def main() -> int:
    if "--print-key" in sys.argv:
        print(cache_key())
        return 0
    folder = WHEELS / cache_key()
    found = sorted(folder.glob(f"llama_cpp_python-{VERSION}-*.whl"))
    if found:
        print(found[-1])
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    args = cmake_args()
    env = dict(os.environ, CMAKE_ARGS=" ".join(args))
    print(f"Building llama.cpp for the installers ({' '.join(args)}); about 50 minutes on 2 cores.",
          file=sys.stderr, flush=True)
    # The untouched upstream build stays in upstream/, so the AMX choice can be re-checked.
    upstream = folder / "upstream"
    if not list(upstream.glob("llama_cpp_python-*.whl")):
        rc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir",
                             "--no-binary", "llama-cpp-python", f"llama-cpp-python=={VERSION}",
                             "-w", str(upstream)], env=env, stdout=sys.stderr).returncode
        if rc:
            return rc
    built = next(upstream.glob("llama_cpp_python-*.whl"))
    part = folder / (built.name + ".part")
    drop_from_wheel(built, LEFT_OUT, part)
    part.replace(folder / built.name)
    print(folder / built.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
