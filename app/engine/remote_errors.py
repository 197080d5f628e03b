"""RemoteError: what can go wrong with a company server, as a code and its facts.

A failed request becomes one sentence a user can act on: the server cannot
be reached, refused the key, no longer has the model, is busy (and for how
long), failed, or broke off mid-reply; a certificate that is not trusted is
named for what is wrong with it (expired, self-signed, for another host,
from an authority this computer does not trust). Server-supplied words are
cut short and stripped of control characters: they are shown as plain text.

Plain functions; any thread. RemoteError is an EngineError too, so the
engine service hands it on as it does the others.
"""

from __future__ import annotations

import email.utils
import json
import re
import socket
import ssl
import time

from app.engine.types import EngineError
from app.errors import QT_TRANSLATE_NOOP
from app.netguard import NetworkBlocked


class RemoteError(EngineError):
    templates = {
        "unreachable": QT_TRANSLATE_NOOP("Errors", "The server {server} could not be reached ({reason})."),
        "refused": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} could not be reached: nothing answers at its address. It may be stopped."),
        "unknown_host": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} could not be reached: the name {host} is not known on this network."),
        "timeout": QT_TRANSLATE_NOOP("Errors", "The server {server} did not answer in time."),
        "offline": QT_TRANSLATE_NOOP(
            "Errors", "Company servers are turned off in Settings → Privacy, so nothing was sent to {server}."),
        "key_refused": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} refused the access key, or needs one. Check the key in Settings → Servers."),
        "model_gone": QT_TRANSLATE_NOOP("Errors", "The server {server} no longer offers the model “{model}”."),
        "no_model": QT_TRANSLATE_NOOP("Errors", "No model of the server {server} is chosen."),
        "server_missing": QT_TRANSLATE_NOOP(
            "Errors", "The company server this conversation used ({server}) is no longer set up in Tramontane."),
        "not_agreed": QT_TRANSLATE_NOOP(
            "Errors", "Nothing was sent to {server}: choose one of its models in the list first, and agree to send "
                      "your conversation there."),
        "no_api": QT_TRANSLATE_NOOP(
            "Errors", "There is no OpenAI-compatible API at {address} (the server {server} answered “not found”). "
                      "Check the address; it usually ends in /v1."),
        "busy": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} has too many requests just now. Try again in {seconds} seconds."),
        "busy_later": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} has too many requests just now. Try again in a moment."),
        "too_long": QT_TRANSLATE_NOOP(
            "Errors", "The conversation is too long for the model on {server}. Start a new conversation, or send a "
                      "shorter message."),
        "server_error": QT_TRANSLATE_NOOP("Errors", "The server {server} failed (error {status}): {detail}"),
        "rejected": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} did not accept the request (error {status}): {detail}"),
        "stream_cut": QT_TRANSLATE_NOOP(
            "Errors", "The connection to the server {server} broke off during the reply. The text so far is kept."),
        "bad_answer": QT_TRANSLATE_NOOP(
            "Errors", "The server {server} answered with something that is not an OpenAI-compatible reply."),
        "cert_expired": QT_TRANSLATE_NOOP(
            "Errors", "The certificate of {server} has expired or is not valid yet. Tramontane does not connect to a "
                      "server it cannot verify; ask whoever runs it."),
        "cert_self_signed": QT_TRANSLATE_NOOP(
            "Errors", "{server} presents a self-signed certificate, which this computer does not trust. Tramontane "
                      "does not connect to a server it cannot verify; ask whoever runs it."),
        "cert_unknown_authority": QT_TRANSLATE_NOOP(
            "Errors", "The certificate of {server} comes from an authority this computer does not trust. Tramontane "
                      "does not connect to a server it cannot verify; ask whoever runs it."),
        "cert_wrong_host": QT_TRANSLATE_NOOP(
            "Errors", "The certificate of {server} is made out for another name than {host}. Tramontane does not "
                      "connect to a server it cannot verify; ask whoever runs it."),
        "cert_revoked": QT_TRANSLATE_NOOP(
            "Errors", "The certificate of {server} has been revoked. Tramontane does not connect to a server it "
                      "cannot verify; ask whoever runs it."),
        "cert_untrusted": QT_TRANSLATE_NOOP(
            "Errors", "The certificate of {server} is not trusted ({detail}). Tramontane does not connect to a "
                      "server it cannot verify; ask whoever runs it."),
        "tls_failed": QT_TRANSLATE_NOOP(
            "Errors", "No secure connection to {server} could be made ({detail}). Check whether its address starts "
                      "with https:// or http://."),
    }


