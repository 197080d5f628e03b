"""The chat core's rules with a stand-in backend and the real encrypted store: milliseconds each.

The same flows run with the real model through the window in tests/ui/test_chat_pane.py.
"""

from __future__ import annotations

import pytest

from app.chat.session import NO_MODEL, READY, ChatSession
from app.chat.titles import TITLE_REQUEST
from app.engine.service import EngineService
from app.engine.types import FILE, ModelRef
from app.settings import Settings
from app.store import COMPLETE, FAILED, STOPPED, ChatStore
from tests.chat.standin import Pump, StandInBackend

MODEL = ModelRef.file("/models/standin.gguf")


class Recorder:
    """The listener: keeps what the views would have been told."""

    def __init__(self) -> None:
        self.events: list[tuple] = []

    def __getattr__(self, name):
        if not name.startswith("on_"):
            raise AttributeError(name)
        return lambda *args: self.events.append((name[3:], *args))

    def of(self, kind: str) -> list[tuple]:
        return [e[1:] for e in self.events if e[0] == kind]


@pytest.fixture
def world(tmp_path):
    backend = StandInBackend()
    pump = Pump()
    engine = EngineService({FILE: backend}, deliver=pump.deliver)
    store = ChatStore.open(tmp_path / "data")
    settings = Settings(max_tokens=64, temperature=0.5)
    listener = Recorder()
    session = ChatSession(store, engine, lambda: settings, listener)
    session.load_model(MODEL)
    pump.until(lambda: session.state == READY)
    yield session, backend, pump, listener, store
    session.close()
    engine.close()
    store.close()


def ask(session, pump, text: str) -> None:
    assert session.send(text)
    pump.until(lambda: not session.busy)


def test_a_question_is_stored_answered_and_streamed(world):
    session, backend, pump, listener, store = world
    ask(session, pump, "What is the capital of France?")
    branch = store.messages(session.conversation.id)
    assert [m.role for m in branch] == ["user", "assistant"]
    assert branch[1].content == backend.reply and branch[1].status == COMPLETE
    assert listener.of("reply_grew")[-1] == (branch[1].id, backend.reply)
    assert listener.of("busy_changed") == [(True,), (False,)]


def test_one_reply_at_a_time(world):
    session, backend, pump, _listener, store = world
    backend.hold.set()
    assert session.send("First")
    assert not session.send("Second")                 # the busy guard
    session.stop()
    pump.until(lambda: not session.busy)
    assert [m.content for m in store.messages(session.conversation.id) if m.role == "user"] == ["First"]


def test_stop_keeps_what_was_written(world):
    session, backend, pump, listener, store = world
    backend.hold.set()
    session.send("Tell me a story.")
    pump.until(lambda: listener.of("reply_grew"))
    session.stop()
    pump.until(lambda: not session.busy)
    reply = store.messages(session.conversation.id)[-1]
    assert reply.status == STOPPED and reply.content == "Paris"


def test_regenerate_and_edit_make_siblings_and_switching_shows_them(world):
    session, backend, pump, listener, store = world
    ask(session, pump, "Name a colour.")
    first_reply = store.messages(session.conversation.id)[-1]
    backend.reply = "Blue."
    session.regenerate(first_reply.id)
    pump.until(lambda: not session.busy)
    second_reply = store.messages(session.conversation.id)[-1]
    assert second_reply.content == "Blue." and session.siblings(second_reply.id) == (2, 2)
    session.switch_branch(second_reply.id, -1)
    assert listener.of("conversation_shown")[-1][1][-1].id == first_reply.id
    question = store.messages(session.conversation.id)[0]
    session.edit_and_resend(question.id, "Name a fruit.")
    pump.until(lambda: not session.busy)
    assert store.messages(session.conversation.id)[0].content == "Name a fruit."
    assert store.message(question.id).content == "Name a colour."      # the old branch is kept
    assert backend.calls[-1][0][-1] == {"role": "user", "content": "Name a fruit."}


def test_deleting_the_conversation_a_reply_streams_into(world):
    session, backend, pump, listener, store = world
    backend.hold.set()
    session.send("Write a long letter.")
    conversation_id = session.conversation.id
    pump.until(lambda: listener.of("reply_grew"))
    session.delete_conversation(conversation_id)
    assert not session.busy and session.conversation is None
    backend.release.set()
    pump.drain(session.engine)
    assert all(c.id != conversation_id for c in store.list_conversations())
    assert session.send("A new question")                       # nothing is stuck
    pump.until(lambda: not session.busy)


def test_the_conversations_own_settings_and_instructions_reach_the_model(world):
    session, backend, pump, _listener, store = world
    session.set_conversation_settings("Answer in French.", {"temperature": 0.1, "max_tokens": 3, "top_k": "x"})
    ask(session, pump, "Capital of Italy?")     # set before the first message: kept with it
    messages, params = backend.calls[-1]
    assert messages[0] == {"role": "system", "content": "Answer in French."}
    assert params.temperature == 0.1 and params.max_tokens == 3 and params.top_k == 40   # "x" ignored
    assert store.messages(session.conversation.id)[-1].content == "Paris is the"
    assert store.conversation(session.conversation.id).system_prompt == "Answer in French."


