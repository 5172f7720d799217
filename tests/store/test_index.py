"""The BM25 index must give rank-bm25's BM25Okapi scores exactly, also after incremental adds."""

import random

import pytest
from rank_bm25 import BM25Okapi

from store import index
from store.db import connect, transaction


def _corpus(rng: random.Random, n_docs: int, vocabulary: int) -> list[list[str]]:
    # Zipf-like word choice so that some terms occur in more than half of the documents
    # (negative idf, replaced by epsilon * mean idf) and many are rare.
    words = [f"w{i}" for i in range(vocabulary)]
    weights = [1 / (i + 1) for i in range(vocabulary)]
    return [rng.choices(words, weights, k=rng.randint(0, 40)) for _ in range(n_docs)]


def _add(db, docs, first_id):
    with transaction(db):
        index.add_passages(db, [(first_id + i, doc) for i, doc in enumerate(docs)])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scores_equal_rank_bm25_after_incremental_adds(tmp_path, seed):
    rng = random.Random(seed)
    db = connect(tmp_path / "store.db")
    docs: list[list[str]] = []
    for batch in range(6):  # several transactions, crossing postings block boundaries
        new = _corpus(rng, rng.randint(1, 400), 60)
        _add(db, new, len(docs) + 1)
        docs.extend(new)
        reference = BM25Okapi(docs)
        for _ in range(15):
            query = rng.choices([f"w{i}" for i in range(70)], k=rng.randint(1, 5))  # some unknown
            expected = reference.get_scores(query)
            ids, scores = index.score(db, query)
            got = dict(zip(ids.tolist(), scores.tolist(), strict=True))
            for doc_id, value in enumerate(expected, start=1):
                assert got.get(doc_id, 0.0) == pytest.approx(value, rel=1e-12, abs=1e-12), (
                    batch, query, doc_id)


def test_block_boundaries_keep_every_posting(tmp_path, monkeypatch):
    monkeypatch.setattr(index, "BLOCK_SIZE", 7)
    db = connect(tmp_path / "store.db")
    for start in range(1, 100, 9):
        _add(db, [["common", "x"]] * 9, start)
    records = index.postings(db, "common")
    assert records["pid"].tolist() == list(range(1, 100))
    assert index.document_frequency(db, "common") == 99


def test_top_orders_by_score_then_id(tmp_path):
    db = connect(tmp_path / "store.db")
    _add(db, [["a", "b"], ["a"], ["c"], ["a", "b", "b"], ["d"], ["e"]], 1)
    ranked = index.top(db, ["b"], 2)
    assert [pid for pid, _ in ranked] == [4, 1]
    assert ranked[0][1] > ranked[1][1]


def test_empty_index_and_unknown_terms(tmp_path):
    db = connect(tmp_path / "store.db")
    assert index.top(db, ["anything"], 5) == []
    _add(db, [["a"]], 1)
    assert index.top(db, ["zzz"], 5) == []


def test_rolled_back_add_leaves_index_unchanged(tmp_path):
    db = connect(tmp_path / "store.db")
    _add(db, [["a", "b"], ["b"]], 1)
    before = (index.stats(db), index.postings(db, "b").tolist())
    with pytest.raises(RuntimeError), transaction(db):
        index.add_passages(db, [(3, ["b", "c"])])
        raise RuntimeError("fails after indexing")
    assert (index.stats(db), index.postings(db, "b").tolist()) == before
    assert index.document_frequency(db, "c") == 0
