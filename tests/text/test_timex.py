from datetime import date

import pytest

from text.timex import Timex, label


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2017-08-07", "day", date(2017, 8, 7), date(2017, 8, 7)),
        ("2016-02", "month", date(2016, 2, 1), date(2016, 2, 29)),
        ("2017-W31", "week", date(2017, 7, 31), date(2017, 8, 6)),
        ("2017-W31-WE", "week", date(2017, 8, 5), date(2017, 8, 6)),
        ("2016-WI", "season", date(2016, 12, 1), date(2017, 2, 28)),
        ("2017-SU", "season", date(2017, 6, 1), date(2017, 8, 31)),
        ("2017-Q3", "quarter", date(2017, 7, 1), date(2017, 9, 30)),
        ("2017-H2", "year", date(2017, 7, 1), date(2017, 12, 31)),
        ("2017", "year", date(2017, 1, 1), date(2017, 12, 31)),
        ("201", "decade", date(2010, 1, 1), date(2019, 12, 31)),
    ],
)
def test_values_parse_to_their_precision_and_days(
    value: str, precision: str, first: date, last: date
) -> None:
    timex = Timex.parse(value)
    assert timex is not None
    assert (timex.value, timex.precision, timex.first_day, timex.last_day) == (
        value,
        precision,
        first,
        last,
    )


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "PRESENT_REF",
        "PAST_REF",
        "2017-02-30",
        "2017-13",
        "2017-W54",
        "0000",
        "2017-Q5",
        "17-08-07",
        "2017-8-7",
        "2017-08-07T10:00",
        "the 1990s",
    ],
)
def test_references_and_malformed_values_name_no_days(value: str | None) -> None:
    assert Timex.parse(value) is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2017-08-07", "7 Aug 2017"),
        ("2017-07", "Jul 2017"),
        ("2017-W31", "week 31 of 2017"),
        ("2017", "2017"),
        ("2017-Q3", "2017-Q3"),
        ("2017-W31-WE", "2017-W31-WE"),
        (None, "date unknown"),
        ("", "date unknown"),
        ("someday", "someday"),
    ],
)
def test_labels(value: str | None, shown: str) -> None:
    assert label(value) == shown
