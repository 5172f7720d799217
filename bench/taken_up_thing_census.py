"""The dated reports of a store whose sentence takes up a thing the sentence before names by a
name or a number (takes_up_a_named_thing, commands/timeline_reports.py: "after the disaster"
after "the Fukushima disaster"), which no earlier rule gives the sentence before (refers_back,
takes_up_from_before): an entry told by one of them now carries the sentence before as its
context. A seeded sample is listed to read, each matched to its verdict in
bench/taken_up_thing_reads.jsonl (article, offset, the phrase taken up, "helps", "neutral",
"no help" or "misleads" with a short reason).

Usage: .venv/bin/python bench/taken_up_thing_census.py [--store PATH] [--sample 30] [--list]

--store: the conflict store (default bench/out/conflict-new.db, bench/timeline_audit_unseen.py's);
--list prints the sampled reports no verdict covers, with the sentence before, to read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, dated_sentences, report_sample  # noqa: E402
from commands.timeline_entries import sentence_at  # noqa: E402
from commands.timeline_reports import (  # noqa: E402
    refers_back,
    takes_up_a_named_thing,
    takes_up_from_before,
)

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "taken_up_thing_reads.jsonl"
SEED = 81


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    sentences, hits = dated_sentences(args.store), []
    for name, start, sentence, text in sentences:
        before = sentence_at(text, start)
        if before is None or refers_back(sentence) or takes_up_from_before(sentence, before[0]):
            continue
        if takes_up_a_named_thing(sentence, before[0]):
            hits.append((name, start, sentence, before[0]))
    print(f"{len(sentences)} dated sentences; taken up from a named thing before: {len(hits)}")
    report_sample(hits, READS, SEED, args.sample, shown="before", unread=args.list)


if __name__ == "__main__":
    main()
