"""Bounded reader of GGUF model file headers and metadata.

Runs before llama.cpp ever sees a file, so that a file that is not GGUF, was
cut short by a download, or claims absurd sizes gets a plain sentence instead
of a crash in the child process. Pure standard library, no Qt, no llama_cpp;
safe to call from any thread (it only reads the file it is given).

Every length and count read from the file is checked against a hard limit and
against the bytes that remain in the file *before* anything is allocated or
looped over. What is kept afterwards is small whatever the file holds: the
numbers the planner needs and the few texts the app shows, each cut to
MAX_SHOWN characters; other texts are skipped without being decoded, since
the scanner keeps a GGUFInfo per file for the whole session and a hostile
header can be 256 MB of text. The format:
https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
"""
from __future__ import annotations

import os
import struct
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, AppError

__all__ = ["GGUFError", "GGUFInfo", "read_gguf"]

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_STRING = 64 * 2**20         # chat templates are the longest strings, a few KB in practice
MAX_KEY = 2**16 - 1             # the format's own limit on a metadata name
MAX_SHOWN = 200                 # characters kept of a text the app shows (name, licence)
MAX_TENSOR_NAME = 63            # llama.cpp's GGML_MAX_NAME is 64 including the terminating zero
MAX_ARRAY = 2**25               # vocabularies and merge lists are ~50k-500k entries
MAX_KV = 2**16                  # real models carry ~20-60 metadata entries
MAX_TENSORS = 2**20             # the largest MoE models hold a few thousand per file
MAX_HEADER = 256 * 2**20        # metadata + tensor table; real ones are 1-10 MB
MAX_DATA = 2**50                # 1 PB of tensor data is no model anyone can run
FIRST_READ = 4 * 2**20          # one read usually covers the whole header
DEFAULT_ALIGNMENT = 32
INT64_MAX = 2**63 - 1

U8, U32, U64 = struct.Struct("<B"), struct.Struct("<I"), struct.Struct("<Q")

# GGUF value types: id -> (name, struct format); 8 = string and 9 = array are special.
_VALUE_TYPES = {
    0: ("uint8", "B"), 1: ("int8", "b"), 2: ("uint16", "H"), 3: ("int16", "h"),
    4: ("uint32", "I"), 5: ("int32", "i"), 6: ("float32", "f"), 7: ("bool", "?"),
    8: ("string", None), 9: ("array", None), 10: ("uint64", "Q"), 11: ("int64", "q"),
    12: ("float64", "d"),
}
_STRUCTS = {t: struct.Struct("<" + fmt) for t, (_, fmt) in _VALUE_TYPES.items() if fmt}
_INT_TYPES = {0, 1, 2, 3, 4, 5, 10, 11}
STRING, ARRAY = 8, 9

# ggml tensor types: id -> (name, elements per block, bytes per block).
# From ggml's gguf-py constants (GGML_QUANT_SIZES); ids 4, 5, 31-33, 36-38 were removed.
_GGML_TYPES = {
    0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20),
    6: ("Q5_0", 32, 22), 7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 36),
    10: ("Q2_K", 256, 84), 11: ("Q3_K", 256, 110), 12: ("Q4_K", 256, 144),
    13: ("Q5_K", 256, 176), 14: ("Q6_K", 256, 210), 15: ("Q8_K", 256, 292),
    16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74), 18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50), 20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110),
    22: ("IQ2_S", 256, 82), 23: ("IQ4_XS", 256, 136), 24: ("I8", 1, 1), 25: ("I16", 1, 2),
    26: ("I32", 1, 4), 27: ("I64", 1, 8), 28: ("F64", 1, 8), 29: ("IQ1_M", 256, 56),
    30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54), 35: ("TQ2_0", 256, 66),
    39: ("MXFP4", 32, 17), 40: ("NVFP4", 64, 36), 41: ("Q1_0", 128, 18), 42: ("Q2_0", 64, 18),
}

# llama.cpp's llama_ftype (general.file_type) -> the name people know the file by.
_FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S",
    22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M",
    28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0",
    37: "TQ2_0", 38: "MXFP4_MOE", 39: "NVFP4", 40: "Q1_0", 41: "Q2_0",
}


