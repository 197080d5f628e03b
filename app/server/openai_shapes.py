"""The OpenAI API's shapes: reading a request's body, writing answers and errors.

Only plain data here (no sockets, no engine), so each rule is easy to test:
what a malformed request gets (OpenAI-style errors: type, code, message),
and what a chat completion, a stream chunk and an embedding list look like.
Any thread.
"""

from __future__ import annotations

import base64
import struct
import time
import uuid
from dataclasses import dataclass, field

from app.engine.types import GenParams

ROLES = ("system", "user", "assistant", "tool", "developer")
MAX_STOPS = 4


class ApiError(Exception):
    """An answer with an OpenAI-style error body."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 kind: str = "invalid_request_error", param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.kind, self.param = status, message, code, kind, param

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


@dataclass
class ChatRequest:
    model: str
    messages: list[dict]
    params: GenParams
    stream: bool = False
    include_usage: bool = False
    stops: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex[:24]}")
    created: int = field(default_factory=lambda: int(time.time()))


def chat_request(body: object) -> ChatRequest:
    """The request, checked; ApiError(400) names the first thing wrong."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, "“model” is required.", param="model")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "“messages” must be a non-empty list.", param="messages")
    plain = [_message(m, n) for n, m in enumerate(messages)]
    n = body.get("n", 1)
    if n not in (1, None):
        raise ApiError(400, "Only n=1 is supported.", param="n")
    defaults = GenParams()
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
    params = GenParams(
        max_tokens=_number(max_tokens, "max_tokens", int, 1, 1 << 20, defaults.max_tokens),
        temperature=_number(body.get("temperature"), "temperature", float, 0.0, 2.0, defaults.temperature),
        top_p=_number(body.get("top_p"), "top_p", float, 0.0, 1.0, defaults.top_p),
        top_k=_number(body.get("top_k"), "top_k", int, 0, 1000, defaults.top_k),
        min_p=_number(body.get("min_p"), "min_p", float, 0.0, 1.0, defaults.min_p),
        seed=_number(body.get("seed"), "seed", int, -(1 << 63), (1 << 63) - 1, None),
        ignore_eos=body.get("ignore_eos") is True)
    stream = body.get("stream", False)
    if not isinstance(stream, bool | None):
        raise ApiError(400, "“stream” must be true or false.", param="stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise ApiError(400, "“stream_options” must be an object.", param="stream_options")
    return ChatRequest(model, plain, params, bool(stream), options.get("include_usage") is True,
                       _stops(body.get("stop")))


def embedding_inputs(body: object) -> tuple[str, list[str], str]:
    """(model, texts, encoding) of an embeddings request; encoding "float" or "base64"."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, "“model” is required.", param="model")
    texts = body.get("input")
    if isinstance(texts, str):
        texts = [texts]
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts) or len(texts) > 256:
        raise ApiError(400, "“input” must be a text or a list of up to 256 texts.", param="input")
    encoding = body.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise ApiError(400, "“encoding_format” must be “float” or “base64”.", param="encoding_format")
    return model, texts, encoding


def _message(message: object, n: int) -> dict:
    if not isinstance(message, dict) or message.get("role") not in ROLES:
        raise ApiError(400, f"messages[{n}] needs a role ({', '.join(ROLES)}).", param=f"messages[{n}]")
    content = message.get("content")
    if isinstance(content, list):      # content parts: only text ones are understood
        texts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise ApiError(400, f"messages[{n}]: only text content is supported.", param=f"messages[{n}]")
            texts.append(part["text"])
        content = "".join(texts)
    if content is None and message["role"] == "assistant":
        content = ""
    if not isinstance(content, str):
        raise ApiError(400, f"messages[{n}] needs a text content.", param=f"messages[{n}].content")
    role = "system" if message["role"] == "developer" else message["role"]
    return {"role": role, "content": content}


def _number(value, name: str, kind: type, low, high, default):
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise ApiError(400, f"“{name}” must be a number.", param=name)
    if not low <= value <= high:
        raise ApiError(400, f"“{name}” must be between {low} and {high}.", param=name)
    return kind(value)


def _stops(value) -> list[str]:
    if value is None:
        return []
    stops = [value] if isinstance(value, str) else value
    if not isinstance(stops, list) or len(stops) > MAX_STOPS or not all(isinstance(s, str) and s for s in stops):
        raise ApiError(400, f"“stop” must be a text or a list of up to {MAX_STOPS} texts.", param="stop")
    return stops


# -- answers -------------------------------------------------------------------------------------

FINISH = {"eos": "stop", "stop": "stop", "length": "length", "context": "length", "cancelled": "stop"}


def usage(stats) -> dict:
    prompt, generated = stats.prompt_tokens, stats.generated_tokens
    return {"prompt_tokens": prompt, "completion_tokens": generated, "total_tokens": prompt + generated,
            "prompt_tokens_details": {"cached_tokens": stats.cached_tokens}}


def completion(request: ChatRequest, model: str, text: str, finish: str, stats) -> dict:
    return {"id": request.id, "object": "chat.completion", "created": request.created, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": finish, "logprobs": None}],
            "usage": usage(stats)}


def chunk(request: ChatRequest, model: str, delta: dict | None, finish: str | None = None,
          stats=None) -> dict:
    """A stream chunk: a delta, the end (finish), or (stats, no delta) the usage chunk."""
    choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]
    body = {"id": request.id, "object": "chat.completion.chunk", "created": request.created, "model": model,
            "choices": choices}
    if stats is not None:
        body["usage"] = usage(stats)
    return body


def model_list(ids: list[tuple[str, int]]) -> dict:
    return {"object": "list",
            "data": [{"id": i, "object": "model", "created": created, "owned_by": "tramontane"} for i, created in ids]}


def embeddings(model: str, vectors, tokens: int, encoding: str = "float") -> dict:
    rows = vectors.tolist() if hasattr(vectors, "tolist") else [list(v) for v in vectors]
    if encoding == "base64":        # what the openai client asks for: little-endian float32, in base64
        rows = [base64.b64encode(struct.pack(f"<{len(row)}f", *row)).decode() for row in rows]
    return {"object": "list", "model": model,
            "data": [{"object": "embedding", "index": i, "embedding": row} for i, row in enumerate(rows)],
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
