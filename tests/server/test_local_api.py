"""The local API, driven by the official openai client against the real starter model.

One engine and one API for the module (loading the model is the slow part);
each test is a client of its own, as other programs on the computer would be.
"""

from __future__ import annotations

import json
import threading
import time

import httpx2
import openai
import pytest

from app.engine import LoadOptions, RuntimeHost
from app.engine.backend import supports
from app.engine.service import EngineService
from app.engine.types import FILE, ModelRef
from app.server.api import MAX_BODY, LocalAPI
from app.server.jobs import ApiJobs

KEY = "tram-test-key"
GREEDY = {"temperature": 0, "seed": 1}


@pytest.fixture(scope="module")
def served(starter_model):
    host = RuntimeHost()
    engine = EngineService({FILE: host})
    done = threading.Event()
    engine.load(ModelRef.file(starter_model), LoadOptions(context_length=2048), lambda *_: done.set())
    assert done.wait(180)
    api = LocalAPI(ApiJobs(engine), KEY, "127.0.0.1", 0)
    api.start()
    yield api, engine, host
    api.stop()
    engine.close()


@pytest.fixture
def client(served) -> openai.OpenAI:
    return openai.OpenAI(base_url=served[0].address, api_key=KEY, max_retries=0, timeout=300)


def model_id(client) -> str:
    return client.models.list().data[0].id


def test_models_lists_the_loaded_model_by_its_file_name(client, starter_model):
    assert [m.id for m in client.models.list().data] == [starter_model.stem]
    assert client.models.retrieve(starter_model.stem).id == starter_model.stem


def test_a_streamed_reply_comes_in_pieces_with_its_usage(client):
    stream = client.chat.completions.create(
        model=model_id(client), messages=[{"role": "user", "content": "Name three colours."}],
        max_tokens=24, stream=True, stream_options={"include_usage": True}, **GREEDY)
    pieces, finish, usage = [], None, None
    for chunk in stream:
        if chunk.choices:
            pieces += [chunk.choices[0].delta.content] if chunk.choices[0].delta.content else []
            finish = chunk.choices[0].finish_reason or finish
        usage = chunk.usage or usage
    assert len(pieces) > 1 and "".join(pieces).strip()
    assert finish in ("stop", "length")
    assert usage.completion_tokens > 0 and usage.prompt_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_a_whole_reply_has_usage_and_says_why_it_ended(client):
    reply = client.chat.completions.create(model=model_id(client), max_tokens=5,
                                           messages=[{"role": "user", "content": "Tell me a long story."}],
                                           extra_body={"ignore_eos": True}, **GREEDY)
    assert reply.choices[0].message.content
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage.completion_tokens == 5


def test_a_wrong_or_missing_key_is_refused(served):
    wrong = openai.OpenAI(base_url=served[0].address, api_key="tram-not-this-one", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as caught:
        wrong.models.list()
    assert caught.value.body["code"] == "invalid_api_key"
    answer = httpx2.get(f"{served[0].address}/models")
    assert answer.status_code == 401 and answer.json()["error"]["type"] == "invalid_request_error"


def test_four_clients_at_once_are_all_served_and_never_mix_their_replies(client, served):
    prompts = ["Name a fruit.", "Name a city in Spain.", "Name a planet.", "What is two plus two?"]
    ident = model_id(client)

    def ask(prompt: str) -> str:
        own = openai.OpenAI(base_url=served[0].address, api_key=KEY, max_retries=0, timeout=300)
        stream = own.chat.completions.create(model=ident, messages=[{"role": "user", "content": prompt}],
                                             max_tokens=16, stream=True, **GREEDY)
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)

    alone = [ask(p) for p in prompts]
    together: dict[int, str] = {}
    threads = [threading.Thread(target=lambda n=n: together.__setitem__(n, ask(prompts[n]))) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert [together.get(n) for n in range(4)] == alone      # each got its own reply, whole
    assert len(set(alone)) == 4


def test_malformed_json_gets_400(served):
    answer = httpx2.post(f"{served[0].address}/chat/completions", content=b"{not json",
                         headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "invalid_json"


def test_a_body_over_the_limit_gets_413(served):
    body = json.dumps({"model": "x", "messages": [{"role": "user", "content": "a" * (MAX_BODY + 10)}]})
    answer = httpx2.post(f"{served[0].address}/chat/completions", content=body.encode(),
                         headers={"Authorization": f"Bearer {KEY}"}, timeout=60)
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "request_too_large"


def test_an_unknown_model_gets_404(client):
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    assert caught.value.body["code"] == "model_not_found"


def test_a_prompt_longer_than_the_context_gets_context_length_exceeded(client):
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=model_id(client), max_tokens=16,
                                       messages=[{"role": "user", "content": "word " * 3000}])
    assert caught.value.body["code"] == "context_length_exceeded"


def test_a_client_that_leaves_mid_stream_stops_its_reply(served, client):
    api, engine, host = served
    with httpx2.Client(timeout=300) as http, http.stream(
            "POST", f"{api.address}/chat/completions", headers={"Authorization": f"Bearer {KEY}"},
            json={"model": model_id(client), "messages": [{"role": "user", "content": "Write an essay."}],
                  "max_tokens": 1500, "ignore_eos": True, "stream": True}) as response:
        for line in response.iter_lines():
            if '"content":' in line and '"content":""' not in line:
                break                       # the first words arrived: now leave
    deadline = time.monotonic() + 30
    while engine.busy and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not engine.busy
    assert host.last_stats.stop_reason == "cancelled"
    assert host.last_stats.generated_tokens < 1500


def test_embeddings_where_the_model_can_embed_else_an_openai_error(client):
    if supports(RuntimeHost(), "embed"):
        result = client.embeddings.create(model=model_id(client), input=["a cat", "a dog"])
        assert len(result.data) == 2 and len(result.data[0].embedding) > 10
    else:
        with pytest.raises(openai.BadRequestError) as caught:
            client.embeddings.create(model=model_id(client), input="a cat")
        assert caught.value.body["code"] == "model_not_supported"
