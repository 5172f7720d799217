"""A curated same-as group's profile: the reach, relations and places of several actors taken
as one (commands/identities.py says which actors are a group). A group of one is returned as
it is, so a profile nothing was curated for is unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store import curations, entities
from store.articles import Viewer

if TYPE_CHECKING:
    from store.db import Database
    from store.entities import RelationSupport


def reach(
    db: Database, members: tuple[int, ...], split: dict[str, int], viewer: Viewer
) -> dict[str, object]:
    """An actor's reach; a curated group's is its members' together, each article once, and
    without the mentions a not-same-as curation split off."""
    reaches = [entities.actor_reach(db, m, viewer) for m in members]  # type: ignore[arg-type]
    if len(members) == 1 and not split:
        return reaches[0]
    firsts = [r["first_reported"] for r in reaches if r["first_reported"]]
    lasts = [r["last_reported"] for r in reaches if r["last_reported"]]
    if split:
        counts = [curations.reach_without(db, m, list(split), viewer) for m in members]
        mentions, articles = sum(c[0] for c in counts), sum(c[1] for c in counts)
    else:
        mentions = sum(int(r["mentions"]) for r in reaches)  # type: ignore[call-overload]
        counted = {m: int(r["articles"]) for m, r in zip(members, reaches, strict=True)}  # type: ignore[call-overload]
        articles = curations.group_articles(db, members, viewer, counted)
    return {
        "mentions": mentions,
        "articles": articles,
        "first_reported": min(firsts) if firsts else None,  # type: ignore[type-var]
        "last_reported": max(lasts) if lasts else None,  # type: ignore[type-var]
    }


def ranked_relations(per_member: list[list[RelationSupport]]) -> list[RelationSupport]:
    """One actor's relations as they are; a curated group's, the most supported first (ties
    in member order), and a relation between two members once, not once for each."""
    if len(per_member) == 1:
        return per_member[0]
    unique: dict[tuple[int, str, int], RelationSupport] = {}
    for relation in (r for relations in per_member for r in relations):
        unique.setdefault((relation.subject_id, relation.predicate, relation.object_id), relation)
    return sorted(unique.values(), key=lambda r: -r.articles)


def merged_places(per_member: list[list[dict[str, object]]], limit: int) -> list[dict[str, object]]:
    if len(per_member) == 1:
        return per_member[0]
    by_label: dict[object, dict[str, object]] = {}
    for place in (p for places in per_member for p in places):
        if place["label"] in by_label:
            total = int(by_label[place["label"]]["sentences"]) + int(place["sentences"])  # type: ignore[call-overload]
            by_label[place["label"]] = {**by_label[place["label"]], "sentences": total}
        else:
            by_label[place["label"]] = place
    ranked = sorted(by_label.values(), key=lambda p: -int(p["sentences"]))  # type: ignore[call-overload]
    return ranked[:limit]
