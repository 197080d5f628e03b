"""Bad model files give a ModelLoadError in words, never a hang, and the host loads a
good model right after. Some are caught by the GGUF reader, some only by llama.cpp."""

from __future__ import annotations

import os
import struct

import pytest

from app.engine import GenParams, LoadOptions, ModelLoadError, RuntimeHost


@pytest.fixture(scope="module")
def host():
    h = RuntimeHost()
    yield h
    h.close()


def _truncated(src, dst, size):
    with open(src, "rb") as f:
        dst.write_bytes(f.read(size))
    return dst


def _bad_files(starter_model, folder):
    size = starter_model.stat().st_size
    yield "empty", (folder / "empty.gguf").write_bytes(b"") or folder / "empty.gguf"
    (folder / "random.gguf").write_bytes(os.urandom(4096))
    yield "random bytes", folder / "random.gguf"
    (folder / "notes.gguf").write_text("These are my meeting notes, not a model.\n" * 50)
    yield "a text file", folder / "notes.gguf"
    for at in (10, 1000, 2_000_000, size // 2, size - 1):
        yield f"truncated at {at}", _truncated(starter_model, folder / f"cut{at}.gguf", at)
    absurd = bytearray(b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + struct.pack("<Q", 2**62) + b"x" * 64)
    (folder / "absurd.gguf").write_bytes(absurd)
    yield "an absurd string length", folder / "absurd.gguf"
    # A well-formed file that llama.cpp itself refuses: an architecture it does not know.
    data = bytearray(starter_model.read_bytes())
    at = data.index(b"general.architecture") + len(b"general.architecture") + 4 + 8
    assert data[at:at + 5] == b"llama"
    data[at:at + 5] = b"zzzzz"
    (folder / "unknown-arch.gguf").write_bytes(data)
    yield "an unknown architecture", folder / "unknown-arch.gguf"


def test_bad_files_fail_in_words_and_a_good_one_loads_after(host, starter_model, tmp_path):
    for what, path in _bad_files(starter_model, tmp_path):
        with pytest.raises(ModelLoadError) as caught:
            host.load(path, LoadOptions(context_length=512))
        message = str(caught.value)
        assert message[:1].isupper() and message.rstrip(")").endswith((".", ")")), (what, message)
        assert "Traceback" not in message and len(message) < 300, (what, message)
        if what == "an unknown architecture":
            assert "(zzzzz) is not supported" in message
    host.load(starter_model, LoadOptions(context_length=512))
    assert "".join(host.chat([{"role": "user", "content": "Hi"}], GenParams(max_tokens=4)))


def test_a_missing_file_is_a_sentence(host, tmp_path):
    with pytest.raises(ModelLoadError, match="[Nn]ot found|does not exist|no file|could not be found"):
        host.load(tmp_path / "gone.gguf")
