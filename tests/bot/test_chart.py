"""The timeline chart: honest buckets and a PNG only when there is enough to draw."""

from __future__ import annotations

from bot import chart


def entries(*dates: str) -> list[dict]:
    return [{"date": d} for d in dates]


def test_monthly_buckets_keep_empty_months_and_leave_year_only_dates_out() -> None:
    unit, counts, left_out = chart.buckets(entries("2017-08-07", "2017-06", "2017", "2017-08-01"))
    assert unit == "month"
    assert counts == [("2017-06", 1), ("2017-07", 0), ("2017-08", 2)]
    assert left_out == 1


def test_long_spans_are_drawn_per_year() -> None:
    unit, counts, left_out = chart.buckets(entries("2011-03", "2014", "2017-10-17"))
    assert unit == "year"
    assert counts == [
        ("2011", 1),
        ("2012", 0),
        ("2013", 0),
        ("2014", 1),
        ("2015", 0),
        ("2016", 0),
        ("2017", 1),
    ]
    assert left_out == 0


def test_png_only_from_four_dated_entries() -> None:
    assert chart.timeline_png(entries("2017-01", "2017-02", "2017-03"), "t") is None
    png = chart.timeline_png(entries("2017-01", "2017-02", "2017-03", "2017-03-09"), "t")
    assert png is not None and png.startswith(b"\x89PNG\r\n\x1a\n")


def test_alt_text_says_what_the_chart_shows() -> None:
    text = chart.alt_text(entries("2017-08-07", "2017-06", "2017", "2017-08-01"), "Timeline: X")
    assert text == (
        "Bar chart, Timeline: X: 3 dated events per month from 2017-06 to 2017-08; "
        "most in 2017-08 (2); 1 year-only date not shown"
    )
    assert chart.alt_text([], "Timeline: X") == "Timeline: X: no dated events to chart"
