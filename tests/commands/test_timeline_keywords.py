from commands.timeline_keywords import keyword_counts, keyword_entries
from store.articles import EVERYONE
from tests.commands.test_timeline import add

FLOOD = (
    "The Dulen dam burst on 3 March 2017 and flooded the valley. Relief convoys arrived on "
    "5 March 2017.\n\nIn an unrelated report, a market reopened on 9 March 2017."
)


def test_articles_holding_the_keyword_are_about_it(db):
    add(db, FLOOD, "2017-03-06", "Wire A", "a.txt")
    add(db, "A market in the south reopened on 9 March 2017 after repairs.", "2017-03-10")
    counts, events, levels = keyword_counts(db, "dam burst", EVERYONE, "0000", "9999")
    by_date = {c.date: c for c in counts}
    assert by_date["2017-03-03"].named == 1  # the sentence holds the keyword
    assert by_date["2017-03-03"].articles == 1 and "2017-03-09" in by_date
    assert {e.date for e in events} >= {"2017-03-03"}
    assert all(levels[e.id] <= 1 for e in events)
    assert keyword_counts(db, "the", EVERYONE, "0000", "9999") == ([], [], {})  # no terms


def test_keyword_entries_keep_at_most_the_dates_wanted(db):
    add(db, FLOOD, "2017-03-06", "Wire A", "a.txt")
    entries = keyword_entries(db, "dam burst", EVERYONE, "0000", "9999", 1)
    assert len(entries) == 1 and entries[0].date == "2017-03-03"
