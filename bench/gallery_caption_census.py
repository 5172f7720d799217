"""Census of a gallery's captions set apart whole: every credit that takes the paragraph before
it as its caption (text/clutter.py `_credited_caption`) where that paragraph is led by its
picture's day and a colon (GALLERYLEAD in text/clutter.txt), or where the credit is run into the
next caption's day (the `[start credit]` shape before GALLERYLEAD).

Usage: PYTHONPATH=. .venv/bin/python bench/gallery_caption_census.py [--sample 30]

Runs this tree's cleaner over the corpus (the held-out articles of the marked sample left out)
and prints the counts by source and a random sample to read (id, the credited paragraph's first
60 characters, the credit's paragraph's first 40). Prints only: the reading goes into
docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.clutter as clutter  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args()
    lead = re.compile(macros()["GALLERYLEAD"])
    run_in = re.compile(f"{macros()['GALLERYCREDIT']} (?={macros()['GALLERYLEAD']})")
    records = corpus()
    held = held_out_ids(records)
    seen: list[tuple[str, str]] = []  # (credited paragraph, the credit's paragraph)
    original = clutter._credited_caption

    def spy(paragraphs: list[str], index: int, result: clutter.Sorted) -> None:
        previous = paragraphs[index - 1] if index else ""
        if previous and (lead.match(previous) or run_in.match(paragraphs[index])):
            seen.append((previous, paragraphs[index]))
        original(paragraphs, index, result)

    clutter._credited_caption = spy  # type: ignore[assignment]
    found: list[tuple[str, bool, bool, str, str]] = []
    for record in records:
        if record["id"] in held:
            continue
        seen.clear()
        clutter.set_apart(clean(record["text"]))
        for previous, credit in seen:
            led, ran = bool(lead.match(previous)), bool(run_in.match(credit))
            found.append((record["id"], led, ran, previous[:60], credit[:40]))
    texts = {i for i, *_ in found}
    print(f"{len(found)} credited paragraphs in {len(texts)} texts")
    print("led by a day, credit run into the next day:", Counter((f[1], f[2]) for f in found))
    print("by source:", Counter(_source(i) for i in texts))
    for name, led, ran, previous, credit in random.Random(1).sample(
        found, min(args.sample, len(found))
    ):
        print(name, "led" if led else "-", "run-in" if ran else "-", previous, credit, sep="\t")


def _source(name: str) -> str:
    """A Timeline17 article's outlet ("t17/LibyaWar_reuters/35": reuters), else its collection."""
    parts = name.split("/")
    return parts[1].rsplit("_", 1)[-1] if parts[0] == "t17" and len(parts) > 2 else parts[0]


if __name__ == "__main__":
    main()
