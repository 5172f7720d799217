"""An acronym a `quote` question types finds the passages naming it in full, as the store
defines it: the words before "(ACRONYM)" whose capitals spell it."""

from dataclasses import replace

import pytest

from commands import quote
from commands.quote_acronyms import definitions, expansions
from tests.commands.ingested import add

NO_ACRONYMS = replace(quote.LEXICAL, acronyms=False)

DRANMOOR = """Archives in Dranmoor

The Velmor Trust for Open Archives (VTOA) opened a reading room in Dranmoor on Monday.

The Velmor Trust for Open Archives counted 40 damaged ledgers after the flood in Dranmoor.

Clerks found 12 ledgers in the cellar of the Dranmoor library.
"""


@pytest.fixture
def dranmoor(db):
    add(db, DRANMOOR, name="dranmoor.txt")
    return db


def test_an_acronym_finds_the_passage_naming_it_in_full(dranmoor):
    question = "how many ledgers did VTOA find"
    before = quote.run(dranmoor, question, methods=NO_ACRONYMS).results
    assert all("counted 40" not in r.text for r in before)
    found = quote.run(dranmoor, question, methods=quote.LEXICAL).results
    named = next(r for r in found if "counted 40" in r.text)
    assert "matched Velmor Trust for Open Archives for VTOA" in named.explanation


def test_the_long_form_is_the_store_s_own(dranmoor):
    found = {(a.asked, a.said) for a in expansions(dranmoor, "ledgers of the VTOA")}
    assert found == {("VTOA", "Velmor Trust for Open Archives")}
    assert expansions(dranmoor, "ledgers of the QXR") == []


def test_quoted_words_stay_exact(dranmoor):
    found = quote.run(dranmoor, '"VTOA" ledgers damaged', methods=quote.LEXICAL).results
    assert all("counted 40 damaged ledgers" not in r.text for r in found)


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        # function words may stand between the capitals
        (
            "a team of the Kestrin Council of the Red Wells (KCRW) came",
            "KCRW",
            "Kestrin Council of the Red Wells",
        ),
        # the fewest words that spell it: "the Lornish" is not part of "Tavel Union"
        ("the Lornish Tavel Union (TU) said", "TU", "Tavel Union"),
        # a word in lower case that is no function word ends the name: no definition
        ("the Tavel farmers union (TU) said", "TU", None),
        # capitals that do not spell it: no definition
        ("the Tavel Union (QX) said", "QX", None),
        # a sentence that ends before the bracket: no definition
        ("It ended. (TU) said", "TU", None),
    ],
)
def test_a_definition_is_the_words_whose_capitals_spell_the_acronym(text, acronym, name):
    found = definitions([text], acronym)
    assert (list(found) == [name]) if name else not found
