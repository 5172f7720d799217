"""Closeness in meaning by the static embedding model shipped in the wordllama wheel, on
sentences written for the test (names invented)."""

import subprocess
import sys
from array import array
from pathlib import Path

import numpy as np

from text import meaning


def test_a_paraphrase_is_closer_than_an_unrelated_sentence():
    question = "Qelvarian ambassador killed in Drevnik"
    paraphrase = "The envoy of Qelvaria was assassinated by a gunman in the capital, Drevnik."
    unrelated = "Grain prices in Drevnik fell after a good harvest, traders said."
    close, far = meaning.similarities(question, [paraphrase, unrelated])
    assert close > far


def test_vectors_are_unit_length_and_an_empty_text_is_zero():
    vecs = meaning.vectors(["Rebels cut the road to Velmora.", "", "   "])
    assert vecs.shape[0] == 3
    assert np.isclose(np.linalg.norm(vecs[0]), 1.0, atol=1e-5)
    assert not vecs[1].any() and not vecs[2].any()


def test_no_texts_no_similarities():
    assert meaning.similarities("anything", []) == []


QUESTION = "Qelvarian ambassador killed in Drevnik"
PASSAGES = [
    "The envoy of Qelvaria was assassinated by a gunman in the capital, Drevnik.",
    "Grain prices in Drevnik fell after a good harvest, traders said.",
    "  ",
]


def _closeness_in_a_new_process(numpy_first: bool) -> str:
    code = (
        ("import numpy\n" if numpy_first else "")
        + "from text import meaning\n"
        + f"print(repr(meaning.similarities({QUESTION!r}, {PASSAGES!r})))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_every_process_gets_the_same_floats_with_numpy_loaded_or_not():
    # A process had numpy's float32 sums once numpy was loaded and exact sums otherwise: two
    # processes could rank two passages differently on the sixth decimal.
    assert _closeness_in_a_new_process(True) == _closeness_in_a_new_process(False)
    assert (
        _closeness_in_a_new_process(False) == repr(meaning.similarities(QUESTION, PASSAGES)) + "\n"
    )


def test_a_long_lived_process_gets_the_same_closeness_after_loading():
    before = meaning.similarities(QUESTION, PASSAGES)
    meaning.load()
    assert meaning.similarities(QUESTION, PASSAGES) == before


def test_a_texts_sum_is_the_exact_sum_of_its_tokens_rows():
    # Texts of one token, of a few and of more than a hundred (float16 values are multiples
    # of 2**-24, so float64 sums of them are exact).
    long_text = " ".join(["Qelvarian envoys met the Drevnik council on Tuesday."] * 20)
    texts = ["Velmora", "Rebels cut the road to Velmora.", "  ", long_text, "x"]
    _, rows = meaning._model()
    table = rows.half_table()
    assert len(meaning._token_ids([long_text])[0] or []) > 100
    for ids, got in zip(meaning._token_ids(texts), meaning.sums(texts), strict=True):
        if ids is None:
            assert got is None
            continue
        assert got is not None
        expected = table[ids].astype(np.float64).sum(axis=0) * 2**24
        assert np.array_equal(np.frombuffer(got[0], dtype=np.int64), expected)


def test_the_closeness_does_not_depend_on_what_was_compared_before(monkeypatch):
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    alone = [meaning.similarities(QUESTION, [p])[0] for p in PASSAGES]
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    meaning.similarities("Rebels cut the road to Velmora.", [PASSAGES[1], "Velmora"])
    together = meaning.similarities(QUESTION, [PASSAGES[2], *PASSAGES, PASSAGES[0]])
    assert together == [alone[2], *alone, alone[0]]
    assert set(meaning._kept) >= {QUESTION, *PASSAGES}


def test_remembered_sums_are_bounded_and_the_least_recently_used_go_first(monkeypatch):
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    monkeypatch.setattr(meaning, "KEPT_SUMS", 3)
    meaning.sums(["one road", "two roads", "three roads"])
    meaning.sums(["one road"])  # used again: now the most recent
    meaning.sums(["four roads", "five roads"])
    assert list(meaning._kept) == ["one road", "four roads", "five roads"]
    again = meaning.sums(["two roads"])[0]
    assert again is not None and again[1] > 0
    assert len(meaning._kept) == 3


def test_no_texts_no_vectors():
    assert meaning.vectors([]).shape == (0, 256)


def test_ids_outside_the_table_are_left_out(monkeypatch):
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    tokenizer, rows = meaning._model()
    texts = ["Rebels cut the road to Velmora.", "  ", "Velmora"]
    expected = meaning.vectors(texts)
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    original = tokenizer.chunk_ids
    outside = array("i", [rows.count + 5])
    monkeypatch.setattr(tokenizer, "chunk_ids", lambda text: [*original(text), outside])
    assert (
        meaning._token_ids(texts)[0] == meaning._token_ids(["Rebels cut the road to Velmora."])[0]
    )
    assert np.array_equal(meaning.vectors(texts), expected)


def test_numpys_sums_are_the_exact_sums_of_the_rows_added_one_by_one():
    # numpy sums a batch's rows when it is loaded; integers add exactly in any order, so the
    # sums are those of the one-integer rows added in Python, for short and long texts alike.
    long_text = " ".join(["Velmoran envoys met the Qelvarian council on Tuesday."] * 30)
    texts = ["Velmora", "Rebels cut the road to Velmora.", long_text, "x y z"]
    _, rows = meaning._model()
    ids = [i for i in meaning._token_ids(texts) if i is not None]
    by_numpy = rows.fixed_sums(ids)
    assert by_numpy is not None
    assert by_numpy == [rows.fixed(sum(map(rows.row, i)), len(i)) for i in ids]


def test_exact_dot_products_with_numpy_or_without(monkeypatch):
    # Values of either sign and around the split between the high and low parts, and a row
    # beyond what the split holds (multiplied in Python): every product exact.
    edge = 1 << meaning.SPLIT
    values = [edge - 1, -edge, edge, -(edge - 1), 7, -3, 1 << 40, -(1 << 45)]
    width = 256
    rows = [
        array("q", [values[(i * 3 + r) % len(values)] * (r + 1) for i in range(width)])
        for r in range(5)
    ]
    huge = array("q", [(1 << 60) - i for i in range(width)])
    expected = [sum(a * b for a, b in zip(row, rows[0], strict=True)) for row in rows]
    assert meaning._dots(rows, rows[:1]) == expected
    assert meaning._dots(rows, rows) == [sum(a * a for a in row) for row in rows]
    assert meaning._dots([huge, rows[1]], [rows[1]]) == [
        sum(a * b for a, b in zip(huge, rows[1], strict=True)),
        sum(a * a for a in rows[1]),
    ]
    monkeypatch.setitem(sys.modules, "numpy", None)  # a process without numpy: plain Python
    assert meaning._dots(rows, rows[:1]) == expected


def test_the_closeness_is_the_same_with_numpy_or_without(monkeypatch):
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    with_numpy = meaning.similarities(QUESTION, [*PASSAGES, "Velmora"])
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    monkeypatch.setitem(sys.modules, "numpy", None)
    assert meaning.similarities(QUESTION, [*PASSAGES, "Velmora"]) == with_numpy
