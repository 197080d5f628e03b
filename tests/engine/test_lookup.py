"""Prompt lookup: guesses from the conversation, and replies that stay the same with them."""

from __future__ import annotations

import pytest

from app.engine import GenParams, LoadOptions, RuntimeHost
from app.engine.lookup import DRAFT_MAX, Drafter, PromptLookup

PARAGRAPH = ("Our team met on Tuesday to discus the new budjet for the comming year. Everyone agreed that the "
             "oficce needs new chairs, a better printer and more plants. The manager said she would send the "
             "final numbers by Friday, after she talks with the acounting department.")
EDIT = [{"role": "user", "content": f"Correct the spelling in this paragraph and return it in full:\n\n{PARAGRAPH}"}]
GREEDY = dict(temperature=0, repeat_penalty=1.0)


def test_a_guess_is_what_followed_the_last_tokens_before():
    lookup = PromptLookup([5, 6, 7, 8, 9, 1, 2, 5, 6])
    assert lookup.draft(3) == [7, 8, 9]
    lookup.push(7)                                  # the longer match wins: 5 6 7
    assert lookup.draft(10) == [8, 9, 1, 2, 5, 6, 7]


def test_no_guess_without_a_repeated_run():
    assert PromptLookup([1, 2, 3, 4, 5]).draft(4) == []
    assert PromptLookup([1, 2, 1]).draft(4) == []   # one token alone matches too often by chance


def test_guessing_pauses_when_guesses_are_not_taken():
    drafter = Drafter()
    for _ in range(3):
        drafter.taken(drafter.limit() or 4, 0)
    assert drafter.limit() == 0                     # plain writing for a while
    full = Drafter()
    for _ in range(10):
        full.taken(full.limit(), full.limit())
    assert full.limit() == DRAFT_MAX                # taken whole: the guesses grow


@pytest.fixture(scope="module")
def host(starter_model):
    h = RuntimeHost()
    h.load(starter_model, LoadOptions(context_length=2048))
    yield h
    h.close()


def reply(host, messages, **params) -> tuple[str, object]:
    """A reply read from scratch: another conversation first, so nothing of this one is cached."""
    list(host.chat([{"role": "user", "content": "Hi"}], GenParams(max_tokens=1)))
    text = "".join(host.chat(messages, GenParams(**params)))
    return text, host.last_stats


def test_an_editing_reply_is_the_same_with_and_without_guessing(host):
    plain, plain_stats = reply(host, EDIT, max_tokens=160, prompt_lookup=False, **GREEDY)
    guessed, stats = reply(host, EDIT, max_tokens=160, **GREEDY)
    assert guessed == plain
    assert plain_stats.guessed_tokens == 0
    assert stats.guessed_kept >= stats.generated_tokens / 3     # much of it came from guesses


def test_sampled_replies_are_the_same_too(host):
    params = dict(max_tokens=120, temperature=0.7, seed=42)
    plain, _ = reply(host, EDIT, prompt_lookup=False, **params)
    guessed, stats = reply(host, EDIT, **params)
    assert guessed == plain
    assert stats.guessed_tokens > 0


def test_a_reply_that_repeats_nothing_guesses_little(host):
    _, stats = reply(host, [{"role": "user", "content": "Write a short poem about autumn."}],
                     max_tokens=120, **GREEDY)
    assert stats.guessed_tokens <= 0.3 * stats.generated_tokens
