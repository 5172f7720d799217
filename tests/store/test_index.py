"""The BM25 index must give rank-bm25's BM25Okapi scores exactly, also after incremental adds."""

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from store import index
from store.db import connect, transaction
from store.index import writer
from store.index.cache import cache_for
from store.index.scoring import KTH_SAMPLE, kth_largest, maxscore, top_of, union_scores


def _corpus(rng: random.Random, n_docs: int, vocabulary: int) -> list[list[str]]:
    # Zipf-like word choice so that some terms occur in more than half of the documents
    # (negative idf, replaced by epsilon * mean idf) and many are rare.
    words = [f"w{i}" for i in range(vocabulary)]
    weights = [1 / (i + 1) for i in range(vocabulary)]
    return [rng.choices(words, weights, k=rng.randint(0, 40)) for _ in range(n_docs)]


def _add(db, docs, first_id):
    with transaction(db):
        index.add_passages(db, [(first_id + i, doc) for i, doc in enumerate(docs)])


# One random corpus in the fast lane; the others in the whole suite.
@pytest.mark.parametrize(
    "seed", [1, pytest.param(2, marks=pytest.mark.slow), pytest.param(3, marks=pytest.mark.slow)]
)
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
                    batch,
                    query,
                    doc_id,
                )


def test_block_boundaries_keep_every_posting(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "BLOCK_SIZE", 7)  # the writer cuts blocks
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


def _reference_top(reference: BM25Okapi, query: list[str], k: int) -> list[tuple[int, float]]:
    scores = reference.get_scores(query)
    matched = [
        (doc_id, value)
        for doc_id, value in enumerate(scores, start=1)
        if any(t in reference.doc_freqs[doc_id - 1] for t in query)
    ]
    return sorted(matched, key=lambda item: (-item[1], item[0]))[:k]


def _assert_same_top(got, expected):
    assert len(got) == len(expected)
    for (_, got_score), (_, want_score) in zip(got, expected, strict=True):
        assert got_score == pytest.approx(want_score, rel=1e-12, abs=1e-12)
    # Ids may differ only among passages whose scores tie to the last bit of rounding.
    expected_scores = dict(expected)
    for pid, value in got:
        if pid not in expected_scores:
            assert any(value == pytest.approx(v, rel=1e-12) for v in expected_scores.values())


@pytest.mark.parametrize("seed", [4, pytest.param(5, marks=pytest.mark.slow)])
def test_pruned_top_k_equals_rank_bm25(tmp_path, seed):
    rng = random.Random(seed)
    db = connect(tmp_path / "store.db")
    docs = _corpus(rng, 3000, 500)
    _add(db, docs, 1)
    reference = BM25Okapi(docs)
    vocabulary = [f"w{i}" for i in range(520)]
    for _ in range(25):
        # Realistic queries mix frequent and rare words; repeats count twice.
        query = [rng.choice(vocabulary[:10]), rng.choice(vocabulary[10:100])]
        query += rng.choices(vocabulary, k=rng.randint(0, 4))
        for k in (1, 10, 60):
            _assert_same_top(index.top(db, query, k), _reference_top(reference, query, k))


def test_pruning_looks_up_frequent_terms_instead_of_merging_them(tmp_path):
    db = connect(tmp_path / "store.db")
    docs = [["common", "filler"] for _ in range(2000)]
    for i in range(0, 2000, 100):
        docs[i] = ["rare", "common"]
    _add(db, docs, 1)
    s = index.stats(db)
    lists = index.weighted(db, ["rare", "common"], s)
    ids, scores, merged = maxscore(lists, 5)
    assert merged == 1  # "common" was only looked up for the "rare" passages
    ranked = index.top(db, ["rare", "common"], 5)
    assert [pid for pid, _ in ranked] == [1, 101, 201, 301, 401]
    _assert_same_top(ranked, _reference_top(BM25Okapi(docs), ["rare", "common"], 5))


def test_ties_at_the_cut_go_to_the_lowest_ids(tmp_path):
    db = connect(tmp_path / "store.db")
    _add(db, [["x", "y"]] * 30 + [["x"]] * 30 + [["z"]] * 200, 1)
    assert [pid for pid, _ in index.top(db, ["y"], 4)] == [1, 2, 3, 4]
    assert [pid for pid, _ in index.top(db, ["x"], 3)] == [31, 32, 33]


def test_cached_postings_follow_new_passages(tmp_path):
    rng = random.Random(9)
    db = connect(tmp_path / "store.db")
    docs = _corpus(rng, 500, 80)
    _add(db, docs, 1)
    index.top(db, ["w1", "w40"], 10)  # fills the cache
    more = _corpus(rng, 300, 80)
    _add(db, more, len(docs) + 1)
    docs += more
    _assert_same_top(
        index.top(db, ["w1", "w40"], 10), _reference_top(BM25Okapi(docs), ["w1", "w40"], 10)
    )


