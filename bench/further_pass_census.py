"""What a further pass of setting clutter apart finds, over the corpus: how many texts take one,
how many find anything in it, which step of the pass found it, and where the pass before had
cut the text (its first paragraph, its last, a paragraph between cut short, only whole
paragraphs taken between two: `cut_place`), each place with the texts that take a further pass
and those it finds anything in.

Usage: .venv/bin/python bench/further_pass_census.py [--limit N] [--examples 20]

Each corpus article (../shared/eval/news-corpus.jsonl) is cleaned and split into articles the
way bench/clean.py runs it (`text.split.split_articles`); `text.clutter.set_apart` runs as it
does in ingest, its steps watched. A step counts as finding something in a pass when the pass's
clutter grew while it ran (or it returned blocks or quotes taken). Prints only; `--examples`
lists what the first texts' further passes found (label and first 60 characters), to be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, require  # noqa: E402

# the steps of text.clutter._set_apart_once that take the pass's result, by its position
_RESULT_STEPS = {
    "_cut_end_matter": 1,
    "_strip_reader_calls": 1,
    "_drop_clutter_paragraphs": 1,
    "_strip_starts": 1,
    "_strip_photo_caption": 1,
    "_strip_before": 1,
    "_strip_lead": 1,
    "_set_off_run_in_heads": 1,
    "_strip_inline": 1,
    "_strip_dateline_words": 1,
    "_strip_title_dateline": 2,
}


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def cut_place(before: str, after: str) -> str:
    """Where a pass cut the text, as the marks that hold, joined by "+": "first" (the first
    paragraph is another), "first-cut" (it is none of the paragraphs before: one cut short),
    "last" and "last-cut" the same for the last, "mid-cut" (a paragraph between them cut
    short), "between" (two paragraphs now stand together that did not: only whole paragraphs
    between them were taken). "none" where no mark holds."""
    old, new = _paragraphs(before), _paragraphs(after)
    kept = set(old)
    cut = [index for index, paragraph in enumerate(new) if paragraph not in kept]
    marks = []
    if old and new and old[0] != new[0]:
        marks.append("first")
    if 0 in cut:
        marks.append("first-cut")
    if old and new and old[-1] != new[-1]:
        marks.append("last")
    if len(new) > 1 and len(new) - 1 in cut:
        marks.append("last-cut")
    if any(0 < index < len(new) - 1 for index in cut):
        marks.append("mid-cut")
    pairs = set(zip(old, old[1:], strict=False))
    if any(
        (a, b) not in pairs for a, b in zip(new, new[1:], strict=False) if a in kept and b in kept
    ):
        marks.append("between")
    return "+".join(marks) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N corpus articles")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    require(NEWS)
    import text.clutter as clutter
    import text.split as split
    from text.read import Document

    state: dict[str, Any] = {"pass": 0}
    steps: Counter[tuple[int, str]] = Counter()

    def watched(name: str, position: int) -> Callable[..., Any]:
        step = getattr(clutter, name)

        def run(*given: Any, **named: Any) -> Any:
            result = given[position]
            before = len(result.clutter)
            out = step(*given, **named)
            if len(result.clutter) > before:
                steps[(state["pass"], name)] += 1
            return out

        return run

    for name, position in _RESULT_STEPS.items():
        setattr(clutter, name, watched(name, position))
    digest, quotes = clutter.digest_blocks, clutter.strip_pull_quotes

    def digest_blocks(text: str, title: str | None = None) -> tuple[str, list[tuple[str, str]]]:
        out = digest(text, title)
        if out[1]:
            steps[(state["pass"], "digest_blocks")] += 1
        return out

    def strip_pull_quotes(paragraphs: list[str]) -> list[str]:
        taken = quotes(paragraphs)
        if taken:
            steps[(state["pass"], "strip_pull_quotes")] += 1
        return taken

    clutter.digest_blocks = digest_blocks  # type: ignore[assignment]
    clutter.strip_pull_quotes = strip_pull_quotes  # type: ignore[assignment]
    passes: list[tuple[str, Any]] = []  # each pass's text given and result
    once = clutter._set_apart_once

    def set_apart_once(text: str, memo: Any, title: str | None = None) -> Any:
        state["pass"] += 1
        result = once(text, memo, title)
        passes.append((text, result))
        return result

    clutter._set_apart_once = set_apart_once  # type: ignore[assignment]
    set_apart = clutter.set_apart
    texts = further = finding = 0
    places: Counter[str] = Counter()
    places_finding: Counter[str] = Counter()
    examples: list[str] = []

    def watched_set_apart(text: str, title: str | None = None) -> Any:
        nonlocal texts, further, finding
        state["pass"] = 0
        passes.clear()
        out = set_apart(text, title)
        texts += 1
        if len(passes) < 2:
            return out
        further += 1
        (given, first), (_, second) = passes[0], passes[1]
        place = cut_place(given, first.text)
        places[place] += 1
        if second.clutter:
            finding += 1
            places_finding[place] += 1
            if len(examples) < args.examples:
                found = "; ".join(f"{c.label}: {c.text[:60]!r}" for c in second.clutter)
                examples.append(f"{place:30} {found}")
        return out

    split.set_apart = watched_set_apart  # type: ignore[assignment]
    with NEWS.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if args.limit is not None and number >= args.limit:
                break
            record = json.loads(line)
            split.split_articles(Document(text=record["text"], origin="bench", kind="text"))
    print(f"{texts:,} texts set apart, {further:,} take a further pass, {finding:,} find anything")
    print("\nwhere the first pass cut | further passes | finding anything")
    for place, count in places.most_common():
        print(f"{place:40} | {count:14,} | {places_finding[place]:,}")
    print("\npass | step | texts it found anything in")
    for (number, name), count in sorted(steps.items()):
        print(f"{number} | {name} | {count:,}")
    for example in examples:
        print(example)


if __name__ == "__main__":
    main()
