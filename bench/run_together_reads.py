"""The conflict store's dated reports that extract/run_together.py takes for segments run
together, against the reads kept in bench/run_together_reads.jsonl (article, offsets, the first
40 characters, and whether the sentence read as a story's own sentence).

Usage: .venv/bin/python bench/run_together_reads.py [--write]

Why: the rule refuses a report as a timeline entry; a story sentence it takes for a run is an
event lost. Every report it refuses on the store of bench/timeline_audit_unseen.py
(bench/out/conflict-new.db, which that script ingests) was read; this prints the counts and
any report not read yet. --write adds those not read yet as unread (label null), to be read.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from extract.run_together import runs_together  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "run_together_reads.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    db = sqlite3.connect(STORE)
    articles = {i: (o, t) for i, o, t in db.execute("SELECT id, origin, text FROM articles")}
    spans = sorted(set(db.execute('SELECT article_id, start, "end" FROM events')))
    read = [json.loads(line) for line in READS.read_text(encoding="utf-8").splitlines()]
    known = {(r["article"], r["start"], r["end"]): r for r in read}
    found = []
    for article_id, start, end in spans:
        origin, text = articles[article_id]
        if runs_together(text[start:end], text):
            found.append((origin, start, end, text[start : start + 40]))
    unread = [f for f in found if f[:3] not in known]
    story = sum(1 for f in found if f[:3] in known and known[f[:3]]["story_sentence"])
    print(f"{len(spans)} dated reports, {len(found)} taken for runs: {len(found) - len(unread)} "
          f"read ({story} a story's own sentence), {len(unread)} not read")  # fmt: skip
    for origin, start, end, opens in unread:
        print(json.dumps({"article": origin, "start": start, "end": end, "opens": opens}))
    if args.write and unread:
        with READS.open("a", encoding="utf-8") as out:
            for origin, start, end, opens in unread:
                row = {"article": origin, "start": start, "end": end, "opens": opens}
                out.write(json.dumps({**row, "label": None, "story_sentence": None}) + "\n")


if __name__ == "__main__":
    main()
