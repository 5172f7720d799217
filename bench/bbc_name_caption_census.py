"""What the head-caption rules of pipeline version 116 take on the corpus's BBC pages: a caption
before a restating lead that opens after a name or on a list of names, and the caption a
caption shape would have taken with the headline before it (text/clutter_restated_caption.py,
text/clutter.py's _headed_caption), against main's cleaned text.

Usage: .venv/bin/python bench/bbc_name_caption_census.py [--rev 9efeab4]

Every BBC page of the corpus (t17's *_bbc topics and any text whose site, bench.clean_sample.site,
names the BBC; the held-out articles of the marked sample left out) is cleaned by this tree the
way bench/clean.py runs the cleaner, and its output compared with rev's
(bench/stopless_caption_census.cleaned, kept in bench/out/cleaned-<rev>.jsonl). Prints each
page whose words changed: its id, the words taken (-[...]) and put back (+[...]) with a few
around them; then the count. Other sites are read by bench/clean_diff.py over the whole corpus.
What each change is was read in its article; the verdicts are in
bench/bbc_name_caption_census.jsonl.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean import run_method  # noqa: E402
from bench.clean_diff import word_diff  # noqa: E402
from bench.clean_sample import corpus, site  # noqa: E402
from bench.common import ROOT  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="9efeab4", help="the cleaner whose output is compared")
    args = parser.parse_args()
    before = cleaned(args.rev)  # the held-out articles are not in it
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in corpus()
        if r["id"] in before and "bbc" in site(r["id"])
    ]
    after = run_method(ROOT, "rules", rows)
    changed = 0
    for row in rows:
        old, new = before[row["id"]], after[row["id"]]["out"]
        if old.split() == new.split():
            continue
        changed += 1
        print(f"== {row['id']}")
        for line in word_diff(old, new, 8):
            print(f"   {line}")
    print(f"{changed} of {len(rows)} BBC pages changed against {args.rev}")


if __name__ == "__main__":
    main()
