"""A report naming its subject only in passing (after a preposition of place or owner, or in a
clause of reason the date lies outside) is told after a report of the same date naming it as
its event's actor or place, and still told when it is the date's only report (written from the
entry audit's dev failures, bench/timeline_audit.json: Al-Bab, Muammar Gaddafi, Saddam Hussein;
the names here are invented)."""

import re

from commands.in_passing import in_passing
from commands.timeline_entries import representative
from store.events import EventRow


def dated(id, text, said, date="2014-05-06", how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def spans(text, *names):
    pattern = "|".join(re.escape(n) for n in names)
    return [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text)]


def passing(text, said, *names, actor=True):
    return in_passing(text, spans(text, *names), said, actor)


def test_a_place_named_only_as_a_landmark_is_in_passing():
    text = "Rebels were mobilising in the village of Tessun near Varnok city on Tuesday."
    assert passing(text, "Tuesday", "Varnok", actor=False)
    assert passing("Jets struck a convoy beyond Varnok on Tuesday.", "Tuesday", "Varnok",
                   actor=False)  # fmt: skip


def test_a_place_where_the_event_is_is_not_in_passing():
    """For a place, "in", "from" and "to" say where its event is: its own news."""
    for text in (
        "Rebels shelled the centre of Varnok on Tuesday.",
        "Fighting raged in Varnok on Tuesday.",
        "Thousands fled from Varnok on Tuesday.",
        "Varnok fell to the rebels on Tuesday.",
    ):
        assert not passing(text, "Tuesday", "Varnok", actor=False), text


def test_an_actor_named_only_as_an_owner_or_a_place_is_in_passing():
    for text in (
        "State TV on Tuesday showed footage from Dorvan's hilltop compound of his nephew.",
        "The envoy flew on Tuesday to Dorvan's palace in the north.",
        "Officials met on Tuesday at the Dorvan residence.",
    ):
        assert passing(text, "Tuesday", "Dorvan"), text


def test_an_actor_acting_or_acted_on_is_not_in_passing():
    for text in (
        "Dorvan's forces stormed the port on Tuesday.",
        "On Tuesday Dorvan ordered the army into the port.",
        "Three aides were arrested by Dorvan on Tuesday.",
        "The envoy held talks with Dorvan on Tuesday.",
        "Protesters burned pictures of Dorvan on Tuesday.",
        "Troops were sent to protect civilians against Dorvan's militia on Tuesday.",
    ):
        assert not passing(text, "Tuesday", "Dorvan"), text


def test_a_clause_of_reason_the_date_lies_outside_holds_the_subject_in_passing():
    text = "The president today admitted the reports were wrong but defended the war because it removed Kesh Dorvan."  # noqa: E501
    assert passing(text, "today", "Kesh Dorvan")
    # the date inside the clause: the clause is the dated event
    inside = "The talks collapsed because Kesh Dorvan walked out on Tuesday."
    assert not passing(inside, "Tuesday", "Kesh Dorvan")


def test_every_mention_must_be_in_passing():
    text = "Dorvan addressed crowds on Tuesday from the balcony of Dorvan's palace."
    assert not passing(text, "Tuesday", "Dorvan")
    assert not in_passing("Nothing of him here on Tuesday.", [], "Tuesday", True)


def test_the_report_naming_the_subject_as_its_actor_is_told_first():
    aside = dated(1, "State TV on Tuesday showed footage from Dorvan's hilltop compound of his "
                  "nephew greeting crowds.", "Tuesday")  # fmt: skip
    acts = dated(2, "Dorvan's militia shelled the port of Ilsk on Tuesday, residents said.",
                 "Tuesday")  # fmt: skip
    # the aside is the likelier by its words: before, it was told
    likes = {1: 0.4, 2: 0.1}
    assert representative([aside, acts], {}, names=("Dorvan",), likes=likes) == acts
    assert representative([acts, aside], {}, names=("Dorvan",), likes=likes) == acts


def test_the_report_naming_the_place_as_its_place_is_told_first():
    near = dated(1, "Rebels were mobilising in the village of Tessun near Varnok city on "
                 "Tuesday, a monitor said.", "Tuesday")  # fmt: skip
    there = dated(2, "Shells fell on the market of Varnok on Tuesday, a monitor said.", "Tuesday")
    likes = {1: 0.4, 2: 0.1}
    told = representative([near, there], {}, place_names=("Varnok",), likes=likes)
    assert told == there


def test_a_date_told_only_in_passing_stays():
    """No date is dropped for it: the date's only report is still told."""
    aside = dated(1, "State TV on Tuesday showed footage from Dorvan's hilltop compound of his "
                  "nephew greeting crowds.", "Tuesday")  # fmt: skip
    assert representative([aside], {}, names=("Dorvan",)) == aside
    near = dated(2, "Rebels were mobilising in the village of Tessun near Varnok city on "
                 "Tuesday.", "Tuesday")  # fmt: skip
    assert representative([near], {}, place_names=("Varnok",)) == near
