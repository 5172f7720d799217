"""Compounds in `quote`: two words typed side by side find a passage writing them as one
("air bases" / "airbases"), and a word typed as one finds a passage writing it as two
everyday words, but only where those stand together as a phrase; each says so, and quoted
words stay exact."""

import pytest

from commands import quote
from commands.quote_plan import compounds
from tests.commands.ingested import add

NO_COMPOUNDS = quote.Methods(compounds=False, meaning=False)

AIRFIELDS = """Flights from Korvala

Bombing missions over Drastia take off from the airbases of Korvala, a ministry official said.

Two war planes of the Drastian navy were seen over the Korvala coast on Sunday.

A war of words broke out in the Korvala assembly over the planes the navy wants to buy.
"""


@pytest.fixture
def airfields(db):
    add(db, AIRFIELDS, name="air.txt")
    return db


def test_the_compounds_of_a_question():
    said = {(a.asked, a.said) for a in compounds("sorties from air bases and warplanes")}
    assert ("air bases", "airbases") in said
    assert ("warplanes", "war planes") in said
    assert all(a.said != "bomb ing" for a in compounds("bombing"))  # an inflection
    assert all(a.said != "over all" for a in compounds("overall"))  # a function word


def test_two_words_typed_find_them_written_as_one(airfields):
    # without compounds the passage covers a third of the question: no answer
    assert quote.run(airfields, "Drastia air bases", methods=NO_COMPOUNDS).results == []
    best = quote.run(airfields, "Drastia air bases", methods=quote.LEXICAL).results[0]
    assert "from the airbases of Korvala" in best.text
    assert "matched airbases for air bases" in best.explanation
    assert {"word": "airbases", "for": "air bases", "via": "spelling"} in best.to_json()["matched"]


def test_one_word_typed_finds_it_written_as_two_only_together(airfields):
    found = quote.run(airfields, "Drastian warplanes", limit=5, methods=quote.LEXICAL).results
    together = next(r for r in found if "Two war planes" in r.text)
    assert "matched war planes for warplanes" in together.explanation
    assert found[0] is together
    # "war" and "planes" apart (the third passage) count for nothing
    apart = [r for r in found if "war of words" in r.text]
    assert all(r.matched == () for r in apart)


def test_quoted_words_stay_exact(airfields):
    assert quote.run(airfields, '"air bases" Drastia', methods=quote.LEXICAL).results == []
    assert quote.run(airfields, '"warplanes" Drastian', methods=quote.LEXICAL).results == []


def test_a_question_opening_with_a_capital_is_split_too(airfields):
    said = {(a.asked, a.said) for a in compounds("Warplanes over Korvala")}
    assert ("Warplanes", "war planes") in said
    found = quote.run(airfields, "Warplanes over Korvala", limit=5, methods=quote.LEXICAL).results
    assert any("Two war planes" in r.text for r in found)
    # a capital inside the question is a name's: not split
    assert compounds("over Warplanes") == []
    assert compounds("WARPLANES") == []


@pytest.mark.parametrize(
    "word",
    [
        "season",
        "mandate",
        "mission",
        "doctor",
        "civilian",
        "though",
        "downed",
        "shedding",
        "seasons",
        "mandated",
    ],
)
def test_an_everyday_word_or_its_inflection_is_not_split(word):
    assert compounds(f"the {word} in Korvala") == []


@pytest.mark.parametrize(
    "word, phrase",
    [
        ("airbases", "air bases"),
        ("warplanes", "war planes"),
        ("airstrikes", "air strikes"),
        ("ceasefire", "cease fire"),
    ],
)
def test_compounds_not_everyday_still_split(word, phrase):
    assert phrase in {a.said for a in compounds(f"the {word} in Korvala")}


def test_everyday_words_are_found_wherever_the_file_holds_them():
    from commands.quote_plan import _everyday, _everyday_words

    words = [w for w in _everyday_words().split("\n") if w and not w.startswith("#")]
    assert all(_everyday(w) for w in words[:: len(words) // 50])
    assert not _everyday("korvala") and not _everyday("warpl") and not _everyday("")


RAIDS = """Raids on Korvala

Two war planes of the Drastian navy carried out air strikes on the Korvala coast on Sunday.
"""


def test_each_passage_is_tokenized_once_for_the_phrases_it_may_hold(db, monkeypatch):
    from collections import Counter

    from text import tokens

    add(db, RAIDS, name="raids.txt")
    calls: Counter[tuple[str, str]] = Counter()
    for name in ("phrase_key", "terms"):
        original = getattr(tokens, name)

        def counted(text, *args, _name=name, _original=original, **kwargs):
            calls[(_name, text)] += 1
            return _original(text, *args, **kwargs)

        monkeypatch.setattr(tokens, name, counted)
    # two compounds, each a phrase of two terms the passage holds
    found = quote.run(db, "warplanes and airstrikes on Korvala", methods=quote.LEXICAL).results
    assert found and "war planes" in found[0].text
    assert {m.word for m in found[0].matched} >= {"war planes", "air strikes"}
    text = found[0].text
    assert calls[("phrase_key", text)] == 1
    assert calls[("terms", text)] <= 2  # its kept terms, and its counts for the phrase terms
