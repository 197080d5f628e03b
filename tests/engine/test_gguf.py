"""app.engine.gguf against the real starter model and against crafted bad files.

Every bad file must give a GGUFError whose message a non-technical user can
read: one sentence, no traceback, no hex dump.
"""
from __future__ import annotations

import os
import pickle
import random
import struct
from pathlib import Path

import pytest

from app.engine.gguf import MAX_SHOWN, GGUFError, GGUFInfo, read_gguf

REPO = Path(__file__).resolve().parents[2]
STARTER = Path(os.environ.get("TRAMONTANE_STARTER_MODEL")
               or REPO / "models" / "SmolLM2-135M-Instruct.Q4_1.gguf")


@pytest.fixture(scope="module")
def starter() -> Path:
    if not STARTER.is_file():
        pytest.fail(f"The starter model is missing at {STARTER}: run `make test` (which fetches "
                    "it) or set TRAMONTANE_STARTER_MODEL to its path.")
    return STARTER


@pytest.fixture(scope="module")
def starter_info(starter) -> GGUFInfo:
    return read_gguf(starter)


def assert_sentence(message: str) -> None:
    assert message[:1].isupper() and message.endswith("."), message
    assert "\n" not in message and len(message) < 200, message
    for bad in ("Traceback", "Error", "\\x", "0x", "b'", "struct"):
        assert bad not in message, message


def rejects(path: Path, *words: str) -> str:
    with pytest.raises(GGUFError) as caught:
        read_gguf(path)
    message = str(caught.value)
    assert_sentence(message)
    for word in words:
        assert word in message, message
    return message


# ---- building small GGUF files ------------------------------------------------

def u32(n: int) -> bytes:
    return struct.pack("<I", n)


def u64(n: int) -> bytes:
    return struct.pack("<Q", n)


def gstr(text: str | bytes) -> bytes:
    raw = text.encode() if isinstance(text, str) else text
    return u64(len(raw)) + raw


def kv_str(key: str, value: str) -> bytes:
    return gstr(key) + u32(8) + gstr(value)


def kv_u32(key: str, value: int) -> bytes:
    return gstr(key) + u32(4) + u32(value)


def gguf(kvs: list[bytes], tensors: list[bytes] = (), data: bytes = b"",
         version: int = 3, n_tensors: int | None = None, n_kv: int | None = None) -> bytes:
    head = (b"GGUF" + u32(version) + u64(len(tensors) if n_tensors is None else n_tensors)
            + u64(len(kvs) if n_kv is None else n_kv))
    body = head + b"".join(kvs) + b"".join(tensors)
    if tensors:
        body += b"\0" * (-len(body) % 32)   # default alignment before the data
    return body + data


def tensor(name: str, dims: tuple[int, ...], ggml_type: int = 0, offset: int = 0) -> bytes:
    return gstr(name) + u32(len(dims)) + b"".join(u64(d) for d in dims) + u32(ggml_type) + u64(offset)


TINY_KVS = [kv_str("general.architecture", "llama"), kv_u32("llama.context_length", 2048),
            kv_u32("llama.block_count", 2), kv_u32("llama.embedding_length", 8),
            kv_u32("llama.attention.head_count", 2)]
TINY_TENSOR = tensor("w", (4, 2))           # 8 F32 values = 32 bytes of data
TINY_DATA = bytes(32)


def write(tmp_path: Path, blob: bytes, name: str = "model.gguf") -> Path:
    path = tmp_path / name
    path.write_bytes(blob)
    return path


# ---- the real model -------------------------------------------------------------

def test_starter_model_fields(starter_info):
    info = starter_info
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.quantization == "Q4_1"
    assert info.has_chat_template
    assert 130_000_000 < info.parameter_count < 140_000_000
    assert info.version == 3 and info.file_size == STARTER.stat().st_size
    assert info.license == "apache-2.0"
    assert (info.split_count, info.split_index) == (1, 0)
    assert (info.block_count, info.head_count, info.head_count_kv) == (30, 9, 3)
    assert info.key_length == info.value_length == 576 // 9
    assert info.kv_cache_bytes(8192) == 8192 * 30 * 3 * (64 + 64) * 2


def test_the_header_is_read_but_only_what_is_shown_is_kept(starter_info):
    # The vocabulary (49,152 texts) and the chat template are read past, not kept.
    assert len(pickle.dumps(starter_info)) < 2000


