"""No silent fallback either way: a conversation's history goes only where it runs.
The session's rule, with stand-in backends for this computer and for a server (milliseconds)."""

from __future__ import annotations

from app.chat.session import READY, ChatSession
from app.engine.service import EngineService
from app.engine.types import FILE, SERVER, ModelRef
from app.settings import Settings
from app.store import ChatStore
from tests.chat.standin import Pump, StandInBackend
from tests.chat.test_session import Recorder

LOCAL = ModelRef.file("/models/local.gguf")
REMOTE = ModelRef(SERVER, "acme/llama")


def session_with(tmp_path, exists):
    local, server, pump, listener = StandInBackend("From here."), StandInBackend("From the server."), Pump(), Recorder()
    engine = EngineService({FILE: local, SERVER: server}, deliver=pump.deliver)
    store = ChatStore.open(tmp_path / "data")
    session = ChatSession(store, engine, lambda: Settings(max_tokens=16), listener, model_exists=exists)
    return session, local, server, pump, listener, store, engine


def test_a_local_conversation_is_never_sent_to_the_server_in_use(tmp_path):
    session, local, server, pump, listener, store, engine = session_with(tmp_path, lambda ref: ref == REMOTE)
    conversation = store.create_conversation("Private", model=str(LOCAL))    # its model file is gone
    store.add_message(conversation.id, "user", "Secret question")
    session.load_model(REMOTE)
    pump.until(lambda: session.state == READY)
    session.open_conversation(conversation.id)
    assert not session.send("And another secret")
    assert server.calls == [] and local.calls == []
    assert ("error",) == listener.of("notice")[-1][:1]
    assert listener.of("notice")[-1][1].code == "runs_elsewhere"
    engine.close()
    store.close()


def test_a_server_conversation_whose_server_is_gone_does_not_fall_back_here(tmp_path):
    session, local, server, pump, listener, store, engine = session_with(tmp_path, lambda ref: ref.kind == FILE)
    conversation = store.create_conversation("On the server", model=str(REMOTE))
    session.load_model(LOCAL)
    pump.until(lambda: session.state == READY)
    session.open_conversation(conversation.id)
    assert [n[1].code for n in listener.of("notice")] == ["server_unavailable"]
    assert not session.send("Hello?")
    assert local.calls == [] and server.calls == []
    session.use_model(LOCAL)                       # the user moved it (the UI asked first)
    pump.until(lambda: session.state == READY)
    assert session.send("Hello?")
    pump.until(lambda: not session.busy)
    assert local.calls and server.calls == []
    engine.close()
    store.close()
