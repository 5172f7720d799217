"""A place named only as a landmark (commands/landmark_only.py): a day whose report names its
place subject only after "near", "toward", "outside" or a direction ("north of X"), in an article
not about it, is told by another report of the day naming it in full, else after the other days
(written from the entry audit's dev failures, bench/timeline_audit.json: Al-Bab's landmark; the
names here are invented). An actor's reports are left as they were."""

import re

from commands.landmark_only import only_as_a_landmark
from commands.timeline_entries import dated_entries
from store.events import EventRow
from tests.commands.ingested import add

# a lead of more than 600 characters naming no subject: the article is not about it
FILLER = " ".join(
    f"Aid workers in the region counted {n} trucks of flour crossing the plain that week."
    for n in range(2, 12)
)
OUTSIDE = "Jets struck a convoy outside Varnok on Tuesday."
THERE = "Jets struck a market in Varnok on Tuesday."


def landmark(text, name="Varnok"):
    return only_as_a_landmark(text, [m.span() for m in re.finditer(re.escape(name), text)])


def test_a_place_as_a_landmark_or_a_direction():
    for text in (
        "Rebels massed in the village of Tessun near Varnok on Tuesday.",
        "Jets struck a convoy north of Varnok on Tuesday.",
        "Jets struck a convoy south-east of the town of Varnok on Tuesday.",
        "The column headed toward Varnok on Tuesday.",
        OUTSIDE,
    ):
        assert landmark(text), text


def test_a_place_where_the_event_happens_is_no_landmark():
    for text in (
        THERE,
        "Jets struck Varnok on Tuesday.",
        "Varnok officials said on Tuesday the water was cut.",
        "Jets struck a convoy near Varnok and shelled Varnok on Tuesday.",
        "Nothing was reported on Tuesday.",
    ):
        assert not landmark(text), text


def reports(db, sentences, lead=FILLER):
    """One report each of sentences, each in an article of its own under lead, the first
    dated 27 December 2016 and the second the day given with it."""
    events = []
    for n, (sentence, day) in enumerate(sentences):
        text = f"{lead} {sentence}"
        article = add(db, text, "2016-12-29", "Wire", f"{n}-{len(text)}.txt").id
        start = len(lead) + 1
        events.append(
            EventRow(
                n + 1,
                article,
                None,
                start,
                len(text),
                day,
                "day",
                "explicit",
                day,
                sentence,
                "on Tuesday",
            )  # fmt: skip
        )
    return events


def told(db, sentences, want, place, lead=FILLER):
    events = reports(db, sentences, lead)
    chosen = list(dict.fromkeys(e.date for e in events))
    levels = {e.id: 0 for e in events}
    places = ("Varnok",) if place else ()
    return dated_entries(db, chosen, events, levels, {}, want, places, ("Varnok",))


def test_a_landmarks_report_gives_its_day_to_one_where_it_happens(db):
    """Of one day's two reports, the first is chosen unless it names the place only outside."""
    day = "2016-12-27"
    entries = told(db, [(OUTSIDE, day), (THERE, day)], 1, place=True)
    assert [e.text for e in entries] == [THERE]


def test_a_day_told_only_by_a_landmark_comes_after_the_other_days(db):
    entries = told(db, [(OUTSIDE, "2016-12-27"), (THERE, "2016-12-20")], 1, place=True)
    assert [e.date for e in entries] == ["2016-12-20"]


def test_an_article_about_the_place_keeps_its_landmarks_report(db):
    """Named in the article's lead, the place's landmark mention is its news told again."""
    lead = f"The siege of Varnok entered its third month. {FILLER}"
    day = "2016-12-27"
    entries = told(db, [(OUTSIDE, day), (THERE, day)], 1, place=True, lead=lead)
    assert [e.text for e in entries] == [OUTSIDE]


def test_an_actors_report_is_left_as_it_was(db):
    day = "2016-12-27"
    north = "Jets struck a convoy north of Varnok on Tuesday."
    entries = told(db, [(north, day), (THERE, day)], 1, place=False)
    assert [e.text for e in entries] == [north]


def test_a_day_told_only_by_a_landmark_is_still_told(db):
    entries = told(db, [(OUTSIDE, "2016-12-27")], 10, place=True)
    assert [e.date for e in entries] == ["2016-12-27"]
