"""Where company servers come from and what may reach them: the policy's servers section,
offline mode's three steps, the network gate's company-server door, the user's own servers
and their keys, and the session's rule that a conversation never falls back elsewhere."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.engine.remote_errors import RemoteError
from app.engine.servers import ServerBackend, ServerConfigError, ServerDirectory, forget_keys
from app.engine.types import LoadOptions
from app.policy import Policy, PolicyServer, load_policy, normalize_address
from app.settings import Settings


def policy_from(tmp_path, content: dict) -> Policy:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(content))
    return load_policy([path], changeable=lambda _p: False)


def test_the_policy_lists_servers_with_fixed_or_listed_models(tmp_path):
    policy = policy_from(tmp_path, {"servers": {"list": [
        {"name": "ACME GPU", "address": "https://llm.acme.example:8000", "models": ["llama-3.1-8b"]},
        {"id": "cpu-box", "name": "CPU box", "address": "http://10.0.0.5:8080/v1", "api_key": "shared"}]}})
    assert policy.problems == () and not policy.downloads_disabled
    first, second = policy.servers
    assert (first.id, first.address, first.models) == ("acme-gpu", "https://llm.acme.example:8000/v1",
                                                       ("llama-3.1-8b",))
    assert (second.id, second.models, second.api_key) == ("cpu-box", None, "shared")
    assert policy.users_may_add_servers is False         # a servers section that does not say: no


def test_without_a_servers_section_users_may_add_their_own(tmp_path):
    assert policy_from(tmp_path, {"lock": {"theme": "dark"}}).users_may_add_servers is True
    assert policy_from(tmp_path, {"servers": {"users_may_add": True}}).users_may_add_servers is True


@pytest.mark.parametrize("servers", [
    {"list": [{"name": "x", "address": "ftp://host"}]},
    {"list": [{"name": "x", "address": "https://user:pw@host/v1"}]},
    {"list": [{"name": "x", "address": "https://host", "models": "all"}]},
    {"list": [{"name": "x", "address": "https://host", "colour": "blue"}]},
    {"users_may_add": "yes"},
    {"lists": []},
    ["not", "an", "object"],
])
def test_a_servers_section_not_understood_is_named_and_turns_downloads_off(tmp_path, servers):
    policy = policy_from(tmp_path, {"servers": servers})
    assert policy.problems and policy.downloads_disabled
    assert policy.users_may_add_servers is False


def test_offline_modes_three_steps_and_the_old_setting():
    assert Settings().network_step == "all"
    assert Settings(offline_only=True).network_step == "servers"       # a settings file from before the steps
    assert Settings().with_network_step("none").network_step == "none"
    assert Settings().with_network_step("servers").offline_only is True
    assert Settings(network="something new").network_step == "none"   # not understood: the safest


def test_a_policy_that_locks_company_servers_only_also_locks_downloads_off(tmp_path):
    policy = policy_from(tmp_path, {"lock": {"network": "servers"}})
    settings = policy.enforce(Settings())
    assert settings.network_step == "servers" and settings.offline_only


def test_addresses_are_normalised_to_the_api_base():
    assert normalize_address("https://llm.example.org") == "https://llm.example.org/v1"
    assert normalize_address("http://10.0.0.5:8000/v1/") == "http://10.0.0.5:8000/v1"
    assert normalize_address("llm.example.org") is None
    assert normalize_address("https://llm.example.org/v1?x=1") is None


def test_users_own_servers_keys_and_consent_are_kept_and_deleted(tmp_path, memory_keyring):
    directory = ServerDirectory(tmp_path, Policy())
    server = directory.add("Home box", "http://192.168.1.5:8080", key="sk-own", models=("qwen",))
    assert directory.key(server.id) == "sk-own"
    assert "sk-own" not in (tmp_path / "servers.json").read_text()    # keys only in the keychain
    directory.consent(server)
    again = ServerDirectory(tmp_path, Policy())
    assert [s.name for s in again.servers()] == ["Home box"] and again.consented(again.get(server.id))
    assert forget_keys(tmp_path) == []
    assert memory_keyring.secrets == {}


def test_where_the_policy_forbids_it_users_cannot_add_servers_and_theirs_are_not_used(tmp_path, memory_keyring):
    ServerDirectory(tmp_path, Policy()).add("Cloud", "https://api.cloud.example")
    managed = PolicyServer("acme", "ACME", "https://llm.acme.example/v1", ("m",))
    directory = ServerDirectory(tmp_path, Policy(servers=(managed,), users_may_add_servers=False))
    assert [s.name for s in directory.servers()] == ["ACME"]
    with pytest.raises(ServerConfigError) as caught:
        directory.add("Other", "https://other.example")
    assert caught.value.code == "not_allowed"


def test_the_server_backend_sends_nothing_before_the_user_agreed(tmp_path, llama_server):
    managed = PolicyServer("test", "Test server", llama_server.base, None)
    directory = ServerDirectory(tmp_path, Policy(servers=(managed,)))
    backend = ServerBackend(directory)
    with pytest.raises(RemoteError) as caught:
        backend.load("test/starter", LoadOptions())
    assert caught.value.code == "not_agreed"
    directory.consent(directory.get("test"))
    assert backend.load("test/starter", LoadOptions()).backend == "Test server"
    with pytest.raises(RemoteError) as caught:
        backend.load("gone/starter", LoadOptions())
    assert caught.value.code == "server_missing"
    backend.close()


GATE = r"""
import socket, sys, threading
from app.netguard import NetGuard, NetworkBlocked
from app.engine.remote import RemoteBackend
from app.engine.remote_errors import RemoteError

real = socket.getaddrinfo
def resolver(host, port, *args, **kwargs):
    # A stand-in DNS: llm.example is this computer's llama-server, found by name as a real one would be.
    if host in ("llm.example", "other.example"):
        sys.audit("socket.getaddrinfo", host, port, 0, 0, 0)
        return real("127.0.0.1", port, *args, **kwargs)
    return real(host, port, *args, **kwargs)
socket.getaddrinfo = resolver

guard = NetGuard(offline_only=True)          # the middle step: company servers only
guard.install()
port = int(sys.argv[1])
server = RemoteBackend(f"http://llm.example:{port}/v1", guard=guard)
assert server.models() == ["starter"], "the configured server is reachable in the middle step"
try:
    RemoteBackend(f"http://other.example:{port}/v1", guard=None).models()
    sys.exit("a host nobody configured was reached")
except RemoteError as exc:
    assert exc.code == "offline", exc.code
try:
    with guard.opened("llm.example"):        # the hub's door stays shut in offline mode
        pass
    sys.exit("the download gate opened in offline mode")
except NetworkBlocked:
    pass
stopped = []
guard.when_servers_off(lambda: stopped.append(True))
guard.servers_allowed = False                # the last step: nothing
assert stopped == [True]
try:
    RemoteBackend(f"http://llm.example:{port}/v1", guard=guard).models()
    sys.exit("a company server was reached with everything off")
except RemoteError as exc:
    assert exc.code == "offline", exc.code
print("ok")
"""


def test_the_gate_lets_the_server_backend_reach_only_configured_servers(llama_server):
    port = llama_server.base.rsplit(":", 1)[1].split("/")[0]
    result = subprocess.run([sys.executable, "-c", GATE, port], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr
