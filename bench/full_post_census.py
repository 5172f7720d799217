"""The corpus texts holding "full post" in any case (the link to a whole entry a news blog prints
after an item, "FULL POST"), by source, and which hits this tree's cleaner sets apart.

Usage: .venv/bin/python bench/full_post_census.py

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) holding the words is cleaned and its clutter set apart by this tree
(text/clean.py, text/clutter.py). Every hit is printed, one a line: id, offset, whether it opens
its line, whether this tree takes it (the hit and the words after it, in the cleaned text, are
no longer found together), and the words around it. What each is was read in its article; the
verdicts of the texts whose output moves are in bench/clean_diff_verdicts.jsonl.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, sample, site  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter import set_apart  # noqa: E402

LOOSE = re.compile(r"full post", re.IGNORECASE)


def main() -> None:
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    found = []
    for record in records:
        if record["id"] in held or not LOOSE.search(record["text"]):
            continue
        text = record["text"]
        kept = " ".join(set_apart(clean(text)).text.split())
        for match in LOOSE.finditer(text):
            opens = match.start() == 0 or text[match.start() - 1] == "\n"
            after = " ".join(text[match.end() :].split()[:3])
            taken = f"{match.group()} {after}" not in kept
            around = " ".join(text[max(0, match.start() - 40) : match.end() + 50].split())
            found.append((record["id"], match.start(), opens, taken, around))
    counts = Counter(site(article_id) for article_id, *_ in found)
    print(
        f"{len(found)} hits in {len({f[0] for f in found})} texts:",
        ", ".join(f"{n} {c}" for c, n in counts.most_common()),
    )
    for article_id, start, opens, taken, around in found:
        line = "opens its line" if opens else "inside a line"
        print(f"{article_id}\t{start}\t{line}\t{'taken' if taken else 'kept'}\t{around}")
    print(f"{sum(f[3] for f in found)} of {len(found)} set apart by this tree")


if __name__ == "__main__":
    main()