# OpenSSL's verify codes (x509_vfy.h) and what each means for the user.
_VERIFY_CODES = {9: "cert_expired", 10: "cert_expired", 18: "cert_self_signed", 19: "cert_self_signed",
                 20: "cert_unknown_authority", 21: "cert_unknown_authority", 2: "cert_unknown_authority",
                 23: "cert_revoked", 62: "cert_wrong_host", 64: "cert_wrong_host"}
# The words macOS' and Windows' own verifiers use (through truststore).
_VERIFY_WORDS = (("expired", "cert_expired"), ("validity period", "cert_expired"), ("not yet valid", "cert_expired"),
                 ("self-signed", "cert_self_signed"), ("self signed", "cert_self_signed"),
                 ("revoked", "cert_revoked"), ("name does not match", "cert_wrong_host"),
                 ("mismatch", "cert_wrong_host"), ("cn name", "cert_wrong_host"),
                 ("authority", "cert_unknown_authority"), ("issuer", "cert_unknown_authority"))
_CONTEXT_WORDS = re.compile(r"context|too long|maximum.*tokens|exceed", re.I)


def from_exception(exc: BaseException, server: str, host: str) -> RemoteError:
    """A failed connection or read, in words."""
    chain = list(_chain(exc))
    for cause in chain:
        if isinstance(cause, RemoteError):
            return cause
        if isinstance(cause, NetworkBlocked):
            return RemoteError("offline", server=server)
        if isinstance(cause, ssl.SSLCertVerificationError):
            return _certificate(cause, server, host)
    for cause in chain:
        if isinstance(cause, ssl.SSLError):
            return RemoteError("tls_failed", server=server, detail=clean(cause.reason or str(cause)))
        if isinstance(cause, socket.gaierror):
            return RemoteError("unknown_host", server=server, host=host)
        if isinstance(cause, ConnectionRefusedError):
            return RemoteError("refused", server=server)
        if isinstance(cause, TimeoutError) or type(cause).__name__.endswith("Timeout"):
            return RemoteError("timeout", server=server)
    text = str(exc) or type(exc).__name__
    if "refused" in text.lower():
        return RemoteError("refused", server=server)
    return RemoteError("unreachable", server=server, reason=clean(text))


def from_status(status: int, headers, body: bytes, server: str, model: str | None) -> RemoteError:
    """An HTTP error answer, in words (the server's own message where it helps)."""
    detail = clean(_message(body)) or f"HTTP {status}"
    if status in (401, 403):
        return RemoteError("key_refused", server=server)
    if status == 404:
        return RemoteError("model_gone", server=server, model=model or "?")
    if status == 429:
        seconds = retry_after(headers.get("retry-after") if headers else None)
        return RemoteError("busy", server=server, seconds=seconds) if seconds else RemoteError(
            "busy_later", server=server)
    if status == 413 or (status == 400 and _CONTEXT_WORDS.search(detail)):
        return RemoteError("too_long", server=server)
    if status >= 500:
        return RemoteError("server_error", server=server, status=status, detail=detail)
    return RemoteError("rejected", server=server, status=status, detail=detail)


def retry_after(value: str | None) -> int:
    """Retry-After in whole seconds (a number or an HTTP date); 0 when absent or unreadable."""
    if not value:
        return 0
    value = value.strip()
    if value.isdigit():
        return min(int(value), 86_400)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return 0
    return max(1, min(round(when - time.time()), 86_400))


def clean(text: str, limit: int = 200) -> str:
    """Server-supplied words made safe to show: no control characters, one line, short."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _message(body: bytes) -> str:
    """The error's message in the shapes OpenAI, vLLM, llama-server and gateways use."""
    text = body.decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if isinstance(data, dict):
        error = data.get("error", data)
        if isinstance(error, dict):
            for key in ("message", "detail", "msg"):
                if isinstance(error.get(key), str):
                    return error[key]
        if isinstance(error, str):
            return error
        if isinstance(data.get("detail"), str):
            return data["detail"]
    return text


def _certificate(error: ssl.SSLCertVerificationError, server: str, host: str) -> RemoteError:
    code = _VERIFY_CODES.get(getattr(error, "verify_code", None) or -1)
    message = (getattr(error, "verify_message", "") or str(error)).lower()
    if code is None:
        code = next((c for words, c in _VERIFY_WORDS if words in message), "cert_untrusted")
    if code == "cert_untrusted":
        return RemoteError(code, server=server, detail=clean(message))
    if code == "cert_wrong_host":
        return RemoteError(code, server=server, host=host)
    return RemoteError(code, server=server)


def _chain(exc: BaseException | None):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__
