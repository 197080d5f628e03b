"""Hybrid search: the words of a question (FTS5, BM25) and its meaning (cosine
over the passages' vectors), fused by reciprocal rank. Any thread; in the app
the engine thread, just before a reply, and the benchmark's.

Reciprocal rank fusion (Cormack et al., 2009) adds 1/(60 + rank) from each
list: it needs no calibration between BM25 scores and cosines, and a passage
that both lists rank well comes first. A question with no usable words, or a
collection without vectors, falls back to the one list there is.
"""

from __future__ import annotations

import re

from app.store.documents import DocumentStore, PassageRecord

RRF_K = 60
CANDIDATES = 24          # taken from each list before fusing
KEYWORD, MEANING, BOTH = "keyword", "meaning", "both"

# Words that say nothing about a document, in the four languages of the app: without
# them BM25 scores fewer rows (a question's "the" matches nearly every passage).
STOPWORDS = frozenset("""
a an and are as at be by can could did do does for from had has have how i in is it its of on or
that the their there these this to was were what when where which who whom why will with would you your
au aux avec ce ces dans de des du elle en est et il ils je la le les leur mais ne nous on ou où par pas
pour qu que quel quelle qui sa se ses son sont sur un une vous y
am an auf aus bei das dem den der des die du ein eine einem einen einer es für hat ich ihr im in ist
mit nach nicht oder sie sind und von war was wer wie wo zu zum zur
al con cual cuál cuando cuándo de del el en es la las lo los para por que qué se su sus un una y
""".split())


def words(text: str) -> list[str]:
    return [w for w in dict.fromkeys(re.findall(r"\w+", text.lower())) if len(w) > 1 and w not in STOPWORDS]


def fts_query(text: str) -> str:
    """Any of the question's words, each quoted: typed text never becomes FTS5 syntax.
    A word of 4 letters or more also matches longer forms ("invoice" → "invoices")."""
    terms = []
    for word in words(text)[:32]:
        quoted = '"' + word.replace('"', '') + '"'
        terms.append(quoted + "*" if len(word) >= 4 else quoted)
    return " OR ".join(terms)


def keyword_ranking(docs: DocumentStore, collections: list[int], question: str, limit: int = CANDIDATES) -> list[int]:
    return docs.keyword(collections, fts_query(question), limit)


def meaning_ranking(docs: DocumentStore, collections: list[int], query_vector, embedder: str,
                    limit: int = CANDIDATES) -> list[int]:
    import numpy as np  # noqa: PLC0415

    if query_vector is None or not embedder:
        return []
    ids, matrix = docs.matrix(collections, embedder)
    if not len(ids) or matrix.shape[1] != len(query_vector):
        return []
    scores = matrix @ np.asarray(query_vector, dtype=np.float32)
    top = min(limit, len(scores))
    best = np.argpartition(-scores, top - 1)[:top]
    return [int(ids[i]) for i in best[np.argsort(-scores[best])]]


def fuse(*rankings: list[int], k: int = RRF_K) -> list[int]:
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, pid in enumerate(ranking):
            scores[pid] = scores.get(pid, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=lambda pid: -scores[pid])


def search(docs: DocumentStore, collections: list[int], question: str, query_vector=None, embedder: str = "",
           top: int = 4, mode: str = BOTH) -> list[PassageRecord]:
    """The best passages for a question, best first."""
    keyword = keyword_ranking(docs, collections, question) if mode in (KEYWORD, BOTH) else []
    meaning = meaning_ranking(docs, collections, query_vector, embedder) if mode in (MEANING, BOTH) else []
    # A few more than asked: a passage deleted since the vectors were read is skipped by passages().
    return docs.passages(fuse(keyword, meaning)[:3 * top])[:top]
