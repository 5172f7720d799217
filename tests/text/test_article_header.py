from text.article_header import Header, leading_headlines, read_dateline_byline, read_header

BODY = "Government forces pushed into the eastern districts on Tuesday, commanders said."


def test_masthead_headline_dateline_and_byline_come_off_the_top():
    header, body = read_header(
        [
            "The Levant Weekly",
            "Forces push into Raqqa",
            "07 Aug 2017 | 05:36 PM UTC",
            "By Dana Haddad",
            BODY,
        ]
    )
    assert header == Header(
        title="Forces push into Raqqa",
        source="The Levant Weekly",
        author="Dana Haddad",
        published="2017-08-07",
    )
    assert body == [BODY]


def test_a_standfirst_before_the_byline_stays_in_the_body():
    header, body = read_header(
        ["Forces push into Raqqa", "A new offensive begins", "By Dana Haddad", BODY]
    )
    assert header.title == "Forces push into Raqqa" and header.author == "Dana Haddad"
    assert body == ["A new offensive begins", BODY]


def test_a_line_broken_mid_sentence_is_no_headline():
    header, body = read_header(
        ["Fighters of the US-backed Syrian", "forces entered the city.", BODY]
    )
    assert header == Header()
    assert body[0] == "Fighters of the US-backed Syrian"


def test_an_updated_stamp_is_not_the_date():
    header, _ = read_header(["Last updated: 8 Aug 2017", BODY])
    assert header.published is None


def test_only_dateline_and_byline_when_the_title_is_known():
    header, body = read_dateline_byline(["By Dana Haddad", "Forces push into Raqqa", BODY])
    assert header == Header(author="Dana Haddad")
    assert body == ["Forces push into Raqqa", BODY]


def test_leading_headlines_are_counted_up_to_the_first_sentence():
    assert leading_headlines(["Forces push into Raqqa", "A new offensive begins", BODY]) == 2
    assert leading_headlines([BODY, "Forces push into Raqqa"]) == 0
