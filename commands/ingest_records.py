"""An article's extraction as the store's records (store/records.py): plain values, each
mention with the sentence holding it and each event with the passage holding it."""

from __future__ import annotations

import bisect
import math

from extract.pipeline import Extraction
from store import records
from text.memo import Memo
from text.tokens import fold_lower


def entities_of(found: Extraction, spans: list[tuple[int, int]]) -> records.ArticleEntities:
    """spans: the article's passages, in order."""
    actors = []
    # each name and surface folded once, however often it is mentioned
    folded: Memo[str] = Memo(fold_lower, len(found.actors) * 2 + 1)
    for m in found.actors:
        a = m.actor
        s, e = _sentence_of(found.sentences, m.start)
        actors.append(
            records.ActorMention(
                key=a.key,
                name=a.name,
                kind=a.kind,
                from_catalogue=not m.discovered,
                name_folded=folded[a.name],
                surface=m.text,
                surface_folded=folded[m.text],
                start=m.start,
                end=m.end,
                sentence_start=s,
                sentence_end=e,
                role=a.role,
            )
        )
    places = []
    for m in found.places:
        p = m.place
        s, e = _sentence_of(found.sentences, m.start)
        places.append(
            records.PlaceMention(
                p.key, p.name, p.kind, p.country, p.lat, p.lon, m.start, m.end, s, e
            )
        )
    starts = [s for s, _ in spans]
    events = []
    for ev in found.events:
        i = bisect.bisect_right(starts, ev.start) - 1
        passage = i if 0 <= i < len(spans) and ev.start < spans[i][1] else None
        events.append(
            records.Event(
                passage,
                ev.start,
                ev.end,
                ev.date,
                ev.precision,
                ev.date_how,
                ev.date_text,
                ev.sort_key,
                ev.actor_keys,
                ev.place_keys,
            )
        )
    scope = found.scope
    return records.ArticleEntities(
        actors=actors,
        places=places,
        relations=[
            records.Relation(r.subject, r.predicate, r.object, r.start, r.end)
            for r in found.relations
        ],
        events=events,
        scope=records.Scope(scope.about, scope.events, scope.lead_end) if scope else None,
    )


def _sentence_of(sentences: list[tuple[int, int]], start: int) -> tuple[int, int]:
    """The sentence holding offset start (sentences are sorted and disjoint), else (start,
    start)."""
    i = bisect.bisect_right(sentences, (start, math.inf)) - 1  # the last one starting <= start
    if i >= 0 and start < sentences[i][1]:
        return sentences[i]
    return start, start
