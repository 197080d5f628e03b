"""`tramontane doctor`, as a help desk would run it."""

import subprocess
import sys


def test_doctor_checks_everything_and_says_so(app_home):
    out = subprocess.run([sys.executable, "-m", "app", "doctor"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    text = out.stdout
    for label in ("Tramontane", "Memory", "Data folder", "Device", "Backend", "Starter model", "Generation"):
        assert label in text
    assert "checksum verified" in text
    assert "32 tokens at" in text and "all checks passed" in text
    assert str(app_home) in text      # the folders it reports are the ones in use


def test_doctor_fails_when_the_starter_model_is_damaged(app_home, tmp_path, monkeypatch):
    code = ("import sys, app.doctor as d; from pathlib import Path\n"
            "d.starter_model_path = lambda: Path(sys.argv[1])\n"
            "sys.exit(d.run())")
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 100)
    out = subprocess.run([sys.executable, "-c", code, str(bad)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 1
    assert "MISSING OR DAMAGED" in out.stdout
