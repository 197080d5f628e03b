"""The local API switched on in Settings → Servers, as a user does it: off by default, its key
made and shown once, then other programs use the model in the window's engine; their
requests are never stored; the policy can lock it off."""

from __future__ import annotations

import threading

import openai

from app.policy import Policy
from app.server.keys import stored_key
from tests.remote.conftest import free_port

REPLY_MS = 120_000


def in_thread(fn) -> dict:
    """Runs fn off the GUI thread (the engine answers through it); the result lands in the dict."""
    out: dict = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except Exception as exc:   # handed to the test's assertions
            out["error"] = exc
    threading.Thread(target=run, daemon=True).start()
    return out


def test_switching_the_api_on_shows_its_key_once_and_serves_the_window_model(qtbot, make_app, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("app.ui.settings.servers_page.show_key_once", lambda _parent, key, kept: shown.append(key))
    app = make_app(local_api_port=free_port())
    page = app.settings_pane.servers
    assert not app.settings.current.local_api and app.servers.api_address == ""
    qtbot.waitUntil(lambda: app.controller.info is not None, timeout=REPLY_MS)
    page.api_on.control.setChecked(True)
    assert len(shown) == 1 and shown[0] == stored_key()
    assert app.servers.api_address in page.address.control.text()
    client = openai.OpenAI(base_url=app.servers.api_address, api_key=shown[0], max_retries=0, timeout=300)
    models = in_thread(lambda: [m.id for m in client.models.list().data])
    qtbot.waitUntil(lambda: bool(models), timeout=REPLY_MS)
    reply = in_thread(lambda: client.chat.completions.create(
        model=models["value"][0], messages=[{"role": "user", "content": "Say hello."}], max_tokens=8))
    qtbot.waitUntil(lambda: bool(reply), timeout=REPLY_MS)
    assert "error" not in reply, reply
    assert reply["value"].choices[0].message.content
    assert app.store.list_conversations() == []              # other programs' requests are not kept
    page.api_on.control.setChecked(False)
    page.api_on.control.setChecked(True)
    assert len(shown) == 1                                   # the same key: shown only when made
    page.api_on.control.setChecked(False)
    assert app.servers.api_address == ""


def test_a_policy_that_locks_the_api_off_keeps_it_off(qtbot, make_app):
    policy = Policy(locked={"local_api": False}, message="Ask IT.", sources=("/etc/xdg/Tramontane/policy.json",))
    app = make_app(policy=policy, local_api=True, local_api_port=free_port())
    row = app.settings_pane.servers.api_on
    assert not row.control.isChecked() and not row.control.isEnabled()
    assert "Ask IT." in row.lock_note.text()
    assert app.servers.api_address == ""
