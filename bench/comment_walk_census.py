"""Census of a wider walk up from a comment thread: the threads whose start would move if the
paragraphs right above where the walk stops that neither report nor quote (STORYVOICE, a
quotation mark) went with the thread too, up to the story's last reporting or quoting
paragraph (at most MAX_UP of them).

Usage: PYTHONPATH=. .venv/bin/python bench/comment_walk_census.py [--sample 14]

Runs this tree's cleaner over the corpus (the held-out articles of the marked sample left out)
and prints the count, how many paragraphs each walk would take, and a random sample of walks
to read (id, paragraphs, the first 40 characters of the top one). Prints only: the reading goes
into docs/QUALITY.md.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.clutter as clutter  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from text.clean import clean  # noqa: E402

MAX_UP = 6


def wider_start(text: str, begins: int) -> tuple[int, int] | None:
    """Where the thread would begin and how many paragraphs it would take more, or None."""
    position, taken = begins, 0
    while taken <= MAX_UP:
        opening, paragraph = clutter._paragraph_before(text, position)
        if opening < 2:
            return None  # the text's first paragraph: no story above
        if clutter._quoting(paragraph) or clutter._story_voice().search(paragraph):
            return (position, taken) if taken else None
        position, taken = opening, taken + 1
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=14)
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    walks: list[tuple[str, int, int | None]] = []  # text, where the walk began, closed
    original = clutter._unsigned_comments_before

    def spy(text: str, start: int, closed: int | None) -> int:
        begins = original(text, start, closed)
        walks.append((text, begins, closed))
        return begins

    clutter._unsigned_comments_before = spy  # type: ignore[assignment]
    moved: list[tuple[str, int, str]] = []
    for record in records:
        if record["id"] in held:
            continue
        walks.clear()
        clutter.set_apart(clean(record["text"]))
        if not walks or walks[0][2] is not None:
            continue  # no thread, or a closing line already ends the story
        text, begins, _ = walks[0]
        found = wider_start(text, begins)
        if found is not None:
            moved.append((record["id"], found[1], text[found[0] :][:40]))
    print(f"{len(moved)} walks would move")
    print("paragraphs taken more:", dict(sorted(Counter(n for _, n, _ in moved).items())))
    print("by source:", Counter(_source(i) for i, _, _ in moved))
    for name, taken, top in random.Random(1).sample(moved, min(args.sample, len(moved))):
        print(name, taken, " ".join(top.split()), sep="\t")


def _source(name: str) -> str:
    """A Timeline17 article's outlet ("t17/LibyaWar_reuters/35": reuters), else its collection."""
    parts = name.split("/")
    return parts[1].rsplit("_", 1)[-1] if parts[0] == "t17" else parts[0]


if __name__ == "__main__":
    main()
