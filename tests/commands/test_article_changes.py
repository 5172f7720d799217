"""Removing and editing an article: the store afterwards is the store that never held it (or
that held it with the corrected fields), index, extractions and counts alike, and the log says
who did what."""

from __future__ import annotations

from pathlib import Path

import pytest

from commands import article_changes, quote, timeline
from commands.ingest import Options, Origin, ingest_document
from store import corrections
from store.check import check
from store.db import connect
from text.read import Document

DATA = Path(__file__).resolve().parents[1] / "bot" / "data"
TEXTS = {name: (DATA / name).read_text(encoding="utf-8") for name in ("raqqa.txt", "mines.txt")}
INVENTED = (
    "Gorvala, 3 March 2031 - Fighters of the Tarsk Liberation Front seized the Vemmer bridge on "
    "Monday, residents of Gorvala said. The Tarsk Liberation Front had besieged the town since "
    "January. A spokesman for the front said the bridge would reopen on Friday. Residents said "
    "the shelling had stopped by Tuesday evening and that markets reopened on Wednesday."
)

# The counts kept at ingest, compared whole. leads and burst of date_salience are marks from
# the text at ingest that a removal cannot tell apart from other articles' (store/corrections.py)
COUNT_TABLES = {
    "date_support": "kind, subject_id, date, team, scope, sort_key, articles",
    "subject_totals": "kind, subject_id, team, scope, articles",
    "actor_facts": "actor_id, fact, value, team, scope, n",
    "date_salience": "subject, date, team, scope, articles, scoped, named, near",
}


def _ingest(db, text: str, label: str, published: str | None = None) -> int:
    result = ingest_document(
        db,
        Document(text=text, origin=label, kind="text"),
        Origin(label, "T1", "", None),
        Options(published, "Example News"),
    )
    assert not result.errors, result.errors
    return int(result.articles[0].id)


def _counts(db) -> dict[str, list[tuple]]:
    out = {}
    for table, columns in COUNT_TABLES.items():
        where = " WHERE articles > 0" if table == "date_salience" else ""
        out[table] = sorted(db.conn.execute(f"SELECT {columns} FROM {table}{where}").fetchall())
    return out


def _answers(db) -> tuple:
    return (
        quote.run(db, "bridge Gorvala", limit=10).to_json(),
        quote.run(db, "mines Raqqa", limit=10).to_json(),
        timeline.run(db, "Raqqa").to_json(),
        db.conn.execute("SELECT n_passages, total_terms FROM index_stats").fetchone(),
    )


@pytest.fixture
def three_articles_db(tmp_path: Path):
    db = connect(tmp_path / "three.db")
    ids = [
        _ingest(db, TEXTS["raqqa.txt"], "raqqa.txt", "2017-10-21"),
        _ingest(db, INVENTED, "gorvala.txt", "2031-03-05"),
        _ingest(db, TEXTS["mines.txt"], "mines.txt", "2017-11-02"),
    ]
    yield db, ids
    db.conn.close()


def test_removing_an_article_leaves_the_store_that_never_held_it(
    three_articles_db, tmp_path: Path
) -> None:
    db, (raqqa, gorvala, mines) = three_articles_db
    changed = article_changes.remove(db, gorvala, "UADMIN")
    assert changed.action == "remove" and changed.title
    assert check(db) == []
    assert db.conn.execute("SELECT count(*) FROM articles WHERE id = ?", (gorvala,)).fetchone() == (
        0,
    )
    for table in ("events", "actor_mentions", "place_mentions", "subject_events", "scope_events"):
        left = db.conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (gorvala,))
        assert left.fetchone() == (0,), table
    assert quote.run(db, "Vemmer bridge").results == []

    never = connect(tmp_path / "never.db")
    _ingest(never, TEXTS["raqqa.txt"], "raqqa.txt", "2017-10-21")
    _ingest(never, TEXTS["mines.txt"], "mines.txt", "2017-11-02")
    assert _counts(db) == _counts(never)
    mine, theirs = _answers(db), _answers(never)
    # Passage and article ids differ (the removed article's ids are not reused); scores and
    # texts in order must not.
    for a, b in zip(mine[:2], theirs[:2], strict=True):
        assert [(r["text"], r["score"]) for r in a["results"]] == [
            (r["text"], r["score"]) for r in b["results"]
        ]
    assert [e["text"] for e in mine[2]["entries"]] == [e["text"] for e in theirs[2]["entries"]]
    assert mine[3] == theirs[3]
    never.conn.close()

    [logged] = corrections.history(db, "T1")
    assert (logged.action, logged.user, logged.article_id) == ("remove", "UADMIN", gorvala)
    assert logged.before["title"] == changed.title and logged.after == {}


