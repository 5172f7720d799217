"""Entry rules written from the twenty-first set of unseen subjects' failures
(bench/timeline_audit.json, unseen_21): a plan said with "is set to" before its day, a
weekday after its page in the clause of a schedule said in the past, an actor named only in a
clause a time's distance opens, and a reported plan carried on by a clause of a verb in
"-ing"."""

from commands.timeline_entries import dated_by_a_time_distance, representative
from commands.timeline_reports import a_past_schedules_day, a_plan, a_reported_plan, entry_sections
from store.events import EventRow

SUNDAY = "2011-08-28"


def dated(id, text, said, date, how="relative"):
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return EventRow(id, id, None, 0, len(text), date, precision, how, date, text, said)


def test_a_plan_said_with_set_to_before_its_day_is_a_plan():
    # "South African President Jacob Zuma is set to meet embattled Libyan leader Moammar
    # Gadhafi on Monday" on a Sunday page: "set" is a word of intention before "to" and a verb
    plans = [
        dated(1, "President Orvel Tamsin is set to meet Kelvar Dannet in Sabrin on Monday.",
              "Monday", "2011-08-29"),
        dated(2, "Delegates from Veshnar are set to arrive in Sabrin on Tuesday.", "Tuesday",
              "2011-08-30"),
    ]  # fmt: skip
    met = dated(9, "Tamsin met Dannet in Sabrin on Monday.", "Monday", "2011-08-29")
    for e in plans:
        assert a_plan(e, SUNDAY), e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: SUNDAY) is None, e.text
        # an actor's plan is told last: the day's own report first, the plan when none is
        assert representative([e, met], {}, published=lambda _: SUNDAY) == met, e.text
        assert representative([e], {}, published=lambda _: SUNDAY) == e, e.text
    kept = [
        # on the page's own day "set to" may tell what began (an intention is a plan only
        # after its page)
        dated(3, "Rebels set to clearing the Sabrin road on Sunday.", "Sunday", SUNDAY),
        dated(4, "The truce set to begin in Sabrin on Sunday held.", "Sunday", SUNDAY),
        # a thing it was set to, not a verb
        dated(5, "A fire was set to the Sabrin depot on Monday.", "Monday", "2011-08-29"),
        # a clause of its own before the date: its act's
        dated(6, "Tamsin is set to visit the camp that was shelled on Monday.", "Monday",
              "2011-08-29"),
    ]  # fmt: skip
    for e in kept:
        assert not a_plan(e, SUNDAY), e.text


def test_set_is_a_word_of_intention_of_the_data():
    assert "set" in entry_sections()["intention verbs"]


MONDAY = "2011-08-29"


def test_a_weekday_after_its_page_in_a_past_schedules_clause_tells_no_date():
    # "On Sunday South African President Jacob Zuma was scheduled to head to Russia" on a Monday
    # page, read forward to the Sunday after: the Sunday before (a schedule already past) or
    # the one after (a plan retold in the past), no event of the day read either way
    schedules = [
        dated(1, "On Sunday President Orvel Tamsin was scheduled to head to Veshnar for talks.",
              "Sunday", "2011-09-04"),
        dated(2, "On Sunday, Tamsin was due to fly to Veshnar.", "Sunday", "2011-09-04"),
        dated(3, "Tamsin was expected to arrive in Veshnar on Friday.", "Friday", "2011-09-02"),
        dated(4, "The envoys had been set to meet in Sabrin on Tuesday.", "Tuesday", "2011-08-30"),
    ]  # fmt: skip
    for e in schedules:
        assert a_past_schedules_day(e, MONDAY), e.text
        assert representative([e], {}, published=lambda _: MONDAY) is None, e.text
        assert representative([e], {}, ("Veshnar", "Sabrin"), published=lambda _: MONDAY) is None
    kept = [
        # on or before the page's day: the schedule's day as said
        dated(5, "On Sunday Tamsin was scheduled to head to Veshnar.", "Sunday", "2011-08-28"),
        dated(6, "Tamsin was due to fly to Veshnar on Monday.", "Monday", MONDAY),
        # a schedule said in the present: a plan (a_plan, told last)
        dated(7, "Tamsin is scheduled to head to Veshnar on Sunday.", "Sunday", "2011-09-04"),
        # a date with its month is one the text fixes, not a weekday read one way
        dated(8, "Tamsin was due to fly to Veshnar on September 4.", "September 4", "2011-09-04",
              "explicit"),
        # a clause of its own between: the date is its act's
        dated(9, "Tamsin was due to visit the camp that was shelled on Sunday.", "Sunday",
              "2011-09-04"),
        dated(10, "On Sunday rebels took the town, and Tamsin was due to fly there.", "Sunday",
              "2011-09-04"),
        # a past act, no schedule
        dated(11, "On Sunday Tamsin headed to Veshnar.", "Sunday", "2011-09-04"),
        # whose a thing is
        dated(12, "Tamsin was due to attend Sunday's talks in Veshnar.", "Sunday", "2011-09-04"),
    ]  # fmt: skip
    for e in kept:
        assert not a_past_schedules_day(e, MONDAY), e.text
    assert not a_past_schedules_day(schedules[0], None)  # no page, no day told apart


