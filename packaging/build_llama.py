"""Build the llama-cpp-python wheel that the installers carry, once.

Unlike the development build (scripts/build_llama_wheel.py, -march=native),
an installer runs on computers we have never seen. So llama.cpp is built from
its source package with every backend as a separate library chosen at run time
(GGML_BACKEND_DL) and one CPU library per x86 generation (GGML_CPU_ALL_VARIANTS);
ggml loads the best one the processor supports. About 17 minutes on 2 cores,
so the wheel is kept in build/package-wheels/.

The sapphirerapids variant is the only one with AMX kernels, and those crash on
the first multi-token prompt on Xeons with AMX (ggml-org/llama.cpp#20824; the
development build leaves them out with -mno-amx-int8, which cannot reach a
variant that adds -mamx-int8 itself). The wheel drops that one library, so such
Xeons get the zen4/icelake variant (AVX-512, VNNI, BF16) instead. Ollama ships
without it for a similar reason (ollama/ollama#9203).

LLAVA_BUILD=OFF: the app has no image input; it saves build time and space.
Extra CMake flags (a CUDA flavour: -DGGML_CUDA=ON) come from TRAMONTANE_CMAKE_EXTRA.

Usage: python packaging/build_llama.py   (prints the wheel's path, and only that, on stdout)
"""

import fnmatch
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_llama_wheel import VERSION  # noqa: E402  (one pin for both builds)

WHEELS = ROOT / "build" / "package-wheels"
CMAKE_ARGS = ["-DGGML_BACKEND_DL=ON", "-DGGML_CPU_ALL_VARIANTS=ON", "-DGGML_NATIVE=OFF",
              # backends install next to libllama (llama_cpp/lib), not into a top-level bin/
              "-DCMAKE_INSTALL_BINDIR=llama_cpp/lib", "-DLLAVA_BUILD=OFF"]
LEFT_OUT = "*ggml-cpu-sapphirerapids*"


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
    found = sorted(WHEELS.glob(f"llama_cpp_python-{VERSION}-*.whl"))
    if found:
        print(found[-1])
        return 0
    WHEELS.mkdir(parents=True, exist_ok=True)
    extra = os.environ.get("TRAMONTANE_CMAKE_EXTRA", "").split()
    env = dict(os.environ, CMAKE_ARGS=" ".join(CMAKE_ARGS + extra))
    print(f"Building llama.cpp for the installers ({' '.join(CMAKE_ARGS + extra)}); about 17 minutes on 2 cores.",
          file=sys.stderr, flush=True)
    # The untouched upstream build stays in upstream/, so the AMX choice can be re-checked.
    upstream = WHEELS / "upstream"
    if not list(upstream.glob("llama_cpp_python-*.whl")):
        rc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir",
                             "--no-binary", "llama-cpp-python", f"llama-cpp-python=={VERSION}",
                             "-w", str(upstream)], env=env, stdout=sys.stderr).returncode
        if rc:
            return rc
    built = next(upstream.glob("llama_cpp_python-*.whl"))
    part = WHEELS / (built.name + ".part")
    drop_from_wheel(built, LEFT_OUT, part)
    part.replace(WHEELS / built.name)
    print(WHEELS / built.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
