"""Taking passages out of the index: only the blocks that hold them are rewritten, and the index
afterwards scores as one that never held them, also after more passages are added."""

import random

import pytest
from rank_bm25 import BM25Okapi

from store import index
from store.db import connect, transaction
from store.index import writer
from store.index.removal import remove_passages


def _terms(db) -> dict[str, tuple[int, int, int, int]]:
    return {
        term: (term_id, df, last, last_len)
        for term_id, term, df, last, last_len in db.conn.execute(
            "SELECT id, term, df, last_block, last_block_len FROM terms"
        )
    }


def _blocks(db, term_id: int) -> list[tuple[int, int]]:
    """(block, postings) of a term's blocks, in block order."""
    return [
        (block, len(index.decode_block(data)[0]))
        for block, data in db.conn.execute(
            "SELECT block, data FROM postings WHERE term_id = ? ORDER BY block", (term_id,)
        )
    ]


def _agrees_with(db, docs: dict[int, list[str]], rng: random.Random) -> None:
    """Every term's postings, document frequency and tail block are as docs say, and scores
    equal rank-bm25's over docs alone."""
    for term, (term_id, df, last, last_len) in _terms(db).items():
        expected = sorted(pid for pid, doc in docs.items() if term in doc)
        pids, tfs = index.decode_blocks(
            [
                d
                for (d,) in db.conn.execute(
                    "SELECT data FROM postings WHERE term_id = ? ORDER BY block", (term_id,)
                )
            ]
        )
        assert pids.tolist() == expected, term
        assert tfs.tolist() == [docs[pid].count(term) for pid in expected], term
        assert df == len(expected), term
        blocks = _blocks(db, term_id)
        assert (last, last_len) == (blocks[-1] if blocks else (0, 0)), term
    ids = sorted(docs)
    reference = BM25Okapi([docs[pid] for pid in ids])
    for _ in range(5):
        query = rng.choices([f"w{i}" for i in range(40)], k=rng.randint(1, 4))
        expected_scores = reference.get_scores(query)
        found, scores = index.score(db, query)
        got = dict(zip(found.tolist(), scores.tolist(), strict=True))
        for pid, value in zip(ids, expected_scores, strict=True):
            assert got.get(pid, 0.0) == pytest.approx(value, rel=1e-12, abs=1e-12)


def _add(db, docs: dict[int, list[str]], new: list[list[str]]) -> None:
    first = max(docs, default=0) + 1
    added = {first + n: doc for n, doc in enumerate(new)}
    with transaction(db):
        index.add_passages(db, list(added.items()))
    docs.update(added)


def _remove(db, docs: dict[int, list[str]], pids: list[int]) -> None:
    with transaction(db):
        remove_passages(
            db,
            [(pid, len(docs[pid])) for pid in pids],
            {term for pid in pids for term in docs[pid]},
        )
    for pid in pids:
        del docs[pid]
    index.clear_cache()


@pytest.mark.parametrize("seed", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_removing_passages_rewrites_only_their_blocks_and_scores_stay_exact(
    tmp_path, monkeypatch, seed
):
    monkeypatch.setattr(writer, "BLOCK_SIZE", 16)  # many blocks a term
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(40)]
    weights = [1 / (i + 1) for i in range(40)]
    db = connect(tmp_path / "store.db")
    docs: dict[int, list[str]] = {}
    _add(db, docs, [rng.choices(words, weights, k=rng.randint(1, 12)) for _ in range(200)])
    common = _terms(db)["w0"][0]
    before = dict(db.conn.execute("SELECT block, data FROM postings WHERE term_id = ?", (common,)))
    # A run of consecutive passages (one article's) from the middle: the other blocks stay
    # byte for byte as they were.
    _remove(db, docs, list(range(90, 100)))
    after = dict(db.conn.execute("SELECT block, data FROM postings WHERE term_id = ?", (common,)))
    changed = [block for block in before if after.get(block) != before[block]]
    assert 0 < len(changed) <= 2 and len(after) >= len(before) - 1
    _agrees_with(db, docs, rng)
    for _ in range(2):  # scattered removals, whole tail blocks among them, then more adds
        _remove(db, docs, rng.sample(sorted(docs), 40))
        _remove(db, docs, sorted(docs)[-20:])
        _agrees_with(db, docs, rng)
        _add(db, docs, [rng.choices(words, weights, k=rng.randint(1, 12)) for _ in range(50)])
        _agrees_with(db, docs, rng)
    _remove(db, docs, sorted(docs))  # everything: no postings left, terms at df 0
    assert db.conn.execute("SELECT count(*) FROM postings").fetchone()[0] == 0
    assert {df for _, df, _, _ in _terms(db).values()} == {0}
    _add(db, docs, [["w1", "w2"], ["w2"]])
    _agrees_with(db, docs, rng)
