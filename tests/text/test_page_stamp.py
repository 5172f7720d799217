"""A page's own date stamp against the publication date its record gives (text.page_stamp),
on invented pages: the stamp shapes are those text.clutter sets apart."""

import pytest

from text import stamp_order
from text.clean import clean
from text.header_parts import stamp_date
from text.split import ArticleDraft, without_clutter

STORY = "Shells hit a school in Varenholm on Sunday, killing three pupils, a monitor said."
MORE = (
    "The town had been shelled for a week, and the council said most families had left for the "
    "villages to the north before the school term began."
)
GIVEN = "2031-04-13"  # a Sunday; the stamps below state other days


def stored(text: str, published: str | None = GIVEN) -> tuple[str | None, str | None]:
    how = "given" if published else None
    draft = without_clutter(ArticleDraft(None, clean(text), None, None, published, how))
    return draft.published, draft.published_how


@pytest.mark.parametrize(
    ("stamp", "value", "updated"),
    [
        ("Last updated at Apr 232031", "2031-04-23", True),  # the year run into the day
        ("Thu Feb 5 2032", "2032-02-05", False),
        ("Published July 5 2030", "2030-07-05", False),
        ("31-07-2030", "2030-07-31", False),  # the day first: 31 is no month
        ("07-13-2030", "2030-07-13", False),  # the month first: 13 is no month
        ("07.07.2030", "2030-07-07", False),
    ],
)
def test_a_stamp_states_its_full_day(stamp, value, updated):
    dated = stamp_date(stamp)
    assert dated is not None and (dated.value, dated.updated) == (value, updated)


@pytest.mark.parametrize(
    "stamp",
    [
        "Last updated at Apr 23",  # no year
        "05-07-2030",  # May or July: the writer's order is unknown
        "31-02-2030",  # no such day
        "Last updated at 07:14 GMT",  # a time alone
    ],
)
def test_a_stamp_without_a_full_day_states_none(stamp):
    assert stamp_date(stamp) is None


def test_a_stamp_agreeing_with_the_given_date_keeps_it_given():
    assert stored(f"Sun Apr 13 2031 {STORY}") == (GIVEN, "given")


def test_a_stamp_disagreeing_with_the_given_date_replaces_it():
    assert stored(f"Wed Apr 23 2031 {STORY}") == ("2031-04-23", "stamp")
    assert stored(f"Last updated at Apr 092031 {STORY}") == ("2031-04-09", "stamp")


def test_an_update_stamp_a_day_after_the_given_date_agrees_with_it():
    assert stored(f"Last updated at Apr 142031 {STORY}") == (GIVEN, "given")
    assert stored(f"Last updated at Apr 162031 {STORY}") == ("2031-04-16", "stamp")


def test_a_publication_stamp_a_day_off_replaces_the_given_date():
    assert stored(f"Published April 14 2031 {STORY}") == ("2031-04-14", "stamp")


def test_a_stamp_without_a_year_or_no_stamp_keeps_the_given_date():
    assert stored(f"Last updated at Apr 23 {STORY}") == (GIVEN, "given")
    assert stored(STORY) == (GIVEN, "given")


def test_a_given_month_or_year_yields_only_to_a_stamp_outside_it():
    assert stored(f"Wed Apr 23 2031 {STORY}", "2031-04") == ("2031-04", "given")
    assert stored(f"Wed Apr 23 2031 {STORY}", "2031") == ("2031", "given")
    assert stored(f"Wed Apr 23 2031 {STORY}", "2030") == ("2031-04-23", "stamp")


def test_a_page_whose_stamps_state_several_days_lists_items_and_keeps_the_given_date():
    page = (
        f"updated: Thu May 03 2032 06:46:00 {STORY}\n\n"
        "updated: Thu Jun 16 2031 19:15:00 Elections could take place "
        "within three months, the mayor's son says in a published interview."
    )
    assert stored(page) == (GIVEN, "given")


def test_without_a_given_date_the_stamp_fills_it_as_before():
    assert stored(f"Published April 23 2031 {STORY}", None) == ("2031-04-23", "header")
    assert stored(f"Last updated at Apr 232031 {STORY}", None) == (None, None)


def test_a_stamp_under_a_headline_counts_and_one_further_down_does_not():
    headline = "School Shelled in Varenholm"
    assert stored(f"{headline}\n\nWed Apr 23 2031 {STORY}") == ("2031-04-23", "stamp")
    caption = "A boom holds oil off the Varenholm shore, Orsk Bay."
    assert stored(f"{caption}\n\nWed Apr 23 2031 {STORY}") == (GIVEN, "given")


def test_a_day_before_an_update_time_is_the_update_s_day():
    story = f"{STORY}\n\n{MORE}"
    assert stored(f"14 April 2031 Last updated at 04:46 GMT {story}") == (GIVEN, "given")
    assert stored(f"16 April 2031 Last updated at 04:46 GMT {story}") == ("2031-04-16", "stamp")