def test_the_past_schedules_are_data():
    assert "was scheduled to" in entry_sections()["a past schedule"]


def test_an_actor_named_only_in_a_clause_a_times_distance_opens_is_not_dated_by_it():
    # "Fresh explosions rang out early Tuesday near Tripoli, hours after South African
    # President Jacob Zuma held talks with Moammar Gadhafi": the talks were on the Monday
    names = ("Kelvor Dannet", "Dannet")
    others = [
        dated(1, "Fresh explosions rang out early Tuesday near Sabrin, hours after Foreign "
              "Minister Kelvor Dannet held talks there.", "early Tuesday", "2011-08-30"),
        dated(2, "Crowds cleaned the square on Saturday, a day after Dannet resigned.",
              "Saturday", "2011-08-27"),
        dated(3, "Two days after Dannet fled, rebels took Sabrin on Sunday.", "Sunday", SUNDAY),
        dated(4, "Rebels took Sabrin on Sunday, a week after the Dannet resigned.", "Sunday",
              SUNDAY),
    ]  # fmt: skip
    for e in others:
        assert dated_by_a_time_distance(e, names), e.text
        assert representative([e], {}, names=names, published=lambda _: SUNDAY) is None, e.text
        # another subject's timeline, and a place's, are not judged here
        assert representative([e], {}, names=("Tarvel",), published=lambda _: SUNDAY) == e
    kept = [
        # named in the sentence's own clause as well
        dated(5, "Dannet left Sabrin on Sunday, a day after he arrived and a day after Dannet "
              "met the envoys.", "Sunday", SUNDAY),
        # the date inside the clause: its act's
        dated(6, "Rebels advanced, two days after Dannet fled Sabrin on Friday.", "Friday",
              "2011-08-26"),
        # named only as what the clause's subject is for, or whose it is: the sentence's act
        # may be the subject's as well
        dated(7, "Rebels took Sabrin on Sunday, a day after pro-Dannet forces fought there.",
              "Sunday", SUNDAY),
        dated(8, "Rebels took Sabrin on Sunday, a day after Dannet's forces fled.", "Sunday",
              SUNDAY),
        # the date's own words
        dated(9, "Pressure on Orskia mounted the past week after Dannet shut the embassy.",
              "the past week", "2011-08-22"),
        # a month or a year: hours or days from it most often lie inside it
        dated(10, "Rebels took Sabrin in August, days after Dannet fled.", "August", "2011-08"),
        # no distance: "after" alone
        dated(11, "Rebels took Sabrin on Sunday after Dannet fled.", "Sunday", SUNDAY),
    ]  # fmt: skip
    for e in kept:
        assert not dated_by_a_time_distance(e, names), e.text
    assert not dated_by_a_time_distance(others[0], ())


def test_the_time_distances_are_data():
    assert {"hours after", "day after", "days before"} <= set(entry_sections()["a time distance"])


WEDNESDAY = "2011-08-24"


def test_a_reported_plan_goes_on_into_a_clause_of_a_verb_in_ing():
    # "Talk Radio 702 said Zuma will visit Libya after attending the inauguration of Nigerian
    # President Goodluck Jonathan on May 29", told on 25 May: the attending is the plan's too
    plans = [
        dated(1, "The radio said Dannet will visit Orskia after attending the inauguration of "
              "President Tarvel on August 28.", "August 28", SUNDAY, "explicit"),
        dated(2, "Officials said the envoy would fly to Sabrin before meeting rebels on Saturday.",
              "Saturday", "2011-08-27"),
    ]  # fmt: skip
    for e in plans:
        assert a_reported_plan(e, WEDNESDAY), e.text
        assert representative([e], {}, published=lambda _: WEDNESDAY) is None, e.text
    kept = [
        # a clause with a subject of its own: its act's ("after rebels shelled it")
        dated(3, "Officials said the envoy would inspect the gate after rebels shelled it on "
              "Saturday.", "Saturday", "2011-08-27"),
        # "after" and a noun in "-ing" is no verb's clause here: a word of its own before it
        dated(4, "Officials said the envoy would inspect the gate that the shelling hit on "
              "Saturday.", "Saturday", "2011-08-27"),
        # on or before the page's day: the telling's or a past act's
        dated(5, "The radio said Dannet will visit Orskia after attending the talks on Monday.",
              "Monday", "2011-08-22"),
    ]  # fmt: skip
    for e in kept:
        assert not a_reported_plan(e, WEDNESDAY), e.text


def test_the_gerund_openers_are_data():
    assert {"after", "before"} <= set(entry_sections()["a plan's gerund openers"])
