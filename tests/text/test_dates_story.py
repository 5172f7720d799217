"""A yearless day+month inside a story told in a past year takes the story's year: the day
before it in the text, stated with its year (or counted from one), is the nearer evidence than
the publication date. Names and texts are invented."""

from text.dates import tag_dates


def values(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    return {m.text.rstrip("."): (m.value, m.how) for m in tag_dates(text, published)}


def test_a_day_continuing_a_story_of_a_past_year_takes_its_year():
    text = (
        "When the inspectors of the Vantoria mission arrived in Belmora on June 10 1996, "
        "nobody met them at the airport. Two days later the talks began. "
        "On June 22, Orlan Kest and the minister signed the agreement."
    )
    found = values(text, "2005-09-28")
    assert found["Two days later"] == ("1996-06-12", "inferred")
    assert found["June 22"] == ("1996-06-22", "inferred")


def test_a_chronology_of_a_past_year_keeps_its_year_past_the_publication_day():
    # Published in January 2011: "April 30" alone would be read as the coming April.
    text = (
        "April 20, 2010 - A fire on the Kestrel rig kills eleven workers. "
        "April 22 - The rig sinks. "
        "April 30 - Marlow Oil says it will pay all legitimate claims."
    )
    found = values(text, "2011-01-11")
    assert found["April 22"][0] == "2010-04-22"
    assert found["April 30"] == ("2010-04-30", "inferred")


def test_a_month_recalled_in_passing_does_not_move_a_later_day():
    text = (
        "Ministers backed the Dravia war in March 2003. "
        "Pollsters at Kellan asked voters on March 18 what they thought of the new mission."
    )
    assert values(text, "2011-03-21")["March 18"][0] == "2011-03-18"


def test_a_day_far_from_the_story_or_months_after_it_is_read_against_publication():
    far = (
        "The Orvane treaty was signed on 2 March 2003. "
        + "Delegates argued about fishing quotas for the rest of the session. " * 25
        + "On 19 March the Orvane council met again."
    )
    assert values(far, "2016-01-31")["19 March"] == ("2016-03-19", "relative")
    later = "The Orvane treaty was signed on 2 March 2003. On 19 November the council met again."
    assert values(later, "2016-01-31")["19 November"] == ("2015-11-19", "relative")


def test_a_day_after_one_read_against_publication_is_not_moved():
    # "31 Mar" has its year from the publication date alone: no story year to continue.
    text = "The Pellow tour opens in Arbroath on 31 Mar and reaches Dundee on 4 Apr."
    assert values(text, "2011-02-05")["4 Apr"] == ("2011-04-04", "relative")


def test_a_weekday_contradicting_the_story_year_leaves_the_day_alone():
    # 24 June 1996 was a Monday, not a Friday.
    text = "The Corvain talks opened on June 10 1996. On Friday June 24 the envoys left Belmora."
    value, how = values(text, "2005-09-28")["Friday June 24"]
    assert not value.startswith("1996")


def test_a_day_takes_the_year_of_the_same_month_stated_with_its_day_before():
    # The last day before "March 17" is the page's (1 March 2009): only the stated day of the
    # same month, 7 March 2003, tells the story's year.
    text = (
        "Counsel Idris Maro sent his opinion on the Vantoria mission on March 7 2003. "
        "Yesterday, on 1 March, the Belmora inquiry published it. "
        "His view changed again in a written answer of March 17, the inquiry found."
    )
    assert values(text, "2009-03-05")["March 17"] == ("2003-03-17", "inferred")


def test_a_day_of_a_month_stated_alone_or_far_off_stays_in_the_page_year():
    alone = (
        "Counsel Idris Maro joined the Vantoria mission in March 2003. "
        "Yesterday, on 1 March, the Belmora inquiry met. It reports on March 17, its chair said."
    )
    assert values(alone, "2009-03-05")["March 17"][0] == "2009-03-17"
    far = (
        "Counsel Idris Maro sent his opinion on March 7 2003. "
        + "Delegates argued about fishing quotas for the rest of the session. " * 25
        + "Yesterday, on 1 March, the inquiry met. It reports on March 17, its chair said."
    )
    assert values(far, "2009-03-05")["March 17"][0] == "2009-03-17"


def test_a_day_stated_far_before_the_page_lends_no_year():
    # A birth date decades back, and a clock time read as a year ("19 MAY, 1130 GMT"): the
    # yearless day of the same month is the page's.
    born = (
        "The Relka file. Born: Tomas Relka at Ostrava, 12 April 1951. "
        "He joined the Orvane party in 1969. "
        "Now he expects to lead it after the 22 April elections."
    )
    assert values(born, "2009-04-11")["22 April"][0] == "2009-04-22"
    clock = (
        "19 MAY, 1130 GMT, PELLIA Aid trucks queue at the Pellia crossing. "
        "The drivers say the road is open today. "
        "18 MAY, 2200 GMT, KESTOVA AIRPORT The terminal is full of stranded travellers."
    )
    assert values(clock, "2010-05-19")["18 MAY"][0] == "2010-05-18"


def test_a_chronology_run_on_past_the_month_keeps_the_page_year():
    # The list reached August 2015 after its March 2015 line: "3 March" is the page's March.
    text = (
        "15 March 2015 Two million march against the Orvane government.\n"
        "15 April 2015 Police arrest the treasurer Kell Darrow.\n"
        "3 August 2015 Police arrest the former minister Ilse Varga.\n"
        "22 February Police arrest the campaign adviser.\n"
        "3 March Official figures show the economy shrank."
    )
    assert values(text, "2016-03-20")["3 March"][0] == "2016-03-03"


def test_a_day_a_decade_back_or_after_a_nearby_later_day_still_moves():
    decade = (
        "Marlow Oil's chief compared the spill to the Kestrel attacks of September 11, 2001. "
        "Today the company said it would pay. "
        "Analysts said no event since September 11 had cost insurers as much."
    )
    assert values(decade, "2011-05-03")["September 11"] == ("2001-09-11", "inferred")
    nearby = (
        "Counsel Idris Maro sent his opinion on the Vantoria mission on March 7 2003. "
        "The war began on March 20 2003. "
        "Yesterday, on 1 March, the Belmora inquiry met. "
        "His view changed again in a written answer of March 17, the inquiry found."
    )
    assert values(nearby, "2009-03-05")["March 17"] == ("2003-03-17", "inferred")
