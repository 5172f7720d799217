"""Ingest throughput on one core, where the time goes, and whether it grows with the store.

Usage: .venv/bin/python bench/ingest.py [--articles 3000] [--runs 2] [--warm 1000]
                                        [--large bench/out/articles-100000.db]
                                        [--previous REV]

--articles typical news articles (replicas past everything bench/build.py stored, so new to
every store) go through the full pipeline (cleaning, splitting, passages, index, actors, places,
dates, events) with `ingest_jsonl` in one process: into an empty store and into a copy of the
large store, --runs times each, alternating, each run with articles of its own, after an untimed
warm-up on yet others (data loaded, word caches holding the common vocabulary, as in any long
bulk ingest). Each pipeline stage is timed by wrapping the function that does it. Times are
process CPU time: on a shared host the wall time moves with the other load, the CPU time is
what the code costs. --previous REV measures the code at REV beside this tree's (checked out by
bench/baseline.py): each run is then a process of its own, the codes taking turns, each warmed
on the same articles and measured on the same ones. The table goes into docs/PERFORMANCE.md.
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

from bench.common import EVAL, ROOT, corpus_records, publish  # noqa: E402

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
    from store import index, rows
    from text import fingerprint

    # Rows a batch keeps for its end (store/rows.PendingRows; older code has none) are written in
    # one go before the index: the same column as the article's own writes.
    pending = (
        [("SQL: article, passages, entities, counts", rows.PendingRows, "write")]
        if hasattr(rows, "PendingRows")
        else []
    )
    # A passage's terms from the whole text's words (text/tokens.spans_terms; older code cuts
    # each passage out and calls terms): the title's terms and a passage split as before still
    # call terms, inside spans_terms, counted once (see run).
    spans = (
        [("search terms", article.tokens, "spans_terms")]
        if hasattr(article.tokens, "spans_terms")
        else []
    )
    return [
        ("clean", ingest_bulk, "clean"),
        ("split into passages", article.passages, "split_passages"),
        ("search terms", article.tokens, "terms"),
        *spans,
        ("fingerprints (hash, MinHash)", fingerprint, "content_hash"),
        ("fingerprints (hash, MinHash)", fingerprint, "minhash"),
        ("actors", extract.actors, "find_actors"),
        ("places", extract.places, "find_places"),
        ("relations", extract.relations, "find_relations"),
        ("dates", text.dates, "tag_dates"),
        ("events", extract.pipeline, "find_events"),
        ("SQL: article, passages, entities, counts", ingest_bulk, "write_prepared"),
        *pending,
        ("SQL: index (once per batch)", index, "add_passages"),
        ("SQL: commit", ingest_bulk, "transaction"),
    ]


def run(db_path: Path, lines: list[str]) -> tuple[float, int, dict[str, float]]:
    import contextlib

    from commands import ingest
    from store.db import connect

    spent: dict[str, float] = defaultdict(float)
    active: set[str] = set()  # the columns being timed now
    originals = []
    for label, module, name in stages():
        original = getattr(module, name)
        originals.append((module, name, original))
        if name == "transaction":

            @contextlib.contextmanager
            def committing(db, _original=original, _label=label):
                with _original(db) as inner:
                    yield inner
                    body_done = time.process_time()
                spent[_label] += time.process_time() - body_done  # the COMMIT

            setattr(module, name, committing)
            continue

        @functools.wraps(original)
        def timed(*args, _original=original, _label=label, **kwargs):
            if _label in active:  # a stage called inside its own column's: counted once
                return _original(*args, **kwargs)
            active.add(_label)
            start = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.process_time() - start
                active.discard(_label)

        setattr(module, name, timed)
    db = connect(db_path)
    try:
        start = time.process_time()
        result = ingest.ingest_jsonl(db, lines, "bench")
        seconds = time.process_time() - start
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
        db.conn.close()
    return seconds, len(result.articles), dict(spent)


def measure(args: argparse.Namespace, attempt: int) -> dict[str, tuple[float, int, dict]]:
    """One warm-up and one attempt's runs in this process: store name -> (CPU seconds,
    articles stored, CPU seconds by stage). Every attempt and store has articles of its own,
    the same whichever code measures them."""
    large = Path(args.large)
    per_attempt = 2 if large.exists() else 1

    def fresh_lines(n: int, first: int) -> list[str]:
        return [json.dumps(r) for r in corpus_records(n, first=first)]

    def first_of(k: int) -> int:  # the k-th set of measured articles, after the warm-up's
        return FIRST_NEW + args.warm + k * args.articles

    measured = {}
    with tempfile.TemporaryDirectory(dir=OUT if OUT.exists() else None) as tmp:
        run(Path(tmp) / "warm-up.db", fresh_lines(args.warm, FIRST_NEW))
        lines = fresh_lines(args.articles, first_of(attempt * per_attempt))
        measured["empty store"] = run(Path(tmp) / "empty.db", lines)
        if large.exists():
            copy = Path(tmp) / "large.db"
            shutil.copyfile(large, copy)
            os.sync()  # else the kernel writes the 1 GB copy back during the measured run
            from store.db import connect

            db = connect(copy)  # migrations, if any, before the clock starts
            stored = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            db.conn.close()
            lines = fresh_lines(args.articles, first_of(attempt * per_attempt + 1))
            measured[f"store of {stored:,} articles"] = run(copy, lines)
            copy.unlink()
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument(
        "--runs",
        type=int,
        default=2,
        help="runs per store (and code), alternating; the faster one is reported",
    )
    parser.add_argument("--warm", type=int, default=WARM_UP, help="articles of the warm-up")
    parser.add_argument("--large", default=str(OUT / "articles-100000.db"))
    parser.add_argument("--previous", metavar="REV", help="measure the code at REV beside")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--attempt", type=int, help=argparse.SUPPRESS)  # one run, as JSON
    args = parser.parse_args()
    if args.attempt is not None:
        print(json.dumps(measure(args, args.attempt)))
        return

    # Every run gets its own articles, and the process is warmed on others first: a long bulk
    # ingest runs with its data loaded and its word caches holding the common vocabulary, but
    # it never sees the same article twice (a run over articles seen before would find every
    # word cached and be flattered).
    codes: dict[str, Path | None] = {"this tree": None}
    if args.previous:
        from bench import baseline

        tree = baseline.checkout(args.previous)
        shutil.copy(__file__, tree / "bench" / "ingest.py")  # this measurement, its code
        # The previous tree's bench/common.py looks for the corpus beside its own root.
        beside = tree.parent / EVAL.parent.name
        if not beside.exists():
            beside.symlink_to(EVAL.parent, target_is_directory=True)
        codes = {args.previous: tree, "this tree": None}
    best: dict[tuple[str, str], tuple[float, int, dict[str, float]]] = {}
    all_runs: dict[tuple[str, str], list[float]] = defaultdict(list)
    for attempt in range(args.runs):
        for code, code_tree in codes.items():
            if not args.previous:
                measured = measure(args, attempt)
            else:
                from bench import baseline

                argv = ["--articles", str(args.articles), "--warm", str(args.warm)]
                argv += ["--large", args.large, "--attempt", str(attempt)]
                out = baseline.run(code_tree or ROOT, "bench/ingest.py", *argv)
                measured = {k: tuple(v) for k, v in json.loads(out.splitlines()[-1]).items()}
            for name, outcome in measured.items():
                key = (code, name)
                all_runs[key].append(outcome[1] / outcome[0])
                print(code, name, f"{outcome[1] / outcome[0]:.1f} articles per CPU-second")
                if key not in best or outcome[0] / outcome[1] < best[key][0] / best[key][1]:
                    best[key] = outcome
    chars = [len(r["text"]) for r in corpus_records(args.articles, first=FIRST_NEW + args.warm)]

    labels = list(dict.fromkeys(s[0] for s in stages()))
    lines_out = [
        "| code | into | articles | articles per CPU-second (each run) | CPU ms per article | "
        + " | ".join(labels)
        + " |"
    ]
    lines_out.append("|" + "---|" * (5 + len(labels)))
    for (code, name), (seconds, stored, spent) in sorted(
        best.items(), key=lambda item: (item[0][1], list(codes).index(item[0][0]))
    ):
        per = 1000 / max(stored, 1)
        each = " / ".join(f"{rate:.1f}" for rate in all_runs[(code, name)])
        lines_out.append(
            f"| {code} | {name} | {stored:,} | {each} | {seconds * per:.1f} | "
            + " | ".join(f"{spent.get(label, 0.0) * per:.2f}" for label in labels)
            + " |"
        )
    load = os.getloadavg()[0]
    body = (
        f"Produced by `.venv/bin/python bench/ingest.py --articles {args.articles} "
        f"--runs {args.runs} --warm {args.warm}"
        + (f" --previous {args.previous}" if args.previous else "")
        + f"` (one process a run, warmed on {args.warm:,} other articles; {args.runs} runs "
        f"per store and code, the codes taking turns, the faster shown in the stage columns; "
        f"every run ingests its own {args.articles:,} articles, about "
        f"{sum(chars) / max(len(chars), 1):,.0f} characters on average, replicas new to the "
        f"store; process CPU time, since the host was shared (load average {load:.1f} at the "
        f"end); stage columns are CPU ms per article, nested stages counted in their own "
        f"column only where they do not overlap: actors, places, relations, dates and events "
        f"are the extraction).\n\n" + "\n".join(lines_out)
    )
    publish(body, "ingest", write=not args.no_write)


if __name__ == "__main__":
    main()
