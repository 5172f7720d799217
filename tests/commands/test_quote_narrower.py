"""A typed noun's kinds in `quote` (text/narrower_words.tsv): a passage naming a frigate covers
a question asking for a warship, and says so; the kinds are not searched for, go one way only,
and a noun that is also a verb, or whose kinds are many, takes none."""

import pytest

from commands import quote
from commands.quote_plan import make_plan
from tests.commands.ingested import add
from text import word_relations

NO_KINDS = quote.Methods(narrower=False, meaning=False)
KINDS = quote.LEXICAL

HARBOUR = """Harbour news from Ostrel

A Korvalan frigate stopped a grain barge off Ostrel on Sunday and searched its hold.

The old warship of the Korvalan fleet is a museum now, moored in the harbour of Dunmore.

A barge of timber reached Dunmore from the north on Monday after the storm.
"""


@pytest.fixture
def harbour(db):
    add(db, HARBOUR, name="harbour.txt")
    return db


def _kinds(query: str) -> set[tuple[str, str]]:
    return {
        (a.asked, a.said)
        for a in word_relations.related_words(query, frozenset({"narrower"}))
        if a.via == "narrower"
    }


def test_a_nouns_kinds_from_the_file():
    kinds = _kinds("warships off the coast")
    assert ("warships", "frigate") in kinds  # the plural typed, its base's kinds
    assert ("warships", "destroyer") in kinds
    # one way: a question asking for a frigate takes no "warship"
    assert not any(said == "warship" for _, said in _kinds("a frigate off the coast"))


def test_no_kinds_for_a_noun_that_is_also_a_verb_or_one_of_many_kinds():
    assert _kinds("planes over the coast") == set()  # plane, and plan, are verbs too
    assert _kinds("people of the coast") == set()  # dozens of kinds of people
    assert _kinds("the Destroyer of Dunmore sails") == set()  # a name mid-sentence


def test_kinds_only_when_asked_for():
    none = word_relations.related_words("warships", frozenset({"form", "thesaurus"}))
    assert all(a.via != "narrower" for a in none)


def _coverage(db, question: str, methods: quote.Methods, passage: str) -> float:
    from text import tokens

    plan = make_plan(db, question, methods, [], question, None, quote.EVERYONE)
    return plan.coverage_measure()(tokens.term_set(passage))


def test_a_kind_covers_the_question_and_says_so(harbour):
    question = "Korvalan warship searched a barge"
    frigate = "A Korvalan frigate stopped a grain barge off Ostrel on Sunday and searched its hold."
    assert _coverage(harbour, question, NO_KINDS, frigate) < 1.0
    assert _coverage(harbour, question, KINDS, frigate) == 1.0
    # a passage naming a kind of something else ("cruiser" is no kind of barge) gains nothing
    assert _coverage(harbour, "Korvalan barge searched", KINDS, "A Korvalan cruiser searched.") < 1
    best = quote.run(harbour, question, methods=KINDS).results[0]
    assert "A Korvalan frigate stopped a grain barge" in best.text
    assert "matched frigate for warship" in best.explanation
    assert {"word": "frigate", "for": "warship", "via": "narrower"} in best.to_json()["matched"]
    without = quote.run(harbour, question, methods=NO_KINDS).results
    assert all("matched frigate" not in (r.explanation or "") for r in without)


def test_a_kind_is_not_searched_for(harbour):
    plan = make_plan(harbour, "warship", KINDS, [], "warship", None, quote.EVERYONE)
    assert any(a.via == "narrower" and a.said == "frigate" for a in plan.alternatives)
    searched = {
        t for term in plan.weighted_terms() for t in (term if isinstance(term, tuple) else (term,))
    }
    assert "frigat" not in searched and not any(t.startswith("frigat") for t in searched)
    # the frigate's passage, holding no word typed, is not found
    found = quote.run(harbour, "warship", limit=5, methods=KINDS).results
    assert all("frigate" not in r.text for r in found)


def test_the_kinds_file_is_sorted_and_says_where_it_comes_from():
    from text.data import data_path

    with open(data_path("text", word_relations.NARROWER_FILE), encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert any("WordNet 3.0" in line for line in header)
    assert any("Licence" in line for line in header)
    words = [line.split("\t")[0] for line in lines if not line.startswith("#")]
    assert words == sorted(words)
    assert all(len(line.split("\t")[1].split(" ")) <= 8 for line in lines if "\t" in line)
