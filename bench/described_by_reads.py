"""Which dated reports of a store the [described by] patterns of commands/timeline_entries.txt
refuse for an actor linked to them (only_describes_another, each actor read by the spellings
the store has seen it by), as JSON pairs [actor id, event id]: run once by this tree and once by
another checkout on the same store, the pairs one refuses and the other not are the reports a
change of the patterns moves, to be read (bench/not_acting_reads.jsonl holds those read).

Usage: PYTHONPATH=TREE .venv/bin/python bench/described_by_reads.py STORE.db > pairs.json
"""

from __future__ import annotations

import json
import sys

import sqlite_utils

from commands.timeline_entries import only_describes_another
from store import entities
from store import events as event_store


def main() -> None:
    db = sqlite_utils.Database(sys.argv[1])
    pairs = list(db.query("SELECT actor_id, event_id FROM event_actors"))
    rows = {
        e.id: e for e in event_store.events_by_id(db, sorted({p["event_id"] for p in pairs}), {})
    }
    names: dict[int, tuple[str, ...]] = {}
    refused = []
    for p in pairs:
        actor, event = p["actor_id"], rows.get(p["event_id"])
        if event is None:
            continue
        if actor not in names:
            names[actor] = tuple(entities.surfaces(db, actor))
        if only_describes_another(event.text, names[actor]):
            refused.append((actor, event.id))
    print(json.dumps(refused))


if __name__ == "__main__":
    main()
