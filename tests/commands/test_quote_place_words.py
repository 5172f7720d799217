"""A continent and its people's word in `quote`: "Europe" typed finds a passage that says "the
Europeans" (the stemmer merges "Europeans" with "European", never with "Europe"), and says so;
quoted words stay exact, and a lower-case word or a country's adjective takes none."""

import pytest

from commands import quote
from text.place_words import place_words

NO_PLACE_WORDS = quote.Methods(place_words=False, meaning=False)

BLOCKADE = """The Korvala blockade

The Europeans condemned the Korvala blockade of Drastia's ports on Monday.

The blockade of the harbour at Drastia entered its third week, harbour officials said.

Fishermen in Drastia said the blockade had cut their catch by half.

Korvala's navy said the blockade would last until the talks resumed.
"""


@pytest.fixture
def blockade(db):
    from tests.commands.ingested import add

    add(db, BLOCKADE, name="blockade.txt")
    return db


def test_a_continent_and_its_people_s_word_one_for_the_other():
    said = {(a.asked, a.said, a.via) for a in place_words("Europe and the Africans")}
    assert ("Europe", "European", "form") in said
    assert ("Africans", "Africa", "form") in said  # a plural people's noun, by its adjective
    assert {(a.asked, a.said) for a in place_words("European envoys in Korvala")} == {
        ("European", "Europe")
    }


def test_a_lower_case_word_or_an_unknown_name_takes_none():
    assert place_words("alpine troops in europe") == []
    assert place_words("Korvala and the Korvalans") == []


def test_a_continent_typed_finds_its_people_written(blockade):
    # without the place words the passage covers the question's commonest word alone
    assert quote.run(blockade, "Europe blockade", methods=NO_PLACE_WORDS).results == []
    best = quote.run(blockade, "Europe blockade", methods=quote.LEXICAL).results[0]
    assert best.text.startswith("The Europeans condemned")
    assert "matched Europeans for Europe" in best.explanation
    assert {"word": "Europeans", "for": "Europe", "via": "form"} in best.to_json()["matched"]


def test_quoted_words_stay_exact(blockade):
    assert quote.run(blockade, '"Europe" blockade', methods=quote.LEXICAL).results == []


def test_a_country_s_adjective_is_left_to_the_synonym_groups():
    # the countries' people's words are text/synonyms.json's (Iraqi / Iraq) or none: a
    # country's adjective says more often where people come from ("Bangladeshi workers")
    assert place_words("Syrian refugees crossing into Bangladesh") == []
