"""Models on this computer: names for display, and the scan of the model folders.

The scan reads every GGUF header with the engine's bounded reader before a
file is listed, so a file that is not a usable model is reported with a
sentence and never offered. A split model (name-00001-of-0000N.gguf) is one
model: it is listed by its first part, with the size of all parts, only when
every part is there and readable. Headers are cached by (size, mtime), so a
rescan after a download reads only what changed; the cache holds only files
the last scan saw, and at most MAX_CACHED of them.

Runs on whatever thread calls it (the GUI calls it from a pool thread).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from app.engine.gguf import GGUFError, GGUFInfo, read_gguf

# Quantization suffixes such as .Q4_1, -Q4_K_M, .IQ3_XS, -f16, .bf16
_QUANT = re.compile(r"[.\-_](?:I?Q\d\w*|F16|F32|BF16)$", re.IGNORECASE)
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})$")

MAX_CACHED = 1024        # headers kept; each is small (gguf.py keeps only what is shown)

# Where a model lies decides what the app may do with it.
OWN, BUNDLED, SHARED, LINKED = "own", "bundled", "shared", "linked"


def display_name(path: str | Path) -> str:
    """"SmolLM2-135M-Instruct.Q4_1.gguf" -> "SmolLM2 135M Instruct"."""
    stem = _SPLIT.sub("", Path(path).stem)
    stem = _QUANT.sub("", stem)
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or Path(path).name


def quantization_of(path: str | Path) -> str:
    match = _QUANT.search(_SPLIT.sub("", Path(path).stem))
    return match.group(0)[1:].upper() if match else ""


def split_parts(path: Path) -> list[Path] | None:
    """All parts of a split model given its first part; None when not split."""
    match = _SPLIT.search(path.stem)
    if not match:
        return None
    count = int(match.group(2))
    base = path.stem[:match.start()]
    return [path.with_name(f"{base}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]


def find_models(folders: list[Path]) -> list[Path]:
    """The GGUF models in these folders (not below them), by name; a split
    model counts once, by its first part."""
    found: dict[Path, None] = {}
    for folder in folders:
        try:
            entries = sorted(Path(folder).glob("*.gguf"))
        except OSError:
            continue   # a network share that is away is simply not listed
        for path in entries:
            split = _SPLIT.search(path.stem)
            if split and int(split.group(1)) != 1:
                continue
            found[path.resolve()] = None
    return sorted(found, key=lambda p: display_name(p).lower())


@dataclass(frozen=True)
class LocalModel:
    path: Path                  # the file to load: the first part of a split model
    parts: tuple[Path, ...]
    name: str
    size: int                   # bytes, all parts
    info: GGUFInfo              # the first part's header
    place: str                  # OWN, BUNDLED, SHARED or LINKED
    licence: str                # an id such as apache-2.0; "" when unknown

    @property
    def deletable(self) -> bool:
        """Only files in the app's own models folder are ever deleted."""
        return self.place == OWN

    @property
    def parameter_count(self) -> int:
        return self.info.parameter_count

    @property
    def quantization(self) -> str:
        return self.info.quantization or quantization_of(self.path)

    @property
    def context_length(self) -> int:
        return self.info.context_length


@dataclass(frozen=True)
class Problem:
    path: Path
    sentence: str


@dataclass(frozen=True)
class ScanResult:
    models: list[LocalModel]
    problems: list[Problem]


class ModelScanner:
    """Scans the model folders; keeps headers it has read while files stay unchanged."""

    def __init__(self, models_dir: Path, bundled_dir: Path | None = None,
                 shared_dirs: list[Path] | None = None, index=None) -> None:
        self.models_dir = Path(models_dir)
        self.bundled_dir = bundled_dir
        self.shared_dirs = [Path(d) for d in shared_dirs or []]
        self.index = index                       # LibraryIndex: linked files and sources
        self._cache: dict[Path, tuple[tuple[int, int], GGUFInfo]] = {}
        self._lock = threading.Lock()

    def _read(self, path: Path) -> GGUFInfo:
        stat = path.stat()
        key = (stat.st_size, stat.st_mtime_ns)
        with self._lock:
            cached = self._cache.pop(path, None)
            if cached and cached[0] == key:
                self._cache[path] = cached          # to the end: the most recently used
                return cached[1]
        info = read_gguf(path)
        with self._lock:
            self._cache[path] = (key, info)
            while len(self._cache) > MAX_CACHED:
                del self._cache[next(iter(self._cache))]
        return info

    def _places(self) -> list[tuple[Path, str]]:
        places = [(self.models_dir, OWN)]
        if self.bundled_dir is not None:
            places.append((Path(self.bundled_dir), BUNDLED))
        places += [(d, SHARED) for d in self.shared_dirs]
        return places

    def scan(self) -> ScanResult:
        models: dict[Path, LocalModel] = {}
        problems: list[Problem] = []
        candidates = [(p, place) for folder, place in self._places() for p in find_models([folder])]
        if self.index is not None:
            candidates += [(p, LINKED) for p in self.index.linked()]
        for path, place in candidates:
            key = path.resolve() if path.exists() else path
            if key in models:
                continue
            try:
                model = self.load(path, place)
            except GGUFError as exc:
                problems.append(Problem(path, f"{path.name}: {exc}"))
                continue
            except OSError:
                if place == LINKED:
                    problems.append(Problem(path, f"{path.name} is no longer where it was ({path.parent})."))
                continue   # a file that vanished while we looked
            models[key] = model
        seen = {part for path, _place in candidates for part in split_parts(path) or [path]}
        with self._lock:
            for gone in [p for p in self._cache if p not in seen]:
                del self._cache[gone]           # deleted, renamed, or in a folder no longer listed
        listed = sorted(models.values(), key=lambda m: (m.name.lower(), str(m.path)))
        return ScanResult(listed, problems)

    def load(self, path: Path, place: str = LINKED) -> LocalModel:
        """One model, every part checked; GGUFError(sentence) if it cannot be used."""
        path = Path(path)
        if not path.is_file():
            raise OSError(f"{path} is missing")
        parts = split_parts(path) or [path]
        info = self._read(path)
        if info.split_count > 1 and len(parts) == 1:
            raise GGUFError("split_unnamed", count=info.split_count)
        size = 0
        for number, part in enumerate(parts, start=1):
            if not part.is_file():
                raise GGUFError("part_missing", number=number, count=len(parts))
            size += (self._read(part) if part != path else info).file_size
        licence = info.license or ""
        if not licence and self.index is not None:
            licence = self.index.source(path.name).get("licence", "")
        return LocalModel(path=path, parts=tuple(parts), name=display_name(path), size=size,
                          info=info, place=place, licence=licence)