class GGUFError(AppError, ValueError):
    """A model file that cannot be used, as a code and its facts (app/errors.py)."""

    templates = {
        "not_gguf": QT_TRANSLATE_NOOP("Errors", "This file is not a GGUF model file."),
        "incomplete": QT_TRANSLATE_NOOP("Errors", "This model file is incomplete (it ends early); download it again."),
        "damaged": QT_TRANSLATE_NOOP("Errors", "This model file is damaged ({why})."),
        "not_found": QT_TRANSLATE_NOOP("Errors", "The model file {name} could not be found."),
        "is_folder": QT_TRANSLATE_NOOP("Errors", "The path {name} is a folder, not a model file."),
        "not_allowed": QT_TRANSLATE_NOOP("Errors", "Tramontane is not allowed to read the model file {name}."),
        "unreadable": QT_TRANSLATE_NOOP("Errors", "The model file {name} could not be read ({reason})."),
        "empty": QT_TRANSLATE_NOOP("Errors", "This model file is empty; download it again."),
        "web_page": QT_TRANSLATE_NOOP("Errors", "This file is a web page, not a model file; the download went wrong."),
        "big_endian": QT_TRANSLATE_NOOP(
            "Errors", "This model file is in the big-endian format, which Tramontane cannot use; download the "
                      "ordinary (little-endian) version."),
        "version": QT_TRANSLATE_NOOP(
            "Errors", "This model file uses GGUF version {version}, which Tramontane cannot read (it reads versions "
                      "2 and 3)."),
        "tensor_format": QT_TRANSLATE_NOOP(
            "Errors", "This model file uses a tensor format (number {number}) that this version of Tramontane does "
                      "not know."),
        "split_unnamed": QT_TRANSLATE_NOOP(
            "Errors", "This model is split into {count} files but its name does not say which part it is, so its "
                      "other parts cannot be found."),
        "part_missing": QT_TRANSLATE_NOOP("Errors", "Part {number} of {count} of this model is missing."),
    }


def _damaged(why: str) -> GGUFError:
    """why: what is wrong inside the file, in English (a detail for the help desk, as a fact)."""
    return GGUFError("damaged", why=why)


def _human(n: int) -> str:
    """Byte counts for messages: '4.6 EB', not '4611686018427387904'."""
    for unit in ("bytes", "KB", "MB", "GB", "TB", "PB"):
        if n < 1000:
            return f"{n} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} EB"


@dataclass(frozen=True)
class GGUFInfo:
    """What the library and the UI show about a model file, and what the
    hardware planner needs to size the KV cache."""
    path: Path
    file_size: int
    version: int
    architecture: str
    name: str
    parameter_count: int
    quantization: str
    context_length: int
    block_count: int
    embedding_length: int
    head_count: int
    head_count_kv: int
    key_length: int
    value_length: int
    has_chat_template: bool     # the text itself is llama.cpp's business, in the engine's child
    license: str | None
    split_count: int
    split_index: int
    tensor_count: int = 0
    data_offset: int = 0        # where the tensor data starts in the file
    pooling_type: int | None = None   # set in embedding models ({arch}.pooling_type); chat models have none

    def kv_cache_bytes(self, n_ctx: int, bytes_per_value: int = 2) -> int:
        per_token = self.block_count * self.head_count_kv * (self.key_length + self.value_length)
        return n_ctx * per_token * bytes_per_value


class _Reader:
    """Walks the header from one growing in-memory buffer that starts at byte 0.

    Skipping a 150k-entry token list is then pointer arithmetic rather than
    150k file reads. Growing past the end of the file means the file was cut
    short; growing past MAX_HEADER means the header is absurd.
    """

    def __init__(self, f, size: int) -> None:
        self.f, self.size = f, size
        self.buf = bytearray()
        self.pos = 0
        self.grow(min(size, FIRST_READ))

    def grow(self, upto: int) -> None:
        if upto <= len(self.buf):
            return
        if upto > self.size:
            raise GGUFError("incomplete")
        if upto > MAX_HEADER:
            raise _damaged(f"its header claims to be larger than {_human(MAX_HEADER)}")
        target = min(self.size, MAX_HEADER, max(upto, 2 * len(self.buf)))
        self.buf += self.f.read(target - len(self.buf))
        if len(self.buf) < upto:            # the file shrank while we read it
            raise GGUFError("incomplete")

    def take(self, n: int) -> int:
        """Reserve the next n bytes; returns where they start in self.buf."""
        start = self.pos
        self.grow(start + n)
        self.pos = start + n
        return start

    def scalar(self, st: struct.Struct):
        return st.unpack_from(self.buf, self.take(st.size))[0]

    def string(self, what: str = "a text entry", limit: int = MAX_STRING) -> str:
        n = self.scalar(U64)
        if n > limit:
            raise _damaged(f"{what} claims to be {_human(n)} long")
        start = self.take(n)
        return self.buf[start:start + n].decode("utf-8", "replace")

    def skip_strings(self, count: int) -> None:
        # The hot loop for token lists: local names, one unpack per string.
        buf, pos, end, unpack = self.buf, self.pos, len(self.buf), U64.unpack_from
        for _ in range(count):
            if pos + 8 > end:
                self.grow(pos + 8)
                end = len(buf)              # bytearray grows in place: buf is still self.buf
            n = unpack(buf, pos)[0]
            if n > MAX_STRING:
                raise _damaged(f"a text entry claims to be {_human(n)} long")
            pos += 8 + n
        self.grow(pos)
        self.pos = pos


