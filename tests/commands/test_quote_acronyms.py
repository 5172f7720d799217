"""A dotted acronym and its undotted form are one search term in `quote`, on invented
articles: a question typed "UN" finds the passage written "U.N." as it finds its own words."""

import pytest

from commands import quote
from tests.commands.ingested import add

DOTTED = """Envoys in Qelvari

The U.N. envoy Aneska Brun reached Qelvari on Tuesday after a week of talks.

U.S. troops entered Qelvari on Monday, residents of the Varno district said.

Villagers in Varno told us the troops of the militia had left the valley.
"""

UNDOTTED = """Convoys near Ostrava

A UN convoy carrying flour reached Ostrava, aid workers said on Wednesday.
"""


@pytest.fixture
def envoys(db):
    add(db, DOTTED, name="envoys.txt")
    add(db, UNDOTTED, name="convoys.txt")
    return db


def test_a_question_typed_without_dots_finds_the_dotted_acronym_as_its_own_word(envoys):
    best = quote.run(envoys, "UN envoy Brun in Qelvari").results[0]
    assert "The U.N. envoy Aneska Brun" in best.text
    assert not best.matched  # the word typed, not another word for it
    assert "U.N." in {best.text[s:e] for s, e in best.highlights}


def test_a_question_typed_with_dots_finds_the_acronym_written_without(envoys):
    best = quote.run(envoys, "U.N. convoy Ostrava").results[0]
    assert "A UN convoy carrying flour" in best.text
    assert "UN" in {best.text[s:e] for s, e in best.highlights}


def test_us_the_pronoun_is_not_the_country(envoys):
    best = quote.run(envoys, "US troops in Varno").results[0]
    assert best.text.startswith("U.S. troops entered Qelvari")
    highlighted = {
        r.text[s:e]
        for r in quote.run(envoys, "US troops in Varno").results
        for s, e in r.highlights
    }
    assert "us" not in highlighted


def test_an_exact_phrase_holds_the_acronym_either_way(envoys):
    assert "U.S. troops entered" in quote.run(envoys, '"US troops"').results[0].text
    assert "A UN convoy" in quote.run(envoys, '"U.N. convoy"').results[0].text
