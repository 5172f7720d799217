"""Term associations learned from the store (commands/quote_associations.py) on and off, on every
question set in one run on the same store (docs/QUALITY.md, "Term associations learned from
the store").

Usage: .venv/bin/python bench/quote_associations.py [--unjudged FILE]
       .venv/bin/python bench/quote_associations.py --cost DB

With --cost DB (a copy: the table is written into it), the cost instead: the table learned from
DB's passages (wall and CPU seconds, the process's peak RSS), then the lexical path with
associations off and on over bench/out/quote-timing-queries.json (bench/quote.py's queries and
the questions), the two alternating query by query in one process, warm, the fastest of two
rounds of each query kept: p50 / p99 in ms.

Uses the store, the questions and the verdicts of bench/quote_quality.py (run that first); the
association table is learned on that store first, as `sitrep reindex` does, and how long that
took is printed. Off is this tree's code with `associations=False`, which is main's before the
change. "ranking only" searches a typed word's associates at an alternative's lowest weight and
counts them for none of the question's coverage (the code's way); "covering" lets an associate
cover the word it was found for, as a synonym does; "every typed word" gives associates to
the words another way bridges too; "ranked by PMI" learns the table again with a term's
associates ranked by pointwise mutual information rather than G². Scores as in
bench/quote_quality.py: the dev splits with the saved verdicts, the held-out splits by the
substring alone (totals only); "gained / lost" are against the same path with associations off
(held-out splits counted). The dev questions with no answer that each row answers with a
passage are counted under the table. With --unjudged FILE, the dev splits' top-three passages
without a verdict are written to FILE for a reader to judge.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402


def _every_word(associated: Callable[..., list]) -> Callable[..., list]:
    """quote_associations.associated for every typed word, bridged by another way or not."""

    def every(db: object, unquoted: str, asked: list[str], found: list) -> list:
        return associated(db, unquoted, asked, [])

    return every


def cost(db_path: str) -> None:
    import json
    import resource

    from bench.common import ROOT, median, percentile
    from commands import quote
    from commands import quote_associations as associations
    from store.db import connect

    db = connect(db_path, create=False)
    wall, cpu = time.perf_counter(), time.process_time()
    written = associations.rebuild(db)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"learned {written:,} associations: {wall:.1f} s wall, {cpu:.1f} s CPU, {peak:.0f} MB")
    timing = ROOT / "bench" / "out" / "quote-timing-queries.json"
    queries = json.loads(timing.read_text(encoding="utf-8"))
    paths = {"off": quote.LEXICAL, "on": replace(quote.LEXICAL, associations=True)}
    for methods in paths.values():  # warm: caches and files read once
        for q in queries:
            quote.run(db, q, methods=methods)
    best: dict[str, list[float]] = {name: [] for name in paths}
    for q in queries:
        for name, methods in paths.items():
            times = []
            for _ in range(2):
                started = time.perf_counter()
                quote.run(db, q, methods=methods)
                times.append((time.perf_counter() - started) * 1000)
            best[name].append(min(times))
    for name, times in best.items():
        print(
            f"lexical, associations {name}: p50 {median(times):.2f} ms, "
            f"p99 {percentile(times, 99):.2f} ms ({len(times)} queries)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--cost", metavar="DB", help="time learning and searching on DB instead")
    args = parser.parse_args()
    if args.cost:
        cost(args.cost)
        return

    from bench.common import ROOT
    from commands import quote_associations as associations
    from commands import quote_plan
    from commands.quote import LEXICAL, Methods
    from store.db import connect

    db_path = str(ROOT / "bench" / "out" / "quote-quality.db")
    db = connect(db_path, create=False)
    started = time.perf_counter()
    written = associations.rebuild(db)
    print(f"learned {written:,} associations in {time.perf_counter() - started:.1f} s")
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    # label: (methods, the row it is compared with, covering, every typed word, PMI-ranked)
    rows: dict[str, tuple[object, str, bool, bool, bool]] = {}
    for path, methods in (("lexical", LEXICAL), ("default", Methods())):
        base = f"{path}, associations off (main)"
        rows[base] = (replace(methods, associations=False), base, False, False, False)
        on = replace(methods, associations=True)
        rows[f"{path}, associations, ranking only (this tree)"] = (on, base, False, False, False)
        rows[f"{path}, associations, covering"] = (on, base, True, False, False)
        rows[f"{path}, associations of every typed word"] = (on, base, False, True, False)
        rows[f"{path}, associations ranked by PMI"] = (on, base, False, False, True)
    own = quote_plan.NOT_COVERING, associations.associated
    runs = {}
    for pmi in (False, True):
        if pmi:
            associations.rebuild(db, rank=associations.pmi)
        for label, (methods, _, covering, every, ranked) in rows.items():
            if ranked != pmi:
                continue
            quote_plan.NOT_COVERING = ("feedback",) if covering else own[0]
            associations.associated = _every_word(own[1]) if every else own[1]
            runs[label] = qq.answers(db_path, methods)
    quote_plan.NOT_COVERING, associations.associated = own
    associations.rebuild(db)
    runs = {label: runs[label] for label in rows}
    print(qq.variant_table(questions, runs, {label: rows[label][1] for label in runs}, verdicts))
    none = [i for i, q in enumerate(questions) if q["split"].startswith("dev") and not q["answer"]]
    print(f"\nunanswerable dev questions ({len(none)}) answered with a passage:")
    for label, results in runs.items():
        print(f"- {label}: {sum(1 for i in none if results[i])}")
    if args.unjudged:
        dev = [q for q in questions if q["split"].startswith("dev")]
        qq.write_unjudged(Path(args.unjudged), dev, runs, verdicts)


if __name__ == "__main__":
    main()
