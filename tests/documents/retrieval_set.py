"""The retrieval test set (tests/data/retrieval) indexed into a real store, and
recall at k measured over it. Shared by test_retrieval_quality.py and
benchmarks/bench_documents.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.documents.indexer import Embedder, Indexer
from app.documents.search import search
from app.store.documents import DocumentStore

SET = Path(__file__).resolve().parents[1] / "data" / "retrieval"


@dataclass(frozen=True)
class Question:
    q: str
    file: str
    answer: str


def questions() -> list[Question]:
    return [Question(**raw) for raw in json.loads((SET / "questions.json").read_text(encoding="utf-8"))]


def index_set(docs: DocumentStore, embedder: Embedder | None) -> int:
    """The set's documents in one collection; returns its id."""
    collection = docs.owned_collection("folder", str(SET))
    for path in sorted(SET.glob("*.md")):
        if path.name != "README.md":
            docs.add_file(collection, str(path), path.name)
    Indexer(docs, embedder).index([collection])
    return collection


def recall(docs: DocumentStore, collection: int, embedder: Embedder | None, mode: str, k: int = 4) -> float:
    """Share of questions whose answering passage is among the k passages found."""
    found = 0
    asked = questions()
    vectors = embedder.embed([embedder.query_prefix + q.q for q in asked]) if embedder and mode != "keyword" else None
    for i, question in enumerate(asked):
        vector = vectors[i] if vectors is not None else None
        hits = search(docs, [collection], question.q, vector, embedder.id if embedder else "", top=k, mode=mode)
        found += any(h.name == question.file and question.answer in h.text for h in hits)
    return found / len(asked)
