"""Census of the comment threads the corpus's pages open with a comment's closing stamp on a
paragraph of its own (CNN: "March 19, 2011 at 11:03 am | Report abuse |", printed under the
comment it closes) where the walk up from the thread (text.clutter._unsigned_comments_before)
took nothing: the paragraphs above the stamp, up to the story's last reporting or quoting
paragraph (STORYVOICE, a quotation mark; at most MAX_UP), that would go with the thread, split
by whether the page is a live blog (at least two entry stamps, ENTRYSTAMP in text/clutter.txt).

Usage: PYTHONPATH=. .venv/bin/python bench/closing_stamp_census.py

Runs this tree's cleaner over the corpus (the held-out articles of the marked sample left out)
and prints, for each such thread, the id, whether it is a live blog, how many paragraphs the
walk would take and the first 300 characters of them, with the end of the paragraph where it
stops. The walk counted is the one before the live-blog reading (text.clutter.
_comment_closed_on_live_blog, which takes the live blogs' moves after it), so the census reads
the same on this tree as on the code before it. Prints only: the reading goes into
docs/QUALITY.md and bench/clean_diff_verdicts.jsonl.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.clutter as clutter  # noqa: E402
from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter_defines import clutter_shape  # noqa: E402
from text.clutter_shapes import macro_pattern  # noqa: E402

MAX_UP = 8
STAMP = re.compile(
    clutter_shape("DATE") + r",? at [01]?\d:[0-5]\d ?(?:[ap]m|[AP]M) ?\| (?:Report abuse|Reply)\b"
)
ENTRY = re.compile(clutter_shape("LIVEUPDATE") + "|" + clutter_shape("LIVEBRACKET"))


def wider(text: str, begins: int) -> tuple[int | None, int]:
    """Where the walk up from begins stops at the story's voice, and how many it passed."""
    position, taken = begins, 0
    while taken <= MAX_UP:
        opening, paragraph = clutter._paragraph_before(text, position)
        if opening < 2:
            return None, taken
        if clutter._quoting(paragraph) or macro_pattern("STORYVOICE").search(paragraph):
            return position, taken
        position, taken = opening, taken + 1
    return None, taken


def main() -> None:
    records = corpus()
    held = held_out_ids(records)
    walks: list[tuple[str, int, int, int | None]] = []
    original = clutter._unsigned_comments_before

    def spy(text: str, start: int, closed: int | None) -> int:
        begins = original(text, start, closed)
        walks.append((text, start, begins, closed))
        return begins

    clutter._unsigned_comments_before = spy  # type: ignore[assignment]
    counts: Counter = Counter()
    for record in records:
        if record["id"] in held or not any(
            w in record["text"] for w in ("Report abuse", "| Reply")
        ):
            continue
        walks.clear()
        clutter.set_apart(clean(record["text"]))
        if not walks:
            continue
        text, start, begins, closed = walks[0]
        if not STAMP.match(text, start) or text[start - 2 : start] != "\n\n":
            continue
        if begins < start or closed is not None:
            counts["walked or closed"] += 1
            continue
        live = len(ENTRY.findall(text, 0, start)) >= 2
        stop, taken = wider(text, start)
        moved = stop is not None and taken > 0
        counts["live blog" if live else "other page", "moves" if moved else "stays"] += 1
        print(record["id"], "live" if live else "other", taken if moved else "-", sep="\t")
        if moved and stop is not None:
            story = clutter._paragraph_before(text, stop)[1]
            print("   story:", " ".join(story[-120:].split()))
            print("   taken:", " ".join(text[stop:start][:300].split()))
    for key, value in sorted(counts.items(), key=str):
        print(key, value)


if __name__ == "__main__":
    main()
