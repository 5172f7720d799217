"""Census of two shapes over the corpus, as this tree's cleaner leaves them: a closing paragraph
that calls on the reader as a site promotes its own coverage ("Get constant updates from our
...", "Sign up for ...", "Follow us ...", "Click here ..."), and a broadcast transcript's air
stamp ("Aired July 29, 2031 - 08:00:00 ET").

Usage: PYTHONPATH=. .venv/bin/python bench/closing_promotion_census.py [--all]

Runs the cleaner over the corpus (the held-out articles of the marked sample left out). For the
closing calls: every text whose kept text ends on a paragraph opening with one of CALLS (an
imperative a site's promotion opens with), by its first word, with the id, the paragraph's
first 70 characters and the paragraph before it (its first 50), to read; --all lists them all,
else the first 40; and how many texts print Fox News's closing promotion (FOX_PROMOTION) and
how many the cleaned text still holds it in. For the air stamps: the texts whose own text
prints one, how many the cleaned text still holds and with what publication date read. Prints
only: the reading goes into docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.clutter as clutter  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from text.clean import clean  # noqa: E402

# Imperatives a promotion opens with, and the word that may follow one ("Sign up", "Follow us")
CALLS = re.compile(
    r"(?:Get|Click|Tap|Follow|Sign up|Subscribe|Join|Like us|Download|Visit|Stay|Keep up|"
    r"Check out|Tune in|Watch|Read|Listen|Find|See|Share|Send|Email|Register|Don't miss)\b"
)
FOX_PROMOTION = "covers the action from all the angles"
AIRED = re.compile(r"\bAired [A-Z][a-z]+\.? [0-3]?\d ?, ?(?:19|20)\d\d ?- ?[0-2]?\d:[0-5]\d")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    calls: list[tuple[str, str, str, str]] = []  # id, first word, last paragraph, one before
    aired = left = fox = fox_left = 0
    dates: Counter[str | None] = Counter()
    for record in records:
        if record["id"] in held:
            continue
        printed = AIRED.search(record["text"]) is not None
        promoted = FOX_PROMOTION in record["text"]
        if not printed and not CALLS.search(record["text"]):
            continue
        kept = clutter.set_apart(clean(record["text"]))
        paragraphs = kept.text.rstrip().split("\n\n")
        found = CALLS.match(paragraphs[-1])
        if found and len(paragraphs) > 1:
            calls.append((record["id"], found.group(), paragraphs[-1], paragraphs[-2]))
        if promoted:
            fox += 1
            fox_left += FOX_PROMOTION in kept.text
        if printed:
            aired += 1
            left += AIRED.search(kept.text) is not None
            dates[kept.date] += 1
    print(f"{len(calls)} texts end on a paragraph opening with a call")
    print("by first word:", dict(Counter(word for _, word, _, _ in calls).most_common()))
    for name, _, last, before in calls if args.all else calls[:40]:
        print(name, " ".join(last.split())[:70], "| before:", " ".join(before.split())[:50])
    print(f"Fox News's closing promotion: {fox} texts print it, {fox_left} still hold it")
    print(f"air stamps: {aired} texts print one, {left} still hold it after cleaning")
    print("publication dates read from them:", dict(dates))


if __name__ == "__main__":
    main()
