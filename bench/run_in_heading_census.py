"""Stored sentences opening with a heading run into them (a headline or a subheading with no
stop before the sentence), over a conflict store, and which of them text.run_in_heading tells.

Usage: .venv/bin/python bench/run_in_heading_census.py [STORE] [--sample N]

STORE is bench/out/conflict-new.db unless given. Every stored sentence (text.sentences over an
article's stored text, copies left out) is matched against the broad shapes below, wider than
the rule: a run of capitalised words or words in capitals with no stop, then a sentence opener
(a capitalised word before a word in lower case, an article, a weekday, a figure, a clause's
subject, an adverb and its comma, " -- "), and the article's own headline run into its first
sentence. Each hit is printed, one a line: article, offset, broad shape, whether the rule
tells a heading there ("taken" or "-"), the sentence's first words. --sample prints N of them
at random (random.Random(84)) for reading; the verdicts of the hits read are in
bench/run_in_heading_census.jsonl. The first line gives the totals by shape.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from text.run_in_heading import heading_shapes  # noqa: E402
from text.sentences import split_sentences  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
_CAPITAL = r"[A-Z][A-Z0-9'’.\-&]*"
_TITLED = r"(?:[A-Z][\w'’-]*|of|in|on|for|and|the|to|at|a|an|over|with|from|after|as)"
BROAD = {
    "capitals": re.compile(rf"(?:{_CAPITAL}[;,:]? )+{_CAPITAL} (?=[A-Z][a-z])"),
    "titled": re.compile(rf"[A-Z][\w'’-]*(?: {_TITLED}){{0,8}} (?=(?:The|An?|On|In|At) [\w'’-]+ )"),
    "placed": re.compile(
        r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?=(?:Army|Units|An army unit|Syrian [Aa]rmy)\b)"
    ),
    "dashed": re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){1,5} -- (?=[A-Z\"“])"),
    "adverb": re.compile(
        r"[A-Z][^.!?,;:\"“”()]{8,80}?[\w'’] (?=(?:Earlier|Meanwhile|Later|Elsewhere|Separately"
        r"|However|Moreover|Previously|Today|Yesterday),)"
    ),
}


def hits(store: Path) -> list[tuple[str, int, str, bool, str]]:
    db = sqlite3.connect(store)
    rows = db.execute(
        "SELECT origin, title, title_how, text FROM articles WHERE duplicate_of IS NULL"
    ).fetchall()
    found = []
    for origin, title, how, text in rows:
        head = " ".join((title or "").split()) if how == "found" else ""
        for index, (start, end) in enumerate(split_sentences(text)):
            sentence = text[start:end]
            told = heading_shapes(sentence, head or None, opening=text[:start].strip() == "")
            taken = bool(told) and told[0][0] == 0
            shape = next((name for name, p in BROAD.items() if p.match(sentence)), None)
            if shape is None and index == 0 and head and sentence.startswith(head + " "):
                shape = "title"
            if shape is None and taken:
                shape = told[0][2]  # told by the rule, outside the broad shapes
            if shape is not None:
                found.append((origin, start, shape, taken, " ".join(sentence[:90].split())))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    found = hits(args.store)
    by_shape = Counter(shape for _, _, shape, _, _ in found)
    taken = Counter(shape for _, _, shape, told, _ in found if told)
    print(
        f"{len(found)} hits, {sum(taken.values())} taken: "
        + ", ".join(f"{s} {n} ({taken[s]} taken)" for s, n in sorted(by_shape.items()))
    )
    shown = random.Random(84).sample(found, min(args.sample, len(found))) if args.sample else found
    for origin, start, shape, told, words in sorted(shown):
        print(f"{origin}\t{start}\t{shape}\t{'taken' if told else '-'}\t{words}")


if __name__ == "__main__":
    main()
