"""The network policy: nothing leaves this computer unless the user asked.

install() sets huggingface_hub to offline, with telemetry off, and adds an
audit hook that refuses every connection and name lookup that is not on
this computer. A download or hub search that the user started runs inside
`with guard.opened():`, which lets traffic through for its duration; with
"offline only" on, opened() refuses instead. Audit hooks cannot be removed,
so install() is called once, by main.py, for the whole process.
"""

from __future__ import annotations

import ipaddress
import os
import sys
import threading
from contextlib import contextmanager


class NetworkBlocked(PermissionError):
    """A connection that the user did not ask for."""


def _is_local(host) -> bool:
    if host is None or host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False  # a name: looking it up already leaks it


class NetGuard:
    """Process-wide gate; any thread may open it."""

    def __init__(self, offline_only: bool = False) -> None:
        self.offline_only = offline_only
        self._open = 0
        self._lock = threading.Lock()
        self.refused: list[str] = []    # what was stopped, for diagnostics

    def install(self) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
        os.environ["DO_NOT_TRACK"] = "1"
        sys.addaudithook(self._audit)

    @property
    def is_open(self) -> bool:
        return self._open > 0

    @contextmanager
    def opened(self):
        """For an action the user started: a download, a hub search."""
        if self.offline_only:
            raise NetworkBlocked("Tramontane is set to work offline only; downloads are turned off in Settings.")
        with self._lock:
            self._open += 1
        try:
            yield
        finally:
            with self._lock:
                self._open -= 1

    def _audit(self, event: str, args: tuple) -> None:
        if self._open > 0 or event not in ("socket.connect", "socket.getaddrinfo"):
            return
        if event == "socket.connect":
            address = args[1]
            if not isinstance(address, tuple):
                return  # a Unix socket: stays on this computer
            host = address[0]
        else:
            host = args[0]
        if not _is_local(host):
            self.refused.append(f"{event} {host}")
            raise NetworkBlocked(f"Blocked a network connection to {host}: Tramontane only goes "
                                 "online for a download you start.")
