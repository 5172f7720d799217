"""Stores for the reindex tests: the same articles ingested by this version, and by an
"older" one (the cleaner and the clutter step left out, the version mark 0), and the
store's contents in a form two stores can be compared by (actors and places by key,
passages by article and order: passage ids are not kept by a reindex)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from commands import ingest_bulk, quote, timeline

DATA = Path(__file__).resolve().parents[1] / "bot" / "data"

# Invented, so no knowledge of real names helps: a dateline, a tag list and Penn Treebank
# brackets that this version's cleaner sets apart or restores.
INVENTED = (
    "GORVALA, March 3 (Reuters) - Fighters of the Tarsk Liberation Front seized the Vemmer "
    "bridge on Monday, residents of Gorvala said -LRB- the town lies north of the Ossa -RRB- .\n\n"
    "The Tarsk Liberation Front had besieged Gorvala since January. A spokesman for the front "
    "said the bridge would reopen on Friday.\n\n"
    "Residents said the shelling had stopped by Tuesday evening and that markets reopened on "
    "Wednesday.\n\nTags Gorvala Tarsk bridge shelling"
)
INVENTED_TOO = (
    "Posted on 12 May 2031 by Lera Kost\n\n"
    "The Ossa Valley Council said on Thursday that the Vemmer bridge had reopened to trucks "
    "carrying flour into Gorvala. The council's envoy, Ilan Merovy, met commanders of the "
    "Tarsk Liberation Front in Dulmen on Wednesday.\n\n"
    "Aid workers said 40 trucks crossed the bridge on Friday."
)


def records() -> list[dict[str, Any]]:
    """Five articles: three of tests/bot/data, two invented; one untitled, one undated."""
    out: list[dict[str, Any]] = [
        {"title": "Bridge seized", "text": INVENTED, "published": "2031-03-05"},
        {"text": INVENTED_TOO},  # no title, no date: both found in the text
    ]
    for name, published in (
        ("raqqa.txt", "2017-10-21"),
        ("mines.txt", "2017-11-02"),
        ("ferry.txt", None),
    ):
        out.append(
            {
                "title": name.split(".")[0].title(),
                "text": (DATA / name).read_text(encoding="utf-8"),
                "published": published,
                "url": f"https://example.org/{name}",
            }
        )
    return out


def ingest(db: Any, items: list[dict[str, Any]] | None = None) -> None:
    lines = [json.dumps(r) for r in (items if items is not None else records())]
    result = ingest_bulk.ingest_jsonl(db, lines, "articles.jsonl")
    assert not result.errors, result.errors


def ingest_as_older_version(db: Any, items: list[dict[str, Any]] | None = None) -> None:
    """The articles as an earlier version stored them: text not cleaned, clutter kept,
    extracted from that text, and marked with version 0 (as migration m018 marks the
    articles stored before the mark)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ingest_bulk, "clean", lambda text: text)
        patch.setattr(ingest_bulk, "without_clutter", lambda draft: draft)
        ingest(db, items)
    db.conn.execute("UPDATE articles SET pipeline = 0")


def _rows(db: Any, sql: str) -> list[tuple[Any, ...]]:
    return sorted(db.conn.execute(sql).fetchall(), key=repr)


_SUBJECT = (
    "CASE {kind} WHEN 'a' THEN (SELECT key FROM actors WHERE id = {id}) "
    "ELSE (SELECT key FROM places WHERE id = {id}) END"
)


def contents(db: Any) -> dict[str, Any]:
    """Everything stored from the articles' texts, comparable across stores."""
    subject = _SUBJECT.format(kind="d.kind", id="d.subject_id")
    return {
        "articles": _rows(
            db,
            "SELECT id, team, scope, origin, origin_key, kind, title, title_how, source, author, "
            "published, published_how, content_hash, signature, duplicate_of, text, pipeline "
            "FROM articles",
        ),
        "passages": _rows(db, "SELECT article_id, seq, start, end, n_terms FROM passages"),
        "bands": _rows(db, "SELECT team, band, article_id FROM article_bands"),
        "events": _rows(
            db,
            "SELECT e.article_id, p.seq, e.start, e.end, e.date, e.precision, e.date_how, "
            "e.date_text, e.sort_key FROM events e LEFT JOIN passages p ON p.id = e.passage_id",
        ),
        "event_actors": _rows(
            db,
            "SELECT e.article_id, e.start, a.key FROM event_actors x "
            "JOIN events e ON e.id = x.event_id JOIN actors a ON a.id = x.actor_id",
        ),
        "event_places": _rows(
            db,
            "SELECT e.article_id, e.start, p.key FROM event_places x "
            "JOIN events e ON e.id = x.event_id JOIN places p ON p.id = x.place_id",
        ),
        "relations": _rows(
            db,
            "SELECT s.key, r.predicate, o.key, r.article_id, r.start, r.end FROM relations r "
            "JOIN actors s ON s.id = r.subject_id JOIN actors o ON o.id = r.object_id",
        ),
        "actor_mentions": _rows(
            db,
            "SELECT a.key, m.article_id, m.start, m.end, m.sentence_start, m.role "
            "FROM actor_mentions m JOIN actors a ON a.id = m.actor_id",
        ),
        "place_mentions": _rows(
            db,
            "SELECT p.key, m.article_id, m.start, m.end FROM place_mentions m "
            "JOIN places p ON p.id = m.place_id",
        ),
        "date_support": _rows(
            db,
            f"SELECT d.kind, {subject}, d.date, d.team, d.scope, d.sort_key, d.articles "
            "FROM date_support d WHERE d.articles > 0",
        ),
        "subject_totals": _rows(
            db,
            f"SELECT d.kind, {subject}, d.team, d.scope, d.articles FROM subject_totals d "
            "WHERE d.articles > 0",
        ),
        "actor_facts": _rows(
            db,
            "SELECT a.key, f.fact, CASE f.fact WHEN 'place' THEN "
            "(SELECT key FROM places WHERE id = f.value) ELSE f.value END, f.team, f.scope, f.n "
            "FROM actor_facts f JOIN actors a ON a.id = f.actor_id WHERE f.n > 0",
        ),
        "index": db.conn.execute("SELECT n_passages, total_terms FROM index_stats").fetchone(),
        "terms": _rows(db, "SELECT term, df FROM terms WHERE df > 0"),
    }


def _without_passage_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_passage_ids(v) for k, v in value.items() if k != "passage_id"}
    if isinstance(value, list):
        return [_without_passage_ids(v) for v in value]
    return value


def answers(db: Any) -> Any:
    """What people are told, but for passage ids (a reindex gives passages new ones)."""
    return _without_passage_ids(
        [
            quote.run(db, "bridge Gorvala", limit=10).to_json(),
            quote.run(db, "mines Raqqa", limit=10).to_json(),
            timeline.run(db, "Raqqa").to_json(),
            timeline.run(db, "Gorvala").to_json(),
        ]
    )
