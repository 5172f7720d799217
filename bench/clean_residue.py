"""Clutter left in the cleaned corpus: how many texts still hold a clutter cue after cleaning,
by collection, for an earlier commit and this tree side by side.

Usage: .venv/bin/python bench/clean_residue.py [--rev dfa7669] [--min 1]

Each corpus article (../shared/eval/news-corpus.jsonl), the held-out articles of the marked
sample left out, goes through the earlier commit's code (bench/baseline.py) and this tree's the
way bench/clean.py runs them (clean, split into articles, set the clutter apart). A cue is a
string that page furniture prints and a story seldom does (CUES); a text counts once per cue.
The counts are loose (a story may say "Read more" or name the Copyright Office): they tell
which families of clutter are left and where, and the changed texts are then read with
bench/clean_diff.py. Prints only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, sample  # noqa: E402
from bench.common import ROOT  # noqa: E402

# strings of page furniture: tag lists, comment and share widgets, footers, promotions
CUES = (
    "Tags ",
    "Community standards",
    "Comment via",
    "Read more",
    "Share this",
    "Follow us",
    "Click here",
    "click here",
    "Subscribe",
    "Sign up",
    "via these feeds",
    "Copyright",
    "All rights reserved",
    "Getty Images",
)


def collection(article_id: str) -> str:
    """The collection an id belongs to: its first part, and the topic and outlet for
    Timeline17 ("t17/bpoil_bbc")."""
    parts = article_id.split("/")
    return "/".join(parts[:2]) if parts[0] in ("t17", "entities") else parts[0]


def cleaned_by_both(rev: str) -> tuple[list[dict], dict[str, dict], dict[str, dict]]:
    """The corpus articles, the held-out ones of the marked sample left out, and what the code
    of the earlier commit rev and this tree's make of them, as bench/clean.py runs them."""
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    rows = [{"id": r["id"], "text": r["text"]} for r in records if r["id"] not in held]
    return rows, run_method(baseline.checkout(rev), "rules", rows), run_method(ROOT, "rules", rows)


def residue(outputs: dict[str, dict]) -> Counter:
    found: Counter = Counter()
    for article_id, row in outputs.items():
        for cue in CUES:
            if cue in row["out"]:
                found[(cue, collection(article_id))] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="dfa7669", help="the earlier commit")
    parser.add_argument("--min", type=int, default=1, help="rows with fewer texts are not shown")
    args = parser.parse_args()
    rows, cleaned_before, cleaned_after = cleaned_by_both(args.rev)
    before = residue(cleaned_before)
    after = residue(cleaned_after)
    print(f"| cue | collection | texts holding it, {args.rev} | new |")
    print("|---|---|---:|---:|")
    for key in sorted(set(before) | set(after), key=lambda k: (-before[k], k)):
        if max(before[key], after[key]) >= args.min:
            print(f"| {key[0]!r} | {key[1]} | {before[key]} | {after[key]} |")
    totals_before: Counter = Counter()
    totals_after: Counter = Counter()
    for (cue, _), n in before.items():
        totals_before[cue] += n
    for (cue, _), n in after.items():
        totals_after[cue] += n
    print()
    print(f"| cue | all texts, {args.rev} | new |")
    print("|---|---:|---:|")
    for cue in CUES:
        print(f"| {cue!r} | {totals_before[cue]} | {totals_after[cue]} |")
    print(f"{len(rows)} texts (the held-out articles left out)")


if __name__ == "__main__":
    main()
