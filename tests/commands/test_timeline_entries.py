from commands.salience import DateCounts
from commands.timeline_entries import dated_entries, rank_dates, representative
from store.events import EventRow
from tests.commands.test_timeline import add


def event(id, article, text, date="2017-10-20"):
    return EventRow(id, article, None, 0, len(text), date, "day", "explicit", date, text)


def test_dates_are_ranked_likeliest_first_and_dates_nobody_reports_are_left_out():
    counts = [
        DateCounts("2017-06", "2017-06-01", 1, 0, 0, 0, 0, 0),
        DateCounts("2017-10-20", "2017-10-20", 5, 4, 3, 2, 2, 1),
        DateCounts("2011", "2011-01-01", 0, 0, 0, 0, 0, 0),
    ]
    assert rank_dates(counts) == ["2017-10-20", "2017-06"]


def test_a_bare_year_comes_after_every_finer_date_however_often_it_is_mentioned():
    counts = [
        DateCounts("2016", "2016-01-01", 40, 30, 30, 10, 0, 0),
        DateCounts("2016-05-03", "2016-05-03", 1, 1, 0, 0, 0, 0),
        DateCounts("2016-W20", "2016-05-16", 2, 1, 1, 0, 0, 0),
    ]
    assert rank_dates(counts)[-1] == "2016"
    assert rank_dates(counts[:1]) == ["2016"]  # still told when nothing finer is known


def test_the_representative_report_is_most_like_the_others_and_never_furniture():
    alike = "Varnik Osterhal's fighters took the town of Qaryat Dulen on Friday."
    events = [
        event(1, 1, "Weather was mild in the valley that day, farmers said."),
        event(2, 2, alike),
        event(3, 3, "Fighters loyal to Varnik Osterhal took Qaryat Dulen, the town's mayor said."),
        event(
            4, 4, "Photo: Varnik Osterhal's fighters took the town of Qaryat Dulen | AFP | Getty"
        ),
    ]
    best = representative(events, {})
    assert best is not None and best.id in (2, 3)
    assert representative([events[3]], {}) is None  # a caption is never an entry
    setting = event(5, 5, "Varnik Osterhal was speaking to reporters in Qaryat Dulen on Friday.")
    assert representative([setting], {}) is None  # nor where someone spoke


def test_a_report_where_the_date_only_names_a_thing_comes_last():
    offensive = EventRow(
        1, 1, None, 0, 90, "2016-09-12", "day", "explicit", "2016-09-12",
        "Troops stormed Qaryat Dulen after the September 12 truce collapsed a week later.",
        "September 12",
    )  # fmt: skip
    truce = EventRow(
        2, 2, None, 0, 60, "2016-09-12", "day", "explicit", "2016-09-12",
        "The truce came into force in Qaryat Dulen on September 12.", "September 12",
    )  # fmt: skip
    assert representative([offensive, truce], {1: 0, 2: 1}) == truce
    assert representative([offensive], {}) == offensive  # still told when alone


def test_one_entry_per_date_citing_every_report(db):
    a = add(db, "On 20 October 2017 fighters took Qaryat Dulen.", "2017-10-21", "Wire A", "a.txt")
    b = add(db, "Fighters took Qaryat Dulen on 20 October 2017.", "2017-10-22", "Wire B", "b.txt")
    events = [event(10, a.id, "On 20 October 2017 fighters took Qaryat Dulen."),
              event(11, b.id, "Fighters took Qaryat Dulen on 20 October 2017.")]  # fmt: skip
    entries = dated_entries(db, ["2017-10-20", "2017-10-21"], events, {}, {"2017-10-20": 2}, 5)
    assert len(entries) == 1  # no report of the second date
    assert {c.id for c, _ in entries[0].sources} == {a.id, b.id} and entries[0].reports == 2
