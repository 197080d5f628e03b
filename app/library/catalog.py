"""The curated catalog (resources/catalog.json) and its advice for this computer.

A dozen well-known open chat models in GGUF, each with repository, file,
size, SHA-256 (where confirmed), licence and a line in plain words. ranked()
sorts them for the hardware at hand: models that fit first, then by how
fast they would write here (fit.predict_speed), the most capable of the
brisk ones on top and marked "Recommended for this computer". Pure Python,
any thread; the file is read once by load_catalog().
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from app.library.describe import Licence, licence_words
from app.library.errors import LibraryError
from app.library.fit import AUTO_CONTEXT, FITS, TIGHT, Advice, Hardware, advise, kv_bytes
from app.library.safety import check_filename, check_repo_id
from app.paths import resources_dir

# Writing speeds, in tokens a second (a token is about three quarters of a word):
# recommended only from BRISK up (faster than most people read); SLOW is below
# reading speed, shown as such. Without a speed guess (a graphics card not yet
# measured), a model over SLOW_ON_CPU_BYTES that runs from main memory counts as slow.
BRISK_TOKENS_PER_S = 8.0
SLOW_TOKENS_PER_S = 4.0
SLOW_ON_CPU_BYTES = 6 * 10**9
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class CatalogError(LibraryError, ValueError):
    """The catalog file is missing or damaged (codes in LibraryError)."""


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    maker: str
    repo: str
    file: str
    revision: str
    size: int | None            # exact bytes, when confirmed
    approx_size: int | None     # for advice only, when the exact size is not known
    sha256: str | None          # None: the hub's own checksum is used
    parameters: str             # the publisher's label: "3.2B"
    quantization: str
    licence: str                # an id as used on the hub: apache-2.0, llama3.2, gemma, mit, mrl
    layers: int
    kv_heads: int
    head_dim: int
    description: str            # in English
    notes: str = ""
    descriptions: tuple[tuple[str, str], ...] = ()    # (language, text): the catalog's own translations

    def description_in(self, language: str) -> str:
        """The description in this language ("fr"), else in English."""
        return dict(self.descriptions).get(language, self.description)

    @property
    def download_size(self) -> int:
        return self.size or self.approx_size or 0

    @property
    def licence_text(self) -> Licence:
        return licence_words(self.licence)

    def advice(self, hw: Hardware, context: int = AUTO_CONTEXT) -> Advice:
        return advise(self.download_size, kv_bytes(self.layers, self.kv_heads, self.head_dim, context), hw,
                      self.layers, self.quantization)


@dataclass(frozen=True)
class Ranked:
    entry: CatalogEntry
    advice: Advice
    recommended: bool = False
    slow: bool = False          # would write slower than people read

    @property
    def brisk(self) -> bool:
        speed = self.advice.tokens_per_s
        return not self.slow and (speed is None or speed >= BRISK_TOKENS_PER_S)


def _entry(raw: dict) -> CatalogEntry:
    try:
        # A description is a text, or one per language: {"en": …, "fr": …}.
        texts = raw.get("description", "")
        texts = texts if isinstance(texts, dict) else {"en": texts}
        entry = CatalogEntry(
            id=str(raw["id"]), name=str(raw["name"]), maker=str(raw.get("maker", "")),
            repo=check_repo_id(raw["repo"]), file=str(raw["file"]), revision=str(raw.get("revision") or "main"),
            size=raw.get("size"), approx_size=raw.get("approx_size"), sha256=raw.get("sha256"),
            parameters=str(raw.get("parameters", "")), quantization=str(raw.get("quantization", "")),
            licence=str(raw.get("licence", "")), layers=int(raw["layers"]), kv_heads=int(raw["kv_heads"]),
            head_dim=int(raw["head_dim"]), description=str(texts.get("en", "")),
            notes=str(raw.get("notes", "")),
            descriptions=tuple((str(k), str(v)) for k, v in texts.items() if isinstance(v, str)))
        if check_filename(entry.file) != entry.file:
            raise ValueError("catalog files lie at the top of their repository")
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogError("catalog_entry_damaged", detail=str(exc)) from None
    if entry.sha256 is not None and not _SHA256.match(entry.sha256):
        raise CatalogError("catalog_bad_checksum", name=entry.name)
    if entry.size is not None and (not isinstance(entry.size, int) or entry.size <= 0):
        raise CatalogError("catalog_bad_size", name=entry.name)
    return entry


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """The catalog's models, in file order; CatalogError with a sentence if damaged."""
    path = path or resources_dir() / "catalog.json"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError:
        raise CatalogError("catalog_missing") from None
    except ValueError:
        raise CatalogError("catalog_damaged") from None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("models"), list):
        raise CatalogError("catalog_version")
    entries = [_entry(raw) for raw in data["models"]]
    if len({e.id for e in entries}) != len(entries):
        raise CatalogError("catalog_twice")
    return entries


def ranked(entries: list[CatalogEntry], hw: Hardware, context: int = AUTO_CONTEXT) -> list[Ranked]:
    """Best first: models that fit (the most capable that writes briskly on top,
    then slower ones, then those slower than reading, the fastest of them
    first), then tight ones, then those that do not fit (smallest first)."""
    rows = []
    for entry in entries:
        advice = entry.advice(hw, context)
        if advice.tokens_per_s is not None:
            slow = advice.tokens_per_s < SLOW_TOKENS_PER_S
        else:
            slow = advice.where != "graphics card" and entry.download_size > SLOW_ON_CPU_BYTES
        rows.append(Ranked(entry, advice, slow=slow))

    def key(row: Ranked):
        size = row.entry.download_size
        if row.advice.verdict in (FITS, TIGHT):
            return (row.advice.rank, not row.brisk, row.slow, size if row.slow else -size)
        return (row.advice.rank, False, False, size)

    rows.sort(key=key)
    if rows and rows[0].advice.verdict == FITS and rows[0].brisk:
        rows[0] = Ranked(rows[0].entry, rows[0].advice, recommended=True, slow=False)
    return rows


def find_entry(entries: list[CatalogEntry], repo: str, filename: str) -> CatalogEntry | None:
    for entry in entries:
        if entry.repo.lower() == repo.lower() and entry.file == filename:
            return entry
    return None
