"""An entry that points back to a place it does not name ("a joint search there", "fighters
took those villages") or names a thing only as under consideration carries the sentence before
as its context: which place or thing, that sentence says. A place the sentence names before
its pointer ("in Orsk ... the streets there"), "there is" and "this country" (a speaker's own)
read alone. Names and texts are invented."""

from commands.timeline_entries import dated_entries
from commands.timeline_reports import leaves_unsaid, points_to_a_place
from store.articles import article_texts
from store.events import EventRow
from tests.commands.ingested import add

BEFORE = "Velmish jets bombed the port of Quell on Thursday night."
THERE = "Velmish rescue teams were searching the wreckage there on Friday, the ministry said."


def friday(article_id: int, text: str, sentence: str, id: int) -> EventRow:
    start = text.index(sentence)
    return EventRow(id, article_id, None, start, start + len(sentence), "2031-05-16", "day",
                    "relative", "2031-05-16", sentence, "Friday")  # fmt: skip


def test_there_and_a_demonstrative_place_point_back():
    assert points_to_a_place(THERE) == THERE.index("there")
    assert points_to_a_place('"We are searching there," Dannet said on Friday.') is not None
    assert points_to_a_place("The Velm team there heard blasts on Friday.") is not None
    assert points_to_a_place("There, Dannet founded a union in 2031.") == 0
    assert points_to_a_place("Fighters captured those villages on Friday.") is not None
    assert points_to_a_place("The council said 12 died in that country on Friday.") is not None


def test_a_place_named_before_or_no_place_reads_alone():
    # the sentence names the place before its pointer, by name or by a noun
    assert points_to_a_place("A protester in Orsk said crowds stayed on the streets there.") is None
    assert points_to_a_place("Curfews were set in the city and troops stayed there.") is None
    assert points_to_a_place("Fighters cleared the towns of Orsk and Quell of those towns.") is None
    # "there is", "is there", "out there", "there's"
    assert points_to_a_place("There were 12 dead on Friday, Dannet said.") is None
    assert points_to_a_place("Nor is there any sign of a truce.") is None
    assert points_to_a_place("Crowds were out there on Friday.") is None
    assert points_to_a_place("Dannet said there's no truce.") is None
    # "this country" is most often the speaker's own
    assert points_to_a_place("Pollution in this country rose in 2031.") is None
    # "that" as a conjunction
    assert points_to_a_place("Dannet said that Velm towns fell on Friday.") is None
    assert points_to_a_place("Dannet said that villages fell on Friday.") is None


def test_a_thing_only_under_consideration_is_unsaid():
    assert leaves_unsaid("Dannet met Orvat on Monday to discuss a range of measures under review.")
    assert leaves_unsaid("They talked of steps being considered.")
    assert not leaves_unsaid("Dannet discussed measures under consideration against Velm.")
    assert not leaves_unsaid("Dannet discussed sanctions on Velm on Monday.")


def test_an_entry_pointing_back_carries_the_sentence_before(db):
    page = add(db, BEFORE + " " + THERE, "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-16"], [friday(page.id, text, THERE, 1)], {}, {}, 5, names=["Velm"]
    )
    assert [(e.text, e.context) for e in told] == [(THERE, BEFORE)]
    # stays: the same search told where it is reads alone
    named = "Velmish rescue teams were searching the wreckage in Quell on Friday."
    page = add(db, BEFORE + " " + named, "2031-05-17", "Orsk News", "other.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-16"], [friday(page.id, text, named, 2)], {}, {}, 5, names=["Velm"]
    )
    assert [(e.text, e.context) for e in told] == [(named, None)]


def test_an_entry_leaving_its_thing_unsaid_carries_the_sentence_before(db):
    before = "Velm froze the assets of Orskian banks on Friday."
    unsaid = (
        "Dannet of Velm met Orvat on Monday to discuss a variety of measures under consideration."
    )
    page = add(db, before + " " + unsaid, "2031-05-20", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    start = text.index(unsaid)
    monday = EventRow(1, page.id, None, start, start + len(unsaid), "2031-05-19", "day",
                      "relative", "2031-05-19", unsaid, "Monday")  # fmt: skip
    told = dated_entries(db, ["2031-05-19"], [monday], {}, {}, 5, names=["Dannet"])
    assert [(e.text, e.context) for e in told] == [(unsaid, before)]
