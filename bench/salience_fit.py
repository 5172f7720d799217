"""Fitting the date-salience model (commands/salience.py): a logistic regression in numpy over
the candidate dates of Timeline17 collections, labelled by their gold timelines.

Each collection weighs the same however many candidate dates it has, and within it the gold
dates weigh as much as the others together (a timeline lists a few dates of many). L2-
regularised, fitted by Newton's method: deterministic, no tuning loop.

The spread (commands/salience.ranked: how much a ranked day lowers the days near it) is not a
weight of the regression: fit_spread chooses it, on the timelines given, as the value of
SPREADS whose first N days (N the gold timeline's number of dates) score the best mean
Date-F1, the least such on a tie, so 0 stays unless a spread does better.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

L2 = 0.01  # light: eight features, thousands of candidate dates
# 0 to 1 in twentieths: a day's log-odds run over about 8 (salience.json's weights), so a
# spread of 1 lowers a ranked day's neighbour by an eighth of that range.
SPREADS = tuple(k / 20 for k in range(21))


@dataclass(frozen=True)
class Ranking:
    """One gold timeline's candidate dates (salience.DateCounts of its span), their scores
    and its gold dates."""

    rows: Sequence[Any]
    scored: Sequence[float]
    gold: frozenset[str]


@dataclass(frozen=True)
class Sample:
    topic: str
    collection: str
    x: np.ndarray  # candidate dates x FEATURES
    y: np.ndarray  # 1 where the date is in a gold timeline of the collection


def fit(samples: Sequence[Sample], l2: float = L2, steps: int = 30) -> tuple[np.ndarray, float]:
    xs, ys, ws = [], [], []
    for s in samples:
        if not len(s.y):
            continue
        pos = max(int(s.y.sum()), 1)
        neg = max(len(s.y) - pos, 1)
        w = np.where(s.y == 1, 0.5 / pos, 0.5 / neg)
        xs.append(s.x)
        ys.append(s.y)
        ws.append(w)
    x = np.hstack([np.vstack(xs), np.ones((sum(len(v) for v in ys), 1))])
    beta = newton_logistic(x, np.concatenate(ys), np.concatenate(ws), l2, steps)
    return beta[:-1], float(beta[-1])


def newton_logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float, steps: int
) -> np.ndarray:
    """Weighted, L2-regularised logistic regression by Newton's method; x's last column is the
    bias, which is not shrunk."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ beta)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def first_days(r: Ranking, spread: float) -> set[str]:
    """The first N dates (N the gold's) that commands/timeline_entries.rank_dates would
    rank, with spread."""
    from commands import salience

    told = [i for i, c in enumerate(r.rows) if c.scoped or c.articles]
    rows = [r.rows[i] for i in told]
    order = salience.ranked(rows, [r.scored[i] for i in told], spread)
    return {rows[i].date for i in order[: len(r.gold)]}


def date_f1(chosen: set[str], gold: frozenset[str]) -> float:
    hits = len(chosen & gold)
    return 2 * hits / (len(chosen) + len(gold)) if hits else 0.0


def fit_spread(rankings: Sequence[Ranking]) -> float:
    """The spread of SPREADS whose first days score the best mean Date-F1 over rankings (the
    least on a tie)."""
    if not rankings:
        return 0.0

    def mean(spread: float) -> float:
        return sum(date_f1(first_days(r, spread), r.gold) for r in rankings) / len(rankings)

    scores = {s: round(mean(s), 9) for s in SPREADS}
    return max(SPREADS, key=lambda s: (scores[s], -s))
