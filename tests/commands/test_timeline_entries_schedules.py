"""Entry rules written from the twenty-first set of unseen subjects' failures
(bench/timeline_audit.json, unseen_21): a plan said with "is set to" before its day."""

from commands.timeline_entries import representative
from commands.timeline_reports import a_plan, entry_sections
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
