"""How many cleaned texts still open on a caption that ends on words quoted in single marks, run
into the lead at the page's head (the two [lead caption] shapes of text/clutter.txt built on
QUOTEDLEAD and QUOTEDBOXLEAD), by source, beside the wider shape they are cut from.

Usage: .venv/bin/python bench/quoted_head_caption_census.py [--rev 334e284] [--wide]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev, as bench/stopless_caption_census.py does (its
output kept in bench/out/cleaned-<rev>.jsonl). The wider shape: in the first sentence of the
text's first paragraph, a quotation in single marks closed before a capitalised word and a
lower-case one (a headline's quotation, a caption's, a speaker's box). The shapes are asked of
the text's first two paragraphs, within their first LEAD_CHARS characters, as the cleaner asks
them. Prints the counts by source (t17's BBC pages apart), then every hit of the shapes (with
--wide, every text of the wider shape), one a line: id, the words before the cut | after it.
What they are is read in their articles; the verdicts go into
bench/quoted_head_caption_census.jsonl by hand.
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
from text.clutter import LEAD_CHARS, LEAD_PARAGRAPHS  # noqa: E402
from text.clutter_shapes import of_kind  # noqa: E402

# the wider shape: a quotation in single marks closed before a capitalised and a lower-case word
WIDE = re.compile(r"(?<=[\s(])['‘][A-Za-z][^'‘’\n.!?]{0,80}?[a-z0-9]['’](?= [A-Z][\w-]* [a-z])")
STOP = re.compile(r"[.!?][\"”’']?(?=\s|$)")


def wide(paragraph: str) -> re.Match[str] | None:
    stop = STOP.search(paragraph, 0, 700)
    return WIDE.search(paragraph, 0, stop.start() if stop else 700)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="334e284", help="the cleaner whose output is read")
    parser.add_argument("--wide", action="store_true", help="list the wider shape's texts too")
    args = parser.parse_args()
    shapes = [s for s in of_kind("lead") if "QUOTEDLEAD" in s.source or "QUOTEDBOXLEAD" in s.source]
    taken: Counter[str] = Counter()
    widened: Counter[str] = Counter()
    hits, wides = [], []
    for article_id, out in cleaned(args.rev).items():
        paragraphs = out.split("\n\n")[1:]  # an output is its title, a blank line, its text
        if paragraphs and (found := wide(paragraphs[0])):
            widened[site(article_id)] += 1
            wides.append((article_id, paragraphs[0], found))
        for index, paragraph in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
            for shape in shapes:
                if not any(need in out for need in shape.needs):
                    continue
                match = shape.pattern.search(paragraph, 0, LEAD_CHARS)
                if match:
                    taken[site(article_id)] += 1
                    hits.append((article_id, index, paragraph, match))
    print("wider shape, texts by source:", ", ".join(f"{n} {c}" for n, c in widened.most_common()))
    print("taken by the shapes, by source:", ", ".join(f"{n} {c}" for n, c in taken.most_common()))
    for article_id, index, paragraph, match in sorted(hits, key=lambda h: h[0]):
        before = paragraph[: match.start()][-40:]
        print(f"{article_id}\t{index}\t{before} [{match.group()}] {paragraph[match.end() :][:50]}")
    if args.wide:
        print("-- the wider shape")
        for article_id, paragraph, found in sorted(wides, key=lambda w: w[0]):
            head, rest = paragraph[: found.end()][-90:], paragraph[found.end() :][:40]
            print(f"{article_id}\t{head} | {rest}")


if __name__ == "__main__":
    main()
