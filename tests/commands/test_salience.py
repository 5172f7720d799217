import datetime as dt
import math

import pytest

from commands import salience
from commands.salience import DateCounts, Model


def rows():
    return [
        DateCounts("2016-05-03", "2016-05-03", 9, 1, 1, 0, 2, 0),
        DateCounts("2016-05-04", "2016-05-04", 1, 9, 9, 9, 0, 0),
        DateCounts("2016-05", "2016-05-01", 9, 9, 9, 9, 0, 0),
    ]


def test_a_weights_file_names_the_signals_it_weighs():
    by_articles = Model.from_json({"weights": {"articles": 1.0, "is_day": 5.0}, "bias": 0.0})
    by_scope = Model.from_json({"weights": {"scoped": 1.0, "is_day": 5.0}, "bias": 0.0})
    assert by_articles.names == ("articles", "is_day")
    first = salience.scores(rows(), by_articles)
    second = salience.scores(rows(), by_scope)
    assert first[0] > first[1] and second[1] > second[0]  # each ranks by its own signal
    assert first[0] > first[2]  # a day before a month equally reported


def test_a_weights_file_naming_an_unknown_signal_is_refused():
    with pytest.raises(ValueError, match="unknown signals: loudness"):
        Model.from_json({"weights": {"articles": 1.0, "loudness": 2.0}, "bias": 0.0})


def test_features_are_the_named_signals_in_order():
    named = salience.signals(rows())
    assert salience.features(rows(), ("near_share", "articles")) == [
        [s["near_share"], s["articles"]] for s in named
    ]
    assert named[0]["articles"] == 1.0 and named[0]["near_share"] == pytest.approx(2 / 9)
    assert salience.features([]) == []


def test_the_shipped_model_weighs_the_features_it_was_fitted_on():
    assert salience.shipped().names == salience.FEATURES


def test_recalled_counts_the_articles_mentioning_a_date_more_than_a_week_after_it():
    recalled = [s["recalled"] for s in salience.signals(rows())]
    # 9 articles of which 2 within a week: 7 recall it; 1 of 0 near; 9 of 0 near (the most)
    assert recalled[2] == 1.0 and 0 < recalled[1] < recalled[0] < 1.0


def volume_rows(burst: int) -> list[DateCounts]:
    """Three days of a subject: 2, 1 and 0 articles mention them; every day's burst is burst."""
    return [
        DateCounts("2031-03-01", "2031-03-01", 2, 2, 1, 0, 2, burst),
        DateCounts("2031-03-02", "2031-03-02", 1, 1, 0, 0, 1, burst),
        DateCounts("2031-03-03", "2031-03-03", 0, 0, 0, 0, 0, burst),
    ]


def test_articles_by_volume_sets_a_dates_articles_against_the_subjects_articles_published():
    # bursts of 6 on three days: 18 / 3 = 6 articles published in the span
    busy = [s["articles_by_volume"] for s in salience.signals(volume_rows(6))]
    assert busy == pytest.approx([math.log(3) / math.log(7), math.log(2) / math.log(7), 0.0])
    # the same mentions in a subject that published 2 articles weigh more; the plain count,
    # scaled against the most reported date, cannot tell the two apart
    quiet = [s["articles_by_volume"] for s in salience.signals(volume_rows(2))]
    assert quiet[0] > busy[0] and quiet[1] > busy[1]
    plain = [[s["articles"] for s in salience.signals(volume_rows(b))] for b in (6, 2)]
    assert plain[0] == plain[1]


def test_the_volume_is_never_fewer_than_the_most_reported_dates_articles():
    # a subject only scoped by the articles mentioning it is published in no burst
    scoped_only = [
        DateCounts("2031-04-01", "2031-04-01", 4, 4, 0, 0, 4, 0),
        DateCounts("2031-04-02", "2031-04-02", 1, 1, 0, 0, 1, 0),
    ]
    values = [s["articles_by_volume"] for s in salience.signals(scoped_only)]
    assert values == pytest.approx([1.0, math.log(2) / math.log(5)])
    assert salience.features([], ("articles_by_volume",)) == []


def test_the_burst_days_are_those_counted_at_ingest():
    from store.date_counts import BURST_DAYS

    assert salience.BURST_DAYS == BURST_DAYS


def day(date: str, articles: int) -> DateCounts:
    return DateCounts(date, date, articles, articles, 0, 0, articles, 1)


def order(rows: list[DateCounts], scored: list[float], spread: float) -> list[str]:
    return [rows[i].date for i in salience.ranked(rows, scored, spread)]


def test_a_day_beside_a_ranked_day_falls_behind_a_day_a_little_less_likely_elsewhere():
    # one event reported over two days, and another event a month later
    rows = [day("2031-05-10", 9), day("2031-05-11", 8), day("2031-06-14", 7)]
    scored = [2.0, 1.9, 1.8]
    assert order(rows, scored, 0.0) == ["2031-05-10", "2031-05-11", "2031-06-14"]
    # lowered by 0.5 * exp(-1 / 2) = 0.30, the second day of the burst comes last
    assert order(rows, scored, 0.5) == ["2031-05-10", "2031-06-14", "2031-05-11"]


def test_a_spread_lowers_only_days_near_a_ranked_day_and_not_a_likelier_neighbour():
    # a neighbour likelier by more than the spread lowers it keeps its place
    rows = [day("2031-05-10", 9), day("2031-05-11", 9), day("2031-06-14", 2)]
    assert order(rows, [2.0, 1.9, 0.5], 0.5) == ["2031-05-10", "2031-05-11", "2031-06-14"]
    # within SPREAD_REACH days a ranked day lowers a day however little; past it, not at all
    rows = [day("2031-05-10", 9), day("2031-05-20", 8), day("2031-08-01", 7)]
    assert order(rows, [2.0, 1.9, 1.8999], 0.5) == ["2031-05-10", "2031-08-01", "2031-05-20"]
    far = (dt.date(2031, 5, 10) + dt.timedelta(days=salience.SPREAD_REACH + 1)).isoformat()
    rows = [day("2031-05-10", 9), day(far, 8), day("2031-08-01", 7)]
    assert order(rows, [2.0, 1.9, 1.8999], 0.5) == ["2031-05-10", far, "2031-08-01"]


def test_a_spread_neither_lowers_a_month_nor_lets_a_month_lower_a_day():
    # a month begins the day before a ranked day, and is not lowered by it
    rows = [
        day("2031-05-02", 9),
        DateCounts("2031-05", "2031-05-01", 9, 9, 0, 0, 9, 1),
        day("2031-09-20", 5),
    ]
    assert order(rows, [2.0, 1.9, 1.85], 0.5) == ["2031-05-02", "2031-05", "2031-09-20"]
    # a ranked month lowers no day of it
    rows = [
        DateCounts("2031-06", "2031-06-01", 9, 9, 0, 0, 9, 1),
        day("2031-06-02", 8),
        day("2031-09-25", 5),
    ]
    assert order(rows, [3.0, 1.9, 1.85], 0.5) == ["2031-06", "2031-06-02", "2031-09-25"]


def test_the_spread_is_read_from_the_weights_file_and_is_none_when_absent():
    doc = {"weights": {"articles": 1.0, "is_day": 5.0}, "bias": 0.0}
    assert Model.from_json(doc).spread == 0.0
    assert Model.from_json({**doc, "spread": 0.25}).spread == 0.25
    assert salience.shipped().spread == 0.0  # measured, not shipped (docs/QUALITY.md)
