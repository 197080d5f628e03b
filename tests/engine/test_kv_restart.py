"""A long conversation survives a restart: its KV state on disk, encrypted; and a
context that grows with the conversation. Real model, real llama.cpp, in the child."""

from __future__ import annotations

import os
import shutil

import pytest

from app.engine import EngineStorage, GenParams, LoadOptions, RuntimeHost
from app.engine.speeds import read_speeds

STORY = "The lighthouse keeper wrote in his log every evening about the ships and the weather. "
LONG = [{"role": "user", "content": STORY * 40}]
GREEDY = dict(temperature=0, repeat_penalty=1.0)


def storage(tmp_path, key=b"k" * 32) -> EngineStorage:
    return EngineStorage(kv_folder=str(tmp_path / "cache" / "kv"), kv_key=key,
                         speeds_file=str(tmp_path / "data" / "speeds.json"))


def converse(host) -> list[dict]:
    """A long conversation with one reply; returns it with the next question."""
    reply = "".join(host.chat(LONG, GenParams(max_tokens=24, **GREEDY)))
    return LONG + [{"role": "assistant", "content": reply}, {"role": "user", "content": "What did he write?"}]


def answer(host, messages) -> str:
    return "".join(host.chat(messages, GenParams(max_tokens=24, **GREEDY)))


def test_a_conversation_resumes_from_disk_after_a_restart(starter_model, tmp_path):
    first = RuntimeHost(storage(tmp_path))
    first.load(starter_model, LoadOptions(context_length=4096))
    messages = converse(first)
    kept_alive = answer(first, messages)             # the same question without a restart
    first.close()
    files = os.listdir(tmp_path / "cache" / "kv")
    assert len(files) == 1
    second = RuntimeHost(storage(tmp_path))
    second.load(starter_model, LoadOptions(context_length=4096))
    try:
        # Ask the question again, as the first host had before it closed.
        resumed = answer(second, messages)
        stats = second.last_stats
        assert stats.restored_from == "disk"
        assert stats.cached_tokens >= stats.prompt_tokens - 40     # only the new question was read
        assert resumed == kept_alive
    finally:
        second.close()


def test_saved_states_hold_no_conversation_text(starter_model, tmp_path):
    host = RuntimeHost(storage(tmp_path))
    host.load(starter_model, LoadOptions(context_length=4096))
    converse(host)
    host.close()
    for name in os.listdir(tmp_path / "cache" / "kv"):
        raw = (tmp_path / "cache" / "kv" / name).read_bytes()
        assert b"lighthouse" not in raw and b"keeper" not in raw


def test_a_damaged_or_foreign_state_is_read_again_instead(starter_model, tmp_path):
    host = RuntimeHost(storage(tmp_path))
    host.load(starter_model, LoadOptions(context_length=4096))
    messages = converse(host)
    host.close()
    folder = tmp_path / "cache" / "kv"
    (path,) = folder.iterdir()
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    path.write_bytes(bytes(raw))
    for key in (b"k" * 32, b"x" * 32):          # the damaged file, then a foreign key
        again = RuntimeHost(storage(tmp_path, key))
        again.load(starter_model, LoadOptions(context_length=4096))
        try:
            assert answer(again, messages)
            assert again.last_stats.restored_from == ""
            assert again.last_stats.cached_tokens < 100
        finally:
            again.close()


def test_states_are_dropped_when_the_model_file_changes(starter_model, tmp_path):
    model = tmp_path / "models" / "model.gguf"
    model.parent.mkdir()
    shutil.copyfile(starter_model, model)
    host = RuntimeHost(storage(tmp_path))
    host.load(model, LoadOptions(context_length=4096))
    messages = converse(host)
    host.close()
    with open(model, "r+b") as f:                 # the same name, other contents: a new version
        f.seek(-1, os.SEEK_END)
        f.write(b"\0")
    os.utime(model, (1, 1))
    again = RuntimeHost(storage(tmp_path))
    again.load(model, LoadOptions(context_length=4096))
    try:
        assert os.listdir(tmp_path / "cache" / "kv") == []
        answer(again, messages)
        assert again.last_stats.restored_from == ""
    finally:
        again.close()


def test_a_reply_outgrows_the_first_context_and_stays_the_same(starter_model, tmp_path):
    question = [{"role": "user", "content": "Tell me a long story about the sea."}]
    fixed = RuntimeHost()
    fixed.load(starter_model, LoadOptions(context_length=2048, gpu_layers=0, context_grows=False))
    grown = RuntimeHost(storage(tmp_path))
    grown.load(starter_model, LoadOptions(context_length=2048, gpu_layers=0))
    try:
        params = GenParams(max_tokens=400, ignore_eos=True, prompt_lookup=False, **GREEDY)
        expected = "".join(fixed.chat(question, params))
        assert grown.info.context_length == 2048       # what the conversation may use
        written = "".join(grown.chat(question, params))
        assert grown.last_stats.generated_tokens == 400
        assert written == expected
        # the reply's speed went to the log that the model library reads
        (record,) = read_speeds(tmp_path / "data" / "speeds.json")
        assert record.model_bytes == os.path.getsize(starter_model) and record.placement == "cpu"
        assert record.tokens_per_s == pytest.approx(grown.last_stats.tokens_per_s, rel=0.01)
    finally:
        fixed.close()
        grown.close()


def test_a_deleted_conversation_leaves_no_saved_state(starter_model, tmp_path):
    other = [{"role": "user", "content": "Tell me about ships. " + "The sea was calm and grey that morning. " * 50}]
    host = RuntimeHost(storage(tmp_path))
    host.load(starter_model, LoadOptions(context_length=4096))
    messages = converse(host)                      # this one is deleted
    list(host.chat(other, GenParams(max_tokens=8)))   # this one stays
    assert host.forget(messages) == 1
    host.close()
    again = RuntimeHost(storage(tmp_path))
    again.load(starter_model, LoadOptions(context_length=4096))
    try:
        answer(again, messages)
        assert again.last_stats.restored_from == ""
        list(again.chat(other + [{"role": "assistant", "content": "Yes."},
                                 {"role": "user", "content": "And then?"}], GenParams(max_tokens=4)))
        assert again.last_stats.restored_from == "disk"
    finally:
        again.close()


def test_deleting_all_conversations_leaves_no_saved_state(starter_model, tmp_path):
    host = RuntimeHost(storage(tmp_path))
    host.load(starter_model, LoadOptions(context_length=4096))
    converse(host)
    host.close()                                   # states are written as the engine closes
    folder = tmp_path / "cache" / "kv"
    assert os.listdir(folder)
    assert RuntimeHost(storage(tmp_path)).forget_all() == 1      # no model running: the files go anyway
    assert os.listdir(folder) == []
    host = RuntimeHost(storage(tmp_path))
    host.load(starter_model, LoadOptions(context_length=4096))
    try:
        converse(host)
        host.forget_all()            # the running model's, in memory too: nothing is saved at close
    finally:
        host.close()
    assert [name for name in os.listdir(folder) if name.endswith(".kv")] == []
