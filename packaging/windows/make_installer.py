"""Compile the Windows installer: the one command CI runs on Windows and
`make package` runs here (packaging/smoke_test.py, in a fresh tree laid out as
CI's, so a missing output folder or a wrong path fails here first).

    python packaging/windows/make_installer.py [--flavour main|cuda|model] [--root DIR]

Reads the bundle from <root>/build/dist[-<flavour>]/tramontane and writes
<root>/dist/Tramontane-<version>-windows-x64[-cuda|-with-model]-setup.exe, making
dist/ first. Signing: when WINDOWS_SIGN_COMMAND is set (CI puts a signtool
command line there when its certificate secret exists), the executables in the
bundle, the installer and its uninstaller are signed with it; otherwise the
log says that they are not. Prints the installer's path last.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
from fetch_models import entries  # noqa: E402

from app import __version__  # noqa: E402
from build import windows_version  # noqa: E402

SUFFIX = {"main": "", "cuda": "-cuda", "model": "-with-model"}
MAKENSIS = r"C:\Program Files (x86)\NSIS\makensis.exe"


def makensis() -> str:
    found = shutil.which("makensis") or (MAKENSIS if Path(MAKENSIS).exists() else None)
    if found is None:
        raise SystemExit("makensis is not installed (Windows: choco install nsis; Debian: apt-get install nsis)")
    return found


def sign(command: str, files: list[Path]) -> None:
    for file in files:
        subprocess.run([*shlex.split(command, posix=sys.platform != "win32"), str(file)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flavour", choices=list(SUFFIX), default="main")
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to work in (a checkout)")
    args = parser.parse_args()
    root = args.root.resolve()
    bundle = root / "build" / ("dist" if args.flavour == "main" else f"dist-{args.flavour}") / "tramontane"
    if not (bundle / "tramontane.exe").is_file():
        raise SystemExit(f"no bundle at {bundle}: run packaging/build.py --flavour {args.flavour} first")
    out = root / "dist" / f"Tramontane-{__version__}-windows-x64{SUFFIX[args.flavour]}-setup.exe"
    out.parent.mkdir(parents=True, exist_ok=True)
    defines = {"VERSION": __version__, "VERSION_NUMBERS": ".".join(map(str, windows_version(__version__))),
               "SOURCE": bundle, "ICON": root / "build" / "icons" / "tramontane.ico", "OUTFILE": out}
    if args.flavour == "model":
        defines["SIDE_MODEL"] = next(e["file"] for e in entries() if e["role"] == "chat")
    command = os.environ.get("WINDOWS_SIGN_COMMAND", "").strip()
    if command:
        sign(command, [bundle / "tramontane.exe", bundle / "tramontane-cli.exe"])
        defines["SIGN"] = command
        print("Signing the executables, the installer and the uninstaller.", flush=True)
    else:
        print("Not signed: no code-signing certificate is configured (WINDOWS_CERTIFICATE in the CI "
              "secrets); Windows SmartScreen will warn users.", flush=True)
    cmd = [makensis(), "-NOCD", "-WX", "-V2", *(f"-D{k}={v}" for k, v in defines.items()),
           str(root / "packaging" / "windows" / "tramontane.nsi")]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=root)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
