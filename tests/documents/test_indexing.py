"""Indexing into the real encrypted store: resumes, re-reads only what changed,
and a bad file leaves the rest working. The vectors here come from a quick
deterministic stand-in; the real embedder is tested in test_retrieval_quality.py."""

from __future__ import annotations

import hashlib
import os

import numpy as np
import pytest

from app.documents.errors import from_stored
from app.documents.indexer import Embedder, Indexer
from app.documents.search import search
from app.store import ChatStore
from app.store.documents import EMBEDDING, FAILED, READY, DocumentStore


class CountingEmbed:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, texts):
        self.texts += texts
        rows = [np.frombuffer(hashlib.sha256(t.encode()).digest(), dtype=np.uint8).astype(np.float32) for t in texts]
        matrix = np.vstack(rows)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


@pytest.fixture
def docs(tmp_path):
    store = ChatStore.open(tmp_path / "data")
    yield DocumentStore(store)
    store.close()


def long_text(topic: str, paragraphs: int = 40) -> str:
    return "\n\n".join(f"Paragraph {n} about {topic}. " + "Some ordinary words follow here. " * 12
                       for n in range(paragraphs))


def test_a_bad_file_gets_its_sentence_and_the_others_are_indexed(tmp_path, docs):
    good = tmp_path / "good.md"
    good.write_text("# Leave\nStaff have 27 days of leave.", encoding="utf-8")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip at all")
    collection = docs.owned_collection("folder", str(tmp_path))
    for path in (bad, good):
        docs.add_file(collection, str(path), path.name)
    files = {f.name: f for f in Indexer(docs, Embedder("e", CountingEmbed())).index([collection])}
    assert files["good.md"].status == READY
    assert files["bad.docx"].status == FAILED
    assert "bad.docx" in str(from_stored(files["bad.docx"].error))
    assert search(docs, [collection], "how many days of leave?")[0].text.endswith("27 days of leave.")


def test_a_cancelled_indexing_resumes_with_the_passages_not_yet_embedded(tmp_path, docs):
    path = tmp_path / "manual.txt"
    path.write_text(long_text("descaling"), encoding="utf-8")
    collection = docs.owned_collection("folder", str(tmp_path))
    record = docs.add_file(collection, str(path), path.name)
    first = CountingEmbed()
    batches = []
    Indexer(docs, Embedder("e", first), cancelled=lambda: len(batches) >= 1,
            progress=lambda p: batches.append(p.passages_done) if p.passages_done else None).index([collection])
    assert docs.file(record.id).status == EMBEDDING
    done, total = docs.passage_counts(record.id)
    assert 0 < done < total
    second = CountingEmbed()
    Indexer(docs, Embedder("e", second)).index([collection])       # as after a restart
    assert docs.file(record.id).status == READY
    assert len(second.texts) == total - done                        # nothing embedded twice
    assert not set(first.texts) & set(second.texts)


def test_only_a_changed_file_is_read_again(tmp_path, docs):
    path = tmp_path / "policy.md"
    path.write_text("# Expenses\nClaims within 60 days.", encoding="utf-8")
    collection = docs.owned_collection("folder", str(tmp_path))
    docs.add_file(collection, str(path), path.name)
    embed = CountingEmbed()
    indexer = Indexer(docs, Embedder("e", embed))
    indexer.index([collection])
    assert len(embed.texts) == 1
    indexer.index([collection])
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))                # touched, same bytes
    indexer.index([collection])
    assert len(embed.texts) == 1
    path.write_text("# Expenses\nClaims within 90 days.", encoding="utf-8")
    indexer.index([collection])
    assert len(embed.texts) == 2
    assert "90 days" in search(docs, [collection], "claims deadline")[0].text
    assert not search(docs, [collection], "60")


def test_another_embedding_model_embeds_again_without_reading_again(tmp_path, docs):
    path = tmp_path / "a.md"
    path.write_text("Alpha beta gamma.", encoding="utf-8")
    collection = docs.owned_collection("folder", str(tmp_path))
    docs.add_file(collection, str(path), path.name)
    Indexer(docs, Embedder("model-a", CountingEmbed())).index([collection])
    again = CountingEmbed()
    [record] = Indexer(docs, Embedder("model-b", again)).index([collection])
    assert record.embedder == "model-b" and again.texts == ["Alpha beta gamma."]


def test_deleting_a_conversation_deletes_its_documents_and_their_words(tmp_path, docs):
    store = docs._store
    conversation = store.create_conversation("Budget")
    path = tmp_path / "secret.txt"
    path.write_text("The codename is zanzibarquokka.", encoding="utf-8")
    collection = docs.conversation_collection(conversation.id)
    docs.add_file(collection, str(path), path.name)
    Indexer(docs, Embedder("e", CountingEmbed())).index([collection])
    assert search(docs, [collection], "zanzibarquokka")
    store.delete_conversation(conversation.id)
    assert docs.files([collection]) == []
    assert docs.keyword([collection], '"zanzibarquokka"', 5) == []
    with store._reading() as conn:
        assert conn.execute("SELECT count(*) FROM doc_passages_fts WHERE doc_passages_fts MATCH 'zanzibarquokka'"
                            ).fetchone()[0] == 0


def test_typed_search_syntax_stays_words(tmp_path, docs):
    path = tmp_path / "a.md"
    path.write_text("Quotes \" and stars * and NEAR(a b) are just text here.", encoding="utf-8")
    collection = docs.owned_collection("folder", str(tmp_path))
    docs.add_file(collection, str(path), path.name)
    Indexer(docs, None).index([collection])
    assert isinstance(search(docs, [collection], 'NEAR(" * OR AND -'), list)   # never raises
    assert search(docs, [collection], "stars")[0].name == "a.md"
