"""A bare weekday on the day after its page, told as a past act (text/dates/day_after.py)."""

import pytest

from text.dates import tag_dates

# Published on Wednesday 9 August 2017: Thursday, the day after, is 2017-08-10; the Thursday
# before, 2017-08-03.
PAGE = "2017-08-09"
LEAD = "Police in Orvane reported clashes with protesters on Wednesday.\n\n"


def thursdays(text: str) -> list[str | None]:
    return [m.value for m in tag_dates(text, PAGE) if "Thursday" in m.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of people took to the streets of Doralin in a night protest on Thursday,"
        " organisers said.",
        "Prices in Velmark have climbed 4 percent since Thursday.",
        "On Thursday, gunmen killed six people at a checkpoint near Orsk.",
    ],
)
def test_a_past_act_on_the_day_after_the_page_lies_a_week_back(sentence):
    assert thursdays(LEAD + sentence) == ["2017-08-03"]


@pytest.mark.parametrize(
    "text",
    [
        # a plan
        LEAD + "The Orsk council will vote on the budget on Thursday.",
        LEAD + "Delegates were asked to attend talks in Orsk on Thursday.",
        # the lead tells the day after the page: the page's date is of another zone
        "Rebels in Doralin prepared on Thursday for a new offensive.\n\n"
        "Fighters shelled the town of Velmark on Thursday, residents said.",
        # a live blog's stamp states both zones' days
        "(Update 3:09 a.m. Thursday in Orsk, 8:09 p.m. ET Wednesday)\n\n"
        "The Orsk council met for an hour.\n\n"
        "Protesters clashed with police near the Velmark bridge on Thursday.",
        # the report of the next day
        LEAD + "Gunmen killed six people in Velmark, a monitoring group said on Thursday.",
        # the hours a zone carries across midnight
        LEAD + "Crowds remained in the square of Doralin well into Thursday morning.",
        LEAD + "Witnesses heard four explosions in Velmark early Thursday.",
    ],
)
def test_the_day_after_the_page_stays_where_the_text_says_so(text):
    assert set(thursdays(text)) - {"2017-08-03"} == {"2017-08-10"}
    assert thursdays(text)[-1] == "2017-08-10"
