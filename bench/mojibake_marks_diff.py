"""What putting back garbled quotation marks and dashes (text/mojibake.py's marks) does to the
corpus, by kind: every text whose cleaned output moves against an earlier commit, classified.

Usage: PYTHONPATH=. .venv/bin/python bench/mojibake_marks_diff.py [--rev 5640431] [--out PATH]

Only the texts holding a garbled mark's lead ("â€") are run: the repair returns every other
text as it was, so their outputs cannot move. Each goes through the earlier commit's code and
this tree's, as bench/clean_diff.py runs them (its held-out articles left out). A changed text
is of one kind:
- marks: the same letters and digits in the same paragraphs once the earlier output's marks
  are read as their marks (bench/clean.py's key, text/mojibake.py applied): the marks alone
  changed;
- split: the same letters and digits, parted into paragraphs otherwise (a mark's line break
  that made a paragraph of its own, or parted a garbled mark);
- paragraphs: letters or digits kept or dropped otherwise: a paragraph or text set apart,
  or put back, where it was not.
Prints one line a changed text (id, kind, paragraphs only before / only after) and the counts;
--out writes both outputs of every changed text as JSON lines, to be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import key, run_method  # noqa: E402
from bench.clean_sample import corpus, sample  # noqa: E402
from bench.common import ROOT  # noqa: E402
from text.mojibake import MARK_LEAD  # noqa: E402


def kind(old: str, new: str) -> tuple[str, list[str], list[str]]:
    """The kind of change from old to new, and the paragraph keys found only in each. The
    whole texts' keys are compared first: a garbled mark a paragraph break parts ("that â€",
    "¦" the next paragraph) is read as its mark only with the break taken out."""
    old_keys = [k for k in map(key, old.split("\n\n")) if k]
    new_keys = [k for k in map(key, new.split("\n\n")) if k]
    if key(old) == key(new):
        return ("marks" if old_keys == new_keys else "split"), [], []
    only_old = [k for k in old_keys if k not in new_keys]
    only_new = [k for k in new_keys if k not in old_keys]
    return "paragraphs", only_old, only_new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5640431", help="the earlier commit")
    parser.add_argument("--out", help="write the changed texts' outputs here (JSON lines)")
    parser.add_argument("--read", help="classify the outputs --out wrote, without a run")
    args = parser.parse_args()
    if args.read:
        report(map(json.loads, Path(args.read).read_text(encoding="utf-8").splitlines()), None)
        return
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and MARK_LEAD in r["text"]
    ]
    before = run_method(baseline.checkout(args.rev), "rules", rows)
    after = run_method(ROOT, "rules", rows)
    changed = [
        {"id": row["id"], "old": before[row["id"]]["out"], "new": after[row["id"]]["out"]}
        for row in rows
        if before[row["id"]]["out"] != after[row["id"]]["out"]
    ]
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(c) + "\n" for c in changed)
    report(changed, len(rows))


def report(changed: Iterable[dict], run: int | None) -> None:
    """One line a changed text (id, kind, paragraphs only before, only after), then the counts."""
    kinds: Counter[str] = Counter()
    for text in changed:
        found, only_old, only_new = kind(text["old"], text["new"])
        kinds[found] += 1
        print(f"{text['id']}\t{found}\t{len(only_old)}\t{len(only_new)}")
    counts = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
    of = f" of {run}" if run is not None else ""
    print(f"{sum(kinds.values())}{of} texts holding {MARK_LEAD!r} changed: {counts}")


if __name__ == "__main__":
    main()
