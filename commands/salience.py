"""How likely a journalist's timeline of a subject is to list a date: a logistic model over the
signals the timeline-summarisation literature found (Tran et al. 2013; Ghalandari et al. 2020,
DATEWISE), computed from counts kept at ingest (store/date_counts.py):

- articles: articles about the subject that mention the date;
- burst: articles about the subject published on the date or the two days after;
- near: the share of mentions published within a week after the date (a date recalled long
  after is history, not news);
- the date's precision (a timeline is made of days).

Five more signals are kept and measured but not in the model (see FEATURES): scoped and
named (articles that mention the date in the subject's scope, or in a clause naming it),
leads (articles that mention it in their lead), recalled (articles that mention it more
than a week after it: a milestone recalled in passing) and articles_by_volume (the articles
set against the subject's articles published in the span asked).

Dates are ranked by the model's score (ranked). A model may also have a spread: each day's
score is then lowered, once a day near it is ranked, by the spread times exp(-days apart /
SPREAD_DAYS), since one event's reports spread over the days around it and a journalist lists
its day, not each day of the burst. The shipped model has none (0): fitted leave-one-topic-out
(bench/timeline17.py --spread) it gained Timeline17 two gold days net, but on a store of many
subjects it traded well-reported days for days told by fewer reports, and the entry audit
judged fewer entries right (docs/QUALITY.md, Timelines).

Counts enter as log(1 + n) / log(1 + the largest n among the candidate dates), so a model
fitted on small collections ranks a large store's dates the same way; articles_by_volume as
log(1 + n) / log(1 + the subject's articles published in the span), those being the
candidates' bursts summed over the days an article counts in, and never fewer than the
largest n. The weights are data, in salience.json beside this module, fitted by
bench/timeline17.py --fit (bench/salience_fit.py).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from commands.reported_dates import precision_of
from text.data import json_file

# An article counts in the burst of its publication day and the BURST_DAYS before, as counted
# at ingest (store/date_counts.py, which a question does not import: it is the write path's).
BURST_DAYS = 2
# A ranked day lowers the days near it by the model's spread times exp(-days apart /
# SPREAD_DAYS). An event's reports come out over the day and the BURST_DAYS after (the burst
# counts them so), so a day that close to a ranked day is most often the same news told again;
# the penalty falls by e with every such stretch and stops at SPREAD_REACH days (under 1%).
SPREAD_DAYS = BURST_DAYS
SPREAD_REACH = 5 * SPREAD_DAYS

SIGNALS = (
    "articles",
    "scoped",
    "named",
    "leads",
    "burst",
    "near_share",
    "is_day",
    "is_month",
    "recalled",
    "articles_by_volume",
)
# The model's features: the date's articles, its two timing signals and its precision. The
# scoped, named and lead counts are subsets of the articles count, so a model given them
# fits weights of either sign to the same evidence (named and leads came out negative) and
# ranked the topics it was not fitted on worse (docs/QUALITY.md, variants scored
# leave-one-topic-out); they are still kept at ingest and read for entries. articles_by_volume
# in place of articles gained one right Timeline17 day leave-one-topic-out but changed 60 of 84
# timelines of a 100k-article store of many subjects, for the better and the worse alike, and
# the unseen subjects' audit not at all (docs/QUALITY.md, Timelines): computed, not weighed.
FEATURES = ("articles", "burst", "near_share", "is_day", "is_month")
COUNTS = ("articles", "scoped", "named", "leads", "near", "burst")


@dataclass(frozen=True)
class DateCounts:
    date: str
    sort_key: str
    articles: int
    scoped: int
    named: int
    leads: int
    near: int
    burst: int


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    names: tuple[str, ...] = FEATURES  # the signal each weight multiplies
    spread: float = 0.0  # how much a ranked day lowers the days near it (ranked)

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Model:
        """The model of a weights file: its features are the signals it names."""
        weights = doc["weights"]
        unknown = sorted(set(weights) - set(SIGNALS))
        if unknown:
            raise ValueError(f"salience weights name unknown signals: {', '.join(unknown)}")
        names = tuple(weights)
        return cls(
            tuple(float(weights[f]) for f in names),
            float(doc["bias"]),
            names,
            float(doc.get("spread", 0.0)),
        )


# A date's precision, parsed once: a timeline scores its subject's 600 dates, and the same
# dates come back query after query (a TimeML parse is about 40 µs).
_precision = lru_cache(maxsize=65536)(precision_of)


@cache
def shipped() -> Model:
    return Model.from_json(json_file("commands", "salience.json"))


def _columns(rows: Sequence[DateCounts], names: Sequence[str]) -> list[list[float]]:
    """The values of each signal named, one list per name, over rows. Plain Python: a query
    scores at most a few hundred dates, and numpy would cost its import to every terminal
    command."""
    precisions = [_precision(r.date) for r in rows] if {"is_day", "is_month"} & set(names) else []
    columns = []
    for name in names:
        if name in COUNTS:  # log(1 + n), scaled against the rows' largest
            logs = [math.log1p(getattr(r, name)) for r in rows]
            top = max(logs, default=0.0) or 1.0
            columns.append([v / top for v in logs])
        elif name == "articles_by_volume":
            columns.append(_by_volume(rows))
        elif name == "recalled":  # the articles count less the near one, scaled as counts are
            logs = [math.log1p(max(r.articles - r.near, 0)) for r in rows]
            top = max(logs, default=0.0) or 1.0
            columns.append([v / top for v in logs])
        elif name == "near_share":
            columns.append([r.near / r.articles if r.articles > 0 else 0.0 for r in rows])
        elif name in ("is_day", "is_month"):
            columns.append([float(p == name[3:]) for p in precisions])
        else:
            raise ValueError(f"unknown salience signal {name!r}")
    return columns


def _by_volume(rows: Sequence[DateCounts]) -> list[float]:
    """log(1 + articles) / log(1 + the subject's articles published in the rows' span), for
    each row. Each article about the subject adds one to the burst of the BURST_DAYS + 1 days
    ending on its publication day, so the bursts summed, over that, count the articles the
    rows saw published. The volume is never fewer than the largest articles count: that
    count also holds articles whose dated events are only in the subject's scope, which add
    no burst, and the dates read may not hold every day the subject was published on."""
    published = sum(r.burst for r in rows) / (BURST_DAYS + 1)
    volume = max(published, max((r.articles for r in rows), default=0), 1.0)
    top = math.log1p(volume)
    return [math.log1p(r.articles) / top for r in rows]


def signals(rows: Sequence[DateCounts]) -> list[dict[str, float]]:
    """Every signal (SIGNALS) of each row, by name."""
    columns = _columns(rows, SIGNALS)
    return [dict(zip(SIGNALS, values, strict=True)) for values in zip(*columns, strict=True)]


def features(rows: Sequence[DateCounts], names: Sequence[str] = FEATURES) -> list[list[float]]:
    """One feature vector (the signals names, in order) per row."""
    if not rows:
        return []
    return [list(values) for values in zip(*_columns(rows, names), strict=True)]


def scores(rows: Sequence[DateCounts], model: Model | None = None) -> list[float]:
    """The model's log-odds for each row (higher: likelier in a journalist's timeline)."""
    model = model or shipped()
    return [
        sum(w * x for w, x in zip(model.weights, v, strict=True)) + model.bias
        for v in features(rows, model.names)
    ]


def ranked(rows: Sequence[DateCounts], scored: Sequence[float], spread: float) -> list[int]:
    """The indices of rows, best first: bare years last (a year groups a subject's events and
    tells none), then by score, each day's score lowered, once a day near it is ranked, by
    spread * exp(-days apart / SPREAD_DAYS), within SPREAD_REACH days; ties in date order.
    With spread 0, the order of the scores alone."""
    order = sorted(
        range(len(rows)),
        key=lambda i: (len(rows[i].date) == YEAR_CHARS, -scored[i], rows[i].sort_key),
    )
    if spread <= 0:
        return order
    years = [i for i in order if len(rows[i].date) == YEAR_CHARS]
    tie = {i: n for n, i in enumerate(sorted(range(len(rows)), key=lambda i: rows[i].sort_key))}
    # lowered[k]: what a ranked day takes from a day k - SPREAD_REACH days from it
    lowered = [
        spread * math.exp(-abs(k - SPREAD_REACH) / SPREAD_DAYS) if k != SPREAD_REACH else 0.0
        for k in range(2 * SPREAD_REACH + 1)
    ]
    # the days, in date order, and the day of each row that is one
    days = sorted((_ordinal(r.date), i) for i, r in enumerate(rows) if _precision(r.date) == "day")
    ordinals = [d for d, _ in days]
    day_of = {i: d for d, i in days}
    current = list(scored)
    # A min-heap of (-score, tie, index). Scores only fall, so an entry whose score is no
    # longer current is too high: it goes back in with its current score when on top.
    heap = [(-current[i], tie[i], i) for i in order if len(rows[i].date) != YEAR_CHARS]
    heapq.heapify(heap)
    taken = [False] * len(rows)
    out: list[int] = []
    while heap:
        negative, rank, i = heapq.heappop(heap)
        if taken[i]:
            continue
        if -negative != current[i]:
            heapq.heappush(heap, (-current[i], rank, i))
            continue
        taken[i] = True
        out.append(i)
        day = day_of.get(i)
        if day is None:
            continue
        low = bisect_left(ordinals, day - SPREAD_REACH)
        high = bisect_right(ordinals, day + SPREAD_REACH)
        first = day - SPREAD_REACH
        for d, j in days[low:high]:
            current[j] -= lowered[d - first]
    return out + years


# a date is an ISO prefix: "2016" is a bare year, told by its length (parsing it costs ~0.1 ms)
YEAR_CHARS = 4


@lru_cache(maxsize=65536)
def _ordinal(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()
