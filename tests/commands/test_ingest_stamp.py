"""A bulk record whose page stamp contradicts its given date is stored under the stamp's day,
and its relative dates are read against that day (text/page_stamp.py)."""

import json

from commands import ingest


def test_a_record_is_dated_by_its_page_stamp_and_its_weekdays_read_against_it(db):
    text = (
        "Last updated at Apr 232031 Shells hit a school in the town of Varenholm on Wednesday, "
        "killing three pupils, the Orsk Monitor said.\n\n"
        "The monitor said the town had been shelled for a week."
    )
    line = json.dumps({"title": "School shelled", "text": text, "published": "2031-04-13"})
    result = ingest.ingest_jsonl(db, [line], "bulk.jsonl")
    article = result.articles[0]
    assert (article.published, article.published_how) == ("2031-04-23", "stamp")
    dates = [d for (d,) in db.conn.execute("SELECT date FROM events")]
    # Wednesday before the stamp's day (Wednesday 23 April 2031), not before the given
    # Sunday 13 April (which would be the 9th)
    assert "2031-04-23" in dates and "2031-04-09" not in dates
