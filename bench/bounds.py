"""How many sentences, mentions and events real conflict articles have: the distribution behind
the per-article bounds of extract/article.py.

Usage: .venv/bin/python bench/bounds.py [--no-write] [--cached]

Every conflict article of the corpus (bench/common.py conflict_records: FA-KES and the
Timeline17 Syria, Iraq, Libya and Egypt topics) is cleaned as bulk ingest cleans it and
extracted without any bound; the table gives percentiles per article and where each bound
stands. The table goes into docs/RELIABILITY.md. The counts are kept in bench/out/bounds.json;
--cached writes the table from them again (after a bound is changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, ROOT, conflict_records, percentile, publish, require  # noqa: E402

KEPT = ROOT / "bench" / "out" / "bounds.json"


def measure() -> dict[str, list[int]]:
    from extract.pipeline import extract
    from text.clean import clean
    from text.sentences import split_sentences
    from text.split import ArticleDraft, without_clutter

    counts: dict[str, list[int]] = {
        "sentences": [],
        "actor mentions": [],
        "place mentions": [],
        "events": [],
    }
    for record in conflict_records():
        text = clean(record["text"])
        if not text.strip():
            continue
        draft = without_clutter(ArticleDraft(None, text, None, None, None, None))
        published = (record.get("published") or "")[:10] or None
        found = extract(draft.text, published, "given" if published else None)
        counts["sentences"].append(len(split_sentences(draft.text)))
        counts["actor mentions"].append(len(found.actors))
        counts["place mentions"].append(len(found.places))
        counts["events"].append(len(found.events))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--cached", action="store_true", help="the counts of the last run")
    args = parser.parse_args()
    from extract.article import MAX_EVENTS, MAX_MENTIONS, MAX_SENTENCES

    if args.cached:
        counts = json.loads(KEPT.read_text(encoding="utf-8"))
    else:
        require(NEWS)
        counts = measure()
        KEPT.parent.mkdir(parents=True, exist_ok=True)
        KEPT.write_text(json.dumps(counts), encoding="utf-8")
    bounds = {
        "sentences": MAX_SENTENCES,
        "actor mentions": MAX_MENTIONS,
        "place mentions": MAX_MENTIONS,
        "events": MAX_EVENTS,
    }
    n = len(counts["sentences"])
    lines = [
        f"Per article, over the {n:,} conflict articles of the corpus (bench/bounds.py):",
        "",
        "| per article | median | 99th pct | 99.9th pct | largest | bound | bound / 99.9th |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for what, values in counts.items():
        p999 = percentile(values, 99.9)
        lines.append(
            f"| {what} | {percentile(values, 50):,.0f} | {percentile(values, 99):,.0f} | "
            f"{p999:,.0f} | {max(values):,} | {bounds[what]:,} | {bounds[what] / p999:,.0f}x |"
        )
    publish("\n".join(lines), "bounds", not args.no_write, doc="RELIABILITY.md")


if __name__ == "__main__":
    main()
