"""Census of the shapes the twenty-eighth dev sample (dev28) still showed, over the corpus as the
cleaner at rev leaves it, and which of them this tree's cleaner sets apart.

Usage: PYTHONPATH=. .venv/bin/python bench/dev28_misses_census.py [--rev 238d46a]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked sample
left out) is cleaned by the code at rev, the way bench/clean.py runs it; the output is kept in
bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py's cache). Shapes, each looser
than the rule that takes it:

- square: any one to four capitalised words in square brackets after a word and before a
  capital or the text's end ("... in Orsk [Anadolu] It is ..."), a picture's credit as The New
  Arab prints it (SQUARECREDIT of text/clutter.txt) or an editor's word ("[IS]", "[UN]");
- note: "in this" and a picture's word ("photograph", "photo", "picture", "image") closing a
  sentence after a comma, a caption's note in Reuters' form (", in this handout photograph.");
- timeline: an embedded TimelineJS chronology ("TimelineJS Embed");
- policy: Reuters' comment policy ("We welcome comments that advance the story") still in the
  text, the comment thread above it left;
- analyst: a line opening on a name, a role and an outside body after a comma (not the BBC's
  own), run into a box's first sentence ("<Name> Associate fellow, <Institute> So far ...") or
  alone on its line (a letters page's signature, "<Name> Director, <Charity>").

Every hit is printed, one a line: shape, id, whether this tree sets it apart (`set_apart` on the
cleaned text, the hit's last words no longer in its text), the words before it and the hit. What
each is was read in its article; the verdicts are in bench/dev28_misses_census.jsonl (every hit
but the square brackets in quotations, of which 30 read at random, seed 90).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import print_shape_counts, print_shape_hits, shape_hits  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text.clutter import set_apart  # noqa: E402

SHAPES = {
    "square": re.compile(r"[a-z0-9,] \[[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}\](?= [A-Z\"“]|\s*\Z)"),
    "note": re.compile(
        r", in this (?:[a-z]+ )?(?:photograph|photo|picture|image)\b[^.!?\n]{0,150}\.",
    ),
    "timeline": re.compile(r"TimelineJS"),
    "policy": re.compile(r"We welcome comments that advance the story"),
    "analyst": re.compile(
        r"(?m)^(?!By )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} (?:[A-Z][a-z]+ )?(?:[Ff]ellow|[Aa]nalyst"
        r"|[Pp]rofessor|[Ll]ecturer|[Rr]esearcher|[Dd]irector) ?, (?!BBC)[A-Z][^\n,]{3,60}? [A-Z]"
    ),
}


def taken(out: str, hit: str) -> bool:
    """Whether this tree's cleaner takes the hit out of the cleaned text: its words (the last
    60 characters of it, without the first character the loose pattern reads before a credit)
    are no longer there."""
    words = " ".join(hit[1:].split())[-60:]
    return words not in " ".join(set_apart(out).text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="238d46a", help="the cleaner whose output is read")
    args = parser.parse_args()
    texts = cleaned(args.rev)
    found = shape_hits(texts, SHAPES)
    print_shape_counts(found, SHAPES, texts, taken)
    print_shape_hits(found, texts, taken)


if __name__ == "__main__":
    main()
