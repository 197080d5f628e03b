"""A first start uses the most capable chat model that fits, and says which."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

from app.library.starter import best_model

GB = 2**30


def _str(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<Q", len(raw)) + raw


def _kv_str(key: str, value: str) -> bytes:
    return _str(key) + struct.pack("<I", 8) + _str(value)


def _kv_u32(key: str, value: int) -> bytes:
    return _str(key) + struct.pack("<I", 4) + struct.pack("<I", value)


def _kv_u64(key: str, value: int) -> bytes:
    return _str(key) + struct.pack("<I", 10) + struct.pack("<Q", value)


def model_file(folder: Path, name: str, parameters: int, size: int = 0, chat: bool = True,
               embedding: bool = False) -> Path:
    """A real GGUF header with one small tensor; `size` makes the file that long (sparse)."""
    kvs = [_kv_str("general.architecture", "llama"), _kv_u32("llama.context_length", 4096),
           _kv_u32("llama.block_count", 2), _kv_u32("llama.embedding_length", 8),
           _kv_u32("llama.attention.head_count", 2), _kv_u64("general.parameter_count", parameters)]
    if chat:
        kvs.append(_kv_str("tokenizer.chat_template", "{% for m in messages %}{{ m['content'] }}{% endfor %}"))
    if embedding:
        kvs.append(_kv_u32("llama.pooling_type", 1))
    tensor = _str("w") + struct.pack("<I", 2) + struct.pack("<QQ", 4, 2) + struct.pack("<I", 0) + struct.pack("<Q", 0)
    body = b"GGUF" + struct.pack("<IQQ", 3, 1, len(kvs)) + b"".join(kvs) + tensor
    body += b"\0" * (-len(body) % 32) + bytes(32)
    path = folder / name
    path.write_bytes(body)
    if size > len(body):
        with open(path, "r+b") as f:
            f.truncate(size)
    return path


def test_the_starter_alone_is_chosen_and_named(tmp_path, starter_model):
    shutil.copy(starter_model, tmp_path / starter_model.name)
    path, notice = best_model([tmp_path], available_bytes=8 * GB)
    assert path.name == starter_model.name
    assert str(notice) == "Tramontane uses SmolLM2 135M Instruct, the model found on this computer."


def test_the_largest_chat_model_that_fits_wins(tmp_path, starter_model):
    bundled, own = tmp_path / "bundled", tmp_path / "own"
    bundled.mkdir(), own.mkdir()
    shutil.copy(starter_model, bundled / starter_model.name)
    model_file(bundled, "Qwen3-1.7B-Q4_K_M.gguf", 1_700_000_000, size=GB)
    model_file(own, "Huge-70B-Q4_K_M.gguf", 70_000_000_000, size=40 * GB)     # does not fit in 8 GB
    model_file(own, "Embedder-8B.gguf", 8_000_000_000, embedding=True)        # finds passages, cannot chat
    model_file(own, "Base-7B.gguf", 7_000_000_000, chat=False)                # no chat template
    path, notice = best_model([bundled, own], available_bytes=8 * GB)
    assert path.name == "Qwen3-1.7B-Q4_K_M.gguf"
    assert str(notice) == ("Tramontane uses Qwen3 1.7B, the most capable of the 3 models found here that fits "
                           "in this computer's memory.")
    assert notice.params["count"] == 3           # a fact, written in the user's locale by the window


def test_without_room_for_any_the_starter_model_is_used_and_it_says_why(tmp_path, starter_model):
    model_file(tmp_path, "Qwen3-1.7B-Q4_K_M.gguf", 1_700_000_000, size=GB)
    path, notice = best_model([tmp_path], available_bytes=GB // 2)
    assert path.name == starter_model.name
    assert notice.code == "starter_none_fits"
    assert str(notice).endswith("no other model here fits in this computer's free memory.")
