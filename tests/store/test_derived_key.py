"""ChatStore.derived_key: keys for other encrypted files, from the database key."""

from __future__ import annotations

from app.store import ChatStore


def test_derived_keys_are_stable_and_distinct(tmp_path):
    store = ChatStore.open(tmp_path / "data")
    first = store.derived_key("kv-cache")
    other = store.derived_key("something else")
    store.close()
    again = ChatStore.open(tmp_path / "data")
    try:
        assert again.derived_key("kv-cache") == first          # the same after a restart
    finally:
        again.close()
    assert len(first) == 32 and first != other
    stranger = ChatStore.open(tmp_path / "elsewhere")               # another database, another key
    try:
        assert stranger.derived_key("kv-cache") != first
    finally:
        stranger.close()
