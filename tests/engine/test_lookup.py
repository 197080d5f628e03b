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
    lookup = PromptLookup([4, 5, 6, 7, 8, 9, 1, 2, 4, 5, 6])
    assert lookup.draft(3) == [7, 8, 9]
    lookup.push(7)                                  # the longer match wins: 4 5 6 7
    assert lookup.draft(10) == [8, 9, 1, 2, 4, 5, 6, 7]


def test_no_guess_without_a_repeated_run():
    assert PromptLookup([1, 2, 3, 4, 5]).draft(4) == []
    assert PromptLookup([1, 2, 9, 1, 2]).draft(4) == []   # two tokens match by chance too often


def test_guessing_pauses_while_less_is_kept_than_it_costs():
    drafter = Drafter(batch_cost=0.4)
    drafter.taken(3, 0)                               # a guess of 3, none kept
    assert drafter.limit() == 1                       # one bad guess: a shorter one next
    drafter.taken(1, 0)
    assert drafter.limit() == 0                       # two: plain writing for a while
    paused = 1 + sum(1 for _ in iter(drafter.limit, drafter.size))
    assert paused >= 32
    drafter.taken(drafter.size, 0)
    drafter.taken(drafter.size, 0)                    # failing again pauses longer
    assert 1 + sum(1 for _ in iter(drafter.limit, drafter.size)) > paused


def test_guesses_grow_while_they_are_taken_whole():
    drafter = Drafter()
    for _ in range(5):
        drafter.taken(drafter.limit(), drafter.limit())
    assert drafter.limit() == DRAFT_MAX
    drafter.taken(DRAFT_MAX, 2)
    assert drafter.limit() == 3                       # as long as what was kept, and one


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
    assert stats.guessed_kept >= 5                  # guessed tokens were kept, and changed nothing


def test_a_seeded_reply_with_guessing_is_the_same_every_time(host):
    # Guessing is decided from the tokens kept, never from the clock: the same
    # conversation, settings and seed give the same reply. (Against plain decoding a
    # sampled reply may differ: batched and one-token arithmetic differ slightly,
    # see docs/benchmarks.md.)
    params = dict(max_tokens=120, temperature=0.7, seed=42)
    first, stats = reply(host, EDIT, **params)
    second, _ = reply(host, EDIT, **params)
    assert first == second
    assert stats.guessed_tokens > 0


def test_guessing_wastes_little_on_free_writing(host):
    _, stats = reply(host, [{"role": "user", "content": "Write a short poem about autumn."}],
                     max_tokens=120, temperature=0.7, seed=3)
    wasted = stats.guessed_tokens - stats.guessed_kept   # each costs about 0.4 of a step here
    assert wasted <= 0.25 * stats.generated_tokens
