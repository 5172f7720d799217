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


def _salience_store(db, rows):
    db.conn.executemany(
        "INSERT INTO date_salience (subject, date, team, scope, sort_key, articles, scoped, "
        "named, leads, near, burst) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)",
        rows,
    )


def _summed_by_hand(rows, subjects, limit):
    """The subjects' dates summed by hand, by articles and bursts, then sort key, then date."""
    sums: dict[str, list] = {}
    for subject, date, _team, _scope, sort_key, articles, burst in rows:
        if subject in subjects:
            got = sums.setdefault(date, [date, sort_key, 0, 0, 0, 0, 0, 0])
            got[1] = min(got[1], sort_key)
            got[2] += articles
            got[7] += burst
    ordered = sorted(sums.values(), key=lambda r: (-(r[2] + r[7]), r[1], r[0]))
    return [tuple(r) for r in ordered][:limit]


def test_salience_rows_of_one_audience_are_read_without_summing_groups(db):
    # one workspace: each date of a subject is one row, read sorted (no GROUP BY); dates
    # tied on articles and bursts and on sort key ("2031-W18" and "2031-04-28") by date
    rows = [
        ("c:QX", "2031-04-28", "T1", "", "2031-04-28", 2, 1),
        ("c:QX", "2031-W18", "T1", "", "2031-04-28", 3, 0),
        ("c:QX", "2031-05-02", "T1", "", "2031-05-02", 5, 2),
        ("c:QX", "2031-05-03", "T1", "", "2031-05-03", 1, 0),
        ("p:7", "2031-05-03", "T1", "", "2031-05-03", 9, 0),
    ]
    _salience_store(db, rows)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    got = chronology.salience_rows(db, ["c:QX"], EVERYONE, limit=3)
    db.conn.set_trace_callback(None)
    assert got == _summed_by_hand(rows, {"c:QX"}, 3)
    assert [r[0] for r in got] == ["2031-05-02", "2031-04-28", "2031-W18"]
    assert not any("GROUP BY" in s for s in statements if "date_salience" in s)
    # two subjects are summed by date
    both = chronology.salience_rows(db, ["c:QX", "p:7"], EVERYONE)
    assert both == _summed_by_hand(rows, {"c:QX", "p:7"}, None)
    assert both[0] == ("2031-05-03", "2031-05-03", 10, 0, 0, 0, 0, 0)


def test_salience_rows_of_several_audiences_are_summed_by_date(db):
    rows = [
        ("c:QX", "2031-05-01", "T1", "", "2031-05-01", 2, 0),
        ("c:QX", "2031-05-01", "T2", "", "2031-05-01", 2, 1),
        ("c:QX", "2031-05-02", "T1", "C9", "2031-05-02", 4, 0),
    ]
    _salience_store(db, rows)
    assert chronology.salience_rows(db, ["c:QX"], EVERYONE) == _summed_by_hand(rows, {"c:QX"}, None)
    assert [r[0] for r in chronology.salience_rows(db, ["c:QX"], EVERYONE)] == [
        "2031-05-01",
        "2031-05-02",
    ]
    # a viewer sees one workspace, and its conversation's private counts
    assert chronology.salience_rows(db, ["c:QX"], Viewer("T1", "C9")) == [
        ("2031-05-02", "2031-05-02", 4, 0, 0, 0, 0, 0),
        ("2031-05-01", "2031-05-01", 2, 0, 0, 0, 0, 0),
    ]
    assert chronology.salience_rows(db, ["c:QX"], Viewer("T1", "C1")) == [
        ("2031-05-01", "2031-05-01", 2, 0, 0, 0, 0, 0)
    ]


@pytest.mark.parametrize("viewer", [EVERYONE, Viewer("T1", "C9")])
def test_one_subjects_scoped_events_are_ranked_without_grouping_them(db, viewer):
    # one subject's rows are one an event already: ranked as they are, with the answer that
    # grouping them gives (the two subjects' rows of an event are grouped at its lower level)
    rows, teams = _scope_rows_store(db)
    dates = ["2031-05-02", "2031-05-01"]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    got = chronology.scoped_events(db, ["c:QX"], dates, viewer, 3)
    db.conn.set_trace_callback(None)
    assert got == _expected(rows, teams, ["c:QX"], dates, viewer, 3)
    assert not any("GROUP BY" in s for s in statements if "scope_events" in s)
    both = chronology.scoped_events(db, ["c:QX", "p:7"], dates, viewer, 3)
    assert both == _expected(rows, teams, ["c:QX", "p:7"], dates, viewer, 3)
