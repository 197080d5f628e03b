"""Build the bundled app, and on Linux its .deb and .tar.gz.

Runs in the packaging venv (build/package-venv: PyInstaller and the
llama-cpp-python wheel from packaging/build_llama.py); `make package` makes
that venv and then runs this and packaging/smoke_test.py.

    build/icons/            icons rendered from resources/icons/tramontane.svg
    build/translations/     .qm files compiled from resources/translations/*.ts
    build/dist/tramontane/  the bundle (Linux, Windows); build/dist/Tramontane.app on macOS
    dist/                   tramontane_<version>_<arch>.deb, tramontane-<version>-linux-<machine>.tar.gz

Usage: python packaging/build.py [--bundle-only]
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app import __version__  # noqa: E402

BUILD = ROOT / "build"
BUNDLE = BUILD / "dist" / "tramontane"
DIST = ROOT / "dist"
LINUX = ROOT / "packaging" / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundle needs from the system besides glibc (readelf over the bundle:
# the libraries PyInstaller leaves out on purpose because they belong to the
# running desktop: OpenGL/EGL, the X and Wayland client libraries). The three
# xcb ones are what minimal installs lack (DESIGN.md); the bundle carries them
# when the build machine has them, and the dependency makes sure either way.
DEPENDS = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb1", "libgl1", "libegl1",
           "libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]


def run(*cmd: str | Path, **kw) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def translations() -> None:
    """The .qm files from the .ts sources in git, into build/translations (the spec takes them from there)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    out = BUILD / "translations"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", out / ts.with_suffix(".qm").name)


def bundle() -> None:
    run(sys.executable, ROOT / "packaging" / "icons.py", BUILD / "icons")
    translations()
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", BUILD / "dist", "--workpath", BUILD / "pyinstaller", ROOT / "packaging" / "tramontane.spec")


def _normalize_modes(root: Path) -> None:
    """Owner writes, everyone reads; executables stay executable (PyInstaller follows the umask)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o100
        path.chmod(0o755 if executable else 0o644)


def glibc_needed(folder: Path) -> str:
    """The newest glibc symbol version any bundled library asks for (the build machine's, at most)."""
    found = {0}
    for path in folder.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            found.update(int(m) for m in re.findall(rb"GLIBC_2\.(\d+)", path.read_bytes()))
    return f"2.{max(found)}"


def deb() -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(BUNDLE, root / "opt" / "tramontane", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "tramontane").symlink_to("/opt/tramontane/tramontane")  # `tramontane doctor` in a terminal
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "tramontane.desktop", share / "applications" / "tramontane.desktop")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(BUILD / "icons" / f"tramontane-{size}.png", folder / "tramontane.png")
    (share / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "tramontane.svg", share / "icons" / "hicolor" / "scalable" / "apps")
    (share / "doc" / "tramontane").mkdir(parents=True)
    shutil.copy(LINUX / "copyright", share / "doc" / "tramontane" / "copyright")
    _normalize_modes(root)
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*")) // 1024
    control = (LINUX / "control").read_text().replace("@VERSION@", __version__) \
        .replace("@INSTALLED_SIZE@", str(installed_kb)).replace("@DEPENDS@", ", ".join([f"libc6 (>= {glibc_needed(BUNDLE)})", *DEPENDS])) \
        .replace("Architecture: amd64", f"Architecture: {arch}")
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(control)
    DIST.mkdir(exist_ok=True)
    out = DIST / f"tramontane_{__version__}_{arch}.deb"
    # xz, not zstd: dpkg before 1.21.18 (Debian 11, Ubuntu 20.04) cannot read zstd.
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out)
    return out


def tarball() -> Path:
    DIST.mkdir(exist_ok=True)
    out = DIST / f"tramontane-{__version__}-linux-{platform.machine()}.tar.gz"

    def as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
        return info

    print("+ tar", out, flush=True)
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="tramontane", filter=as_root)
    return out


def main() -> int:
    bundle()
    if "--bundle-only" in sys.argv or not sys.platform.startswith("linux"):
        return 0
    for made in (deb(), tarball()):
        print(f"{made.relative_to(ROOT)}: {made.stat().st_size / 1e6:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
