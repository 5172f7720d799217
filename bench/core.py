"""Ingest throughput and quote latency at 10k and 100k passages, next to rank-bm25.

Usage: .venv/bin/python bench/core.py [--sizes 10000,100000] [--queries 200]

Articles come from ../shared/eval/news-corpus.jsonl in file order and go through the full
ingest pipeline into a fresh SQLite file. Queries are 2-6 word windows of held-out articles'
titles or first sentences. For each size, the same queries run against Sitrep's index and
against rank-bm25's BM25Okapi built from the very same passage terms, in the same process;
top-10 lists are compared. The table goes into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, ROOT, median, ms, news_records, peak_rss_mb, percentile, require, write_section  # noqa: E402


def make_queries(records: list[dict], n: int, rng: random.Random) -> list[str]:
    from text.sentences import split_sentences

    queries = []
    for record in records:
        source = record["title"]
        if not source:
            spans = split_sentences(record["text"])
            source = record["text"][spans[0][0]:spans[0][1]] if spans else ""
        words = [w.strip(".,;:'\"()[]") for w in source.split()]
        words = [w for w in words if w and w.isascii() and not w.startswith("-")]
        if len(words) < 2:
            continue
        size = rng.randint(2, min(6, len(words)))
        start = rng.randint(0, len(words) - size)
        queries.append(" ".join(words[start:start + size]))
        if len(queries) == n:
            break
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--baseline-queries", type=int, default=100,
                        help="queries for rank-bm25 (it is slow)")
    args = parser.parse_args()
    require(NEWS)

    import numpy as np
    from rank_bm25 import BM25Okapi

    from commands import ingest, quote
    from store import index
    from store.db import connect
    from text import tokens

    sizes = [int(s) for s in args.sizes.split(",")]
    rng = random.Random(7)
    records = list(news_records())
    held_out = records[-2000:]
    pool = records[:-2000]
    queries = make_queries(held_out, args.queries, rng)
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    db = connect(tmp / "bench.db")

    rows = []
    position = 0
    ingest_seconds = 0.0
    ingested_articles = 0
    for size in sizes:
        while index.stats(db).n_passages < size and position < len(pool):
            batch = pool[position:position + 200]
            position += len(batch)
            lines = [json.dumps(r) for r in batch]
            start = time.perf_counter()
            result = ingest.ingest_jsonl(db, lines, "bench")
            ingest_seconds += time.perf_counter() - start
            ingested_articles += len(result.articles)
        n_passages = index.stats(db).n_passages
        print(f"{n_passages:,} passages from {ingested_articles:,} articles", flush=True)

        # Sitrep: BM25 top-10 alone, and the whole quote command (rows, filters, citations).
        index.top(db, tokens.terms(queries[0]), 10)  # warm the caches
        ours, full = [], []
        for q in queries:
            start = time.perf_counter()
            index.top(db, tokens.terms(q), 10)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            quote.run(db, q, limit=10)
            full.append(time.perf_counter() - start)

        # rank-bm25 over the same passage terms.
        corpus, ids = [], []
        for pid, article_id, s, e, title, text in db.conn.execute(
                "SELECT p.id, p.article_id, p.start, p.end, a.title, substr(a.text, p.start + 1, "
                "p.end - p.start) FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"):
            corpus.append(tokens.terms(text) + tokens.terms(title))
            ids.append(pid)
        start = time.perf_counter()
        reference = BM25Okapi(corpus)
        build = time.perf_counter() - start
        ids_array = np.array(ids)
        baseline, agree = [], 0
        for q in queries[: args.baseline_queries]:
            terms = tokens.terms(q)
            start = time.perf_counter()
            scores = reference.get_scores(terms)
            top = np.argsort(-scores, kind="stable")[:10]
            baseline.append(time.perf_counter() - start)
            expected = {int(ids_array[i]): scores[i] for i in top if scores[i] > 0}
            got = dict(index.top(db, terms, 10))
            same = set(expected) == set(got) or all(
                abs(got.get(pid, expected[pid]) - expected[pid]) < 1e-9 for pid in expected)
            agree += same
        rows.append({
            "passages": n_passages, "articles": ingested_articles,
            "ingest_rate": ingested_articles / ingest_seconds,
            "ours_p50": median(ours), "ours_p99": percentile(ours, 99),
            "quote_p50": median(full), "quote_p99": percentile(full, 99),
            "base_p50": median(baseline), "base_p99": percentile(baseline, 99),
            "base_build": build, "agree": agree / len(baseline),
            "speedup": median(baseline) / median(ours),
            "db_mb": (tmp / "bench.db").stat().st_size / 1e6,
            "rss": peak_rss_mb(),
        })
        del reference, corpus

    header = ("| passages | articles | ingest articles/s (cumulative) | Sitrep BM25 top-10 p50 / p99 ms | "
              "`quote` command p50 / p99 ms | rank-bm25 get_scores p50 / p99 ms | rank-bm25 build s | "
              "speed-up (p50) | same top-10 as rank-bm25 | DB MB | peak RSS MB |\n"
              "|---|---|---|---|---|---|---|---|---|---|---|")
    lines = [header]
    for r in rows:
        lines.append(
            f"| {r['passages']:,} | {r['articles']:,} | {r['ingest_rate']:.1f} | "
            f"{ms(r['ours_p50'])} / {ms(r['ours_p99'])} | {ms(r['quote_p50'])} / {ms(r['quote_p99'])} | "
            f"{ms(r['base_p50'])} / {ms(r['base_p99'])} | {r['base_build']:.1f} | "
            f"{r['speedup']:.0f}× | {r['agree']:.0%} | {r['db_mb']:.0f} | {r['rss']:.0f} |")
    body = (f"Produced by `.venv/bin/python bench/core.py --sizes {args.sizes} --queries "
            f"{args.queries}` ({len(queries)} queries, {min(args.baseline_queries, len(queries))} "
            f"for rank-bm25; one process, one core, warm).\n\n" + "\n".join(lines))
    print(body)
    write_section(ROOT / "docs" / "PERFORMANCE.md", "core", body)


if __name__ == "__main__":
    main()
