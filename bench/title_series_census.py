"""The corpus paragraphs holding a series' label of several words with a pronoun in it
(TITLESERIES of text/clutter.txt: CNN's "Explain it to me:"), and whether this tree sets the
list of links it opens apart as related-story clutter (text/clutter_title_run.py reads the label
as one word).

Usage: .venv/bin/python bench/title_series_census.py

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) holding the label is repaired (text.clean.clean) and its clutter set apart
(text.clutter.set_apart). Every label in a paragraph of the repaired text is printed: id,
whether the label and the words after it are gone from the stored text, and the paragraph's
first words. What each
is was read in its article; the verdicts are in bench/title_series_census.jsonl.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, sample  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter import set_apart  # noqa: E402
from text.clutter_shapes import macros  # noqa: E402


def main() -> None:
    series = re.compile(macros()["TITLESERIES"])
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    hits = 0
    for record in records:
        text = record.get("text") or ""
        if record["id"] in held or "Explain" not in text:
            continue
        repaired = clean(text)
        if not series.search(repaired):
            continue
        kept = set_apart(repaired).text
        for paragraph in repaired.split("\n\n"):
            for found in series.finditer(paragraph):
                hits += 1
                # the label and the words after it, looked for in the stored text
                taken = paragraph[found.start() : found.end() + 20] not in kept
                print(f"{record['id']}\t{'taken' if taken else 'kept'}\t{paragraph[:100]}")
    print(f"{hits} labels")


if __name__ == "__main__":
    main()
