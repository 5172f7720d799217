import pytest

from store import chronology
from store.articles import EVERYONE, Viewer, insert_article


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


def _scope_rows_store(db):
    """Articles of two workspaces (one private to conversation C9) and, on two dates, events
    in the scope of two subjects: (subject, date, event, article, level)."""
    teams = {1: ("T1", ""), 2: ("T2", ""), 3: ("T1", "C9"), 4: ("T1", ""), 5: ("T2", "")}
    for article, (team, scope) in teams.items():
        insert_article(
            db,
            id=article,
            team=team,
            scope=scope,
            origin=f"{article}.txt",
            kind="text",
            title=f"Article {article}",
            title_how="found",
            content_hash=f"h{article}",
            text="An invented text.",
        )
    rows = [
        ("c:QX", "2031-05-02", 30, 2, 1),
        ("c:QX", "2031-05-02", 31, 2, 0),
        ("c:QX", "2031-05-02", 32, 5, 0),
        ("c:QX", "2031-05-02", 33, 3, 2),
        ("c:QX", "2031-05-02", 34, 1, 2),
        ("c:QX", "2031-05-02", 35, 4, 1),
        ("p:7", "2031-05-02", 34, 1, 0),  # event 34 names the second subject
        ("c:QX", "2031-05-01", 20, 4, 1),
        ("c:QX", "2031-05-01", 21, 2, 1),
        ("c:QX", "2031-05-01", 99, 99, 0),  # its article is gone
    ]
    db.conn.executemany(
        "INSERT INTO scope_events (subject, date, event_id, article_id, level) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return rows, teams


def _expected(rows, teams, subjects, dates, viewer, per_date):
    """What scoped_events answers, worked out row by row."""
    out = {}
    for date in dates:
        levels = {}
        for subject, day, event, article, level in rows:
            team, scope = teams.get(article, (None, None))
            if subject not in subjects or day != date or team is None:
                continue
            if viewer.team is not None and (
                team != viewer.team or scope not in ("", viewer.conversation)
            ):
                continue
            levels[event] = min(level, levels.get(event, level))
        out.update(sorted(levels.items(), key=lambda item: (item[1], item[0]))[:per_date])
    return out


@pytest.mark.parametrize(
    "viewer", [EVERYONE, Viewer("T1"), Viewer("T1", "C9"), Viewer("T2"), Viewer("T3")]
)
@pytest.mark.parametrize("per_date", [1, 2, 3, 10])
def test_scoped_events_keeps_the_first_events_each_viewer_may_see(db, viewer, per_date):
    rows, teams = _scope_rows_store(db)
    dates = ["2031-05-02", "2031-05-01", "2031-05-03"]
    for subjects in (["c:QX"], ["c:QX", "p:7"]):
        got = chronology.scoped_events(db, subjects, dates, viewer, per_date)
        want = _expected(rows, teams, subjects, dates, viewer, per_date)
        assert list(got.items()) == list(want.items())  # in the order of the dates given


def test_scoped_events_fills_a_date_past_events_the_viewer_may_not_see(db):
    _scope_rows_store(db)
    # T1 may not see articles 2 and 5, which hold the date's first events
    got = chronology.scoped_events(db, ["c:QX"], ["2031-05-02"], Viewer("T1"), 2)
    assert got == {35: 1, 34: 2}
    both = chronology.scoped_events(db, ["c:QX", "p:7"], ["2031-05-02"], Viewer("T1"), 2)
    assert both == {34: 0, 35: 1}  # the lower of an event's levels
    assert chronology.scoped_events(db, [], ["2031-05-02"], EVERYONE, 2) == {}


def test_the_groups_of_words_an_article_holds():
    texts = {1: "(UPDATE 9:10 a.m.) Crowds gathered.", 2: "HOST: Crowds gathered again."}
    groups = (("pdate", "PDATE"), ("ANCHOR:", "HOST:"))
    assert chronology.words_in(texts[1], groups) == (True, False)
    assert chronology.words_in(texts[2], groups) == (False, True)
    assert chronology.words_in(texts[1], (("pdate",),)) == (False,)  # spelled as given
    assert chronology.words_in(None, groups) == (False, False)  # no such article
    assert chronology.words_in(texts[1], ((), ("UPDATE",))) == (False, True)