@pytest.mark.parametrize(
    "pids,tfs,narrow",
    [
        ([5, 6, 9, 65544], [1, 2, 255, 1], True),
        ([5, 70006], [1, 1], False),  # a gap that needs more than two bytes
        ([1, 2, 3], [1, 256, 2], False),  # a frequency that needs more than one byte
        ([4294967295], [65535], False),
        ([4294967295], [255], True),  # one posting: the first of a term, written most often
        ([0], [1], True),
    ],
)
def test_blocks_round_trip_in_the_smaller_format_that_fits(pids, tfs, narrow):
    data = index.encode_block(np.array(pids, dtype=np.uint32), np.array(tfs))
    assert data[0] == (1 if narrow else 2)
    assert len(data) == (5 + 3 * len(pids) if narrow else 1 + 6 * len(pids))
    got_pids, got_tfs = index.decode_block(data)
    assert got_pids.tolist() == pids and got_tfs.tolist() == tfs


def test_migration_converts_old_postings(tmp_path):
    from commands import ingest
    from store import schema
    from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ
    from text.read import Document

    db = connect(tmp_path / "store.db")
    for n, text in enumerate((ARTICLE_MANBIJ, ARTICLE_ALEPPO)):
        ingest.ingest_document(
            db, Document(text=text, origin=f"{n}", kind="text"), ingest.Origin(f"{n}")
        )
    terms = [t for (t,) in db.conn.execute("SELECT term FROM terms ORDER BY term")]
    before = {t: index.postings(db, t).tolist() for t in terms}
    ranked = index.top(db, ["syrian", "forc", "aleppo"], 5)
    # Back to the first format: (pid u4, tf u2, dl u2) records, no passage_lengths table.
    old = []
    for term_id, block, data in db.conn.execute("SELECT term_id, block, data FROM postings"):
        pids, tfs = index.decode_block(data)
        records = np.empty(len(pids), dtype=index.POSTING)
        records["pid"], records["tf"] = pids, tfs
        records["dl"] = index.passage_lengths(db)[pids]
        old.append((records.tobytes(), term_id, block))
    with transaction(db):
        db.conn.executemany("UPDATE postings SET data = ? WHERE term_id = ? AND block = ?", old)
        db.conn.execute("DROP TABLE passage_lengths")
        schema.m005_compact_postings(db)
    index.clear_cache()
    assert {t: index.postings(db, t).tolist() for t in terms} == before
    assert index.top(db, ["syrian", "forc", "aleppo"], 5) == ranked


def test_many_blocks_decode_as_their_concatenation():
    rng = np.random.default_rng(7)
    pids = np.cumsum(rng.integers(1, 900, 5 * index.BLOCK_SIZE + 17))
    tfs = rng.integers(1, 255, len(pids))
    blocks = [
        index.encode_block(pids[i : i + index.BLOCK_SIZE], tfs[i : i + index.BLOCK_SIZE])
        for i in range(0, len(pids), index.BLOCK_SIZE)
    ]
    assert all(b[0] == 1 for b in blocks)  # the joined narrow path
    got_pids, got_tfs = index.decode_blocks(blocks)
    assert got_pids.tolist() == pids.tolist() and got_tfs.tolist() == tfs.tolist()
    wide = index.encode_block(np.array([pids[-1] + 70_000]), np.array([3]))  # one wide block
    got_pids, got_tfs = index.decode_blocks([*blocks, wide])
    assert got_pids.tolist() == [*pids.tolist(), int(pids[-1]) + 70_000]
    assert got_tfs.tolist() == [*tfs.tolist(), 3]


def test_one_cache_per_database_and_a_write_renews_it(tmp_path):
    first, second = connect(tmp_path / "a.db"), connect(tmp_path / "b.db")
    _add(first, [["alpha", "beta"], ["beta"]], 1)
    _add(second, [["gamma"]], 1)
    assert cache_for(first) is cache_for(connect(tmp_path / "a.db"))  # same file, same cache
    assert index.top(first, ["beta"], 5)[0][0] in (1, 2)
    assert index.top(second, ["gamma"], 5)[0][0] == 1  # another database: its own answers
    assert index.top(first, ["gamma"], 5) == []
    _add(first, [["gamma", "gamma"]], 3)  # a new generation
    assert index.stats(first).n_passages == 3
    assert [pid for pid, _ in index.top(first, ["gamma"], 5)] == [3]


