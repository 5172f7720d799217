"""The spread's fit (bench/salience_fit.py fit_spread), on invented candidate dates."""

from bench.salience_fit import Ranking, first_days, fit_spread
from commands.salience import DateCounts


def day(date: str) -> DateCounts:
    return DateCounts(date, date, 3, 3, 0, 0, 3, 1)


ROWS = [day("2031-05-10"), day("2031-05-11"), day("2031-06-14")]
SCORED = [2.0, 1.9, 1.8]


def test_a_spread_is_fitted_where_a_bursts_second_day_crowds_out_a_gold_day():
    gold = frozenset({"2031-05-10", "2031-06-14"})
    spread = fit_spread([Ranking(ROWS, SCORED, gold)])
    assert spread > 0
    assert first_days(Ranking(ROWS, SCORED, gold), spread) == gold


def test_no_spread_is_fitted_where_the_gold_lists_both_days_of_the_burst():
    gold = frozenset({"2031-05-10", "2031-05-11"})
    assert fit_spread([Ranking(ROWS, SCORED, gold)]) == 0.0
    assert fit_spread([]) == 0.0