# An agency's stamp run in after a headline: 19 April 2031 is a Saturday, 20 April a Sunday.
RUN_IN = "Shells hit school in Varenholm Monitor"


def test_an_agency_stamp_after_a_headline_run_in_counts_when_its_weekday_is_its_day_s():
    assert stored(f"{RUN_IN} AFP Saturday 19 Apr 2031 {STORY}") == ("2031-04-19", "stamp")
    deck = "Three pupils among the dead as a district is shelled for a week says council"
    assert stored(f"{RUN_IN} {deck} Reuters Saturday 19 Apr 2031 {STORY}") == (
        "2031-04-19",
        "stamp",
    )


def test_an_agency_stamp_whose_weekday_is_another_day_s_keeps_the_given_date():
    assert stored(f"{RUN_IN} AFP Sunday 19 Apr 2031 {STORY}") == (GIVEN, "given")


def test_an_agency_stamp_after_a_sentence_or_far_down_keeps_the_given_date():
    # after a sentence's end, the date is one the story reports
    assert stored(f"{RUN_IN}\n\n{STORY} AFP Saturday 19 Apr 2031 {MORE}") == (GIVEN, "given")
    far = " ".join([MORE] * 3).replace(".", "")  # no sentence's end, but past the head
    assert stored(f"{RUN_IN} {far} AFP Saturday 19 Apr 2031 {STORY}") == (GIVEN, "given")


def test_an_agency_reporting_a_day_in_a_sentence_is_no_stamp():
    text = f"{RUN_IN} AFP reported on Saturday 19 Apr 2031 that shells had hit a school. {MORE}"
    assert stored(text) == (GIVEN, "given")


def test_an_agency_stamp_and_a_page_stamp_stating_another_day_state_none():
    text = f"Wed Apr 23 2031\n\n{RUN_IN} AFP Saturday 19 Apr 2031 {STORY}"
    assert stored(text) == (GIVEN, "given")


def test_a_blog_post_s_time_of_posting_is_its_page_stamp():
    head = "Harbour Notes\n\nKel Varga | 16:21 UK time, Wednesday, 23 April 2031"
    assert stored(f"{head} {STORY}") == ("2031-04-23", "stamp")
    assert stored(f"{head} {STORY}", None) == ("2031-04-23", "header")


def test_a_numeric_stamp_reading_both_ways_reads_as_its_source_prints_them(monkeypatch):
    """A source whose stamps are printed day first: its "06-01-2031" is 6 January, not a day
    left to the given date (2 January here), against which "on Monday" was read."""
    monkeypatch.setattr(stamp_order, "orders", lambda: {"Varenholm Courier": "day first"})
    text = clean(f"06-01-2031 {STORY}")
    draft = ArticleDraft(None, text, "Varenholm Courier", None, "2031-01-02", "given")
    assert (without_clutter(draft).published, without_clutter(draft).published_how) == (
        "2031-01-06",
        "stamp",
    )
    month_first = {"Varenholm Courier": "month first"}
    monkeypatch.setattr(stamp_order, "orders", lambda: month_first)
    assert without_clutter(draft).published == "2031-06-01"


def test_a_numeric_stamp_reading_both_ways_stays_no_day_for_a_source_of_unknown_order(
    monkeypatch,
):
    monkeypatch.setattr(stamp_order, "orders", lambda: {"Varenholm Courier": "day first"})
    text = clean(f"06-01-2031 {STORY}")
    for source in ("Tarsby Herald", None):
        draft = ArticleDraft(None, text, source, None, "2031-01-02", "given")
        assert without_clutter(draft).published == "2031-01-02"


def test_a_numeric_stamp_agreeing_with_the_given_date_read_in_its_sources_order_stays_given(
    monkeypatch,
):
    monkeypatch.setattr(stamp_order, "orders", lambda: {"Varenholm Courier": "day first"})
    draft = ArticleDraft(
        None, clean(f"06-01-2031 {STORY}"), "Varenholm Courier", None, "2031-01-06", "given"
    )
    assert (without_clutter(draft).published, without_clutter(draft).published_how) == (
        "2031-01-06",
        "given",
    )


def test_the_order_read_alone_and_an_unambiguous_stamp_unchanged():
    assert stamp_date("05-07-2030", day_first=True).value == "2030-07-05"
    assert stamp_date("05-07-2030", day_first=False).value == "2030-05-07"
    assert stamp_date("07-13-2030", day_first=True).value == "2030-07-13"  # 13 is no month
    assert stamp_date("13-13-2030", day_first=True) is None


def test_the_news_corpus_sources_fitted_order():
    """text/stamp_order.json, fitted by bench/stamp_order.py: FA-KES prints day first."""
    stamp_order.orders.cache_clear()
    assert stamp_order.day_first("fa-kes") is True
    assert stamp_order.day_first("t17") is None