def test_clear_cache_forgets_statistics_lengths_and_postings(tmp_path):
    """A store restored over another file of the same generation: only clear_cache() can
    tell, and it must forget all three (it used to keep the statistics)."""
    path = tmp_path / "store.db"
    db = connect(path)
    _add(db, [["alpha"] * 3, ["alpha", "beta"]], 1)
    before = (index.stats(db), index.top(db, ["alpha"], 5))
    db.conn.close()
    path.unlink()
    other = connect(path)
    _add(other, [["beta"] * 5, ["alpha"], ["alpha"]], 1)  # generation 1 again
    index.clear_cache()
    after = (index.stats(other), index.top(other, ["alpha"], 5))
    assert after != before
    assert after[0].n_passages == 3 and after[0].total_terms == 7
    assert [pid for pid, _ in after[1]] == [2, 3]


def test_long_weighted_queries_give_the_exact_top_k(tmp_path):
    """Questions with many other words (a typed word four times, each alternative twice):
    most passages touched stay candidates, and terms left for the lookup phase are added
    whole when that is cheaper; the top k and its scores are those of scoring every passage."""
    rng = random.Random(11)
    db = connect(tmp_path / "store.db")
    docs = _corpus(rng, 3000, 300)
    _add(db, docs, 1)
    vocabulary = [f"w{i}" for i in range(300)]
    for _ in range(20):
        typed = rng.sample(vocabulary[:60], 3)
        others = rng.sample(vocabulary[20:300], rng.randint(8, 25))
        query = [t for t in typed for _ in range(4)] + [t for t in others for _ in range(2)]
        s = index.stats(db)
        lists = index.weighted(db, query, s)
        whole = top_of(*union_scores(lists), 30)
        for k in (5, 30):
            ids, scores, _ = maxscore(lists, k)
            _assert_same_top(top_of(ids, scores, k), whole[:k])


