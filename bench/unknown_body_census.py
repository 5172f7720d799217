"""The timelines the unknown-organisation rule moves (commands/timeline.py
`names_an_unknown_body`: a query written as an organisation's name, its last word an
organisation's head, that resolves to nothing or to a place it names only in part, read as a
name where its words stand together): every such name the conflict store's articles write
(bench/out/conflict-new.db), `timeline NAME --limit 10` by the code of PREVIOUS (its checkout,
bench/baseline.py) and by this tree's, each entry gone or come listed and matched to the reads
of bench/unknown_body_census.jsonl.

Usage: .venv/bin/python bench/unknown_body_census.py [--previous REV] [--list] [--sample N]

Most moves are of no name a person would ask ("Saturday the Observatory", a sentence's first
words run into a name), so the reads are a seeded sample of the moves as listed (gone, then
come: random.Random(SEED) shuffling them, the first N), its verdicts tallied.

Why: a rule is a shape that recurs; the names a user could ask are the ones the articles
write, so this counts every name of that form in the store the rule reads otherwise than
before, and each entry it moves is read (a verdict and a short reason in the reads file, keyed
by subject, date, article and the entry's first 60 characters).
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT  # noqa: E402
from bench.other_clause_census import entries, moves, print_moves, read_verdicts  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "unknown_body_census.jsonl"
PREVIOUS = "5a7551e"  # main before the rule
SEED = 85
# a capitalised word, or one of a name's lowercase particles ("al-Rahman", "of")
_WORD = r"(?:[A-Z][\w'’-]*|al-\w+|of|the|for|and)"


def written_names(db: sqlite3.Connection) -> list[str]:
    """The names written as an organisation's in the store's articles that the rule reads: two
    to five words, the first and the last capitalised, the last an organisation's head."""
    from sqlite_utils import Database

    from commands import subjects, timeline
    from extract.lexicon import lexicon

    heads = "|".join(sorted((h.capitalize() for h in lexicon().org_heads), key=len, reverse=True))
    shape = re.compile(rf"\b[A-Z][\w'’-]*(?:[ ]{_WORD}){{0,3}}[ ](?:{heads})\b")
    found: set[str] = set()
    for (text,) in db.execute("SELECT text FROM articles"):
        for m in shape.finditer(text or ""):
            words = m.group().split()
            if words[0] in ("The", "A", "An"):  # an article opening a sentence is no name's
                words = words[1:]
            if len(words) >= 2 and words[0][:1].isupper():
                found.add(" ".join(words))
    store = Database(db)
    return sorted(n for n in found if timeline.names_an_unknown_body(subjects.best(store, n), n))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--previous", default=PREVIOUS)
    parser.add_argument("--list", action="store_true", help="print every move with its read")
    parser.add_argument("--sample", type=int, default=30, help="moves in the seeded sample")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    names = written_names(db)
    before = entries(baseline.checkout(args.previous), names)
    after = entries(ROOT, names)
    reads = read_verdicts(READS)
    moved = moves(names, before, after)
    changed = [s for s in names if before[s] != after[s]]
    print(f"{len(names)} names the rule reads, {len(changed)} timelines changed")
    print_moves(moved, reads, args.list)
    rows = [(way, k) for way, listed in moved.items() for k, _ in listed]
    random.Random(SEED).shuffle(rows)
    sample = rows[: args.sample]
    tallied: dict[str, int] = {}
    for way, k in sample:
        v = f"{way} {reads.get(k, {}).get('verdict', 'unread')}"
        tallied[v] = tallied.get(v, 0) + 1
    counted = ", ".join(f"{v} {n}" for v, n in sorted(tallied.items()))
    print(f"sample of {len(sample)} (random.Random({SEED})): {counted}")


if __name__ == "__main__":
    main()
