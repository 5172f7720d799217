from store import chronology
from store.articles import EVERYONE, Viewer


def _sdf(db):
    return db.conn.execute(
        "SELECT id FROM actors WHERE key = 'syrian-democratic-forces'"
    ).fetchone()[0]


def _manbij(db):
    return db.conn.execute("SELECT id FROM places WHERE name = 'Manbij'").fetchone()[0]


def test_date_support_counts_articles_per_date_within_the_audience(three_articles_store):
    db = three_articles_store
    keys = [("a", _sdf(db)), ("p", _manbij(db))]
    everyone = chronology.date_support(db, keys, EVERYONE)
    assert {d: s.articles for d, s in everyone.items()} == {"2016-W32": 1}  # "last week"
    assert chronology.date_support(db, keys, Viewer("T1", "C9")) == {}  # the first is team ''
    subjects = chronology.support_by_subject(db, keys, everyone, list(everyone), EVERYONE)
    assert all(s.subjects for s in subjects.values())
    on = chronology.events_on_dates(db, subjects, list(everyone), EVERYONE, 2)
    assert on and all(e.date == "2016-W32" for e in on)


def test_undated_events_are_those_whose_date_could_not_be_resolved(three_articles_store):
    db = three_articles_store
    keys = [("a", _sdf(db)), ("p", _manbij(db))]
    undated = chronology.undated_events(db, keys, EVERYONE, 9)
    assert [e.date_text for e in undated] == ["12 August", "13 August"]  # no year known
    assert chronology.undated_events(db, keys, Viewer("T1", "C1"), 9) == []  # private to C9


def test_salience_rows_and_scoped_events(three_articles_store):
    db = three_articles_store
    subjects = [f"p:{_manbij(db)}"]
    rows = chronology.salience_rows(db, subjects, EVERYONE)
    assert rows and all(len(r) == 8 for r in rows)
    dates = [r[0] for r in rows]
    levels = chronology.scoped_events(db, subjects, dates, EVERYONE, per_date=3)
    assert levels and set(levels.values()) <= {0, 1, 2}
    assert chronology.salience_rows(db, subjects, EVERYONE, limit=1) == rows[:1]


def test_most_reported_keeps_the_subjects_with_most_articles(three_articles_store):
    db = three_articles_store
    keys = [("a", _sdf(db)), ("p", _manbij(db)), ("p", 10**9)]
    assert chronology.most_reported(db, keys, 1, EVERYONE) == [("p", _manbij(db))]
    assert ("p", 10**9) not in chronology.most_reported(db, keys, 3, EVERYONE)  # no article
