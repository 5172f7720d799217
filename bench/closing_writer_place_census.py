"""The cleaned texts still closing on a line of some capitalised words, "in" and a place ("Ewen
MacAskill in Washington", "Associated Press in Moscow", "Only in America."), by source, and which
of them this tree's cleaner sets apart.

Usage: .venv/bin/python bench/closing_writer_place_census.py [--rev 673d55c]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev, the way bench/clean.py runs it; the output is
kept in bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py's cache) and read again
on the next run. A text counts when its last paragraph, after a paragraph before it, is one to
four capitalised words, "in" and one to four capitalised words, a stop or none (LOOSE: wider
than the [end byline] shape of text/clutter.txt it measures). Every hit is printed, one a line:
id, whether this tree sets the line apart (`set_apart` on the paragraph before it and the line),
the paragraph before it (its last words) and the line. What each is was read in its article;
the verdicts are in bench/closing_writer_place_census.jsonl.
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

LOOSE = re.compile(r"(?:[A-Z][\w.'’-]+ ){1,4}[Ii]n [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\.?")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def hits(texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """(id, the paragraph before, the closing line) of every text closing on the loose shape."""
    found = []
    for article_id, out in texts.items():
        paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(out) if p.strip()]
        if len(paragraphs) >= 2 and LOOSE.fullmatch(paragraphs[-1]):
            found.append((article_id, paragraphs[-2], paragraphs[-1]))
    return found


def taken(before: str, line: str) -> bool:
    """Whether this tree's cleaner sets the closing line apart after the paragraph before it."""
    return set_apart(f"{before}\n\n{line}").text.rstrip() == before.rstrip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="673d55c", help="the cleaner whose output is read")
    args = parser.parse_args()
    found = hits(cleaned(args.rev))
    counts = Counter(site(article_id) for article_id, _, _ in found)
    print(f"{len(found)} texts:", ", ".join(f"{n} {c}" for n, c in counts.most_common()))
    set_off = 0
    for article_id, before, line in sorted(found):
        now = taken(before, line)
        set_off += now
        print(f"{article_id}\t{'taken' if now else 'kept'}\t...{before[-50:]} | {line}")
    print(f"{set_off} of {len(found)} set apart by this tree")


if __name__ == "__main__":
    main()
