"""Close spellings of the names a `quote` question types: a name the skeleton rule leaves
alone (an everyday English word, or too short) finds the store's spelling of it a change or
two away, when the store writes that spelling as a name; a spelling that is itself an
everyday word counts only in a name of several words that a passage holds so spelled."""

from dataclasses import replace

import pytest

from commands import quote
from commands.quote_names import close_names
from tests.commands.ingested import add

NO_CLOSE_NAMES = replace(quote.LEXICAL, close_names=False)

QORAVAN = """Graves in Qoravan

A mausoleum in Qoravan holds the graves of the late Drastian leader and of his brother Bassin.

Shelling hit the village of Tel Hamsa near Qoravan on Sunday, killing four farmers.

Residents said the tel of the old fort was used as a look-out by the militia of Qoravan.

A tweeter in the garden of Qoravan sang through the night, as tweeters do in the spring.
"""


@pytest.fixture
def qoravan(db):
    add(db, QORAVAN, name="qoravan.txt")
    return db


def said(db, question):
    return {(a.asked, a.said) for a in close_names(db, question)}


def test_an_everyday_word_typed_as_a_name_finds_its_other_spelling(qoravan):
    question = "where is Basin of Qoravan buried"
    assert ("Basin", "bassin") in said(qoravan, question)
    assert quote.run(qoravan, question, methods=NO_CLOSE_NAMES).results == []
    best = quote.run(qoravan, question, methods=quote.LEXICAL).results[0]
    assert "his brother Bassin" in best.text
    assert "matched Bassin for Basin" in best.explanation


def test_an_everyday_spelling_counts_in_a_name_the_store_holds_so_spelled(qoravan):
    assert ("Tal Hamsa", "Tel Hamsa") in said(qoravan, "shelling of Tal Hamsa")
    # "tel" alone, or before another word, is not the name
    assert said(qoravan, "Tal Qoravan") == set()
    assert said(qoravan, "shelling of Tal") == set()


def test_a_spelling_the_store_writes_in_lower_case_is_no_name(qoravan):
    assert all(s != "tweeter" for _, s in said(qoravan, "posts on Twitter from Qoravan"))


def test_the_opening_word_is_a_name_only_when_it_is_no_everyday_word(qoravan):
    assert said(qoravan, "Basin graves in Qoravan") == set()
    assert ("Basin", "bassin") in said(qoravan, "the Basin graves in Qoravan")


def test_quoted_words_stay_exact(qoravan):
    assert (
        quote.run(qoravan, '"Basin" Drastian leader brother', methods=quote.LEXICAL).results == []
    )


def test_a_name_of_two_words_finds_the_passage_spelling_it_otherwise(qoravan):
    found = quote.run(qoravan, "farmers killed in Tal Hamsa", methods=quote.LEXICAL).results
    assert "village of Tel Hamsa" in found[0].text
    assert "matched Tel Hamsa for Tal Hamsa" in found[0].explanation


def test_a_common_spelling_of_a_name_is_searched_for_however_common():
    from commands.quote_plan import Plan, _useful
    from text.expand import Alternative

    plan = Plan(["qadhafi", "power"], [])
    usual = Alternative("Qadhafi", "Gaddafi", ("gaddafi",), "alias")
    title = Alternative("Qadhafi", "Colonel Gaddafi", ("colonel", "gaddafi"), "alias")
    word = Alternative("power", "forces", ("forc",), "synonym")
    df = {"gaddafi": 5000, "colonel": 40, "forc": 9000}
    kept = _useful(plan, [usual, title, word], df, limit=4000)
    # the name's usual spelling is the name; a title with it and a common synonym still find
    # everything
    assert kept == [usual]


