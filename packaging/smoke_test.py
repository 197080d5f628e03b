"""Smoke test of the Linux installers that packaging/build.py made.

1. The bundle (build/dist/tramontane) passes `tramontane --self-test` offscreen:
   bundled starter model through the bundled llama.cpp backends, tokens out,
   an encrypted conversation written and read back in a temporary folder.
2. The .deb, unpacked into a temporary root with `dpkg -x`, has the expected
   layout and control fields, a .desktop file that desktop-file-validate accepts,
   and its binary passes the same self-test from there.
3. The .tar.gz holds the same folder.
4. The Windows installer script compiles with makensis (over a stand-in
   bundle: the real one is built on Windows, in CI).

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
from app import __version__  # noqa: E402
from app.library.starter import FILENAME as STARTER  # noqa: E402

BUNDLE = ROOT / "build" / "dist" / "tramontane"
DIST = ROOT / "dist"
XCB = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")
SELF_TEST_TIMEOUT_S = 600   # generous: the machine may be busy; a hang still ends


class Failed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    print(f"  {'ok' if condition else 'FAILED'}  {what}", flush=True)
    if not condition:
        raise Failed(what)


def self_test(binary: Path) -> None:
    print(f"$ {binary} --self-test", flush=True)
    with tempfile.TemporaryDirectory() as cwd:   # run from elsewhere: nothing may rely on the checkout
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "LD_LIBRARY"))}
        env["QT_QPA_PLATFORM"] = "offscreen"
        proc = subprocess.run([binary, "--self-test"], cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=SELF_TEST_TIMEOUT_S)
    print("  " + proc.stdout.strip().replace("\n", "\n  "), flush=True)
    if proc.returncode:
        print(proc.stderr[-4000:], file=sys.stderr)
    check(proc.returncode == 0, f"self-test exits 0 (got {proc.returncode})")
    check("<bundle>/llama_cpp/lib/libggml-cpu-" in proc.stdout, "a CPU variant was loaded from the bundle")


def bundle_layout(folder: Path) -> None:
    lib = folder / "_internal" / "llama_cpp" / "lib"
    check(os.access(folder / "tramontane", os.X_OK), "tramontane is executable")
    check(len(list(lib.glob("libggml-cpu-*.so"))) >= 5, "the ggml CPU variants are in llama_cpp/lib")
    check(not list(lib.glob("*sapphirerapids*")), "the AMX (sapphirerapids) variant is left out")
    check((lib / "libggml.so").resolve() == (lib / "libggml.so.0").resolve(), "one libggml, under both names")
    check((folder / "_internal" / "models" / STARTER).is_file(), "the starter model is bundled")
    check((folder / "_internal" / "resources" / "catalog.json").is_file(), "resources/ is bundled")


def deb(path: Path) -> None:
    print(f"$ dpkg -x {path.name}", flush=True)
    fields = {f: subprocess.run(["dpkg-deb", "-f", path, f], capture_output=True, text=True, check=True).stdout.strip()
              for f in ("Package", "Version", "Depends")}
    check(fields["Package"] == "tramontane" and fields["Version"] == __version__, "control: package and version")
    check(all(lib in fields["Depends"] for lib in XCB), "control: depends on " + ", ".join(XCB))
    owners = subprocess.run(["dpkg-deb", "-c", path], capture_output=True, text=True, check=True).stdout
    check(all(" root/root " in line for line in owners.splitlines()), "every file belongs to root")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        subprocess.run(["dpkg", "-x", path, root], check=True)
        bundle_layout(root / "opt" / "tramontane")
        check(os.readlink(root / "usr/bin/tramontane") == "/opt/tramontane/tramontane", "/usr/bin/tramontane")
        desktop = root / "usr/share/applications/tramontane.desktop"
        check(desktop.is_file(), "the .desktop entry")
        for size in (48, 256):
            check((root / f"usr/share/icons/hicolor/{size}x{size}/apps/tramontane.png").is_file(), f"{size}px icon")
        validator = shutil.which("desktop-file-validate")
        check(validator is not None, "desktop-file-validate is installed (apt-get install desktop-file-utils)")
        result = subprocess.run([validator, desktop], capture_output=True, text=True)
        check(result.returncode == 0 and not result.stdout.strip(), f"desktop-file-validate: {result.stdout.strip() or 'clean'}")
        self_test(root / "opt" / "tramontane" / "tramontane")


def tarball(path: Path) -> None:
    print(f"$ tar tzf {path.name}", flush=True)
    with tarfile.open(path) as tar:
        names = set(tar.getnames())
    check("tramontane/tramontane" in names, "tramontane/tramontane")
    check(f"tramontane/_internal/models/{STARTER}" in names, "the starter model")
    check(len(names) == sum(1 for _ in BUNDLE.rglob("*")) + 1, "the same files as the bundle")


def nsis() -> None:
    print("$ makensis packaging/windows/tramontane.nsi", flush=True)
    makensis = shutil.which("makensis")
    check(makensis is not None, "makensis is installed (apt-get install nsis)")
    with tempfile.TemporaryDirectory() as tmp:
        stand_in = Path(tmp) / "bundle"
        (stand_in / "_internal").mkdir(parents=True)
        (stand_in / "tramontane.exe").write_bytes(b"stand-in")
        out = Path(tmp) / "Tramontane-check-installer.exe"   # NSIS warns of the name "setup.exe"
        result = subprocess.run([makensis, "-WX", "-V2", f"-DVERSION={__version__}", f"-DSOURCE={stand_in}",
                                 f"-DICON={ROOT / 'build' / 'icons' / 'tramontane.ico'}", f"-DOUTFILE={out}",
                                 ROOT / "packaging" / "windows" / "tramontane.nsi"], capture_output=True, text=True)
        check(result.returncode == 0 and out.is_file(), f"compiles without warnings {result.stdout.strip()[-500:]}")


def main() -> int:
    try:
        print(f"bundle {BUNDLE.relative_to(ROOT)}", flush=True)
        bundle_layout(BUNDLE)
        self_test(BUNDLE / "tramontane")
        debs = sorted(DIST.glob(f"tramontane_{__version__}_*.deb"))
        tars = sorted(DIST.glob(f"tramontane-{__version__}-linux-*.tar.gz"))
        check(len(debs) == 1 and len(tars) == 1, "one .deb and one .tar.gz in dist/")
        deb(debs[0])
        tarball(tars[0])
        nsis()
    except (Failed, subprocess.SubprocessError) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
