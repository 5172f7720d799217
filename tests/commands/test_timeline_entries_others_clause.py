"""A date told in a relative or subordinate clause about another event than the sentence's
(dated_in_anothers_clause): for an actor, another report of the date is told first; the date
stays. Written from the ninth set's dev failures (docs/QUALITY.md, "the day of another event the
sentence names"), on invented names."""

from commands.timeline_entries import dated_in_anothers_clause, representative
from store.events import EventRow

NAMES = ("Velm Front",)


def dated(id, text, said, date="2016-07-07"):
    return EventRow(id, id, None, 0, len(text), date, "day", "relative", date, text, said)


def test_a_date_in_anothers_clause_is_told_after_another_report_of_it():
    others = [
        dated(1, "The fighters of the Velm Front were killed trying to reopen the Orsk Road "
              "which army forces effectively severed on Thursday the monitor said.", "on Thursday"),
        dated(2, "Marchers chanted for the first time since protests broke on Friday -- slogans "
              "against the Velm Front.", "on Friday"),
        dated(3, "The Velm Front fought near the village where the army landed troops on "
              "Thursday.", "on Thursday"),
    ]  # fmt: skip
    own = dated(9, "The Velm Front shelled the Orsk Road on Thursday.", "on Thursday")
    for e in others:
        assert dated_in_anothers_clause(e, NAMES), e.text
        assert representative([e, own], {}, names=NAMES) == own, e.text
        assert representative([own, e], {}, names=NAMES) == own, e.text
        # never dropped: the date's only report is still its entry
        assert representative([e], {}, names=NAMES) == e, e.text


def test_a_clause_that_is_the_subjects_own_stays():
    kept = [
        # the clause opens right after the subject's name: the subject's own act
        dated(1, "Velm Front fighters took the town, a day after the Velm Front, who advanced "
              "on Friday, crossed the river.", "on Friday"),
        dated(2, "The Velm Front, which advanced on Friday, took the town.", "on Friday"),
        # the clause names the subject, or refers back to it
        dated(3, "Troops held the road which the Velm Front severed on Thursday.", "on Thursday"),
        dated(4, "The Velm Front lost the road which they severed on Thursday.", "on Thursday"),
        # the date right after the opener: the main clause's time
        dated(5, "The Velm Front has held the town since Friday.", "Friday"),
        # in the main clause
        dated(6, "The Velm Front took the town which the army had left, on Thursday.",
              "on Thursday"),
        # the subject not named: not judged
        dated(7, "Rebels held the road which troops severed on Thursday.", "on Thursday"),
    ]  # fmt: skip
    for e in kept:
        assert not dated_in_anothers_clause(e, NAMES), e.text
