"""Same answers before and after a change that should not change behaviour (a refactoring):
build a store from the first conflict articles with two versions of the code, ask both the same
fixed questions, and compare every answer and every extracted row.

    python bench/same_answers.py --previous e8f2a32          # that commit beside this tree
    python bench/same_answers.py --previous e8f2a32 --keep   # keep bench/out/same-*/ to read
    python bench/same_answers.py --previous e8f2a32 --store bench/out/articles-100000.db
    python bench/same_answers.py --previous e8f2a32 --corpus 500   # the ingest benches' articles

With --store, nothing is built: both trees ask the questions, and `timeline` and `actor` of the
store's 15 most mentioned actors and places, of that store, and only the answers are compared
(a change to a read path, measured where it matters: a large store).

For each tree it writes bench/out/same-<name>/: `answers.json` (the JSON of `actor`,
`timeline` and `quote` for QUESTIONS, and `export`) and one TSV per table holding what
extraction stored (actors, names, mentions, relations, places, events...), in insertion order.
The two directories must be identical, ordering included; the script lists the files that
differ and exits 1 if any does.

The child that builds and asks imports only `commands` and `store` (not `bench`), so it runs
unchanged in a checkout of the previous code (bench/baseline.py).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

if "--child" not in sys.argv:  # the child imports the code of the tree it was started in
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Fixed questions: actors, places and keywords of the conflict corpus, plus other spellings
# and misspellings, so that lookup by alias, transliteration skeleton and fuzzy match is asked.
ACTORS = [
    "SDF",
    "ISIS",
    "Daesh",
    "Assad",
    "Asad",
    "YPG",
    "Hezbollah",
    "Free Syrian Army",
    "al-Nusra",
    "al-Qaeda",
    "Muslim Brotherhood",
    "Morsi",
    "Mubarak",
    "Gaddafi",
    "Qaddafi",
    "Maliki",
    "Erdogan",
    "Obama",
    "Putin",
    "United Nations",
    "Kurds",
    "rebels",
    "Syrian army",
]
PLACES = [
    "Raqqa",
    "Raqqah",
    "Aleppo",
    "Halab",
    "Mosul",
    "Tripoli",
    "Cairo",
    "Homs",
    "Benghazi",
    "Damascus",
    "Baghdad",
    "Idlib",
    "Fallujah",
    "Tahrir Square",
    "Misrata",
]
KEYWORDS = [
    "chemical attack",
    "ceasefire",
    "barrel bombs",
    "refugees",
    "peace talks in Geneva",
    "airstrikes killed civilians",
    "no-fly zone",
    "protesters",
]
# Other romanisations of names the catalogue or gazetteer may not hold: quote's other
# spellings (text/spelling.py) and lookup's skeletons and fuzzy matches.
SPELLINGS = [
    "Deraa",
    "Dera'a",
    "Hula massacre",
    "Hizballah",
    "Moubarak",
    "Kadhafi",
    "Mosoul",
    "Fallouja",
    "Misurata",
    "Zawiyah",
    "Ajdabiyah",
    "Jarabulus",
    "Abdel Fattah al-Sisi",
    "Moammar Gadhafi",
]
TABLES_SKIPPED = {"slack_events", "answer_pages", "_sqlite_migrations", "store_settings"}
# Bookkeeping that depends on the clock, not on the code: times, and the index generation
# (one bump per ingest batch, and a batch closes after BATCH_SECONDS on a loaded machine).
COLUMNS_SKIPPED = {
    "ingested_at",
    "received_at",
    "created_at",
    "changed_at",
    "signature",
    "generation",
}


def most_mentioned(db_path: Path, n: int = 15) -> list[str]:
    """The names of the n most mentioned catalogue actors and places of a store."""
    import sqlite3

    raw = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    names = [
        r[0]
        for sql in (
            "SELECT a.name FROM actor_mentions m JOIN actors a ON a.id = m.actor_id "
            "WHERE a.from_catalogue = 1 GROUP BY m.actor_id ORDER BY count(*) DESC LIMIT ?",
            "SELECT p.name FROM place_mentions m JOIN places p ON p.id = m.place_id "
            "GROUP BY m.place_id ORDER BY count(*) DESC LIMIT ?",
        )
        for r in raw.execute(sql, (n,))
    ]
    raw.close()
    return list(dict.fromkeys(names))


def ask_store(db_path: Path, out: Path) -> None:
    """Ask a stored store the questions and its most mentioned subjects; write the answers."""
    from commands import actor, quote, timeline
    from store.articles import Viewer
    from store.db import connect

    db = connect(db_path, create=False)
    top = most_mentioned(db_path)
    team = db.conn.execute("SELECT team FROM articles LIMIT 1").fetchone()[0]
    answers: dict[str, dict[str, object]] = {"actor": {}, "timeline": {}, "quote": {}}
    for name in top + ACTORS + PLACES:
        answers["actor"][name] = actor.run(db, name).to_json()
    for subject in top + ACTORS + PLACES + KEYWORDS:
        answers["timeline"][subject] = timeline.run(db, subject).to_json()
        answers["timeline"][f"{subject} --limit 10, workspace"] = timeline.run(
            db, subject, Viewer(team), limit=10
        ).to_json()
    for words in KEYWORDS:
        answers["quote"][words] = quote.run(db, words, limit=5).to_json()
    (out / "answers.json").write_text(
        json.dumps(answers, ensure_ascii=False, indent=1, sort_keys=False), encoding="utf-8"
    )


def child(records: Path, out: Path) -> None:
    """Build the store and write the answers and tables with whatever code is on sys.path."""
    import sqlite3

    from commands import actor, export, ingest, quote, timeline
    from store.db import connect

    if records.suffix == ".db":
        ask_store(records, out)
        return
    db_path = out / "store.db"
    db = connect(db_path, create=True)
    ingest.ingest_jsonl(db, records.read_text(encoding="utf-8").splitlines(), "same")
    answers: dict[str, object] = {"actor": {}, "timeline": {}, "quote": {}}
    for name in ACTORS + PLACES + SPELLINGS:
        answers["actor"][name] = actor.run(db, name).to_json()  # type: ignore[index]
    for subject in ACTORS + PLACES + KEYWORDS + SPELLINGS:
        answers["timeline"][subject] = timeline.run(db, subject).to_json()  # type: ignore[index]
    for words in KEYWORDS + PLACES + ACTORS + SPELLINGS:
        answers["quote"][words] = quote.run(db, words, limit=5).to_json()  # type: ignore[index]
    answers["export"] = list(export.run(db))
    (out / "answers.json").write_text(
        json.dumps(answers, ensure_ascii=False, indent=1, sort_keys=False), encoding="utf-8"
    )
    raw = sqlite3.connect(db_path)
    tables = [
        r[0]
        for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] not in TABLES_SKIPPED and not r[0].startswith("sqlite_")
    ]
    for table in tables:
        columns = [r[1] for r in raw.execute(f"PRAGMA table_info({table})")]
        kept = [c for c in columns if c not in COLUMNS_SKIPPED]
        select = ", ".join(f'"{c}"' for c in kept)
        with (out / f"{table}.tsv").open("w", encoding="utf-8") as handle:
            handle.write("\t".join(kept) + "\n")
            without_rowid = (
                "WITHOUT ROWID"
                in raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
                .fetchone()[0]
                .upper()
            )
            order = "" if without_rowid else " ORDER BY rowid"  # else primary-key order
            for row in raw.execute(f'SELECT {select} FROM "{table}"{order}'):
                cells = (v.hex() if isinstance(v, bytes) else v for v in row)  # postings
                handle.write("\t".join(json.dumps(v, ensure_ascii=False) for v in cells) + "\n")
    raw.close()


def build(tree: Path, name: str, records: Path) -> Path:
    from bench.common import ROOT

    out = ROOT / "bench" / "out" / f"same-{name}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(tree), "SITREP_CACHE_DIR": str(out / "cache")}
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(records), str(out)],
        cwd=tree,
        env=env,
        check=True,
    )
    shutil.rmtree(out / "cache", ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", help="the commit to compare this tree with")
    parser.add_argument("--limit", type=int, default=600, help="conflict articles to ingest")
    parser.add_argument(
        "--corpus",
        type=int,
        metavar="N",
        help="ingest the first N articles of the ingest benches (bench/common.corpus_records: "
        "the shuffled news corpus) instead of the conflict articles",
    )
    parser.add_argument("--only", choices=("previous", "current"), help="build one side only")
    parser.add_argument("--store", type=Path, help="ask this store, build nothing")
    parser.add_argument("--child", nargs=2, metavar=("RECORDS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    from bench import baseline
    from bench.common import ROOT, conflict_records, corpus_records, require

    if args.store:
        records = args.store.resolve()
    else:
        require(ROOT.parent / "shared" / "eval" / "news-corpus.jsonl")
        records = ROOT / "bench" / "out" / "same-records.jsonl"
        records.parent.mkdir(parents=True, exist_ok=True)
        chosen = corpus_records(args.corpus) if args.corpus else conflict_records()[: args.limit]
        with records.open("w", encoding="utf-8") as handle:
            for record in chosen:
                handle.write(json.dumps(record) + "\n")
    if args.only != "current":
        if not args.previous:
            parser.error("--previous REV is needed unless --only current")
        build(baseline.checkout(args.previous), "previous", records)
    if args.only != "previous":
        build(ROOT, "current", records)
    previous, current = (
        ROOT / "bench" / "out" / "same-previous",
        ROOT / "bench" / "out" / "same-current",
    )
    if not (previous.exists() and current.exists()):
        return
    names = sorted({p.name for p in previous.iterdir()} | {p.name for p in current.iterdir()})
    names = [n for n in names if n != "store.db"]
    differ = [
        n
        for n in names
        if not ((previous / n).exists() and (current / n).exists())
        or not filecmp.cmp(previous / n, current / n, shallow=False)
    ]
    if args.store:
        asked = json.loads((current / "answers.json").read_text(encoding="utf-8"))
        print(f"{args.store.name}: {sum(map(len, asked.values()))} answers compared")
    else:
        questions = (
            len(ACTORS + PLACES + SPELLINGS) + len(ACTORS + PLACES + KEYWORDS + SPELLINGS) * 2
        )
        articles = (
            f"{args.corpus} corpus articles" if args.corpus else f"{args.limit} conflict articles"
        )
        print(f"{articles}; {questions} answers + export; {len(names) - 1} tables compared")
    if differ:
        print("DIFFERENT: " + ", ".join(differ))
        sys.exit(1)
    print("identical: every answer and every stored row, in the same order")


if __name__ == "__main__":
    main()
