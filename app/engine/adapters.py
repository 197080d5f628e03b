"""LoRA adapters: checked against the model before llama.cpp sees them, and
applied in the engine's child for one conversation's replies only.

An adapter GGUF (llama.cpp's convert_lora_to_gguf) holds pairs of small
matrices, "<tensor>.lora_a" and "<tensor>.lora_b", for tensors of one base
model. check() reads both headers (bounded, gguf.py's reader) and refuses an
adapter whose architecture differs from the model's, or whose matrices do
not fit the model's tensors: made for another size of the same family.
llama.cpp refuses such files too, but only with a log line.

In the child, Adapters.use() sets the adapter the reply asks for (GenParams
.adapter, .adapter_scale) on the context. The KV cache depends on it, so
the cache and the in-memory snapshots of one adapter are never reused under
another: switching parks them with their adapter and brings back the new
one's, and the encrypted disk store is bound to a slot of its own per
adapter. Its states hold the adapter's identity in their fingerprint.

Import has no llama_cpp (the app's process unpickles AdapterError); the
child's parts import it when they run, on the Runtime's thread.
"""

from __future__ import annotations

import os
import struct
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path

from app.engine.gguf import _STRUCTS, ARRAY, MAGIC, MAX_KEY, STRING, U32, U64, GGUFError, _Reader, read_gguf
from app.engine.kvstore import fingerprint
from app.engine.types import EngineError
from app.errors import QT_TRANSLATE_NOOP

MAX_LOADED = 4          # adapters kept loaded in the child at once
MAX_PARKED = 2          # other adapters whose KV snapshots are kept in memory
_KEPT_TEXTS = ("general.architecture", "general.type", "adapter.type", "general.name")


class AdapterError(EngineError):
    templates = {
        "unreadable": QT_TRANSLATE_NOOP("Errors", "The adapter “{name}” could not be used: {reason}"),
        "not_adapter": QT_TRANSLATE_NOOP("Errors", "“{name}” is not a LoRA adapter (a GGUF file made by "
                                                   "llama.cpp's convert_lora_to_gguf)."),
        "other_model": QT_TRANSLATE_NOOP("Errors", "The adapter “{name}” was made for another kind of model "
                                                   "({adapter_arch}); the model in use is {model_arch}."),
        "other_size": QT_TRANSLATE_NOOP("Errors", "The adapter “{name}” was made for another model of the same "
                                                  "kind: its layers do not fit this model ({tensor})."),
        "refused": QT_TRANSLATE_NOOP("Errors", "The model would not take the adapter “{name}”; the file may be "
                                               "damaged."),
    }


@dataclass(frozen=True)
class AdapterInfo:
    path: str
    name: str
    architecture: str
    pairs: int              # adapted tensors


# -- the check, in either process ------------------------------------------------------------

def _header(path: str | os.PathLike) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """The few texts above and every tensor's shape, from a file read_gguf has passed."""
    with open(path, "rb") as f:
        r = _Reader(f, os.fstat(f.fileno()).st_size)
        if bytes(r.buf[:4]) != MAGIC:
            raise GGUFError("not GGUF")
        r.take(8)
        n_tensors, n_kv = r.scalar(U64), r.scalar(U64)
        texts: dict[str, str] = {}
        for _ in range(n_kv):
            key = r.string("a metadata name", MAX_KEY)
            vtype = r.scalar(U32)
            if vtype == STRING:
                n = r.scalar(U64)
                start = r.take(n)
                if key in _KEPT_TEXTS and n <= 800:
                    texts[key] = bytes(r.buf[start:start + n]).decode("utf-8", "replace")
            elif vtype == ARRAY:
                etype, count = r.scalar(U32), r.scalar(U64)
                if etype == STRING:
                    r.skip_strings(count)
                else:
                    r.take(count * _STRUCTS[etype].size)
            else:
                r.take(_STRUCTS[vtype].size)
        tensors = {}
        for _ in range(n_tensors):
            name = r.string("a tensor name")
            n_dims = r.scalar(U32)
            tensors[name] = struct.unpack_from(f"<{n_dims}Q", r.buf, r.take(8 * n_dims))
            r.take(12)      # type and offset
    return texts, tensors


