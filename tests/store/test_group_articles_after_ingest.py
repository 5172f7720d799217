"""A curated group's article count, kept for a state of the store, is brought up to date from
the mentions an ingest added, and equals a recount from every mention after ingests of
articles naming both members, one of them or neither; anything but an addition (a removal, a
change of who may see an article, a restored store) makes it count afresh."""

import json

import pytest

from commands import article_changes, ingest
from store import audience, curations
from store.articles import EVERYONE, Viewer
from store.db import transaction
from text.read import Document

CATALOGUE = {
    "actors": [
        {"key": "saqr-legion", "name": "Saqr Legion", "kind": "armed_group", "aliases": []},
        {"key": "falcon-brigade", "name": "Falcon Brigade", "kind": "armed_group", "aliases": []},
        {"key": "umar-haddad", "name": "Umar Haddad", "kind": "person", "aliases": []},
    ]
}

# Invented reports; each different enough from the others not to be taken for a copy.
BOTH = (
    "The Saqr Legion and the Falcon Brigade fought for {town} on {day} March 2019. "
    "Residents of {town} said the shelling lasted {hours} hours and the bakery closed."
)
LEGION = (
    "The Saqr Legion took the road to {town} on {day} April 2019, a spokesman said. "
    "Farmers near {town} counted {hours} trucks moving north before dawn."
)
BRIGADE = (
    "The Falcon Brigade withdrew from {town} on {day} May 2019. A teacher in {town} said "
    "{hours} families had returned and the school would reopen next week."
)
NEITHER = (
    "Umar Haddad visited {town} on {day} June 2019. He promised {hours} new wells and a "
    "clinic, and local elders welcomed the plan."
)
TOWNS = ["Tell Hamra", "Kafr Nasim", "Ain Sawda", "Deir Malik", "Qasr Tamir", "Bir Ghazal"]


@pytest.fixture
def invented_actors(tmp_path, monkeypatch):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(CATALOGUE), encoding="utf-8")
    monkeypatch.setenv("SITREP_ACTORS", str(path))
    return path


def _ingest(db, template: str, n: int, team: str = "", scope: str = "") -> None:
    text = template.format(town=TOWNS[n % len(TOWNS)], day=n % 27 + 1, hours=n + 3)
    name = f"report-{n}.txt"
    result = ingest.ingest_document(
        db,
        Document(text=text, origin=name, kind="text"),
        ingest.Origin(name, team=team, scope=scope),
        ingest.Options(published="2019-06-30", source=f"Invented Wire {n}"),
    )
    assert not result.errors and result.articles


def _group(db) -> list[int]:
    return [
        i
        for (i,) in db.conn.execute(
            "SELECT id FROM actors WHERE key IN ('saqr-legion', 'falcon-brigade') ORDER BY id"
        )
    ]


def _recount(db, group: list[int], viewer: Viewer) -> int:
    """The group's articles seen by viewer, from every mention (the definition)."""
    where, params = viewer.where()
    marks = ",".join("?" * len(group))
    (n,) = db.conn.execute(
        f"SELECT count(DISTINCT m.article_id) FROM actor_mentions m JOIN articles a "
        f"ON a.id = m.article_id WHERE m.actor_id IN ({marks}) AND {where}",
        [*group, *params],
    ).fetchone()
    return int(n)


@pytest.fixture
def full_counts(monkeypatch):
    """How many times the group's articles were counted from all its mentions."""
    calls = []
    whole = curations._count_group_articles

    def counting(*args, **kwargs):
        calls.append(args[1])
        return whole(*args, **kwargs)

    monkeypatch.setattr(curations, "_count_group_articles", counting)
    curations._GROUPS.clear()
    return calls


VIEWERS = [EVERYONE, Viewer("T1"), Viewer("T1", "C1"), Viewer("T2")]


def _counted(db, group: list[int]) -> dict[int, int]:
    """The members' articles as kept at ingest (what the profile passes for everyone)."""
    return {
        i: int(n)
        for i, n in db.conn.execute(
            f"SELECT actor_id, sum(n) FROM actor_facts WHERE fact = 'articles' AND value = '' "
            f"AND actor_id IN ({','.join('?' * len(group))}) GROUP BY actor_id",
            group,
        )
    }


