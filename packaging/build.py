"""Build the bundled app in a flavour, and on Linux its .deb and .tar.gz.

Runs in the packaging venv (build/package-venv: PyInstaller and the
llama-cpp-python wheel from packaging/build_llama.py); `make package` makes
that venv and then runs this and packaging/smoke_test.py.

Flavours (one bundle each; the installers of a flavour are built from it):
    main    llama.cpp's CPU variants and Vulkan (Metal on macOS), the starter model
    cuda    main + the CUDA add-on (packaging/build_cuda.py): Windows and Linux
    model   main + the models packaging/fetch_models.py fetched (skipped, with a
            sentence, when they could not be fetched)
The cuda and model flavours are copies of the main bundle with their files added
(build the main one first); on macOS the model flavour is built and signed whole.

    build/icons/                 icons rendered from resources/icons/tramontane.svg
    build/translations/          .qm files compiled from resources/translations/*.ts
    build/dist/tramontane/       the main bundle (Linux, Windows); build/dist/Tramontane.app on macOS
    build/dist-<flavour>/        the other flavours' bundles
    dist/                        tramontane[-<flavour>]_<version>_<arch>.deb,
                                 tramontane[-<flavour>]-<version>-linux-<machine>.tar.gz

Usage: python packaging/build.py [--flavour main|cuda|model] [--bundle-only]
"""

from __future__ import annotations

import argparse
import datetime
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
sys.path.insert(0, str(ROOT / "packaging"))
from fetch_models import MANIFEST, ready  # noqa: E402

from app import __version__  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
LINUX = ROOT / "packaging" / "linux"
APPSTREAM_ID = "app.tramontane.Tramontane"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundle needs from the system besides glibc (readelf over the bundle:
# the libraries PyInstaller leaves out on purpose because they belong to the
# running desktop: OpenGL/EGL, the X and Wayland client libraries). The three
# xcb ones are what minimal installs lack (DESIGN.md); the bundle carries them
# when the build machine has them, and the dependency makes sure either way.
# libvulkan1 is the Vulkan loader (no driver); the spec leaves it to the system,
# whose graphics drivers it must match.
DEPENDS = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb1", "libgl1", "libegl1",
           "libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "libvulkan1"]
PACKAGES = {"main": "tramontane", "cuda": "tramontane-cuda", "model": "tramontane-with-model"}
SUMMARY = {"main": "", "cuda": " This flavour adds llama.cpp's CUDA backend for NVIDIA graphics cards.",
           "model": " This flavour includes a multilingual chat model of about 2 GB."}


def run(*cmd: str | Path, **kw) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def bundle_dir(flavour: str) -> Path:
    return BUILD / ("dist" if flavour == "main" else f"dist-{flavour}") / "tramontane"


def translations() -> None:
    """The .qm files from the .ts sources in git, into build/translations (the spec takes them from there)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    out = BUILD / "translations"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", out / ts.with_suffix(".qm").name)


def windows_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows' version fields, in release order: 0.2.0a1 < 0.2.0rc1 < 0.2.0."""
    match = re.fullmatch(r"(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+))?(?:\.dev\d+)?", version)
    if not match:
        raise SystemExit(f"version {version!r} is not X.Y[.Z][a|b|rcN]")
    major, minor, patch, pre, n = match.groups()
    build = {"a": 100, "b": 200, "rc": 300}[pre] + int(n) if pre else 1000
    return int(major), int(minor), int(patch or 0), build


def version_info() -> None:
    """The Windows version resource both executables carry (PyInstaller's version file)."""
    numbers = windows_version(__version__)
    strings = {"CompanyName": "Tramontane", "FileDescription": "Tramontane", "ProductName": "Tramontane",
               "FileVersion": __version__, "ProductVersion": __version__, "InternalName": "tramontane",
               "LegalCopyright": "Tramontane maintainers, Apache-2.0", "OriginalFilename": "tramontane.exe"}
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    (BUILD / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [{table}])]),
        VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""")


def bundle(flavour: str) -> None:
    """PyInstaller makes the main bundle; the other flavours are copies of it with files
    added where the app looks for them (llama_cpp/lib, models). On macOS the model
    flavour is a PyInstaller run of its own: the signature seals the app's contents."""
    run(sys.executable, ROOT / "packaging" / "icons.py", BUILD / "icons")
    translations()
    BUILD.mkdir(exist_ok=True)
    version_info()
    env = {k: v for k, v in os.environ.items() if k != "TRAMONTANE_BUNDLED_MODELS"}
    if flavour == "main" or sys.platform == "darwin":
        if flavour == "model":
            env["TRAMONTANE_BUNDLED_MODELS"] = os.pathsep.join(map(str, [*ready(), MANIFEST]))
        run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", bundle_dir(flavour).parent, "--workpath", BUILD / f"pyinstaller-{flavour}",
            ROOT / "packaging" / "tramontane.spec", env=env)
        return
    main, dest = bundle_dir("main"), bundle_dir(flavour)
    if not main.is_dir():
        raise SystemExit(f"build the main flavour first: no bundle at {main}")
    shutil.rmtree(dest.parent, ignore_errors=True)
    print(f"+ copy {main} {dest}", flush=True)
    shutil.copytree(main, dest, symlinks=True)
    if flavour == "cuda":
        addon = Path(subprocess.run([sys.executable, ROOT / "packaging" / "build_cuda.py"], check=True,
                                    capture_output=True, text=True).stdout.strip())
        added = [(p, dest / "_internal" / "llama_cpp" / "lib") for p in sorted(addon.iterdir())]
    else:
        added = [(p, dest / "_internal" / "models") for p in [*ready(), MANIFEST]]
    for path, folder in added:
        print(f"+ add {path.name} to {folder.relative_to(dest)}", flush=True)
        shutil.copy2(path, folder / path.name)


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


