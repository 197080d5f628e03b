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
assert job.state == "failed" and "offline only" in str(job.error), job.error
outside = [a for a in connects if isinstance(a, tuple) and not str(a[0]).startswith(("127.", "::1", "localhost"))]
assert outside == [], outside                     # the guard's hook stopped even the try above
assert guard.refused and all("192.0.2.1" in r for r in guard.refused), guard.refused   # and logged it
print("ok", len(guard.refused))
"""


def test_gate_shut_means_nothing_leaves_this_computer(tmp_path):
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr + out.stdout
    assert out.stdout.startswith("ok ")


NAMES = r"""
import socket, sys, tempfile, threading, time
sys.path.insert(0, "tests/library")
real = socket.getaddrinfo
def resolver(host, port, *args, **kwargs):
    # A stand-in DNS: the hub and its storage host are names (so their lookups are checked),
    # both served by the hub stand-in on 127.0.0.1.
    if host in ("hub.example", "cdn.example"):
        sys.audit("socket.getaddrinfo", host, port, 0, 0, 0)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
    return real(host, port, *args, **kwargs)
socket.getaddrinfo = resolver
from app.netguard import NetGuard, NetworkBlocked
guard = NetGuard()
guard.install()
from hubstandin import HubStandIn
from app.library.library import ModelLibrary
from app.library.download_queue import DownloadQueue
from app.library.downloads import DownloadRequest
from app.paths import app_paths
hub = HubStandIn().start()
hub.cdn_host = "cdn.example"
data = open(sys.argv[1], "rb").read()
hub.add("standin/Small-GGUF", "small.Q4_1.gguf", data, delay=0.01)
lib = ModelLibrary(app_paths(tempfile.mkdtemp()).ensure(), guard, endpoint=f"http://hub.example:{hub.port}")
queue = DownloadQueue(lib.downloader)
job = queue.add(DownloadRequest("standin/Small-GGUF", ("small.Q4_1.gguf",)))
end = time.monotonic() + 60
while job.done_bytes == 0 and job.state != "failed" and time.monotonic() < end:
    time.sleep(0.02)
assert job.state == "downloading", (job.state, job.error)
for name in ("cdn.example", "hub.example"):        # while it runs, this thread is still shut out
    try:
        socket.getaddrinfo(name, 80)
        sys.exit(f"{name} was reachable from a thread that started no download")
    except NetworkBlocked:
        pass
hub.gate.set()
while job.state not in ("done", "failed") and time.monotonic() < end:
    time.sleep(0.02)
assert job.state == "done", job.error
lookups = [r for r in guard.refused if "example" in r]
assert len(lookups) == 2, guard.refused          # only the two tries above were refused
print("ok")
"""


def test_a_download_opens_the_gate_for_its_own_thread_and_hosts_only(starter_model):
    env = {k: v for k, v in __import__("os").environ.items() if "proxy" not in k.lower()}
    out = subprocess.run([sys.executable, "-c", NAMES, str(starter_model)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-3000:] + out.stdout
    assert out.stdout.strip() == "ok"


GUI = r"""
import os, sys, tempfile
def main():
    os.environ["TRAMONTANE_HOME"] = tempfile.mkdtemp()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.netguard import NetGuard
    hosts = []
    def record(event, args):
        # Every way out the guard knows of, seen before the guard decides (hooks run in order).
        if event in ("socket.connect", "socket.sendto", "socket.sendmsg") and isinstance(args[1], tuple):
            hosts.append(args[1][:2])
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            hosts.append((args[0], None))
    sys.addaudithook(record)
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
    outside = [h for h in hosts if h[0] is not None and not str(h[0]).startswith(("127.", "::1", "localhost"))]
    print("outside", outside, "refused", app.guard.refused)
    # Positive control: the recorder and the guard do see a connection when one is tried.
    import socket, threading
    from app.netguard import NetworkBlocked
    tried = []
    def control():
        try:
            socket.create_connection(("192.0.2.1", 9), timeout=0.5)
        except NetworkBlocked:
            tried.append("blocked")
        except OSError:
            tried.append("not blocked")
    thread = threading.Thread(target=control); thread.start(); thread.join()
    print("control", tried, any(h[0] == "192.0.2.1" for h in hosts))
    sys.exit(1 if outside or app.guard.refused[:-1] or tried != ["blocked"] else 0)
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
    assert "control ['blocked'] True" in out.stdout      # the hook would have seen a connection
