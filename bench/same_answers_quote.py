"""Same `quote` answers before and after a change to how they are computed: the previous code
and this tree each answer the same queries on the same store, in processes of their own, and
the JSON answers (texts, scores to six decimals, order, citations, matches, explanations,
messages) must be identical; an answer that differs is also said to list other passages or
another order, or only other scores.

    python bench/same_answers_quote.py --previous 1093753 --store bench/out/passages-1000000.db

The queries are those of bench/quote.py (windows of held-out titles and first sentences) and
the analyst questions of bench/quote_questions.jsonl. Each is asked twice: as a new command-line
process asks it, and after the model is loaded as a long-lived process (`serve`) loads it
(`text.meaning.load`). Exits 1 when any answer
differs, listing the first few.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if "--child" not in sys.argv:  # the child imports the code of the tree it was started in
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def child(store: str, query_file: str, loaded: bool) -> None:
    from commands import quote
    from store.db import connect

    db = connect(store, create=False)
    if loaded:
        from text import meaning

        meaning.load()
    queries = json.loads(Path(query_file).read_text())
    answers = [quote.run(db, q, limit=10).to_json() for q in queries]
    print(json.dumps(answers))


def _order(answer: dict) -> list[int]:
    """The passages an answer shows, in its order (what a change of scores alone leaves)."""
    return [result["passage_id"] for result in answer.get("results", [])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default="1093753", help="the code to compare with")
    parser.add_argument("--store", required=True, help="a store built by bench/build.py")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--query-file", help=argparse.SUPPRESS)
    parser.add_argument("--loaded", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.store, args.query_file, args.loaded)
        return

    from bench import baseline
    from bench.common import ROOT, held_out_records
    from bench.quote import make_queries

    queries = make_queries(held_out_records(), args.queries)
    queries += [
        json.loads(line)["question"]
        for line in (ROOT / "bench" / "quote_questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    query_file = out / "same-quote-queries.json"
    query_file.write_text(json.dumps(queries))
    store = str(Path(args.store).resolve())
    script = str(Path(__file__).resolve())
    previous = baseline.checkout(args.previous)
    differing = 0
    for loaded in (False, True):
        extra = ["--loaded"] if loaded else []
        answers = []
        for tree in (previous, ROOT):
            printed = baseline.run(
                tree, script, "--child", "--store", store, "--query-file", str(query_file), *extra
            )
            answers.append(json.loads(printed.strip().splitlines()[-1]))
        before, after = answers
        differ = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
        how = "model loaded (serve)" if loaded else "as a new process asks"
        reordered = [i for i in differ if _order(before[i]) != _order(after[i])]
        print(
            f"{how}: {len(queries) - len(differ)} of {len(queries)} answers identical; "
            f"{len(reordered)} with other passages or another order"
        )
        for i in reordered[:5]:
            print(f"  reordered: {queries[i]!r}")
        for i in differ[:5]:
            print(f"  differs: {queries[i]!r}")
        differing += len(differ)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
