"""Why a topic's Timeline17 timelines score as they do: for each gold timeline, the gold dates
the timeline misses and the dates it chooses that are not gold, each with its signal values,
its rank among the span's candidates and a few of the articles that tell it.

Usage: .venv/bin/python bench/timeline17.py --explain TOPIC (TOPIC: a subject asked, "Syria")

The model is the shipped features fitted leave-one-topic-out (the topic's own dates never fit
it), as the LOTO column of bench/timeline17.py; the stores are bench/timeline17.py's. It prints
to the terminal only: the sentences it shows are for reading, not for keeping.
"""

from __future__ import annotations

import datetime as dt

from bench.t17_collection import gold_dates
from bench.timeline17 import collections, store

ARTICLES_SHOWN = 3
SNIPPET = 110


def _articles_telling(db, date: str, limit: int = ARTICLES_SHOWN) -> list[str]:
    """'article id (published, how dated): "sentence start"' for a few articles whose events are
    dated date, those that write the date out first."""
    rows = db.conn.execute(
        "SELECT e.article_id, a.published, e.date_how, e.date_text, a.text, e.start, e.end "
        "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.date = ? "
        "ORDER BY e.date_how != 'explicit', e.article_id",
        (date,),
    ).fetchall()
    shown, seen = [], set()
    for article, published, how, said, text, start, end in rows:
        if article in seen:
            continue
        seen.add(article)
        sentence = " ".join(text[start:end].split())[:SNIPPET]
        shown.append(f'#{article} ({(published or "")[:10]}, {how} "{said}"): "{sentence}"')
        if len(shown) == limit:
            break
    return shown


def _other_years(candidates: set[str], date: str) -> list[str]:
    """Candidate days with the date's month and day in another year (a year the tagger or the
    gold may have written wrong)."""
    return sorted(c for c in candidates if len(c) == 10 and c[4:] == date[4:] and c != date)


def ranked_span(scored: dict[str, float], gold: set[str]) -> tuple[str, str, dict[str, int]]:
    """A gold timeline's first and last day, and the rank by score of each candidate day
    (dates of a day's precision) between them."""
    low, high = min(gold), max(gold)
    span = sorted(
        (d for d in scored if low <= d[:10] <= high and len(d) == 10),
        key=lambda d: -scored[d],
    )
    return low, high, {d: i + 1 for i, d in enumerate(span)}


def dropped_back(listed: list[str]) -> set[str]:
    """The gold dates that break the file's order, as bench/t17_lowest.py counts them: listed
    after a later date in a file that runs oldest first, or after an earlier one in a file
    that runs newest first (the fewer). A journalist's timeline runs in date order, so such a
    date is most often a year written wrong."""

    def breaks(dates: list[str]) -> set[str]:
        latest, out = "", set()
        for d in dates:
            if d < latest:
                out.add(d)
            latest = max(latest, d)
        return out

    return min(breaks(listed), breaks(listed[::-1]), key=len)


