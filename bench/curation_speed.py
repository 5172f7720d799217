"""What identity curations add to `actor`: warm p50/p99 of actor.run with the code before
curations existed, the new code on the same store without curations, and the new code with a
workspace's worth of curations, some on the very actors asked about. One run, rounds
interleaved, so the three are measured under the same load.

Usage: python bench/curation_speed.py STORE.db [--previous REV] [--repeat 30] [--rounds 3]
       [--no-write]

REV is the code measured beside this tree (e8f2a32, before curations, by default).

STORE.db is copied twice into bench/out/ (the original is never changed). The curated copy
gets CURATIONS records: a same-as joining the second-ranked actor to the first, a rename of the
third, a not-same-as splitting one of the fourth's surface names off, and unrelated same-as
pairs among lower-ranked actors up to CURATIONS (made through commands/curation.py).

Warm calls answer from what the profile keeps for a state of the store
(store/generation_cache.py, the indexed curations); the first question after an ingest is
timed apart for the same-as pair: before each call one article is ingested (untimed), a news
article naming Barack Obama that the store does not hold yet (INGESTED of them are taken from
the news corpus, each ingested once into each copy, by whichever code comes first).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATIONS = 100
SUBJECT_RANKS = (1, 2, 3, 4, 10, 100)
BLOCK = 5  # timed calls on one store before the other store's turn
COLD_SUBJECTS = 2  # the same-as pair, also timed as the first question after an ingest
INGESTED = 400  # articles ready to be ingested before those questions


def _subjects(db_path: Path) -> list[tuple[int, str, str]]:
    """(rank, key, name) of actors by mentions, at SUBJECT_RANKS."""
    import sqlite3

    rows = (
        sqlite3.connect(db_path)
        .execute(
            "SELECT a.key, a.name, count(*) AS n FROM actor_mentions m JOIN actors a "
            "ON a.id = m.actor_id GROUP BY a.id ORDER BY n DESC, a.id LIMIT 1000"
        )
        .fetchall()
    )
    return [(r, rows[r - 1][0], rows[r - 1][1]) for r in SUBJECT_RANKS if r <= len(rows)]


def _curate(db_path: Path, subjects: list[tuple[int, str, str]]) -> int:
    """Record the curations (new code, in this process)."""
    import sqlite3

    sys.path.insert(0, str(ROOT))
    from commands import curation
    from store.db import connect

    db = connect(db_path)
    by_rank = {rank: name for rank, _, name in subjects}
    texts = [
        f'"{by_rank[2]}" same-as "{by_rank[1]}"',
        f'"{by_rank[3]}" rename "{by_rank[3]} (curated)"',
    ]
    fourth = (
        sqlite3.connect(db_path)
        .execute(
            "SELECT n.surface FROM actor_names n JOIN actors a ON a.id = n.actor_id "
            "WHERE a.name = ? AND n.surface != a.name ORDER BY n.surface LIMIT 1",
            (by_rank[4],),
        )
        .fetchone()
    )
    if fourth:
        texts.append(f'"{fourth[0]}" not-same-as "{by_rank[4]}"')
    others = [
        r[0]
        for r in sqlite3.connect(db_path).execute(
            "SELECT a.name FROM actors a JOIN actor_mentions m ON m.actor_id = a.id "
            "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 400 OFFSET 200"
        )
    ]
    made = 0
    for text in texts:
        request = curation.parse(text)
        assert request is not None
        curation.make(db, request, "", "bench")
        made += 1
    pairs = iter(zip(others[::2], others[1::2], strict=False))
    while made < CURATIONS:
        try:
            a, b = next(pairs)
        except StopIteration:
            break
        try:
            request = curation.parse(f'"{a}" same-as "{b}"')
            assert request is not None
            curation.make(db, request, "", "bench")
            made += 1
        except curation.CurationError:
            continue  # an ambiguous or already joined name: take the next pair
    db.conn.close()
    return made


def _ingest_next(db: object, pool: list[dict]) -> None:
    """Ingest the first article of pool that the store does not hold (its origin unseen)."""
    from commands import ingest
    from text.read import Document

    for record in pool:
        known = db.conn.execute(  # type: ignore[attr-defined]
            "SELECT 1 FROM articles WHERE origin = ?", (record["url"],)
        ).fetchone()
        if known is None:
            ingest.ingest_document(
                db,
                Document(text=record["text"], origin=record["url"], kind="text"),
                ingest.Origin(record["url"]),
                ingest.Options(published=record["published"], source=record["source"]),
            )
            return
    raise SystemExit("bench/curation_speed: every article of the pool is ingested already")


def _time(db_paths: list[str], names: list[str], repeat: int) -> dict[str, dict]:
    """Runs inside the tree measured: per subject and store one call to warm it, then repeat
    timed ones, the stores taking turns by blocks of BLOCK calls (so the new code's store
    without and with curations are measured in one process, under the same load). Not call
    by call: the index keeps the decoded postings of one database at a time (a process serves
    one store), so each call after a switch would decode them again."""
    from commands import actor
    from store.db import connect

    dbs = {path: connect(path) for path in db_paths}
    out: dict[str, dict[str, list[float]]] = {path: {} for path in db_paths}
    for name in names:
        for done in range(0, repeat, BLOCK):
            for path, db in dbs.items():
                actor.run(db, name)
                for _ in range(min(BLOCK, repeat - done)):
                    start = time.process_time()
                    actor.run(db, name)
                    out[path].setdefault(name, []).append(time.process_time() - start)
    # The first question after an ingest: one article ingested (untimed) before each call.
    pool = [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines()]
    for name in names[:COLD_SUBJECTS]:
        for _ in range(max(1, repeat // 2)):
            for path, db in dbs.items():
                _ingest_next(db, pool)
                start = time.process_time()
                actor.run(db, name)
                out[path].setdefault(f"(cold) {name}", []).append(time.process_time() - start)
    if not (Path.cwd() / "commands" / "identities.py").exists():
        return out  # the previous code has no curations
    # the new code: the curation steps alone (the indexed curations, read again only when
    # they changed; shared aliases)
    from commands import identities
    from store.articles import EVERYONE

    steps = []
    db = dbs[db_paths[-1]]
    for _ in range(repeat * 10):
        start = time.process_time()
        known = identities.load(db, EVERYONE)
        identities.possibly_same(db, "united-states", (1,), known)
        steps.append(time.process_time() - start)
    out[db_paths[-1]]["(curation steps)"] = steps
    return out


def _measure(tree: Path, dbs: list[Path], names: list[str], repeat: int) -> dict[str, dict]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    paths = ",".join(str(db) for db in dbs)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "_time", paths, str(repeat), *names],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--previous", default="e8f2a32", help="the code before curations")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from bench import baseline
    from bench.common import percentile, publish

    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    plain, curated = out / "curation-plain.db", out / "curation-curated.db"
    for copy in (plain, curated):
        shutil.copyfile(args.store, copy)
    old_tree = baseline.checkout(args.previous)
    _write_pool(plain)
    # the old code migrates its copy to its own schema; the new code adds the curations table
    subjects = _subjects(plain)
    articles = _count(plain, "articles")  # before the questions after an ingest add some
    made = _curate(curated, subjects)
    names = [name for _, _, name in subjects]
    # The previous code is measured with the curations too when it has them (the code a
    # change started from), alone on the plain copy when it predates them.
    curating = (old_tree / "commands" / "identities.py").exists()
    runs = ["previous, none", "previous, curated", "new, no curations", "new, with curations"]
    times: dict[str, dict[str, list[float]]] = {k: {n: [] for n in names} for k in runs}
    for _ in range(args.rounds):
        old = _measure(old_tree, [plain, curated] if curating else [plain], names, args.repeat)
        new = _measure(ROOT, [plain, curated], names, args.repeat)
        found_by_run = (
            old[str(plain)],
            old.get(str(curated), {}),
            new[str(plain)],
            new[str(curated)],
        )
        for label, found in zip(runs, found_by_run, strict=True):
            for name, values in found.items():
                times[label].setdefault(name, []).extend(values)

    lines = [
        f"Produced by `.venv/bin/python bench/curation_speed.py {Path(args.store).name} "
        f"--previous {args.previous} --repeat {args.repeat} --rounds {args.rounds}` on a store "
        f"of {articles:,} articles (and one more before each question after an ingest); "
        f"the curated copy holds {made} curations. CPU time (time.process_time: the host is "
        f"shared, and wall time there measured the other processes) of warm calls of `actor.run`, "
        f"{args.repeat * args.rounds} per subject, code and store in {args.rounds} rounds; "
        f"the previous code is commit {args.previous}, in a process of its own; each code's "
        f"stores take turns by blocks of {BLOCK} calls in one process, each block after a call "
        f"that warms it. Measured on a shared 2-core host (load average {_load()} at the end): "
        "compare within a row.",
        "",
        f"| subject (rank by mentions) | curated how | {args.previous}, none p50 / p99 CPU ms "
        f"| {args.previous}, curated p50 / p99 | {args.previous} p99 added "
        "| new, none p50 / p99 | new, curated p50 / p99 | new p99 added (curated - none) "
        "| new p99 added over the uncurated profile of the actor shown |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    # A same-as pair's joined actor answers with the profile of the actor it was joined to,
    # the whole group's: what curation adds to that answer is against that actor's profile.
    shown = {2: subjects[0][2]} if subjects and subjects[0][0] == 1 else {}
    how = {1: "joined by #1 (same-as)", 2: "same-as into rank 1", 3: "renamed", 4: "name split"}
    for rank, _, name in subjects:
        cells = []
        for label in runs:
            values = times[label][name]
            cells.append(
                f"{percentile(values, 50) * 1000:.1f} / {percentile(values, 99) * 1000:.1f}"
                if values
                else "-"
            )
        if times["previous, curated"][name]:
            before = (
                percentile(times["previous, curated"][name], 99)
                - percentile(times["previous, none"][name], 99)
            ) * 1000
            cells.insert(2, f"{before:+.1f} ms")
        else:
            cells.insert(2, "-")
        added = (
            percentile(times["new, with curations"][name], 99)
            - percentile(times["new, no curations"][name], 99)
        ) * 1000
        over = (
            percentile(times["new, with curations"][name], 99)
            - percentile(times["new, no curations"][shown.get(rank, name)], 99)
        ) * 1000
        lines.append(
            f"| {name} ({rank}) | {how.get(rank, 'not curated')} | {' | '.join(cells)} "
            f"| {added:+.1f} ms | {over:+.1f} ms ({shown.get(rank, name)}) |"
        )
    steps = times["new, with curations"]["(curation steps)"]
    lines += [
        "",
        f"The curation steps alone (find the workspace's {made} live curations, indexed, or "
        f"read and index them when they changed; look up shared aliases), timed apart in the "
        f"same processes: p50 {percentile(steps, 50) * 1000:.2f} ms, p99 "
        f"{percentile(steps, 99) * 1000:.2f} ms. A curated profile costs more because it is a "
        "bigger profile: a same-as group reads the relations, places and dated events of each "
        "member.",
        "",
        "The first question after an ingest (one news article naming Barack Obama that the "
        "store did not hold ingested before each call, untimed: what is kept for a state of "
        "the store is brought up to date or computed anew, and the index's decoded postings "
        "are read again), p50 / p99 CPU ms:",
        "",
        "| subject | "
        + " | ".join(label.replace("previous", args.previous) for label in runs)
        + " | new p99 added over the uncurated profile "
        "of the actor shown |",
        "|---|" + "---|" * (len(runs) + 1),
    ]
    for rank, _, name in subjects[:COLD_SUBJECTS]:
        cold = f"(cold) {name}"
        cells = [
            f"{percentile(v, 50) * 1000:.1f} / {percentile(v, 99) * 1000:.1f}"
            if (v := times[label].get(cold))
            else "-"
            for label in runs
        ]
        over = (
            percentile(times["new, with curations"][cold], 99)
            - percentile(times["new, no curations"][f"(cold) {shown.get(rank, name)}"], 99)
        ) * 1000
        lines.append(
            f"| {name} ({rank}, {how.get(rank, 'not curated')}) | {' | '.join(cells)} "
            f"| {over:+.1f} ms ({shown.get(rank, name)}) |"
        )
    publish("\n".join(lines), "curation_speed", write=not args.no_write)


POOL = ROOT / "bench" / "out" / "curation-ingests.jsonl"


def _write_pool(db: Path) -> None:
    """The news articles naming Barack Obama that the store does not hold, INGESTED of them
    in corpus order, for the questions after an ingest (bench/out/, never committed)."""
    import sqlite3

    from bench.common import news_records

    held = {r[0] for r in sqlite3.connect(db).execute("SELECT origin FROM articles")}
    pool = [r for r in news_records() if "Obama" in r["text"] and r["url"] not in held]
    POOL.write_text("".join(json.dumps(r) + "\n" for r in pool[:INGESTED]), encoding="utf-8")


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _count(db: Path, table: str) -> int:
    import sqlite3

    return sqlite3.connect(db).execute(f"SELECT count(*) FROM {table}").fetchone()[0]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_time":
        result = _time(sys.argv[2].split(","), sys.argv[4:], int(sys.argv[3]))
        print(json.dumps(result))
    else:
        main()
