"""The runs of two or more short questions on lines of their own on CNN's pages (the outlet
their dateline names), the first after a sentence's stop: a list of linked titles cut after
each of its question titles ("... prices. | Orsk ferries to sail again? | Will the strikes
spread? | Where does Varnholt go from here?"), or the story's own questions. Each run is listed
with which of its lines are question titles (text/clutter_title_run.py `_question_title`:
short, no comma, no pronoun, not opening on a function word) and whether this tree sets each
line apart as related-story clutter.

Usage: .venv/bin/python bench/question_lines_census.py

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) holding "CNN" is repaired (text.clean.clean) and its clutter set apart
(text.clutter.set_apart); a page whose dateline names CNN is read, its paragraphs as repaired.
A run counts when two or more consecutive paragraphs end on a question mark, three to twelve
words each, no comma and no stop before the end, the one before the first ending on a stop.
What each run is was read in its article; the verdicts are in bench/question_lines_census.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, sample  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter import set_apart  # noqa: E402
from text.clutter_title_run import _question_title, _stops  # noqa: E402

MAX_WORDS = 12


def short_question(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        paragraph.endswith("?")
        and 3 <= len(words) <= MAX_WORDS
        and "," not in paragraph
        and paragraph[:1].isupper()
        and not any(_stops(w) for w in words[:-1])
    )


def main() -> None:
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    runs = 0
    for record in records:
        text = record.get("text") or ""
        if record["id"] in held or "CNN" not in text:
            continue
        repaired = clean(text)
        result = set_apart(repaired)
        if result.outlet != "CNN":
            continue
        related = {c.text.strip() for c in result.clutter if c.label == "related"}
        paragraphs = repaired.split("\n\n")
        at = 1
        while at < len(paragraphs):
            start = at
            while at < len(paragraphs) and short_question(paragraphs[at]):
                at += 1
            before = paragraphs[start - 1].rstrip("\"”’'")
            if at - start >= 2 and before.endswith((".", "!")):
                runs += 1
                lines = paragraphs[start:at]
                titles = "".join("t" if _question_title(p) else "-" for p in lines)
                taken = "".join("x" if p.strip() in related else "-" for p in lines)
                print(f"{record['id']}\t{start}\t{titles}\t{taken}\t{' | '.join(lines)[:120]}")
            at = max(at, start + 1)
    print(f"{runs} runs")


if __name__ == "__main__":
    main()
