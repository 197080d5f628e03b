"""Build the llama-cpp-python wheel that the project installs, once.

Why not a plain `pip install llama-cpp-python`: on Intel Xeons with AMX
(Sapphire Rapids and newer) llama.cpp's AMX kernels crash on the first
multi-token prompt (ggml-org/llama.cpp#20824, unfixed). The build keeps
-march=native for everything else and leaves the AMX kernels out. The wheel
lands in build/wheels/, which the Makefile hands to pip with --find-links.

Usage: python scripts/build_llama_wheel.py
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WHEELS = ROOT / "build" / "wheels"
VERSION = "0.3.36"   # keep equal to the pin in pyproject.toml
CMAKE_ARGS = ["-DCMAKE_C_FLAGS=-mno-amx-int8", "-DCMAKE_CXX_FLAGS=-mno-amx-int8"]


def main() -> int:
    if list(WHEELS.glob(f"llama_cpp_python-{VERSION}-*.whl")):
        return 0
    WHEELS.mkdir(parents=True, exist_ok=True)
    print(f"Building llama.cpp (llama-cpp-python {VERSION}); this takes about 5 minutes once.", flush=True)
    env = dict(os.environ, CMAKE_ARGS=" ".join(CMAKE_ARGS))
    return subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
                           f"llama-cpp-python=={VERSION}", "-w", str(WHEELS)], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
