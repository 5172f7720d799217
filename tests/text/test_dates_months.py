"""Which year a month or a day and month without one takes: the way its clause points
(text/dates/context.py month_tense), both directions for each rule."""

import pytest

from text.dates import tag_dates


def value(text: str, published: str, mention: str) -> str | None:
    found = [m.value for m in tag_dates(text, published) if m.text == mention]
    assert len(found) == 1, tag_dates(text, published)
    return found[0]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a scheduled event told in the present lies ahead; the same month told in the past
        # behind
        (
            "He made no mention of leaving before his term ends in September.",
            "September",
            "2011-09",
        ),
        ("The uprising fell apart in September.", "September", "2010-09"),
        ("Their mandate expires in December.", "December", "2011-12"),
        ("Their mandate expired in December.", "December", "2010-12"),
        ("A ruling is expected in October.", "October", "2011-10"),
        ("A ruling was expected in October.", "October", "2010-10"),
        ("The new fiscal year begins October 1.", "October 1", "2011-10-01"),
        ("The new fiscal year began October 1.", "October 1", "2010-10-01"),
        ("The ceasefire takes effect on 30 November.", "30 November", "2011-11-30"),
        # a month other than the publication month cannot be now: January is next January
        ("The lease runs out in January.", "January", "2012-01"),
        # the publication month itself stays
        ("The session ends in February.", "February", "2011-02"),
    ],
)
def test_a_scheduled_event_in_the_present_lies_ahead(text, mention, expected):
    assert value(text, "2011-02-11", mention) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a timeline's present tells the past: the cue is read before the date only, and not
        # for an entry's head after another entry
        ("March 19 - Western forces begin air strikes.", "March 19", "2011-03-19"),
        ("2 June : Inquiry begins 15 July : New cap halts spill.", "15 July", "2011-07-15"),
        # too far from the date to govern it
        (
            "Another stage begins In his evidence to a committee on 19 May , he spoke.",
            "19 May",
            "2011-05-19",
        ),
    ],
)
def test_a_present_that_tells_the_past_does_not_move_the_date(text, mention, expected):
    assert value(text, "2011-09-21", mention) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # "since" looks back whatever the clause's tense
        ("Obama will hold a news conference, his first since February.", "February", "2010-02"),
        ("Obama will hold a news conference in February.", "February", "2011-02"),
        ("More than 7,000 have died since March.", "March", "2010-03"),
        ("The fighting has raged since early July.", "early July", "2009-07"),
        ("Oil has leaked since the April 20 blowout.", "April 20", "2010-04-20"),
        # a day past the publication day lies in the year before, even a few days past it
        ("No bombs have fallen since June 3.", "June 3", "2009-06-03"),
        ("No bombs have fallen since May 3.", "May 3", "2010-05-03"),
    ],
)
def test_since_puts_a_month_on_or_before_publication(text, mention, expected):
    assert value(text, "2010-05-26", mention) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # "by", "until", "before" with no tense marker look ahead ...
        ("Elections could follow by June.", "June", "2012-06"),
        ("From now till September is time enough.", "September", "2012-09"),
        ("Agencies have until June to decide.", "June", "2012-06"),
        # ... but not with a past marker, even one far along the sentence
        ("The border was closed until March.", "March", "2011-03"),
        (
            "By mid-September, the response effort alone, excluding damages claims, had cost BP"
            " $8 billion.",
            "mid-September",
            "2011-09",
        ),
        # and a month with no cue keeps the nearest year, after publication counting double
        ("Elections in June.", "June", "2011-06"),
    ],
)
def test_a_deadline_with_no_past_marker_lies_ahead(text, mention, expected):
    assert value(text, "2011-12-01", mention) == expected


def test_since_keeps_a_month_after_the_publication_month_in_the_year_before():
    assert value("Rights groups say 7,000 have died since March.", "2012-02-12", "March") == (
        "2011-03"
    )
    assert value("Rights groups say 7,000 will die in March.", "2012-02-12", "March") == "2012-03"


def test_since_is_read_only_right_before_the_date():
    # "since 2011." ends a sentence: the chronology entry after it is not governed by it
    text = "He has faced an inquiry since 2011. 19 May Prosecutors drop their inquiry."
    assert value(text, "2015-10-12", "19 May") == "2015-05-19"
    assert value("He has been held since 19 May.", "2015-05-25", "19 May") == "2015-05-19"
    # a day after the publication day lies in the year before
    assert value("He has been held since 19 May.", "2015-05-12", "19 May") == "2014-05-19"


def test_a_chronology_entry_after_another_entry_s_present_keeps_the_nearest_year():
    text = "March 4 Harbour bridge opens on April 9 In a statement the mayor thanks crews."
    assert value(text, "2007-05-20", "April 9") == "2007-04-09"
    assert value("The harbour bridge opens on April 9.", "2007-05-20", "April 9") == ("2008-04-09")


def test_a_day_and_month_inside_the_sentence_heads_no_entry():
    # "On 3 March" is the sentence's own date, not a chronology's head: the cue still counts
    text = "On 3 March the minister said the lease ends in September."
    assert value(text, "2011-03-05", "September") == "2011-09"


def test_a_deadline_with_a_past_marker_later_in_its_sentence_keeps_the_nearest_year():
    far = (
        "Until March and through the long wet weeks of a cold winter beside the old mill, the"
        " fair pulled crowds from the coast."
    )
    assert value(far, "2013-08-16", "March") == "2013-03"
    assert value("We might hold the fair until March.", "2013-08-16", "March") == "2014-03"