def test_a_hostile_header_keeps_only_the_shown_fields_each_capped(tmp_path):
    """36 MB of metadata text once stayed in memory for as long as the model was listed."""
    junk = [kv_str(f"junk.{i}", "j" * (4 * 2**20)) for i in range(8)]              # 32 MB nobody shows
    shown = [kv_str("general.name", "N" * (2 * 2**20)), kv_str("general.license", "L" * 2**20),
             kv_str("tokenizer.chat_template", "{{ x }}" * 2**18)]
    path = write(tmp_path, gguf(TINY_KVS + junk + shown, [TINY_TENSOR], TINY_DATA))
    info = read_gguf(path)
    assert info.name == "N" * MAX_SHOWN and info.license == "L" * MAX_SHOWN and info.has_chat_template
    assert len(pickle.dumps(info)) < 4 * MAX_SHOWN + 2000
    assert not any(isinstance(v, (dict, bytes, bytearray)) for v in vars(info).values())


def test_shown_texts_hold_no_control_or_bidi_characters(tmp_path):
    kvs = TINY_KVS + [kv_str("general.name", "Llama\u202egnp.exe\n\x1b[31m 3"),
                      kv_str("general.license", "\u2066mit\u2069")]
    info = read_gguf(write(tmp_path, gguf(kvs, [TINY_TENSOR], TINY_DATA)))
    assert info.name == "Llamagnp.exe[31m 3" and info.license == "mit"


def _tensor_table_start(path: Path, info: GGUFInfo) -> int:
    """Where the first tensor name sits: after the metadata, before the data."""
    head = path.read_bytes()[:info.data_offset]
    start = head.find(gstr("token_embd.weight"))
    assert 0 < start < info.data_offset - 1000
    return start


