"""RemoteBackend against llama.cpp's own llama-server: what a user of a company server meets."""

from __future__ import annotations

import json
import socket
import threading

import pytest

from app.engine import GenParams, LoadOptions
from app.engine.remote import RemoteBackend
from app.engine.remote_errors import RemoteError
from tests.remote.conftest import ALIAS, free_port

HELLO = [{"role": "user", "content": "Say hello."}]
LONG = GenParams(max_tokens=1500, ignore_eos=True, temperature=0.7, seed=3)


def loaded(base: str, **kwargs) -> RemoteBackend:
    backend = RemoteBackend(base, name="Test server", **kwargs)
    backend.load(ALIAS, LoadOptions())
    return backend


def test_models_are_listed_and_a_model_loads_with_its_context(llama_server):
    backend = RemoteBackend(llama_server.base, name="Test server")
    assert backend.models() == [ALIAS]
    info = backend.load(ALIAS, LoadOptions())
    assert (info.name, info.backend, info.local, info.context_length) == (ALIAS, "Test server", None, 2048)
    backend.close()


def test_a_reply_streams_in_pieces_with_the_servers_figures(llama_server):
    backend = loaded(llama_server.base)
    pieces = list(backend.chat(HELLO, GenParams(max_tokens=24, seed=1)))
    stats = backend.last_stats
    assert len(pieces) > 1 and "".join(pieces).strip()
    assert stats.prompt_tokens > 0 and 0 < stats.generated_tokens <= 24
    assert stats.stop_reason in ("eos", "length") and stats.tokens_per_s > 0 and stats.ttft_s > 0
    backend.close()


def test_stop_from_another_thread_ends_the_reply_and_frees_the_server(llama_server):
    backend = loaded(llama_server.base)
    pieces = []
    for piece in backend.chat(HELLO, LONG):
        pieces.append(piece)
        if len(pieces) == 3:
            threading.Thread(target=backend.cancel).start()
    assert backend.last_stats.stop_reason == "cancelled"
    assert len(pieces) < 1500
    # The server let go of its only slot: the next reply is served in full.
    assert list(backend.chat(HELLO, GenParams(max_tokens=4, ignore_eos=True)))
    assert backend.last_stats.generated_tokens == 4
    backend.close()


def test_a_server_killed_mid_reply_keeps_the_text_so_far_and_says_so(own_server):
    server = own_server()
    backend = loaded(server.base)
    pieces = []
    with pytest.raises(RemoteError) as caught:
        for piece in backend.chat(HELLO, LONG):
            pieces.append(piece)
            if len(pieces) == 3:
                server.kill()
    assert caught.value.code == "stream_cut"
    assert len(pieces) >= 3
    assert "broke off" in str(caught.value) and "Test server" in str(caught.value)


def test_a_wrong_key_is_refused_and_the_right_one_works(own_server):
    server = own_server(api_key="right-key")
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(server.base, "wrong-key", name="Test server").models()
    assert caught.value.code == "key_refused"
    with pytest.raises(RemoteError):
        RemoteBackend(server.base, name="Test server").models()     # none at all
    backend = loaded(server.base, api_key="right-key")
    assert "".join(backend.chat(HELLO, GenParams(max_tokens=4)))


def test_a_model_the_server_does_not_have_is_named(llama_server):
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(llama_server.base, name="Test server").load("gone-model", LoadOptions())
    assert caught.value.code == "model_gone" and "gone-model" in str(caught.value)


def test_nothing_listening_is_a_sentence_not_a_traceback():
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(f"http://127.0.0.1:{free_port()}/v1", name="Test server").models()
    assert caught.value.code == "refused"


def test_a_self_signed_certificate_is_refused_and_named(own_server, certificates):
    server = own_server(tls=certificates.server("self", signed=False))
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(server.base, name="Test server").models()
    assert caught.value.code == "cert_self_signed"


def test_a_certificate_from_an_unknown_authority_is_refused(own_server, certificates):
    server = own_server(tls=certificates.server("signed"))
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(server.base, name="Test server").models()
    assert caught.value.code == "cert_unknown_authority"


def test_a_certificate_from_an_authority_in_the_trust_store_is_accepted(own_server, trusted_ca):
    server = own_server(tls=trusted_ca.server("signed"))
    backend = loaded(server.base)
    assert "".join(backend.chat(HELLO, GenParams(max_tokens=4)))
    backend.close()


def test_an_expired_or_misnamed_certificate_is_named_for_what_is_wrong(own_server, trusted_ca):
    expired = own_server(tls=trusted_ca.server("old", days=(-60, -1)))
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(expired.base, name="Test server").models()
    assert caught.value.code == "cert_expired"
    misnamed = own_server(tls=trusted_ca.server("other", hosts=("llm.example.org",)))
    with pytest.raises(RemoteError) as caught:
        RemoteBackend(misnamed.base, name="Test server").models()
    assert caught.value.code == "cert_wrong_host" and "127.0.0.1" in str(caught.value)


def test_stop_while_the_connection_is_still_being_made_returns_at_once():
    """A server that accepts but never answers (a stalled gateway): Stop still ends the reply."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        backend = RemoteBackend(f"http://127.0.0.1:{listener.getsockname()[1]}/v1", model=ALIAS)
        ended = threading.Event()

        def read() -> None:
            list(backend.chat(HELLO, GenParams(max_tokens=4)))
            ended.set()
        reader = threading.Thread(target=read)
        reader.start()
        accepted, _ = listener.accept()          # connected; the request waits for an answer
        backend.cancel()
        assert ended.wait(5)
        assert backend.last_stats.stop_reason == "cancelled"
        reader.join()
        accepted.close()


@pytest.mark.parametrize(("status", "headers", "code", "fact"), [
    (429, {"Retry-After": "7"}, "busy", "7"),
    (429, {}, "busy_later", "moment"),
    (500, {}, "server_error", "overheated"),
    (400, {}, "too_long", "too long"),
])
def test_error_answers_that_llama_server_never_gives_are_worded(status, headers, code, fact):
    """429 and friends come from gateways (LiteLLM, vLLM under load): a stand-in gives them."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    message = "the maximum context length is 2048 tokens" if status == 400 else "GPU overheated"

    class Answer(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"error": {"message": message}}).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args):
            pass

    stand_in = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=stand_in.serve_forever, daemon=True).start()
    try:
        backend = RemoteBackend(f"http://127.0.0.1:{stand_in.server_address[1]}/v1", model=ALIAS,
                                name="Gateway")
        with pytest.raises(RemoteError) as caught:
            list(backend.chat(HELLO, GenParams(max_tokens=4)))
        assert caught.value.code == code and fact in str(caught.value)
    finally:
        stand_in.shutdown()
