"""`quote` latency, memory and disk at 10k / 100k / 1M passages, next to rank-bm25.

Usage: .venv/bin/python bench/quote.py [--dbs ...] [--queries 300] [--baseline-queries 100]
       [--baseline-max 1100000]

Databases come from bench/build.py (full pipeline). Queries are realistic 2-6 word searches
from held-out articles (never ingested): windows of their titles and of their first sentences,
keeping those with at least two search terms. Per database: Sitrep's BM25 top-10 alone and the
whole `quote` command (passages, phrase and visibility filters, citations), first cold (a fresh
process state) then warm; rank-bm25's BM25Okapi built in the same process from the very same
passage terms, timed on get_scores plus the top-10 sort, and its top-10 scores compared with
Sitrep's. Peak RSS of a fresh process that opens the database and answers every query; the
database file against the article text it holds. The table goes into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

if "--time-quote" not in sys.argv:  # a baseline tree's worker must import the baseline's code
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    ROOT,
    held_out_records,
    median,
    ms,
    percentile,
    publish,
)

OUT = ROOT / "bench" / "out"
START_REV = "1093753"  # the code before the changes to `quote` measured here


def make_queries(records: list[dict], n: int, seed: int = 7) -> list[str]:
    """2-6 consecutive words of titles and first sentences, with two search terms or more."""
    from text import tokens
    from text.sentences import split_sentences

    rng = random.Random(seed)
    queries: list[str] = []
    for i, record in enumerate(records):
        source = record["title"] if i % 2 == 0 and record["title"] else ""
        if not source:
            spans = split_sentences(record["text"])
            source = record["text"][spans[0][0] : spans[0][1]] if spans else ""
        words = [w.strip(".,;:'\"()[]“”‘’") for w in source.split()]
        words = [w for w in words if w and not w.startswith("-")]
        if len(words) < 2:
            continue
        size = rng.randint(2, min(6, len(words)))
        start = rng.randint(0, len(words) - size)
        query = " ".join(words[start : start + size])
        if len(set(tokens.terms(query))) >= 2:
            queries.append(query)
        if len(queries) == n:
            break
    return queries


def serve_rss(path: str, queries: list[str]) -> dict:
    """Run in a fresh process: open the database, answer every query twice, report RSS."""
    from bench.common import peak_rss_mb
    from commands import quote
    from store.db import connect

    db = connect(path, create=False)
    for _ in range(2):
        for q in queries:
            quote.run(db, q, limit=10)
    return {"rss_mb": peak_rss_mb()}


def _same_top(got: list[tuple[int, float]], expected: list[tuple[int, float]]) -> bool:
    if len(got) != len(expected):
        return False
    if any(
        abs(a[1] - b[1]) > 1e-9 * max(1.0, abs(b[1])) for a, b in zip(got, expected, strict=True)
    ):
        return False
    want = dict(expected)
    # ids may differ only among equal scores
    return all(pid in want or any(abs(v - w) <= 1e-9 for w in want.values()) for pid, v in got)


def measure(path: Path, queries: list[str], baseline_queries: int, baseline_max: int) -> dict:
    import numpy as np

    from commands import quote
    from store import index
    from store.db import connect
    from text import tokens

    db = connect(path, create=False)
    index.clear_cache()
    n_passages = index.stats(db).n_passages
    articles, text_bytes = db.conn.execute(
        "SELECT count(*), sum(length(CAST(text AS BLOB))) FROM articles"
    ).fetchone()
    row = {
        "db": path.name,
        "passages": n_passages,
        "articles": articles,
        "db_mb": path.stat().st_size / 1e6,
        "text_mb": text_bytes / 1e6,
    }

    def timed(fn) -> list[float]:
        out = []
        for q in queries:
            start = time.perf_counter()
            fn(q)
            out.append(time.perf_counter() - start)
        return out

    cold = timed(lambda q: quote.run(db, q, limit=10))
    top = timed(lambda q: index.top(db, tokens.terms(q), 10))
    full = timed(lambda q: quote.run(db, q, limit=10))
    row.update(
        cold_p50=median(cold),
        cold_p99=percentile(cold, 99),
        top_p50=median(top),
        top_p99=percentile(top, 99),
        quote_p50=median(full),
        quote_p99=percentile(full, 99),
    )

    if n_passages <= baseline_max:
        from rank_bm25 import BM25Okapi

        corpus, ids = [], []
        for pid, title, text in db.conn.execute(
            "SELECT p.id, a.title, substr(a.text, p.start + 1, p.end - p.start) "
            "FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"
        ):
            corpus.append(tokens.terms(text) + tokens.terms(title))
            ids.append(pid)
        start = time.perf_counter()
        reference = BM25Okapi(corpus)
        row["base_build"] = time.perf_counter() - start
        ids_array = np.array(ids)
        base, agree, ours = [], 0, []
        for q in queries[:baseline_queries]:
            terms = tokens.terms(q)
            start = time.perf_counter()
            scores = reference.get_scores(terms)
            best = np.argsort(-scores, kind="stable")[:10]
            base.append(time.perf_counter() - start)
            expected = [(int(ids_array[i]), float(scores[i])) for i in best if scores[i] > 0]
            start = time.perf_counter()
            got = index.top(db, terms, 10)
            ours.append(time.perf_counter() - start)
            agree += _same_top(got, expected)
        row.update(
            base_p50=median(base),
            base_p99=percentile(base, 99),
            base_n=len(base),
            agree=agree,
            speedup=median(base) / median(ours),
        )
        del reference, corpus
    db.conn.close()

    rss = subprocess.run(
        [sys.executable, __file__, "--serve-rss", str(path), "--queries", str(len(queries))],
        capture_output=True,
        text=True,
        check=True,
    )
    row["rss_mb"] = json.loads(rss.stdout.strip().splitlines()[-1])["rss_mb"]
    return row


def _forget_passages() -> None:
    """Empty what the code remembers of the passages it has met (their text as shown, terms
    and meaning vectors; code up to 0ff711a remembers none): the warm pass asks the same
    questions again, so without this it would time passages met before."""
    from commands import quote
    from text import meaning, quotable

    for module, name in ((meaning, "_kept"), (quotable, "_shown_texts"), (quote, "_kept_terms")):
        kept = getattr(module, name, None)
        if kept is not None:
            kept.clear()


def time_quote(
    path: str,
    queries: list[str],
    plain: bool,
    lexical: bool = False,
    loaded: bool = False,
    unmet: bool = False,
) -> dict:
    """Run in a fresh process, with the code on sys.path (this tree's or a baseline's): the
    whole `quote` command over every query, first cold, then warm; seconds per query, and the
    process's CPU seconds per warm query (what a loaded, shared host inflates least). loaded:
    the model read first, as `sitrep serve` reads it at start (text.meaning.load). unmet:
    the passages met by earlier questions forgotten before each warm question (the index and
    its caches stay warm)."""
    from commands import quote
    from store.db import connect

    db = connect(path, create=False)
    if loaded:
        from text import meaning

        meaning.load()
    kwargs = {"methods": quote.PLAIN} if plain else {}
    if lexical:
        kwargs = {"methods": quote.LEXICAL}

    cpu: list[float] = []

    def timed(warm: bool) -> list[float]:
        out = []
        cpu.clear()
        for q in queries:
            if unmet and warm:
                _forget_passages()
            start, start_cpu = time.perf_counter(), time.process_time()
            quote.run(db, q, limit=10, **kwargs)
            out.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        return out

    cold = timed(False)
    warm = timed(True)
    return {"cold": cold, "warm": warm, "cpu": cpu}


def lexical_beside_previous(
    path: Path, queries: list[str], rounds: int, flags: str, start: str | None = None
) -> str:
    """p50 / p99 of the whole `quote` command: the previous code (bench/baseline.py), the code
    before these changes (START_REV) and its lexical path, the new default, its lexical path (no
    re-ranking by meaning) and the new code with every expansion off; each in its own
    process, alternating for `rounds` rounds, each keeping its fastest round (the host is
    shared). start: also the code where the change being measured started (a commit), as
    shipped and with the model loaded."""
    from bench import baseline

    tree = baseline.checkout()
    start_tree = baseline.checkout(START_REV)
    script = str(Path(__file__).resolve())
    here = ROOT
    codes = (
        ("previous (38a60cf)", tree, []),
        (f"before ({START_REV})", start_tree, []),
        (
            f"before ({START_REV}), model loaded as `serve` loads it",
            start_tree,
            ["--loaded"],
        ),
        (f"before ({START_REV}), lexical path", start_tree, ["--lexical"]),
        *(
            (
                (f"change start ({start})", baseline.checkout(start), []),
                (
                    f"change start ({start}), model loaded as `serve` loads it",
                    baseline.checkout(start),
                    ["--loaded"],
                ),
                (
                    f"change start ({start}), model loaded, each question's passages not met "
                    "before",
                    baseline.checkout(start),
                    ["--loaded", "--unmet"],
                ),
                (f"change start ({start}), lexical path", baseline.checkout(start), ["--lexical"]),
            )
            if start
            else ()
        ),
        ("new (default: lexical + meaning re-rank)", here, []),
        ("new, model loaded as `serve` loads it", here, ["--loaded"]),
        (
            "new, model loaded, each question's passages not met before",
            here,
            ["--loaded", "--unmet"],
        ),
        ("new, lexical path (`quote.LEXICAL`)", here, ["--lexical"]),
        ("new, expansions off", here, ["--plain"]),
    )
    runs: dict[str, list[dict]] = {label: [] for label, _, _ in codes}
    qfile = OUT / "quote-timing-queries.json"
    qfile.write_text(json.dumps(queries))
    for _ in range(rounds):
        for label, where, extra in codes:
            env_tree = where
            out = baseline.run(
                env_tree, script, "--time-quote", str(path), "--query-file", str(qfile), *extra
            )
            runs[label].append(json.loads(out.strip().splitlines()[-1]))
    rows = []
    for label, results in runs.items():
        best = min(results, key=lambda r: percentile(r["warm"], 99))
        rows.append((label, best))
    base = rows[0][1]
    lines = [
        "| code | `quote` p50 / p99 ms | CPU p50 / p99 ms | first run p50 / p99 ms | "
        "p99 / previous p99 |",
        "|---|---|---|---|---|",
    ]
    for label, r in rows:
        lines.append(
            f"| {label} | {ms(median(r['warm']))} / {ms(percentile(r['warm'], 99))} | "
            f"{ms(median(r['cpu']))} / {ms(percentile(r['cpu'], 99))} | "
            f"{ms(median(r['cold']))} / {ms(percentile(r['cold'], 99))} | "
            f"{percentile(r['warm'], 99) / percentile(base['warm'], 99):.2f}× |"
        )
    import sqlite3

    n = sqlite3.connect(path).execute("SELECT count(*) FROM passages").fetchone()[0]
    return (
        f"`.venv/bin/python bench/quote.py --beside-previous bench/out/{path.name} "
        f"--rounds {rounds}{flags}`: "
        f"{len(queries)} queries on {n:,} passages, each code in its own process, "
        f"the codes alternating, the fastest of {rounds} rounds kept (a shared host, load "
        f"average {os.getloadavg()[0]:.1f} at the end of the run: compare the ratios).\n\n"
        + "\n".join(lines)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dbs",
        default=",".join(
            [
                *(str(OUT / f"passages-{n}.db") for n in (10000, 100000, 1000000)),
                str(OUT / "articles-100000.db"),
            ]
        ),
    )
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--baseline-queries", type=int, default=100)
    parser.add_argument(
        "--baseline-max",
        type=int,
        default=1_100_000,
        help="largest database (passages) to run rank-bm25 on",
    )
    parser.add_argument("--serve-rss", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--beside-previous",
        metavar="DB",
        help="time the whole quote command of the previous code and of this one "
        "on DB (its own table), instead of the main table",
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --beside-previous")
    parser.add_argument(
        "--questions",
        action="store_true",
        help="with --beside-previous: also the questions of bench/quote_questions.jsonl",
    )
    parser.add_argument(
        "--start",
        metavar="REV",
        help="with --beside-previous: also the code where the change measured started",
    )
    parser.add_argument("--time-quote", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--query-file", help=argparse.SUPPRESS)
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lexical", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--loaded", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--unmet", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.time_quote:
        queries = json.loads(Path(args.query_file).read_text())
        timed = time_quote(
            args.time_quote, queries, args.plain, args.lexical, args.loaded, args.unmet
        )
        print(json.dumps(timed))
        return
    queries = make_queries(held_out_records(), args.queries)
    if args.beside_previous:
        if args.questions:
            queries += [
                json.loads(line)["question"]
                for line in (ROOT / "bench" / "quote_questions.jsonl").read_text().splitlines()
                if line.strip()
            ]
        body = lexical_beside_previous(
            Path(args.beside_previous).resolve(),
            queries,
            args.rounds,
            (" --questions" if args.questions else "")
            + (f" --start {args.start}" if args.start else ""),
            args.start,
        )
        # The 100k-passage table keeps its old name; another store gets a table of its own.
        store = Path(args.beside_previous).stem
        section = "quote-beside-previous" + ("" if store == "passages-100000" else f"-{store}")
        publish(body, section, write=not args.no_write)
        return
    if args.serve_rss:
        print(json.dumps(serve_rss(args.serve_rss, queries)))
        return

    rows = []
    for path in args.dbs.split(","):
        path = Path(path)
        if not path.exists():
            print(f"skipped {path}: build it with bench/build.py")
            continue
        rows.append(measure(path, queries, args.baseline_queries, args.baseline_max))
        print(json.dumps(rows[-1]), flush=True)
    (OUT / "quote.json").write_text(json.dumps(rows, indent=1))

    lines = [
        "| passages | articles | Sitrep top-10 p50 / p99 ms | `quote` p50 / p99 ms | "
        "`quote` first run p50 / p99 ms | rank-bm25 p50 / p99 ms | speed-up (p50) | "
        "same top-10 as rank-bm25 | RSS serving MB | DB MB | DB / article text |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        base = (
            f"{ms(r['base_p50'])} / {ms(r['base_p99'])} | {r['speedup']:,.0f}× | "
            f"{r['agree']}/{r['base_n']}"
            if "base_p50" in r
            else "not run | – | –"
        )
        lines.append(
            f"| {r['passages']:,} | {r['articles']:,} | {ms(r['top_p50'])} / {ms(r['top_p99'])} | "
            f"{ms(r['quote_p50'])} / {ms(r['quote_p99'])} | {ms(r['cold_p50'])} / "
            f"{ms(r['cold_p99'])} | {base} | {r['rss_mb']:.0f} | {r['db_mb']:,.0f} | "
            f"{r['db_mb'] / r['text_mb']:.2f}× |"
        )
    body = (
        f"Produced by `.venv/bin/python bench/quote.py --queries {args.queries} "
        f"--baseline-queries {args.baseline_queries}` ({len(queries)} queries; rank-bm25 on "
        f"the first {args.baseline_queries}; one process, one core).\n\n" + "\n".join(lines)
    )
    publish(body, "quote", write=not args.no_write)


if __name__ == "__main__":
    main()
