"""The CNN pages printing "<date> | By <name>, CNN" and what stands right under the line (a
photo caption, or the story's lead), with whether an earlier cleaner and this tree take it.

Usage: .venv/bin/python bench/cnn_dated_caption_census.py [--rev 64cd70e8]

Each CNN article of the corpus (../shared/eval/news-corpus.jsonl, the held-out articles of the
marked sample left out) holding the line (LINE: wider than DATEDBYLINE of text/clutter.txt, on
the raw, tokenized text) goes through the code at rev and this tree's, the way bench/clean.py
runs them. Every hit is printed, one a line: id, the read verdict of
bench/cnn_dated_caption_census.jsonl (caption, lead, unsure, other; "unjudged" when none),
whether rev and this tree take the line under it (its first words no longer in the output),
and those words. The verdicts were given by reading each article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean import run_method  # noqa: E402
from bench.clean_sample import corpus, held_out_ids, site  # noqa: E402
from bench.common import ROOT  # noqa: E402

LINE = re.compile(r"\d{4} \| By [^\n]{0,80}?, CNN ?([^\n]*)\n([^\n]*)")
VERDICTS = Path(__file__).with_name("cnn_dated_caption_census.jsonl")
KEY_CHARS = 25


def _key(text: str) -> str:
    """Letters and digits only: the raw text's tokens and the output's spacing compare."""
    return re.sub(r"[^A-Za-z0-9]", "", text.replace("-LRB-", "").replace("-RRB-", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="64cd70e8", help="the earlier commit")
    args = parser.parse_args()
    records = corpus()
    held = held_out_ids(records)
    rows, under = [], {}
    for record in records:
        if "cnn" not in site(record["id"]) or record["id"] in held:
            continue
        found = LINE.search(record["text"])
        if found:
            rows.append({"id": record["id"], "text": record["text"]})
            under[record["id"]] = found.group(1)
    verdicts = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text().splitlines():
            row = json.loads(line)
            verdicts[row["id"]] = row["verdict"]
    before = run_method(baseline.checkout(args.rev), "rules", rows)
    after = run_method(ROOT, "rules", rows)
    counts = {"before": 0, "after": 0}
    for row in rows:
        key = _key(under[row["id"]])[:KEY_CHARS]
        taken = [key not in _key(out[row["id"]]["out"]) for out in (before, after)]
        counts["before"] += taken[0]
        counts["after"] += taken[1]
        verdict = verdicts.get(row["id"], "unjudged")
        print(f"{row['id']}\t{verdict}\t{taken[0]}\t{taken[1]}\t{under[row['id']][:40]}")
    taken_counts = f"taken by {args.rev} {counts['before']}, by this tree {counts['after']}"
    print(f"{len(rows)} pages; {taken_counts}")


if __name__ == "__main__":
    main()
