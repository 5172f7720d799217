"""Which dated reports of a store an actor has only from the sentences before it, each of which
names the actor only in what it says of someone else (carried_only_from_another in
commands/timeline_entries.py: "... in Afghanistan where he met Al-Qaeda leader Osama bin Laden
..." before "On Wednesday a drone strike ... killed a terrorist commander"), as JSON pairs
[actor id, event id]: the reports that rule takes from an actor's timeline, to be read (each
actor read by the spellings the store has seen it by).

Usage: PYTHONPATH=TREE .venv/bin/python bench/carried_from_another_reads.py STORE.db > pairs.json
"""

from __future__ import annotations

import json
import sys

import sqlite_utils

from commands.timeline_entries import carried_only_from_another, names_any
from store import entities
from store import events as event_store
from store.articles import article_texts


def main() -> None:
    db = sqlite_utils.Database(sys.argv[1])
    # an actor's reports carried from the sentences before (level 1 of extract/scope.py)
    pairs = list(
        db.query(
            "SELECT DISTINCT subject, event_id, article_id FROM scope_events "
            "WHERE subject LIKE 'a:%' AND level = 1"
        )
    )
    rows = {
        e.id: e for e in event_store.events_by_id(db, sorted({p["event_id"] for p in pairs}), {})
    }
    texts = article_texts(db, {p["article_id"] for p in pairs})
    names: dict[int, tuple[str, ...]] = {}
    refused = []
    for p in pairs:
        actor, event = int(p["subject"][2:]), rows.get(p["event_id"])
        if event is None:
            continue
        if actor not in names:
            names[actor] = tuple(entities.surfaces(db, actor))
        if names_any(event.text, names[actor]):
            continue
        if carried_only_from_another(texts.get(event.article_id, ""), event.start, names[actor]):
            refused.append((actor, event.id))
    print(json.dumps(sorted(refused)))


if __name__ == "__main__":
    main()
