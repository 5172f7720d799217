"""Date-ranking variants on Timeline17, each scored leave-one-topic-out on the ranking alone:
for every gold timeline, the top N candidate dates of its span (N its number of gold dates),
before entries are chosen. The shipped pointwise model is the first row.

Usage: .venv/bin/python bench/t17_variants.py [--reuse]

It reads the candidate dates and features of bench/timeline17.py (its stores, made once with
--reuse off) and fits every model with bench/salience_fit.py, so a variant is fitted on four
topics and scored on the fifth, never on the documents it is scored on. The table it prints
goes into docs/QUALITY.md, with a table of how the gold dates are told in each collection.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from bench.common import publish  # noqa: E402
from bench.salience_fit import Sample, fit  # noqa: E402
from bench.t17_collection import gold_dates  # noqa: E402
from bench.timeline17 import STORES, candidates, collections, date_f1, store  # noqa: E402
from commands.salience import FEATURES, SIGNALS  # noqa: E402

EIGHT = SIGNALS[: SIGNALS.index("is_month") + 1]  # the signals of bd11280's model
D962 = ("articles", "burst", "near_share", "is_day", "is_month")  # the model of d962eb3


@dataclass(frozen=True)
class Timeline:
    topic: str
    name: str  # collection/gold stem
    dates: list[str]  # candidate dates of the collection's span
    usable: np.ndarray  # 1 where rank_dates would rank the date (scoped or articles > 0)
    gold: set[str]
    low: str
    high: str


def loaded(reuse: bool) -> tuple[list[Sample], list[Timeline], list[list]]:
    from commands import salience

    samples, timelines, counts_of = [], [], []
    for folder, topic, subject in collections():
        db = store(folder, reuse)
        golds = {p.stem: set(gold_dates(p)) for p in sorted((folder / "timelines").glob("*.txt"))}
        wanted = set().union(*golds.values())
        counts = candidates(db, subject, min(wanted), max(wanted))
        x = np.array(
            [[v[n] for n in SIGNALS] for v in salience.signals(counts)], dtype=float
        ).reshape(len(counts), -1)
        y = np.array([c.date in wanted for c in counts], dtype=float)
        samples.append(Sample(topic, folder.name, x, y))
        counts_of.append(counts)
        COUNTS_OF[folder.name] = counts
        dates = [c.date for c in counts]
        usable = np.array([bool(c.scoped or c.articles) for c in counts], dtype=float)
        for stem, gold in golds.items():
            timelines.append(
                Timeline(topic, f"{folder.name}/{stem}", dates, usable, gold, min(gold), max(gold))
            )
    return samples, timelines, counts_of


def months_of(low: str, high: str) -> int:
    return (int(high[:4]) - int(low[:4])) * 12 + int(high[5:7]) - int(low[5:7]) + 1


def top(t: Timeline, score: np.ndarray, n: int, apart: int = 0, month_share: float = 0) -> set[str]:
    """The n best-scored days of t's span (bare years last, as rank_dates
    puts them), skipping a date within apart days of one already kept, and with month_share,
    a date of a month already holding month_share times its even share of the n (the skipped
    fill the places left)."""
    order = sorted(
        range(len(t.dates)),
        key=lambda i: (len(t.dates[i]) == 4, -score[i], t.dates[i]),
    )
    kept: list[str] = []
    days: list[dt.date] = []
    quota = max(1, -(-month_share * n // months_of(t.low, t.high))) if month_share else n
    per_month: dict[str, int] = {}
    spare: list[str] = []
    for i in order:
        d = t.dates[i]
        if not t.usable[i] or not (t.low <= d[:10] <= t.high):
            continue
        if per_month.get(d[:7], 0) >= quota:
            spare.append(d)
            continue
        per_month[d[:7]] = per_month.get(d[:7], 0) + 1
        if apart and len(d) == 10:
            day = dt.date.fromisoformat(d)
            if any(abs((day - o).days) <= apart for o in days):
                continue
            days.append(day)
        kept.append(d)
        if len(kept) == n:
            break
    return set(kept + spare[: n - len(kept)])


def pairwise_fit(samples: list[Sample]) -> tuple[np.ndarray, float]:
    """A logistic model of 'gold date above other date' within each collection (RankNet-style
    learning to rank), as one Sample of differences per collection."""
    pairs = []
    rng = np.random.default_rng(0)
    for s in samples:
        pos, neg = s.x[s.y == 1], s.x[s.y == 0]
        if not len(pos) or not len(neg):
            continue
        i = rng.integers(0, len(pos), 4000)
        j = rng.integers(0, len(neg), 4000)
        d = pos[i] - neg[j]
        pairs.append(
            Sample(s.topic, s.collection, np.vstack([d, -d]), np.r_[np.ones(4000), np.zeros(4000)])
        )
    w, _ = fit(pairs)
    return w, 0.0


@dataclass(frozen=True)
class Variant:
    label: str
    names: tuple[str, ...]  # the signals (salience.SIGNALS) the model is fitted on
    pairwise: bool = False  # learning to rank rather than pointwise
    apart: int = 0  # no two kept days within this many days
    neighbours: bool = False  # + the articles of the day before and after
    month_share: float = 0  # at most this many times a month's even share of the days
    month_mentions: bool = False  # + the articles that mention the day's month as a month
    # + the articles mentioning the day that read as a chronology: (at least this many days,
    # spread over at least this many days); (0, 0): no such feature
    chronologies: tuple[int, int] = (0, 0)
    # + the articles published within this many days either side of the day (0: no such
    # feature): the news volume a day's mentions are counted against
    volume: int = 0
    recall_span: bool = False  # + how long after the day its last mention was published
    # + the near share smoothed towards one half by this many mentions either side (0: none):
    # the share of one mention is 0 or 1, and a day told once, later, ranked as a recalled one
    smoothed_near: float = 0
    # + the articles mentioning the day, each counted as one over the days it mentions: a
    # report of one day weighs more than a backgrounder's list of dozens
    focus: bool = False
    # + the articles mentioning the day, each weighing 2 ** -(days between its publication and
    # the day / closeness), either side (0: none): a report of the day weighs more than a
    # recall months on, and an announcement the day before almost as much
    closeness: int = 0
    # + the subject's articles mentioning the day as log(1 + n) / log(1 + the store's
    # articles), not against the largest count of the subject's dates: a day many articles of
    # a small collection tell is not scaled the same as one a few of a large collection tell
    per_collection: bool = False
    # + the burst against the collection's baseline: log((1 + burst) / (1 + the articles the
    # store publishes in three days on average)), so a burst counts by how far it rises above
    # what the collection publishes anyway
    burst_baseline: bool = False

    def has_extra(self) -> bool:
        """Whether the variant adds extra_of's per-day feature."""
        return bool(
            self.volume
            or self.recall_span
            or self.smoothed_near
            or self.focus
            or self.closeness
            or self.per_collection
            or self.burst_baseline
        )

    def extra_scaled(self) -> bool:
        """Whether the extra feature is scaled against the collection's largest (a share or a
        value already set against the collection is not)."""
        return not (self.smoothed_near or self.per_collection or self.burst_baseline)

    def runs_in_pipeline(self) -> bool:
        return not (
            self.apart
            or self.neighbours
            or self.month_share
            or self.month_mentions
            or any(self.chronologies)
        )


