"""Reports that differ on the day of a named event, over real stores of invented reports."""

from commands import timeline
from commands.citations import Citation
from commands.date_disagreements import _disagreement
from extract.claims import Claim
from store.articles import EVERYONE, get_articles
from store.events import EventRow
from tests.commands.test_disagreements import BODY, add

OTHER = (
    " Medics counted the dead in the main hospital of the town until the morning, and the "
    "families of the missing waited at the gates for news of them."
)


def dated(answer, day):
    return next(e for e in answer.entries if e.date == day)


def test_reports_giving_two_days_for_one_named_event_differ_under_both_days(db):
    add(
        db,
        "The suicide bombing in Velmora on 3 May 2017 killed 12 people, the monitor said." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "The suicide bombing in Velmora on 4 May 2017 was the deadliest in the town this year."
        + OTHER,
        "Daily Two",
        "b.txt",
    )
    answer = timeline.run(db, "Velmora")
    for day in ("2017-05-03", "2017-05-04"):
        [differ] = [d for d in dated(answer, day).disagreements if d.kind == "date"]
        assert differ.topic == "explosion:velmora"
        assert differ.summary() == "Wire One: on 3 May 2017 · Daily Two: on 4 May 2017"
        assert differ.counts() == "2 reports, 2 independent sources"
    doc = dated(answer, "2017-05-03").to_json()["disagreements"][0]
    assert doc["kind"] == "date" and [c["date"] for c in doc["claims"]] == [
        "2017-05-03",
        "2017-05-04",
    ]


def test_days_far_apart_are_two_events(db):
    add(
        db,
        "The suicide bombing in Velmora on 3 May 2017 killed 12 people." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "The suicide bombing in Velmora on 19 May 2017 killed nine people." + OTHER,
        "Daily Two",
        "b.txt",
    )
    answer = timeline.run(db, "Velmora")
    assert all(d.kind != "date" for e in answer.entries for d in e.disagreements)


def test_one_outlet_or_an_event_named_by_a_recurring_kind_is_no_date_disagreement(db):
    add(
        db,
        "The suicide bombing in Velmora on 3 May 2017 killed 12 people." + BODY,
        "Wire One",
        "a.txt",
    )
    add(
        db,
        "The suicide bombing in Velmora on 4 May 2017 shocked the town." + OTHER,
        "Wire One",
        "b.txt",
    )
    add(db, "The air strike on Karsk on 3 May 2017 killed 12 people." + BODY, "Wire One", "c.txt")
    add(
        db,
        "The air strike on Karsk on 4 May 2017 killed four people." + OTHER,
        "Daily Two",
        "d.txt",
    )
    for place in ("Velmora", "Karsk"):
        answer = timeline.run(db, place)
        assert all(d.kind != "date" for e in answer.entries for d in e.disagreements)


def test_a_claimed_day_that_is_no_day_is_not_near_the_most_reported_one(db):
    """A claim whose day cannot be counted from the most reported day is no report of that
    day's event: it is left out, not taken as 0 days from it."""
    said = []
    for n, (day, source) in enumerate(
        [("2017-05-03", "Wire One"), ("2017-05-04", "Daily Two"), ("2017-05-3", "Post Three")]
    ):
        text = f"The suicide bombing in Velmora on {n + 3} May 2017 killed 12 people."
        article = add(db, text + (BODY if n == 0 else OTHER), source, f"{n}.txt").id
        claim = Claim("date", "explosion:velmora", day, 0, len(text), day=day)
        row = EventRow(n, article, None, 0, len(text), day, "day", "explicit", day, text)
        said.append((claim, row))
    articles = get_articles(db, {row.article_id for _, row in said})

    def citation_of(article_id):
        return Citation.of(articles[article_id])

    found = _disagreement(db, "explosion:velmora", said, citation_of, EVERYONE)
    assert found is not None
    assert sorted(c.claim.day for c in found.claims) == ["2017-05-03", "2017-05-04"]
