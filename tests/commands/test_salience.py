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