def columns(names: tuple[str, ...]) -> Callable[[list[Sample]], list[Sample]]:
    """The samples with only the signals named (salience.SIGNALS)."""
    keep = [SIGNALS.index(n) for n in names]
    return lambda samples: [Sample(s.topic, s.collection, s.x[:, keep], s.y) for s in samples]


def with_neighbours(counts_of: list[list]) -> Callable[[list[Sample]], list[Sample]]:
    """A feature more: the scaled articles of the day before and the day after (a burst of
    news spreads over the days around an event; the gold lists its day)."""

    def add(samples: list[Sample]) -> list[Sample]:
        out = []
        for s, counts in zip(samples, counts_of, strict=True):
            by_day = {c.date: c.articles for c in counts}
            extra = []
            for c in counts:
                if len(c.date) != 10:
                    extra.append(0.0)
                    continue
                day = dt.date.fromisoformat(c.date)
                around = sum(
                    by_day.get((day + dt.timedelta(days=k)).isoformat(), 0) for k in (-1, 1)
                )
                extra.append(np.log1p(around))
            e = np.array(extra)
            e = e / (e.max() or 1.0)
            out.append(Sample(s.topic, s.collection, np.c_[s.x, e], s.y))
        return out

    return add


def with_month_mentions(counts_of: list[list]) -> Callable[[list[Sample]], list[Sample]]:
    """A feature more, for a day: the scaled articles that mention its month as a month ("in
    May", "last March"). A milestone recalled in passing is often recalled by its month only,
    so a month much talked of may hold the day a journalist lists."""

    def add(samples: list[Sample]) -> list[Sample]:
        out = []
        for s, counts in zip(samples, counts_of, strict=True):
            by_month = {c.date: c.articles for c in counts if len(c.date) == 7}
            e = np.array(
                [
                    np.log1p(by_month.get(c.date[:7], 0)) if len(c.date) == 10 else 0.0
                    for c in counts
                ]
            )
            e = e / (e.max() or 1.0)
            out.append(Sample(s.topic, s.collection, np.c_[s.x, e], s.y))
        return out

    return add


