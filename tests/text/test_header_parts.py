import pytest

from text.header_parts import (
    is_headline,
    is_masthead,
    parse_byline,
    parse_dateline,
    parse_footer,
    title_text,
)

BODY_1 = (
    "Government forces pushed into the eastern districts on Tuesday after weeks of air "
    "strikes, commanders said."
)


@pytest.mark.parametrize(
    "line, value",
    [
        ("07 Aug 2017 | 05:36 PM UTC", "2017-08-07"),
        ("Published: 7 August 2017", "2017-08-07"),
        ("Monday, August 7, 2017 10:12 a.m. EDT", "2017-08-07"),
        ("Sun 19 Nov 2017 17.36 GMT", "2017-11-19"),
        ("2016-12-19", "2016-12-19"),
        ("November 2017", "2017-11"),
    ],
)
def test_datelines(line, value):
    dateline = parse_dateline(line)
    assert dateline is not None and dateline.value == value and not dateline.updated


def test_updated_stamp_is_not_a_publication_date():
    dateline = parse_dateline("Last updated: 8 Aug 2017")
    assert dateline is not None and dateline.updated


@pytest.mark.parametrize(
    "line",
    [
        "On 19 July, scores of civilians were killed in US air strikes.",
        "Syria: IS propaganda concedes Mosul defeat",
        "32 August 2017",
        "The offensive began in 2016",
    ],
)
def test_not_datelines(line):
    assert parse_dateline(line) is None


def test_bylines():
    assert parse_byline("By Dana Haddad") == "Dana Haddad"
    assert parse_byline("By Dana Haddad and Omar al-Masri") == "Dana Haddad and Omar al-Masri"
    assert parse_byline("Serge Jordan, CWI") == "Serge Jordan"
    assert parse_byline("Jane Doe, Middle East correspondent") == "Jane Doe"
    assert parse_byline("By sending more troops, Washington hopes to regain leverage.") is None
    assert parse_byline("Waning caliphate") is None


def test_author_notes():
    assert parse_footer(
        "Simon Speakman Cordall is Syria/Lebanon section editor with The Arab Weekly."
    ) == ("Simon Speakman Cordall", "The Arab Weekly")
    assert parse_footer("Dana Haddad is a freelance journalist based in Beirut.") == (
        "Dana Haddad",
        None,
    )
    assert parse_footer("Raqqa is the de facto capital of the group.") is None


def test_headlines():
    assert is_headline("Russia assumes the lead in Syria’s peace process")
    assert is_headline("ISIS’s Waning “Caliphate”")
    assert is_headline("Is talk of withdrawal premature?")
    assert not is_headline(
        "How much do you reckon the new agreement will cost the taxpayers of "
        "every country involved?"
    )  # a long question opens the text
    assert not is_headline("NAIROBI, Kenya (AP) --")
    assert not is_headline(BODY_1)
    assert not is_headline("Recently IS has faced many setbacks like:")
    assert not is_headline("The Chinese economy is tipping into a deflationary crisis...")
    assert not is_headline("Informational")  # one word: a label, not a headline
    assert not is_headline("• Losing more than half of the territories it once held")


def test_mastheads_are_a_few_capitalised_words_without_punctuation():
    assert is_masthead("The Arab Weekly")
    assert is_masthead("AL-MONITOR")
    assert not is_masthead("Russia assumes the lead in Syria’s peace process")  # too long
    assert not is_masthead("Breaking: Raqqa")


def test_title_text_drops_markdown_heading_marks():
    assert (
        title_text("## Raqqa offensive enters the old city")
        == "Raqqa offensive enters the old city"
    )
    assert title_text("Raqqa offensive") == "Raqqa offensive"
