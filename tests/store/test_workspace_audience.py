"""Which workspace a store serves (store.workspace) and who may see an article
(store.audience): terminal articles join the workspace, a repost widens visibility, and the
counts behind timelines and profiles follow exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from commands.ingest import Options, Origin, ingest_document
from store import workspace
from store.articles import Viewer
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, ARTICLE_PRIVATE
from tests.store.test_upgrades import NEWEST, unpacked
from text.read import Document

COUNT_TABLES = {
    "date_support": "kind, subject_id, date, scope, sort_key, articles",
    "subject_totals": "kind, subject_id, scope, articles",
    "actor_facts": "actor_id, fact, value, scope, n",
}


def add(db, text: str, team: str = "", scope: str = "", label: str = "t.txt"):
    result = ingest_document(
        db,
        Document(text=text, origin=label, kind="text"),
        Origin(label, team, scope),
        Options("2017-10-21", "Example"),
    )
    assert not result.errors, result.errors
    return result.articles[0]


def counts(db, team: str) -> dict[str, list[tuple]]:
    return {
        table: db.conn.execute(
            f"SELECT {columns} FROM {table} WHERE team = ? ORDER BY {columns}", (team,)
        ).fetchall()
        for table, columns in COUNT_TABLES.items()
    }


def test_public_repost_moves_the_counts_as_if_posted_in_public(tmp_path: Path) -> None:
    public, reposted = connect(tmp_path / "a.db"), connect(tmp_path / "b.db")
    add(public, ARTICLE_DAM, "T1", "")
    first = add(reposted, ARTICLE_DAM, "T1", "CSECRET")
    again = add(reposted, ARTICLE_DAM, "T1", "")
    assert again.id == first.id and again.duplicate_of is None  # reported as added here
    assert again.passages == first.passages and again.actors == first.actors
    assert counts(reposted, "T1") == counts(public, "T1")
    assert add(reposted, ARTICLE_DAM, "T1", "").duplicate_of == first.id  # now known here


def test_second_private_conversation_gets_its_own_counts(tmp_path: Path) -> None:
    db = connect(tmp_path / "s.db")
    first = add(db, ARTICLE_DAM, "T1", "C1")
    assert add(db, ARTICLE_DAM, "T1", "C2").duplicate_of is None
    assert add(db, ARTICLE_DAM, "T1", "C1").duplicate_of == first.id
    c1, c2 = counts(db, "T1"), counts(db, "T1")
    for table in COUNT_TABLES:
        in_c1 = [row for row in c1[table] if "C1" in row]
        in_c2 = [tuple("C1" if v == "C2" else v for v in row) for row in c2[table] if "C2" in row]
        assert in_c1 and in_c1 == in_c2, table
    for conversation, visible in (("C1", 1), ("C2", 1), ("C3", 0), (None, 0)):
        viewer = Viewer("T1", conversation)
        where, params = viewer.where()
        n = db.conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()
        assert n[0] == visible, conversation


def test_terminal_articles_belong_to_the_workspace_that_claims_the_store(tmp_path: Path) -> None:
    db = connect(tmp_path / "t.db")
    before = add(db, ARTICLE_DAM)
    assert workspace.home(db) is None
    total = counts(db, "")
    assert workspace.claim(db, "T1") == 1
    assert counts(db, "T1") == total and counts(db, "") == {t: [] for t in COUNT_TABLES}
    # Later terminal ingests go straight to the workspace; Slack's copy is "already there".
    after = add(db, ARTICLE_PRIVATE)
    teams = dict(db.conn.execute("SELECT id, team FROM articles").fetchall())
    assert teams == {before.id: "T1", after.id: "T1"}
    assert add(db, ARTICLE_DAM, "T1", "").duplicate_of == before.id
    with pytest.raises(workspace.WorkspaceError, match="serves Slack workspace T1"):
        workspace.claim(db, "T2")


def test_a_store_serving_many_workspaces_needs_one_named(tmp_path: Path) -> None:
    db = connect(tmp_path / "m.db")
    add(db, ARTICLE_DAM)
    assert workspace.declare_many(db) == 1
    refused = ingest_document(
        db, Document(text=ARTICLE_PRIVATE, origin="t", kind="text"), Origin("t")
    )
    assert not refused.articles and "--workspace TEAM_ID" in refused.errors[0]
    assert workspace.claim(db, "T1") == 0  # nothing is adopted in a shared store
    named = add(db, ARTICLE_PRIVATE, team="T2")
    assert (
        db.conn.execute("SELECT team FROM articles WHERE id = ?", (named.id,)).fetchone()[0] == "T2"
    )


def test_migration_gives_a_one_workspace_store_its_terminal_articles(tmp_path: Path) -> None:
    path = unpacked(NEWEST, tmp_path)  # written before stores knew their workspace
    raw = sqlite3.connect(path)
    totals = raw.execute("SELECT sum(articles) FROM date_support").fetchone()[0]
    raw.execute(
        "INSERT INTO articles (team, scope, origin, kind, title, title_how, "
        "content_hash, text, ingested_at) VALUES ('T1', '', 'slack', 'text', 'x', "
        "'found', 'h', 'x', '2017-01-01')"
    )
    raw.commit()
    raw.close()
    db = connect(path)
    assert workspace.home(db) == "T1"
    assert db.conn.execute("SELECT DISTINCT team FROM articles").fetchall() == [("T1",)]
    assert db.conn.execute("SELECT DISTINCT team FROM date_support").fetchall() == [("T1",)]
    assert db.conn.execute("SELECT sum(articles) FROM date_support").fetchone()[0] == totals
