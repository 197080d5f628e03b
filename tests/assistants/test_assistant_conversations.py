"""Assistants and documents in a conversation, through the chat core with a
stand-in backend and the real encrypted store: what reaches the model, what
the conversation and its replies record."""

from __future__ import annotations

import json

import pytest

from app.assistants import AssistantLibrary
from app.chat.customisation import Customisation
from app.chat.session import READY, ChatSession
from app.documents.indexer import Indexer
from app.engine.service import EngineService
from app.engine.types import FILE, ModelRef
from app.paths import resources_dir
from app.settings import Settings
from app.store import ChatStore
from app.store.documents import DocumentStore
from tests.chat.standin import Pump, StandInBackend
from tests.chat.test_session import Recorder, ask


@pytest.fixture
def world(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "hr.json").write_text(json.dumps({
        "tramontane_assistant": 1, "name": "HR policy helper", "system_prompt": "Answer from the staff handbook.",
        "examples": [{"question": "Hi", "answer": "Hello, ask me about leave."}],
        "settings": {"temperature": 0.1, "max_tokens": 200}, "adapter": "hr.gguf", "adapter_scale": 0.5}))
    backend = StandInBackend()
    pump = Pump()
    engine = EngineService({FILE: backend}, deliver=pump.deliver)
    store = ChatStore.open(tmp_path / "data")
    docs = DocumentStore(store)
    library = AssistantLibrary(resources_dir() / "assistants", tmp_path / "user", org)
    library.load()
    extras = Customisation(library, docs)
    listener = Recorder()
    session = ChatSession(store, engine, lambda: Settings(max_tokens=64), listener, extras=extras)
    session.load_model(ModelRef.file("/models/standin.gguf"))
    pump.until(lambda: session.state == READY)
    yield session, backend, pump, docs, listener
    session.close()
    engine.close()
    store.close()


def test_a_chat_with_an_assistant_gets_its_instructions_examples_settings_and_adapter(world):
    session, backend, pump, docs, _listener = world
    session.new_conversation("organisation:hr")
    ask(session, pump, "How many days of leave?")
    messages, params = backend.calls[-1]
    assert messages[0] == {"role": "system", "content": "Answer from the staff handbook."}
    assert messages[1:3] == [{"role": "user", "content": "Hi"},
                             {"role": "assistant", "content": "Hello, ask me about leave."}]
    assert (params.temperature, params.max_tokens, params.adapter_scale) == (0.1, 200, 0.5)
    assert params.adapter.endswith("hr.gguf")
    conversation_id = session.conversation.id
    session.new_conversation()
    ask(session, pump, "Plain question")
    assert backend.calls[-1][0][0]["role"] == "user" and not backend.calls[-1][1].adapter
    session.open_conversation(conversation_id)                       # the conversation remembers it
    assert session.extras.assistant_of(conversation_id).name == "HR policy helper"


def attach(docs: DocumentStore, conversation_id, path) -> None:
    collection = docs.conversation_collection(conversation_id)
    docs.add_file(collection, str(path), path.name)
    Indexer(docs, None).index([collection])


def test_a_short_document_goes_in_whole_and_the_meter_counts_it(world, tmp_path):
    session, backend, pump, docs, listener = world
    session.new_conversation()
    ask(session, pump, "Hello")
    pump.drain(session.engine)
    before = listener.of("context_usage")[-1][0]
    note = tmp_path / "memo.txt"
    note.write_text("The ferry to Hvar leaves at 7:30 every morning. " * 40, encoding="utf-8")
    attach(docs, session.conversation.id, note)
    session.set_conversation_settings("", {})                       # recounts, as attaching does in the app
    pump.drain(session.engine)
    assert listener.of("context_usage")[-1][0] > before + 350    # 400 words (the stand-in counts words)
    ask(session, pump, "When does the ferry leave?")
    system = backend.calls[-1][0][0]
    assert system["role"] == "system" and '<document name="memo.txt">' in system["content"]
    sources = docs.sources(session.store.messages(session.conversation.id)[-1].id)
    assert [(s["file"], s["whole"], s["cut"]) for s in sources] == [("memo.txt", True, False)]
    assert sources[0]["text"].count("The ferry to Hvar leaves at 7:30") == 40


def test_a_long_document_is_searched_and_the_reply_keeps_its_sources(world, tmp_path):
    session, backend, pump, docs, _listener = world
    session.new_conversation()
    manual = tmp_path / "manual.md"
    sections = [f"## Part {n}\n" + f"Filler sentence number {n} about nothing in particular. " * 15 for n in range(200)]
    sections[137] = "## Descaling\nUse only the liquid descaler; vinegar damages the aluminium heater."
    manual.write_text("\n\n".join(sections), encoding="utf-8")
    attach(docs, None, manual)                                      # attached to the new chat before sending
    ask(session, pump, "Can I descale with vinegar?")
    question = backend.calls[-1][0][-1]["content"]
    assert "vinegar damages the aluminium heater" in question and question.endswith("Can I descale with vinegar?")
    assert len(backend.calls[-1][0][0]["content"]) < 2000            # not the whole manual
    reply = session.store.messages(session.conversation.id)[-1]
    sources = docs.sources(reply.id)
    assert sources[0]["file"] == "manual.md" and sources[0]["section"] == "Descaling"
    assert "vinegar" in sources[0]["text"]
    assert session.store.messages(session.conversation.id)[-2].content == "Can I descale with vinegar?"