def test_the_model_suggests_a_title_after_the_first_reply(world):
    session, backend, pump, listener, store = world
    ask(session, pump, "What is the capital of France?")
    backend.reply = '"Capital of France"\nMore text.'
    pump.drain(session.engine)                                    # the title request, in the background
    assert backend.calls[-1][0][-1]["content"] == TITLE_REQUEST
    assert store.conversation(session.conversation.id).title == "Capital of France"


def test_a_suggested_title_about_something_else_is_not_used(world):
    session, backend, pump, _listener, store = world
    ask(session, pump, "Write a polite email asking to move a meeting to Thursday.")
    backend.reply = "The 2024-25 season, the 2023-2026 season"
    pump.drain(session.engine)
    assert backend.calls[-1][0][-1]["content"] == TITLE_REQUEST
    assert store.conversation(session.conversation.id).title == "Write a polite email asking to move a meeting…"


def test_a_renamed_conversation_keeps_its_name(world):
    session, backend, pump, _listener, store = world
    backend.hold.set()
    session.send("What is the capital of France?")
    session.rename(session.conversation.id, "My own name")
    backend.hold.clear()
    backend.release.set()
    pump.drain(session.engine)
    assert store.conversation(session.conversation.id).title == "My own name"
    assert all(call[0][-1]["content"] != TITLE_REQUEST for call in backend.calls)


def test_the_next_message_cancels_the_title_request(world):
    session, backend, pump, _listener, store = world
    ask(session, pump, "What is the capital of France?")
    assert session._titles.ticket is not None                    # asked for, not yet answered
    ask(session, pump, "And of Spain?")
    assert all(call[0][-1]["content"] != TITLE_REQUEST for call in backend.calls)
    assert store.conversation(session.conversation.id).title == "What is the capital of France?"


def test_a_crash_keeps_the_text_says_so_and_reloads(world):
    session, backend, pump, listener, store = world
    backend.crash_next = True
    ask(session, pump, "Hello?")
    reply = store.messages(session.conversation.id)[-1]
    assert reply.status == STOPPED and reply.content == "Half "
    pump.until(lambda: listener.of("notice"))
    assert [n[1].code for n in listener.of("notice")] == ["runtime_restarting"]     # said once
    pump.until(lambda: session.state == READY)                   # loaded again by itself
    ask(session, pump, "Back?")
    assert store.messages(session.conversation.id)[-1].status == COMPLETE


def test_a_model_that_fails_to_load_is_a_sentence_and_replies_fail_plainly(world):
    session, _backend, pump, listener, store = world
    session.load_model(ModelRef.file("/models/missing.gguf"))
    pump.until(lambda: session.state == NO_MODEL)
    assert "That model file is missing." in str(listener.of("notice")[-1][1])
    ask(session, pump, "Anyone there?")
    assert store.messages(session.conversation.id)[-1].status == FAILED
    assert "No model is loaded" in str(listener.of("notice")[-1][1])


def test_a_conversation_whose_model_is_gone_says_so(world):
    session, _backend, pump, listener, store = world
    gone = store.create_conversation("Old", model=str(ModelRef.file("/nowhere/gone-model.Q4_0.gguf")))
    session._slot._model_exists = lambda ref: False
    session.open_conversation(gone.id)
    assert listener.of("notice")[-1][1].code == "model_missing"
    assert session.model == MODEL                                  # the model in use stays


def test_the_meter_counts_the_question_while_the_reply_is_written(world):
    session, backend, pump, listener, _store = world
    backend.hold.set()                                  # the reply waits after its first word
    session.send("One two three four")
    pump.until(lambda: listener.of("context_usage") and listener.of("context_usage")[-1][0] > 0)
    assert session.busy and listener.of("context_usage")[-1] == (4, 2048)
    backend.release.set()
    pump.until(lambda: not session.busy)


def test_the_meter_counts_the_shown_branch(world):
    session, _backend, pump, listener, _store = world
    ask(session, pump, "One two three")
    pump.drain(session.engine)
    used, total = listener.of("context_usage")[-1]
    assert used == 3 + len("Paris is the capital of France.".split()) and total == 2048


def test_a_deleted_conversation_takes_its_saved_states_with_it(world):
    """The engine keeps recent conversations' states on disk; deleting must not leave them."""
    session, backend, pump, _listener, store = world
    session.set_conversation_settings("Be brief.", {})
    ask(session, pump, "Plan the offsite")
    conversation_id = session.conversation.id
    session.delete_conversation(conversation_id)
    pump.drain(session.engine)
    assert backend.forgotten == [[{"role": "system", "content": "Be brief."},
                                  {"role": "user", "content": "Plan the offsite"}]]
    session.delete_all_conversations()
    pump.drain(session.engine)
    assert backend.forgotten[-1] == "all"
