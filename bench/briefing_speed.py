"""How long one briefing takes to compute with 100 watches: commands/briefing.run for each of
100 watched subjects (the most reported places and actors, then ranks down to the 100th), for a
daily window and a week's, over a store; p50/p99/max in ms, warm (each subject once before).

Usage: python bench/briefing_speed.py [STORE.db] [--build] [--repeat 3] [--no-write]

Without STORE.db the conflict store bench/out/conflict-by-date.db is used, built first with
--build: the 2,852 conflict articles of bench/common.conflict_records() ingested in the order
they were published, so arrival follows publication as it would in a newsroom. A store given
is copied into bench/out/ first (never opened in place: a build may be writing it). The
windows end the day after the day with the most dated events in the store, where a briefing
has the most to tell.

The briefing is new (its first commit): there is no previous method to measure beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
CONFLICT = OUT / "conflict-by-date.db"
WATCHES = 100
BUDGET_MS = 200.0


def build(path: Path) -> None:
    """The conflict articles, oldest publication first, through the bulk ingest."""
    from bench.common import conflict_records
    from commands.ingest_bulk import ingest_jsonl
    from store.db import connect

    records = sorted(conflict_records(), key=lambda r: (r.get("published") or "9999", r["url"]))
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = connect(partial)
    started = time.monotonic()
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    result = ingest_jsonl(db, lines, "conflict", workers=2)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    partial.rename(path)
    print(
        f"built {path.name}: {len(result.articles)} articles in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )


def subjects(path: Path) -> list[str]:
    """WATCHES names: places and actors alternately, by how many articles name them."""
    con = sqlite3.connect(path)
    places = [
        r[0]
        for r in con.execute(
            "SELECT p.name FROM place_mentions m JOIN places p ON p.id = m.place_id "
            "GROUP BY p.id ORDER BY count(DISTINCT m.article_id) DESC LIMIT ?",
            (WATCHES,),
        )
    ]
    actors = [
        r[0]
        for r in con.execute(
            "SELECT a.name FROM actor_mentions m JOIN actors a ON a.id = m.actor_id "
            "GROUP BY a.id ORDER BY count(DISTINCT m.article_id) DESC LIMIT ?",
            (WATCHES,),
        )
    ]
    out: list[str] = []
    for pair in zip(places, actors, strict=False):
        for name in pair:
            if name not in out:
                out.append(name)
    return out[:WATCHES]


def busiest_day(path: Path) -> date:
    """The day the most dated events happened: where a briefing has the most to tell."""
    con = sqlite3.connect(path)
    row = con.execute(
        "SELECT date FROM events WHERE precision = 'day' GROUP BY date ORDER BY count(*) DESC "
        "LIMIT 1"
    )
    return date.fromisoformat(row.fetchone()[0])


def measure(path: Path, names: list[str], repeat: int) -> dict[str, list[float]]:
    """Times in ms by "how, window": asked for (the name resolved each time, as `brief` does)
    and scheduled (the subject resolved before, as the scheduler keeps it); wall time, and the
    process's CPU time under "CPU how, window"."""
    from commands import briefing, subjects
    from store.articles import Viewer
    from store.db import connect

    db = connect(path)
    team = db.conn.execute("SELECT coalesce(max(team), '') FROM articles").fetchone()[0]
    viewer = Viewer(team=team, conversation="CWATCH")
    end = busiest_day(path) + timedelta(days=1)
    windows = {"day": end - timedelta(days=1), "week": end - timedelta(days=7)}
    resolved = {name: subjects.best(db, name, viewer) for name in names}
    times: dict[str, list[float]] = {}
    for name in names:  # warm: the first question after opening pays for loading knowledge
        briefing.run(db, name, viewer, windows["week"], end)
    for _ in range(repeat):
        for window, first in windows.items():
            for how in ("asked for", "scheduled"):
                for name in names:
                    kept = resolved[name] if how == "scheduled" else None
                    started, used = time.perf_counter(), time.process_time()
                    briefing.run(db, name, viewer, first, end, subject=kept)
                    elapsed = (time.perf_counter() - started) * 1000
                    times.setdefault(f"{how}, {window}", []).append(elapsed)
                    cpu = (time.process_time() - used) * 1000
                    times.setdefault(f"CPU {how}, {window}", []).append(cpu)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, nargs="?")
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.store is None:
        if args.build or not CONFLICT.exists():
            build(CONFLICT)
        path = CONFLICT
    else:
        path = OUT / f"briefing-{args.store.name}"
        shutil.copy(args.store, path)
    names = subjects(path)
    times = measure(path, names, args.repeat)
    con = sqlite3.connect(path)
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    rows = [
        f"| {path.name.removeprefix('briefing-')} | {articles:,} | {len(names)} | {window} | "
        f"{percentile(v, 50):.1f} | {percentile(v, 99):.1f} | {max(v):.1f} | "
        f"{percentile(c, 50):.1f} / {percentile(c, 99):.1f} / {max(c):.1f} | "
        f"{'yes' if percentile(v, 99) <= BUDGET_MS else 'no'} |"
        for window, v in times.items()
        if not window.startswith("CPU ")
        for c in [times[f"CPU {window}"]]
    ]
    end = busiest_day(path) + timedelta(days=1)
    load = os.getloadavg()[0]
    given = f" {args.store.name}" if args.store else ""
    note = (
        f"Produced by `.venv/bin/python bench/briefing_speed.py{given}"
        f" --repeat {args.repeat}`: `commands/briefing.run` for each of {len(names)} watched "
        f"subjects (places and actors by articles naming them, alternately), a day's window and "
        f'a week\'s ending {end.isoformat()}, warm, {args.repeat} rounds; "asked for" resolves '
        'the name each time as `brief` does, "scheduled" starts from the subject the scheduler '
        f"keeps (it resolves a watch's name every 10 minutes); wall time on a shared "
        f"2-core host (load average {load:.1f} at the end of the run), and the process's own "
        "CPU time, which the other processes' load moves less. The briefing is new: "
        "no previous method to measure beside it."
    )
    body = "\n".join(
        [
            note,
            "",
            "| store | articles | watched subjects | briefing, window | p50 ms | p99 ms | max ms | "
            f"CPU p50 / p99 / max ms | p99 ≤ {BUDGET_MS:.0f} ms |",
            "|---|---|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    print(body)
    if not args.no_write:
        from bench.common import publish

        publish(body, f"briefing_speed-{path.stem.removeprefix('briefing-')}")


if __name__ == "__main__":
    main()
