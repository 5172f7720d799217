"""A plan told before its day (plan_told_before_its_day of commands/timeline_entries.py, no entry
when later pages tell its day otherwise: a_plan_not_come_about, docs/QUALITY.md, Timeline
entries): written from the unseen sets' dev failures
(bench/timeline_audit.json: Nabil Al-Araby, "Mr Arabi is to address the Security Council on
Tuesday" on a Sunday page; Anders Fogh Rasmussen, "the defense ministers ... will meet Friday
and Saturday" on a Tuesday page; Ahmet Davutoğlu, "Davutoglu prepared to visit Damascus on
Tuesday" on a Monday page), on invented names."""

from bench.plan_ahead_census import PLAN_TOLD_AHEAD
from commands.timeline_entries import plan_told_before_its_day, representative
from commands.timeline_reports import a_plan
from store.events import EventRow

PAGE = "2012-01-29"  # a Sunday


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def page(_):
    return PAGE


AHEAD = [
    # a plan said in the present with no modal (PLAN_TOLD_AHEAD)
    dated(1, "Mr Dannet is to address the Veshnar council on Tuesday.", "on Tuesday",
          "2012-01-31"),
    dated(2, "Foreign Minister Kelvor Dannet prepared to visit Veshnar on Monday in a last "
          "effort to end the siege.", "on Monday", "2012-01-30"),
    dated(3, "Sabrin's ministers are to meet again in Veshnar on Thursday.", "on Thursday",
          "2012-02-02"),
    # a plan a_plan reads (a modal of the future, an intention), the day after the page or later
    dated(4, "Kelvor Dannet noted that the ministers will meet Friday and Saturday in Veshnar.",
          "Friday", "2012-02-03"),
    dated(5, "Kelvor Dannet is due to travel to Veshnar tomorrow.", "tomorrow", "2012-01-30"),
]  # fmt: skip


def test_a_plan_told_before_its_day_is_read():
    for e in AHEAD:
        assert plan_told_before_its_day(e, PAGE), e.text
    # PLAN_TOLD_AHEAD's words are not a_plan's: the words are read only here
    assert not any(a_plan(e, PAGE) for e in AHEAD[:3])
    # with nothing said of what later pages tell, an actor's lone plan of a_plan's is told, last
    assert representative([AHEAD[3]], {}, published=page) == AHEAD[3]


def test_a_plan_on_its_pages_day_a_dated_thing_and_a_live_blog_stay():
    stays = [
        # on the page's own day: often the day's event, told last as before (a_plan)
        dated(10, "Mr Dannet is to address the Veshnar council on Sunday.", "on Sunday", PAGE),
        dated(11, "Kelvor Dannet will convene a summit in Veshnar Sunday.", "Sunday", PAGE),
        # a date written with its year, which the text fixes
        dated(12, "Kelvor Dannet will visit Veshnar on 3 February 2012.", "3 February 2012",
              "2012-02-03", "explicit"),
        # a date labelling the noun after it is the thing's
        dated(13, "Kelvor Dannet will attend the February 3 talks in Veshnar.", "February 3",
              "2012-02-03"),
        # a plan already past its day, told after it
        dated(14, "Kelvor Dannet was to address the Veshnar council on Friday.", "on Friday",
              "2012-01-27"),
        # "is to" with no verb after it, and a clause of its own between the cue and the date
        dated(15, "The question is to whom Kelvor Dannet spoke in Veshnar on Tuesday.",
              "on Tuesday", "2012-01-31"),
        dated(16, "Mr Dannet is to resign, aides said after he arrived in Veshnar on Tuesday.",
              "on Tuesday", "2012-01-31"),
    ]  # fmt: skip
    for e in stays:
        assert not plan_told_before_its_day(e, PAGE), e.text
    # no page, no plan told apart
    assert not plan_told_before_its_day(AHEAD[0], None)


def test_the_words_of_a_plan_told_ahead_are_read():
    assert {"is to", "are to", "prepared to"} <= set(PLAN_TOLD_AHEAD)
