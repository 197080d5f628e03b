"""Which model embeds documents: the catalog's embedding model when it is on
this computer, else the starter model standing in (mean pooling). Any thread.

The starter model is no embedding model, but it is always here, offline, and
the retrieval test set measures it (recall at 4 of 0.95 with keywords and
meaning together, docs/benchmarks.md); the Models pane offers the real one,
and a file embedded by one model is embedded again when the other arrives
(the indexer compares the ids).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir


@dataclass(frozen=True)
class EmbeddingModel:
    path: str
    id: str                    # "<file name>:<size>": stored with each file's vectors
    query_prefix: str = ""
    passage_prefix: str = ""
    stand_in: bool = False     # a chat model, mean-pooled


def catalog_entries(catalog: Path | None = None) -> list[dict]:
    try:
        data = json.loads((catalog or resources_dir() / "catalog.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("embedding_models", []) if isinstance(data, dict) else []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("file"), str)]


def choose(folders: list[Path], stand_in: Path | None, catalog: Path | None = None) -> EmbeddingModel | None:
    """The first catalog embedding model found in folders; else the stand-in; None if neither is here."""
    for entry in catalog_entries(catalog):
        for folder in folders:
            path = Path(folder) / entry["file"]
            if path.is_file():
                return EmbeddingModel(str(path), _identity(path), str(entry.get("query_prefix") or ""),
                                      str(entry.get("passage_prefix") or ""))
    if stand_in is not None and Path(stand_in).is_file():
        return EmbeddingModel(str(stand_in), _identity(Path(stand_in)), stand_in=True)
    return None


def _identity(path: Path) -> str:
    try:
        return f"{path.name}:{os.path.getsize(path)}"
    except OSError:
        return path.name
