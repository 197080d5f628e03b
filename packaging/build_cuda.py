"""Build the CUDA add-on: llama.cpp's CUDA backend and the part of NVIDIA's runtime it needs.

Why an add-on and not part of every installer: cuBLAS alone is about 600 MB
(400 MB compressed), more than the whole main installer. So, like llama.cpp's
own releases, the CUDA backend is built on its own from the same llama.cpp
source (the one vendored in the pinned llama-cpp-python), with the CPU backend
off, and shipped with only cudart, cuBLAS and cuBLASLt beside it. The app
loads it from the bundle (app/engine/hardware.py) when it is there and NVIDIA's
driver answers; otherwise it says why it skipped it.

    build/package-src/llama_cpp_python-<version>/   the source package, unpacked
    build/package-cuda/<key>/lib/                   libggml-cuda + runtime (the add-on's files)

<key> hashes the version, the flags and the GPU architectures: other flags,
another folder. GPU architectures: llama.cpp's own release list (its CMake
default) unless TRAMONTANE_CUDA_ARCHS says otherwise (a development machine
builds a few; every architecture costs one more compile of ~190 files).

A CUDA toolkit that lacks cuBLAS (NVIDIA's pip packages, as on the development
machines) gets it from the `nvidia-cublas` package of the same CUDA release;
one without the driver's link stub gets a generated one (the symbols of
cuda.h, soname libcuda.so.1): it is only linked against, never shipped, and
the user's own driver provides the real library.

Usage: python packaging/build_cuda.py [--print-key]   (prints the add-on's lib folder)
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_llama_wheel import VERSION  # noqa: E402

SRC = ROOT / "build" / "package-src"
OUT = ROOT / "build" / "package-cuda"
WINDOWS = sys.platform == "win32"
FLAGS = ["-DGGML_BACKEND_DL=ON", "-DGGML_CPU=OFF", "-DGGML_CUDA=ON", "-DGGML_NATIVE=OFF",
         "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_TOOLS=OFF",
         "-DLLAMA_BUILD_SERVER=OFF", "-DLLAMA_CURL=OFF", "-DCMAKE_BUILD_TYPE=Release",
         "-DCMAKE_INSTALL_RPATH=$ORIGIN", "-DCMAKE_BUILD_WITH_INSTALL_RPATH=ON"]
# What ggml-cuda needs of NVIDIA's runtime; the driver (libcuda / nvcuda) is the user's.
RUNTIME = (["cudart64_*.dll", "cublas64_*.dll", "cublasLt64_*.dll"] if WINDOWS
           else ["libcudart.so.*", "libcublas.so.*", "libcublasLt.so.*"])
BACKEND = "ggml-cuda.dll" if WINDOWS else "libggml-cuda.so"


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(*cmd, **kw) -> None:
    say("+ " + " ".join(map(str, cmd)))
    subprocess.run([str(c) for c in cmd], check=True, stdout=sys.stderr, **kw)


def archs() -> str:
    return os.environ.get("TRAMONTANE_CUDA_ARCHS", "")


def cache_key() -> str:
    return "cuda-" + hashlib.sha256("\n".join([VERSION, *FLAGS, archs(), sys.platform]).encode()).hexdigest()[:12]


def source() -> Path:
    """The llama.cpp that the pinned llama-cpp-python vendors (the same source as the main wheel)."""
    folder = SRC / f"llama_cpp_python-{VERSION}"
    if not (folder / "vendor" / "llama.cpp" / "CMakeLists.txt").is_file():
        SRC.mkdir(parents=True, exist_ok=True)
        run(sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
            f"llama-cpp-python=={VERSION}", "-d", SRC)
        with tarfile.open(SRC / f"llama_cpp_python-{VERSION}.tar.gz") as tar:
            tar.extractall(SRC, filter="data")
    return folder / "vendor" / "llama.cpp"


def toolkit() -> tuple[Path, str]:
    """The toolkit's root (from nvcc's place) and its release, e.g. '13.0'."""
    exe = "nvcc.exe" if WINDOWS else "nvcc"
    # /usr/local/bin/nvcc may be a wrapper script: the toolkit is where the real one lives.
    roots = [Path(os.environ[v]) for v in ("CUDA_PATH", "CUDA_HOME") if os.environ.get(v)] + [Path("/usr/local/cuda")]
    if shutil.which(exe):
        roots.append(Path(shutil.which(exe)).resolve().parent.parent)
    root = next((r.resolve() for r in roots
                 if (r / "bin" / exe).is_file() and (r / "include" / "cuda.h").is_file()), None)
    if root is None:
        raise SystemExit("no CUDA toolkit found: install one, or set CUDA_PATH to its folder")
    release = re.search(r"release (\d+\.\d+)", subprocess.run([root / "bin" / exe, "--version"], capture_output=True,
                                                                text=True, check=True).stdout).group(1)
    return root, release


def library_dirs(root: Path) -> list[Path]:
    return [d for d in (root / "bin" / "x64", root / "bin", root / "lib" / "x64", root / "lib64", root / "lib",
                        *root.glob("targets/*/lib")) if d.is_dir()]


def find(dirs: list[Path], pattern: str) -> Path | None:
    for folder in dirs:
        hits = sorted(p for p in folder.glob(pattern) if not p.is_symlink())
        if hits:
            return hits[-1]
    return None


def cublas_from_pip(release: str) -> tuple[Path, Path]:
    """cuBLAS of the same CUDA release from NVIDIA's pip package: (lib folder, include folder)."""
    major = release.split(".")[0]
    folder = OUT / f"cublas-{release}"
    if not (folder / "nvidia").is_dir():
        wheels = OUT / "wheels"
        run(sys.executable, "-m", "pip", "download", "--no-deps", "-d", wheels, f"nvidia-cublas=={release}.*")
        wheel = sorted(wheels.glob(f"nvidia_cublas-{release}.*.whl"))[-1]
        with zipfile.ZipFile(wheel) as whl:
            whl.extractall(folder)
    base = folder / "nvidia" / f"cu{major}"
    return base / ("bin" if WINDOWS else "lib"), base / "include"


