"""The publication date a user or a document gives, read as the anchor of relative dates."""

import pytest

from text.dates.points import Anchor, parse_published


@pytest.mark.parametrize(
    ("published", "anchor"),
    [
        ("2017", Anchor(2017)),
        ("2017-08", Anchor(2017, 8)),
        ("2017-8-7", Anchor(2017, 8, 7)),
        ("2016-02-29", Anchor(2016, 2, 29)),
        ("2017-08-07T10:30:00Z", Anchor(2017, 8, 7)),
        (" 2017-08-07 ", Anchor(2017, 8, 7)),
        ("0001-01-01", Anchor(1, 1, 1)),
        (None, None),
        ("  ", None),
    ],
)
def test_a_real_date_is_its_anchor(published, anchor):
    assert parse_published(published) == anchor


@pytest.mark.parametrize(
    ("published", "error"),
    [
        ("0000", "no such year"),
        ("0000-01-01", "no such year"),
        ("2017-00", "no such month"),
        ("2017-13-01", "no such month"),
        ("2017-02-29", "no such day"),
        ("2017-04-31", "no such day"),
        ("2017-01-00", "no such day"),
        ("17-08-07", "must be YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2017/08/07", "must be YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_an_impossible_date_says_which_part_is_wrong(published, error):
    with pytest.raises(ValueError, match=error):
        parse_published(published)
