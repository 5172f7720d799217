"""Synonym groups at work in `quote`, on invented articles: armed clashes, roads and guns
said in other words, and an entry ending in a function word looked for as a phrase."""

import pytest

from commands import ingest, quote

CLASHES = """Fighting on the Varno coast

Militiamen loyal to Zelmar Drevnik fought gun battles with rebels in the town of Qelvari on \
Saturday, witnesses said, shutting the coastal highway that links Ostrava with the border.

A court employee pulled a weapon on the widow Aneska Brun when she went to the courthouse.

The harvest near Ostrava was brought in early this year by a patrol of farmers.

Villagers said an air patrol was brought down over the hills near Ostrava on Friday.
"""


@pytest.fixture
def clashes(db):
    from text.read import Document

    ingest.ingest_document(
        db, Document(text=CLASHES, origin="clashes.txt", kind="text"), ingest.Origin("clashes.txt")
    )
    return db


def test_a_clash_on_a_road_is_found_as_gun_battles_on_a_highway(clashes):
    best = quote.run(clashes, "Drevnik militia clash with rebels in Qelvari on the road").results[0]
    assert "fought gun battles with rebels" in best.text
    assert {(m.asked, m.via) for m in best.matched} >= {("clash", "synonym"), ("road", "synonym")}


def test_a_gun_is_found_as_a_weapon(clashes):
    best = quote.run(clashes, "court employee gun widow Brun").results[0]
    assert "pulled a weapon" in best.text
    assert ("weapon", "gun", "synonym") in {(m.word, m.asked, m.via) for m in best.matched}


def test_brought_down_counts_only_as_a_phrase(clashes):
    results = quote.run(clashes, "patrol downed near Ostrava", limit=5).results
    assert "was brought down over the hills" in results[0].text
    assert ("brought down", "downed") in {(m.word, m.asked) for m in results[0].matched}
    # "brought in" is no downing: the harvest passage is never said to match it
    assert all(not r.matched for r in results if "harvest" in r.text)


CAPITALS = """Talks on the Varno border

Canada will fly its nationals out of Qelvari on chartered aircraft, its foreign minister said.

Farmers near Ostrava said the Zelmar harvest came in early this year.
"""


def test_a_capital_typed_finds_its_country_and_says_so(db):
    from text.read import Document

    ingest.ingest_document(
        db, Document(text=CAPITALS, origin="caps.txt", kind="text"), ingest.Origin("caps.txt")
    )
    best = quote.run(db, "Ottawa flies nationals out of Qelvari").results[0]
    assert "Canada will fly its nationals out" in best.text
    assert ("Canada", "Ottawa", "synonym") in {(m.word, m.asked, m.via) for m in best.matched}


POLL = """Polling on the Varno coast

Sixty per cent of Qelvari voters backed Zelmar Drevnik in the poll, the commission said.

Drevnik's campaign in Qelvari paid forty cents per litre for fuel, a voter said.
"""


@pytest.fixture
def poll(db):
    from text.read import Document

    ingest.ingest_document(
        db, Document(text=POLL, origin="poll.txt", kind="text"), ingest.Origin("poll.txt")
    )
    return db


def test_a_percentage_is_found_said_per_cent(poll):
    best = quote.run(poll, "what percentage of Qelvari voters backed Drevnik").results[0]
    assert "Sixty per cent" in best.text
    assert ("per cent", "percentage") in {(m.word.lower(), m.asked) for m in best.matched}


def test_cents_per_litre_is_no_percentage(poll):
    results = quote.run(poll, "percentage Drevnik campaign fuel Qelvari", limit=5).results
    fuel = [r for r in results if "cents per litre" in r.text]
    assert fuel and not any(m.asked == "percentage" for m in fuel[0].matched)
