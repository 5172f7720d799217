"""The plain-Python scorer gives index.top's answer exactly: same passages, same scores to the
last bit, same order, including negative idfs, repeated terms, ties and many blocks."""

import random
import sys

import pytest

from store import index, plain_bm25
from store.db import connect, transaction


@pytest.fixture
def without_index(monkeypatch):
    """plain_bm25 steps aside once store.index is imported; these tests import both."""
    monkeypatch.setattr(plain_bm25, "_index_loaded", lambda: False)


def _store(tmp_path, docs):
    db = connect(tmp_path / "store.db")
    with transaction(db):
        index.add_passages(db, [(1 + i, doc) for i, doc in enumerate(docs)])
    return db


def _random_store(tmp_path, rng, vocabulary, n_docs):
    """Passages of 0-40 words drawn from a Zipf-like vocabulary w0, w1, ..."""
    words = [f"w{i}" for i in range(vocabulary)]
    weights = [1 / (i + 1) for i in range(vocabulary)]
    docs = [rng.choices(words, weights, k=rng.randint(0, 40)) for _ in range(n_docs)]
    return _store(tmp_path, docs), words


def test_parameters_are_the_index_s():
    assert (
        plain_bm25.K1,
        plain_bm25.B,
        plain_bm25.EPSILON,
        plain_bm25.LENGTHS_CHUNK,
        plain_bm25.MAX_PASSAGE_TERMS,
    ) == (index.K1, index.B, index.EPSILON, index.LENGTHS_CHUNK, index.MAX_PASSAGE_TERMS)


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_same_top_k_as_the_index(tmp_path, seed, without_index):
    rng = random.Random(seed)
    db, words = _random_store(tmp_path, rng, 400, 2500)
    for _ in range(30):
        query = [rng.choice(words[:10]), rng.choice(words[10:100])]
        query += rng.choices(words + ["unseen"], k=rng.randint(0, 4))
        for k in (1, 10, 60):
            expected = index.top(db, query, k)
            got = plain_bm25.top(db, query, k)
            assert got == expected, (query, k)


def test_ties_and_a_tiny_corpus(tmp_path, without_index):
    db = _store(tmp_path, [["x", "y"]] * 30 + [["x"]] * 30 + [["z"]] * 200)
    for query in (["y"], ["x"], ["x", "x", "z"], ["z"], ["nothing"]):
        assert plain_bm25.top(db, query, 4) == index.top(db, query, 4)
    (tmp_path / "tiny").mkdir()
    tiny = _store(tmp_path / "tiny", [["a", "b"], ["a"]])
    assert plain_bm25.top(tiny, ["a"], 5) == index.top(tiny, ["a"], 5)  # negative idf


def test_steps_aside_for_many_postings_or_a_loaded_index(tmp_path, monkeypatch, without_index):
    db = _store(tmp_path, [["common"]] * 50)
    monkeypatch.setattr(plain_bm25, "MAX_POSTINGS", 10)
    assert plain_bm25.top(db, ["common"], 5) is None
    monkeypatch.setattr(plain_bm25, "MAX_POSTINGS", 100)
    assert plain_bm25.top(db, ["common"], 5) == index.top(db, ["common"], 5)
    monkeypatch.setattr(plain_bm25, "_index_loaded", lambda: "store.index" in sys.modules)
    assert plain_bm25.top(db, ["common"], 5) is None  # this test imported it


@pytest.mark.parametrize("seed", [21, 22])
def test_groups_of_terms_score_as_the_index_scores_them(tmp_path, seed, without_index):
    rng = random.Random(seed)
    db, words = _random_store(tmp_path, rng, 300, 2000)
    for _ in range(20):
        group = tuple(rng.sample(words[3:200], rng.randint(2, 4)))
        query = [group] * rng.randint(1, 4) + rng.choices(words + ["unseen"], k=rng.randint(0, 3))
        for k in (1, 10, 50):
            assert plain_bm25.top(db, query, k) == index.top(db, query, k)
    assert plain_bm25.top(db, [("unseen", "zzz")], 5) == index.top(db, [("unseen",)], 5) == []


def test_the_block_formats_made_once_cover_every_block_size():
    # Shared by the numpy codec and the plain decoder: a cache smaller than the kinds of
    # record times the block size would build formats again on every block.
    from store.index.codec import BLOCK_SIZE
    from store.plain_bm25 import block_records

    assert block_records.cache_info().maxsize >= 3 * BLOCK_SIZE
