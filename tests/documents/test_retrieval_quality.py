"""Retrieval is measured, not assumed: recall at 4 over 60 questions with the
starter model as the stand-in embedder (mean pooling, the same loading code as
a real embedding model)."""

from __future__ import annotations

import pytest

from app.documents.indexer import Embedder
from app.engine import RuntimeHost
from app.store import ChatStore
from app.store.documents import DocumentStore
from tests.documents.retrieval_set import index_set, recall


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, starter_model):
    host = RuntimeHost()
    store = ChatStore.open(tmp_path_factory.mktemp("data"))
    docs = DocumentStore(store)
    embedder = Embedder(f"{starter_model.name}:stand-in", lambda texts: host.embed(texts, model=str(starter_model)))
    collection = index_set(docs, embedder)
    yield docs, collection, embedder
    store.close()
    host.close()


def test_keyword_and_meaning_together_find_the_answer_nine_times_in_ten(indexed):
    docs, collection, embedder = indexed
    assert recall(docs, collection, embedder, "both") >= 0.9


def test_search_by_meaning_alone_finds_answers_the_words_miss(indexed):
    """The stand-in is a chat model, not an embedding model: it must still do far better than chance."""
    docs, collection, embedder = indexed
    passages = sum(docs.passage_counts(f.id)[1] for f in docs.files([collection]))
    chance = 4 / passages
    assert recall(docs, collection, embedder, "meaning") > 3 * chance
