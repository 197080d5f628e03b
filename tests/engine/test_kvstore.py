"""KVStore: encrypted KV states on disk, without llama.cpp (states are plain bytes here)."""

from __future__ import annotations

import os

import pytest

from app.engine.kvstore import CHUNK, KVStore, fingerprint

KEY = bytes(range(32))
SLOT = "/models/a.gguf"


def state_bytes(n: int, seed: int = 7) -> bytearray:
    """Bytes that look like a state and are easy to recognise on disk."""
    return bytearray((b"KVSTATE-%d-" % seed) * (n // 10 + 1))[:n]


@pytest.fixture
def store(tmp_path):
    s = KVStore(tmp_path / "kv", KEY, budget_bytes=64 << 20)
    s.bind(SLOT, b"model-1")
    return s


def reopened(tmp_path, key=KEY, slot=SLOT, fp=b"model-1", budget=64 << 20) -> KVStore:
    s = KVStore(tmp_path / "kv", key, budget)
    s.bind(slot, fp)
    return s


def test_a_saved_state_comes_back_after_a_restart(tmp_path, store):
    tokens = list(range(300))
    data = state_bytes(CHUNK * 2 + 12345)      # several chunks, the last one short
    assert store.save(tokens, data)
    again = reopened(tmp_path)
    found, shared = again.best(tokens + [1, 2, 3])
    assert shared == 300
    assert again.load(found) == data


def test_files_hold_no_plaintext(tmp_path, store):
    tokens = [1234567] * 400
    store.save(tokens, state_bytes(300_000))
    for path in (tmp_path / "kv").iterdir():
        raw = path.read_bytes()
        assert b"KVSTATE" not in raw
        assert (1234567).to_bytes(4, "little") not in raw       # the tokens are secret too
        assert os.stat(path).st_mode & 0o077 == 0


def test_a_tampered_file_is_refused_and_removed(tmp_path, store):
    store.save(list(range(300)), state_bytes(CHUNK + 100))
    path = next((tmp_path / "kv").iterdir())
    raw = bytearray(path.read_bytes())
    raw[-40] ^= 1                                  # one bit in the last chunk
    path.write_bytes(bytes(raw))
    again = reopened(tmp_path)
    found, _ = again.best(list(range(300)))        # the first chunk still reads
    assert again.load(found) is None               # the state as a whole does not
    assert not path.exists() and len(again) == 0


def test_a_truncated_file_is_refused(tmp_path, store):
    store.save(list(range(300)), state_bytes(CHUNK * 2 + 5))
    path = next((tmp_path / "kv").iterdir())
    raw = path.read_bytes()
    path.write_bytes(raw[:len(raw) - (5 + 16 + 4)])    # the whole last chunk cut off
    again = reopened(tmp_path)
    found, _ = again.best(list(range(300)))
    assert again.load(found) is None


def test_foreign_and_damaged_files_never_crash(tmp_path, store):
    folder = tmp_path / "kv"
    name = next(iter(os.listdir(folder))) if store.save(list(range(300)), state_bytes(1000)) else None
    slot = name.split("-")[0]
    (folder / f"{slot}-garbage.kv").write_bytes(os.urandom(500))
    (folder / f"{slot}-empty.kv").write_bytes(b"")
    (folder / "notes.txt").write_text("not ours")
    again = reopened(tmp_path)
    assert len(again) == 1                          # only the real one
    assert not (folder / f"{slot}-garbage.kv").exists()
    assert (folder / "notes.txt").exists()          # what is not ours is left alone


def test_another_key_cannot_read_them(tmp_path, store):
    store.save(list(range(300)), state_bytes(1000))
    stranger = reopened(tmp_path, key=bytes(32))
    assert stranger.best(list(range(300))) is None


def test_states_are_dropped_when_the_model_changes(tmp_path, store):
    store.save(list(range(300)), state_bytes(1000))
    other_model = reopened(tmp_path, slot="/models/b.gguf", fp=b"model-2")
    assert other_model.best(list(range(300))) is None
    assert len(os.listdir(tmp_path / "kv")) == 1     # another model's states stay
    changed = reopened(tmp_path, fp=b"model-1, retrained")
    assert changed.best(list(range(300))) is None
    assert os.listdir(tmp_path / "kv") == []         # the changed model's old states go


def test_the_budget_keeps_the_newest(tmp_path):
    s = KVStore(tmp_path / "kv", KEY, budget_bytes=250_000)
    s.bind(SLOT, b"model-1")
    for i in range(5):
        s.save([i] * 300, state_bytes(100_000, seed=i))
    assert 1 <= len(s) <= 2
    on_disk = sum(p.stat().st_size for p in (tmp_path / "kv").iterdir())
    assert on_disk <= 250_000
    assert s.best([4] * 300)[1] == 300              # the newest is kept
    assert s.best([0] * 300)[1] == 0                 # the oldest went


def test_a_longer_state_replaces_the_one_it_extends(tmp_path, store):
    store.save(list(range(300)), state_bytes(1000))
    store.save(list(range(500)), state_bytes(2000))
    assert len(store) == 1 and len(os.listdir(tmp_path / "kv")) == 1
    assert not store.save(list(range(400)), state_bytes(1500))   # already covered


def test_fingerprint_changes_with_the_file_and_the_template(tmp_path):
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF" + bytes(3 << 20))
    first = fingerprint(str(model), "template A")
    assert fingerprint(str(model), "template B") != first
    with open(model, "r+b") as f:
        f.seek(100)
        f.write(b"x")
    os.utime(model, ns=(os.stat(model).st_atime_ns, os.stat(model).st_mtime_ns + 10**9))
    assert fingerprint(str(model), "template A") != first
