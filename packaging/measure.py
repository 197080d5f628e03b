"""Sizes of the Linux bundle and installers, and the bundled app's start-up time.

Run after `make package`; the figures go to docs/benchmarks.md by hand. Not a
test: it judges nothing, it prints.

    start-up: launch to a usable window, as the self-test reports it (the first
    turn of the event loop after the window is shown, offscreen), plus the time
    from the launch call to the process's creation. Five launches; the first
    follows a page-cache drop when this user may drop caches (root on Linux).

Usage: python packaging/measure.py
"""

from __future__ import annotations

import lzma
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app import __version__  # noqa: E402
from app.library.starter import FILENAME as STARTER  # noqa: E402

BUNDLE = ROOT / "build" / "dist" / "tramontane"
DIST = ROOT / "dist"
MB = 1e6


def size_of(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*"))


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_once() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    called = time.time()
    proc = subprocess.Popen([BUNDLE / "tramontane", "--self-test"], stdout=subprocess.PIPE, text=True, env=env)
    created = psutil.Process(proc.pid).create_time()
    out, _ = proc.communicate(timeout=600)
    usable = float(re.search(r"usable ([\d.]+) s", out).group(1))
    return max(0.0, created - called) + usable


def main() -> None:
    model = BUNDLE / "_internal" / "models" / STARTER
    bundle = size_of(BUNDLE)
    print(f"bundle folder: {bundle / MB:.0f} MB, without the model {(bundle - model.stat().st_size) / MB:.0f} MB")
    # The model barely compresses; its share of an installer is its own compressed size.
    model_xz = len(lzma.compress(model.read_bytes(), preset=6))
    for installer in sorted(DIST.glob(f"tramontane*{__version__}*")):
        size = installer.stat().st_size
        print(f"{installer.name}: {size / MB:.0f} MB, without the model about {(size - model_xz) / MB:.0f} MB")
    print(f"(the starter model: {model.stat().st_size / MB:.0f} MB, {model_xz / MB:.0f} MB compressed)")
    cold = drop_caches()
    times = [start_once() for _ in range(5)]
    first = "after dropping the page cache" if cold else "page cache not dropped (not allowed here)"
    print(f"launch to usable window: first {times[0]:.2f} s ({first}); "
          f"then best {min(times[1:]):.2f} s, worst {max(times[1:]):.2f} s")


if __name__ == "__main__":
    main()
