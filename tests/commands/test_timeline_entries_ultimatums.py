"""The end of the time someone is given to do a thing, after its page ("Jalil gives pro-Gaddafi
forces in Sirte and other towns until September 3 to surrender"), a plan's day said called off
("Erdogan delayed a visit that had been set for Sunday"), a reader's comment opening with its
blog stamp, and "made the comments" leaning on what was said before: written from dev failures
of the unseen sets (bench/timeline_audit.json, Mustafa Abdul Jalil, Recep Tayyip Erdoğan) and
the entries that came after them, on invented names."""

from commands.timeline_entries import representative
from commands.timeline_reports import (
    a_plan_called_off,
    an_ultimatums_day,
    entry_sections,
    is_unreliable,
    refers_back,
)
from store.events import EventRow

PAGE = "2011-08-30"  # a Tuesday


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def test_an_ultimatums_day_after_its_page_is_no_entry_of_any_subject():
    ultimatums = [
        dated(1, "Tamsin gives the forces in Sabrin and other towns until September 3 to "
              "surrender or face attack.", "September 3", "2011-09-03", "explicit"),
        dated(2, "The council has until Friday to renew the mandate of the Sabrin monitors.",
              "Friday", "2011-09-02"),
        dated(3, "Orvel Tamsin was given until the end of the week to leave Sabrin.",
              "the end of the week", "2011-09-02"),
    ]  # fmt: skip
    for e in ultimatums:
        assert an_ultimatums_day(e, PAGE), e.text
        assert representative([e], {}, published=lambda _: PAGE) is None, e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) is None, e.text
        done = dated(9, "Sabrin's forces surrendered to Tamsin on the day.", "on the day",
                     e.date or "")  # fmt: skip
        assert representative([e, done], {}, published=lambda _: PAGE) == done, e.text


def test_a_deadline_that_passed_and_a_day_waited_until_stay():
    stays = [
        # the deadline already past its page: told as before
        dated(4, "Tamsin had given the towns until Saturday to surrender.", "Saturday",
              "2011-08-27"),
        # no one given time: the day is the announcing's
        dated(5, "The army waited until Friday to announce the deaths in Sabrin.", "Friday",
              "2011-09-02"),
        # the time given ends the clause: "to" the council is no thing to do
        dated(6, "Tamsin has sent the report on Sabrin until Friday to the council.", "Friday",
              "2011-09-02"),
        # the deadline reported as passed
        dated(7, "The deadline Tamsin gave Sabrin expired on Saturday.", "on Saturday",
              "2011-08-27"),
    ]  # fmt: skip
    for e in stays:
        assert not an_ultimatums_day(e, PAGE), e.text
    for e in (stays[0], stays[3]):
        assert representative([e], {}, published=lambda _: PAGE) == e, e.text
    assert not an_ultimatums_day(stays[0], None)  # no page, no ultimatum told apart
    assert "gives" in entry_sections()["time givers"]


def test_a_readers_comment_opening_with_its_blog_stamp_is_furniture():
    assert is_unreliable(
        "March 4th, 2011 2:15 pm ET News of Orvel Tamsin heading the council is great news."
    )
    for text in (
        "On March 4th, 2011 Orvel Tamsin took over the council in Sabrin.",
        "Tamsin spoke on Monday, 7:03 p.m. ET, in Sabrin.",
    ):
        assert not is_unreliable(text), text


def test_made_the_comments_leans_on_what_was_said_before():
    assert refers_back(
        "In a television report Sunday, Tamsin made the comments while reacting to a proposal."
    )
    assert not refers_back("Tamsin made the comments about Sabrin's truce on Sunday.")
    assert not refers_back("Tamsin made comments on Sabrin's truce on Sunday.")


def test_a_plans_day_said_called_off_is_no_entry_of_any_subject():
    called_off = [
        dated(1, "Due to a death in his family, Tamsin delayed a visit to Sabrin that had been set "
              "for Sunday.", "Sunday", "2011-08-28"),
        dated(2, "Orvel Tamsin cancelled a visit to Sabrin scheduled for September 10 after the "
              "attack.", "September 10", "2011-09-10", "explicit"),
    ]  # fmt: skip
    for e in called_off:
        assert a_plan_called_off(e), e.text
        assert representative([e], {}, published=lambda _: PAGE) is None, e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) is None, e.text
    stays = [
        # the plan went ahead
        dated(3, "The summit on Sabrin set for Sunday opened with Tamsin's speech.", "Sunday",
              "2011-08-28"),
        # a thing called off on the day, no plan's word before the date
        dated(4, "Friday prayers were called off in Sabrin on Friday.", "on Friday",
              "2011-08-26"),
        # the calling off after the plan's day: the plan's day is named first
        dated(5, "A vote set for Friday in Sabrin went ahead, and Tamsin cancelled nothing.",
              "Friday", "2011-08-26"),
    ]  # fmt: skip
    for e in stays:
        assert not a_plan_called_off(e), e.text
    assert "delayed" in entry_sections()["calling off"]
