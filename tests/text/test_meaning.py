"""Closeness in meaning by the static embedding model shipped in the wordllama wheel, on
sentences written for the test (names invented)."""

import sys

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
    monkeypatch.setattr(meaning, "_compiled_tokenizer", None)  # both restored after the test
    monkeypatch.setattr(meaning, "_float_table", None)
    meaning.load()
    assert meaning._compiled_tokenizer is not None and meaning._float_table is not None
    assert meaning.similarities(QUESTION, PASSAGES) == pytest.approx(before, abs=1e-6)
