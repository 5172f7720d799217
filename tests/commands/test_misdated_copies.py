"""A report alone on its date against other articles' copies of its words (a page stored with a
wrong date reads its "late Friday" against the wrong day): it leads no date of its own and is
counted among the sources of the date the copies agree on; a date another article supports, and
two events told in one template on different days, keep their dates."""

from commands.misdated_copies import Marks, MisdatedCopies, Thresholds
from commands.timeline_entries import dated_entries
from store.events import EventRow
from tests.commands.ingested import add
from text.tokens import term_set

ARRIVAL = (
    "The roughly 150 Ostaran fighters received a heroes' welcome as they crossed the border "
    "from Veshnar late Friday to join the defenders of Mirel."
)
ARRIVAL_AGAIN = (
    "Roughly 150 Ostaran fighters received a heroes' welcome as they crossed the border from "
    "Veshnar late Friday to join the defenders of Mirel, officials said."
)


def report(id, article, text, date, said):
    return EventRow(id, article, None, 0, len(text), date, "day", "relative", date, text, said)


def pages(db, *published):
    """An article id for each publication date, each a page of its own."""
    return [
        add(db, f"Story {i} about Mirel. {ARRIVAL}", day, f"Wire {i}", f"{i}.txt").id
        for i, day in enumerate(published)
    ]


def tell(db, events, chosen):
    return dated_entries(db, chosen, events, {}, {}, 10)


def copies_of(events):
    return MisdatedCopies(events, lambda e: term_set(e.text))


def test_a_report_alone_on_its_date_against_two_articles_copies_leads_no_date(db):
    # the first page was stored as 2 February; the others are of 1 and 2 November
    wrong, one, two = pages(db, "2014-02-02", "2014-11-01", "2014-11-02")
    events = [
        report(1, wrong, ARRIVAL, "2014-01-31", "late Friday"),
        report(2, one, ARRIVAL_AGAIN, "2014-10-31", "late Friday"),
        report(3, two, ARRIVAL, "2014-10-31", "late Friday"),
    ]
    assert copies_of(events).right_date(events[0]) == "2014-10-31"
    told = tell(db, events, ["2014-01-31", "2014-10-31"])
    assert [e.date for e in told] == ["2014-10-31"]
    # counted where the event happened, never given a date of its own
    assert {c.id for c, _ in told[0].sources} == {wrong, one, two}
    # its date told by another article's report stays, without it among its sources
    other = add(db, "Shelling hit Mirel on Friday.", "2014-02-01", "Wire 9", "9.txt").id
    told = tell(
        db,
        [*events, report(4, other, "Shelling hit Mirel on Friday.", "2014-01-31", "Friday")],
        ["2014-01-31", "2014-10-31"],
    )
    assert [e.date for e in told] == ["2014-01-31", "2014-10-31"]
    assert [c.id for c, _ in told[0].sources] == [other]


def test_a_date_another_article_supports_stays(db):
    wrong, also, one, two = pages(db, "2014-02-02", "2014-02-03", "2014-11-01", "2014-11-02")
    events = [
        report(1, wrong, ARRIVAL, "2014-01-31", "late Friday"),
        report(2, also, ARRIVAL_AGAIN, "2014-01-31", "late Friday"),
        report(3, one, ARRIVAL_AGAIN, "2014-10-31", "late Friday"),
        report(4, two, ARRIVAL, "2014-10-31", "late Friday"),
    ]
    assert copies_of(events).right_date(events[0]) is None
    told = tell(db, events, ["2014-01-31", "2014-10-31"])
    assert [e.date for e in told] == ["2014-01-31", "2014-10-31"]


def test_one_other_article_or_copies_of_two_other_dates_outvote_nothing(db):
    wrong, one, two = pages(db, "2014-02-02", "2014-11-01", "2014-11-09")
    alone = [
        report(1, wrong, ARRIVAL, "2014-01-31", "late Friday"),
        report(2, one, ARRIVAL_AGAIN, "2014-10-31", "late Friday"),
    ]
    assert copies_of(alone).right_date(alone[0]) is None
    split = [*alone, report(3, two, ARRIVAL, "2014-11-07", "late Friday")]
    assert copies_of(split).right_date(split[0]) is None
    assert len(tell(db, split, ["2014-01-31", "2014-10-31", "2014-11-07"])) == 3


def test_two_attacks_told_in_one_template_on_different_days_keep_their_dates(db):
    a, b, c = pages(db, "2016-03-02", "2016-03-09", "2016-03-10")
    template = "Mortar shells fired by Ostaran gunmen on Tuesday killed {} civilians in Mirel."
    events = [
        report(1, a, template.format(3), "2016-03-01", "on Tuesday"),
        report(2, b, template.format(5), "2016-03-08", "on Tuesday"),
        report(3, c, template.format(5), "2016-03-08", "on Tuesday"),
    ]
    assert Marks.of(events[0].text).figures == {"3"}
    assert copies_of(events).right_date(events[0]) is None
    told = tell(db, events, ["2016-03-01", "2016-03-08"])
    assert [e.date for e in told] == ["2016-03-01", "2016-03-08"]
    # and two different places in like words are no copies either
    other = "Mortar shells fired by Ostaran gunmen on Tuesday killed 5 civilians in Kessaria."
    events[0] = report(1, a, other, "2016-03-01", "on Tuesday")
    assert copies_of(events).right_date(events[0]) is None


def test_the_same_words_with_other_date_words_or_below_the_threshold_are_no_copies(db):
    wrong, one, two = pages(db, "2014-02-02", "2014-11-01", "2014-11-02")
    said_otherwise = ARRIVAL.replace("late Friday", "on October 31")
    events = [
        report(1, wrong, ARRIVAL, "2014-01-31", "late Friday"),
        report(2, one, said_otherwise, "2014-10-31", "October 31"),
        report(3, two, said_otherwise, "2014-10-31", "October 31"),
    ]
    assert copies_of(events).right_date(events[0]) is None
    strict = MisdatedCopies(events[:1] + [
        report(2, one, ARRIVAL_AGAIN, "2014-10-31", "late Friday"),
        report(3, two, ARRIVAL_AGAIN, "2014-10-31", "late Friday"),
    ], lambda e: term_set(e.text), Thresholds(near=0.99, articles=2))  # fmt: skip
    assert strict.right_date(events[0]) is None
