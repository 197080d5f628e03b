"""The chat core's small rules: parameters, titles, history, files in and out."""

from __future__ import annotations

import json
import math

import pytest

from app.chat import transfer
from app.chat.history import backend_messages, trim_estimate
from app.chat.params import clean, generation_params
from app.chat.titles import clean_title, relates_to, title_from
from app.settings import Settings
from app.store import ChatStore, StoreError


def test_hostile_generation_settings_are_ignored_or_held_in_range():
    assert clean({"temperature": math.nan, "top_p": True, "max_tokens": 1e300, "top_k": 3.5, "seed": "1",
                  "min_p": -4, "unknown": 1}) == {"min_p": 0.0, "max_tokens": 32768}
    assert clean([1, 2]) == {}


def test_layers_apply_in_order():
    params = generation_params(Settings(temperature=0.7, max_tokens=100), {"temperature": 0.2}, {"max_tokens": 9})
    assert (params.temperature, params.max_tokens, params.top_p) == (0.2, 9, 0.95)


@pytest.mark.parametrize("raw, title", [
    ('Title: "Budget for 2027"\nHere is why...', "Budget for 2027"),
    ("**Trip to Lyon**.", "Trip to Lyon"),
    ("\u202eevil\u202c name", "evil name"),                 # bidi overrides out
    ("   \n\n", None),
    ("Quarterly reconciliation of international subsidiaries' accounts", "Quarterly reconciliation of international…"),
    ("word " * 30, None),                                     # not a title: the question's title stays
    ("I'm so glad you appreciated my help. I hope it helps.", None),   # a reply, from a small model
])
def test_a_suggested_title_is_cleaned(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize("title, question, related", [
    ("The 2024-25 season, the 2023-2026 season",                      # the starter model's, seen
     "Write a polite email asking to move a meeting to Thursday.", False),
    ("Rescheduling the Meeting", "Write a polite email asking to move a meeting to Thursday.", True),
    ("Causes de la Révolution", "Résume les causes de la revolution française.", True),   # accents aside
    ("Столица Франции", "Какая столица Франции?", True),
    ("Погода в Париже", "Какая столица Франции?", False),
    ("Friendly greeting", "hi", True),                               # nothing to compare: kept
    ("法国首都", "法国的首都是哪里？", True),                          # no spaces between words: kept
])
def test_a_suggested_title_must_be_about_the_question(title, question, related):
    assert relates_to(title, question) is related


def test_the_first_question_makes_a_title():
    assert (title_from("  Plan the\tteam offsite for March please\nwith details")
            == "Plan the team offsite for March please")
    assert title_from("x" * 100).endswith("…") and len(title_from("x" * 100)) <= 49
    assert title_from("\u200b") == "New chat"


def test_history_leaves_out_failed_replies_and_trims_from_a_question():
    class M:
        def __init__(self, role, content, status="complete"):
            self.role, self.content, self.status = role, content, status
    branch = [M("user", "a" * 400), M("assistant", "b" * 400), M("assistant", "", "failed"), M("user", "c" * 40)]
    messages = backend_messages("Be brief.", branch)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    kept, dropped = trim_estimate(messages, context_tokens=100, reserve_tokens=50)
    assert dropped == 2 and [m["role"] for m in kept] == ["system", "user"]


def test_an_export_too_big_or_not_text_is_refused_before_reading(tmp_path, monkeypatch):
    store = ChatStore.open(tmp_path / "data")
    try:
        big = tmp_path / "big.json"
        big.write_text("[]")
        monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", 1)
        with pytest.raises(transfer.TransferError) as too_big:
            transfer.import_file(store, big)
        assert too_big.value.code == "too_big"
        monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", 1 << 20)
        big.write_text('{"settings": 1}')
        with pytest.raises(StoreError, match="not a Tramontane export"):
            transfer.import_file(store, big)
        out = tmp_path / "all.json"
        conv = store.create_conversation("Kept")
        store.add_message(conv.id, "user", "Hello")
        transfer.export_file(store, out, "json", None)
        assert [c["title"] for c in json.loads(out.read_text())["conversations"]] == ["Kept"]
        assert len(transfer.import_file(store, out)) == 1
        with pytest.raises(transfer.TransferError) as unwritable:
            transfer.export_file(store, tmp_path / "missing" / "x.md", "markdown", None)
        assert unwritable.value.code == "unwritable"
    finally:
        store.close()
