"""How likely a journalist's timeline of a subject is to list a date: a logistic model over the
signals the timeline-summarisation literature found (Tran et al. 2013; Ghalandari et al. 2020,
DATEWISE), computed from counts kept at ingest (store/date_counts.py):

- articles: articles about the subject that mention the date;
- scoped, named: articles that mention it in the subject's scope, or in a clause naming it;
- leads: articles that mention it in their lead;
- burst: articles about the subject published on the date or the two days after;
- near: the share of mentions published within a week after the date (a date recalled long
  after is history, not news);
- the date's precision (a timeline is made of days).

Counts enter as log(1 + n) / log(1 + the largest n among the candidate dates), so a model
fitted on small collections ranks a large store's dates the same way. The weights are data,
in salience.json beside this module, fitted by bench/fit_salience.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from commands.reported_dates import precision_of
from text.data import json_file

FEATURES = ("articles", "scoped", "named", "leads", "burst", "near_share", "is_day", "is_month")
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

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Model:
        weights = doc["weights"]
        return cls(tuple(float(weights[f]) for f in FEATURES), float(doc["bias"]))


@cache
def shipped() -> Model:
    return Model.from_json(json_file("commands", "salience.json"))


def features(rows: Sequence[DateCounts]) -> list[list[float]]:
    """One feature vector (FEATURES order) per row, scaled against the rows' largest counts.
    Plain Python: a query scores at most a few hundred dates, and numpy would cost its import
    to every terminal command."""
    logs = [[math.log1p(getattr(r, c)) for c in COUNTS] for r in rows]
    scale = [max((row[i] for row in logs), default=0.0) or 1.0 for i in range(len(COUNTS))]
    column = {c: i for i, c in enumerate(COUNTS)}
    vectors = []
    for r, row in zip(rows, logs, strict=True):
        scaled = [v / scale[i] for i, v in enumerate(row)]
        precision = precision_of(r.date)
        vectors.append(
            [
                scaled[column["articles"]],
                scaled[column["scoped"]],
                scaled[column["named"]],
                scaled[column["leads"]],
                scaled[column["burst"]],
                r.near / r.articles if r.articles > 0 else 0.0,
                float(precision == "day"),
                float(precision == "month"),
            ]
        )
    return vectors


def scores(rows: Sequence[DateCounts], model: Model | None = None) -> list[float]:
    """The model's log-odds for each row (higher: likelier in a journalist's timeline)."""
    model = model or shipped()
    return [
        sum(w * x for w, x in zip(model.weights, v, strict=True)) + model.bias
        for v in features(rows)
    ]
