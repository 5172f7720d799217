"""How many cleaned texts still open on a caption telling what someone says run into the lead
(text.clutter_reported_caption's shape), and still hold a place's name in capitals standing as
a dateline before a sentence (DATELINECAPS of text/clutter.txt), by source.

Usage: PYTHONPATH=. .venv/bin/python bench/reported_caption_census.py [--rev 5a7551e] [--list]
       [--seed 138] [--store bench/out/conflict-new.db]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev (bench/baseline.py), the way bench/clean.py runs
it; the output is kept in bench/out/cleaned-<rev>.jsonl and read again on the next run
(bench/stopless_caption_census.py's cache). Two shapes are asked for with this tree's code:

- `reported`: the text's first paragraph read by text.clutter_reported_caption.reported_caption
  (a speaker, "says" or "said", the words reported, then the lead's subject and verb);
- `dateline`: every place in capitals, with or without its country, that this tree's
  text.clutter takes as a dateline (a city of text/dateline_cities.txt, or a country of
  text/capitals.tsv after the place).

Prints the count of each shape by source, then every hit (--list) or 30 at random (seeded) of
a shape with more, one a line: shape, id, the hit | the first words after it. What they are is
read in their articles; the verdicts go into bench/reported_caption_census.jsonl by hand.

--store DB reads a built store instead (opened read-only): how many of its stored passages
are short (SHORT_WORDS words or fewer), how many of those end on no stop, and every passage
that is nothing but a dateline of this tree's shape or opens on one, listed.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import site  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text import clutter  # noqa: E402
from text.clutter_reported_caption import reported_caption  # noqa: E402

SAMPLE = 30  # hits read of a shape with more
SHORT_WORDS = 6  # a passage of a heading, a dateline or a byline
_STOP = re.compile(r"[.!?][\"”’')]*$")


def hits(texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(shape, id, hit, the words after it) of every hit. An output is its title, a blank line
    and its text: the text's first paragraph is the first non-empty one after the title's."""
    found = []
    for article_id, out in texts.items():
        body = out.split("\n\n", 1)[1] if "\n\n" in out else out
        paragraph = next((p for p in body.split("\n\n") if p.strip()), "")
        span = reported_caption(paragraph, body)
        if span is not None:
            start, end = span
            found.append(
                ("reported", article_id, paragraph[start:end], paragraph[end:].strip()[:50])
            )
        result = clutter.Sorted(body)
        clutter._strip_capital_datelines(body, result)
        for piece in result.clutter:
            at = body.find(piece.text)
            after = body[at + len(piece.text) :].strip()[:50]
            found.append(("dateline", article_id, piece.text, after))
    return found


def store_passages(path: str) -> None:
    """The stored passages of a store that are short, and those that are or open on a
    dateline (DATELINECAPS, as this tree's text.clutter takes it), listed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT a.origin, substr(a.text, p.start + 1, p.end - p.start) FROM passages p"
        " JOIN articles a ON a.id = p.article_id"
    ).fetchall()
    short = [(origin, text.strip()) for origin, text in rows if len(text.split()) <= SHORT_WORDS]
    stopless = [row for row in short if not _STOP.search(row[1])]
    print(
        f"passages: {len(rows)}; of {SHORT_WORDS} words or fewer: {len(short)},"
        f" {len(stopless)} of them with no stop"
    )
    alone, opening = [], []
    for origin, text in rows:
        result = clutter.Sorted(text)
        left = clutter._strip_capital_datelines(text.strip(), result)
        if result.clutter:
            (opening if left.strip() else alone).append((origin, result.clutter[0].text))
    print(f"passages that are a dateline alone: {len(alone)}; opening on one: {len(opening)}")
    for kind, found in (("alone", alone), ("opening", opening)):
        for origin, dateline in found:
            print(f"{kind}\t{origin}\t{dateline}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5a7551e", help="the cleaner whose output is read")
    parser.add_argument("--list", action="store_true", help="every hit, not a sample")
    parser.add_argument("--seed", type=int, default=138)
    parser.add_argument("--store", help="a built store whose passages are read instead")
    args = parser.parse_args()
    if args.store:
        store_passages(args.store)
        return
    found = hits(cleaned(args.rev))
    by_shape: defaultdict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for hit in found:
        by_shape[hit[0]].append(hit)
    rng = random.Random(args.seed)
    for shape in ("reported", "dateline"):
        rows = sorted(by_shape[shape])
        counts = Counter(site(row[1]) for row in rows)
        print(f"{shape}: {len(rows)} hits;", ", ".join(f"{n} {c}" for n, c in counts.most_common()))
        shown = rows if args.list or len(rows) <= SAMPLE else sorted(rng.sample(rows, SAMPLE))
        for _, article_id, text, after in shown:
            print(f"{shape}\t{article_id}\t{text} | {after}")


if __name__ == "__main__":
    main()
