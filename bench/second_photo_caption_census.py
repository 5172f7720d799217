"""How many cleaned texts still hold a photo caption in the present tense as their second
paragraph, below a head of one sentence (text.clutter_photo_caption.second_photo_caption: the
Guardian's caption without its credit, set between the head and the story), by source.

Usage: .venv/bin/python bench/second_photo_caption_census.py [--rev 334e284] [--loose]
       [--sample 40] [--seed 1]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev (bench/baseline.py), as bench/clean.py runs it,
the output kept in bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py). Each
text's second paragraph is asked for the shape with this tree's code, where the first
paragraph holds no caption of its own. Prints the count by source (t17 by outlet) and every
hit, one a line: id, the caption | the story's first words. --loose asks, in place of
PHOTOVERB's closed list, any present tense in -s after the subject (a sample of --sample
hits shown): what a wider net would take. What they are is read in their articles; the
verdicts go into bench/second_photo_caption_census.jsonl by hand.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import site  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text import clutter_photo_caption  # noqa: E402
from text.clutter_photo_caption import photo_caption, second_photo_caption  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402

LOOSE_VERB = r"[a-z]{2,}[^s\W]s"  # a present tense in -s ("cleans", "floats"), not "-ss"


def loosen() -> None:
    """PHOTOCAPTION with any present tense in -s as its verb, in the cached shapes."""
    shapes = clutter_photo_caption._shapes()
    pattern = macros()["PHOTOCAPTION"].replace("(?P<verb>(?:", f"(?P<verb>(?:{LOOSE_VERB}|", 1)
    loose = (re.compile(pattern), *shapes[1:])
    clutter_photo_caption._shapes = lambda: loose  # type: ignore[method-assign]


def hits(texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """(id, caption, story after it) of every text whose second paragraph opens so. An output
    is its title, a blank line and its text."""
    found = []
    for article_id, out in texts.items():
        paragraphs = [p for p in out.split("\n\n")[1:] if p.strip()]
        if len(paragraphs) < 2:
            continue
        head, second = paragraphs[0], paragraphs[1]
        if photo_caption(head, "\n\n".join(paragraphs)) is not None:
            continue  # the first paragraph's own step takes that one
        span = second_photo_caption(head, second, "\n\n".join(paragraphs[1:]))
        if span is not None:
            after = "\n\n".join(paragraphs[1:])[span[1] :].split()
            found.append((article_id, second[: span[1]], " ".join(after[:8])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="334e284", help="the cleaner whose output is read")
    parser.add_argument("--loose", action="store_true", help="any present tense in -s")
    parser.add_argument("--sample", type=int, default=40, help="hits shown with --loose")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.loose:
        loosen()
    found = hits(cleaned(args.rev))
    by_source: defaultdict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for hit in found:
        by_source[site(hit[0])].append(hit)
    counts = Counter({name: len(rows) for name, rows in by_source.items()})
    print(f"{len(found)} texts:", ", ".join(f"{n} {c}" for n, c in counts.most_common()))
    shown = found
    if args.loose and len(found) > args.sample:
        shown = random.Random(args.seed).sample(found, args.sample)
    for article_id, caption, story in sorted(shown):
        print(f"{article_id}\t{caption[:110]} | {story}")


if __name__ == "__main__":
    main()
