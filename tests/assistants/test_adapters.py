"""LoRA adapters on the real starter model: a tiny adapter changes the reply,
and without it the original reply comes back (greedy, same seed), through the
engine's child process. An adapter for another model gets a sentence."""

from __future__ import annotations

import pytest

from app.engine import GenParams, LoadOptions, RuntimeHost
from app.engine.adapters import AdapterError, check
from tests.assistants.lora import make_lora

QUESTION = [{"role": "user", "content": "Name three colours of the rainbow."}]
GREEDY = GenParams(max_tokens=24, temperature=0.0, repeat_penalty=1.0, seed=1, prompt_lookup=False)


@pytest.fixture(scope="module")
def host(starter_model):
    host = RuntimeHost()
    host.load(starter_model, LoadOptions(context_length=1024))
    yield host
    host.close()


def reply(host, params: GenParams) -> str:
    return "".join(host.chat(QUESTION, params))


def test_an_adapter_changes_the_reply_and_removing_it_restores_the_original(host, starter_model, tmp_path):
    adapter = make_lora(starter_model, tmp_path / "style.gguf")
    original = reply(host, GREEDY)
    adapted = reply(host, GenParams(**{**GREEDY.__dict__, "adapter": str(adapter)}))
    assert adapted != original
    # The adapted run's KV cache must not serve the plain one: the same prompt gives the original again.
    assert reply(host, GREEDY) == original
    assert reply(host, GenParams(**{**GREEDY.__dict__, "adapter": str(adapter)})) == adapted


def test_strength_zero_is_the_model_itself(host, starter_model, tmp_path):
    adapter = make_lora(starter_model, tmp_path / "style.gguf")
    original = reply(host, GREEDY)
    assert reply(host, GenParams(**{**GREEDY.__dict__, "adapter": str(adapter), "adapter_scale": 0.0})) == original


def test_an_adapter_for_another_kind_of_model_is_refused_with_a_sentence(host, starter_model, tmp_path):
    adapter = make_lora(starter_model, tmp_path / "qwen-style.gguf", architecture="qwen2")
    with pytest.raises(AdapterError) as caught:
        check(adapter, starter_model)
    assert caught.value.code == "other_model" and "qwen2" in str(caught.value)
    with pytest.raises(AdapterError) as caught:       # and in the engine, before llama.cpp sees it
        reply(host, GenParams(**{**GREEDY.__dict__, "adapter": str(adapter)}))
    assert caught.value.code == "other_model"
    assert reply(host, GREEDY)                          # the model goes on without it


def test_an_adapter_for_a_larger_model_of_the_same_kind_is_refused(starter_model, tmp_path):
    adapter = make_lora(starter_model, tmp_path / "wide.gguf", extra_width=64)
    with pytest.raises(AdapterError) as caught:
        check(adapter, starter_model)
    assert caught.value.code == "other_size" and "ffn_down" in str(caught.value)


def test_a_model_file_is_no_adapter(starter_model):
    with pytest.raises(AdapterError) as caught:
        check(starter_model, starter_model)
    assert caught.value.code == "not_adapter"


def test_the_adapter_stays_on_when_the_context_grows(starter_model, tmp_path):
    """On the processor the context starts small and is made anew, larger, for a long prompt:
    the adapter must be set on the new context too."""
    adapter = make_lora(starter_model, tmp_path / "style.gguf")
    long = [{"role": "user", "content": "Here is a list: " + ", ".join(f"item {n}" for n in range(220))
             + ". Name three colours of the rainbow."}]
    host = RuntimeHost()
    try:
        host.load(starter_model, LoadOptions(context_length=2048, gpu_layers=0))
        adapted = "".join(host.chat(long, GenParams(**{**GREEDY.__dict__, "adapter": str(adapter)})))
        assert host.last_stats.prompt_tokens > 512          # more than the first context holds
        plain = "".join(host.chat(long, GREEDY))
    finally:
        host.close()
    assert adapted != plain
