"""The cleaned texts still holding a press release's furniture as a news site carried it: the
site's note that the release's content is not its own ("* Reuters is not responsible for the
content in this press release.") and the release's source line ("SOURCE Orsk Diagnostics,
Inc."), by source, and which of them this tree's cleaner sets apart.

Usage: .venv/bin/python bench/press_release_census.py [--rev 94d4af4]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev, the way bench/clean.py runs it; the output is
kept in bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py's cache) and read again
on the next run. A text counts when it holds a word and "is not responsible for the content" or
the word SOURCE in capitals before a capitalised word anywhere (LOOSE: wider than the two shapes of
text/clutter.txt it measures, which want the note after a line start or a space and the source
line at a line start, after a stop or after a web address). Every hit is printed, one a line:
id, the shape, whether this tree sets it apart (`set_apart` on the cleaned text, the hit's
words no longer in its text), the words before it and the hit. What each is was read in its
article; the verdicts are in bench/press_release_census.jsonl.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import site  # noqa: E402
from bench.common import shape_hits  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text.clutter import set_apart  # noqa: E402

LOOSE = {
    "note": re.compile(r"(?:\* )?\S+ is not responsible for the content[^\n]{0,40}"),
    "source": re.compile(r"\bSOURCE [A-Z][^\n]{0,60}"),
}


def taken(out: str, hit: str) -> bool:
    """Whether this tree's cleaner takes the hit's first words out of the cleaned text."""
    return hit[:40] not in set_apart(out).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="94d4af4", help="the cleaner whose output is read")
    args = parser.parse_args()
    texts = cleaned(args.rev)
    # (id, shape, the words before, the hit): the hits are listed by id
    found = [(i, shape, before, hit) for shape, i, before, hit in shape_hits(texts, LOOSE)]
    counts = Counter(site(article_id) for article_id, _, _, _ in found)
    print(f"{len(found)} hits:", ", ".join(f"{n} {c}" for n, c in counts.most_common()))
    set_off = 0
    for article_id, shape, before, hit in sorted(found):
        now = taken(texts[article_id], hit)
        set_off += now
        flat = " ".join(before.split())
        print(f"{article_id}\t{shape}\t{'taken' if now else 'kept'}\t...{flat} | {hit}")
    print(f"{set_off} of {len(found)} set apart by this tree")


if __name__ == "__main__":
    main()
