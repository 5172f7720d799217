"""A census of a subject's Timeline17 misses: every gold date its timelines miss and every
date they choose that is not gold, with its signals and one cause, as JSON lines.

Usage: .venv/bin/python bench/t17_census.py [TOPIC] [--model WORDS] (default Syria; the
stores of a run of bench/timeline17.py before)

The model is the shipped features fitted leave-one-topic-out, as bench/t17_explain.py and the
LOTO column of bench/timeline17.py, or with --model the row of bench/t17_variants.py whose
label holds WORDS ("model of d962eb3"), fitted the same way. Each row keeps a date's counts
(salience.DateCounts), the articles of the store mentioning it published before it and more
than a week after it, the articles mentioning its month as a month, and the first cause that
applies (CAUSES). It holds dates, counts and ranks only, no text of the collection. Writes
bench/t17_<topic>_census.jsonl.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.t17_collection import gold_dates  # noqa: E402
from bench.t17_explain import dropped_back, ranked_span  # noqa: E402
from bench.timeline17 import collections, store  # noqa: E402

EDGE_DAYS = 7  # a date this close to the collection's first or last article is at its edge
CAUSES = {
    "missed": (
        "the gold's year written wrong (listed out of order)",
        "outside the collection's publication span",
        "no article tells it as a day",
        "at the collection's edge, told by 1-2 articles",
        "a publication burst (3+) but 1-2 mentions",
        "told by 1-2 articles, only ahead of the day",
        "told by 1-2 articles, only recalled more than a week after",
        "told by 1-2 articles, on the day or the week after",
        "told by 3 or more, outranked",
    ),
    "chosen": (
        "told by 5 or more articles",
        "told by 1-2 articles, only ahead of the day",
        "a publication burst (3+) but 1-2 mentions",
        "within 3 days of a missed gold day",
        "told by 3-4 articles",
        "told by 1-2 articles",
    ),
}


def _mentions_by_when(db) -> dict[str, tuple[int, int, set[str]]]:
    """For each day: the store's articles mentioning it published before it, those published
    more than a week after it, and how the mentions were dated (date_how)."""
    out: dict[str, tuple[int, int, set[str]]] = {}
    found: dict[str, tuple[set[int], set[int], set[str]]] = {}
    for date, article, published, how in db.conn.execute(
        "SELECT e.date, e.article_id, substr(a.published, 1, 10), e.date_how FROM events e "
        "JOIN articles a ON a.id = e.article_id WHERE e.precision = 'day' "
        "AND length(a.published) >= 10"
    ):
        before, later, hows = found.setdefault(date, (set(), set(), set()))
        hows.add(how)
        gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(date)).days
        if gap < 0:
            before.add(article)
        elif gap > 7:
            later.add(article)
    for date, (before, later, hows) in found.items():
        out[date] = (len(before), len(later), hows)
    return out


def _missed_cause(d, c, listed, first, last, when) -> str:
    causes = CAUSES["missed"]
    if d in dropped_back(listed):
        return causes[0]
    if not first <= d <= last:
        return causes[1]
    if c is None or not (c.articles or c.scoped):
        return causes[2]
    day = dt.date.fromisoformat(d)
    edge = min(abs((day - dt.date.fromisoformat(end)).days) for end in (first, last))
    if c.articles <= 2 and edge <= EDGE_DAYS:
        return causes[3]
    if c.articles <= 2 and c.burst >= 3:
        return causes[4]
    if c.articles <= 2 and c.near == 0:
        return causes[5] if when.get(d, (0, 0, set()))[0] >= c.articles else causes[6]
    if c.articles <= 2:
        return causes[7]
    return causes[8]


def _chosen_cause(d, c, missed, when) -> str:
    causes = CAUSES["chosen"]
    before = when.get(d, (0, 0, set()))[0]
    if c.articles >= 5:
        return causes[0]
    if c.articles <= 2 and c.near == 0 and before >= c.articles:
        return causes[1]
    if c.articles <= 2 and c.burst >= 3:
        return causes[2]
    day = dt.date.fromisoformat(d)
    if any(abs((g - day).days) <= 3 for g in missed):
        return causes[3]
    if c.articles >= 3:
        return causes[4]
    return causes[5]


def census(subject_asked: str, model_words: str = "(shipped)") -> list[dict]:
    from bench.t17_variants import VARIANTS, loaded, models
    from commands import salience, timeline

    shipped = next(v for v in VARIANTS if model_words in v.label)
    samples, _, counts_of = loaded(True)
    prepared, fitted = models(samples, counts_of, shipped)
    by_collection = {s.collection: (s, c) for s, c in zip(prepared, counts_of, strict=True)}
    rows: list[dict] = []
    for folder, topic, subject in collections():
        if subject.lower() != subject_asked.lower():
            continue
        db = store(folder, True)
        w, b = fitted[topic]
        model = salience.Model(tuple(float(x) for x in w), float(b), shipped.names)
        sample, counts = by_collection[folder.name]
        raw = {c.date: c for c in counts}
        scored = {c.date: float(s) for c, s in zip(counts, sample.x @ w + b, strict=True)}
        when = _mentions_by_when(db)
        first, last = db.conn.execute(
            "SELECT MIN(substr(published, 1, 10)), MAX(substr(published, 1, 10)) FROM articles "
            "WHERE length(published) >= 10"
        ).fetchone()
        for path in sorted((folder / "timelines").glob("*.txt")):
            listed = gold_dates(path)
            gold = set(listed)
            low, high, rank = ranked_span(scored, gold)
            answer = timeline.run(
                db, subject, date_from=low, date_to=high, limit=len(gold), model=model
            )
            ours = {e.date for e in answer.entries}
            missed_days = [dt.date.fromisoformat(g) for g in gold - ours]
            for side, dates in (("missed", gold - ours), ("chosen", ours - gold)):
                for d in sorted(dates):
                    c = raw.get(d)
                    before, later, hows = when.get(d, (0, 0, set()))
                    month = raw.get(d[:7])
                    cause = (
                        _missed_cause(d, c, listed, first, last, when)
                        if side == "missed"
                        else _chosen_cause(d, c, missed_days, when)
                    )
                    rows.append(
                        {
                            "timeline": f"{folder.name}/{path.stem}",
                            "side": side,
                            "date": d,
                            "rank": rank.get(d),
                            "candidates": len(rank),
                            "score": round(scored[d], 2) if d in scored else None,
                            "articles": c.articles if c else 0,
                            "burst": c.burst if c else 0,
                            "near": c.near if c else 0,
                            "scoped": c.scoped if c else 0,
                            "leads": c.leads if c else 0,
                            "mentions_before": before,
                            "mentions_after_a_week": later,
                            "only_relative": hows == {"relative"},
                            "month_articles": month.articles if month else 0,
                            "cause": cause,
                        }
                    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topic", nargs="?", default="Syria", help="a subject asked")
    parser.add_argument("--model", default="(shipped)", help="words of a variant's label")
    args = parser.parse_args()
    subject = args.topic
    rows = census(subject, args.model)
    out = ROOT / "bench" / f"t17_{subject.lower().replace(' ', '_')}_census.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tally: dict[tuple[str, str, str], int] = {}
    for r in rows:
        key = (r["side"], r["cause"], r["timeline"])
        tally[key] = tally.get(key, 0) + 1
    names = sorted({r["timeline"] for r in rows})
    print("| side | cause | " + " | ".join(names) + " | all |")
    for side, causes in CAUSES.items():
        for cause in causes:
            cells = [tally.get((side, cause, n), 0) for n in names]
            print(f"| {side} | {cause} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    print(f"wrote {out.relative_to(ROOT)} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
