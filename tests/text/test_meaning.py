"""Closeness in meaning by the static embedding model shipped in the wordllama wheel, on
sentences written for the test (names invented)."""

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