def read_gguf(path) -> GGUFInfo:
    """Read and check a GGUF file's header; raises GGUFError with a sentence."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            return _parse(path, f, os.fstat(f.fileno()).st_size)
    except GGUFError:
        raise
    except FileNotFoundError:
        raise GGUFError("not_found", name=path.name) from None
    except PermissionError:
        if path.is_dir():                   # Windows reports opening a folder this way
            raise GGUFError("is_folder", name=path.name) from None
        raise GGUFError("not_allowed", name=path.name) from None
    except IsADirectoryError:
        raise GGUFError("is_folder", name=path.name) from None
    except OSError as e:
        raise GGUFError("unreadable", name=path.name, reason=(e.strerror or "an input/output error").lower()) from None


def _parse(path: Path, f, size: int) -> GGUFInfo:
    if size == 0:
        raise GGUFError("empty")
    r = _Reader(f, size)
    head = bytes(r.buf[:16])
    if not head.startswith(MAGIC):
        if MAGIC.startswith(head):          # "GG": a GGUF file cut off after 2 bytes
            raise GGUFError("incomplete")
        if head.lstrip().lower().startswith((b"<!doctype", b"<html")):
            raise GGUFError("web_page")
        raise GGUFError("not_gguf")
    r.take(4)
    version = r.scalar(U32)
    if version not in SUPPORTED_VERSIONS:
        if version & 0xFFFF == 0 and 0 < int.from_bytes(version.to_bytes(4, "little"), "big") < 16:
            raise GGUFError("big_endian")
        raise GGUFError("version", version=str(version))
    n_tensors, n_kv = r.scalar(U64), r.scalar(U64)
    if n_tensors > MAX_TENSORS:
        raise _damaged(f"it claims to hold {n_tensors:,} tensors")
    if n_kv > MAX_KV:
        raise _damaged(f"it claims to hold {n_kv:,} metadata entries")
    # Smallest possible entry: 13 bytes of metadata, 24 of tensor table.
    if 13 * n_kv + 24 * n_tensors > size - r.pos:
        raise GGUFError("incomplete")

    metadata, per_layer_max = _read_metadata(r, n_kv)

    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if type(alignment) is not int or alignment <= 0 or alignment & (alignment - 1):
        raise _damaged("its data alignment is not a power of two")

    counts: Counter[str] = Counter()        # elements per tensor type, for the quantization
    expected = last_end = 0
    for _ in range(n_tensors):
        r.string("a tensor name", MAX_TENSOR_NAME)
        n_dims = r.scalar(U32)
        if n_dims > 4:                      # ggml tensors have at most 4 dimensions
            raise _damaged(f"a tensor claims to have {n_dims:,} dimensions")
        dims = struct.unpack_from(f"<{n_dims}Q", r.buf, r.take(8 * n_dims))
        elements = 1
        for d in dims:
            elements *= d
        if any(d > INT64_MAX for d in dims) or elements > INT64_MAX:
            raise _damaged("a tensor claims an impossible shape")
        ttype = r.scalar(U32)
        offset = r.scalar(U64)
        if ttype not in _GGML_TYPES:
            raise GGUFError("tensor_format", number=str(ttype))
        tname, block, type_size = _GGML_TYPES[ttype]
        if (dims[0] if dims else 1) % block:
            raise _damaged("a tensor's shape does not fit its format")
        nbytes = elements // block * type_size
        # llama.cpp requires the tensors to be packed in order, each padded to the alignment.
        if offset != expected:
            raise _damaged("its table of tensors does not match their data")
        last_end = offset + nbytes
        expected = offset + (nbytes + alignment - 1) // alignment * alignment
        if expected > MAX_DATA:
            raise _damaged(f"its tensors claim {_human(expected)} of data")
        counts[tname] += elements

    data_offset = (r.pos + alignment - 1) // alignment * alignment
    if n_tensors and data_offset + last_end > size:
        raise GGUFError("incomplete")         # llama.cpp would fail later, mid-load
    return _info(path, size, version, metadata, per_layer_max, counts, n_tensors, data_offset)


# The texts kept (cut to MAX_SHOWN); of the chat template only whether there is one.
_SHOWN_TEXTS = {"general.architecture", "general.name", "general.license", "general.license.name"}
_TEMPLATE = "tokenizer.chat_template"
_HIDDEN = {"Cc", "Cf", "Zl", "Zp"}      # Unicode categories of characters that do not show as themselves


def _read_metadata(r: _Reader, n_kv: int) -> tuple[dict[str, object], dict[str, int]]:
    """Every number; the shown texts (cut) and whether there is a chat template;
    arrays as ("array", type, length). Small integer arrays (per-layer head
    counts in some models) also give their maximum."""
    metadata: dict[str, object] = {}
    per_layer_max: dict[str, int] = {}
    seen: set[str] = set()
    for _ in range(n_kv):
        key = r.string("a metadata name", MAX_KEY)
        if not key:
            raise _damaged("a metadata entry has no name")
        if key in seen:
            raise _damaged("a metadata entry appears twice")
        seen.add(key)
        vtype = r.scalar(U32)
        if vtype not in _VALUE_TYPES:
            raise _damaged(f"a metadata entry has an unknown type ({vtype:,})")
        if vtype == STRING:
            n = r.scalar(U64)
            if n > MAX_STRING:
                raise _damaged(f"a text entry claims to be {_human(n)} long")
            start = r.take(n)
            if key == _TEMPLATE:
                metadata[key] = n > 0
            elif key in _SHOWN_TEXTS:
                # 4 bytes a character at most: decode no more than could be shown.
                metadata[key] = bytes(r.buf[start:start + min(n, 4 * MAX_SHOWN)]).decode("utf-8", "replace")[:MAX_SHOWN]
        elif vtype != ARRAY:
            metadata[key] = r.scalar(_STRUCTS[vtype])
        else:
            etype, count = r.scalar(U32), r.scalar(U64)
            if etype not in _VALUE_TYPES or etype == ARRAY:   # llama.cpp refuses nested lists
                raise _damaged(f"a list has an unknown type ({etype:,})")
            if count > MAX_ARRAY:
                raise _damaged(f"a list claims to have {count:,} entries")
            if etype == STRING:
                if 8 * count > r.size - r.pos:
                    raise GGUFError("incomplete")
                r.skip_strings(count)
            else:
                st = _STRUCTS[etype]
                start = r.take(count * st.size)
                if etype in _INT_TYPES and 0 < count <= 4096:
                    fmt = f"<{count}{_VALUE_TYPES[etype][1]}"
                    per_layer_max[key] = max(struct.unpack_from(fmt, r.buf, start))
            metadata[key] = ("array", _VALUE_TYPES[etype][0], count)
    return metadata, per_layer_max


def _info(path, size, version, metadata, per_layer_max, counts, n_tensors, data_offset):
    def text(key: str) -> str | None:
        # Shown in lists and dialogs: no control or format characters (a bidi override
        # would turn the name around on screen), nor line breaks.
        value = metadata.get(key)
        if not isinstance(value, str):
            return None
        return "".join(c for c in value if unicodedata.category(c) not in _HIDDEN).strip() or None

    def number(key: str, default: int = 0) -> int:
        value = metadata.get(key)
        if type(value) is int:
            return value
        return per_layer_max.get(key, default)

    arch = text("general.architecture") or ""
    head_count = number(f"{arch}.attention.head_count")
    embedding = number(f"{arch}.embedding_length")
    per_head = embedding // head_count if head_count else 0
    ftype = metadata.get("general.file_type")
    quant = _FILE_TYPES.get(ftype) if type(ftype) is int else None
    if quant is None:   # no or unknown file type: name it after the bulk of the weights
        quant = counts.most_common(1)[0][0] if counts else "unknown"
    return GGUFInfo(
        path=path, file_size=size, version=version, architecture=arch,
        name=text("general.name") or path.stem[:MAX_SHOWN],
        parameter_count=number("general.parameter_count") or sum(counts.values()),
        quantization=quant,
        context_length=number(f"{arch}.context_length"),
        block_count=number(f"{arch}.block_count"),
        embedding_length=embedding, head_count=head_count,
        head_count_kv=number(f"{arch}.attention.head_count_kv", head_count),
        key_length=number(f"{arch}.attention.key_length", per_head),
        value_length=number(f"{arch}.attention.value_length", per_head),
        has_chat_template=metadata.get(_TEMPLATE) is True,
        license=text("general.license") or text("general.license.name"),
        split_count=number("split.count", 1), split_index=number("split.no", 0),
        tensor_count=n_tensors, data_offset=data_offset,
        pooling_type=next((v for k, v in metadata.items() if k.endswith(".pooling_type") and type(v) is int), None),
    )