def test_an_edit_is_the_article_as_ingest_would_store_it_with_those_fields(
    three_articles_db, tmp_path: Path
) -> None:
    db, (raqqa, gorvala, mines) = three_articles_db
    changed = article_changes.edit(
        db, gorvala, "UPOSTER", title="Front takes Vemmer bridge", published="2031-03-04"
    )
    assert changed.new_id is not None and changed.new_id != gorvala
    assert check(db) == []
    row = db.conn.execute(
        "SELECT title, published, published_how, source FROM articles WHERE id = ?",
        (changed.new_id,),
    ).fetchone()
    assert row == ("Front takes Vemmer bridge", "2031-03-04", "given", "Example News")
    [hit] = quote.run(db, "Vemmer bridge", limit=1).results
    assert hit.article.title == "Front takes Vemmer bridge"
    # "on Monday" now resolves against the corrected date, as a fresh ingest would have it.
    fresh = connect(tmp_path / "fresh.db")
    _ingest(fresh, TEXTS["raqqa.txt"], "raqqa.txt", "2017-10-21")
    _ingest(fresh, TEXTS["mines.txt"], "mines.txt", "2017-11-02")
    result = ingest_document(
        fresh,
        Document(
            text=INVENTED, origin="gorvala.txt", kind="text", title="Front takes Vemmer bridge"
        ),
        Origin("gorvala.txt", "T1", "", None),
        Options("2031-03-04", "Example News"),
    )
    assert not result.errors
    dates = "SELECT date FROM events ORDER BY start"
    assert (
        db.conn.execute(
            dates.replace("ORDER", "WHERE article_id = ? ORDER"), (changed.new_id,)
        ).fetchall()
        == fresh.conn.execute(
            dates.replace("ORDER", "WHERE article_id = ? ORDER"), (result.articles[0].id,)
        ).fetchall()
    )
    assert _counts(db) == _counts(fresh)
    fresh.conn.close()
    [logged] = corrections.history(db)
    assert logged.action == "edit" and logged.after["published"] == "2031-03-04"
    assert logged.before["published"] == "2031-03-05"


def test_finding_an_article_by_id_link_or_title(three_articles_db) -> None:
    db, (raqqa, gorvala, mines) = three_articles_db
    assert article_changes.find(db, f"#{gorvala}").id == gorvala
    assert article_changes.find(db, "gorvala.txt").id == gorvala
    title = article_changes.find(db, f"#{gorvala}").title
    assert article_changes.find(db, title.upper()).id == gorvala
    with pytest.raises(article_changes.ChangeError, match="no article"):
        article_changes.find(db, "an article nobody posted")
    with pytest.raises(article_changes.ChangeError, match="say which"):
        article_changes.find(db, "   ")


def test_bad_edits_change_nothing(three_articles_db) -> None:
    db, (raqqa, gorvala, mines) = three_articles_db
    before = db.conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
    with pytest.raises(article_changes.ChangeError, match="not a date"):
        article_changes.edit(db, gorvala, "U1", published="March 2031")
    with pytest.raises(article_changes.ChangeError, match="empty"):
        article_changes.edit(db, gorvala, "U1", title="  ")
    with pytest.raises(article_changes.ChangeError, match="nothing to change"):
        article_changes.edit(db, gorvala, "U1", source="Example News")
    assert db.conn.execute("SELECT * FROM articles ORDER BY id").fetchall() == before
    assert corrections.history(db) == []
