"""The network gate, in a child interpreter (audit hooks cannot be removed)."""

import subprocess
import sys

CODE = r"""
import socket, sys
from app.netguard import NetGuard, NetworkBlocked
guard = NetGuard()
guard.install()
server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen()
socket.create_connection(server.getsockname(), timeout=2).close()   # loopback: allowed
for target in [("192.0.2.1", 80), ("example.org", 80)]:
    try:
        socket.create_connection(target, timeout=0.5)
    except NetworkBlocked:
        pass
    else:
        sys.exit(f"{target} was not blocked")
with guard.opened():
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=0.2)
    except NetworkBlocked:
        sys.exit("blocked although the gate was open")
    except OSError:
        pass   # no network here, but the guard let it try
guard.offline_only = True
try:
    with guard.opened():
        sys.exit("offline only did not refuse to open")
except NetworkBlocked as exc:
    assert "offline only" in str(exc)
import os
assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["HF_HUB_DISABLE_TELEMETRY"] == "1"
print("ok", len(guard.refused))
"""


def test_only_loopback_passes_unless_the_user_opened_the_gate():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr + out.stdout
    assert out.stdout.startswith("ok 2")
