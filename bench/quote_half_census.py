"""The dated reports of a store whose sentence closes a quotation it does not open
(closes_a_quote, commands/timeline_entries.py: 'We still have more portfolios to be
discussed," Jibril told reporters' after '"We have agreed on a number of portfolios.'), which
no earlier rule gives the sentence before (refers_back, points_to_a_place, leaves_unsaid): an
entry told by one of them now carries the sentence before as its context, and the one before
that when the sentence before opens the quotation. A seeded sample is listed to read, each
matched to its verdict in bench/quote_half_reads.jsonl (article, offset, "helps", "neutral",
"no help" or "misleads" with a short reason).

Usage: .venv/bin/python bench/quote_half_census.py [--store PATH] [--sample 30] [--list]

--store: the conflict store (default bench/out/conflict-new.db, bench/timeline_audit_unseen.py's);
--list prints the sampled reports no verdict covers, with the context they would carry, to read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, dated_sentences, report_sample  # noqa: E402
from commands.timeline_entries import (  # noqa: E402
    CONTEXT_SENTENCES,
    closes_a_quote,
    opens_a_quote,
    sentence_at,
)
from commands.timeline_reports import leaves_unsaid, points_to_a_place, refers_back  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "quote_half_reads.jsonl"
SEED = 83


def carried(text: str, start: int) -> str | None:
    """The context the entry would carry: the sentence before, and those before it while one
    leans back or opens a quotation (as commands/timeline_entries.py's entries carry them)."""
    before = sentence_at(text, start)
    if before is None:
        return None
    context, start = before
    first, n = context, 1
    while n < CONTEXT_SENTENCES and (refers_back(first) or opens_a_quote(first)):
        if (further := sentence_at(text, start)) is None:
            break
        first, start = further
        context, n = f"{first} {context}", n + 1
    return context


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    sentences, hits = dated_sentences(args.store), []
    for name, start, sentence, text in sentences:
        if (
            refers_back(sentence)
            or points_to_a_place(sentence) is not None
            or leaves_unsaid(sentence)
            or not closes_a_quote(sentence)
        ):
            continue
        if (context := carried(text, start)) is not None:
            hits.append((name, start, sentence, context))
    print(f"{len(sentences)} dated sentences; closing a quotation they do not open: {len(hits)}")
    report_sample(hits, READS, SEED, args.sample, shown="context", unread=args.list)


if __name__ == "__main__":
    main()