def chronology_days(db, least_days: int, least_span: int) -> dict[str, int]:
    """For each day, the articles mentioning it that read as a chronology: at least
    least_days distinct days mentioned, the first and last at least least_span days apart (a
    "key events" page, a year in review). A journalist's timeline lists the milestones such
    pages list, however few other articles mention them."""
    listing = {
        article
        for article, days, first, last in db.conn.execute(
            "SELECT article_id, COUNT(DISTINCT date), MIN(date), MAX(date) FROM events "
            "WHERE precision = 'day' GROUP BY article_id"
        )
        if days >= least_days
        and (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days >= least_span
    }
    out: dict[str, int] = {}
    for date, article in db.conn.execute(
        "SELECT DISTINCT date, article_id FROM events WHERE precision = 'day'"
    ):
        if article in listing:
            out[date] = out.get(date, 0) + 1
    return out


def with_chronologies(least: tuple[int, int]) -> Callable[[list[Sample]], list[Sample]]:
    """A feature more, for a day: the scaled articles mentioning it that read as a chronology
    (chronology_days)."""

    def add(samples: list[Sample]) -> list[Sample]:
        out = []
        for s in samples:
            folder = next(f for f, _, _ in collections() if f.name == s.collection)
            by_day = chronology_days(store(folder, True), *least)
            counts = COUNTS_OF[s.collection]
            e = np.array([np.log1p(by_day.get(c.date, 0)) for c in counts])
            e = e / (e.max() or 1.0)
            out.append(Sample(s.topic, s.collection, np.c_[s.x, e], s.y))
        return out

    return add


def published_around(db, days: int) -> Callable[[str], int]:
    """The store's articles published within days either side of a day."""
    import bisect

    published = sorted(
        dt.date.fromisoformat(r[0][:10])
        for r in db.conn.execute("SELECT published FROM articles WHERE length(published) >= 10")
    )

    def around(date: str) -> int:
        if len(date) != 10:
            return 0
        day = dt.date.fromisoformat(date)
        low = bisect.bisect_left(published, day - dt.timedelta(days=days))
        return bisect.bisect_right(published, day + dt.timedelta(days=days)) - low

    return around


def extra_of(v: Variant, db) -> Callable[[Any], float]:
    """The unscaled value, for a candidate date (a salience.DateCounts), of the variant's
    extra feature: log(1 + the articles published within v.volume days either side of the
    day), log(1 + the days from the day to the last article mentioning it) (both 0 for a
    month or a week), the near share smoothed towards one half by v.smoothed_near mentions
    on either side, or log(1 + the articles mentioning the day, each weighing one over the
    days it mentions)."""
    if v.focus:
        weighed = focused_mentions(db)
        return lambda row: float(np.log1p(weighed.get(row.date, 0.0)))
    if v.closeness:
        close = close_mentions(db, v.closeness)
        return lambda row: float(np.log1p(close.get(row.date, 0.0)))
    if v.per_collection:
        size = db.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return lambda row: float(np.log1p(row.articles) / np.log1p(max(size, 1)))
    if v.burst_baseline:
        expected = three_day_baseline(db)
        return lambda row: float(np.log((1 + row.burst) / (1 + expected)))
    if v.volume:
        around = published_around(db, v.volume)
        return lambda row: float(np.log1p(around(row.date)))
    if v.smoothed_near:
        prior = v.smoothed_near
        return lambda row: (row.near + prior) / (row.articles + 2 * prior)
    last = last_mentions(db)

    def span(row) -> float:
        told = last.get(row.date)
        if len(row.date) != 10 or told is None:
            return 0.0
        gap = (dt.date.fromisoformat(told) - dt.date.fromisoformat(row.date)).days
        return float(np.log1p(max(gap, 0)))

    return span


def focused_mentions(db) -> dict[str, float]:
    """For each day, the store's articles mentioning it, each weighing one over the distinct
    days it mentions."""
    days_of = dict(
        db.conn.execute(
            "SELECT article_id, COUNT(DISTINCT date) FROM events WHERE precision = 'day' "
            "GROUP BY article_id"
        )
    )
    out: dict[str, float] = {}
    for date, article in db.conn.execute(
        "SELECT DISTINCT date, article_id FROM events WHERE precision = 'day'"
    ):
        out[date] = out.get(date, 0.0) + 1.0 / days_of[article]
    return out


def close_mentions(db, half_life: int) -> dict[str, float]:
    """For each day, the store's articles mentioning it, each weighing 2 ** -(days between
    its publication and the day / half_life), either side (the temporal closeness of Tran et
    al. 2013's date features)."""
    found: dict[str, dict[int, int]] = {}
    for date, article, published in db.conn.execute(
        "SELECT e.date, e.article_id, substr(a.published, 1, 10) FROM events e "
        "JOIN articles a ON a.id = e.article_id "
        "WHERE e.precision = 'day' AND length(a.published) >= 10"
    ):
        gap = abs((dt.date.fromisoformat(published) - dt.date.fromisoformat(date)).days)
        found.setdefault(date, {})[article] = gap
    return {d: sum(2.0 ** (-g / half_life) for g in by.values()) for d, by in found.items()}


def three_day_baseline(db) -> float:
    """The articles the store publishes in three days (a burst's window), on average over its
    publication span."""
    first, last, n = db.conn.execute(
        "SELECT MIN(substr(published, 1, 10)), MAX(substr(published, 1, 10)), COUNT(*) "
        "FROM articles WHERE length(published) >= 10"
    ).fetchone()
    if not n:
        return 0.0
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    return 3 * n / days


def last_mentions(db) -> dict[str, str]:
    """For each day, the latest publication date of an article mentioning it."""
    return dict(
        db.conn.execute(
            "SELECT e.date, MAX(substr(a.published, 1, 10)) FROM events e "
            "JOIN articles a ON a.id = e.article_id "
            "WHERE e.precision = 'day' AND length(a.published) >= 10 GROUP BY e.date"
        )
    )


def with_extra(v: Variant) -> Callable[[list[Sample]], list[Sample]]:
    """A feature more, for a day: extra_of(v), scaled against the collection's largest.

    volume: a long-running story is covered unevenly (253 of Syria BBC's 308 articles are of
    2012), so the same count of mentions might mean more in a quiet month than in a busy one;
    fitted beside the articles count, a negative weight would make the count a share of the
    news. recall_span: a turning point is still recalled months on, a day of routine news for a
    few days, however many articles report it."""

    def add(samples: list[Sample]) -> list[Sample]:
        out = []
        for s in samples:
            folder = next(f for f, _, _ in collections() if f.name == s.collection)
            value = extra_of(v, store(folder, True))
            e = np.array([value(c) for c in COUNTS_OF[s.collection]])
            if v.extra_scaled():
                e = e / (e.max() or 1.0)
            out.append(Sample(s.topic, s.collection, np.c_[s.x, e], s.y))
        return out

    return add


COUNTS_OF: dict[str, list] = {}  # a collection's candidate dates, as loaded() read them


def models(samples: list[Sample], counts_of: list[list], v: Variant) -> tuple[list, dict]:
    prepared = columns(v.names)(samples)
    if any(v.chronologies):
        prepared = with_chronologies(v.chronologies)(prepared)
    if v.has_extra():
        prepared = with_extra(v)(prepared)
    if v.neighbours:
        prepared = with_neighbours(counts_of)(prepared)
    if v.month_mentions:
        prepared = with_month_mentions(counts_of)(prepared)
    fitter = pairwise_fit if v.pairwise else fit
    topics = sorted({s.topic for s in prepared})
    return prepared, {t: fitter([s for s in prepared if s.topic != t]) for t in topics}


def ranking_scores(
    samples: list[Sample], timelines: list[Timeline], counts_of: list[list], v: Variant
) -> dict[str, float]:
    """Date-F1 of the top N candidates of each gold timeline, ranked by the LOTO model."""
    prepared, fitted = models(samples, counts_of, v)
    by_collection = {s.collection: s for s in prepared}
    out = {}
    for t in timelines:
        w, b = fitted[t.topic]
        s = by_collection[t.name.split("/")[0]]
        chosen = top(t, s.x @ w + b, len(t.gold), v.apart, v.month_share)
        out[t.name] = date_f1(chosen, t.gold)[2]
    return out


def pipeline_scores(
    samples: list[Sample],
    counts_of: list[list],
    v: Variant,
    reuse: bool,
    chosen_of: dict[str, list[str]] | None = None,
) -> dict[str, float]:
    """Date-F1 of `timeline SUBJECT --limit N` with the LOTO model: what users get (and, given
    chosen_of, each timeline's chosen dates in it, to read which gold days a variant moves)."""
    from commands import salience, timeline

    _, fitted = models(samples, counts_of, v)
    extra = v.has_extra()
    names = (*v.names, EXTRA) if extra else v.names
    shipped_columns = salience._columns
    out = {}
    try:
        for folder, topic, subject in collections():
            db = store(folder, True)
            if extra:
                salience._columns = _with_extra_column(
                    shipped_columns, extra_of(v, db), scaled=v.extra_scaled()
                )  # type: ignore[assignment]
            w, b = fitted[topic]
            model = salience.Model(tuple(float(x) for x in w), float(b), names)
            for path in sorted((folder / "timelines").glob("*.txt")):
                gold = set(gold_dates(path))
                answer = timeline.run(
                    db,
                    subject,
                    date_from=min(gold),
                    date_to=max(gold),
                    limit=len(gold),
                    model=model,
                )
                chosen = {e.date for e in answer.entries}
                out[f"{folder.name}/{path.stem}"] = date_f1(chosen, gold)[2]
                if chosen_of is not None:
                    chosen_of[f"{folder.name}/{path.stem}"] = sorted(chosen)
    finally:
        salience._columns = shipped_columns  # type: ignore[assignment]
    return out


EXTRA = "extra"  # the name a variant's extra per-day feature goes by in the model


def _with_extra_column(
    columns: Callable, value: Callable[[Any], float], scaled: bool = True
) -> Callable:
    """salience's _columns, knowing one more signal (EXTRA): value of each row, scaled (where
    scaled) against the rows' largest as the counts are, so that a variant's extra feature
    ranks the dates `timeline` reads as in the fit."""

    def patched(rows, names):
        shipped = [n for n in names if n != EXTRA]
        found = dict(zip(shipped, columns(rows, shipped), strict=True))
        if EXTRA in names:
            raw = [value(r) for r in rows]
            top = (max(raw, default=0.0) or 1.0) if scaled else 1.0
            found[EXTRA] = [x / top for x in raw]
        return [found[n] for n in names]

    return patched


VARIANTS = [
    Variant(
        "the 8 signals (the model of bd11280)",
        EIGHT,
    ),
    Variant("the 8 signals, pairwise (learning to rank)", EIGHT, pairwise=True),
    Variant("the 8 signals, no two kept days adjacent", EIGHT, apart=1),
    Variant("the 8 signals, kept days at least 3 days apart", EIGHT, apart=2),
    Variant("the 8 signals + articles of the day before and after", EIGHT, neighbours=True),
    Variant("articles, precision", ("articles", "is_day", "is_month")),
    Variant("articles, precision, pairwise", ("articles", "is_day", "is_month"), pairwise=True),
    Variant("scoped, precision", ("scoped", "is_day", "is_month")),
    Variant("articles, scoped, precision", ("articles", "scoped", "is_day", "is_month")),
    Variant("articles, named, precision", ("articles", "named", "is_day", "is_month")),
    Variant("articles, leads, precision", ("articles", "leads", "is_day", "is_month")),
    Variant("articles, burst, precision", ("articles", "burst", "is_day", "is_month")),
    Variant("articles, near share, precision", ("articles", "near_share", "is_day", "is_month")),
    Variant(
        "articles against the subject's articles in the span, precision",
        ("articles_by_volume", "is_day", "is_month"),
    ),
    Variant(
        "articles, burst, near share, precision (the model of d962eb3)",
        D962,
    ),
    Variant(
        "articles against the subject's articles in the span, burst, near share, precision "
        "(shipped)",
        FEATURES,
    ),
    Variant(
        "articles against the subject's articles in the span, near share, precision",
        ("articles_by_volume", "near_share", "is_day", "is_month"),
    ),
    Variant(
        "articles, scoped, burst, near share, precision",
        ("articles", "scoped", "burst", "near_share", "is_day", "is_month"),
    ),
    Variant(
        "articles, leads, burst, near share, precision",
        ("articles", "leads", "burst", "near_share", "is_day", "is_month"),
    ),
    Variant(
        "articles, burst, recalled, precision (recalled: mentions over a week after)",
        ("articles", "burst", "recalled", "is_day", "is_month"),
    ),
    Variant(
        "articles, burst, near share, precision, recalled",
        ("articles", "burst", "near_share", "is_day", "is_month", "recalled"),
    ),
    Variant(
        "shipped, a month at most twice its even share of the days",
        FEATURES,
        month_share=2,
    ),
    Variant(
        "shipped, a month at most four times its even share of the days",
        FEATURES,
        month_share=4,
    ),
    Variant(
        "shipped + articles mentioning the day's month as a month",
        FEATURES,
        month_mentions=True,
    ),
    Variant(
        "articles, precision + articles mentioning the day's month as a month",
        ("articles", "is_day", "is_month"),
        month_mentions=True,
    ),
    Variant(
        "shipped + articles listing the day in a chronology (5 days over 60)",
        FEATURES,
        chronologies=(5, 60),
    ),
    Variant(
        "shipped + articles listing the day in a chronology (6 days over 90)",
        FEATURES,
        chronologies=(6, 90),
    ),
    Variant(
        "shipped + articles listing the day in a chronology (5 days over 180)",
        FEATURES,
        chronologies=(5, 180),
    ),
    Variant(
        "shipped + articles published within 7 days either side of the day",
        FEATURES,
        volume=7,
    ),
    Variant(
        "shipped + articles published within 15 days either side of the day",
        FEATURES,
        volume=15,
    ),
    Variant(
        "shipped + articles published within 30 days either side of the day",
        FEATURES,
        volume=30,
    ),
    Variant(
        "shipped + days from the day to its last mention",
        FEATURES,
        recall_span=True,
    ),
    Variant(
        "articles, burst, precision + days from the day to its last mention",
        ("articles", "burst", "is_day", "is_month"),
        recall_span=True,
    ),
    Variant(
        "articles, burst, precision + near share smoothed by 1 mention either side",
        ("articles", "burst", "is_day", "is_month"),
        smoothed_near=1,
    ),
    Variant(
        "articles, burst, precision + near share smoothed by 2 mentions either side",
        ("articles", "burst", "is_day", "is_month"),
        smoothed_near=2,
    ),
    Variant(
        "shipped + articles mentioning the day, each weighing one over the days it mentions",
        FEATURES,
        focus=True,
    ),
    Variant(
        "articles, precision + articles mentioning the day, each weighing one over its days",
        ("articles", "is_day", "is_month"),
        focus=True,
    ),
    Variant(
        "burst, near share, precision (no articles count)",
        ("burst", "near_share", "is_day", "is_month"),
    ),
    Variant(
        "d962eb3's model + articles mentioning the day, weighed by closeness (half-life 7 days)",
        D962,
        closeness=7,
    ),
    Variant(
        "articles, burst, precision + articles mentioning the day, weighed by closeness",
        ("articles", "burst", "is_day", "is_month"),
        closeness=7,
    ),
    Variant(
        "burst, near share, precision + articles scaled against the collection's size",
        ("burst", "near_share", "is_day", "is_month"),
        per_collection=True,
    ),
    Variant(
        "d962eb3's model + articles scaled against the collection's size",
        D962,
        per_collection=True,
    ),
    Variant(
        "articles, near share, precision + burst against the collection's 3-day baseline",
        ("articles", "near_share", "is_day", "is_month"),
        burst_baseline=True,
    ),
    Variant(
        "d962eb3's model + burst against the collection's 3-day baseline",
        D962,
        burst_baseline=True,
    ),
]
LOWEST = ("SyrianCrisis_bbc/tl1", "SyrianCrisis_reuters/tl2.2")


def gold_mentions() -> str:
    """How each gold timeline's dates are told in its collection: as a day written out, only
    by a relative mention the tagger resolved ("on Tuesday", "yesterday"), or never as a day
    (and of those, how many lie outside the collection's publication span)."""
    from store.db import connect

    lines = [
        "| gold timeline | gold dates | told as a day | of which only relatively | never as a day "
        "| of which outside the publication span |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    totals = [0] * 5
    for folder, _, _ in collections():
        db = connect(STORES / f"{folder.name}.db")
        how: dict[str, set[str]] = {}
        for date, told in db.conn.execute(
            "SELECT date, date_how FROM events WHERE precision = 'day'"
        ):
            how.setdefault(date, set()).add(told)
        published = [
            r[0][:10]
            for r in db.conn.execute("SELECT published FROM articles WHERE published > ''")
        ]
        for path in sorted((folder / "timelines").glob("*.txt")):
            gold = set(gold_dates(path))
            never = [g for g in gold if g not in how]
            row = [
                len(gold),
                len(gold) - len(never),
                sum(how.get(g) == {"relative"} for g in gold),
                len(never),
                sum(not (min(published) <= g <= max(published)) for g in never),
            ]
            totals = [t + r for t, r in zip(totals, row, strict=True)]
            lines.append(f"| {folder.name}/{path.stem} | " + " | ".join(map(str, row)) + " |")
    lines.append("| **all 14** | " + " | ".join(f"**{t}**" for t in totals) + " |")
    return "\n".join(lines)


def gold_body() -> str:
    return (
        "Produced by `.venv/bin/python bench/t17_variants.py` from the stores of "
        "bench/timeline17.py.\n\n" + gold_mentions()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="reuse bench/timeline17.py's stores")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--gold-only", action="store_true", help="only the gold dates' table")
    parser.add_argument(
        "--only",
        metavar="WORDS",
        help="run only the shipped row and the variants whose label holds WORDS, or one of "
        "several WORDS parted by '|' (implies --no-write); prints each timeline's figure and "
        "chosen dates",
    )
    args = parser.parse_args()
    if args.gold_only:
        publish(gold_body(), "t17_gold_dates", write=not args.no_write, doc="QUALITY.md")
        return
    samples, timelines, counts_of = loaded(args.reuse)
    lines = [
        "| variant | ranking: mean | ranking: lowest | timeline: mean | timeline: lowest "
        "| timeline: Syria BBC | timeline: Syria Reuters tl2.2 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    chosen = [
        v
        for v in VARIANTS
        if not args.only
        or v.label.endswith("(shipped)")
        or any(words in v.label for words in args.only.split("|"))
    ]
    for v in chosen:
        ranked = ranking_scores(samples, timelines, counts_of, v)
        cells = [f"{sum(ranked.values()) / len(ranked):.3f}", f"{min(ranked.values()):.3f}"]
        if v.runs_in_pipeline():
            dates: dict[str, list[str]] = {}
            told = pipeline_scores(samples, counts_of, v, args.reuse, dates)
            cells += [f"{sum(told.values()) / len(told):.3f}", f"{min(told.values()):.3f}"]
            cells += [f"{told[n]:.3f}" for n in LOWEST]
            if args.only:  # each timeline's figure, to read a variant row by row
                print(
                    json.dumps(
                        {"variant": v.label, "ranking": ranked, "timeline": told, "dates": dates}
                    )
                )
        else:
            cells += ["", "", "", ""]
        lines.append(f"| {v.label} | " + " | ".join(cells) + " |")
        print(lines[-1], flush=True)
    publish(
        "Produced by `.venv/bin/python bench/t17_variants.py`: each variant fitted on four "
        "topics and scored on the fifth (leave-one-topic-out). Ranking: the top N candidate "
        "dates of each gold timeline's span; timeline: `timeline SUBJECT --limit N`, what "
        "users get.\n\n" + "\n".join(lines),
        "t17_variants",
        write=not (args.no_write or args.only),
        doc="QUALITY.md",
    )
    if not args.only:
        publish(gold_body(), "t17_gold_dates", write=not args.no_write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
