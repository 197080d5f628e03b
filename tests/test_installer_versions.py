"""Pre-release versions build installers: Windows' four-number version fields
keep release order, and the NSIS script compiles with such a version."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from build import windows_version  # noqa: E402


def test_windows_version_numbers_sort_as_releases_do():
    order = ["0.2.0a1", "0.2.0b2", "0.2.0rc1", "0.2.0rc2", "0.2.0", "0.2.1rc1", "0.2.1", "0.10"]
    numbers = [windows_version(v) for v in order]
    assert numbers == sorted(numbers)
    assert windows_version("0.2.0rc1") == (0, 2, 0, 301)
    assert all(0 <= n < 65536 for v in numbers for n in v)     # each field is 16 bits in the resource


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed (apt-get install nsis)")
def test_the_windows_installer_compiles_for_a_release_candidate(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "tramontane.exe").write_bytes(b"stand-in")
    out = tmp_path / "dist" / "Tramontane-0.2.0rc1-windows-x64-setup.exe"
    out.parent.mkdir()
    numbers = ".".join(map(str, windows_version("0.2.0rc1")))
    result = subprocess.run(["makensis", "-WX", "-V2", "-DVERSION=0.2.0rc1", f"-DVERSION_NUMBERS={numbers}",
                             f"-DSOURCE={bundle}", f"-DOUTFILE={out}",
                             ROOT / "packaging" / "windows" / "tramontane.nsi"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 50_000
