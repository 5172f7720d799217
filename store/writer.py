"""Writing one article's actors, places, relations and events, with the counts kept at ingest,
and finding the article a new one nearly copies.

The input is store/records.py's ArticleEntities (keys, names, offsets); this module turns keys
into ids and writes the rows of store/rows.py. Call inside the article's transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from store import rows
from store.articles import band_candidates, read_signature
from store.date_counts import store_date_counts
from store.records import ArticleEntities
from store.rows import (
    ActorMentionRow,
    EventRow,
    PlaceMentionRow,
    RelationRow,
)

if TYPE_CHECKING:
    import sqlite_utils


def write_entities(
    db: sqlite_utils.Database,
    article_id: int,
    found: ArticleEntities,
    passage_ids: list[int],
    sink: rows.Sink | None = None,
) -> tuple[int, int]:
    """Write actors, places, relations and events of one article and add it to the counts;
    returns (distinct actors, dated events). sink: where the rows of mentions, names,
    relations and counts go (rows.PendingRows for a batch); by default they are written now.
    Actors, places and events are written now either way: their ids are needed."""
    if sink is None:
        sink = rows.Immediate(db)
    first_seen: dict[str, tuple[str, str, int]] = {}
    for m in found.actors:
        first_seen.setdefault(m.key, (m.name, m.kind, int(m.from_catalogue)))
    actor_ids = rows.ids_by_key(db, "actors", ("name", "kind", "from_catalogue"), first_seen)
    # In order (a dict, not a set): where two spellings fold alike, the first one written is
    # kept, the same in every process (set order follows per-process string hashing).
    folded_names = {m.key: m.name_folded for m in reversed(found.actors)}
    # The rows of the tables that only ingest writes are plain tuples in their record's field
    # order (ActorNameRow here, and so on below): what the sink binds, without building a
    # record and copying it into a tuple for each of some hundred rows an article.
    names = dict.fromkeys(
        (actor_ids[key], folded_names[key], name) for key, (name, _, _) in first_seen.items()
    )
    mentions = []
    for m in found.actors:
        names[(actor_ids[m.key], m.surface_folded, m.surface)] = None  # ActorNameRow
        mentions.append(
            ActorMentionRow(
                actor_ids[m.key],
                article_id,
                m.start,
                m.end,
                m.sentence_start,
                m.sentence_end,
                m.role,
            )
        )
    sink.add("actor_names", names)
    sink.add("actor_mentions", mentions)
    sink.add(
        "relations",
        [
            RelationRow(actor_ids[r.subject], r.predicate, actor_ids[r.object], article_id, *r[3:])
            for r in found.relations
            if r.subject in actor_ids and r.object in actor_ids
        ],
    )

    place_details: dict[str, tuple[object, ...]] = {}
    for p in found.places:
        place_details.setdefault(p.key, (p.name, p.kind, p.country, p.lat, p.lon))
    place_ids = rows.ids_by_key(
        db, "places", ("name", "kind", "country", "lat", "lon"), place_details
    )
    place_rows = [
        PlaceMentionRow(
            place_ids[p.key], article_id, p.start, p.end, p.sentence_start, p.sentence_end
        )
        for p in found.places
    ]
    sink.add("place_mentions", place_rows)

    event_rows, event_subjects = [], []
    for ev in found.events:
        passage = passage_ids[ev.passage] if ev.passage is not None else None
        event_rows.append(EventRow(article_id, passage, *ev[1:8]))
        event_subjects.append(
            (
                {actor_ids[k] for k in ev.actor_keys if k in actor_ids},
                {place_ids[k] for k in ev.place_keys if k in place_ids},
            )
        )
    event_ids = rows.add_events(db, event_rows, event_subjects, sink)
    subject_rows: list[tuple[object, ...]] = []  # SubjectEventRow
    dated: dict[tuple[str, int, str], str] = {}  # (kind, subject, date) -> earliest sort key
    for ev, event_id, (event_actors, event_places) in zip(
        found.events, event_ids, event_subjects, strict=True
    ):
        for kind, ids in (("a", event_actors), ("p", event_places)):
            for subject in ids:
                subject_rows.append((kind, subject, ev.date or "", event_id, article_id))
                if ev.date:
                    key = (kind, subject, ev.date)
                    dated[key] = min(dated.get(key, ev.sort_key or ""), ev.sort_key or "")
    sink.add("subject_events", subject_rows)

    # The counts behind timelines and actor profiles, kept here so that reading them costs
    # the same for the most frequent subject as for a rare one.
    team, scope, published = audience(db, article_id)
    sink.add(
        "date_support",
        [
            (kind, subject, date, team, scope, sort_key)  # DateSupportRow
            for (kind, subject, date), sort_key in dated.items()
        ],
    )
    sink.add(
        "subject_totals",
        [
            (kind, subject, team, scope) for kind, subject in {k[:2] for k in dated}
        ],  # SubjectTotalRow
    )
    store_date_counts(
        sink, article_id, found, event_ids, actor_ids, place_ids, team, scope, published
    )
    spellings = [m.surface for m in found.actors]
    sink.add("actor_facts", _actor_facts(mentions, spellings, place_rows, team, scope, published))
    return len(actor_ids), sum(1 for ev in found.events if ev.date)


# SQLite's lower(): ASCII letters only, as migration m019 and store/audience.py count them
_SQL_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _actor_facts(
    mentions: list[ActorMentionRow],
    spellings: list[str],
    places: list[PlaceMentionRow],
    team: str,
    scope: str,
    published: str | None,
) -> list[tuple[object, ...]]:
    """What an actor profile counts: mentions, roles, articles, publication dates, the places
    named in a sentence with the actor, and how it is written (spellings: each mention's text):
    mentions by spelling, and the article by the set of its spellings (migration m019)."""
    # Each fact once per occurrence, counted at the end in one Counter() (in C, and in the
    # order of first occurrence, as counting one by one would give).
    seen: list[tuple[int, str, str]] = []
    actor_sentences: dict[int, set[int]] = {}
    written: dict[int, set[str]] = {}
    for m, spelling in zip(mentions, spellings, strict=True):
        surface = spelling.translate(_SQL_LOWER)
        seen.append((m.actor_id, "mentions", ""))
        seen.append((m.actor_id, "surface", surface))
        written.setdefault(m.actor_id, set()).add(surface)
        if m.role is not None:
            seen.append((m.actor_id, "role", m.role))
        actor_sentences.setdefault(m.actor_id, set()).add(m.sentence_start)
    places_in: dict[int, set[int]] = {}  # sentence start -> the places it names
    for p in places:
        places_in.setdefault(p.sentence_start, set()).add(p.place_id)
    for actor, sentences in actor_sentences.items():
        seen.append((actor, "articles", ""))
        seen.append((actor, "surfaces", "\x1f".join(sorted(written[actor]))))
        if published:
            seen.append((actor, "published", published))
        for sentence in sentences:  # each sentence naming both the actor and a place
            for place in places_in.get(sentence, ()):
                seen.append((actor, "place", str(place)))
    return [
        (actor, fact, value, team, scope, n)  # an ActorFactRow
        for (actor, fact, value), n in Counter(seen).items()
    ]


def audience(db: sqlite_utils.Database, article_id: int) -> tuple[str, str, str | None]:
    """(team, scope, published) of an article: the keys of the counts above."""
    row = db.conn.execute(
        "SELECT team, scope, published FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return row[0], row[1], row[2]


def extraction_counts(db: sqlite_utils.Database, article_id: int) -> tuple[int, int]:
    """(distinct actors, dated events) of a stored article, as its ingest reported them."""
    actors = db.conn.execute(
        "SELECT count(DISTINCT actor_id) FROM actor_mentions WHERE article_id = ?", (article_id,)
    ).fetchone()[0]
    events = db.conn.execute(
        "SELECT count(*) FROM events WHERE article_id = ? AND date IS NOT NULL", (article_id,)
    ).fetchone()[0]
    return int(actors), int(events)


# --- near copies ---------------------------------------------------------------------------


def stored_signature(signature: Any) -> bytes | None:
    """The low 32 bits of each MinHash value: half the bytes, and two values of 64 bits that
    differ share their low 32 bits with probability 2**-32, so similarities are unchanged."""
    return None if signature is None else bytes(signature.astype("<u4").tobytes())


def near_duplicate(
    db: sqlite_utils.Database,
    team: str,
    signature: Any,
    bands: list[int],
    similarity: Callable[[Any, Any], float],
    threshold: float,
) -> int | None:
    """The stored article of the team most similar to a new one, if at least threshold
    similar. signature: the new article's MinHash values (a numpy array), bands: its LSH keys;
    similarity and threshold are text/fingerprint.py's, passed in (store does not read text)."""
    if signature is None or not bands:
        return None
    import numpy as np

    mine = signature.astype(np.uint32)
    best, best_similarity = None, threshold
    for article_id, blob in band_candidates(db, team, bands):
        if blob is None:
            continue
        similar = similarity(mine, read_signature(blob, len(mine)))
        if similar >= best_similarity:
            best, best_similarity = article_id, similar
    return best
