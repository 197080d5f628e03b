"""The network policy: nothing leaves this computer unless the user asked.

install() sets huggingface_hub to offline, with telemetry off, and adds an
audit hook that refuses every way out that is not on this computer: name
lookups (getaddrinfo, gethostbyname, reverse lookups), TCP connects and UDP
datagrams (sendto, sendmsg). A download or hub search that the user started
runs inside `with guard.opened("hub.example"):`, which opens the gate for
that one thread and those hosts only (plus the system's proxy, if any):
another thread, or another host named on the same thread, is still refused.
An address may be connected to only if it is one of those hosts, or came
from looking one of them up on that thread (install() wraps
socket.getaddrinfo to note the answers).

Turning "offline only" on shuts every open gate at once and tells whoever
asked (when_offline): the download queue pauses its running download, whose
socket is already connected and would otherwise keep receiving.

Company servers have a gate of their own (`company_server(host)`), opened
by the server backend for its own thread and that server's host: it stays
open in "offline only" (the middle of the three steps: everything, company
servers only, nothing) and shuts when `servers_allowed` goes off, which
tells whoever asked (when_servers_off) so a running reply stops.

Audit hooks cannot be removed, so install() is called once, by main.py, for
the whole process. Any thread.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
import weakref
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from urllib.parse import urlsplit
from urllib.request import getproxies

_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname"}
_REVERSE = {"socket.gethostbyaddr", "socket.getnameinfo"}
_SENDS = {"socket.connect", "socket.sendto", "socket.sendmsg"}


class NetworkBlocked(PermissionError):
    """A connection that the user did not ask for."""


def _host_text(host) -> str:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    return str(host).split("%")[0].strip("[]").rstrip(".").lower()


def _is_local(host) -> bool:
    if host is None:
        return True
    text = _host_text(host)
    if text in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False  # a name: looking it up already leaks it


def proxy_hosts() -> set[str]:
    """The hosts of the system's web proxies: an action's traffic goes through them."""
    hosts = set()
    for scheme, value in getproxies().items():
        if scheme == "no" or not value:
            continue
        host = urlsplit(value if "://" in value else f"http://{value}").hostname
        if host:
            hosts.add(_host_text(host))
    return hosts


class _Gate:
    """What one thread may reach: hosts (counted, since actions nest) and the addresses they resolved to."""

    def __init__(self) -> None:
        self.hosts: Counter[str] = Counter()
        self.addresses: set[str] = set()
        self.servers: Counter[str] = Counter()      # company servers' hosts, and their addresses
        self.server_addresses: set[str] = set()

    def allows(self, host: str) -> bool:
        return host in self.hosts or host in self.addresses

    def allows_server(self, host: str) -> bool:
        return host in self.servers or host in self.server_addresses


class NetGuard:
    """Process-wide gate, opened per thread and host; any thread."""

    def __init__(self, offline_only: bool = False, servers_allowed: bool = True) -> None:
        self._offline_only = offline_only
        self._servers_allowed = servers_allowed
        self._lock = threading.Lock()
        self._gates: dict[int, _Gate] = {}
        self._listeners: list[Callable[[], Callable[[], None] | None]] = []
        self._server_listeners: list[Callable[[], Callable[[], None] | None]] = []
        self.refused: list[str] = []    # what was stopped, for diagnostics

    def install(self) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
        os.environ["DO_NOT_TRACK"] = "1"
        socket.getaddrinfo = self._noting(socket.getaddrinfo)
        sys.addaudithook(self._audit)

    # -- offline only --------------------------------------------------------------

    @property
    def offline_only(self) -> bool:
        return self._offline_only

    @offline_only.setter
    def offline_only(self, on: bool) -> None:
        was, self._offline_only = self._offline_only, bool(on)
        if on and not was:
            for ref in list(self._listeners):
                callback = ref()
                if callback is not None:
                    callback()

    def when_offline(self, callback: Callable[[], None]) -> None:
        """callback() runs, on the thread that turned it on, when "offline only" goes on.
        A bound method is held weakly: its object may go away without saying so."""
        self._listeners = [r for r in self._listeners if r() is not None] + [_held(callback)]

    @property
    def servers_allowed(self) -> bool:
        """Whether company servers may be reached (every step of offline mode but "nothing")."""
        return self._servers_allowed

    @servers_allowed.setter
    def servers_allowed(self, on: bool) -> None:
        was, self._servers_allowed = self._servers_allowed, bool(on)
        if was and not on:
            for ref in list(self._server_listeners):
                callback = ref()
                if callback is not None:
                    callback()

    def when_servers_off(self, callback: Callable[[], None]) -> None:
        """callback() runs, on the thread that turned them off, when company servers go off."""
        self._server_listeners = [r for r in self._server_listeners if r() is not None] + [_held(callback)]

    # -- the gate --------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """Whether the calling thread's gate is open."""
        return threading.get_ident() in self._gates

    @contextmanager
    def opened(self, *hosts: str):
        """For an action the user started, on this thread: a download, a hub search."""
        if self.offline_only:
            raise NetworkBlocked("Tramontane is set to work offline only; downloads are turned off in Settings.")
        names = [_host_text(h) for h in hosts if h] + sorted(proxy_hosts())
        me = threading.get_ident()
        with self._lock:
            gate = self._gates.setdefault(me, _Gate())
            gate.hosts.update(names)
        try:
            yield self
        finally:
            with self._lock:
                gate.hosts.subtract(names)
                gate.hosts += Counter()            # drops hosts whose count reached 0
                if not gate.hosts and not gate.servers:
                    self._gates.pop(me, None)

    @contextmanager
    def company_server(self, host: str):
        """For the server backend's own thread: that one company server (and the system's proxy)."""
        if not self._servers_allowed:
            raise NetworkBlocked("Tramontane is set to work on this computer only; company servers are "
                                 "turned off in Settings.")
        names = [_host_text(host)] + sorted(proxy_hosts())
        me = threading.get_ident()
        with self._lock:
            gate = self._gates.setdefault(me, _Gate())
            gate.servers.update(names)
        try:
            yield self
        finally:
            with self._lock:
                gate.servers.subtract(names)
                gate.servers += Counter()
                if not gate.servers:
                    gate.server_addresses.clear()
                if not gate.hosts and not gate.servers:
                    self._gates.pop(me, None)

    def allow(self, host: str) -> None:
        """Adds a host (a download's storage host) to the calling thread's open gate."""
        with self._lock:
            gate = self._gates.get(threading.get_ident())
            if gate is None:
                raise NetworkBlocked("allow() needs an open gate on this thread")
            gate.hosts[_host_text(host)] += 1

    def _noting(self, getaddrinfo):
        def noted_getaddrinfo(host, *args, **kwargs):
            answers = getaddrinfo(host, *args, **kwargs)
            gate = self._gates.get(threading.get_ident())
            if gate is not None:
                found = {_host_text(answer[4][0]) for answer in answers}
                with self._lock:
                    if _host_text(host) in gate.hosts:
                        gate.addresses.update(found)
                    if _host_text(host) in gate.servers:
                        gate.server_addresses.update(found)
            return answers

        noted_getaddrinfo.__wrapped__ = getaddrinfo
        return noted_getaddrinfo

    def _audit(self, event: str, args: tuple) -> None:
        if event in _LOOKUPS:
            host = args[0]
        elif event in _SENDS:
            address = args[1]
            if not isinstance(address, tuple) or not address:
                return  # a Unix socket, or a send on a socket already connected (and checked then)
            host = address[0]
        elif event in _REVERSE:
            host = args[0][0] if isinstance(args[0], tuple) else args[0]
        else:
            return
        if _is_local(host):
            return
        gate = self._gates.get(threading.get_ident())
        if gate is not None:
            if not self._offline_only and gate.allows(_host_text(host)):
                return
            if self._servers_allowed and gate.allows_server(_host_text(host)):
                return
        self.refused.append(f"{event} {_host_text(host)}")
        raise NetworkBlocked(f"Blocked a network connection to {_host_text(host)}: Tramontane only goes "
                             "online for a download you start.")


def _held(callback: Callable[[], None]):
    """A reference to callback: weak for a bound method, strong for a plain function."""
    if hasattr(callback, "__self__"):
        return weakref.WeakMethod(callback)
    return lambda: callback