def _answers(db, group: list[int]) -> list[int]:
    return [
        curations.group_articles(db, group, v, _counted(db, group) if v is EVERYONE else None)
        for v in VIEWERS
    ]


def _expected(db, group: list[int]) -> list[int]:
    return [_recount(db, group, v) for v in VIEWERS]


def test_after_ingests_the_count_is_brought_up_to_date_and_equals_a_recount(
    db, invented_actors, full_counts
):
    n = 0
    for template, team, scope in [(BOTH, "T1", ""), (LEGION, "T1", "C1"), (BRIGADE, "T2", "")]:
        _ingest(db, template, n := n + 1, team, scope)
    group = _group(db)
    assert _answers(db, group) == _expected(db, group) == [3, 1, 2, 1]
    assert len(full_counts) == len(VIEWERS)
    batches = [
        [(BOTH, "T1", ""), (NEITHER, "T1", "")],
        [(LEGION, "T1", "C1"), (BRIGADE, "T2", ""), (NEITHER, "T2", "")],
        [(BOTH, "T2", ""), (LEGION, "T1", ""), (BRIGADE, "T1", "C2")],
        [(NEITHER, "T1", "C1")],  # mentions added, none of the group's
    ]
    for batch in batches:
        for template, team, scope in batch:
            _ingest(db, template, n := n + 1, team, scope)
        assert _answers(db, group) == _expected(db, group)
    assert len(full_counts) == len(VIEWERS)  # never counted from all the mentions again
    assert _expected(db, group) == [9, 3, 5, 3]


def test_a_removal_or_a_change_of_audience_counts_afresh(db, invented_actors, full_counts):
    for n, (template, team, scope) in enumerate(
        [(BOTH, "T1", ""), (LEGION, "T1", "C1"), (BRIGADE, "T1", "C1"), (LEGION, "T2", "")]
    ):
        _ingest(db, template, n, team, scope)
    group = _group(db)
    assert _answers(db, group) == _expected(db, group) == [4, 1, 3, 1]
    counted = len(full_counts)

    private = db.conn.execute("SELECT id FROM articles WHERE scope = 'C1' ORDER BY id").fetchone()
    with transaction(db):
        audience.widen(db, private[0], "")  # made public: T1's whole workspace sees it now
    assert _answers(db, group) == _expected(db, group) == [4, 2, 3, 1]
    with transaction(db):
        audience.widen(db, private[0] + 1, "C9")  # and one posted into another conversation
    assert _answers(db, group) == _expected(db, group)
    assert _recount(db, group, Viewer("T1", "C9")) == 3
    assert len(full_counts) == counted + len(VIEWERS) * 2

    first = db.conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    article_changes.remove(db, first, "UTESTER")  # the article both members named
    _ingest(db, LEGION, 10, "T1", "")  # and an ingest after it: still counted afresh
    assert _answers(db, group) == _expected(db, group) == [4, 2, 3, 1]
    assert len(full_counts) == counted + len(VIEWERS) * 3


def test_triggers_count_every_change_that_is_not_an_addition(db, invented_actors):
    def rewrites() -> int:
        return int(db.conn.execute("SELECT n FROM rewrites").fetchone()[0])

    _ingest(db, BOTH, 1, "T1", "C1")
    _ingest(db, NEITHER, 2, "T1", "")
    assert rewrites() == 0  # ingests only add
    article = db.conn.execute("SELECT id FROM articles WHERE scope = 'C1'").fetchone()[0]
    with transaction(db):
        audience.widen(db, article, "C2")
    assert rewrites() == 1
    with transaction(db):
        db.conn.execute("UPDATE articles SET scope = scope")  # no change of audience
    assert rewrites() == 1
    with transaction(db):
        db.conn.execute("DELETE FROM articles WHERE id = ?", (article,))  # mentions cascade
    assert rewrites() > 1
