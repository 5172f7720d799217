"""What a change to the cleaner does on the whole corpus: every text whose cleaned output moves
against an earlier commit, as a word diff.

Usage: .venv/bin/python bench/clean_diff.py [--rev 99c2d83] [--context 8] [--only ID ...]
       [--site bbc]

Each corpus article (../shared/eval/news-corpus.jsonl) goes through the earlier commit's code
(bench/baseline.py checks it out) and this tree's, the way bench/clean.py runs them (clean, split
into articles, set the clutter apart). The held-out articles of the marked sample
(bench/clean_sample.py) are left out of the run: they are looked at only as totals. For each
text whose output differs, the words taken out (`-[...]`) and put back (`+[...]`) are printed
with a few words around them; the last line counts the texts that changed. Prints only: what
it shows is read, and the verdicts go into docs/QUALITY.md by hand.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, sample, site  # noqa: E402
from bench.common import ROOT  # noqa: E402


def word_diff(old: str, new: str, context: int) -> list[str]:
    """The changed runs of words between two outputs, each with `context` words around it."""
    a, b = old.split(), new.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        before = " ".join(a[max(0, i1 - context) : i1])
        after = " ".join(a[i2 : i2 + context])
        taken = f" -[{' '.join(a[i1:i2])}]" if i2 > i1 else ""
        put = f" +[{' '.join(b[j1:j2])}]" if j2 > j1 else ""
        out.append(f"... {before}{taken}{put} {after} ...")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="99c2d83", help="the earlier commit")
    parser.add_argument("--context", type=int, default=8, help="words shown around a change")
    parser.add_argument("--only", nargs="*", help="these corpus ids only")
    parser.add_argument("--site", help="only the texts whose site's name holds this (bbc, cnn)")
    args = parser.parse_args()
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    wanted = set(args.only or [])
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held
        and (not wanted or r["id"] in wanted)
        and (args.site is None or args.site in site(r["id"]))
    ]
    before = run_method(baseline.checkout(args.rev), "rules", rows)
    after = run_method(ROOT, "rules", rows)
    changed = 0
    for row in rows:
        old, new = before[row["id"]]["out"], after[row["id"]]["out"]
        if old.split() == new.split():
            continue
        changed += 1
        print(f"== {row['id']}")
        for line in word_diff(old, new, args.context):
            print(f"   {line}")
    print(f"{changed} of {len(rows)} texts changed against {args.rev}")


if __name__ == "__main__":
    main()
