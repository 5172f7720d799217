"""Tests for the temporal tagger: what it finds, where, and what it resolves each date to."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text.dates import DateMention, infer_publication_date, tag_dates


def found(text: str, published: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.how) for m in tag_dates(text, published)]


def only(text: str, published: str | None = None) -> DateMention:
    mentions = tag_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


# ---------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("text", "start", "end", "value", "precision"),
    [
        ("07 Aug 2017 | 05:36 PM UTC", 0, 11, "2017-08-07", "day"),
        ("Fighting began on 8 August 2014 near Sinjar.", 18, 31, "2014-08-08", "day"),
        ("The uprising began in March 2011.", 22, 32, "2011-03", "month"),
        ("ISIS took Mosul in 2014.", 19, 23, "2014", "year"),
        ("Posted 2017-08-07 by the desk.", 7, 17, "2017-08-07", "day"),
        ("The issue appeared on August 7, 2017, online.", 22, 36, "2017-08-07", "day"),
        ("Elections are fixed for 2021.", 24, 28, "2021", "year"),
        ("Summer 2016 was quiet.", 0, 11, "2016-SU", "season"),
        ("Profits fell in the third quarter of 2016.", 16, 41, "2016-Q3", "quarter"),
        ("Sales rose in the first half of 2016.", 14, 36, "2016-H1", "year"),
        ("The war of the 1990s left scars.", 11, 20, "199", "decade"),
        ("It started in the late 1970s.", 14, 28, "197", "decade"),
        ("A dated report of 11/25/2016 says so.", 18, 28, "2016-11-25", "day"),
    ],
)
def test_explicit_dates_need_no_publication_date(text, start, end, value, precision):
    mention = only(text)
    assert (mention.start, mention.end, mention.text) == (start, end, text[start:end])
    assert (mention.value, mention.precision, mention.how) == (value, precision, "explicit")


def test_an_ambiguous_numeric_date_keeps_only_its_year():
    assert found("Signed on 5/6/2017 in Geneva.") == [("5/6/2017", "2017", "explicit")]


# ---------------------------------------------------------------- underspecified dates


def test_day_and_month_take_the_nearest_past_year():
    mention = only("On 3 July the army entered the town.", "2016-08-10")
    assert (mention.start, mention.end, mention.value, mention.how) == (
        3,
        9,
        "2016-07-03",
        "relative",
    )


def test_a_near_future_day_stays_in_the_publication_year():
    assert found("The vote on November 18 decides.", "2017-11-10") == [
        ("November 18", "2017-11-18", "relative")
    ]


def test_a_day_months_ahead_is_read_as_last_year_unless_the_clause_is_future():
    assert found("Troops entered the city on 5 December.", "2017-03-01") == [
        ("5 December", "2016-12-05", "relative")
    ]
    assert found("Elections will be held on 5 October.", "2017-05-01") == [
        ("5 October", "2017-10-05", "relative")
    ]


def test_weekday_with_day_and_month_matching_the_publication_year():
    text = "The issue, released Monday, August 7, warns of carnage; on Saturday, August 5, IS left."
    assert found(text, "2017-08-07") == [
        ("Monday, August 7", "2017-08-07", "relative"),
        ("Saturday, August 5", "2017-08-05", "relative"),
    ]


def test_a_contradicting_weekday_keeps_the_date_but_lowers_confidence():
    # 18 August 2017 was a Friday: the date stays, marked inferred rather than relative.
    assert found("The town fell on Thursday 18 August.", "2017-08-20") == [
        ("Thursday 18 August", "2017-08-18", "inferred")
    ]
    assert found("The town fell on Thursday 18 August.", "2016-08-20") == [
        ("Thursday 18 August", "2016-08-18", "relative")
    ]


def test_a_weekday_pins_the_year_when_only_the_publication_year_is_known():
    assert found("The town fell on Thursday 18 August.", "2017") == [
        ("Thursday 18 August", "2016-08-18", "inferred")
    ]
    assert found("The town fell on Thursday 18 August.", "2016") == [
        ("Thursday 18 August", "2016-08-18", "relative")
    ]


def test_bare_weekdays_are_past_unless_the_clause_is_future():
    # Published on Wednesday 9 August 2017.
    text = "They met on Monday and will meet again on Friday."
    assert found(text, "2017-08-09") == [
        ("Monday", "2017-08-07", "relative"),
        ("Friday", "2017-08-11", "relative"),
    ]


def test_a_weekday_named_on_its_own_day_is_the_publication_day():
    assert found("The ministry said Wednesday it would act.", "2017-08-09") == [
        ("Wednesday", "2017-08-09", "relative")
    ]


# Published on Wednesday 9 August 2017: Monday is 2017-08-07 behind, 2017-08-14 ahead; Friday
# 2017-08-04 behind, 2017-08-11 ahead; Thursday, the day after, 2017-08-10.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a call or request governs the infinitive after it: a coming day
        ("The union has called for its members to strike on Friday.", "2017-08-11"),
        ("The council called for protests on Friday.", "2017-08-11"),
        ("Organisers urged residents to gather in the square on Monday.", "2017-08-14"),
        # the call was made that day: the verb names the day at once
        ("The council called on Friday for calm.", "2017-08-04"),
        ("The mayor told reporters on Monday that the road was closed.", "2017-08-07"),
        # modal and schedule cues
        ("The repairs could be finished by Monday, officials said.", "2017-08-14"),
        ("A verdict is due on Monday.", "2017-08-14"),
        ("Officials could not be reached for comment on Monday.", "2017-08-07"),
        ("The rally on Monday took place next to the old station.", "2017-08-07"),
    ],
)
def test_a_bare_weekday_lies_the_way_its_clause_points(text, value):
    [mention] = [m for m in tag_dates(text, "2017-08-09") if m.text in ("Monday", "Friday")]
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a possessive names a past event, even in reported speech with "would"
        ("The party said it would not take part in Monday's protests.", "2017-08-07"),
        ("Monday's protests were the largest in years.", "2017-08-07"),
        ("Friday's storm left thousands without power.", "2017-08-04"),
        # unless a cue other than "would" makes its clause future
        ("Friday's concert will be broadcast live.", "2017-08-11"),
        # a plan word makes it either way: the nearer day
        ("Police refused permits for Monday's planned march.", "2017-08-07"),
        ("Thousands signed up for Thursday's planned march.", "2017-08-10"),
    ],
)
def test_a_weekday_possessive_names_a_past_event(text, value):
    [mention] = [m for m in tag_dates(text, "2017-08-09") if m.text != "Wednesday"]
    assert mention.value == value


def test_said_with_a_weekday_is_past_and_the_day_after_publication_is_that_day():
    assert found("The minister said on Monday that talks had failed.", "2017-08-09") == [
        ("Monday", "2017-08-07", "relative")
    ]
    # reported early on the day after the date the article is kept under
    assert found("'It is over,' the student said early Thursday.", "2017-08-09") == [
        ("early Thursday", "2017-08-10", "relative")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Wednesday the talks had ended.",
        "Protesters are gathering in the square on Wednesday.",
        "Wednesday's vote was close.",
        "The talks will resume on Wednesday.",
    ],
)
def test_the_publication_weekday_is_the_publication_day_whatever_the_tense(text):
    assert only(text, "2017-08-09").value == "2017-08-09"


def test_29_february_takes_the_nearest_leap_year():
    assert found("The vote was on 29 February.", "2017-08-07") == [
        ("29 February", "2016-02-29", "relative")
    ]


def test_bare_month_takes_the_nearest_year():
    assert found("The offensive began in October.", "2017-01-20") == [
        ("October", "2016-10", "relative")
    ]


# ---------------------------------------------------------------- relative expressions


@pytest.mark.parametrize(
    ("text", "mention", "value", "precision"),
    [
        ("SDF encircled Raqqa last month.", "last month", "2017-07", "month"),
        ("It fell last week.", "last week", "2017-W31", "week"),
        ("It fell last April.", "last April", "2017-04", "month"),
        ("It was retaken earlier this year.", "earlier this year", "2017", "year"),
        ("Talks resume next month.", "next month", "2017-09", "month"),
        ("It fell last year.", "last year", "2016", "year"),
        ("It lost ground in recent weeks.", "recent weeks", "PAST_REF", "day"),
        ("The battle ended in late October.", "late October", "2016-10", "month"),
        (
            "Raids stopped in the second half of December.",
            "the second half of December",
            "2016-12",
            "month",
        ),
        ("The mayor fled yesterday.", "yesterday", "2017-08-06", "day"),
        ("The mayor speaks today.", "today", "2017-08-07", "day"),
        ("Aid arrived this week.", "this week", "2017-W32", "week"),
        ("The group rose two years ago.", "two years ago", "2015", "year"),
        ("More will come in the coming months.", "the coming months", "FUTURE_REF", "day"),
        ("The city is now calm.", "now", "PRESENT_REF", "day"),
        ("It was retaken this summer.", "this summer", "2017-SU", "season"),
        ("Attacks doubled over the weekend.", "the weekend", "2017-W31-WE", "week"),
        ("Three days ago the convoy left.", "Three days ago", "2017-08-04", "day"),
    ],
)
def test_relative_expressions_resolve_against_publication(text, mention, value, precision):
    result = only(text, "2017-08-07")
    assert (result.text, result.value, result.precision, result.how) == (
        mention,
        value,
        precision,
        "relative",
    )
    assert result.start == text.index(mention)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a Sunday page (13 August 2017): what is to come this week is in the week ahead
        ("The Orskian envoy will travel to Veshnar this week.", "2017-08-13", "2017-W33"),
        ("Kelvor Dannet plans to visit the front this week.", "2017-08-13", "2017-W33"),
        # stays: what was done this week is the week that Sunday ends
        ("The council said this week that the town had fallen.", "2017-08-13", "2017-W32"),
        # stays: any other day's page, whatever the tense
        ("The Orskian envoy will travel to Veshnar this week.", "2017-08-12", "2017-W32"),
        ("The Orskian envoy will travel to Veshnar this week.", "2017-08-07", "2017-W32"),
    ],
)
def test_a_sunday_pages_this_week_is_the_week_ahead_when_it_is_to_come(text, published, value):
    result = only(text, published)
    assert (result.text, result.value, result.precision) == ("this week", value, "week")


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # a Sunday page (13 August 2017): last week is the week that Sunday closes
        ("Tam Orlow won the Varn Medal last week.", "2017-08-13", "last week", "2017-W32"),
        ("The Veshnar council fell late last week.", "2017-08-13", "late last week", "2017-W32"),
        ("Ninety were killed in Orsk in the past week.", "2017-08-13", "the past week", "2017-W32"),
        ("But that changed this past week in Orsk.", "2017-08-13", "this past week", "2017-W32"),
        # stays: a Monday page's last week is the week its Sunday closed
        ("Tam Orlow won the Varn Medal last week.", "2017-08-14", "last week", "2017-W32"),
        # stays: a Saturday page's last week is the week before its own
        ("Tam Orlow won the Varn Medal last week.", "2017-08-12", "last week", "2017-W31"),
        # stays: a Sunday page's next week, and its week ahead
        ("The Orskian envoy returns next week.", "2017-08-13", "next week", "2017-W33"),
        ("The Orskian envoy will travel there this week.", "2017-08-13", "this week", "2017-W33"),
    ],
)
def test_a_sunday_pages_last_week_is_the_week_that_sunday_closes(text, published, mention, value):
    result = only(text, published)
    assert (result.text, result.value, result.precision) == (mention, value, "week")


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # a hosted programme aired on a Sunday is a weekly one: its last week is the week of
        # its previous edition, the ISO week before the page's
        (
            "KELVA DORN, HOST: Welcome back.\n\nAs we said on the programme last week, the "
            "Orsk council fell.",
            "2017-08-13",
            "last week",
            "2017-W31",
        ),
        (
            "Varn Tonight\n\nMIRO TASK, CO-HOST: I sat down with Tam Orlow last week in Veshnar.",
            "2017-08-13",
            "last week",
            "2017-W31",
        ),
        # stays: its past week is the seven days to the page, the week that Sunday closes
        (
            "KELVA DORN, HOST: Ninety were killed in Orsk in the past week.",
            "2017-08-13",
            "the past week",
            "2017-W32",
        ),
        # stays: a news anchor's bulletin, and a host named in prose, are not a programme's
        (
            "MIRA VOSS, ANCHOR: The Orsk council fell last week.",
            "2017-08-13",
            "last week",
            "2017-W32",
        ),
        (
            "Kelva Dorn, host of a Varn talk show, said the council fell last week.",
            "2017-08-13",
            "last week",
            "2017-W32",
        ),
        # stays: a Monday's hosted programme
        (
            "KELVA DORN, HOST: The Orsk council fell last week.",
            "2017-08-14",
            "last week",
            "2017-W32",
        ),
    ],
)
def test_a_sunday_programmes_last_week_is_its_previous_editions(text, published, mention, value):
    result = only(text, published)
    assert (result.text, result.value, result.precision) == (mention, value, "week")


def test_without_publication_date_relative_dates_stay_unresolved():
    text = "SDF encircled Raqqa last month; on 3 July and yesterday, and on 8 August 2014."
    assert [(m.text, m.value, m.precision, m.how) for m in tag_dates(text)] == [
        ("last month", None, "month", "unresolved"),
        ("3 July", None, "day", "unresolved"),
        ("yesterday", None, "day", "unresolved"),
        ("8 August 2014", "2014-08-08", "day", "explicit"),
    ]


def test_publication_month_only_resolves_months_but_not_days():
    assert found("It fell last month, and yesterday the mayor fled.", "2017-08") == [
        ("last month", "2017-07", "relative"),
        ("yesterday", None, "unresolved"),
    ]


def test_anaphora_resolve_from_the_previous_date():
    text = "In 2014 the group rose. That year it took Mosul. A year later it lost Ramadi."
    assert found(text) == [
        ("2014", "2014", "explicit"),
        ("That year", "2014", "inferred"),
        ("A year later", "2015", "inferred"),
    ]


# ---------------------------------------------------------------- weekday pinning and inference


def test_weekday_pins_the_year_of_an_undated_article():
    text = "Sinjar fell on 8 August 2014. On Thursday 18 August the town was retaken."
    assert found(text) == [
        ("8 August 2014", "2014-08-08", "explicit"),
        ("Thursday 18 August", "2016-08-18", "inferred"),
    ]


def test_a_weekday_without_any_dated_evidence_stays_unresolved():
    assert found("On Thursday 18 August the town was retaken.") == [
        ("Thursday 18 August", None, "unresolved")
    ]


def test_infer_publication_date_from_pinned_weekday():
    text = "Sinjar fell on 8 August 2014. On Thursday 18 August the town was retaken."
    assert infer_publication_date(text) == ("2016-08-18", "inferred")


def test_infer_publication_date_gives_only_the_year_of_the_latest_explicit_date():
    text = "Sinjar fell on 8 August 2014; Mosul had fallen in June 2014."
    assert infer_publication_date(text) == ("2014", "inferred")


def test_infer_publication_date_ignores_announced_future_dates_and_bare_years():
    assert infer_publication_date("The vote will be held on 5 May 2021.") is None
    assert infer_publication_date("The plan runs until 2030.") is None


def test_infer_publication_date_without_dates_is_none():
    assert infer_publication_date("No dates here, only 300 people and $8.4billion.") is None
    assert infer_publication_date("") is None


# ---------------------------------------------------------------- false friends


@pytest.mark.parametrize(
    "text",
    [
        "The ruling may have been overstated.",
        "They march on the capital and may return.",
        "March on, the commander told the troops.",
        "Some 300 people and 1,300 troops fled with $8.4billion.",
        "The talks in Astana VII ended.",
        "The Sunday Times reported the claim.",
        "Good Friday prayers were cancelled.",
        "About 2000 fighters remain, the army said.",
        "Resolution 2254 calls for a ceasefire.",
        "Theresa May met the king.",
        "Ages in their 80s are rare among the fighters.",
        "A quarter of the city is in ruins.",
        "He was killed soon after being captured.",
    ],
)
def test_no_false_positives(text):
    assert tag_dates(text, "2017-08-07") == []


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on Varo 9th Street and the market.",
        "Crowds filled 14 November Square.",
        "Members of the Kelvar 3 May Martyrs Brigade collected him.",
        "Members of the 3 May Martyrs ' Brigade collected him.",
        "The 12th of June Movement called a strike.",
        "Traffic stopped on the 9th of October Bridge.",
        "Its rivals, the Orsk-dominated March 8 coalition, walked out.",
        "The cabinet excludes the March 21st bloc, backed by Tarvia.",
        "He spoke for the April 11 Youth Movement in Velm.",
    ],
)
def test_a_yearless_day_in_a_name_is_no_date(text):
    assert tag_dates(text, "2017-08-07") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 20 March coalition forces crossed into Tarvia.", "2017-03-20"),
        ("On 20 March Coalition forces crossed into Tarvia.", "2017-03-20"),
        ("The vote on 14 March. Brigade commanders met later.", "2017-03-14"),
        ("Protests on 25 January filled the square.", "2017-01-25"),
    ],
)
def test_a_day_before_a_name_word_it_does_not_head_is_still_a_date(text, expected):
    assert [m.value for m in tag_dates(text, "2017-08-07")] == [expected]


def test_may_as_a_month_needs_a_cue():
    assert found("In May, troops advanced; Theresa May said so.", "2017-08-07") == [
        ("May", "2017-05", "relative")
    ]


def test_ranges_share_the_year_stated_at_their_end():
    assert found("Fighting raged from January to March 2015.") == [
        ("January", "2015-01", "explicit"),
        ("March 2015", "2015-03", "explicit"),
    ]
    assert found("Between 14-15 July and 2 August 2016 the siege held.") == [
        ("14-15 July", "2016-07-14", "explicit"),
        ("2 August 2016", "2016-08-02", "explicit"),
    ]


def test_year_ranges_give_both_years():
    assert found("The 2014-2016 campaign and the 2014–15 season.") == [
        ("2014", "2014", "explicit"),
        ("2016", "2016", "explicit"),
        ("2014", "2014", "explicit"),
    ]


def test_seasons_around_the_turn_of_the_year():
    # A winter is named by the year it begins in.
    assert found("Last winter was hard; this winter is milder.", "2017-01-10") == [
        ("Last winter", "2015-WI", "relative"),
        ("this winter", "2016-WI", "relative"),
    ]
    assert found("Last summer was hard.", "2017") == [("Last summer", None, "unresolved")]


def test_a_year_ago_after_a_quarter_is_that_quarter_a_year_back():
    text = "Third-quarter profit rose 19% from a year ago."
    assert found(text, "1989-10-26") == [
        ("Third-quarter", "1989-Q3", "relative"),
        ("a year ago", "1988-Q3", "inferred"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ten days after the vote, the count ended.",
        "Crowds gathered following Tuesday's vote.",
        "The present form of the text is new.",
        "Churches of the 1800s stand here.",
        "He told USA Today so.",
        "Speaking on ABC's This Week, he denied it.",
    ],
)
def test_phrases_that_only_look_like_dates(text):
    assert tag_dates(text, "2017-08-07") == []


# ---------------------------------------------------------------- contract


def test_published_must_be_an_iso_prefix():
    with pytest.raises(ValueError):
        tag_dates("It fell last month.", "August 2017")
    assert found("It fell last month.", "2017-08-07T10:00:00Z") == [
        ("last month", "2017-07", "relative")
    ]


def test_scanning_near_heads_finds_what_a_full_scan_finds():
    # Speed comes from running the scanner only near head words; every kind of date must
    # therefore contain a head, or it would silently be lost.
    from text.dates.grammar import grammar as compiled_grammar
    from text.dates.scan import _matches

    text = (
        "In the latest period, the year-ago quarter and this year's third quarter; the weekend,"
        " nineteen ninety-six, the nineties, mid-1990s, Q3 2016, the first half of 2015, 7/8/2017"
        " 2017-08-07, a couple of years ago, the past few months, the very end of the year, soon,"
        " at present, these days, last night, the day before yesterday, year-end, the 1988"
        " period, Thursday the 18th of August, May 5, summer of 2014, in the summer, currently."
    )
    grammar = compiled_grammar()
    full = [(m.start(), m.end(), m.lastgroup) for m in grammar.scanner.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in _matches(text, grammar)] == full
    assert len(full) == 26


# Words that make dates, false friends and separators, shuffled into random texts.
PHRASES = [
    "On 3 July 2016 last month Thursday 18 August the end of May now ago two years 1,300 people",
    ", . early 1990s quarter third yesterday week Friday in winter summer next this year that a",
    "later Q3 half first 29 February - to 2014-2016 weekend recent 31 April fiscal 1989 of mid",
    "Sunday Times 11/25/2016 2017-08-07 LAST NOVEMBER FRIDAY YEAR 'the past' Monday, Aug. 7",
    "spring autumn fall decade",
]
VOCABULARY = [word for phrase in PHRASES for word in phrase.split()]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(VOCABULARY), max_size=30),
    st.sampled_from([None, "2017", "2017-01", "2017-08", "2017-01-03", "2017-08-07"]),
)
def test_mentions_are_ordered_non_overlapping_and_verbatim(words, published):
    text = " ".join(words)
    mentions = tag_dates(text, published)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end
        assert mention.text == text[mention.start : mention.end]
        assert (mention.value is None) == (mention.how == "unresolved")
        assert mention.precision in ("day", "week", "month", "season", "quarter", "year", "decade")
        previous_end = mention.end
