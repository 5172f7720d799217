"""How many paragraphs further down a cleaned text still open on a caption with no stop run into
a sentence whose first word opens sentences (text.clutter_stopless_caption's shape), by source.

Usage: .venv/bin/python bench/stopless_caption_census.py [--rev 36fca28] [--list] [--seed 1]
       [--opener PATTERN]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev (bench/baseline.py), the way bench/clean.py runs
it; the output is kept in bench/out/cleaned-<rev>.jsonl and read again on the next run. In each
paragraph after the text's first (a headline or a standfirst may run into the first), the
shape is asked for with this tree's text.clutter_stopless_caption.stopless_caption. Prints the
count by source (t17's BBC pages apart), then every hit (--list) or a sample of each source's,
one a line: id, paragraph, the caption's last words | the lead's first ones. What they are is
read in their articles; the verdicts go into bench/stopless_caption_census.jsonl by hand.
--opener counts the shape with another opener than STOPLESSOPENER (a quotation's mark before a
capital: --opener '(?:["“][A-Z])'), to weigh a word or a mark before it is written in.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, sample, site  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text import clutter_stopless_caption  # noqa: E402
from text.clutter_stopless_caption import stopless_caption  # noqa: E402

SAMPLE = 15  # hits shown a source without --list


def cleaned(rev: str) -> dict[str, str]:
    """The cleaned output of every corpus article but the held-out ones, by id, at rev."""
    cache = ROOT / "bench" / "out" / f"cleaned-{rev}.jsonl"
    if cache.exists():
        with cache.open() as lines:
            return {row["id"]: row["out"] for row in map(json.loads, lines)}
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    rows = [{"id": r["id"], "text": r["text"]} for r in records if r["id"] not in held]
    out = run_method(baseline.checkout(rev), "rules", rows)
    with cache.open("w") as lines:
        for row in rows:
            lines.write(json.dumps({"id": row["id"], "out": out[row["id"]]["out"]}) + "\n")
    return {row["id"]: out[row["id"]]["out"] for row in rows}


def hits(texts: dict[str, str]) -> list[tuple[str, int, str, str]]:
    """(id, paragraph index, caption, lead) of every paragraph after the first that opens so.
    An output is its title, a blank line and its text: index 1 is the text's first."""
    found = []
    for article_id, out in texts.items():
        for index, paragraph in enumerate(out.split("\n\n")):
            if index < 2:
                continue
            end = stopless_caption(paragraph)
            if end is not None:
                found.append((article_id, index, paragraph[:end], paragraph[end:].strip()))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="36fca28", help="the cleaner whose output is read")
    parser.add_argument("--list", action="store_true", help="every hit, not a sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--opener", help="a pattern counted in place of STOPLESSOPENER")
    args = parser.parse_args()
    if args.opener:
        defined = clutter_stopless_caption._defined()  # the cached patterns, changed in place
        defined["opener"] = re.compile(args.opener)
    found = hits(cleaned(args.rev))
    by_source: defaultdict[str, list[tuple[str, int, str, str]]] = defaultdict(list)
    for hit in found:
        by_source[site(hit[0])].append(hit)
    counts = Counter({name: len(rows) for name, rows in by_source.items()})
    print("paragraphs by source:", ", ".join(f"{n} {c}" for n, c in counts.most_common()))
    rng = random.Random(args.seed)
    for name, _ in counts.most_common():
        rows = by_source[name]
        shown = rows if args.list else rng.sample(rows, min(SAMPLE, len(rows)))
        for article_id, index, caption, lead in sorted(shown):
            print(f"{article_id}\t{index}\t{caption[-70:]} | {lead[:50]}")


if __name__ == "__main__":
    main()
