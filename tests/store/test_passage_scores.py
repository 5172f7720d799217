"""BM25 of given passages from their own terms equals the score a search of the whole index
gives them: the same formula, idf, lengths and negative weights, without reading postings."""

import random
from collections import Counter

import pytest

from store import index, passage_scores
from store.db import connect, transaction


def _store(tmp_path, docs):
    db = connect(tmp_path / "store.db")
    with transaction(db):
        index.add_passages(db, [(1 + i, doc) for i, doc in enumerate(docs)])
    return db


@pytest.mark.parametrize("seed", [3, 4])
def test_scores_of_chosen_passages_equal_the_index_s(tmp_path, seed):
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(300)]
    weights = [1 / (i + 1) for i in range(300)]
    docs = [rng.choices(words, weights, k=rng.randint(1, 40)) for _ in range(5000)]
    db = _store(tmp_path, docs)
    for _ in range(20):
        query = [rng.choice(words[:10]), rng.choice(words[10:80]), "unseen"]
        query += rng.choices(words, k=rng.randint(0, 3))
        ids, values = index.score(db, query)
        expected = dict(zip(ids.tolist(), values.tolist(), strict=True))
        chosen = rng.sample(range(1, len(docs) + 1), 200)  # passages ids 4096 and up too
        got = passage_scores.scores(db, query, {pid: Counter(docs[pid - 1]) for pid in chosen})
        assert set(got) == {pid for pid in chosen if pid in expected}  # those with a term
        for pid, value in got.items():
            assert value == pytest.approx(expected[pid], rel=1e-12)


def test_a_tiny_store_scores_below_zero_as_a_search_does(tmp_path):
    db = _store(tmp_path, [["a", "b"], ["a"]])
    ids, values = index.score(db, ["a"])
    got = passage_scores.scores(db, ["a"], {1: Counter(["a", "b"]), 2: Counter(["b"])})
    assert got == pytest.approx({1: dict(zip(ids.tolist(), values.tolist(), strict=False))[1]})
    assert got[1] < 0 and 2 not in got
    assert passage_scores.scores(db, [], {1: Counter(["a"])}) == {}