def check(adapter: str | os.PathLike, model: str | os.PathLike) -> AdapterInfo:
    """The adapter, if it fits the model; AdapterError with a sentence if not."""
    name = Path(adapter).name
    try:
        read_gguf(adapter)              # every bound checked before anything else reads it
        texts, pairs = _header(adapter)
        model_texts, base = _header(model)
    except (GGUFError, OSError, struct.error, KeyError) as exc:
        raise AdapterError("unreadable", name=name, reason=str(exc)) from None
    if texts.get("adapter.type", "").lower() != "lora" or not pairs:
        raise AdapterError("not_adapter", name=name)
    arch, model_arch = texts.get("general.architecture", "?"), model_texts.get("general.architecture", "?")
    if arch != model_arch:
        raise AdapterError("other_model", name=name, adapter_arch=arch, model_arch=model_arch)
    count = 0
    for tensor, a in pairs.items():
        if not tensor.endswith(".lora_a"):
            continue
        target = tensor[:-len(".lora_a")]
        b = pairs.get(target + ".lora_b")
        shape = base.get(target)
        # ggml order: a is [in, rank], b is [rank, out], the base tensor [in, out].
        if b is None or shape is None or len(a) != 2 or len(b) != 2 or len(shape) < 2 \
                or a[0] != shape[0] or b[1] != shape[1] or a[1] != b[0]:
            raise AdapterError("other_size", name=name, tensor=target)
        count += 1
    if not count:
        raise AdapterError("not_adapter", name=name)
    return AdapterInfo(str(adapter), texts.get("general.name") or Path(adapter).stem, arch, count)


# -- in the engine's child ----------------------------------------------------------------------

class Adapters:
    """The adapter of the conversation being answered. Runtime's thread, in the child."""

    def __init__(self) -> None:
        self.key = ""                              # "" = none; else "<path>@<scale>"
        self._active: tuple[object, float] | None = None
        self._loaded: OrderedDict[str, object] = OrderedDict()
        self._parked: OrderedDict[str, object] = OrderedDict()

    def use(self, runtime, params) -> None:
        """Make the live context run with params' adapter; a change clears the KV cache."""
        path = params.adapter
        key = f"{os.path.abspath(path)}@{params.adapter_scale:g}" if path else ""
        if key == self.key:
            return
        adapter = self._load(runtime, path) if path else None   # refused: nothing has changed yet
        live = runtime._live
        if live.tokens:
            runtime._save_snapshot()
        self._parked[self.key] = runtime._snapshots
        self._parked.move_to_end(self.key)
        while len(self._parked) > MAX_PARKED:
            self._parked.popitem(last=False)
        parked = self._parked.pop(key, None)
        runtime._snapshots = parked if parked is not None else type(runtime._snapshots)(runtime._snapshots.budget)
        live.keep(0)
        self._active = (adapter, params.adapter_scale) if adapter else None
        live.on_new = self.attach
        self.attach(live.ctx)
        self.key = key
        self._bind_disk(runtime, path)

    def attach(self, ctx) -> None:
        """Set the active adapter (or none) on a context; LiveContext calls it for each new one."""
        import ctypes  # noqa: PLC0415

        import llama_cpp as L  # noqa: PLC0415
        if self._active is None:
            L.llama_set_adapters_lora(ctx, None, 0, None)
            return
        adapter, scale = self._active
        L.llama_set_adapters_lora(ctx, (L.llama_adapter_lora_p_ctypes * 1)(adapter), 1,
                                  (ctypes.c_float * 1)(scale))

    def forget(self) -> None:
        """The model is being freed, and with it its adapters (llama.cpp frees them)."""
        self.key = ""
        self._active = None
        self._loaded.clear()
        self._parked.clear()

    def _load(self, runtime, path: str):
        import llama_cpp as L  # noqa: PLC0415

        full = os.path.abspath(path)
        if full in self._loaded:
            self._loaded.move_to_end(full)
            return self._loaded[full]
        check(full, runtime.info.local.path)
        adapter = L.llama_adapter_lora_init(runtime._model, full.encode("utf-8"))
        if not adapter:
            raise AdapterError("refused", name=Path(path).name)
        self._loaded[full] = adapter
        while len(self._loaded) > MAX_LOADED:
            old_path, old = next(iter(self._loaded.items()))
            if self._active is not None and old is self._active[0]:
                self._loaded.move_to_end(old_path)
                continue
            self._loaded.pop(old_path)
            L.llama_adapter_lora_free(old)
        return adapter

    def _bind_disk(self, runtime, path: str) -> None:
        """The disk store's slot and fingerprint with this adapter's identity (none: the model's own)."""
        disk, identity = runtime._disk, getattr(runtime, "_disk_identity", None)
        if disk is None or identity is None:
            return
        slot, model_path, parts = identity
        try:
            if not path:
                disk.bind(slot, fingerprint(model_path, *parts))
                return
            adapter_id = fingerprint(path).hex()       # the adapter file's own identity
            disk.bind(f"{slot}\0adapter {self.key}", fingerprint(model_path, *parts, "adapter", adapter_id, self.key))
        except OSError:
            runtime._disk = None


def with_adapter(params, path: str | None, scale: float):
    """GenParams with a conversation's adapter (or none)."""
    return replace(params, adapter=path or "", adapter_scale=float(scale))
