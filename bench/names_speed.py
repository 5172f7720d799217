"""The names "did you mean" chooses from (store/entities.visible_names, everyone's view): the
query of commit 3fdf786 beside this tree's, in the same process, and the proof that both give
the same actor spellings.

Usage: .venv/bin/python bench/names_speed.py [--db bench/out/articles-100000.db] [--repeat 7]
       [--forget 3000] [--callgrind]

Measured (CPU seconds of this process, best of --repeat, the forms taking turns):
  rows+exists   3fdf786's all_actor_names: one row per spelling, each probed by _named
  rows          the same rows unfiltered (what the probe adds is the difference)
  one+exists    this tree's all_actor_names: the same spellings as one JSON array
  one           that array unfiltered
  names@3fdf786 3fdf786's whole visible_names (actor spellings and every place name)
  names         this tree's visible_names

The actor spellings must be the same on the store as it is and on a copy in memory of its
name and mention tables from which the mentions of --forget articles are taken away as `sitrep
forget` takes them (the articles picked are the only ones naming some actor or place, so that
forgetting them leaves names no article holds); the whole names differ from 3fdf786's only by
the places no article names any more, which 3fdf786 still offered. With --callgrind each form
is also run under valgrind's callgrind, once and three times, and the instructions of one warm
run are the difference halved (the pages read from disk the first time are not counted).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from store import entities  # noqa: E402
from store.articles import EVERYONE  # noqa: E402

EXISTS = "EXISTS (SELECT 1 FROM actor_mentions m WHERE m.actor_id = n.actor_id)"


def rows_exists(db: sqlite_utils.Database) -> set[str]:
    return {
        s for s, _ in db.conn.execute(f"SELECT surface, actor_id FROM actor_names n WHERE {EXISTS}")
    }


def rows(db: sqlite_utils.Database) -> set[str]:
    return {s for s, _ in db.conn.execute("SELECT surface, actor_id FROM actor_names n")}


def one_exists(db: sqlite_utils.Database) -> set[str]:
    return set(entities.all_actor_names(db))


def one(db: sqlite_utils.Database) -> set[str]:
    (array,) = db.conn.execute("SELECT json_group_array(surface) FROM actor_names").fetchone()
    return set(json.loads(array))


def names_before(db: sqlite_utils.Database) -> set[str]:
    """visible_names(db, EVERYONE) as commit 3fdf786 read it."""
    names = rows_exists(db)
    names.update(r[0] for r in db.conn.execute("SELECT name FROM places"))
    return names


def names(db: sqlite_utils.Database) -> set[str]:
    return entities.visible_names(db, EVERYONE)


FORMS: dict[str, Callable[[sqlite_utils.Database], set[str]]] = {
    "rows+exists": rows_exists,
    "rows": rows,
    "one+exists": one_exists,
    "one": one,
    "names@3fdf786": names_before,
    "names": names,
}


def open_store(path: Path) -> sqlite_utils.Database:
    return sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def cpu(db: sqlite_utils.Database, repeat: int) -> dict[str, float]:
    for form in FORMS.values():  # warm: pages read, statements prepared
        form(db)
    best = dict.fromkeys(FORMS, float("inf"))
    for _ in range(repeat):
        for name, form in FORMS.items():
            start = time.process_time()
            form(db)
            best[name] = min(best[name], time.process_time() - start)
    return best


def forgotten_copy(path: Path, articles: int) -> tuple[sqlite_utils.Database, int]:
    """The name and mention tables in memory, less the mentions of `articles` articles that
    are the only ones naming an actor or place; and how many articles were forgotten."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("ATTACH ? AS s", (f"file:{path}?mode=ro",))
    for table in ("actor_names", "places", "actor_mentions", "place_mentions"):
        ((sql,),) = conn.execute(
            "SELECT sql FROM s.sqlite_master WHERE name = ?", (table,)
        ).fetchall()
        conn.execute(sql.replace("REFERENCES articles(id) ON DELETE CASCADE", ""))
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM s.{table}")
    for (sql,) in conn.execute(
        "SELECT sql FROM s.sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name "
        "IN ('actor_names', 'places', 'actor_mentions', 'place_mentions')"
    ).fetchall():
        conn.execute(sql)
    picked = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT article FROM (SELECT min(article_id) AS article FROM (SELECT "
            "actor_id AS id, article_id FROM actor_mentions UNION ALL SELECT -place_id, "
            "article_id FROM place_mentions) GROUP BY id HAVING count(DISTINCT article_id) = 1) "
            "ORDER BY 1 LIMIT ?",
            (articles,),
        )
    ]
    conn.execute("DETACH s")
    conn.execute("CREATE TEMP TABLE forgotten (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT OR IGNORE INTO forgotten VALUES (?)", [(i,) for i in picked])
    for table in ("actor_mentions", "place_mentions"):
        conn.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM forgotten)")
    (count,) = conn.execute("SELECT count(*) FROM forgotten").fetchone()
    return sqlite_utils.Database(conn), count


def same(db: sqlite_utils.Database, label: str) -> None:
    before, after = names_before(db), names(db)
    actors_before, actors_after = rows_exists(db), one_exists(db)
    unfiltered = rows(db)
    print(
        f"{label}: actor spellings {len(actors_after):,} (3fdf786 {len(actors_before):,}, "
        f"same: {actors_before == actors_after}; {len(unfiltered - actors_after):,} of no "
        f"article left out); names {len(after):,} (3fdf786 {len(before):,}; "
        f"3fdf786's less this tree's: {len(before - after):,}, this tree's less 3fdf786's: "
        f"{len(after - before):,})"
    )


def callgrind(path: Path) -> dict[str, int]:
    """Instructions of one warm run of each form (callgrind, 3 runs less 1, halved)."""
    out: dict[str, int] = {}
    for name in FORMS:
        counts = []
        for runs in (1, 3):
            done = subprocess.run(
                [
                    "valgrind",
                    "--tool=callgrind",
                    "--callgrind-out-file=/dev/null",
                    sys.executable,
                    __file__,
                    "--db",
                    str(path),
                    "--child",
                    name,
                    str(runs),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            line = next(x for x in done.stderr.splitlines() if "Collected" in x)
            counts.append(int(line.split()[-1]))
        out[name] = (counts[1] - counts[0]) // 2
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("bench/out/articles-100000.db"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--forget", type=int, default=3000)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("FORM", "RUNS"))
    args = parser.parse_args()
    db = open_store(args.db)
    if args.child:
        db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for _ in range(int(args.child[1])):
            FORMS[args.child[0]](db)
        return
    same(db, args.db.name)
    copy, forgotten = forgotten_copy(args.db, args.forget)
    same(copy, f"{args.db.name} less {forgotten:,} forgotten articles")
    best = cpu(db, args.repeat)
    counts = callgrind(args.db) if args.callgrind else {}
    print(f"\n{args.db.name}, CPU best of {args.repeat}" + (", instructions" if counts else ""))
    for name in FORMS:
        extra = f"  {counts[name] / 1e6:7.1f} M" if counts else ""
        print(f"  {name:14} {best[name] * 1000:6.1f} ms{extra}")


if __name__ == "__main__":
    main()
