"""The cleaned texts still holding a column's or a commentary's note on whose opinions it gives
("The opinions expressed are his own.", "The opinions expressed in this commentary are solely
those of <name>."), by source, and which of them this tree's cleaner sets apart.

Usage: .venv/bin/python bench/opinion_note_census.py [--rev 03c47f1]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev, the way bench/clean.py runs it; the output is
kept in bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py's cache) and read again
on the next run. A text counts when it holds "opinions expressed" or "views expressed" followed,
within 60 characters on its line, by "own" or "solely those of" (LOOSE: wider than OPINIONNOTE of
text/clutter.txt, which wants the note to open its line or follow a sentence's end, "The" before
it, and a name closing the line). Every hit is printed, one a line: id, whether this tree sets it
apart (`set_apart` on the cleaned text, the hit's words no longer in its text), the words before
it and the hit. What each is was read in its article; the verdicts are in
bench/opinion_note_census.jsonl.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import site  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text.clutter import set_apart  # noqa: E402

LOOSE = re.compile(
    r"[^\n]{0,20}\b(?:opinions|views) expressed\b"
    r"[^\n]{0,60}?\b(?:own|solely those of)\b[^\n]{0,40}",
    re.IGNORECASE,
)


def hits(texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """(id, the words before, the hit) of every loose hit in the cleaned texts."""
    found = []
    for article_id, out in texts.items():
        for match in LOOSE.finditer(out):
            found.append((article_id, out[: match.start()][-50:], match.group()))
    return found


def taken(out: str, hit: str) -> bool:
    """Whether this tree's cleaner takes the hit's note out of the cleaned text: its words from
    "opinions" or "views" on, up to the note's stop, are no longer there."""
    start = re.search(r"(?i)(?:opinions|views) expressed", hit)
    assert start is not None
    words = hit[start.start() :].split(" -- ")[0].split(". ")[0]
    return words not in set_apart(out).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="03c47f1", help="the cleaner whose output is read")
    args = parser.parse_args()
    texts = cleaned(args.rev)
    found = hits(texts)
    counts = Counter(site(article_id) for article_id, _, _ in found)
    print(
        f"{len(found)} hits in {len({i for i, _, _ in found})} texts:",
        ", ".join(f"{n} {c}" for c, n in counts.most_common()),
    )
    set_off = 0
    for article_id, before, hit in sorted(found):
        now = taken(texts[article_id], hit)
        set_off += now
        flat = " ".join(before.split())
        print(f"{article_id}\t{'taken' if now else 'kept'}\t...{flat} | {hit}")
    print(f"{set_off} of {len(found)} set apart by this tree")


if __name__ == "__main__":
    main()
