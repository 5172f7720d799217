"""The chart's bucket follows the span of the dates: weeks for a few months of day-dated
events, months within three years, years beyond; the axes, title and alt text say which."""

from __future__ import annotations

import pytest

from bot import chart


def entries(*dates: str) -> list[dict]:
    return [{"date": d} for d in dates]


def test_a_few_months_of_days_are_counted_per_week() -> None:
    unit, counts, left_out = chart.buckets(
        entries("2017-05-10", "2017-06-06", "2017-06-08", "2017-05-01", "2017-06")
    )
    assert unit == "week"
    labels = [label for label, _ in counts]
    assert labels[0] == "2017-05-01" and labels[-1] == "2017-06-05"  # Mondays, none skipped
    assert len(labels) == 6 and dict(counts)["2017-06-05"] == 2
    assert sum(n for _, n in counts) == 4 and left_out == 1  # "2017-06" has no week


def test_a_longer_span_or_mostly_months_stays_monthly() -> None:
    assert chart.buckets(entries("2017-01-02", "2017-03-01", "2017-09-01", "2017-12-30"))[0] == (
        "month"
    )
    few_days = entries("2017-05-10", "2017-05-11", "2017-06", "2017-06", "2017-05")
    assert chart.buckets(few_days)[0] == "month"


def test_the_weekly_alt_text_names_the_weeks() -> None:
    text = chart.alt_text(
        entries("2017-05-10", "2017-06-06", "2017-06-08", "2017-05-01"), "Timeline of Raqqa"
    )
    assert text == (
        "Bar chart, Timeline of Raqqa: 4 dated events per week from the week of 2017-05-01 "
        "to the week of 2017-06-05; most in the week of 2017-06-05 (2)"
    )


@pytest.mark.slow  # matplotlib's first import
def test_the_chart_is_drawn_with_labelled_axes_and_a_title(monkeypatch) -> None:  # noqa: ANN001
    from matplotlib.figure import Figure

    drawn: list[Figure] = []
    original = Figure.savefig

    def keep(self: Figure, *args: object, **kwargs: object) -> None:
        drawn.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", keep)
    png = chart.timeline_png(
        entries("2017-05-10", "2017-06-06", "2017-06-08", "2017-05-01"), "Timeline of Raqqa"
    )
    assert png is not None and png.startswith(b"\x89PNG")
    [axes] = drawn[0].axes
    assert axes.get_title() == "Timeline of Raqqa: dated events per week"
    assert axes.get_xlabel() == "week starting (Monday)"
    assert axes.get_ylabel() == "dated events per week"


def test_a_week_dated_event_is_drawn_in_its_week_and_month() -> None:
    unit, counts, left_out = chart.buckets(
        entries("2017-05-10", "2017-W23", "2017-06-08", "2017-05-01", "2017-W23-WE")
    )
    assert unit == "week" and left_out == 0
    assert dict(counts)["2017-06-05"] == 3  # week 23 of 2017 starts on Monday 5 June
    unit, counts, left_out = chart.buckets(entries("2017-06-01", "2017-W31", "2017-08"))
    assert unit == "month" and left_out == 0
    assert counts == [("2017-06", 1), ("2017-07", 1), ("2017-08", 1)]  # W31: Monday 31 July
    assert chart.buckets(entries("2017-W54", "2017-06"))[1] == [("2017-06", 1)]  # no such week
