"""Why a Timeline17 timeline scores low: its gold dates and our candidates, read side by side.

Usage: .venv/bin/python bench/t17_lowest.py [--no-write]

For every gold timeline, with the shipped features fitted leave-one-topic-out
(bench/t17_variants.py) and the stores of bench/timeline17.py:

- listed out of order: gold dates that break the file's order (oldest or newest first). A
  journalist's timeline runs in date order, so a date that drops back is most often a year
  written wrong (Syria Reuters
  tl2.2 lists the 2012 events, from the General Assembly vote of 16 February to the vetoes of
  19 July, under 2011);
- reachable: gold dates that are candidate days of the collection (told as a day by an article
  about the subject), and the Date-F1 a timeline of N dates could reach choosing only them;
- as meant: the reachable gold dates whose year the gold writes right (bench/t17_gold_years.json
  holds the dates judged written in the wrong year, with the evidence), the Date-F1 a timeline
  of N dates could reach choosing only them, and our hits among them: a hit on a date written
  in the wrong year is another event's day, found by chance;
- our hits and near misses: dates of `timeline SUBJECT --limit N` that are gold, and those one
  day off a gold date we miss (a relative date resolved against a publication date a day out
  would show here);
- the ranking's Date-F1 at half and twice the gold length (is N too long or too short?), and
  the number of dates the model finds likelier than not (a length the model would choose).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import publish  # noqa: E402
from bench.t17_collection import gold_dates  # noqa: E402
from bench.t17_variants import VARIANTS, loaded, models, top  # noqa: E402
from bench.timeline17 import STORES, collections, date_f1, store  # noqa: E402

SHIPPED = next(v for v in VARIANTS if v.label.endswith("(shipped)"))
GOLD_YEARS = Path(__file__).resolve().parent / "t17_gold_years.json"


def misfiled() -> dict[str, set[str]]:
    """{collection/gold stem: the gold dates judged written in the wrong year}."""
    doc = json.loads(GOLD_YEARS.read_text(encoding="utf-8"))
    return {doc["timeline"]: {m["written"] for m in doc["misfiled"]}}


def out_of_order(listed: list[str]) -> int:
    """Dates that break the file's order: listed after a later date in a file that runs
    oldest first, or after an earlier one in a file that runs newest first (the fewer)."""

    def breaks(dates: list[str]) -> int:
        latest, dropped = "", 0
        for d in dates:
            dropped += d < latest
            latest = max(latest, d)
        return dropped

    return min(breaks(listed), breaks(listed[::-1]))


def one_day_off(ours: set[str], gold: set[str]) -> int:
    """Our days one day from a gold day that we miss."""
    missed = {dt.date.fromisoformat(g) for g in gold - ours}
    days = [dt.date.fromisoformat(d) for d in ours - gold if len(d) == 10]
    return sum(any(abs((d - g).days) == 1 for g in missed) for d in days)


def likelier_than_not(t, score) -> int:
    """Candidate dates of t's span the model gives a probability of at least one half: the
    length a timeline would have if the model chose it rather than --limit."""
    return sum(
        1
        for d, ok, x in zip(t.dates, t.usable, score, strict=True)
        if ok and t.low <= d[:10] <= t.high and x >= 0
    )


def relative_offsets() -> dict[int, int]:
    """{k: events dated relatively ("on Tuesday") whose day plus k is a gold day of their
    collection}, k from -1 to 1, over all collections: were publication dates a day out, the
    relative dates would fall on the day beside a gold day more often than on it."""
    from store.db import connect

    found = {-1: 0, 0: 0, 1: 0}
    for folder, _, _ in collections():
        gold = {d for p in (folder / "timelines").glob("*.txt") for d in gold_dates(p)}
        db = connect(STORES / f"{folder.name}.db")
        for (day,) in db.conn.execute(
            "SELECT date FROM events WHERE precision = 'day' AND date_how = 'relative'"
        ):
            d = dt.date.fromisoformat(day)
            for k in found:
                found[k] += (d + dt.timedelta(days=k)).isoformat() in gold
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    from commands import salience, timeline

    samples, timelines, counts_of = loaded(True)
    prepared, fitted = models(samples, counts_of, SHIPPED)
    by_collection = {s.collection: s for s in prepared}
    ranked = {t.name: t for t in timelines}
    lines = [
        "| gold timeline | gold dates | listed out of order | reachable | best Date-F1 of N "
        "| reachable as meant | best Date-F1 of N as meant | our hits | of which as meant "
        "| our days one day off a missed gold day | ranking at N/2 | at N | at 2N "
        "| days the model finds likelier than not |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    wrong_year = misfiled()
    for folder, topic, subject in collections():
        db = store(folder, True)
        w, b = fitted[topic]
        model = salience.Model(tuple(float(x) for x in w), float(b), SHIPPED.names)
        for path in sorted((folder / "timelines").glob("*.txt")):
            listed = gold_dates(path)
            gold = set(listed)
            t = ranked[f"{folder.name}/{path.stem}"]
            reachable = {d for d, ok in zip(t.dates, t.usable, strict=True) if ok} & gold
            answer = timeline.run(
                db, subject, date_from=min(gold), date_to=max(gold), limit=len(gold), model=model
            )
            ours = {e.date for e in answer.entries}
            meant = reachable - wrong_year.get(t.name, set())
            hits_meant = (ours & gold) - wrong_year.get(t.name, set())
            score = by_collection[folder.name].x @ w + b
            at = [date_f1(top(t, score, max(1, k)), gold)[2] for k in (len(gold) // 2, len(gold))]
            at.append(date_f1(top(t, score, 2 * len(gold)), gold)[2])
            likely = likelier_than_not(t, score)
            lines.append(
                f"| {folder.name}/{path.stem} | {len(gold)} | {out_of_order(listed)} | "
                f"{len(reachable)} | {len(reachable) / len(gold):.3f} | "
                f"{len(meant)} | {len(meant) / len(gold):.3f} | {len(ours & gold)} | "
                f"{len(hits_meant)} | "
                f"{one_day_off(ours, gold)} | "
                + " | ".join(f"{f:.3f}" for f in at)
                + f" | {likely} |"
            )
            print(lines[-1], flush=True)
    shift = relative_offsets()
    publish(
        "Produced by `.venv/bin/python bench/t17_lowest.py` (the shipped features, fitted "
        "leave-one-topic-out, on the stores of bench/timeline17.py). Best Date-F1 of N: "
        "choosing only reachable gold dates among N; as meant: without the gold dates written "
        "in the wrong year (bench/t17_gold_years.json).\n\n" + "\n".join(lines) + "\n\n"
        f'Events dated relatively ("on Tuesday") that fall on a gold day: {shift[0]:,}; '
        f"on the day before one: {shift[1]:,}; on the day after one: {shift[-1]:,}.",
        "t17_lowest",
        write=not args.no_write,
        doc="QUALITY.md",
    )


if __name__ == "__main__":
    main()
