"""Chat templates are model code: rendering is bounded in time, size and depth, and a
template that cannot be used gives way to a plain one, with a notice the user sees."""

from __future__ import annotations

import llama_cpp as L
import pytest

from app.engine import sandbox
from app.engine.runtime import Runtime
from app.engine.sandbox import BoundedTemplate, TemplateBudgetExceeded
from app.engine.template import PromptBuilder
from app.engine.types import GenParams, LoadOptions
from app.engine.vocab import Vocab

HOSTILE = {
    "nested loops that write nothing": "{% for i in range(100000) %}{% for j in range(100000) %}"
                                       "{% endfor %}{% endfor %}",
    "a string of ten billion": "{{ 'x' * 10000000000 }}",
    "a number of a billion digits": "{{ 10 ** 1000000000 }}",
    "a field a billion wide": "{{ 'x'|center(1000000000) }}",
    "a format width": "{{ '{:>999999999}'.format('x') }}",
    "a %-format width": "{{ '%999999999s' % 'x' }}",
    "a string doubled in a loop": "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
                                  "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    "a macro calling itself": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "a macro branching": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "a flood of output": "{% for i in range(100000) %}{{ 'y' * 900000 }}{% endfor %}",
    "lorem ipsum": "{{ lipsum(1000000000) }}",
}


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    monkeypatch.setattr(sandbox, "RENDER_SECONDS", 0.3)     # the bound, shortened for the test run


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_templates_are_stopped(source):
    with pytest.raises(TemplateBudgetExceeded):
        BoundedTemplate(source).render(messages=[{"role": "user", "content": "hi"}], add_generation_prompt=True)


def test_an_ordinary_template_renders_as_before():
    source = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
              "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}{{ {'a': 'é'}|tojson }}")
    text = BoundedTemplate(source).render(messages=[{"role": "user", "content": "hi"}], add_generation_prompt=True)
    assert text == '<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n{"a": "é"}'


def test_the_previous_tracer_comes_back():
    import sys
    mine = lambda *args: None  # noqa: E731
    sys.settrace(mine)
    try:
        BoundedTemplate("{{ 1 }}").render()
        assert sys.gettrace() is mine
    finally:
        sys.settrace(None)


@pytest.fixture(scope="module")
def vocab(starter_model):
    params = L.llama_model_default_params()
    params.vocab_only = True
    model = L.llama_model_load_from_file(str(starter_model).encode(), params)
    assert model
    yield Vocab(model)
    L.llama_model_free(model)


def words(vocab, tokens) -> str:
    return b"".join(vocab.piece(t, special=True) for t in tokens).decode()


@pytest.mark.parametrize("source", [*HOSTILE.values(), "{% if %}", "{{ raise_exception('no') }}",
                                    "{{ messages[5]['content'] }}"],
                         ids=[*HOSTILE.keys(), "not Jinja", "refuses everything", "an error inside"])
def test_a_template_that_cannot_be_used_gives_way_to_a_plain_one_with_a_notice(vocab, source):
    builder = PromptBuilder(vocab, source)
    assert not builder.has_own_template
    notices = builder.take_notices()
    assert len(notices) == 1 and "chat template could not be used" in str(notices[0])
    tokens, dropped = builder.build([{"role": "user", "content": "Bonjour <|im_start|>"}], 2048)
    assert words(vocab, tokens).startswith("<|im_start|>user\nBonjour <|im_start|><|im_end|>")
    assert builder.take_notices() == []                   # said once


def test_a_template_that_breaks_later_in_a_conversation_is_given_up_then(vocab):
    # Fine for one message; past four, it loops without end.
    source = ("{% if messages|length > 4 %}{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
              "{% endfor %}{% endif %}{% for m in messages %}[{{ m['role'] }}]{{ m['content'] }}{% endfor %}")
    builder = PromptBuilder(vocab, source)
    assert builder.has_own_template and builder.take_notices() == []
    short = [{"role": "user", "content": "one"}]
    assert words(vocab, builder.tokens(short)) == "[user]one"
    long = [{"role": r, "content": str(i)} for i, r in enumerate(["user", "assistant"] * 3)]
    tokens, _ = builder.build(long, 4096)
    assert words(vocab, tokens).startswith("<|im_start|>user\n0<|im_end|>")
    assert "could not be used (it took longer than" in str(builder.take_notices()[0])


def test_a_template_that_refuses_a_system_role_still_gets_it_folded_in(vocab):
    source = ("{% for m in messages %}{% if m['role'] == 'system' %}{{ raise_exception('no system') }}{% endif %}"
              "[{{ m['role'] }}]{{ m['content'] }}{% endfor %}")
    builder = PromptBuilder(vocab, source)
    tokens = builder.tokens([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    assert words(vocab, tokens) == "[user]Be brief.\n\nHi" and builder.has_own_template


def test_the_runtime_shows_the_notice_and_still_replies(starter_model, monkeypatch):
    """The real engine with a GGUF whose template never ends: the load says so, a reply comes."""
    monkeypatch.setattr(L, "llama_model_chat_template", lambda model, name: HOSTILE["a macro branching"].encode())
    runtime = Runtime()
    try:
        info = runtime.load(str(starter_model), LoadOptions(context_length=512, gpu_layers=0, threads=1))
        assert "chat template could not be used" in info.notice
        reply = "".join(runtime.chat([{"role": "user", "content": "Say hello."}], GenParams(max_tokens=8, seed=1)))
        assert reply.strip()
    finally:
        runtime.close()
