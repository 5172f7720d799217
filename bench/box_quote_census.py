"""Census of the paragraphs right above a paragraph opening on "End Quote" (a BBC pull-quote box's
template word before its speaker), and which of them an earlier cleaner and this tree keep.

Usage: PYTHONPATH=. .venv/bin/python bench/box_quote_census.py [--rev 5df30c5]

Each corpus article (../shared/eval/news-corpus.jsonl) holding "End Quote", the held-out articles
of the marked sample left out, is cleaned (text.clean) and read paragraph by paragraph; every
paragraph followed by one that opens on "End Quote" is a hit. Each is printed, one a line: id,
whether it has the shape of a box's quotation (BOXQUOTEPARAGRAPH of text/clutter.txt: one
quotation closed by its mark after a stop, no mark inside), whether rev's stored output and this
tree's keep it (its words found in the output, as bench/clean.py runs the cleaner), and its last
words. What each is was read in its article: the verdicts are in bench/box_quote_census.jsonl.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean import cleaned_at_both  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter_defines import box_quote_words  # noqa: E402
from text.clutter_shapes import macro_pattern  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5df30c5", help="the earlier cleaner")
    args = parser.parse_args()
    rows, before, after = cleaned_at_both(args.rev, box_quote_words())
    quotation = macro_pattern("BOXQUOTEPARAGRAPH")
    hits = shaped = 0
    for row in rows:
        paragraphs = [p.strip() for p in clean(row["text"]).split("\n") if p.strip()]
        old, new = (" ".join(o[row["id"]]["out"].split()) for o in (before, after))
        for paragraph, below in zip(paragraphs, paragraphs[1:], strict=False):
            if not below.startswith(box_quote_words() + " "):
                continue
            hits += 1
            shape = quotation.fullmatch(paragraph) is not None
            shaped += shape
            words = " ".join(paragraph.split())[-60:]
            state = "/".join("kept" if words in out else "gone" for out in (old, new))
            print(f"{row['id']}\t{'box' if shape else 'other'}\t{state}\t...{words}")
    print(f"{hits} paragraphs above 'End Quote' in {len(rows)} texts, {shaped} of the box's shape")


if __name__ == "__main__":
    main()