def driver_stub(root: Path, work: Path) -> Path:
    """A link-time stand-in for libcuda.so.1 (what the toolkit's stubs/ folder holds in a full install)."""
    names = sorted(set(re.findall(r"\b(cu[A-Z]\w*)\s*\(", (root / "include" / "cuda.h").read_text()))
                   | set(re.findall(r"#define\s+cu[A-Z]\w*\s+(cu[A-Z]\w*)", (root / "include" / "cuda.h").read_text())))
    work.mkdir(parents=True, exist_ok=True)
    (work / "cuda_stub.c").write_text("".join(f"int {n}(void) {{ return 999; }}\n" for n in names))
    stub = work / "libcuda.so"
    run("cc", "-shared", "-fPIC", "-Wl,-soname,libcuda.so.1", "-o", stub, work / "cuda_stub.c")
    return stub


def main() -> int:
    if "--print-key" in sys.argv:
        print(cache_key())
        return 0
    out = OUT / cache_key() / "lib"
    if (out / BACKEND).is_file():
        print(out)
        return 0
    llama = source()
    root, release = toolkit()
    dirs = library_dirs(root)
    nvcc = root / "bin" / ("nvcc.exe" if WINDOWS else "nvcc")
    extra = [*FLAGS, f"-DCUDAToolkit_ROOT={root}", f"-DCMAKE_CUDA_COMPILER={nvcc}"]
    if archs():
        extra.append(f"-DCMAKE_CUDA_ARCHITECTURES={archs()}")
    if find(dirs, "cublas64_*.dll" if WINDOWS else "libcublas.so*") is None:
        lib, include = cublas_from_pip(release)
        dirs.append(lib)
        blas = {"cublas": find([lib], "libcublas.so.*"), "cublasLt": find([lib], "libcublasLt.so.*")}
        extra += [f"-DCUDA_{name}_LIBRARY={path}" for name, path in blas.items()]
        extra += [f"-DCMAKE_CUDA_FLAGS=-I{include}"]
    work = OUT / cache_key() / "cmake"
    if not WINDOWS and find([root / "lib64" / "stubs", *(d / "stubs" for d in dirs)], "libcuda.so") is None:
        extra.append(f"-DCUDA_cuda_driver_LIBRARY={driver_stub(root, work / 'stub')}")
    say(f"Building llama.cpp's CUDA backend with CUDA {release}, architectures "
        f"{archs() or 'as llama.cpp releases'}; hours on 2 cores, minutes on a large machine.")
    run("cmake", "-S", llama, "-B", work, "-G", "Ninja", *extra)
    run("cmake", "--build", work, "--config", "Release", "--target", "ggml-cuda")
    built = next(p for p in work.rglob(BACKEND) if p.is_file())
    part = out.with_name("lib.part")
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir(parents=True)
    shutil.copy2(built, part / BACKEND)
    for pattern in RUNTIME:
        lib = find(dirs, pattern)
        if lib is None:
            raise SystemExit(f"the CUDA runtime has no {pattern} in {', '.join(map(str, dirs))}")
        shutil.copy2(lib, part / (re.sub(r"(\.so\.\d+).*$", r"\1", lib.name)))
    part.replace(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
