"""Model library speed: folder scan, checksum, loopback download, catalog ranking.

Measured with the real starter model (98 MB) in a temporary folder:
- a cold scan of a models folder holding 20 copies (every header read), and
  a warm rescan (headers cached by size and modification time);
- SHA-256 of the starter model (the check every download ends with);
- a download over real HTTP from the hub stand-in on 127.0.0.1 (what the
  download code itself costs; a real network is slower);
- ranking the catalog for this computer.

Targets: warm rescan of 20 models under 50 ms (it runs off the GUI thread,
but the list should refresh at once after a download), checksum at least
300 MB/s, loopback download at least 100 MB/s.

Usage: python benchmarks/bench_library.py
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "library"))

import keyring  # noqa: E402
from hubstandin import HubStandIn  # noqa: E402

from app.library.catalog import ranked  # noqa: E402
from app.library.downloads import Download, DownloadRequest  # noqa: E402
from app.library.fit import Hardware  # noqa: E402
from app.library.library import ModelLibrary  # noqa: E402
from app.library.starter import FILENAME  # noqa: E402
from app.netguard import NetGuard  # noqa: E402
from app.paths import app_paths  # noqa: E402
from benchmarks.report import Report  # noqa: E402
from tests.support import MemoryKeyring  # noqa: E402


def main() -> int:
    report = Report()
    starter = ROOT / "models" / FILENAME
    data = starter.read_bytes()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as home:
        hub = HubStandIn().start()
        hub.add("bench/starter-GGUF", FILENAME, data)
        paths = app_paths(home).ensure()
        lib = ModelLibrary(paths, NetGuard(), endpoint=hub.url, bundled_dir=Path(home) / "none")
        for i in range(20):
            shutil.copy(starter, paths.models / f"Model-{i:02d}.Q4_1.gguf")
        started = time.perf_counter()
        count = len(lib.scanner.scan().models)
        cold = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        lib.scanner.scan()
        warm = (time.perf_counter() - started) * 1000
        report.note(f"cold scan of {count} models (off the GUI thread)", f"{cold:.1f} ms")
        report.check(f"warm rescan of {count} models", f"{warm:.1f} ms", "< 50 ms", warm < 50)

        started = time.perf_counter()
        hashlib.sha256(data).hexdigest()
        for _ in range(2):
            with open(starter, "rb") as f:
                digest = hashlib.sha256()
                while block := f.read(4 * 2**20):
                    digest.update(block)
        rate = 3 * len(data) / (time.perf_counter() - started) / 1e6
        report.check("SHA-256 check", f"{rate:.0f} MB/s", ">= 300 MB/s", rate >= 300)

        for f in paths.models.glob("*.gguf"):
            f.unlink()
        job = Download(DownloadRequest("bench/starter-GGUF", (FILENAME,)))
        started = time.perf_counter()
        lib.downloader.run(job)
        took = time.perf_counter() - started
        assert job.state == "done", job.error
        speed = len(data) / took / 1e6
        report.check("loopback download, checked and listed", f"{speed:.0f} MB/s", ">= 100 MB/s", speed >= 100)
        hub.stop()

        hw = Hardware.detect()
        started = time.perf_counter()
        for _ in range(100):
            ranked(lib.catalog, hw)
        rank_ms = (time.perf_counter() - started) * 10
        report.check("rank the catalog", f"{rank_ms:.2f} ms", "< 5 ms", rank_ms < 5)
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
