"""Smoke test of the installers that packaging/build.py made, and of the CI workflow.

1. Each Linux bundle built (main; cuda and model when built) has the expected
   llama.cpp libraries and passes `tramontane --self-test` offscreen: the
   bundled backends loaded or skipped with a reason (CUDA without NVIDIA's
   driver, Vulkan without a card), the starter model on the CPU, every
   llama.cpp library from the bundle, an encrypted conversation read back.
2. The .deb, unpacked into a temporary root with `dpkg -x`, has the expected
   layout and control fields, a .desktop file that desktop-file-validate accepts,
   AppStream metadata that appstreamcli accepts, and its binary passes the self-test.
3. The .tar.gz holds the same folder.
4. The Windows installer compiles with makensis through the command CI runs
   (packaging/windows/make_installer.py), in a fresh tree laid out as CI's: a
   stand-in bundle, and no dist/ folder.
5. The release workflow is valid (check-jsonschema's GitHub-workflow schema, offline).

Other platforms' installers are smoke-tested by .github/workflows/release.yml.
No step is timed: the self-test's start-up figure is printed, not judged.

Usage: python packaging/smoke_test.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
from fetch_models import entries  # noqa: E402

from app import __version__  # noqa: E402
from app.library.starter import FILENAME as STARTER  # noqa: E402
from build import APPSTREAM_ID, PACKAGES, bundle_dir  # noqa: E402

DIST = ROOT / "dist"
XCB = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")
SELF_TEST_TIMEOUT_S = 600   # generous: the machine may be busy; a hang still ends
CUDA_RUNTIME = ("libcudart.so.", "libcublas.so.", "libcublasLt.so.")


class Failed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    print(f"  {'ok' if condition else 'FAILED'}  {what}", flush=True)
    if not condition:
        raise Failed(what)


def self_test(binary: Path, flavour: str) -> None:
    print(f"$ {binary} --self-test", flush=True)
    with tempfile.TemporaryDirectory() as cwd:   # run from elsewhere: nothing may rely on the checkout
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "LD_LIBRARY"))}
        env["QT_QPA_PLATFORM"] = "offscreen"
        proc = subprocess.run([binary, "--self-test"], cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=SELF_TEST_TIMEOUT_S)
    out = proc.stdout
    print("  " + out.strip().replace("\n", "\n  "), flush=True)
    if proc.returncode:
        print(proc.stderr[-4000:], file=sys.stderr)
    check(proc.returncode == 0, f"self-test exits 0 (got {proc.returncode})")
    backends = {line.split()[1].rstrip(":"): line for line in out.splitlines() if line.startswith("Backend ")}
    check("CPU" in backends and "used" in backends["CPU"] and "libggml-cpu-" in backends["CPU"],
          "the CPU backend: a CPU variant, chosen for this processor")
    check("Vulkan" in backends, "the Vulkan backend is reported, used or skipped with a reason")
    if flavour == "cuda":
        check("CUDA" in backends and ("used" in backends["CUDA"] or "NVIDIA" in backends["CUDA"]),
              "the CUDA backend is used, or skipped because NVIDIA's driver or card is missing")
    else:
        check("not part of this installation" in backends.get("CUDA", ""), "CUDA: not part of this flavour")
    libraries = [line.split(None, 1)[1] for line in out.splitlines() if line.startswith("Library ")]
    check(bool(libraries) and all(lib.startswith("<bundle>/") for lib in libraries),
          f"all {len(libraries)} llama.cpp libraries the model's process mapped come from the bundle")
    check(any("/libggml-cpu-" in lib for lib in libraries), "a CPU variant was loaded from the bundle")


def bundle_layout(folder: Path, flavour: str) -> None:
    lib = folder / "_internal" / "llama_cpp" / "lib"
    names = {p.name for p in lib.iterdir()}
    check(os.access(folder / "tramontane", os.X_OK), "tramontane is executable")
    check(len(list(lib.glob("libggml-cpu-*.so"))) >= 5, "the ggml CPU variants are in llama_cpp/lib")
    check(not list(lib.glob("*sapphirerapids*")), "the AMX (sapphirerapids) variant is left out")
    check("libggml-vulkan.so" in names, "the Vulkan backend is in llama_cpp/lib")
    check((lib / "libggml.so").resolve() == (lib / "libggml.so.0").resolve(), "one libggml, under both names")
    everything = [p.name for p in (folder / "_internal").rglob("*")]
    check(not any(n.startswith(("libcuda.so", "libnvidia-", "libvulkan.so")) for n in everything),
          "neither NVIDIA's driver nor the Vulkan loader is bundled (they are the system's)")
    if flavour == "cuda":
        check("libggml-cuda.so" in names and all(any(n.startswith(r) for n in names) for r in CUDA_RUNTIME),
              "the CUDA backend with cudart, cuBLAS and cuBLASLt in llama_cpp/lib")
    else:
        check(not any(n.startswith(("libggml-cuda", "libcudart", "libcublas")) for n in everything),
              "no CUDA in this flavour")
    check((folder / "_internal" / "models" / STARTER).is_file(), "the starter model is bundled")
    if flavour == "model":
        check(all((folder / "_internal" / "models" / e["file"]).is_file() for e in entries()),
              "the bundled models are in the models folder")
    check((folder / "_internal" / "resources" / "catalog.json").is_file(), "resources/ is bundled")


def deb(path: Path, flavour: str) -> None:
    print(f"$ dpkg -x {path.name}", flush=True)
    fields = {f: subprocess.run(["dpkg-deb", "-f", path, f], capture_output=True, text=True, check=True).stdout.strip()
              for f in ("Package", "Version", "Depends", "Provides")}
    check(fields["Package"] == PACKAGES[flavour] and fields["Version"] == __version__, "control: package and version")
    check(all(lib in fields["Depends"] for lib in XCB), "control: depends on " + ", ".join(XCB))
    check(flavour == "main" or fields["Provides"] == "tramontane", "control: the flavour provides tramontane")
    owners = subprocess.run(["dpkg-deb", "-c", path], capture_output=True, text=True, check=True).stdout
    check(all(" root/root " in line for line in owners.splitlines()), "every file belongs to root")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        subprocess.run(["dpkg", "-x", path, root], check=True)
        bundle_layout(root / "opt" / "tramontane", flavour)
        check(os.readlink(root / "usr/bin/tramontane") == "/opt/tramontane/tramontane", "/usr/bin/tramontane")
        desktop = root / "usr/share/applications/tramontane.desktop"
        check(desktop.is_file(), "the .desktop entry")
        for size in (48, 256):
            check((root / f"usr/share/icons/hicolor/{size}x{size}/apps/tramontane.png").is_file(), f"{size}px icon")
        result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), desktop],
                                capture_output=True, text=True)
        check(result.returncode == 0 and not result.stdout.strip(),
              f"desktop-file-validate: {result.stdout.strip() or 'clean'}")
        metainfo = root / f"usr/share/metainfo/{APPSTREAM_ID}.metainfo.xml"
        result = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", metainfo],
                                capture_output=True, text=True)
        verdict = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.returncode
        check(result.returncode == 0 and "@VERSION@" not in metainfo.read_text(), f"appstreamcli validate: {verdict}")
        self_test(root / "opt" / "tramontane" / "tramontane", flavour)


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    check(found is not None, f"{name} is installed (apt-get install {package})")
    return found


def tarball(path: Path, flavour: str) -> None:
    print(f"$ tar tzf {path.name}", flush=True)
    with tarfile.open(path) as tar:
        names = set(tar.getnames())
    check("tramontane/tramontane" in names, "tramontane/tramontane")
    check(f"tramontane/_internal/models/{STARTER}" in names, "the starter model")
    check(len(names) == sum(1 for _ in bundle_dir(flavour).rglob("*")) + 1, "the same files as the bundle")


def nsis() -> None:
    """The Windows installer through CI's own command, in a tree laid out as CI's checkout."""
    print("$ packaging/windows/make_installer.py (fresh tree)", flush=True)
    tool("makensis", "nsis")
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp)
        for flavour in ("main", "model"):
            stand_in = tree / "build" / ("dist" if flavour == "main" else f"dist-{flavour}") / "tramontane"
            (stand_in / "_internal" / "models").mkdir(parents=True)
            for exe in ("tramontane.exe", "tramontane-cli.exe"):
                (stand_in / exe).write_bytes(b"stand-in")
        (tree / "build" / "icons").mkdir()
        shutil.copy(ROOT / "build" / "icons" / "tramontane.ico", tree / "build" / "icons")
        (tree / "packaging" / "windows").mkdir(parents=True)
        shutil.copy(ROOT / "packaging" / "windows" / "tramontane.nsi", tree / "packaging" / "windows")
        env = {k: v for k, v in os.environ.items() if k != "WINDOWS_SIGN_COMMAND"}
        for flavour in ("main", "model"):
            result = subprocess.run([sys.executable, ROOT / "packaging" / "windows" / "make_installer.py",
                                     "--flavour", flavour, "--root", tree], capture_output=True, text=True, env=env)
            made = Path(result.stdout.strip().splitlines()[-1]) if result.returncode == 0 else None
            check(made is not None and made.is_file() and made.parent == tree / "dist",
                  f"{flavour}: compiles without warnings into dist/ {(result.stdout + result.stderr)[-600:].strip()}")
            check("Not signed: no code-signing certificate" in result.stdout, f"{flavour}: says it is not signed")


def workflow() -> None:
    print("$ check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/release.yml", flush=True)
    checker = Path(sys.executable).with_name("check-jsonschema")
    check(checker.exists(), "check-jsonschema is installed in the packaging venv")
    result = subprocess.run([checker, "--builtin-schema", "vendor.github-workflows",
                             ROOT / ".github" / "workflows" / "release.yml"], capture_output=True, text=True)
    check(result.returncode == 0, f"the workflow is valid: {(result.stdout + result.stderr).strip()[-800:]}")


def main() -> int:
    try:
        workflow()
        nsis()
        built = [f for f in PACKAGES if (bundle_dir(f) / "tramontane").exists()]
        check("main" in built, "the main bundle was built")
        for flavour in built:
            print(f"== {flavour}: bundle {bundle_dir(flavour).relative_to(ROOT)}", flush=True)
            bundle_layout(bundle_dir(flavour), flavour)
            self_test(bundle_dir(flavour) / "tramontane", flavour)
            debs = sorted(DIST.glob(f"{PACKAGES[flavour]}_{__version__}_*.deb"))
            tars = sorted(DIST.glob(f"{PACKAGES[flavour]}-{__version__}-linux-*.tar.gz"))
            check(len(debs) == 1 and len(tars) == 1, "one .deb and one .tar.gz in dist/")
            deb(debs[0], flavour)
            tarball(tars[0], flavour)
    except (Failed, subprocess.SubprocessError) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