def test_kth_largest_of_long_arrays_is_exact():
    """A long array is cut at a threshold read off a sample before it is partitioned: the
    k-th largest must be that of the whole array, whatever the sample misses (large values
    bunched between its strides, ties, a k near the length)."""
    rng = np.random.default_rng(5)
    n = 6 * KTH_SAMPLE
    bunched = np.zeros(n)
    bunched[1 : n : KTH_SAMPLE + 1] = 5.0  # never where the stride falls ...
    bunched[7:400] = rng.random(393) + 1
    sampled = np.zeros(n)
    sampled[:: n // KTH_SAMPLE] = 9.0  # ... or only where it falls: too few left by the cut
    arrays = [
        rng.random(n),
        np.round(rng.random(n) * 4) / 4,  # few distinct values: ties at the k-th
        np.sort(rng.random(n)),
        bunched,
        sampled,
        np.ones(n),
    ]
    for values in arrays:
        for k in (1, 10, 240, 1000, n // 2, n - 3, n):
            assert kth_largest(values, k) == np.sort(values)[n - k]
    assert kth_largest(np.ones(5), 6) == 0.0


@pytest.mark.parametrize("share", [0.0, 1e9])  # a whole accumulator; the thread's, always
def test_either_accumulator_gives_the_exact_top_k_and_the_threads_stays_zeroed(
    tmp_path, monkeypatch, share
):
    """A query with few postings adds into an accumulator its thread keeps and finds its
    candidates among its own postings; the top k is the same, and the accumulator is left
    zeroed for the next query, in this thread and in another one."""
    import threading

    from store.index import scoring

    monkeypatch.setattr(scoring, "SPARSE_SHARE", share)
    # this thread's own accumulator, not one an earlier test's query left in it
    monkeypatch.setattr(scoring, "_scratch", threading.local())
    rng = random.Random(4)
    db = connect(tmp_path / "store.db")
    _add(db, _corpus(rng, 2000, 200), 1)
    vocabulary = [f"w{i}" for i in range(200)]
    queries = [rng.sample(vocabulary, rng.randint(1, 12)) * rng.randint(1, 3) for _ in range(30)]
    s = index.stats(db)
    results = []

    def ask() -> None:
        for query in queries:
            lists = index.weighted(db, query, s)
            whole = top_of(*union_scores(lists), 40)
            for k in (1, 10, 40):
                ids, scores, _ = maxscore(lists, k)
                _assert_same_top(top_of(ids, scores, k), whole[:k])
            kept = getattr(scoring._scratch, "acc", None)
            results.append(kept is None or not kept.any())

    ask()
    lists_of = [index.weighted(db, query, s) for query in queries]  # one connection, here
    expected = [top_of(*union_scores(lists), 10) for lists in lists_of]
    elsewhere: list[list[tuple[int, float]]] = []

    def in_another_thread() -> None:
        for lists in lists_of:
            elsewhere.append(top_of(*maxscore(lists, 10)[:2], 10))

    other = threading.Thread(target=in_another_thread)
    other.start()
    other.join()
    assert all(results)
    for got, want in zip(elsewhere, expected, strict=True):
        _assert_same_top(got, want)
    assert (getattr(scoring._scratch, "acc", None) is not None) == (share > 0)


def test_a_group_of_spellings_scores_as_one_term(tmp_path):
    """Other spellings of one name scored as one term (Lucene's SynonymQuery): the score a
    store gives when every spelling is written alike, frequencies summed, the idf that of the
    passages holding any of them."""
    rng = random.Random(7)
    words = [f"w{i}" for i in range(80)]
    spellings = ["qaddafi", "gaddafi", "gadhafi"]
    docs = []
    for _ in range(600):
        doc = rng.choices(words, k=rng.randint(3, 30))
        if rng.random() < 0.2:
            doc += rng.choices(spellings, weights=[1, 8, 3], k=rng.randint(1, 3))
        docs.append(doc)
    db = connect(tmp_path / "store.db")
    _add(db, docs, 1)
    alike = [["gaddafi" if w in spellings else w for w in doc] for doc in docs]
    reference = BM25Okapi(alike)
    for rest in ([], ["w3"], ["w40", "w41", "w41"]):
        query = [tuple(spellings)] * 4 + rest
        expected = _reference_top(reference, ["gaddafi"] * 4 + rest, 20)
        _assert_same_top(index.top(db, query, 20), expected)
        ids, scores = index.score(db, query)
        want = reference.get_scores(["gaddafi"] * 4 + rest)
        for pid, value in zip(ids.tolist(), scores.tolist(), strict=True):
            assert value == pytest.approx(want[pid - 1], rel=1e-12, abs=1e-12)
    # a group of one spelling is that term; a group of unknown spellings finds nothing
    assert index.top(db, [("gaddafi",)], 5) == index.top(db, ["gaddafi"], 5)
    assert index.top(db, [("zzz", "yyy")], 5) == []


def test_passages_written_after_the_generation_was_read_are_left_out(tmp_path):
    # Each read is a snapshot of its own: an ingest may commit between reading a generation's
    # statistics and a term's postings. Its passages are the next generation's, and scoring
    # them against this one's lengths indexed past the end of the array.
    from store.index import reader

    db = connect(tmp_path / "store.db")
    _add(db, [["a", "b"], ["a"], ["a", "c"]], 0)
    s = reader.stats(db)
    cache = cache_for(db)
    # this generation's lengths as read before the last two passages were written
    cache.lengths(s.generation, lambda: np.array([2], dtype=np.uint16))
    assert reader.decoded(db, "a", s, cache).pids.tolist() == [0]


@pytest.mark.parametrize(
    ("old_pids", "old_tfs", "pid", "tf"),
    [
        ([5, 9], [1, 2], 12, 3),  # one posting, the appended record alone
        ([5], [1], 5 + 0xFFFF, 0xFF),  # at both limits: still narrow
        ([5], [1], 5 + 0x10000, 1),  # near miss: the gap does not fit, the block widens
        ([5], [1], 7, 0x100),  # near miss: the frequency does not fit
    ],
)
def test_appending_one_posting_writes_what_encoding_the_whole_block_writes(
    old_pids, old_tfs, pid, tf
):
    from store.index.codec import append_block, encode_block

    block = encode_block(old_pids, old_tfs)
    assert append_block(block, [pid], [tf]) == encode_block([*old_pids, pid], [*old_tfs, tf])
    wide = encode_block([*old_pids, 1 << 20], [*old_tfs, 1])  # a wide block stays wide
    assert append_block(wide, [pid + (1 << 20)], [tf]) == encode_block(
        [*old_pids, 1 << 20, pid + (1 << 20)], [*old_tfs, 1, tf]
    )


def test_the_last_ids_of_narrow_blocks_read_at_once_are_each_block_s_own():
    from store.index.codec import append_block, encode_block, last_pids

    rng = random.Random(7)
    blocks = {}
    for key in range(40):
        size = rng.choice([1, 2, 3, 50, 319, 320])
        pids = sorted(rng.sample(range(1, 20_000 * size + 2), size))
        blocks[key] = encode_block(pids, [rng.randrange(1, 256) for _ in pids])
    blocks[99] = encode_block([7, 70_000], [1, 1])  # wide: not a narrow block's to read
    lasts = last_pids(blocks)
    assert set(lasts) == {key for key, data in blocks.items() if data[0] == 1}
    for key, last in lasts.items():
        assert last == index.decode_block(blocks[key])[0].tolist()[-1]
        # appending with the id given writes what appending with it read from the block writes
        for pids in ([last + 3], [last + 1, last + 70_000], [last + 2, last + 9]):
            assert append_block(blocks[key], pids, [1] * len(pids), last) == append_block(
                blocks[key], pids, [1] * len(pids)
            )
    assert last_pids({}) == {} and last_pids({1: blocks[99]}) == {}