def appstream(dest: Path) -> None:
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    text = (LINUX / f"{APPSTREAM_ID}.metainfo.xml").read_text()
    dest.write_text(text.replace("@VERSION@", __version__).replace("@DATE@", today))


def deb(flavour: str) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = BUILD / f"deb-{flavour}" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(bundle_dir(flavour), root / "opt" / "tramontane", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "tramontane").symlink_to("/opt/tramontane/tramontane")  # `tramontane doctor` in a terminal
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "tramontane.desktop", share / "applications" / "tramontane.desktop")
    (share / "metainfo").mkdir(parents=True)
    appstream(share / "metainfo" / f"{APPSTREAM_ID}.metainfo.xml")
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
    package = PACKAGES[flavour]
    # The flavours are one program: each replaces the other on install.
    others = ", ".join(p for p in PACKAGES.values() if p != package)
    relations = "" if flavour == "main" else f"Provides: tramontane\nConflicts: {others}\nReplaces: {others}\n"
    control = (LINUX / "control").read_text().replace("@VERSION@", __version__) \
        .replace("@INSTALLED_SIZE@", str(installed_kb)) \
        .replace("@DEPENDS@", ", ".join([f"libc6 (>= {glibc_needed(bundle_dir(flavour))})", *DEPENDS])) \
        .replace("Package: tramontane\n", f"Package: {package}\n{relations}") \
        .replace("Architecture: amd64", f"Architecture: {arch}") \
        .replace("A small starter model is\n included.", "A small starter model is\n included." + SUMMARY[flavour])
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(control)
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{package}_{__version__}_{arch}.deb"
    # xz, not zstd: dpkg before 1.21.18 (Debian 11, Ubuntu 20.04) cannot read zstd.
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out)
    return out


def tarball(flavour: str) -> Path:
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{PACKAGES[flavour]}-{__version__}-linux-{platform.machine()}.tar.gz"

    def as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
        return info

    print("+ tar", out, flush=True)
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle_dir(flavour), arcname="tramontane", filter=as_root)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flavour", choices=list(PACKAGES), default="main")
    parser.add_argument("--bundle-only", action="store_true")
    args = parser.parse_args()
    if args.flavour == "model" and not ready():
        print("No bundled model was fetched (packaging/fetch_models.py could not reach the hub): the model "
              "flavour is not built, and the installers carry the starter model.", flush=True)
        return 0
    bundle(args.flavour)
    if args.bundle_only or not sys.platform.startswith("linux"):
        return 0
    for made in (deb(args.flavour), tarball(args.flavour)):
        print(f"{made.relative_to(ROOT)}: {made.stat().st_size / 1e6:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