def _busy_months(db) -> set[str]:
    """The months in which the store published more articles than in its median month."""
    per_month = dict(
        db.conn.execute(
            "SELECT substr(published, 1, 7), COUNT(*) FROM articles "
            "WHERE length(published) >= 7 GROUP BY 1"
        )
    )
    ordered = sorted(per_month.values())
    median = ordered[len(ordered) // 2] if ordered else 0
    return {m for m, n in per_month.items() if n > median}


def kinds(listed, gold, ours, raw, db) -> dict[str, int]:
    """The missed gold dates and the chosen dates that are not gold, each counted under one
    kind (the first that applies, in this order)."""
    back = dropped_back(listed)
    busy = _busy_months(db)
    relative = {
        d
        for (d,) in db.conn.execute(
            "SELECT date FROM events WHERE precision = 'day' GROUP BY date "
            "HAVING SUM(date_how != 'relative') = 0"
        )
    }
    out: dict[str, int] = {}

    def add(kind: str) -> None:
        out[kind] = out.get(kind, 0) + 1

    days = [dt.date.fromisoformat(o) for o in ours if len(o) == 10]
    for d in sorted(gold - ours):
        c = raw.get(d)
        day = dt.date.fromisoformat(d)
        if d in back:
            add("missed: listed out of order (the gold's year wrong)")
        elif c is None or not (c.articles or c.scoped):
            add("missed: no article about the subject tells it as a day")
        elif c.articles <= 2:
            add("missed: told by 1-2 articles about the subject")
        else:
            add("missed: told by 3 or more, outranked")
        if c is not None and d in relative:
            add("  (of the missed: told only relatively, 'on Friday')")
        if any(abs((o - day).days) == 1 for o in days):
            add("  (of the missed: we chose the day before or after)")
    missed = [dt.date.fromisoformat(g) for g in gold - ours if len(g) == 10]
    for d in sorted(ours - gold):
        c = raw[d]
        if c.articles >= 5:
            add("chosen: told by 5 or more articles about the subject")
        elif c.articles >= 3:
            add("chosen: told by 3-4")
        else:
            add("chosen: told by 0-2 (a tie among rare days)")
        if len(d) == 10 and any(abs((g - dt.date.fromisoformat(d)).days) <= 3 for g in missed):
            add("  (of the chosen: within 3 days of a missed gold day)")
        if d[:7] in busy:
            add("  (of the chosen: in a month busier than the median month)")
    for d in gold:
        if d[:7] in busy:
            add("gold dates in a month busier than the median month")
    return out


def explain(subject_asked: str) -> None:
    from bench.t17_variants import VARIANTS, loaded, models
    from commands import salience, timeline

    shipped = next(v for v in VARIANTS if v.label.endswith("(shipped)"))
    samples, _, counts_of = loaded(True)
    prepared, fitted = models(samples, counts_of, shipped)
    by_collection = {s.collection: (s, c) for s, c in zip(prepared, counts_of, strict=True)}
    totals: dict[str, dict[str, int]] = {}
    for folder, topic, subject in collections():
        if subject.lower() != subject_asked.lower():
            continue
        db = store(folder, True)
        w, b = fitted[topic]
        model = salience.Model(tuple(float(x) for x in w), float(b), shipped.names)
        sample, counts = by_collection[folder.name]
        score = sample.x @ w + b
        raw = {c.date: c for c in counts}
        scored = {c.date: float(s) for c, s in zip(counts, score, strict=True)}
        print(f"== {folder.name}: model {dict(zip(shipped.names, w.round(2), strict=True))}")
        for path in sorted((folder / "timelines").glob("*.txt")):
            listed = gold_dates(path)
            gold = set(listed)
            low, high, rank = ranked_span(scored, gold)
            answer = timeline.run(
                db, subject, date_from=low, date_to=high, limit=len(gold), model=model
            )
            ours = {e.date for e in answer.entries}
            totals[f"{folder.name}/{path.stem}"] = kinds(listed, gold, ours, raw, db)
            print(
                f"\n-- {path.stem}: {len(gold)} gold, {len(ours)} chosen, {len(ours & gold)} hits; "
                f"{len(rank)} candidate days in {low}..{high}"
            )
            for label, dates in (("MISSED GOLD", gold - ours), ("CHOSEN, NOT GOLD", ours - gold)):
                print(f"  {label} ({len(dates)})")
                for d in sorted(dates):
                    c = raw.get(d)
                    near = ""
                    if len(d) == 10:
                        day = dt.date.fromisoformat(d)
                        other = gold if label.startswith("CHOSEN") else ours
                        off = [
                            o
                            for o in other
                            if len(o) == 10 and abs((dt.date.fromisoformat(o) - day).days) <= 3
                        ]
                        near = f" within 3 days of {sorted(off)}" if off else ""
                    if c is None:
                        other_years = _other_years(set(raw), d)
                        print(f"   {d}: no candidate{near}; other years {other_years}")
                    else:
                        print(
                            f"   {d}: rank {rank.get(d, '-')} score {scored[d]:+.2f} "
                            f"articles {c.articles} burst {c.burst} near {c.near} "
                            f"scoped {c.scoped} leads {c.leads}{near}"
                        )
                    for line in _articles_telling(db, d):
                        print(f"      {line}")
    names = sorted({k for t in totals.values() for k in t})
    print("\n== kinds, per gold timeline (" + ", ".join(totals) + ", all)")
    for k in names:
        row = [t.get(k, 0) for t in totals.values()]
        print(f"  {k}: " + " ".join(map(str, row)) + f" | {sum(row)}")
