"""extract/lexicon.py: the word lists of discovery.json and demonyms.json, read once."""

from __future__ import annotations

from extract.lexicon import data, demonym_countries, governments, lexicon
from extract.name_tokens import tokenize


def test_titles_are_a_phrase_index_with_what_each_implies():
    words = lexicon()
    tokens = tokenize("Prime Minister")
    size, titles = next(words.titles.matches_at(tokens, 0))
    assert size == 2 and titles[0].predicate == "leads" and titles[0].target == "government"
    assert "minister" in words.title_words and "said" in words.speech


def test_demonyms_name_a_state_its_government_or_its_forces():
    words = lexicon()
    assert words.demonyms["syrian"]["state"] == "syria"
    assert governments()["syria"]["state"] == "syria"
    assert demonym_countries()["syrian"] == "SY"


def test_every_file_is_parsed_once_and_shared():
    assert lexicon() is lexicon()
    assert data("demonyms.json") is data("demonyms.json")
