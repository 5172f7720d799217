"""Every "(R)" after a word in the corpus, by what it is, and whether the photo caption's
left/right-marker shape of text/clutter.txt takes its paragraph whole: a registered mark
after a product's or a company's name ("FloodCast (R) software", REGISTEREDMARK) is no marker.

Usage: .venv/bin/python bench/registered_mark_census.py

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) holding "(R)" (or "-LRB- R -RRB-") is repaired (text.clean.clean) and read
paragraph by paragraph. Every "(R)" after a word is printed, one a line: id, whether
REGISTEREDMARK reads it, whether this tree's marker shape takes its paragraph, and the words
around it. What each is was read in its article; the verdicts are in
bench/registered_mark_census.jsonl (a caption's marker, a politician's party, a registered
mark).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, sample  # noqa: E402
from bench.party_label_census import new_shape  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter_shapes import macro_pattern  # noqa: E402

MARK = re.compile(r"\S+ \(R\)(?: \S+)?")


def main() -> None:
    shape = new_shape()
    registered = macro_pattern("REGISTEREDMARK")
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    found = []
    for record in records:
        text = record.get("text") or ""
        if record["id"] in held or ("(R)" not in text and "-LRB- R -RRB-" not in text):
            continue
        for paragraph in clean(text).split("\n"):
            paragraph = paragraph.strip()
            taken = bool(shape.fullmatch(paragraph))
            for mark in MARK.finditer(paragraph):
                around = paragraph[max(0, mark.start() - 20) : mark.end() + 60]
                read = bool(registered.search(around))
                found.append((record["id"], read, taken, mark.group(0)))
    for article_id, read, taken, words in sorted(found):
        flags = f"{'registered' if read else '-'}\t{'taken' if taken else 'kept'}"
        print(f"{article_id}\t{flags}\t{words[:60]}")
    marks = sum(read for _, read, _, _ in found)
    taken = sum(t for _, _, t, _ in found)
    print(f"{len(found)} marks, {marks} read as registered marks, {taken} taken")


if __name__ == "__main__":
    main()