@pytest.mark.parametrize("where", [
    "header:2", "header:4", "header:10", "header:20",
    "metadata:30", "metadata:5000", "metadata:500000",
    "tensors:+10", "tensors:-100",
    "data:+1000", "data:half", "data:-1",
])
def test_truncated_starter_is_incomplete(starter, starter_info, tmp_path, where):
    region, spot = where.split(":")
    size, data = starter_info.file_size, starter_info.data_offset
    if region in ("header", "metadata"):
        cut = int(spot)
    elif region == "tensors":
        cut = _tensor_table_start(starter, starter_info) + 10 if spot == "+10" else data - 100
    else:
        cut = {"+1000": data + 1000, "half": size // 2, "-1": size - 1}[spot]
    with open(starter, "rb") as f:
        path = write(tmp_path, f.read(cut))
    rejects(path, "incomplete")


# ---- files that are not GGUF ------------------------------------------------------

def test_empty_file(tmp_path):
    rejects(write(tmp_path, b""), "empty")


def test_random_bytes(tmp_path):
    blob = random.Random(7).randbytes(4096)
    rejects(write(tmp_path, blob), "not a GGUF")


def test_text_file_named_gguf(tmp_path):
    rejects(write(tmp_path, b"Hello, this is just some text.\n" * 20), "not a GGUF")


def test_web_page_saved_as_gguf(tmp_path):
    rejects(write(tmp_path, b"<!DOCTYPE html><html><body>Not found</body></html>"), "web page")


def test_missing_file_and_folder(tmp_path):
    rejects(tmp_path / "nowhere.gguf", "could not be found")
    rejects(tmp_path, "folder")


@pytest.mark.parametrize("version", [0, 1, 4, 2**32 - 1])
def test_unsupported_version(tmp_path, version):
    rejects(write(tmp_path, gguf(TINY_KVS, version=version)), f"version {version}")


def test_big_endian_file(tmp_path):
    blob = b"GGUF" + struct.pack(">IQQ", 3, 0, 0)
    rejects(write(tmp_path, blob), "big-endian")


# ---- absurd claims ----------------------------------------------------------------

def test_absurd_key_string_length(tmp_path):
    blob = gguf([u64(2**62) + b"general.name"], n_kv=1)
    rejects(write(tmp_path, blob), "damaged", "EB")


def test_absurd_value_string_length(tmp_path):
    blob = gguf([gstr("general.name") + u32(8) + u64(2**62) + b"x"])
    rejects(write(tmp_path, blob), "damaged", "EB")


def test_absurd_array_length(tmp_path):
    blob = gguf([gstr("tokenizer.ggml.scores") + u32(9) + u32(6) + u64(2**40)])
    rejects(write(tmp_path, blob), "damaged", "1,099,511,627,776 entries")


def test_absurd_string_inside_a_list(tmp_path):
    items = gstr("a") + u64(2**62) + b"b"
    blob = gguf([gstr("tokenizer.ggml.tokens") + u32(9) + u32(8) + u64(2) + items])
    rejects(write(tmp_path, blob), "damaged", "EB")


def test_list_longer_than_the_file(tmp_path):
    blob = gguf([gstr("tokenizer.ggml.tokens") + u32(9) + u32(8) + u64(1_000_000) + gstr("a")])
    rejects(write(tmp_path, blob), "incomplete")


@pytest.mark.parametrize("field", ["tensors", "metadata entries"])
def test_absurd_counts(tmp_path, field):
    big = 2**60
    blob = gguf(TINY_KVS, n_tensors=big) if field == "tensors" else gguf(TINY_KVS, n_kv=big)
    rejects(write(tmp_path, blob), "damaged", f"{big:,} {field}")


def test_unknown_value_type(tmp_path):
    rejects(write(tmp_path, gguf([gstr("general.name") + u32(99) + u32(0)])), "damaged", "type")


def test_nested_list(tmp_path):
    blob = gguf([gstr("x") + u32(9) + u32(9) + u64(1) + u32(0) + u64(0)])
    rejects(write(tmp_path, blob), "damaged")


def test_duplicate_key(tmp_path):
    blob = gguf(TINY_KVS + [kv_str("general.architecture", "llama")])
    rejects(write(tmp_path, blob), "damaged", "twice")


@pytest.mark.parametrize("bad_tensor, words", [
    (tensor("w", (4, 2, 1, 1, 1)), ("damaged", "dimensions")),
    (tensor("w", (2**40, 2**40)), ("damaged", "shape")),
    (tensor("w", (4, 2), ggml_type=77), ("tensor format",)),
    (tensor("w", (4, 2), ggml_type=2), ("damaged", "shape")),   # Q4_0 needs rows of 32
    (tensor("w", (4, 2), offset=64), ("damaged", "tensors")),
    (tensor("w" * 100, (4, 2)), ("damaged", "tensor name")),
])
def test_bad_tensor_table(tmp_path, bad_tensor, words):
    rejects(write(tmp_path, gguf(TINY_KVS, [bad_tensor], TINY_DATA)), *words)


# ---- small valid files --------------------------------------------------------------

def test_tiny_valid_file_and_fallbacks(tmp_path):
    path = write(tmp_path, gguf(TINY_KVS, [TINY_TENSOR], TINY_DATA), "tiny-model.gguf")
    info = read_gguf(path)
    assert info.name == "tiny-model"                     # no general.name: the file stem
    assert info.parameter_count == 8                      # summed from the tensor shapes
    assert info.quantization == "F32"                     # no general.file_type: the tensors' type
    assert info.key_length == info.value_length == 4      # embedding_length // head_count
    assert info.head_count_kv == 2                        # defaults to head_count
    assert not info.has_chat_template
    assert info.license is None and (info.split_count, info.split_index) == (1, 0)
    assert info.pooling_type is None
    assert read_gguf(write(tmp_path, gguf(TINY_KVS + [kv_u32("llama.pooling_type", 1)], [TINY_TENSOR],
                                          TINY_DATA))).pooling_type == 1          # an embedding model
    assert info.kv_cache_bytes(100) == 100 * 2 * 2 * (4 + 4) * 2


def test_tiny_file_missing_one_byte_of_data(tmp_path):
    rejects(write(tmp_path, gguf(TINY_KVS, [TINY_TENSOR], TINY_DATA[:-1])), "incomplete")


def test_header_only_file_without_tensors_is_accepted(tmp_path):
    kvs = TINY_KVS + [kv_str("general.license.name", "MIT"), kv_u32("split.count", 3),
                      gstr("split.no") + u32(2) + struct.pack("<H", 1)]
    info = read_gguf(write(tmp_path, gguf(kvs)))
    assert info.license == "MIT" and (info.split_count, info.split_index) == (3, 1)
    assert info.tensor_count == 0 and info.quantization == "unknown"


def test_corrupted_header_bytes_give_only_sentences(starter, starter_info, tmp_path):
    """Random byte damage in the header: a GGUFError sentence or a result, never a crash."""
    with open(starter, "rb") as f:
        header = f.read(starter_info.data_offset)
    table = _tensor_table_start(starter, starter_info)
    rng = random.Random(2024)
    path = tmp_path / "damaged.gguf"
    for _ in range(150):
        blob = bytearray(header)
        for _ in range(rng.randint(1, 4)):      # hit the fixed header, the metadata start, the tensor table
            spot = rng.choice([rng.randrange(0, 64), rng.randrange(64, 4096),
                               rng.randrange(table, len(header))])
            blob[spot] = rng.randrange(256)
        with open(path, "wb") as f:
            f.write(blob)
            f.truncate(starter_info.file_size)  # sparse: the data region's size without writing it
        try:
            read_gguf(path)
        except GGUFError as e:
            assert_sentence(str(e))