def test_a_scheduled_cue_with_a_past_marker_later_in_its_sentence_keeps_the_nearest_year():
    text = "The novel begins in March, when the river flooded the town."
    assert value(text, "2011-12-10", "March") == "2011-03"
    assert value("The novel begins in March.", "2011-12-10", "March") == "2012-03"
    text = "The season ends in May, when the club won the cup."
    assert value(text, "2011-08-10", "May") == "2011-05"
    text = "The fair opens in April, while the river flooded the town."
    assert value(text, "2011-12-10", "April") == "2011-04"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a past verb after "as" or "after" tells how the date was set: it stays ahead
        ("The ban takes effect in June, as officials announced on Monday.", "June", "2011-06"),
        ("The mandate expires in June, as the council decided last year.", "June", "2011-06"),
        ("The lease expires in May, after the council voted to end it.", "May", "2011-05"),
    ],
)
def test_a_past_verb_after_as_or_after_leaves_the_scheduled_month_ahead(text, mention, expected):
    assert value(text, "2011-02-10", mention) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a past marker of another clause leaves the scheduled month ahead
        "Her lease expires in May, but the council announced a review.",
        "The fair, whose season opens in May, drew crowds last year.",
        "The canal reopens on the first weekend of May, and the locks were repaired.",
        "The show opens here in May.",
    ],
)
def test_a_past_marker_of_another_clause_leaves_the_scheduled_month_ahead(text):
    found = [m.value for m in tag_dates(text, "2011-08-10") if "May" in m.text]
    assert found and found[0].startswith("2012-05"), tag_dates(text, "2011-08-10")


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a comma or a word other than a preposition or a month modifier ends the cue's reach
        ("The hearing, which opens Monday, concerns floods in March.", "March", "2011-03"),
        ("The play opens with scenes from March.", "March", "2011-03"),
        ("The fair opens in early March.", "early March", "2012-03"),
        ("The fair closes at the end of March.", "the end of March", "2012-03"),
    ],
)
def test_a_scheduled_cue_governs_only_across_prepositions(text, mention, expected):
    assert value(text, "2011-06-10", mention) == expected


@pytest.mark.parametrize("mark", [":", "-", "–", "—"])
def test_an_entry_head_after_a_scheduled_cue_keeps_the_nearest_year(mark):
    text = f"Survey begins 15 July {mark} New pump halts leak."
    assert value(text, "2011-09-21", "15 July") == "2011-07-15"


def test_a_scheduled_day_lies_from_the_publication_day_on():
    assert value("The permit expires on 5 December.", "2011-12-20", "5 December") == "2012-12-05"
    assert value("The permit expires on 28 December.", "2011-12-20", "28 December") == (
        "2011-12-28"
    )


def test_a_range_s_end_is_the_first_such_date_from_its_start_on():
    text = "Exhibition of quilts from January until March"
    assert value(text, "2011-06-10", "March") == "2011-03"
    assert value(text, "2011-06-10", "January") == "2011-01"
    assert value("Exhibition of quilts until March", "2011-06-10", "March") == "2012-03"
    # the end is the first such day from the start on
    text = "Quilts shown at the museum from 24 September until 31 January."
    assert value(text, "2015-09-18", "31 January") == "2016-01-31"
    assert value("Quilts shown between November and February.", "2011-06-10", "February") == (
        "2011-02"
    )


def test_a_past_range_whose_end_would_pass_publication_starts_a_year_earlier():
    text = "Prices fell from June to April."
    assert value(text, "2011-08-10", "June") == "2010-06"
    assert value(text, "2011-08-10", "April") == "2011-04"
    text = "The quilts were shown from 24 September until 31 January."
    assert value(text, "2015-09-18", "24 September") == "2014-09-24"
    assert value(text, "2015-09-18", "31 January") == "2015-01-31"
    # an end on or before the publication date, or a clause not in the past, moves no start
    assert value("Prices fell from January to March.", "2011-08-10", "January") == "2011-01"
    text = "The quilts are shown from 24 September until 31 January."
    assert value(text, "2015-09-18", "24 September") == "2015-09-24"
    assert value(text, "2015-09-18", "31 January") == "2016-01-31"


def test_a_moved_date_s_new_date_lies_from_the_old_one_on():
    # "postponed from April to August": an old and a new date, not a span
    text = "The vote was postponed from June to April."
    assert value(text, "2011-05-10", "June") == "2011-06"
    assert value(text, "2011-05-10", "April") == "2012-04"
    assert value("Prices fell from June to April.", "2011-05-10", "June") == "2010-06"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a participle after an infinitive or a passive future is no past tense: the nearest
        # year, as with no marker at all
        (
            "The governor wants to be re-elected between mid-September and mid-October.",
            "mid-September",
            "2011-09",
        ),
        ("The mayor hopes to be quickly re-elected in September.", "September", "2011-09"),
        ("The league wants the title to be won in September.", "September", "2011-09"),
        ("The old hall is being rebuilt for a reopening in September.", "September", "2011-09"),
        # "will be officially opened": the future reaches past the adverb and the participle
        ("The bridge will be officially opened on 3 February.", "3 February", "2012-02-03"),
        # the same participles told in the past, or a perfect, still tell the past
        ("The governor was re-elected in September.", "September", "2010-09"),
        ("The title was won in September.", "September", "2010-09"),
        ("The keys have been found in September.", "September", "2010-09"),
    ],
)
def test_a_participle_after_to_be_tells_no_past(text, mention, expected):
    assert value(text, "2011-07-10", mention) == expected
