"""A conversation on a company server through the window: llama-server as the server,
the whole App around it. What a user sees: the server's models in the picker under
its name, one question before its first use, where the conversation runs, the reply
streaming, Stop, and a server that dies mid-reply."""

from __future__ import annotations

import pytest

from app.engine.types import ModelRef
from app.policy import Policy, PolicyServer
from app.store import STOPPED
from tests.remote.conftest import ALIAS

REF = ModelRef("server", f"test/{ALIAS}")
TIMEOUT_MS = 120_000


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Every question the app asks before sending somewhere, answered yes."""
    questions: list[str] = []

    def answer(_parent, _title, text, _action, details=""):
        questions.append(f"{text} {details}")
        return True
    monkeypatch.setattr("app.ui.servers.server_prompts._ask", answer)
    return questions


def company(base: str) -> Policy:
    return Policy(servers=(PolicyServer("test", "Test server", base, None),), users_may_add_servers=False,
                  sources=("/etc/xdg/Tramontane/policy.json",))


def pick(qtbot, app, ref: ModelRef) -> None:
    picker = app.chat.model_picker
    qtbot.waitUntil(lambda: picker.findData(str(ref)) >= 0, timeout=TIMEOUT_MS)
    index = picker.findData(str(ref))
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def ready_on_server(qtbot, app) -> None:
    qtbot.waitUntil(lambda: app.controller.info is not None and app.controller.info.local is None,
                    timeout=TIMEOUT_MS)


def test_a_conversation_runs_on_the_company_server_after_one_question(qtbot, make_app, llama_server, asked):
    app = make_app(policy=company(llama_server.base))
    chat = app.chat
    assert chat.where.text() == "On this computer"
    pick(qtbot, app, REF)
    headings = [chat.model_picker.itemText(i) for i in range(chat.model_picker.count())]
    assert "On this computer" in headings and "Company server: Test server" in headings
    assert len(asked) == 1 and "Test server" in asked[0] and "sent to it" in asked[0]
    ready_on_server(qtbot, app)
    assert chat.where.text() == "Company server: Test server"
    assert "Test server" in chat.where.accessibleName()
    with qtbot.waitSignal(app.controller.reply_ended, timeout=TIMEOUT_MS) as ended:
        chat.on_send_requested("Say hello.")
    assert ended.args[0].content.strip()
    conversation = app.store.list_conversations()[0]
    assert conversation.model == str(REF)
    # The second use asks nothing more.
    app.chat.new_conversation()
    pick(qtbot, app, REF)
    assert len(asked) == 1


def test_stop_ends_a_server_reply_and_keeps_its_text(qtbot, make_app, llama_server, asked):
    app = make_app(policy=company(llama_server.base), max_tokens=1500)
    pick(qtbot, app, REF)
    ready_on_server(qtbot, app)
    app.controller.reply_grew.connect(lambda *_: app.controller.stop())
    with qtbot.waitSignal(app.controller.reply_ended, timeout=TIMEOUT_MS) as ended:
        app.chat.on_send_requested("Write a long story about a lighthouse.")
    reply = ended.args[0]
    assert reply.status == STOPPED and reply.content


def test_a_server_killed_mid_reply_keeps_the_text_and_says_so(qtbot, make_app, own_server, asked):
    server = own_server()
    app = make_app(policy=company(server.base), max_tokens=1500)
    pick(qtbot, app, REF)
    ready_on_server(qtbot, app)
    app.controller.reply_grew.connect(lambda *_: server.proc.poll() is None and server.kill())
    with qtbot.waitSignal(app.controller.reply_ended, timeout=TIMEOUT_MS) as ended:
        app.chat.on_send_requested("Write a long story about a lighthouse.")
    reply = ended.args[0]
    assert reply.status == STOPPED and reply.content          # the text so far, marked
    qtbot.waitUntil(lambda: app.chat.notice.isVisible())
    assert "broke off" in app.chat.notice.label.text()


def test_moving_a_conversation_back_to_this_computer_says_its_history_goes_with_it(
        qtbot, make_app, llama_server, asked, starter_model):
    app = make_app(policy=company(llama_server.base))
    pick(qtbot, app, REF)
    ready_on_server(qtbot, app)
    with qtbot.waitSignal(app.controller.reply_ended, timeout=TIMEOUT_MS):
        app.chat.on_send_requested("Say hello.")
    pick(qtbot, app, ModelRef.file(starter_model))
    assert "this computer" in asked[-1] and "history" in asked[-1].lower()
    qtbot.waitUntil(lambda: app.chat.where.text() == "On this computer", timeout=TIMEOUT_MS)
    assert app.store.list_conversations()[0].model == str(ModelRef.file(starter_model))


def test_saying_no_moves_nothing(qtbot, make_app, llama_server, monkeypatch):
    monkeypatch.setattr("app.ui.servers.server_prompts._ask", lambda *args, **kwargs: False)
    app = make_app(policy=company(llama_server.base))
    pick(qtbot, app, REF)
    assert app.controller.model_ref.kind == "file"
    assert app.chat.where.text() == "On this computer"
    assert app.chat.model_picker.currentData() == str(app.controller.model_ref)
