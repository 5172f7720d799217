"""The date of something else in the sentence given to the subject's act: a date inside an
apposition right after the subject's name, the sentence's verb after it, and a "since" date
inside a relative clause set off by a comma, date what the apposition or the clause tells, not
the subject's act (the fifteenth unseen set's dev failures, bench/timeline_audit.json,
docs/QUALITY.md)."""

from commands.timeline_entries import (
    dated_by_a_relative_clause,
    dated_by_an_apposition,
    representative,
)
from commands.timeline_reports import a_relative_clauses_day, an_appositions_day
from store.events import EventRow

PAGE = "2013-08-13"  # a Tuesday
NAMES = ("Kelvor Dannet", "Dannet")
PLACE = ("Veshnar",)


def dated(id, text, said, date="2013-08-11"):
    precision = "month" if len(date) == 7 else "day"
    return EventRow(id, id, None, 0, len(text), date, precision, "relative", date, text, said)


def told(e, names=(), place_names=(), seen=()):
    return representative([e], {}, place_names, published=lambda _: PAGE, names=names, seen=seen)


def test_an_appositions_date_is_no_day_of_the_subjects_act():
    others = [
        # a noun phrase describing the subject, the sentence's verb of telling after it
        (dated(1, '"No intervention is planned," Dannet, a veteran politician made foreign '
                  "minister in a reshuffle on Sunday, told the lower house of parliament.",
               "Sunday"), NAMES),
        # a place's earlier event, the verb a copula
        (dated(2, "The mood in Veshnar, the site of heavy clashes last week, was calm as "
                  "traders reopened their shops.", "last week", "2013-W32"), PLACE),
        # a name's "'s" opens it, a clause inside it with its own finite verb
        (dated(3, "Kelvor Dannet, Orskia's former interior minister who had defected to the "
                  "rebels on August 2, is said to be in Tarnow.", "August 2", "2013-08-02"),
         NAMES),
    ]  # fmt: skip
    for e, names in others:
        assert an_appositions_day(e, PAGE) is not None, e.text
        assert dated_by_an_apposition(e, names, PAGE), e.text
        place = names if names == PLACE else ()
        assert told(e, names, place) is None, e.text


def test_a_discovered_actor_is_read_by_the_spellings_the_store_has_seen():
    # a keyword's timeline of a name asked as such: no names, the store's spellings of it
    e = dated(1, '"No intervention is planned," Dannet, a veteran politician made foreign '
                 "minister in a reshuffle on Sunday, told the lower house.", "Sunday")  # fmt: skip
    assert told(e, seen=NAMES) is None
    # so are the other rules of another event's date: a relative clause's
    revolt = dated(2, "Only Kelvor Dannet saw the popular revolt that began in Orskia on July 2 "
                      "as an opportunity.", "July 2", "2013-07-02")  # fmt: skip
    assert told(revolt, seen=NAMES) is None
    # a keyword's timeline with no spelling seen is not judged by them
    assert told(e) is e
    assert told(revolt) is revolt


def test_a_date_outside_an_apposition_of_the_subject_stays():
    own = [
        # a phrase of the act's occasion, no noun describing the subject
        (dated(1, "Dannet, in an interview with a television channel to be aired on Sunday, "
                  "maintained his stern tone.", "Sunday"), NAMES),
        # a finite verb: the comma closed a clause of its own, whose date is the sentence's
        (dated(2, "At Veshnar, a panel of the stadium's roof was damaged by the storm on "
                  "Sunday, said the club's spokesman.", "Sunday"), PLACE),
        # a word of telling: what was said, not a description
        (dated(3, "Veshnar, the army said on Sunday, was calm after a week of shelling.",
               "Sunday"), PLACE),
        # the apposition describes another, not the subject
        (dated(4, "Orlan Pesk, a veteran politician made foreign minister on Sunday, told "
                  "Kelvor Dannet to leave.", "Sunday"), NAMES),
        # no verb after the closing comma: a list, no apposition
        (dated(5, "Kelvor Dannet, a veteran of the war in Orskia on Sunday, and Orlan Pesk met "
                  "in Tarnow.", "Sunday"), NAMES),
    ]  # fmt: skip
    for e, names in own:
        assert not dated_by_an_apposition(e, names, PAGE), e.text
    # the page's own day may be the act's too
    today = dated(6, "Kelvor Dannet, a minister of the cabinet that resigned today, has been "
                     "appointed to form a government.", "today", PAGE)  # fmt: skip
    assert an_appositions_day(today, PAGE) is None
    assert told(today, NAMES) is today


def test_a_since_date_in_a_relative_clause_is_no_day_of_the_subjects_act():
    page = "2013-08-23"
    e = dated(1, 'Kelvor Dannet said a ceasefire was "imperative" to bring food into Veshnar, '
                 "which has been under siege since 4 August.", "4 August", "2013-08-04")  # fmt: skip
    assert a_relative_clauses_day(e, page) is not None
    assert dated_by_a_relative_clause(e, NAMES, page)
    # the clause set off by commas, the sentence going on after it
    e2 = dated(2, "The Orskian council, which has been fighting the Tarn Front since March, "
                  "says Kelvor Dannet armed the gangs.", "March", "2013-03")  # fmt: skip
    assert dated_by_a_relative_clause(e2, NAMES, page)


def test_a_since_date_of_the_subjects_own_clause_stays():
    page = "2013-08-23"
    own = [
        # right after the subject's name: what befell it
        (dated(1, 'Kelvor Dannet said a ceasefire was "imperative" in Veshnar, which has been '
                  "under siege since 4 August.", "4 August", "2013-08-04"), PLACE),
        # no comma: the clause may be the subject's, the main verb after it ("troops who
        # share control of the town had been battling since June 25")
        (dated(2, "Kelvor Dannet spoke of Veshnar which has been under siege since 4 August.",
               "4 August", "2013-08-04"), NAMES),
        # the clause names the subject
        (dated(3, "Orlan Pesk spoke in Tarnow, which has held Kelvor Dannet since 4 August.",
               "4 August", "2013-08-04"), NAMES),
    ]  # fmt: skip
    for e, names in own:
        assert not dated_by_a_relative_clause(e, names, page), e.text
    # a start within a week of its page is the page's news
    near = dated(4, "Kelvor Dannet spoke of Veshnar, which has been under siege since Monday.",
                 "Monday", "2013-08-19")  # fmt: skip
    assert a_relative_clauses_day(near, page) is None
