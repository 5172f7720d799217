"""The subject's role in a report's sentence (commands/subject_role.py): a day whose report names
its subject only in passing (a place as a landmark, an actor as another's owner, either inside
a relative clause about someone else), in an article not about it, is told after the days whose
reports name it in full (written from the entry audit's dev failures, bench/timeline_audit.json:
Al-Bab's landmark, George W. Bush's adviser, Nicolas Sarkozy's relative clause; the names here
are invented)."""

import re

from commands.subject_role import in_passing_only
from commands.timeline_entries import dated_entries
from store.events import EventRow
from tests.commands.ingested import add

# a lead of more than 600 characters naming neither subject: the article is not about them
FILLER = " ".join(
    f"Aid workers in the region counted {n} trucks of flour crossing the plain that week."
    for n in range(2, 12)
)


def passing(text, said, name, actor):
    spans = [m.span() for m in re.finditer(re.escape(name), text)]
    return in_passing_only(text, spans, said, actor)


def test_a_place_as_a_landmark_or_a_direction_is_in_passing():
    for text in (
        "Rebels massed in the village of Tessun near Varnok on Tuesday.",
        "Jets struck a convoy north of Varnok on Tuesday.",
        "The column headed toward Varnok on Tuesday.",
        "Jets struck a convoy outside Varnok on Tuesday.",
    ):
        assert passing(text, "on Tuesday", "Varnok", actor=False), text


def test_a_place_where_the_event_happens_is_not_in_passing():
    for text in (
        "Fighting raged in Varnok on Tuesday.",
        "Jets struck Varnok on Tuesday.",
        "Varnok officials said on Tuesday the water was cut.",
    ):
        assert not passing(text, "on Tuesday", "Varnok", actor=False), text


def test_an_actor_as_anothers_owner_or_in_a_relative_clause_is_in_passing():
    for text in (
        "Lena Moor, once Dorvan's chief adviser, said on Tuesday the strikes were lawful.",
        "The writer, who had flown rebels to meet Dorvan, said on Tuesday the war was near.",
    ):
        assert passing(text, "on Tuesday", "Dorvan", actor=True), text


def test_an_actor_acting_speaking_or_told_is_not_in_passing():
    for text in (
        "Dorvan ordered the army into the port on Tuesday.",
        "Dorvan's spokesman said on Tuesday the port was calm.",
        "The envoy spoke to Dorvan on Tuesday.",
    ):
        assert not passing(text, "on Tuesday", "Dorvan", actor=True), text


def entries_of(db, first, second, names, place, lead=FILLER):
    """The one entry wanted when the likelier day tells first and the other second, each
    in an article of its own under lead."""
    events = []
    for n, (sentence, day) in enumerate(((first, "2016-12-27"), (second, "2016-12-20"))):
        text = f"{lead} {sentence}"
        article = add(db, text, "2016-12-29", "Wire", f"{n}-{len(text)}.txt").id
        start = len(lead) + 1
        said = "on Tuesday"
        events.append(
            EventRow(
                n + 1, article, None, start, len(text), day, "day", "explicit", day, sentence, said
            )  # fmt: skip
        )
    chosen = ["2016-12-27", "2016-12-20"]
    levels = {e.id: 0 for e in events}
    places = names if place else ()
    entries = dated_entries(db, chosen, events, levels, {}, 1, places, names)
    return [e.date for e in entries]


def test_a_place_named_only_as_a_landmark_gives_its_day_to_one_where_it_happens(db):
    near = "Rebels massed in the village of Tessun near Varnok on Tuesday."
    there = "Jets struck a market in Varnok on Tuesday."
    assert entries_of(db, near, there, ("Varnok",), place=True) == ["2016-12-20"]


def test_an_actor_named_only_as_an_owner_gives_its_day_to_one_where_it_acts(db):
    owner = "Lena Moor, once Dorvan's chief adviser, said on Tuesday the strikes were lawful."
    acts = "Dorvan ordered the army into the port on Tuesday."
    assert entries_of(db, owner, acts, ("Dorvan",), place=False) == ["2016-12-20"]


def test_an_article_about_the_subject_keeps_its_day(db):
    """Named in the article's lead, the subject's passing mention is its news told again."""
    near = "Rebels massed in the village of Tessun near Varnok on Tuesday."
    there = "Jets struck a market in Varnok on Tuesday."
    lead = f"The siege of Varnok entered its third month. {FILLER}"
    assert entries_of(db, near, there, ("Varnok",), place=True, lead=lead) == ["2016-12-27"]


def test_a_day_told_only_in_passing_is_still_told_when_no_other_is(db):
    near = "Rebels massed in the village of Tessun near Varnok on Tuesday."
    lead = f"{FILLER} Nothing else was reported."
    text = f"{lead} {near}"
    article = add(db, text, "2016-12-29", "Wire", "alone.txt").id
    e = EventRow(1, article, None, len(lead) + 1, len(text), "2016-12-27", "day", "explicit",
                 "2016-12-27", near, "on Tuesday")  # fmt: skip
    entries = dated_entries(db, ["2016-12-27"], [e], {1: 0}, {}, 10, ("Varnok",), ("Varnok",))
    assert [x.date for x in entries] == ["2016-12-27"]
