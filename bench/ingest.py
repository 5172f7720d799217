"""Ingest throughput on one core, where the time goes, and whether it grows with the store.

Usage: .venv/bin/python bench/ingest.py [--articles 3000] [--runs 2]
                                        [--large bench/out/articles-100000.db]

--articles typical news articles (replicas past everything bench/build.py stored, so new to
every store) go through the full pipeline (cleaning, splitting, passages, index, actors, places,
dates, events) with `ingest_jsonl` in one process: into an empty store and into a copy of the
large store, --runs times each, alternating, each run with articles of its own, after an untimed
warm-up on yet others (data loaded, word caches holding the common vocabulary, as in any long
bulk ingest). Each pipeline stage is timed by wrapping the function that does it.
The table goes into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, corpus_records, publish  # noqa: E402

OUT = ROOT / "bench" / "out"
FIRST_NEW = 600_000  # corpus_records index past every stored article (replica round 30)
WARM_UP = 1000  # articles ingested, untimed, before the first measured run


def stages() -> list[tuple[str, object, str]]:
    """(label, module, function name) of each stage, outermost first."""
    import extract.actors
    import extract.pipeline
    import extract.places
    import extract.relations
    import text.dates
    from commands import ingest_bulk
    from extract import article
    from store import index
    from text import fingerprint

    return [
        ("clean", ingest_bulk, "clean"),
        ("split into passages", article.passages, "split_passages"),
        ("search terms", article.tokens, "terms"),
        ("fingerprints (hash, MinHash)", fingerprint, "content_hash"),
        ("fingerprints (hash, MinHash)", fingerprint, "minhash"),
        ("actors", extract.actors, "find_actors"),
        ("places", extract.places, "find_places"),
        ("relations", extract.relations, "find_relations"),
        ("dates", text.dates, "tag_dates"),
        ("events", extract.pipeline, "find_events"),
        ("SQL: article, passages, entities, counts", ingest_bulk, "write_prepared"),
        ("SQL: index (once per batch)", index, "add_passages"),
        ("SQL: commit", ingest_bulk, "transaction"),
    ]


def run(db_path: Path, lines: list[str]) -> tuple[float, int, dict[str, float]]:
    import contextlib

    from commands import ingest
    from store.db import connect

    spent: dict[str, float] = defaultdict(float)
    originals = []
    for label, module, name in stages():
        original = getattr(module, name)
        originals.append((module, name, original))
        if name == "transaction":

            @contextlib.contextmanager
            def committing(db, _original=original, _label=label):
                with _original(db) as inner:
                    yield inner
                    body_done = time.perf_counter()
                spent[_label] += time.perf_counter() - body_done  # the COMMIT

            setattr(module, name, committing)
            continue

        @functools.wraps(original)
        def timed(*args, _original=original, _label=label, **kwargs):
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.perf_counter() - start

        setattr(module, name, timed)
    db = connect(db_path)
    try:
        start = time.perf_counter()
        result = ingest.ingest_jsonl(db, lines, "bench")
        seconds = time.perf_counter() - start
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
        db.conn.close()
    return seconds, len(result.articles), dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument(
        "--runs",
        type=int,
        default=2,
        help="runs per store, alternating; the faster one is reported",
    )
    parser.add_argument("--large", default=str(OUT / "articles-100000.db"))
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    # Every run gets its own articles, and the process is warmed on others first: a long bulk
    # ingest runs with its data loaded and its word caches holding the common vocabulary, but
    # it never sees the same article twice (a run over articles seen before would find every
    # word cached and be flattered).
    sets = iter(range(FIRST_NEW, FIRST_NEW + 10**9, args.articles))

    def fresh_lines(n: int) -> list[str]:
        return [json.dumps(r) for r in corpus_records(n, first=next(sets))]

    best: dict[str, tuple[float, int, dict[str, float]]] = {}
    chars: list[int] = []
    large = Path(args.large)
    with tempfile.TemporaryDirectory(dir=OUT if OUT.exists() else None) as tmp:
        run(Path(tmp) / "warm-up.db", fresh_lines(WARM_UP))
        for attempt in range(args.runs):
            lines = fresh_lines(args.articles)
            chars += [len(json.loads(line)["text"]) for line in lines]
            measured = [("empty store", run(Path(tmp) / f"empty-{attempt}.db", lines))]
            if large.exists():
                copy = Path(tmp) / "large.db"
                shutil.copyfile(large, copy)
                os.sync()  # else the kernel writes the 1 GB copy back during the measured run
                from store.db import connect

                db = connect(copy)  # migrations, if any, before the clock starts
                stored = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                db.conn.close()
                lines = fresh_lines(args.articles)
                chars += [len(json.loads(line)["text"]) for line in lines]
                measured.append((f"store of {stored:,} articles", run(copy, lines)))
                copy.unlink()
            for name, outcome in measured:
                if name not in best or outcome[0] / outcome[1] < best[name][0] / best[name][1]:
                    best[name] = outcome
    results = [(name, *outcome) for name, outcome in best.items()]

    labels = list(dict.fromkeys(s[0] for s in stages()))
    lines_out = [
        "| into | articles | articles/s (one core) | ms per article | " + " | ".join(labels) + " |"
    ]
    lines_out.append("|" + "---|" * (4 + len(labels)))
    for name, seconds, stored, spent in results:
        per = 1000 / max(stored, 1)
        lines_out.append(
            f"| {name} | {stored:,} | {stored / seconds:.1f} | "
            f"{seconds * per:.1f} | "
            + " | ".join(f"{spent.get(label, 0.0) * per:.2f}" for label in labels)
            + " |"
        )
    body = (
        f"Produced by `.venv/bin/python bench/ingest.py --articles {args.articles} "
        f"--runs {args.runs}` (one "
        f"process, warmed on {WARM_UP:,} other articles; {args.runs} runs per store, "
        f"alternating, the faster shown; every run ingests its own {args.articles:,} "
        f"articles, {sum(chars) / len(chars):,.0f} characters on average, replicas new to "
        f"the store; stage columns are ms per article, nested stages "
        f"counted in their own column only where they do not overlap: actors, places, "
        f"relations, dates and events are the extraction).\n\n" + "\n".join(lines_out)
    )
    publish(body, "ingest", write=not args.no_write)


if __name__ == "__main__":
    main()
