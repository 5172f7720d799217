"""A page's own date stamp against the date its record gives: how often they disagree, by
source and by the size and sign of the gap.

Usage: .venv/bin/python bench/stamp_dates.py [--list N] [--agency | --order] [--no-write]

Each record of the news corpus is cleaned as ingest cleans it; the first page stamp set apart
from its head that states a full day (text.split.head_stamp) is compared with the record's
date, and with the date ingest stores; the table goes into docs/QUALITY.md. Its rows part the
stamps opening the text (or the paragraph under a headline) from an agency's stamp after a
headline run into the text (text.page_stamp.agency_stamp), which the code before pipeline
version 52 did not take: for those, the "given date disagrees" column is what it stored.
--list N prints N disagreeing records (id, kind, stamp, given and stored dates) drawn at random
(seed 12) for judging by reading (bench/stamp_dates.jsonl: 25 judged, drawn by the code before
pipeline version 30; 20 agency stamps, drawn with --agency, which lists only those, marked
"sample": "agency"; the 9 stamps in numbers reading both ways whose reading in their source's
order (text.stamp_order, pipeline version 61) moves the date, listed with --order, marked
"sample": "order").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, ROOT, publish, require  # noqa: E402

JUDGED = ROOT / "bench" / "stamp_dates.jsonl"
OPENING = "opening the text"
AGENCY = "an agency's, after a headline"
ORDER = "in numbers reading both ways, read in its source's order"
BUCKETS = ((1, "1 day"), (7, "2-7 days"), (31, "8-31 days"), (366, "32-366 days"))


def bucket(days: int) -> str:
    sign = "stamp later" if days > 0 else "stamp earlier"
    for bound, label in BUCKETS:
        if abs(days) <= bound:
            return f"{sign}, {label}"
    return f"{sign}, over a year"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", type=int, default=0)
    parser.add_argument("--agency", action="store_true", help="list only agency stamps")
    parser.add_argument(
        "--order", action="store_true", help="list only stamps read in their source's order"
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    require(NEWS)
    from text.clean import clean
    from text.clutter import set_apart
    from text.page_stamp import agency_stamp
    from text.split import ArticleDraft, head_stamp, without_clutter
    from text.stamp_order import day_first

    stamped: Counter[tuple[str, str]] = Counter()
    disagree: Counter[tuple[str, str]] = Counter()
    stored_disagree: Counter[tuple[str, str]] = Counter()
    gaps: Counter[tuple[str, str]] = Counter()
    listed = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            given, source = r.get("date"), r["source"]
            text = clean(r["text"])
            if not given or len(given) != 10 or not text.strip():
                continue
            found = set_apart(text, r.get("title"))
            stamp = head_stamp(text, found)
            kind = OPENING
            if stamp is None:
                stamp, kind = head_stamp(text, found, day_first(source)), ORDER
            if stamp is None:
                continue
            agency = agency_stamp(text, found)
            if agency is not None and agency[2] == stamp:
                kind = AGENCY
            stamped[(source, kind)] += 1
            days = (date.fromisoformat(stamp.value) - date.fromisoformat(given)).days
            draft = without_clutter(
                ArticleDraft(r.get("title"), text, source, None, given, "given")
            )
            if draft.published != stamp.value:
                stored_disagree[(source, kind)] += 1
            if days:
                disagree[(source, kind)] += 1
                gaps[(source, bucket(days))] += 1
                wanted = AGENCY if args.agency else ORDER if args.order else kind
                if kind == wanted:
                    listed.append(
                        (r["id"], kind, stamp.value, stamp.updated, given, draft.published)
                    )
    lines = [
        "| source | stamp | records with a head stamp stating a full day | given date disagrees "
        "(so stored before pipeline version 30; agency stamps: before 52; in its source's order: "
        "before 63) | stored date "
        "disagrees with the stamp |",
        "|---|---|---:|---:|---:|",
    ]
    for key in sorted(stamped):
        lines.append(
            f"| {key[0]} | {key[1]} | {stamped[key]} | {disagree[key]} | {stored_disagree[key]} |"
        )
    for kind in (OPENING, AGENCY, ORDER):
        counts = (stamped, disagree, stored_disagree)
        total = [sum(n for (_, k), n in c.items() if k == kind) for c in counts]
        lines.append(f"| all | {kind} | {total[0]} | {total[1]} | {total[2]} |")
    lines += ["", "| source | gap (stamp minus given date) | records |", "|---|---|---:|"]
    lines += [f"| {source} | {label} | {n} |" for (source, label), n in sorted(gaps.items())]
    judged = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines()]
    lines.append("")
    for sample, what in (
        (None, "disagreeing records"),
        ("agency", "agency stamps, dates moved"),
        ("order", "stamps read in their source's order, dates moved"),
    ):
        verdicts = Counter(j["verdict"] for j in judged if j.get("sample") == sample)
        lines.append(
            f"Judged by reading ({JUDGED.relative_to(ROOT)}): {sum(verdicts.values())} {what}, "
            f"the stamp right in {verdicts['stamp']}, the given date in {verdicts['given']}, "
            f"unclear {verdicts['unclear']}."
        )
    publish(
        "Produced by `.venv/bin/python bench/stamp_dates.py`.\n\n" + "\n".join(lines),
        "stamp_dates",
        write=not args.no_write,
        doc="QUALITY.md",
    )
    for item in random.Random(12).sample(listed, min(args.list, len(listed))):
        fields = ("id", "kind", "stamp", "updated", "given", "stored")
        print(json.dumps(dict(zip(fields, item, strict=True))))


if __name__ == "__main__":
    main()
