"""Timeline quality on Timeline17 Syria: Date-F1 against journalists' timelines.

Usage: .venv/bin/python bench/timeline17.py

For each collection (BBC, Reuters) the articles are ingested into a fresh store with their
publication dates given (`time`), then `timeline Syria --limit N --from FIRST --to LAST` runs,
N being the number of dates in the gold timeline and FIRST/LAST its first and last dates (the
protocol of news-tls, Ghalandari et al. 2020: the system sees the gold timeline's length and
span). Date-F1 is the F1 between the set of dates in our timeline and the gold dates. Reuters
has three gold timelines; each is scored and the mean reported. Published anchors on all of
Timeline17: DATEWISE 0.544, CLUST 0.407, a date oracle 0.926.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import EVAL, publish, require  # noqa: E402

T17 = EVAL / "t17-syria"


def gold_dates(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) == 10 and line[:4].isdigit() and line[4] == "-"
    ]


def date_f1(predicted: set[str], gold: set[str]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    require(T17)
    from commands import ingest, timeline
    from store.db import connect

    rows = []
    for collection in sorted(p for p in T17.iterdir() if p.is_dir()):
        db = connect(Path(tempfile.mkdtemp(prefix="sitrep-t17-")) / "t17.db")
        lines = []
        with (collection / "articles.jsonl").open(encoding="utf-8") as handle:
            for raw in handle:
                record = json.loads(raw)
                lines.append(
                    json.dumps(
                        {
                            "title": None,
                            "text": record["text"],
                            "published": record["time"],
                            "source": collection.name,
                            "url": f"{collection.name}/{record['id']}",
                        }
                    )
                )
        start = time.perf_counter()
        result = ingest.ingest_jsonl(db, lines, collection.name)
        seconds = time.perf_counter() - start
        for gold_path in sorted((collection / "timelines").glob("*.txt")):
            gold = gold_dates(gold_path)
            answer = timeline.run(
                db, "Syria", date_from=min(gold), date_to=max(gold), limit=len(gold)
            )
            predicted = {e.date for e in answer.entries}
            p, r, f = date_f1(predicted, set(gold))
            rows.append(
                (
                    collection.name,
                    gold_path.stem,
                    len(result.articles),
                    seconds,
                    len(gold),
                    len(predicted),
                    p,
                    r,
                    f,
                )
            )
            print(f"{collection.name} {gold_path.stem}: P {p:.3f} R {r:.3f} F1 {f:.3f}", flush=True)

    lines = [
        "| collection | gold timeline | articles | ingest s | gold dates | our dates | "
        "Date precision | Date recall | Date-F1 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, tl, n, secs, g, ours, p, r, f in rows:
        lines.append(
            f"| {name} | {tl} | {n} | {secs:.1f} | {g} | {ours} | {p:.3f} | {r:.3f} | {f:.3f} |"
        )
    by_collection: dict[str, list[float]] = {}
    for row in rows:
        by_collection.setdefault(row[0], []).append(row[-1])
    means = {name: sum(v) / len(v) for name, v in by_collection.items()}
    overall = sum(means.values()) / len(means)
    lines.append("")
    lines.append(
        "Mean Date-F1 per collection: "
        + ", ".join(f"{k} {v:.3f}" for k, v in means.items())
        + f"; mean of collections **{overall:.3f}** (anchors on all of Timeline17: "
        "DATEWISE 0.544, CLUST 0.407, date oracle 0.926)."
    )
    body = "Produced by `.venv/bin/python bench/timeline17.py`.\n\n" + "\n".join(lines)
    publish(body, "timeline17", doc="QUALITY.md")


if __name__ == "__main__":
    main()