def test_a_name_and_its_other_spellings_are_searched_as_one_term():
    from commands.quote_plan import ASKED_WEIGHT, OTHER_WEIGHT, Plan
    from text.expand import Alternative

    alternatives = [
        Alternative("Qaddafi", "Gaddafi", ("gaddafi",), "spelling"),
        Alternative("Qaddafi", "Gadhafi", ("gadhafi",), "alias"),
        Alternative("Qaddafi", "Colonel Gaddafi", ("colonel", "gaddafi"), "alias"),
        Alternative("killed", "slain", ("slain",), "synonym"),
    ]
    plan = Plan(["qaddafi", "kill"], [], alternatives=alternatives)
    merged = Plan(["qaddafi", "kill"], [], alternatives=alternatives, one_term_names=True)
    group = ("qaddafi", "gaddafi", "gadhafi")
    assert merged.groups() == {"qaddafi": group}
    terms = merged.weighted_terms()
    assert terms.count(group) == ASKED_WEIGHT and "qaddafi" not in terms
    assert "gaddafi" not in terms and "gadhafi" not in terms  # in the group, not apart
    assert terms.count("colonel") == OTHER_WEIGHT and terms.count("slain") == OTHER_WEIGHT
    assert plan.groups() == {} and plan.weighted_terms().count("gaddafi") == OTHER_WEIGHT


ORSKAVA = """Villages near Orsk

Farmers in the village of Tel Minis near Orsk said the wells had run dry.

Shelling hit the outskirts of Tel Varo on Sunday as minis full of families fled the town.

The captain, Abi Varga, said the ferry to Orsk would not sail before the storm had passed.

Senator Evan Bayh said the vote on the bay bridge would wait until the spring.
"""


@pytest.fixture
def orskava(db):
    add(db, ORSKAVA, name="orskava.txt")
    return db


def test_y_is_no_vowel_for_a_final_h(orskava):
    assert said(orskava, "who spoke of the vote at Guantanamo Bay") == set()


def test_a_spelling_is_kept_only_when_the_store_writes_it(orskava):
    # "Abyed" is indexed as "Abi" is: a word of the same stem is no spelling
    question = "what did Abyad say about the ferry"
    assert said(orskava, question) == set()
    found = quote.run(orskava, question, methods=quote.LEXICAL).results
    assert all("Abi Varga" not in r.text for r in found)


def test_a_close_name_of_several_words_counts_only_where_the_phrase_stands(orskava):
    # "Tel Varo ... as minis full of families fled" holds both words, not the name
    found = quote.run(orskava, "shelling of Tal Minnis", methods=quote.LEXICAL).results
    assert all("Tel Minis" in r.text for r in found for m in r.matched if m.asked == "Tal Minnis")
    found = quote.run(orskava, "farmers of Tal Minnis", methods=quote.LEXICAL).results
    assert "village of Tel Minis" in found[0].text
    # as the store writes it
    assert "matched Tel Minis for Tal Minnis" in found[0].explanation
    assert all("minis full" not in r.text for r in found)


def test_an_opening_name_of_two_words_is_a_name(orskava):
    assert ("Tal Minnis", "Tel Minis") in said(orskava, "Tal Minnis farmers and their wells")
    assert ("Tal Minnis", "Tel Minis") in said(orskava, "wells of Tal Minnis farmers")


def test_a_close_name_of_several_words_finds_passages_by_itself(orskava):
    found = quote.run(orskava, "Tal Minnis", methods=quote.LEXICAL).results
    assert "village of Tel Minis" in found[0].text
    assert all("minis full" not in r.text for r in found)


def test_a_close_name_of_common_words_counts_only_where_the_phrase_stands():
    from commands.quote_names import SearchedPhrase
    from commands.quote_plan import Plan, _useful, words_searched

    name = SearchedPhrase("Tal Minnis", "Tel Minis", ("tel", "mini"), "spelling", ("tel", "mini"))
    plan = Plan(["tal", "minni"], [])
    plan.alternatives = _useful(plan, [name], {"tel": 3, "mini": 2}, limit=50)
    assert words_searched(plan.alternatives[0]) and plan.phrase_terms() == {}
    assert plan.weighted_terms().count("tel") > 0
    # "tel" in more passages than the limit: not searched for, counted where the name stands
    plan.alternatives = _useful(plan, [name], {"tel": 300, "mini": 2}, limit=50)
    (kept,) = plan.alternatives
    assert (kept.said, kept.phrase) == ("Tel Minis", ("tel", "mini"))
    assert not words_searched(kept)
    assert plan.phrase_terms() == {"tel": [("tel", "mini")], "mini": [("tel", "mini")]}
    assert "tel" not in plan.weighted_terms()
