"""With the gate shut, the library reaches nothing but this computer: checked in a
child interpreter, because the audit hook cannot be removed once installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = r"""
import sys, tempfile
from app.netguard import NetGuard, NetworkBlocked
guard = NetGuard()
guard.install()
connects = []
sys.addaudithook(lambda event, args: connects.append(args[1]) if event == "socket.connect" else None)
from huggingface_hub import HfApi, constants
from huggingface_hub.errors import OfflineModeIsEnabled
from app.library.library import ModelLibrary
from app.library.downloads import Download, DownloadRequest
from app.library.errors import HubError
from app.paths import app_paths
paths = app_paths(tempfile.mkdtemp()).ensure()
lib = ModelLibrary(paths, guard, endpoint="http://192.0.2.1")       # TEST-NET: never reachable
lib.scanner.scan()
try:
    HfApi(endpoint="http://192.0.2.1").model_info("a/b")              # huggingface_hub on its own
    sys.exit("huggingface_hub went online by itself")
except OfflineModeIsEnabled:
    pass
import socket
try:
    socket.create_connection(("192.0.2.1", 80), timeout=0.5)           # anything else in the process
    sys.exit("a socket reached a non-loopback address")
except NetworkBlocked:
    pass
guard.offline_only = True
try:
    lib.hub.search("llama")
    sys.exit("search ran while offline only")
except HubError as exc:
    assert "offline only" in str(exc), exc
job = Download(DownloadRequest("a/b", ("c.gguf",)))
lib.downloader.run(job)
assert job.state == "failed" and "offline only" in job.error, job.error
outside = [a for a in connects if isinstance(a, tuple) and not str(a[0]).startswith(("127.", "::1", "localhost"))]
assert outside == [], outside                     # the guard's hook stopped even the try above
assert guard.refused and all("192.0.2.1" in r for r in guard.refused), guard.refused   # and logged it
print("ok", len(guard.refused))
"""


def test_gate_shut_means_nothing_leaves_this_computer(tmp_path):
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr + out.stdout
    assert out.stdout.startswith("ok ")


GUI = r"""
import os, sys, tempfile
def main():
    os.environ["TRAMONTANE_HOME"] = tempfile.mkdtemp()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.netguard import NetGuard
    hosts = []
    sys.addaudithook(lambda e, a: hosts.append(a[1]) if e == "socket.connect" and isinstance(a[1], tuple) else None)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.ui.app import App
    from app.paths import app_paths
    qt = QApplication(sys.argv)
    app = App(app_paths())
    app.guard.install()
    app.window.show()
    def visit(i=0):
        if i < app.window.stack.count():
            app.window.show_pane(i)
            QTimer.singleShot(1500, lambda: visit(i + 1))
        else:
            app.window.close()
    QTimer.singleShot(3000, visit)
    qt.exec()
    app.close()
    outside = [h for h in hosts if not str(h[0]).startswith(("127.", "::1", "localhost"))]
    print("outside", outside, "refused", app.guard.refused)
    sys.exit(1 if outside or app.guard.refused else 0)
if __name__ == "__main__":
    main()
"""


def test_a_whole_gui_session_opens_no_socket_beyond_this_computer(tmp_path, starter_model):
    script = tmp_path / "session.py"
    script.write_text(GUI)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=240, cwd=ROOT,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-3000:] + out.stdout
    assert "outside [] refused []" in out.stdout
