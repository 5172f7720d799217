"""What the restated-lead caption step takes in main's cleaned text: a caption between a page's
headline and a lead that restates the headline's words (text/clutter_restated_caption.py), by
site, BBC pages apart.

Usage: .venv/bin/python bench/bbc_head_caption_census.py [--rev e180643] [--all]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev (bench/stopless_caption_census.cleaned, its
output kept in bench/out/cleaned-<rev>.jsonl), and the step is asked of the text's first
paragraph there, as the cleaner asks it once no other caption step found one (main's output
holds none such the steps found). BBC pages are t17's *_bbc topics and any other text whose site
(bench.clean_sample.site) names the BBC. Prints the counts by site, then every hit on BBC pages
and every other hit (without --all, a seeded sample of 60 of the BBC pages' hits), one a line:
id, headline | caption | the lead's first words. What they are is read in their articles; the
verdicts go into bench/bbc_head_caption_census.jsonl by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import site  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text.clutter_restated_caption import restated_caption  # noqa: E402


def bbc(article_id: str) -> bool:
    return "bbc" in site(article_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="e180643", help="the cleaner whose output is read")
    parser.add_argument("--all", action="store_true", help="every hit, not a sample of 60")
    args = parser.parse_args()
    pages: Counter[str] = Counter()
    taken: Counter[str] = Counter()
    bbc_hits, other_hits = [], []
    for article_id, out in sorted(cleaned(args.rev).items()):
        where = "bbc" if bbc(article_id) else site(article_id)
        pages[where] += 1
        paragraphs = out.split("\n\n")[1:]  # an output is its title, a blank line, its text
        if not paragraphs:
            continue
        cut = restated_caption(paragraphs[0], out)
        if cut is None:
            continue
        taken[where] += 1
        paragraph, (start, end) = paragraphs[0], cut
        line = (
            f"{article_id}\t{paragraph[:start].strip()} | {paragraph[start:end]}"
            f" | {' '.join(paragraph[end:].split()[:8])}"
        )
        (bbc_hits if where == "bbc" else other_hits).append(line)
    print(f"BBC pages {pages['bbc']}, taken {taken['bbc']}")
    elsewhere = [f"{n} {c} of {pages[n]}" for n, c in taken.most_common() if n != "bbc"]
    print("taken elsewhere:", ", ".join(elsewhere) or "none")
    shown = bbc_hits if args.all or len(bbc_hits) <= 60 else random.Random(1).sample(bbc_hits, 60)
    for line in sorted(shown) + sorted(other_hits):
        print(line)


if __name__ == "__main__":
    main()
