"""The paragraphs the photo caption's left/right-marker shape of text/clutter.txt takes whole
(a name, then "(L)", "(R)", "(C)" and the like), by source, and which of them this tree's shape
still takes: an American politician's party after the name ("Gov. Kel Varga (R) said ...") is
no marker.

Usage: .venv/bin/python bench/party_label_census.py

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is repaired (text.clean.clean) and read paragraph by paragraph. A paragraph
counts when OLD, the shape as pipeline version 121 had it, matches it whole (the texts without
a marker in brackets are skipped). Every hit is printed, one a line: id, whether the shape
this tree loads (`[paragraph caption]` of text/clutter.txt, the one with the markers) still
takes it, and its first words. What each is was read in its article; the verdicts are in
bench/party_label_census.jsonl.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, sample, site  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter_shapes import shapes  # noqa: E402

MARKERS = "L|R|C|2nd L|2nd R|top|bottom|left|right|centre|center|front|back"
OLD = re.compile(rf"(?!.*: ).{{0,300}}(?<=[\w.'’] )\((?:{MARKERS})\).{{0,300}}")
ANY_MARKER = re.compile(r"-LRB- (?:R|L|C|2nd [LR]|left|right|centre|center) -RRB-|\((?:R|L|C)\)")


def new_shape() -> re.Pattern[str]:
    """The marker shape of the caption paragraphs this tree loads."""
    for shape in shapes():
        if shape.kind == "paragraph" and shape.label == "caption" and "2nd L|2nd R" in shape.source:
            return re.compile(shape.expanded, shape.flags)
    raise SystemExit("the marker shape is not in text/clutter.txt")


def main() -> None:
    new = new_shape()
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    found = []
    for record in records:
        text = record.get("text") or ""
        if record["id"] in held or not ANY_MARKER.search(text):
            continue
        for paragraph in clean(text).split("\n"):
            paragraph = paragraph.strip()
            if OLD.fullmatch(paragraph):
                found.append((record["id"], bool(new.fullmatch(paragraph)), paragraph))
    counts = Counter(site(article_id) for article_id, _, _ in found)
    print(f"{len(found)} paragraphs:", ", ".join(f"{n} {c}" for n, c in counts.most_common()))
    for article_id, taken, paragraph in sorted(found):
        print(f"{article_id}\t{'taken' if taken else 'kept'}\t{paragraph[:100]}")
    print(f"{sum(taken for _, taken, _ in found)} of {len(found)} still taken by this tree")


if __name__ == "__main__":
    main()
