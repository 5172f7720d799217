"""Closeness in meaning by the static embedding model shipped in the wordllama wheel, on
sentences written for the test (names invented)."""

import sys
from array import array

import numpy as np
import pytest

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


def test_a_new_process_without_numpy_gets_the_same_closeness(monkeypatch):
    with_numpy = meaning.similarities(QUESTION, PASSAGES)
    monkeypatch.delitem(sys.modules, "numpy")  # as in a new process on a small store
    plain = meaning.similarities(QUESTION, PASSAGES)
    assert "numpy" not in sys.modules
    assert plain == pytest.approx(with_numpy, abs=1e-6)
    assert plain[2] == 0.0


def test_a_long_lived_process_gets_the_same_closeness_after_loading(monkeypatch):
    before = meaning.similarities(QUESTION, PASSAGES)
    monkeypatch.setattr(meaning, "_float_table", None)  # restored after the test
    meaning.load()
    assert meaning._float_table is not None
    assert meaning.similarities(QUESTION, PASSAGES) == before


def test_each_vector_is_its_tokens_mean_as_numpy_computes_it_one_text_at_a_time():
    # Texts of one token, of a few and of more than a hundred: the rows of all of them are
    # summed together, and must give the floats a mean of each text's rows alone gives.
    long_text = " ".join(["Qelvarian envoys met the Drevnik council on Tuesday."] * 20)
    texts = ["Velmora", "Rebels cut the road to Velmora.", "  ", long_text, "x"]
    _, rows = meaning._model()
    table = rows.half_table()
    means = np.zeros((len(texts), rows.width), dtype=np.float32)
    for row, ids in enumerate(meaning._token_ids(texts)):
        if ids is not None:
            means[row] = table[ids].astype(np.float32).mean(axis=0)
    norms = np.linalg.norm(means, axis=1, keepdims=True)
    expected = np.divide(means, norms, out=np.zeros_like(means), where=norms > 0)
    assert len(meaning._token_ids([long_text])[0] or []) > 100
    assert np.array_equal(meaning.vectors(texts), expected)


def test_remembered_vectors_are_the_floats_a_new_batch_gives(monkeypatch):
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    first = ["Rebels cut the road to Velmora.", "  ", PASSAGES[0]]
    meaning.unit_vectors(first)
    assert set(meaning._kept) == set(first)
    # Remembered texts among new ones, one twice: each row as vectors() gives it in this batch.
    texts = [PASSAGES[1], PASSAGES[0], "Velmora", PASSAGES[0], "  ", QUESTION]
    got = meaning.unit_vectors(texts)
    assert got.dtype == np.float32
    assert np.array_equal(got, meaning.vectors(texts))
    assert meaning.similarities(QUESTION, PASSAGES) == (
        (meaning.vectors(PASSAGES) @ meaning.vectors([QUESTION])[0]).tolist()
    )


def test_remembered_vectors_are_bounded_and_the_least_recently_used_go_first(monkeypatch):
    monkeypatch.setattr(meaning, "_kept", type(meaning._kept)())
    monkeypatch.setattr(meaning, "KEPT_VECTORS", 3)
    meaning.unit_vectors(["one road", "two roads", "three roads"])
    meaning.unit_vectors(["one road"])  # used again: now the most recent
    meaning.unit_vectors(["four roads", "five roads"])
    assert list(meaning._kept) == ["one road", "four roads", "five roads"]
    assert np.array_equal(meaning.unit_vectors(["two roads"]), meaning.vectors(["two roads"]))
    assert len(meaning._kept) == 3


def test_no_texts_no_vectors():
    assert meaning.unit_vectors([]).shape == (0, 256)


def test_ids_outside_the_table_are_left_out(monkeypatch):
    tokenizer, rows = meaning._model()
    texts = ["Rebels cut the road to Velmora.", "  ", "Velmora"]
    expected = meaning.vectors(texts)
    original = tokenizer.chunk_ids
    outside = array("i", [rows.count + 5])
    monkeypatch.setattr(tokenizer, "chunk_ids", lambda text: [*original(text), outside])
    assert (
        meaning._token_ids(texts)[0] == meaning._token_ids(["Rebels cut the road to Velmora."])[0]
    )
    assert np.array_equal(meaning.vectors(texts), expected)
