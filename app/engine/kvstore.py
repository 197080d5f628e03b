"""KVStore: the KV states of recent conversations, kept on disk, encrypted.

After a restart the runtime would read every long conversation again (4.4 s
for 1,600 tokens on a 2-core machine); restoring its saved state instead
takes a tenth of that. A KV state is made from the conversation's text, so
it is as secret as the text: each file is AES-256-GCM encrypted with a key
derived from the conversation store's own key (ChatStore.derived_key), in
chunks that are each authenticated, and only data that passed the check
reaches llama.cpp. Plaintext never touches the disk; a damaged, truncated
or foreign file is deleted and the conversation is simply read again.

A file belongs to one model "slot" (the model file's path and adapter; the
slot's keyed tag starts the file name) and carries, encrypted, the model's
fingerprint: file identity, adapter, chat template and the engine's state
format. When the model at a slot changes, its old files are dropped. Files
of other models stay, within one byte budget for the folder, oldest out
first, and none older than MAX_AGE_S.

Runs in the engine's child process, on the Runtime's thread. No llama_cpp
here: the Runtime hands in and takes out plain buffers.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import struct
import time
from array import array
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.engine.kvcache import common_prefix

log = logging.getLogger(__name__)

MAGIC = b"TRMNTKV\n"
VERSION = 1
CHUNK = 4 << 20                 # plaintext bytes per authenticated chunk
MAX_AGE_S = 7 * 24 * 3600       # "recent" conversations: a week
_HEADER = struct.Struct("<8sI16s")          # magic, version, salt (authenticated, not secret)
_FRAME = struct.Struct("<I")                # length of the next chunk's ciphertext
_META = struct.Struct("<32sIQ")             # fingerprint, token count, state bytes
_TAG = 16
_SUFFIX = ".kv"


@dataclass(frozen=True)
class StoredState:
    path: Path
    tokens: tuple[int, ...]
    size: int                   # plaintext bytes of the state


class KVStore:
    """One folder of encrypted states; bind() it to the loaded model first."""

    def __init__(self, folder: str | os.PathLike, key: bytes, budget_bytes: int) -> None:
        if len(key) < 32:
            raise ValueError("the KV store needs a 32-byte key")
        self.folder = Path(folder)
        self.budget = budget_bytes
        self._key = bytes(key)
        self._slot = ""
        self._fingerprint = b""
        self._states: list[StoredState] = []

    # -- the model's files ---------------------------------------------------

    def bind(self, slot: str, fingerprint: bytes) -> None:
        """Use the files of the model at `slot`; drop those made by an earlier model there."""
        self._slot = self._tag(b"slot\0" + slot.encode("utf-8", "surrogatepass"))
        self._fingerprint = hashlib.sha256(fingerprint).digest()
        self._states = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            entries = list(os.scandir(self.folder))
        except OSError as exc:
            log.warning("KV store folder unusable: %s", exc.strerror)
            return
        now = time.time()
        for entry in entries:
            path = Path(entry.path)
            try:
                age = now - entry.stat().st_mtime
            except OSError:
                continue
            if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                if age > 600:           # left by a writer that was killed
                    _unlink(path)
            elif entry.name.endswith(_SUFFIX) and age > MAX_AGE_S:
                _unlink(path)
            elif entry.name.startswith(self._slot + "-") and entry.name.endswith(_SUFFIX):
                state = self._read_meta(path)
                if state is None:
                    _unlink(path)       # damaged, foreign, or from this model before it changed
                else:
                    self._states.append(state)
        log.info("KV store: %d saved states for this model", len(self._states))

    def best(self, prompt: list[int]) -> tuple[StoredState, int] | None:
        """The saved state sharing the longest prefix with prompt, and that length."""
        found = None
        for state in self._states:
            shared = common_prefix(list(state.tokens), prompt)
            if found is None or shared > found[1]:
                found = (state, shared)
        return found

    def __len__(self) -> int:
        return len(self._states)

    # -- reading and writing ----------------------------------------------------

    def load(self, state: StoredState) -> bytearray | None:
        """The state's bytes, every chunk authenticated; None (and the file gone) if it fails."""
        try:
            with open(state.path, "rb") as f:
                aead, header = self._open_header(f)
                meta = self._chunk(f, aead, header, 0, last=False)
                if _META.unpack_from(meta)[2] != state.size:
                    raise ValueError("size changed")
                out = bytearray(state.size)
                at, index = 0, 1
                while at < state.size:
                    plain = self._chunk(f, aead, header, index, last=at + CHUNK >= state.size)
                    out[at:at + len(plain)] = plain
                    at += len(plain)
                    index += 1
                if at != state.size or f.read(1):
                    raise ValueError("trailing data")
            os.utime(state.path)        # recently used: evicted last
            return out
        except (OSError, ValueError, InvalidTag, struct.error) as exc:
            log.warning("KV store: dropping an unreadable state (%s)", type(exc).__name__)
            self._drop(state)
            return None

    def save(self, tokens: list[int], data) -> bool:
        """Write a state (a buffer of its bytes) for these tokens; False when not kept."""
        size = len(data)
        if not self._slot or not tokens or size > self.budget:
            return False
        if any(state.tokens[:len(tokens)] == tuple(tokens) for state in self._states):
            return False    # a saved state already covers these tokens
        salt = secrets.token_bytes(16)
        header = _HEADER.pack(MAGIC, VERSION, salt)
        aead = AESGCM(self._file_key(salt))
        name = f"{self._slot}-{secrets.token_hex(8)}{_SUFFIX}"
        path, tmp = self.folder / name, self.folder / f".{name}.tmp"
        view = memoryview(data).cast("B")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with open(fd, "wb") as f:
                f.write(header)
                ids = array("I", tokens)
                meta = _META.pack(self._fingerprint, len(tokens), size) + ids.tobytes()
                self._write_chunk(f, aead, header, 0, meta, last=False)
                for index, at in enumerate(range(0, size, CHUNK), start=1):
                    self._write_chunk(f, aead, header, index, view[at:at + CHUNK], last=at + CHUNK >= size)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("KV store: a state could not be saved (%s)", exc.strerror)
            _unlink(tmp)
            return False
        new = StoredState(path, tuple(tokens), size)
        for state in [s for s in self._states if tuple(tokens[:len(s.tokens)]) == s.tokens]:
            self._drop(state)           # superseded: the new state holds all of it
        self._states.append(new)
        self._enforce_budget()
        return True

    def forget(self, prompt: list[int], min_shared: int) -> int:
        """Drop the states that share at least min_shared tokens with prompt; returns how many."""
        gone = [s for s in self._states if common_prefix(list(s.tokens), prompt) >= min_shared]
        for state in gone:
            self._drop(state)
        return len(gone)

    # -- the file format ----------------------------------------------------------

    def _tag(self, data: bytes) -> str:
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()[:16]

    def _file_key(self, salt: bytes) -> bytes:
        return hmac.new(self._key, b"kv-file\0" + salt, hashlib.sha256).digest()

    @staticmethod
    def _nonce(index: int, last: bool) -> bytes:
        # A chunk's place and whether it ends the file are in its nonce: chunks
        # moved, dropped or cut off fail authentication.
        return index.to_bytes(8, "big") + (b"\x01" if last else b"\x00") + b"\0\0\0"

    def _write_chunk(self, f, aead: AESGCM, header: bytes, index: int, plain, last: bool) -> None:
        sealed = aead.encrypt(self._nonce(index, last), plain, header)
        f.write(_FRAME.pack(len(sealed)))
        f.write(sealed)

    def _open_header(self, f) -> tuple[AESGCM, bytes]:
        header = f.read(_HEADER.size)
        magic, version, salt = _HEADER.unpack(header)
        if magic != MAGIC or version != VERSION:
            raise ValueError("not a state file of this version")
        return AESGCM(self._file_key(salt)), header

    @staticmethod
    def _chunk(f, aead: AESGCM, header: bytes, index: int, last: bool) -> bytes:
        (length,) = _FRAME.unpack(f.read(_FRAME.size))
        if not _TAG <= length <= CHUNK + _TAG:
            raise ValueError("bad chunk length")
        sealed = f.read(length)
        if len(sealed) != length:
            raise ValueError("truncated")
        return aead.decrypt(KVStore._nonce(index, last), sealed, header)

    def _read_meta(self, path: Path) -> StoredState | None:
        try:
            with open(path, "rb") as f:
                aead, header = self._open_header(f)
                meta = self._chunk(f, aead, header, 0, last=False)
            fingerprint, count, size = _META.unpack_from(meta)
            if fingerprint != self._fingerprint or len(meta) != _META.size + 4 * count:
                return None
            ids = array("I")
            ids.frombytes(meta[_META.size:])
            return StoredState(path, tuple(ids), size)
        except (OSError, ValueError, InvalidTag, struct.error):
            return None

    # -- housekeeping -------------------------------------------------------------

    def clear(self) -> int:
        """Every state in the folder, of every model (all conversations were deleted); how many."""
        self._states = []
        return clear_folder(self.folder)

    def _drop(self, state: StoredState) -> None:
        _unlink(state.path)
        if state in self._states:
            self._states.remove(state)

    def _enforce_budget(self) -> None:
        """Oldest files out until the folder's states fit the budget (all models together)."""
        try:
            files = [(e.stat().st_mtime, e.stat().st_size, Path(e.path)) for e in os.scandir(self.folder)
                     if e.name.endswith(_SUFFIX)]
        except OSError:
            return
        total = sum(size for _t, size, _p in files)
        for _mtime, size, path in sorted(files):
            if total <= self.budget:
                break
            total -= size
            for state in [s for s in self._states if s.path == path]:
                self._states.remove(state)
            _unlink(path)


def clear_folder(folder: str | os.PathLike) -> int:
    """Delete every saved state (and half-written one) in folder; works without the key."""
    count = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.endswith(_SUFFIX) or (entry.name.startswith(".") and entry.name.endswith(".tmp")):
            _unlink(Path(entry.path))
            count += 1
    return count


def fingerprint(model_path: str, *parts: str) -> bytes:
    """The identity of a model as the saved states depend on it: its file (size,
    time and the bytes at both ends, where the header and last tensors are) and
    whatever else changes the states (adapter, chat template, state format)."""
    h = hashlib.sha256()
    stat = os.stat(model_path)
    h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    with open(model_path, "rb") as f:
        h.update(f.read(1 << 20))
        f.seek(max(0, stat.st_size - (1 << 20)))
        h.update(f.read(1 << 20))
    for part in parts:
        h.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return h.digest()


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
