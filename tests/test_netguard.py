"""The network gate, in a child interpreter (audit hooks cannot be removed): only
loopback passes, unless the user's action opened the gate, and then only for
that action's thread and host; offline mode shuts it at once."""

import subprocess
import sys

CODE = r"""
import socket, sys, threading
from app.netguard import NetGuard, NetworkBlocked

real_getaddrinfo = socket.getaddrinfo
def resolver(host, port, *args, **kwargs):
    # A stand-in DNS: hub.example is 192.0.2.7. It raises the same audit event as the real one.
    if host == "hub.example":
        sys.audit("socket.getaddrinfo", host, port, 0, 0, 0)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.7", port))]
    return real_getaddrinfo(host, port, *args, **kwargs)
socket.getaddrinfo = resolver

guard = NetGuard()
guard.install()
paused = []
guard.when_offline(lambda: paused.append(True))

def blocked(what, action):
    try:
        action()
    except NetworkBlocked:
        return
    except OSError:
        pass
    sys.exit(f"{what} was not blocked")

def let_through(what, action):
    try:
        action()
    except NetworkBlocked:
        sys.exit(f"{what} was blocked")
    except OSError:
        pass   # no network here: what counts is that the gate let it try

def udp(address):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"x", address)

def udp_msg(address):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendmsg([b"x"], [], 0, address)

server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen()
socket.create_connection(server.getsockname(), timeout=2).close()       # loopback: allowed
udp(("127.0.0.1", 9))

# Shut: every way out is refused, from any thread.
blocked("a connect", lambda: socket.create_connection(("192.0.2.1", 80), timeout=0.5))
blocked("a name lookup", lambda: socket.getaddrinfo("example.org", 80))
blocked("gethostbyname", lambda: socket.gethostbyname("example.org"))
blocked("gethostbyname_ex", lambda: socket.gethostbyname_ex("example.org"))
blocked("a reverse lookup", lambda: socket.gethostbyaddr("192.0.2.1"))
blocked("getnameinfo", lambda: socket.getnameinfo(("192.0.2.1", 80), 0))
blocked("a UDP datagram", lambda: udp(("192.0.2.1", 53)))
blocked("a UDP sendmsg", lambda: udp_msg(("192.0.2.1", 53)))

# Open for hub.example on this thread: that host, and the address it resolved to, pass.
others = []
with guard.opened("hub.example"):
    let_through("the action's host", lambda: socket.create_connection(("hub.example", 443), timeout=0.2))
    let_through("the action's address", lambda: socket.create_connection(("192.0.2.7", 443), timeout=0.2))
    blocked("another host on the action's thread", lambda: socket.getaddrinfo("telemetry.example", 443))
    blocked("an address nobody looked up", lambda: socket.create_connection(("192.0.2.99", 443), timeout=0.2))
    blocked("a UDP datagram elsewhere", lambda: udp(("192.0.2.53", 53)))

    def other_thread():
        for what, action in (("connect", lambda: socket.create_connection(("192.0.2.7", 443), timeout=0.2)),
                             ("lookup", lambda: socket.getaddrinfo("hub.example", 443)),
                             ("udp", lambda: udp(("192.0.2.7", 53)))):
            try:
                action()
                others.append(f"{what} passed")
            except NetworkBlocked:
                others.append("blocked")
            except OSError:
                others.append(f"{what} passed")
    t = threading.Thread(target=other_thread); t.start(); t.join()
    assert others == ["blocked"] * 3, others       # any other thread stays shut

    guard.offline_only = True                      # offline mode: shut at once, even mid-action
    assert paused == [True]
    blocked("the action after going offline", lambda: socket.create_connection(("192.0.2.7", 443), timeout=0.2))
    guard.offline_only = False

blocked("the action's address after it ended", lambda: socket.create_connection(("192.0.2.7", 443), timeout=0.2))
guard.offline_only = True
try:
    with guard.opened("hub.example"):
        sys.exit("offline only did not refuse to open")
except NetworkBlocked as exc:
    assert "offline only" in str(exc)
import os
assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["HF_HUB_DISABLE_TELEMETRY"] == "1"
print("ok", len(guard.refused))
"""


def test_only_loopback_passes_unless_the_user_opened_the_gate_for_this_thread_and_host():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr + out.stdout
    assert out.stdout.startswith("ok ")
    assert int(out.stdout.split()[1]) >= 15
