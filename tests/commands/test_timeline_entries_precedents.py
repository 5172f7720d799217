"""A subject named only as where another town lies ("in the town of Tessun north of Varnok"),
as where a named speaker stands ("In Varnok, Foreign Minister Orel Dask said ..."), or only as
the precedent of a comparison ("in a manner similar to deals ... such as Varnok"), the date's
words outside it, has no entry of that date (written from the entry audit's dev failures,
bench/timeline_audit.json: Rastan, Zintan and Darayya; the names here are invented)."""

import re

from commands.in_passing import only_as_a_precedent
from commands.timeline_entries import representative
from commands.timeline_reports import only_a_landmark
from store.events import EventRow


def dated(id, text, said, date="2014-05-06", how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def spans(text, *names):
    pattern = "|".join(re.escape(n) for n in names)
    return [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text)]


def precedent(text, said, *names):
    return only_as_a_precedent(text, spans(text, *names), said)


def test_a_place_named_only_as_where_another_town_lies_is_a_landmark():
    for text in (
        "One activist said troops killed three civilians on Sunday in the town of Tessun "
        "north of Varnok.",
        "Six people were killed in airstrikes on the town of Al-Tessun west of Varnok on Saturday.",
        "A car bomb went off on Friday in the city of Tessun Kor just south of Varnok.",
    ):
        assert only_a_landmark(text, ("Varnok",)), text


def test_a_place_where_the_event_is_or_named_again_is_no_landmark():
    for text in (
        # the place's own surroundings, near it: its news (docs/QUALITY.md)
        "Troops stormed the villages of Tessun and Orla near Varnok on Tuesday.",
        # the place named again as the event's
        "Troops shelled the town of Tessun north of Varnok on Sunday, and Varnok itself.",
        # a direction from the place, no town of its own before it
        "Rebels advanced north of Varnok on Sunday.",
    ):
        assert not only_a_landmark(text, ("Varnok",)), text


def test_a_place_named_only_as_where_a_named_speaker_stands_is_a_landmark():
    for text in (
        "In Varnok, rebel commander Hajj Orel Dask, a commander in the hills, said Friday that "
        "he considers the announcement a sign of support.",
        "In Varnok, Foreign Minister Orel Dask said the defection on Thursday was a blow.",
        "In the capital of Varnok, Major General Orel Dask said jets destroyed two tanks on "
        "Thursday in Tessun.",
    ):
        assert only_a_landmark(text, ("Varnok",)), text


def test_a_place_whose_people_tell_its_news_is_no_landmark():
    for text in (
        "In Varnok, residents said troops shelled the rebel town again early on Saturday.",
        "In Varnok, a doctor at the main hospital said 31 people were killed on Friday.",
        "In Varnok, troops killed two policemen on Sunday night, an official said.",
        # the place named again in what the speaker tells
        "In Varnok, Foreign Minister Orel Dask said shells hit Varnok on Thursday.",
    ):
        assert not only_a_landmark(text, ("Varnok",)), text


def test_a_subject_named_only_as_a_precedent_is_so_named():
    for text, said, name in (
        (
            "Rebels are set to hand over their weapons on Thursday in a manner similar to deals "
            "that have taken place previously this year in other suburbs such as Varnok and Orla.",
            "on Thursday",
            "Varnok",
        ),
        (
            "Troops shelled the port on Monday, as they did in Varnok last winter.",
            "on Monday",
            "Varnok",
        ),
        (
            "The ministers met on Friday to avoid a collapse like those in Varnok and Orla.",
            "on Friday",
            "Varnok",
        ),
        (
            "Militias shelled the port on Monday, as happened when Kesh Dorvan took the valley.",
            "on Monday",
            "Kesh Dorvan",
        ),
    ):
        assert precedent(text, said, name), text


def test_a_precedent_holding_the_date_or_the_subject_outside_it_stays():
    for text, said, name in (
        # the date inside the comparison: the precedent's own day
        (
            "The tactic is similar to the siege Kesh Dorvan laid to the valley in 1999.",
            "in 1999",
            "Kesh Dorvan",
        ),
        # the subject named before the comparison: its own event
        ("Troops entered Varnok on Friday, as they did in Orla in May.", "on Friday", "Varnok"),
        # named both in and out of it
        (
            "Varnok fell on Friday, as happened in Varnok's twin town of Orla.",
            "on Friday",
            "Varnok",
        ),
        # no comparison at all
        ("Troops entered Varnok on Friday.", "on Friday", "Varnok"),
    ):
        assert not precedent(text, said, name), text


def test_a_date_told_only_by_a_precedent_has_no_entry_and_another_report_tells_it():
    deal = dated(1, "Rebels are set to leave the town on Friday in a manner similar to deals "
                 "that have taken place this year in other suburbs such as Varnok.", "on Friday")  # fmt: skip
    own = dated(2, "Buses left Varnok on Friday with the last rebels.", "on Friday")
    assert representative([deal], {}, place_names=("Varnok",)) is None
    assert representative([deal], {}, names=("Varnok",)) is None  # an actor's, too
    likes = {1: 0.4, 2: 0.1}
    assert representative([deal, own], {}, place_names=("Varnok",), likes=likes) == own


def test_a_comparison_for_a_keyword_timeline_stays():
    """A keyword's timeline has no names: nothing to find in the comparison."""
    deal = dated(1, "Rebels are set to leave the town on Friday in a manner similar to deals "
                 "that have taken place this year in other suburbs such as Varnok.", "on Friday")  # fmt: skip
    assert representative([deal], {}) == deal
