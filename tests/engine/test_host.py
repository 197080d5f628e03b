"""RuntimeHost with the real starter model and the real llama.cpp, in a child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.engine import GenParams, LoadOptions, PromptTooLong, RuntimeCrashed, RuntimeHost
from app.engine import host as host_module

ROOT = Path(__file__).resolve().parents[2]
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture(scope="module")
def host(starter_model):
    h = RuntimeHost()
    h.load(starter_model, LoadOptions(context_length=8192))
    yield h
    h.close()


def test_load_reports_the_model(host):
    info = host.info
    assert info.local.architecture == "llama"
    assert info.local.quantization == "Q4_1"
    assert info.context_length == 8192
    assert info.backend == "CPU" and info.local.gpu_layers == 0
    assert info.local.chat_template


def test_reply_streams_in_pieces(host):
    arrivals = []
    for piece in host.chat(QUESTION, GenParams(max_tokens=60, ignore_eos=True, seed=1)):
        arrivals.append((time.monotonic(), piece))
    assert len(arrivals) >= 3                              # it came in several parts,
    assert arrivals[-1][0] - arrivals[0][0] > 0.1          # spread over the time of writing
    assert "".join(p for _, p in arrivals).strip()
    stats = host.last_stats
    assert stats.generated_tokens >= len(arrivals)
    assert stats.prompt_tokens > 5 and stats.ttft_s > 0 and stats.tokens_per_s > 0


def test_reply_stops_at_the_models_end_of_turn(host):
    text = "".join(host.chat([{"role": "user", "content": "Say hello."}],
                             GenParams(max_tokens=400, temperature=0)))
    assert host.last_stats.stop_reason == "eos"
    assert host.last_stats.generated_tokens < 400
    assert "<|im_end|>" not in text


def test_same_seed_gives_the_same_reply(host):
    params = GenParams(max_tokens=40, temperature=0.9, seed=1234)
    first = "".join(host.chat(QUESTION, params))
    other = "".join(host.chat([{"role": "user", "content": "Name a color."}], params))
    second = "".join(host.chat(QUESTION, params))
    assert first == second
    assert other != first


def test_cancel_during_a_long_reply_keeps_what_was_written(host):
    pieces = []
    for piece in host.chat(QUESTION, GenParams(max_tokens=4000, ignore_eos=True)):
        pieces.append(piece)
        if len(pieces) == 30:
            threading.Thread(target=host.cancel).start()
    assert host.last_stats.stop_reason == "cancelled"
    assert 30 <= host.last_stats.generated_tokens < 4000
    # and the host goes on working
    assert "".join(host.chat(QUESTION, GenParams(max_tokens=5)))


def test_cancel_while_a_long_prompt_is_read(host):
    long_text = "The quick brown fox jumps over the lazy dog. " * 600   # about 6,000 tokens
    seen = []

    def progress(stage, fraction):
        seen.append(fraction)
        if len(seen) == 1:
            host.cancel()        # at the first sign of reading, whatever the machine's speed

    reply = "".join(host.chat([{"role": "user", "content": long_text}], GenParams(max_tokens=20),
                              on_progress=progress))
    assert reply == ""
    assert host.last_stats.stop_reason == "cancelled"
    assert max(seen) < 0.5, "the prompt was read to its end instead of stopping"
    assert "".join(host.chat(QUESTION, GenParams(max_tokens=5)))


def test_long_prompt_reports_reading_progress(host):
    long_text = "Tell me about the sea and the wind. " * 200
    seen = []
    list(host.chat([{"role": "user", "content": long_text}], GenParams(max_tokens=2),
                   on_progress=lambda stage, f: seen.append((stage, f))))
    fractions = [f for stage, f in seen if stage == "prompt"]
    assert len(fractions) >= 2 and fractions == sorted(fractions) and fractions[-1] == 1.0


def test_next_turn_reuses_what_is_already_read(host):
    turn1 = [{"role": "user", "content": "Write a sentence about rivers."}]
    reply = "".join(host.chat(turn1, GenParams(max_tokens=30, seed=3)))
    turn2 = turn1 + [{"role": "assistant", "content": reply}, {"role": "user", "content": "And lakes?"}]
    list(host.chat(turn2, GenParams(max_tokens=5)))
    stats = host.last_stats
    assert stats.cached_tokens >= host.count_tokens(turn1) - 2
    assert stats.cached_tokens < stats.prompt_tokens


def test_switching_back_to_a_long_conversation_restores_its_cache(host):
    long_a = [{"role": "user", "content": "Remember this story. " + "Once upon a time a cat sat. " * 120}]
    list(host.chat(long_a, GenParams(max_tokens=4)))
    list(host.chat([{"role": "user", "content": "Something else entirely."}], GenParams(max_tokens=4)))
    back = long_a + [{"role": "assistant", "content": "Yes."}, {"role": "user", "content": "Who sat?"}]
    list(host.chat(back, GenParams(max_tokens=4)))
    assert host.last_stats.cached_tokens >= host.count_tokens(long_a) - 2


def test_typed_control_tokens_stay_text(host):
    plain = host.count_tokens([{"role": "user", "content": ""}])
    typed = host.count_tokens([{"role": "user", "content": "<|im_start|>"}])
    assert typed - plain > 1
    assert len(host.tokenize("<|im_start|>", special=True)) == 1


@pytest.mark.parametrize("text", [" " * 64, "é", "漢字", "😀 emoji", "naïve café 漢字 🎉\n\ttabs"])
def test_text_round_trips_through_the_tokenizer(host, text):
    assert host.detokenize(host.tokenize(text)) == text


def test_a_conversation_longer_than_the_context_is_trimmed(starter_model):
    h = RuntimeHost()
    try:
        h.load(starter_model, LoadOptions(context_length=512))
        history = []
        for i in range(30):
            history += [{"role": "user", "content": f"Question {i}: tell me about the number {i}."},
                        {"role": "assistant", "content": f"The number {i} is a number. " * 3}]
        messages = [{"role": "system", "content": "You are brief."}] + history + [
            {"role": "user", "content": "What is two plus two?"}]
        reply = "".join(h.chat(messages, GenParams(max_tokens=30, seed=1)))
        assert reply.strip()
        assert h.last_stats.dropped_messages > 0
        assert h.last_stats.notices and "left out" in str(h.last_stats.notices[0])
        with pytest.raises(PromptTooLong, match="too long"):
            list(h.chat([{"role": "user", "content": "word " * 2000}], GenParams(max_tokens=5)))
    finally:
        h.close()


def test_killing_the_child_mid_reply_is_survivable(starter_model):
    h = RuntimeHost()
    try:
        h.load(starter_model, LoadOptions(context_length=1024))
        with pytest.raises(RuntimeCrashed, match="stopped unexpectedly"):
            for n, _piece in enumerate(h.chat(QUESTION, GenParams(max_tokens=500, ignore_eos=True))):
                if n == 10:
                    os.kill(h.pid, signal.SIGKILL)
        h.load(starter_model, LoadOptions(context_length=1024))
        assert "".join(h.chat(QUESTION, GenParams(max_tokens=8)))
    finally:
        h.close()


def test_the_app_process_never_imports_llama_cpp(starter_model):
    code = ("import sys; from app.engine import RuntimeHost, GenParams, LoadOptions\n"
            "h = RuntimeHost(); h.load(sys.argv[1], LoadOptions(context_length=512))\n"
            "assert ''.join(h.chat([{'role': 'user', 'content': 'Hi'}], GenParams(max_tokens=4)))\n"
            "h.close(); assert 'llama_cpp' not in sys.modules, 'llama_cpp was imported'\n"
            "assert 'PySide6' not in sys.modules")
    subprocess.run([sys.executable, "-c", code, str(starter_model)], check=True, timeout=120)


@pytest.mark.clock
def test_a_stop_reaches_only_the_call_it_was_made_for(starter_model, monkeypatch):
    """Issue 10.1: a cancel's watchdog once lived on and killed the next load or count."""
    monkeypatch.setattr(host_module, "STUCK_AFTER_CANCEL_S", 0.2)
    h = RuntimeHost()
    try:
        h.load(starter_model, LoadOptions(context_length=1024))
        pieces = h.chat(QUESTION, GenParams(max_tokens=400, ignore_eos=True))
        next(pieces)
        h.cancel()
        list(pieces)
        assert h.last_stats.stop_reason == "cancelled"
        time.sleep(0.5)   # the point of the test: time passes beyond the watchdog's limit
        info = h.load(starter_model, LoadOptions(context_length=2048))   # another model, as a user switches
        assert info.context_length == 2048
        words = " ".join(["budget", "meeting", "plan"] * 1000)    # 3,000 words
        assert h.count_tokens([{"role": "user", "content": words}]) > 3000
        reply = "".join(h.chat(QUESTION, GenParams(max_tokens=8, ignore_eos=True, seed=1)))
        assert reply and h.last_stats.stop_reason == "length"
    finally:
        h.close()


def test_a_cancel_with_nothing_running_is_forgotten(host):
    host.cancel()
    reply = "".join(host.chat(QUESTION, GenParams(max_tokens=8, ignore_eos=True, seed=1)))
    assert reply and host.last_stats.stop_reason == "length"


SCRIPT_WITHOUT_MAIN_GUARD = """
import sys
sys.path.insert(0, {root!r})
from app.engine import GenParams, LoadOptions, RuntimeHost
host = RuntimeHost()
host.load({model!r}, LoadOptions(context_length=512))
print("REPLY:" + "".join(host.chat([{{"role": "user", "content": "Hi"}}], GenParams(max_tokens=8, seed=1))))
host.close()
"""


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_the_child_starts_whatever_the_parents_main_module(starter_model, tmp_path, how):
    """A script without `if __name__ == "__main__":`, or code on standard input, can use the engine."""
    source = SCRIPT_WITHOUT_MAIN_GUARD.format(root=str(ROOT), model=str(starter_model))
    if how == "file":
        script = tmp_path / "no_guard.py"
        script.write_text(source)
        run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    else:
        run = subprocess.run([sys.executable, "-"], input=source, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("REPLY:") == 1 and len(run.stdout.split("REPLY:")[1].strip()) > 0
