from functools import partial

from commands.salience import DateCounts, Model
from commands.timeline_entries import dated_entries, rank_dates, representative, within
from commands.timeline_reports import cut_at_its_start, entry_sections
from store.events import EventRow
from tests.commands.test_timeline import add


def event(id, article, text, date="2017-10-20"):
    return EventRow(id, article, None, 0, len(text), date, "day", "explicit", date, text)


def test_dates_are_ranked_likeliest_first_and_dates_nobody_reports_are_left_out():
    counts = [
        DateCounts("2017-06", "2017-06-01", 1, 0, 0, 0, 0, 0),
        DateCounts("2017-10-20", "2017-10-20", 5, 4, 3, 2, 2, 1),
        DateCounts("2011", "2011-01-01", 0, 0, 0, 0, 0, 0),
    ]
    assert rank_dates(counts) == ["2017-10-20", "2017-06"]


def test_a_bare_year_comes_after_every_finer_date_however_often_it_is_mentioned():
    counts = [
        DateCounts("2016", "2016-01-01", 40, 30, 30, 10, 0, 0),
        DateCounts("2016-05-03", "2016-05-03", 1, 1, 0, 0, 0, 0),
        DateCounts("2016-W20", "2016-05-16", 2, 1, 1, 0, 0, 0),
    ]
    assert rank_dates(counts)[-1] == "2016"
    assert rank_dates(counts[:1]) == ["2016"]  # still told when nothing finer is known


def test_the_representative_report_is_most_like_the_others_and_never_furniture():
    alike = "Varnik Osterhal's fighters took the town of Qaryat Dulen on Friday."
    events = [
        event(1, 1, "Weather was mild in the valley that day, farmers said."),
        event(2, 2, alike),
        event(3, 3, "Fighters loyal to Varnik Osterhal took Qaryat Dulen, the town's mayor said."),
        event(
            4, 4, "Photo: Varnik Osterhal's fighters took the town of Qaryat Dulen | AFP | Getty"
        ),
    ]
    best = representative(events, {})
    assert best is not None and best.id in (2, 3)
    assert representative([events[3]], {}) is None  # a caption is never an entry
    setting = event(5, 5, "Varnik Osterhal was speaking to reporters in Qaryat Dulen on Friday.")
    assert representative([setting], {}) is None  # nor where someone spoke


def test_a_report_where_the_date_only_names_a_thing_comes_last():
    def on_september_12(id, text, said="September 12", how="explicit"):
        return EventRow(id, id, None, 0, 90, "2016-09-12", "day", how, "2016-09-12", text, said)

    offensive = on_september_12(
        1, "Troops stormed Qaryat Dulen after the September 12 truce collapsed a week later."
    )
    truce = EventRow(
        2, 2, None, 0, 60, "2016-09-12", "day", "explicit", "2016-09-12",
        "The truce came into force in Qaryat Dulen on September 12.", "September 12",
    )  # fmt: skip
    assert representative([offensive, truce], {1: 0, 2: 1}) == truce
    assert representative([offensive], {}) == offensive  # still told when alone
    background = on_september_12(
        3, "Throughout the siege, which began September 12, crowds in Qaryat Dulen were paid."
    )
    assert representative([background, truce], {3: 0, 2: 1}) == truce
    since = on_september_12(
        4,
        "Shells have hit Qaryat Dulen every day since the ceasefire began last Monday.",
        "last Monday",
        "relative",
    )
    assert representative([since, truce], {4: 0, 2: 1}) == truce
    assert representative([since], {}) == since  # a keyword's or actor's: still told when alone
    relative = on_september_12(
        5, "Troops went on clearing Qaryat Dulen of the gunmen they infiltrated on September 12."
    )
    assert representative([relative, truce], {5: 0, 2: 1}) == truce
    assert representative([relative], {}) == relative  # a keyword's or actor's: told when alone
    # a place's timeline tells none of them: what the place saw is on another day
    names = ("Qaryat Dulen",)
    for report in (offensive, background, since, relative):
        assert representative([report], {}, names) is None, report.text
    assert representative([since, truce], {}, names) == truce


def test_since_a_thing_broke_out_is_told_last_and_a_time_is_no_thing():
    def dated(text, said, id=1):
        return EventRow(id, id, None, 0, len(text), "2016-09-09", "day", "relative",
                        "2016-09-09", text, said)  # fmt: skip

    broke = dated(
        "Mourners in Veshnar chanted against the council for the first time since protests "
        "broke on Friday.",
        "Friday",
    )
    out = dated("Forty people have died in Veshnar since the riots broke out on Friday.", "Friday")
    riots = dated("Riots broke out in Veshnar on Friday.", "Friday", 2)
    for report in (broke, out):
        assert representative([report, riots], {}) == riots
        assert representative([report], {}) == report  # still told when alone
        assert representative([report], {}, ("Veshnar",)) is None  # never a place's
    returned = dated("By the time she returned on Friday the crowd in Veshnar had grown.", "Friday")
    assert representative([returned], {}) == returned


def test_a_city_is_not_told_by_a_sentence_of_the_whole_country():
    names = ("Veshnar",)
    roundup = event(
        1, 1, "The army went on with operations against the rebels across the country on Tuesday."
    )
    assert representative([roundup], {1: 2}, names) is None
    nationwide = event(2, 2, "Activists said 40 people were killed nationwide on Tuesday.")
    assert representative([nationwide], {2: 2}, names) is None
    own = event(3, 3, "Shelling of Veshnar went on as fighting spread across the country.")
    assert representative([own], {}, names) == own  # it names the city: its own event too
    assert representative([roundup], {}) == roundup  # a country's or an actor's event


def test_one_entry_per_date_citing_every_report(db):
    a = add(db, "On 20 October 2017 fighters took Qaryat Dulen.", "2017-10-21", "Wire A", "a.txt")
    b = add(db, "Fighters took Qaryat Dulen on 20 October 2017.", "2017-10-22", "Wire B", "b.txt")
    events = [event(10, a.id, "On 20 October 2017 fighters took Qaryat Dulen."),
              event(11, b.id, "Fighters took Qaryat Dulen on 20 October 2017.")]  # fmt: skip
    entries = dated_entries(db, ["2017-10-20", "2017-10-21"], events, {}, {"2017-10-20": 2}, 5)
    assert len(entries) == 1  # no report of the second date
    assert {c.id for c, _ in entries[0].sources} == {a.id, b.id} and entries[0].reports == 2


def year_event(id, article, text, date_text):
    return EventRow(id, article, None, 0, len(text), "2015", "year", "relative", "2015-01-01",
                    text, date_text)  # fmt: skip


def test_a_bare_year_is_told_only_when_no_finer_date_has_an_entry(db):
    a = add(db, "Fighters took Qaryat Dulen on 20 October 2015.", "2015-10-21", "Wire A", "a.txt")
    day = event(10, a.id, "Fighters took Qaryat Dulen on 20 October 2015.", "2015-10-20")
    year = year_event(11, a.id, "Qaryat Dulen has seen fighting since 2015.", "2015")
    both = dated_entries(db, ["2015-10-20", "2015"], [day, year], {}, {}, 5)
    assert [e.date for e in both] == ["2015-10-20"]  # the year is background to the day
    alone = dated_entries(db, ["2015"], [year], {}, {}, 5)
    assert [e.date for e in alone] == ["2015"]  # nothing finer is known: the year is told


def test_a_week_or_month_is_told_only_when_no_day_of_it_has_an_entry(db):
    def coarse(id, text, date, precision):
        return EventRow(id, id, None, 0, len(text), date, precision, "relative", date, text)

    day = event(1, 1, "Fighters shelled the market of Veshnar on 20 October 2017.", "2017-10-20")
    week = coarse(2, "Shelling went on in Veshnar this week.", "2017-W42", "week")
    month = coarse(3, "Veshnar was shelled in October, as it had been in May.", "2017-10", "month")
    later = coarse(4, "Veshnar's market reopened in November.", "2017-11", "month")
    other_week = coarse(5, "The council of Veshnar met this week.", "2017-W46", "week")
    chosen = ["2017-10", "2017-W42", "2017-11", "2017-10-20", "2017-W46"]
    entries = dated_entries(db, chosen, [day, week, month, later, other_week], {}, {}, 10)
    assert {e.date for e in entries} == {"2017-10-20", "2017-11", "2017-W46"}
    assert dated_entries(db, chosen, [day, month, later], {}, {}, 1)[0].date == "2017-10-20"
    alone = dated_entries(db, ["2017-W42", "2017-10"], [week, month], {}, {}, 10)
    assert {e.date for e in alone} == {"2017-W42", "2017-10"}  # no day: the week and month tell it


def test_a_year_the_sentence_does_not_say_is_no_entry():
    season = year_event(
        1, 1, "They announced the spring campaign to retake Qaryat Dulen.", "the spring"
    )
    said = year_event(2, 2, "Fighters took Qaryat Dulen in 2015.", "2015")
    counted = year_event(3, 3, "Fighters took Qaryat Dulen last year.", "last year")
    assert representative([season], {}) is None  # a season placed in the article's year
    assert representative([season, said], {}) == said
    assert representative([counted], {}) == counted


def test_a_date_the_sentences_own_time_is_counted_from_is_no_entry():
    counted = EventRow(
        1, 1, None, 0, 90, "2005-01-30", "day", "explicit", "2005-01-30",
        "More than nine weeks after the January 30 elections, the Qaryat parliament voted.",
        "January 30",
    )  # fmt: skip
    on_the_day = EventRow(
        2, 2, None, 0, 60, "2005-01-30", "day", "explicit", "2005-01-30",
        "Voters in Qaryat Dulen went to the polls on January 30, two weeks after the truce.",
        "January 30",
    )  # fmt: skip
    assert representative([counted], {}) is None
    assert representative([counted, on_the_day], {}) == on_the_day
    span = EventRow(
        3, 3, None, 0, 90, "2004-11-01", "day", "explicit", "2004-11-01",
        "From 1 November 2004 to 12 March 2005 there were 3,306 attacks in Qaryat Dulen.",
        "1 November 2004",
    )  # fmt: skip
    assert representative([span], {}) is None
    span_end = EventRow(
        4, 4, None, 0, 90, "2005-03-12", "day", "explicit", "2005-03-12",
        "Between the winter elections and 12 March 2005 there were 3,306 attacks in Qaryat.",
        "12 March 2005",
    )  # fmt: skip
    assert representative([span_end], {}) is None
    road = EventRow(
        5, 5, None, 0, 90, "2005-03-12", "day", "explicit", "2005-03-12",
        "A convoy drove from Qaryat Dulen to Veshnar on 12 March 2005.", "12 March 2005",
    )  # fmt: skip
    assert representative([road], {}) == road  # a journey on the day is its event


def test_a_subheading_in_capitals_run_into_the_sentence_is_no_entry():
    glued = [
        "MILITARY AIRPORT On Friday fighting broke out at the airport of Qaryat Dulen.",
        "FUEL LIFELINE Oil firm Veshco shipped cargoes from Qaryat Dulen on Friday.",
    ]
    for n, text in enumerate(glued):
        assert representative([event(n, n, text)], {}) is None, text
    prose = [
        "US President Varo Denk visited Qaryat Dulen on Friday.",
        "NATO jets struck Qaryat Dulen on Friday.",
        "ISIS fighters took Qaryat Dulen on Friday.",
    ]
    for n, text in enumerate(prose):
        assert representative([event(n, n, text)], {}) is not None, text


def test_a_date_said_as_a_newspapers_day_is_no_entry():
    paper = dated_said(2, "Friday's newspapers in Qaryat told of the raid.", "2005-11-18", "Friday")
    vote = dated_said(
        3, "Yesterday's vote in Qaryat Dulen ended the siege.", "2005-11-22", "Yesterday"
    )
    assert representative([paper], {}) is None
    assert representative([vote], {}) == vote  # a day's event, not a newspaper's day
    courier = dated_said(
        4, "A story in yesterday's Daily Mirror said Qaryat was shelled.", "2005-11-22", "yesterday"
    )
    assert representative([courier], {}) is None


def test_a_report_of_a_things_day_comes_after_one_of_its_event():
    talks = dated_said(
        1, "Contrast this with the context of Saturday's talks - shelling in Qaryat Dulen.",
        "2012-02-04", "Saturday",
    )  # fmt: skip
    shelling = dated_said(
        2, "Shells hit the market of Qaryat Dulen on Saturday, killing 40.", "2012-02-04",
        "Saturday",
    )  # fmt: skip
    names = ("Qaryat Dulen",)
    assert representative([talks, shelling], {}, names) == shelling
    assert representative([shelling, talks], {}, names) == shelling
    assert representative([talks], {}, names) == talks  # still told when alone


def test_the_day_a_newspaper_printed_a_story_is_no_entry():
    printed = [
        ("On August 7 2003 the Varnik Herald reported that a general in Qaryat was worried.",
         "August 7 2003"),
        ("But on Sunday, 28 May 1961, The Dulen Observer published a piece on Qaryat.",
         "Sunday, 28 May 1961"),
        ("On Monday the paper revealed that Qaryat Dulen had been shelled.", "Monday"),
    ]  # fmt: skip
    for n, (text, said) in enumerate(printed):
        assert representative([dated_said(n, text, "2003-08-07", said)], {}) is None, text
    told = [
        ("Qaryat Dulen fell on Monday, the Varnik Herald reported.", "Monday"),
        ("In a statement Monday, the newspaper said its reporters in Qaryat were freed.",
         "Monday"),
        ("Troops entered Qaryat Dulen on Monday, the Times said.", "Monday"),
    ]  # fmt: skip
    for n, (text, said) in enumerate(told):
        assert representative([dated_said(n, text, "2003-08-07", said)], {}) is not None, text


def test_a_date_of_what_is_only_planned_tells_no_place_and_comes_last():
    planned = [
        "The council will discuss Qaryat Dulen at its meeting to be held on Monday.",
        "Ministers are scheduled to meet on Monday to decide on Qaryat Dulen.",
        "Talks on Qaryat Dulen are due to be held on Monday.",
    ]
    names = ("Qaryat Dulen",)
    held = dated_said(
        9, "The council held a meeting on Qaryat Dulen on Monday.", "2016-09-19", "Monday"
    )
    for n, text in enumerate(planned):
        plan = dated_said(n, text, "2016-09-19", "Monday")
        assert representative([plan], {}, names) is None, text  # no event of the place's
        assert representative([plan], {}) == plan, text  # a keyword's: told when alone
        assert representative([plan, held], {}) == held, text  # ... and last
    assert representative([held], {}, names) == held


def dated_said(id, text, date, date_text):
    return EventRow(id, id, None, 0, len(text), date, "day", "relative", date, text, date_text)


def test_a_date_whose_year_the_sentence_contradicts_is_no_entry():
    published = {1: "2005-07-07", 2: "2005-11-23", 3: "2005-05-02", 4: "2005-07-07"}.get
    last_year = dated_said(
        1, "By June 28 last year, when the envoy left Qaryat Dulen, the fund was spent.",
        "2005-06-28", "June 28",
    )  # fmt: skip
    bracketed = dated_said(
        2, "They asked for an inquiry into what happened in Qaryat Dulen on April 8 (2003).",
        "2005-04-08", "April 8",
    )  # fmt: skip
    right = dated_said(
        3, "The envoy died in Qaryat Dulen on December 17 last year.", "2004-12-17", "December 17"
    )
    plain = dated_said(4, "The envoy left Qaryat Dulen on June 28.", "2005-06-28", "June 28")
    assert representative([last_year], {}, published=published) is None
    assert representative([bracketed], {}, published=published) is None
    assert representative([right], {}, published=published) == right  # the year agrees
    assert representative([plain, last_year], {}, published=published) == plain
    assert representative([bracketed], {}) is None  # a year written out needs no article


def test_a_day_said_in_words_naming_a_period_is_no_entry():
    def day_event(id, text, said):
        return EventRow(id, id, None, 0, len(text), "2017-01-22", "day", "inferred",
                        "2017-01-22", text, said)  # fmt: skip

    period = day_event(1, "Troops met in Qaryat Dulen during the last month and a half.",
                       "the last month")  # fmt: skip
    week = day_event(2, "Shelling of Qaryat Dulen went on that week.", "that week")
    day = day_event(3, "Troops took Qaryat Dulen the next day.", "the next day")
    later = day_event(4, "Troops took Qaryat Dulen two weeks later.", "two weeks later")
    assert representative([period], {}) is None
    assert representative([week], {}) is None
    assert representative([day], {}) == day
    assert representative([later], {}) == later


def test_a_sentence_run_into_the_next_is_told_only_when_no_other_report_is():
    glued = (
        "The truce over Qaryat Dulen began at 7pm on September 12 in accordance with the "
        "agreement Regime renews onslaught Elsewhere airstrikes have targeted at least five "
        "neighbourhoods in the east of Qaryat Dulen after the regime declared the truce over "
        "and the fighters of Varnik Osterhal said the truce of September 12 had failed."
    )
    plain = "The truce over Qaryat Dulen came into force on September 12."
    other = "A truce over Qaryat Dulen began on September 12, the fighters said."
    events = [event(1, 1, glued), event(2, 2, plain), event(3, 3, other)]
    assert len(glued.split()) > 50
    assert representative(events, {}).id in (2, 3)
    assert representative(events[:1], {}) == events[0]


def test_a_report_naming_the_subject_is_preferred_to_one_carried_to_it():
    carried = event(1, 1, "The convoy had been waiting since Friday at the transit point.")
    alike = event(2, 2, "The convoy had been waiting since Friday at the crossing point.")
    named = event(3, 3, "On Friday a convoy of buses arrived in Qaryat Dulen.")
    # the carried reports are most like each other; the one naming the subject reads alone
    assert representative([carried, alike, named], {1: 1, 2: 2, 3: 0}) == named
    assert representative([carried, alike], {1: 1, 2: 2}) in (carried, alike)


def test_a_live_blog_update_or_a_transcript_fragment_is_never_an_entry():
    # a live blog is stored with the day it opened; an update's "Saturday" is a later one
    update = event(1, 1, "(Update 9:40 a.m. in Qaryat Dulen, 2:40 a.m. ET) Crews began "
                   "clearing the square in Qaryat Dulen on Saturday morning.")  # fmt: skip
    spoken = event(2, 2, "And yesterday he joined the crowds in the (INAUDIBLE) square.")
    prose = event(3, 3, "Crews began clearing the square in Qaryat Dulen on Saturday.")
    assert representative([update], {}) is None
    assert representative([spoken], {}) is None
    clocks = event(5, 5, "QARYAT, 6:49 p.m. ET, 1:49 a.m. local: The governor said Tuesday "
                   "morning on television that he is in Qaryat Dulen.")  # fmt: skip
    assert representative([clocks], {}) is None
    # the stamp's second half, its first half split off as a sentence
    tail = event(7, 7, "5:09 p.m. Sunday ET): Witnesses said Qaryat Dulen was in the hands of "
                 "the protesters on Sunday.")  # fmt: skip
    assert representative([tail], {}) is None
    one_clock = event(
        6, 6, "The governor spoke at 1:49 a.m. local time in Qaryat Dulen on Tuesday."
    )
    assert representative([one_clock], {}) == one_clock
    assert representative([update, spoken, prose], {}) == prose
    # a bracketed aside that is no update stamp stays prose
    aside = event(4, 4, "Crews (updated figures show 40 of them) cleared the square on Saturday.")
    assert representative([aside], {}) == aside


def test_a_place_named_only_as_a_landmark_does_not_tell_its_date():
    elsewhere = event(1, 1, "Tanks rolled into Veshnar on Sunday, 300 km (190 miles) "
                      "north-east of Qaryat Dulen, residents said.")  # fmt: skip
    there = event(2, 2, "Shells hit the market of Qaryat Dulen on Sunday, residents said.")
    both = event(3, 3, "Fighters from Qaryat Dulen took Veshnar, 30 km south of Qaryat Dulen.")
    names = ("Qaryat Dulen",)
    assert representative([elsewhere], {}, names) is None
    assert representative([elsewhere, there], {}, names) == there
    assert representative([both], {}, names) == both  # also named as itself
    assert representative([elsewhere], {}) == elsewhere  # no place given: not judged


def test_a_date_told_in_a_clause_of_another_place_is_not_the_places():
    names = ("Qaryat Dulen",)
    others = {
        1: ["Qaryat Dulen", "Veshnar"],
        2: ["Qaryat Dulen", "Veshnar"],
        3: ["Qaryat Dulen"],
        4: ["Qaryat Dulen", "Veshnar"],
    }
    elsewhere = dated_said(
        1, "The forces attacking Qaryat Dulen lack the help they had when they captured the "
        "capital Veshnar on August 23 and ended his rule.", "2011-08-23", "August 23",
    )  # fmt: skip
    its_own = dated_said(
        2, "Fighters from Veshnar took Qaryat Dulen on August 23, when the last road was cut.",
        "2011-08-23", "August 23",
    )  # fmt: skip
    after = dated_said(
        3, "Qaryat Dulen was emptied of troops after 60 protesters were shot dead on June 3.",
        "2011-06-03", "June 3",
    )  # fmt: skip
    which = dated_said(
        5, "Forces, which seized Veshnar on August 23, were edging towards Qaryat Dulen.",
        "2011-08-23", "August 23",
    )  # fmt: skip
    assert representative([which], {}, names, places_of=lambda e: others[4]) is None
    listed = dated_said(
        6, "Coalition forces, which launched airstrikes Thursday near Veshnar, Orsk and Qaryat "
        "Dulen, said none was hurt.", "2011-03-24", "Thursday",
    )  # fmt: skip
    prayers = dated_said(
        7, "A man who spoke in Qaryat Dulen after Friday prayers said on Veshnar TV that ...",
        "2011-03-25", "Friday",
    )  # fmt: skip
    for e in (listed, prayers):
        assert representative([e], {}, names, places_of=lambda e: others[4]) == e, e.text
    month = dated_said(  # a town called March is not named by the date's words
        8, "Raids hit Qaryat Dulen, which troops recaptured in March.", "2016-03", "March"
    )
    places = ["Qaryat Dulen", "March"]
    assert representative([month], {}, names, places_of=lambda e: places) == month
    both = dated_said(
        4, "Veshnar fell a week after troops stormed Qaryat Dulen on June 3.", "2011-06-03",
        "June 3",
    )  # fmt: skip

    def places_of(e):
        return others[e.id]

    def told(e):
        return representative([e], {}, names, places_of=places_of)

    assert told(elsewhere) is None
    assert representative([elsewhere], {}, places_of=places_of) == elsewhere  # not a place
    assert told(its_own) == its_own
    assert told(after) == after  # no other place in the clause
    assert told(both) == both  # the place named in the date's clause


def test_an_article_whose_lead_names_a_place_only_as_a_landmark_lends_it_no_entry():
    names = ("Qaryat Dulen",)
    strike = dated_said(
        1, "Orsk said the raid was a response to the gas attack in Veshnar on Tuesday.",
        "2017-04-04", "Tuesday",
    )  # fmt: skip
    landmark_lead = [
        "Missiles hit an airfield near Veshnar on Friday.",
        "Orsk said the strike answered the gas attack, which it blames on Qaryat Dulen.",
    ]
    city_lead = ["Shells hit the market of Qaryat Dulen on Friday.", *landmark_lead]
    about = {1: 2}  # the report is the place's only from an article about it
    assert representative([strike], about, names, lead_of=lambda a: landmark_lead) is None
    assert representative([strike], about, names, lead_of=lambda a: city_lead) == strike
    assert representative([strike], {1: 1}, names, lead_of=lambda a: landmark_lead) == strike
    assert representative([strike], about, lead_of=lambda a: landmark_lead) == strike
    spelled = ["Shells hit the market of Qaryat Dulan on Friday."]  # another spelling
    assert representative([strike], about, names, lead_of=lambda a: spelled) == strike


def test_a_capital_standing_for_its_government_does_not_tell_its_date():
    names = ("Qaryat Dulen",)
    government = [
        "Gulf states recalled their envoys from Qaryat Dulen on Sunday.",
        "The envoy to Qaryat Dulen toured Veshnar on Sunday.",
        "Talks with the Qaryat Dulen leadership opened on Sunday.",
        "The envoy said Sunday's decision to suspend Qaryat Dulen broke the charter.",
        "Gas was used in Veshnar on Sunday, which the envoy blames on Qaryat Dulen.",
        "The Qaryat Dulen-based monitor said 40 people were killed in Veshnar on Sunday.",
        "Veshnar is unlikely to take unilateral action against Qaryat Dulen, analysts said Sunday.",
        "The League said on Sunday that Qaryat Dulen had accepted its plan.",
        "The case is closed and Qaryat Dulen says it released the files on Sunday.",
        "The League offered on Sunday to host talks in Qaryat Dulen between the two sides.",
        "Ministers said they would hold an emergency meeting on Sunday in Qaryat Dulen.",
        "The convoy left Veshnar on Sunday, the day before the envoy died at Qaryat Dulen.",
        "The veto on Sunday encouraged the army to step up the assault on Qaryat Dulen.",
        "Varo Denk, who had been in Qaryat Dulen on a visit since Sunday, flew home.",
        "The envoy has been in Qaryat Dulen since Sunday, the League said.",
    ]
    for n, text in enumerate(government):
        assert representative([event(n, n, text)], {}, names) is None, text
    city = [
        "Envoys arrived in Qaryat Dulen on Sunday.",
        "A bomb hit the government quarter of Qaryat Dulen on Sunday.",
        "Fighters accused of the bombing were arrested in Qaryat Dulen on Sunday.",
        "The League's envoy in Qaryat Dulen said on Sunday that shelling had stopped.",
        "Protests against Qaryat Dulen's governor grew on Sunday.",
        "Ministers held an emergency meeting in Qaryat Dulen on Sunday.",
        "The day after the vote, shells hit Qaryat Dulen on Sunday.",
        "The army stepped up the assault on Qaryat Dulen on Sunday.",
        "Qaryat Dulen has been under siege since Sunday, when troops cut the last road.",
        "Shelling has been heavy in Qaryat Dulen since Sunday.",
    ]
    for n, text in enumerate(city):
        assert representative([event(n, n, text)], {}, names) is not None, text


def test_a_live_blogs_relatively_dated_sentences_tell_no_date(db):
    # the blog is stored as published on the day it opened; its "Saturday" may be a week later
    blog = add(db, "(Update 9:40 a.m. in Qaryat Dulen, 2:40 a.m. ET) Crowds filled the square. "
               "(Update 4:10 p.m. in Qaryat Dulen, 9:10 a.m. ET) Officials spoke. Crews began "
               "clearing the square on Saturday morning.", "2017-10-16", "Blog", "blog.txt")  # fmt: skip
    wire = add(db, "Crews cleared the square of Qaryat Dulen on 21 October 2017.", "2017-10-22",
               "Wire", "wire.txt")  # fmt: skip
    weekday = EventRow(1, blog.id, None, 0, 50, "2017-10-21", "day", "relative", "2017-10-21",
                       "Crews began clearing the square on Saturday morning.", "Saturday")  # fmt: skip
    written = event(2, wire.id, "Crews cleared the square of Qaryat Dulen on 21 October 2017.",
                    "2017-10-21")  # fmt: skip
    assert dated_entries(db, ["2017-10-21"], [weekday], {}, {}, 5) == []
    entries = dated_entries(db, ["2017-10-21"], [weekday, written], {}, {}, 5)
    assert [e.text for e in entries] == [written.text]
    assert {c.id for c, _ in entries[0].sources} == {blog.id, wire.id}  # still a source


def blog_report(blog, id, date, text, said):
    """A live blog's report of `date`, relatively dated by the words `said`."""
    return EventRow(id, blog, None, 0, len(text), date, "day", "relative", date, text, said)


def test_a_live_blogs_weekday_on_the_day_it_opened_or_the_next_tells_its_date(db):
    # opened on Friday 20 October: whichever update says "Saturday" means the 21st, and one
    # saying "Friday" the 20th; an update of the Saturday saying "Saturday", read back a week
    # to the 14th, and "today", written on whichever day its update was, still tell no date
    blog = add(db, "(Update 9:40 p.m. in Qaryat Dulen, 2:40 p.m. ET) Crowds filled the square. "
               "(Update 4:10 a.m. in Qaryat Dulen, 9:10 p.m. ET) Officials spoke. Crews began "
               "clearing the square on Saturday morning.", "2017-10-20", "Blog", "blog.txt")  # fmt: skip
    report = partial(blog_report, blog.id)

    saturday = report(1, "2017-10-21", "Crews began clearing the square on Saturday morning.",
                      "Saturday morning")  # fmt: skip
    friday = report(2, "2017-10-20", "Crowds filled the square of Qaryat Dulen on Friday.",
                    "Friday")  # fmt: skip
    assert [e.text for e in dated_entries(db, ["2017-10-21"], [saturday], {}, {}, 5)] == [
        saturday.text
    ]
    assert [e.text for e in dated_entries(db, ["2017-10-20"], [friday], {}, {}, 5)] == [friday.text]
    week_back = report(3, "2017-10-14", "Crews began clearing the square on Saturday.", "Saturday")
    today = report(4, "2017-10-20", "Crews began clearing the square today.", "today")
    two_ahead = report(5, "2017-10-22", "Crowds will fill the square on Sunday.", "Sunday")
    month_day = report(6, "2017-10-21", "Crews cleared the square on October 21.", "October 21")
    for near_miss in (week_back, today, two_ahead, month_day):
        assert dated_entries(db, [near_miss.date], [near_miss], {}, {}, 5) == [], near_miss.text


def test_a_live_blogs_weekday_on_the_day_before_its_page_tells_its_date(db):
    # stored with Saturday 21 October, the day after the one its updates tell: an update's
    # "Friday" is the 20th; two days back ("Thursday", read as the 19th) may be the week
    # after's, and a date with its month or "yesterday" is not a weekday the blog reads
    blog = add(db, "(Update 9:40 p.m. in Qaryat Dulen, 2:40 p.m. ET) Crowds filled the square. "
               "(Update 11:10 p.m. in Qaryat Dulen, 4:10 p.m. ET) Officials spoke. Crews began "
               "clearing the square on Friday night.", "2017-10-21", "Blog", "blog.txt")  # fmt: skip
    report = partial(blog_report, blog.id)

    friday = report(1, "2017-10-20", "Crews began clearing the square on Friday night.",
                    "Friday night")  # fmt: skip
    assert [e.text for e in dated_entries(db, ["2017-10-20"], [friday], {}, {}, 5)] == [friday.text]
    two_back = report(2, "2017-10-19", "Officials of Qaryat Dulen met on Thursday.", "Thursday")
    yesterday = report(3, "2017-10-20", "Crews began clearing the square yesterday.", "yesterday")
    month_day = report(4, "2017-10-20", "Crews cleared the square on October 20.", "October 20")
    for near_miss in (two_back, yesterday, month_day):
        assert dated_entries(db, [near_miss.date], [near_miss], {}, {}, 5) == [], near_miss.text


def test_a_broadcast_transcripts_sentences_tell_no_entry_and_stay_sources(db):
    show = add(db, "Aired October 21, 2017 - 18:00 ET\n\nMARA TENN, CNN ANCHOR: Good evening.\n\n"
               "Crowds filled the square of Qaryat Dulen on Saturday, and we will be on the air "
               "again tomorrow.", "2017-10-21", "Network", "show.txt")  # fmt: skip
    wire = add(db, "Crowds filled the square of Qaryat Dulen on 21 October 2017.", "2017-10-22",
               "Wire", "wire.txt")  # fmt: skip
    spoken = event(1, show.id, "Crowds filled the square of Qaryat Dulen on Saturday, and we "
                   "will be on the air again tomorrow.", "2017-10-21")  # fmt: skip
    written = event(2, wire.id, "Crowds filled the square of Qaryat Dulen on 21 October 2017.",
                    "2017-10-21")  # fmt: skip
    assert dated_entries(db, ["2017-10-21"], [spoken], {}, {}, 5) == []
    entries = dated_entries(db, ["2017-10-21"], [spoken, written], {}, {}, 5)
    assert [e.text for e in entries] == [written.text]
    assert {c.id for c, _ in entries[0].sources} == {show.id, wire.id}  # still a source


def test_a_photo_caption_a_tag_list_or_sharing_buttons_are_never_an_entry():
    furniture = [
        "Smoke rises after an airstrike on the town of Veshnar in Qaryat Province Syria "
        "September 5 2016.",
        "Tags Veshnar barrel bombs Qaryat Fighters shelled the market of Veshnar on Friday.",
        "Print Tweet Views 212 Related Fighters shelled the market of Veshnar on Friday.",
        "(9:03 a.m. Monday ET, 3:03 p.m. in Qaryat) Fighters marched on Veshnar on Monday.",
    ]
    for n, text in enumerate(furniture):
        assert representative([event(n, n, text)], {}) is None, text
    prose = [
        "Fighters shelled the market of Veshnar on September 5 2016.",
        "The truce in Veshnar began on Monday September 12 2016.",
        "A quake struck Veshnar at 1:11 p.m. (11:11 a.m. ET) on Saturday.",
        "Tags were sewn on the aid parcels sent to Veshnar on Friday.",
    ]
    for n, text in enumerate(prose):
        assert representative([event(n, n, text)], {}) is not None, text


def test_a_headline_kicker_a_video_title_or_an_agency_byline_glued_to_the_lead_is_no_entry():
    glued = [
        "Qaryat crisis: Envoy's call for talks sparks anger Footage shows Veshnar shelled on "
        "Friday.",
        "Opposition: Army 'shelling its way' into Veshnar Fighters entered the town on Friday.",
        "Dozens killed in Veshnar market strikes Anna Lee reports - YouTube Strikes hit the "
        "market on Friday.",
        "Mara Tenn, Reuters Nov. 12 - The Qaryat League suspended Veshnar on Friday.",
    ]
    for n, text in enumerate(glued):
        assert representative([event(n, n, text)], {}) is None, text
    prose = [
        "The governor of Veshnar said: 'The market was shelled on Friday.'",
        'Officials told reporters: "Veshnar was shelled on Friday."',
        "A video posted to YouTube on Friday showed Veshnar's market in ruins.",
        "Mara Tenn, a Reuters reporter, saw the market of Veshnar shelled on Friday.",
    ]
    for n, text in enumerate(prose):
        assert representative([event(n, n, text)], {}) is not None, text


def test_two_texts_run_together_without_a_stop_are_no_entry():
    glued = [
        "Envoy says Veshnar exit would mean chaos The protests spread on Friday.",
        "Largely symbolic, defected in August 2012 The governor of Veshnar fled on Friday.",
        "Qaryat takes over Veshnar mission Earlier, a wounded fighter was seen on Friday.",
        "Army Denies The Qaryat army on Friday denied shelling Veshnar.",
        "Army denies The Qaryat army on Friday denied shelling Veshnar.",
        "Fighters shell Veshnar 8 November 2016 SANA Fighters shelled the town of Veshnar on "
        "Friday.",
    ]
    for n, text in enumerate(glued):
        assert representative([event(n, n, text)], {}) is None, text
    prose = [
        "Talks on Veshnar opened in The Hague on Friday.",
        "The mayor of Veshnar told The Guardian on Friday that the market was shelled.",
        "An envoy reached Veshnar on Friday; earlier, the army had shelled it.",
        "Prime Minister Lev Arno said The Hague talks on Veshnar opened on Friday.",
        "Officials told The Times on Friday that Veshnar was shelled.",
        "Fighters said The Qaryat army shelled Veshnar on Friday.",
        "20 October 2016 The court in Veshnar heard its last witness on Friday.",
        "Fighters shelled Veshnar on 8 November 2016, SANA reported.",
    ]
    for n, text in enumerate(prose):
        assert representative([event(n, n, text)], {}) is not None, text


def test_a_sentence_cut_at_its_start_or_a_forecast_of_the_day_is_no_entry():
    cut = [
        "fighting intensively in Veshnar, the group said on Friday it bombed a bus.",
        "covering a protest in Veshnar, a reporter died on Friday.",
        "Friday promises to be yet another big day in Veshnar.",
        "Tomorrow is expected to be calm in Veshnar.",
    ]
    for n, text in enumerate(cut):
        assert representative([event(n, n, text)], {}) is None, text
    prose = [
        "de Mistra said on Friday that talks on Veshnar would resume.",
        "al-Varik fighters took Veshnar on Friday.",
        "Friday was another big day in Veshnar, with crowds in every square.",
        "on Friday, 5 August 2017, fighters shelled the gate of Veshnar.",  # a clause of a sentence
    ]
    for n, text in enumerate(prose):
        assert representative([event(n, n, text)], {}) is not None, text


def test_a_name_particle_of_the_data_opens_prose_not_a_cut_sentence():
    particles = entry_sections()["name particles"]
    assert {"de", "van", "bin"} <= set(particles)
    for particle in particles:
        text = f"{particle} Tarvenn said on Friday that talks on Veshnar would resume."
        assert not cut_at_its_start(text), text
        assert representative([event(1, 1, text)], {}) is not None, text
    # a content word in lower case that is no particle: the sentence lost its beginning
    assert cut_at_its_start("vander Tarvenn said on Friday that talks on Veshnar would resume.")


def test_a_readers_comment_told_in_the_first_person_is_no_entry():
    comments = [
        "Next, as I was watching the news from Veshnar yesterday, tanks rolled past on Friday.",
        "When I saw the market of Veshnar burning on Friday I felt sick.",
        "I think the shelling of Veshnar on Friday was a turning point.",
    ]
    for n, text in enumerate(comments):
        assert representative([event(n, n, text)], {}) is None, text
    quoted = [
        '"I was in the market of Veshnar when the shells fell on Friday," the mayor said.',
        'The mayor said: "I saw the market of Veshnar burn on Friday."',
        "Veshnar's museum, shut since World War I was fought, reopened on Friday.",
    ]
    for n, text in enumerate(quoted):
        assert representative([event(n, n, text)], {}) is not None, text


def test_furniture_behind_a_glued_headline_is_seen_in_the_text_shown():
    glued = event(1, 1, "Veshnar shelled again Print Tweet Views 212 Related Fighters shelled "
                  "the market of Veshnar on Friday.")  # fmt: skip
    assert representative([glued], {}) == glued  # the stored sentence opens with the headline
    without = len("Veshnar shelled again ")
    assert representative([glued], {}, shown=lambda e: e.text[without:]) is None
    share = event(2, 2, "SEND httpsvesh.lyx7Q Fighters shelled the market of Veshnar on Friday.")
    assert representative([share], {}) is None


def test_a_live_blog_whose_stamps_name_their_day_keeps_its_dated_sentences(db):
    # "Monday ET" anchors each entry's dates at ingest, so the blog's weekdays can be trusted
    blog = add(db, "(9:40 a.m. Saturday ET, 4:40 p.m. in Qaryat) Crowds filled the square. "
               "(4:10 p.m. Saturday ET, 11:10 p.m. in Qaryat) Officials spoke. Crews began "
               "clearing the square on Saturday morning.", "2017-10-16", "Blog", "blog.txt")  # fmt: skip
    weekday = EventRow(1, blog.id, None, 0, 50, "2017-10-21", "day", "relative", "2017-10-21",
                       "Crews began clearing the square on Saturday morning.", "Saturday")  # fmt: skip
    assert [e.text for e in dated_entries(db, ["2017-10-21"], [weekday], {}, {}, 5)] == [
        weekday.text
    ]


def test_a_day_lies_within_its_week_weekend_and_month_only():
    assert within("2010-05-27", "2010-W21")  # a Thursday of ISO week 21
    assert not within("2010-05-27", "2010-W22")
    assert within("2017-08-05", "2017-W31-WE")  # a Saturday: the weekend value names no crash
    assert not within("2017-08-04", "2017-W31-WE")
    assert within("2017-08-05", "2017-08")
    assert not within("2017-08-05", "2017-07")
    assert not within("2017-08-05", "2017-SU")  # a season is told beside its days, as before
    assert not within("2017-W31-WE", "2017-W31")  # a weekend is no day


def test_a_weekend_is_told_after_the_days_and_only_when_none_of_its_days_has_an_entry(db):
    def coarse(id, text, date, precision):
        return EventRow(id, id, None, 0, len(text), date, precision, "relative", date, text)

    friday = event(1, 1, "Fighters shelled the market of Veshnar on 20 October 2017.", "2017-10-20")
    saturday = event(2, 2, "The market of Veshnar burned on 21 October 2017.", "2017-10-21")
    weekend = coarse(3, "Veshnar was shelled again this weekend.", "2017-W42-WE", "week")
    told = dated_entries(db, ["2017-W42-WE", "2017-10-20"], [friday, weekend], {}, {}, 10)
    assert [e.date for e in told] == ["2017-10-20", "2017-W42-WE"]
    chosen = ["2017-W42-WE", "2017-10-21"]
    assert [e.date for e in dated_entries(db, chosen, [saturday, weekend], {}, {}, 10)] == [
        "2017-10-21"
    ]


def test_a_long_notice_in_capitals_a_standfirst_byline_or_a_pull_quotes_attribution_is_no_entry():
    glued = [
        "ROUGH CUT (NO REPORTER NARRATION) WIRE CAN NOT VERIFY THE CONTENTS OF THIS VIDEO The "
        "navy shelled the port of Veshnar on Sunday (August 14), residents said.",
        "Mara Tenn reports On April 15, 2003, in the city of Veshnar, a crowd stormed the museum.",
        "Dalo Kerrin, Hasselt School for Advanced Regional Studies Other questions that remain "
        "are the role the Veshnar Front may play, an official said Friday.",
    ]
    for n, text in enumerate(glued):
        assert representative([event(n, n, text)], {}) is None, text
    prose = [
        "NATO (the alliance) jets struck the port of Veshnar on Sunday, residents said.",
        "Wire Service reports that the museum of Veshnar was stormed on April 15, 2003.",
        "Mara Tenn writes that a crowd stormed the museum of Veshnar on Friday.",
        "Dalo Kerrin, a professor at Hasselt University, said the Veshnar Front met on Friday.",
        "Dalo Kerrin, Hasselt University Center director, said the Veshnar Front met on Friday.",
    ]
    for n, text in enumerate(prose):
        assert representative([event(n, n, text)], {}) is not None, text


def test_craft_named_before_without_their_origin_lean_on_the_sentence_before():
    from commands.timeline_reports import refers_back

    for text in (
        "The aircraft targeted Veshnar and Qaryat Dulen, both hit with bombs on Wednesday.",
        "The planes fired on 20 tanks near Veshnar on Thursday morning, the general said.",
        "The warplanes also struck the port of Veshnar on Friday.",
    ):
        assert refers_back(text), text
    for text in (
        "The Qaryat jets bombed Veshnar on Wednesday.",  # whose they are is said
        "The aircraft carrier sailed from Veshnar on Wednesday.",
        "Planes struck Veshnar on Wednesday.",
    ):
        assert not refers_back(text), text


def test_a_place_named_only_as_whence_someone_came_or_as_a_direction_tells_not_its_date():
    names = ("Qaryat Dulen",)
    elsewhere = [
        "Earlier on Friday, forces advancing from Qaryat Dulen opened fire on the outskirts of "
        "Veshnar, killing one fighter.",
        "Columns that advanced from Qaryat Dulen took Veshnar on Friday.",
        "The citation, published today, tells of fighting in the town of Veshnar, north of "
        "Qaryat Dulen, on Friday.",
        "Yesterday a soldier was killed in Veshnar, west of Qaryat Dulen.",
    ]
    for n, text in enumerate(elsewhere):
        assert representative([event(n, n, text)], {}, names) is None, text
    own = [
        "Rebels withdrew from Qaryat Dulen on Friday after a week of shelling.",
        "Families fled from Qaryat Dulen on Friday, residents said.",
        "Those arriving from Qaryat Dulen on Friday spoke of incessant shelling.",
        "Many of the refugees crossing on Friday are coming from Qaryat Dulen, the agency said.",
        "Clashes broke out north of Qaryat Dulen on Friday.",  # near the place, no other named
        "Shells hit Qaryat Dulen, north of Veshnar, on Friday.",  # the place itself, located
    ]
    for n, text in enumerate(own):
        assert representative([event(n, n, text)], {}, names) is not None, text


def test_a_subject_named_only_in_another_years_background_is_no_entry():
    names = ("Veshnar Front",)
    background = EventRow(
        1, 1, None, 0, 200, "2011-03-25", "day", "relative", "2011-03-25",
        "There were also protests on Friday in Qaryat and in Dulen, a city where in 1982 the "
        "army of the late president, his father, crushed an uprising by the Veshnar Front.",
        "on Friday",
    )  # fmt: skip
    assert representative([background], {}, names=names) is None
    assert representative([background], {}) == background  # no subject given: not judged
    own = [
        # the subject in the main clause, whatever year the clause after it says
        "The Veshnar Front, which was founded in 1982, marched in Dulen on Friday.",
        # a clause of the same year
        "Protests spread on Friday to Dulen, where in 2011 the Veshnar Front had called a strike.",
        # a year that names a thing, not the clause's time
        "Troops entered Dulen on Friday, where the Veshnar Front recalled the 1982 massacre.",
        # a preposition, not a clause: "until 2005"
        "During the occupation (until 2005) the Veshnar Front fought in Dulen on Friday.",
        # named in the main clause as well
        "The Veshnar Front marched on Friday in Dulen, where in 1982 the Veshnar Front was "
        "crushed.",
    ]
    for n, text in enumerate(own):
        row = EventRow(n, n, None, 0, len(text), "2011-03-25", "day", "relative", "2011-03-25",
                       text, "on Friday")  # fmt: skip
        assert representative([row], {}, names=names) == row, text


def test_an_entry_opening_with_a_dateline_word_is_shown_without_it(db):
    add(
        db,
        "Army takes two villages near Manbij. Manbij A military source announced on 30 "
        "October 2016 that the army took two villages near Manbij.",
        "2016-10-31",
        "Wire A",
        "a.txt",
    )
    from commands import timeline

    answer = timeline.run(db, "Manbij")
    texts = [e.text for e in answer.entries] if answer else []
    assert any(t.startswith("A military source announced") for t in texts), texts


def test_a_sentence_told_by_a_narrators_we_is_no_entry():
    told = [
        "Today, we still have no recognition as a union, despite 23,000 members in Veshnar.",
        "We are devoting the entire show to Veshnar today.",
        "And we saw tanks approaching the square of Veshnar on Friday.",
    ]
    for n, text in enumerate(told):
        assert representative([event(n, n, text)], {}) is None, text
    reported = [
        '"We want him to leave now," a protester in Veshnar said on Friday.',
        "We want him to leave our country now, a protester in Veshnar said on Friday.",
        "Protesters in Veshnar said on Friday that we have been betrayed.",
        "Weather in Veshnar was mild on Friday.",
        "Western ministers met in Veshnar on Friday.",
    ]
    for n, text in enumerate(reported):
        assert representative([event(n, n, text)], {}) is not None, text


def test_a_place_asked_by_another_spelling_than_the_gazetteers_is_known_by_it(db):
    add(
        db,
        "On 2 May 2005 a British soldier was killed in the Iraqi town of Amara, north of Basra. "
        "Shells hit the southern Iraqi city of Basra on 3 May 2005, residents said.",
        "2005-05-04",
        "Wire A",
        "a.txt",
    )
    from commands import timeline

    answer = timeline.run(db, "Basra")
    assert answer.subject is not None and answer.subject.name == "Basrah"  # the gazetteer's
    assert [e.date for e in answer.entries] == ["2005-05-03"]  # Amara's day is not Basra's


def dated(id, text, said, date="2011-03-08", how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def test_a_date_naming_a_group_tells_no_entry():
    groups = [
        dated(1, "Its rivals, the March 8 coalition headed by the Veshnar Front, are allied.",
              "March 8"),
        dated(2, 'The branch is loyal to the staunchly opposed "March 8th" faction.', "March 8th"),
        dated(3, "The alliance known as March 8 met in Qaryat Dulen.", "March 8"),
        dated(4, "Youths of the March 8 movement marched in Qaryat Dulen.", "March 8"),
    ]  # fmt: skip
    for e in groups:
        assert representative([e], {}) is None, e.text
    days = [
        dated(5, "On March 8 coalition forces entered Qaryat Dulen.", "March 8"),
        dated(6, "The coalition met in Qaryat Dulen on March 8, its spokesman said.", "March 8"),
    ]
    for e in days:
        assert representative([e], {}) == e, e.text


def test_a_weekday_past_the_pages_day_is_told_last_and_never_for_a_place():
    printed = {1: "2011-02-07", 2: "2015-07-30", 3: "2011-01-27", 4: "2015-07-30", 6: "2011-02-11"}
    # a plan, or a chronology's item read forward, four days past the page's day
    ahead = dated(
        1,
        "The Veshnar Front calls on its supporters to march after Friday's prayers.",
        "Friday",
        "2011-02-11",
    )
    # the next day, but the sentence says its time is past
    past = dated(
        2,
        "Earlier this month dozens of fighters were killed in Qaryat Dulen on Friday.",
        "Friday",
        "2015-07-31",
    )
    # a story's local day running one day ahead of the page's, and a day the page has reached
    next_day = dated(
        3, "The Veshnar Front marched in Qaryat Dulen early Friday.", "Friday", "2011-01-28"
    )
    said_day = dated(
        4, "Fighters were killed in Qaryat Dulen on Thursday.", "Thursday", "2015-07-30"
    )
    explicit = dated(
        5,
        "The Veshnar Front will march on 11 February 2011.",
        "11 February 2011",
        "2011-02-11",
        "explicit",
    )
    told = dated(6, "The Veshnar Front marched in Mirel on Friday.", "Friday", "2011-02-11")
    # a plan four days past the page, its weekday not said as whose a thing is
    plan = dated(
        7, "Prosecutors will file charges against the Veshnar Front on Friday.", "Friday",
        "2011-02-11",
    )  # fmt: skip
    printed[7] = "2011-02-07"
    printed_on = printed.get
    place = ("Qaryat Dulen",)
    assert representative([ahead, told], {}, published=printed_on) == told
    assert representative([plan, told], {}, published=printed_on) == told
    assert representative([plan], {}, published=printed_on) == plan  # still told when alone
    assert representative([plan], {}, place, published=printed_on) is None  # never a place's
    # a thing's day past the page ("after Friday's prayers") is a thing to come, or a past day
    # read forward: no entry
    assert representative([ahead], {}, published=printed_on) is None
    assert representative([past], {}, published=printed_on) is None
    assert representative([next_day], {}, published=printed_on) == next_day
    assert representative([said_day], {}, published=printed_on) == said_day
    assert representative([explicit], {}, published=printed_on) == explicit
    assert representative([past], {}) == past  # no publication date known: not judged


def test_a_place_named_only_where_its_teller_is_or_after_the_first_item_of_a_toll_tells_not_its_date():
    names = ("Qaryat Dulen",)
    elsewhere = [
        "On Monday, forces attacked a border crossing in a battle that left nine dead, according "
        "to the rebels' military commander in Qaryat Dulen, Hajj Veshnar.",
        "A correspondent, reporting Thursday from near Qaryat Dulen, said the rebels have shown "
        "no strategy.",
        "Another 35 people were killed across the country on Friday, including 13 in Veshnar, "
        "nine in Ostara, and one each in Qaryat Dulen and Mirel.",
        "The group said on Tuesday 302 people had been killed in the protests -- 232 in Veshnar, "
        "52 in Ostara and 18 in Qaryat Dulen.",
        "Reports came on Sunday of fighting where forces shelled the towns of Mirel and Ostara, "
        "east of the rebel stronghold of Qaryat Dulen.",
    ]
    for n, text in enumerate(elsewhere):
        assert representative([event(n, n, text)], {}, names) is None, text
    own = [
        # named first in the toll's breakdown: where most died
        "Another 35 people were killed on Friday, including 13 in Qaryat Dulen and nine in Mirel.",
        # the teller in the place, and the place's own event named again
        "Shells hit Qaryat Dulen on Friday, according to residents in Qaryat Dulen.",
        "An opposition officer in Qaryat Dulen said Monday that rebels had surrounded the town.",
        "Three people were killed in Mirel and two in Qaryat Dulen on Friday.",
        "Rebels advanced on the stronghold of Qaryat Dulen on Friday.",
    ]
    for n, text in enumerate(own):
        assert representative([event(n, n, text)], {}, names) is not None, text


def test_an_actor_named_only_in_what_is_said_of_another_tells_not_its_date():
    names = ("Veshnar Front",)
    ally = event(1, 1, "Hajj Mirel, head of the Ostara group, a Veshnar Front ally, said on "
                       "Tuesday the country had to care for its stability.")  # fmt: skip
    assert representative([ally], {}, names=names) is None
    assert representative([ally], {}) == ally  # no subject given: not judged
    own = [
        "Allies of the Veshnar Front and the Front itself marched on Tuesday.",
        "The Veshnar Front, an ally of the government, marched on Tuesday.",
        "The Veshnar Front and its allies marched on Tuesday.",
    ]
    for n, text in enumerate(own):
        assert representative([event(n, n, text)], {}, names=names) is not None, text


def test_a_report_where_an_actor_only_tells_of_others_comes_after_one_of_its_own():
    names = ("Veshnar Front",)
    source = event(1, 1, "The Veshnar Front said 35 people were injured in Qaryat Dulen and that "
                         "a curfew was imposed there on Wednesday night.")  # fmt: skip
    own = event(2, 2, "The main opposition party, the Veshnar Front, said Wednesday that 149 of "
                      "its members were arrested.")  # fmt: skip
    assert representative([source, own], {}, names=names) == own
    assert representative([source], {}, names=names) == source  # still told when alone
    assert representative([source, own], {}) in (source, own)  # not judged without a subject


def test_a_headline_restated_by_the_lead_is_not_shown():
    from commands.timeline_entries import without_restated_headline

    cases = {
        "Gunmen detonate bomb near Qaryat Dulen hospital in Mirel Gunmen detonated a bomb near "
        "the hospital in Mirel province on Monday.": "Gunmen detonated a bomb near the hospital "
        "in Mirel province on Monday.",
        "Veshnar airstrike Ostara SOHR A Veshnar airstrike on a village in Mirel killed five "
        "fighters on Wednesday.": "A Veshnar airstrike on a village in Mirel killed five "
        "fighters on Wednesday.",
        "Veshnar regime Veshnar regime warplanes bombed positions in Mirel on Friday.": "Veshnar "
        "regime warplanes bombed positions in Mirel on Friday.",
    }
    for text, shown in cases.items():
        assert without_restated_headline(text) == shown
    kept = [
        "Veshnar troops shelled Mirel on Friday as Veshnar troops advanced from the north.",
        "Mirel said on Sunday the war would end soon, President Mirel said in a speech today.",
        "Gunmen detonate bombs Gunmen",  # too short to be a sentence after it
        "The army entered Mirel on Friday and The army said it held the town.",
    ]
    for text in kept:
        assert without_restated_headline(text) == text, text


def test_two_parties_or_part_of_a_group_named_before_lean_on_the_sentence_before():
    from commands.timeline_reports import refers_back

    leaning = [
        "Since Wednesday clashes between the two forces have rocked the city, the monitor said.",
        "Talks between the two sides resumed on Monday in Mirel.",
        "Some were former members of the national team.",
        "Many of them fled to Mirel on Friday.",
    ]
    for text in leaning:
        assert refers_back(text), text
    alone = [
        "Veshnar warplanes bombed Ostara positions in Mirel on Friday as fighting between the "
        "two sides continued.",
        "Some 300 people fled Mirel on Friday.",
        "Many residents fled Mirel on Friday.",
    ]
    for text in alone:
        assert not refers_back(text), text


def test_a_headline_or_tag_list_before_a_number_opening_the_story_is_not_shown():
    from commands.timeline_entries import without_run_in_head

    cases = {
        ("Veshnar hunger siege women Ostara Three women from the besieged town of Mirel were "
         "killed on Thursday evening.", "Thursday"): "Three women from the besieged town of "
        "Mirel were killed on Thursday evening.",
        ("Rocket attack in Mirel SANA Dozens of people were wounded in Mirel on Monday.",
         "Monday"): "Dozens of people were wounded in Mirel on Monday.",
    }  # fmt: skip
    for (text, said), shown in cases.items():
        assert without_run_in_head(text, said) == shown
    kept = [
        # the date is the first sentence's: two sentences run together
        ("Fighters shelled Mirel on Friday Six civilians were killed in the villages nearby.",
         "Friday"),
        # a number in a name
        ("Officials discussed Mirel on Air Force Two in June 2003 with the envoys.", "June 2003"),
        ("The ministers of the Group of Eight met in Mirel on Friday to discuss the war.",
         "Friday"),
        # a byline, with its comma
        ("By Ana Ostara, Veshnar's Senior Producer Two weeks ago in Mirel, the envoy warned.",
         "Two weeks ago"),
        # prose opening with the number
        ("Three women were killed in Mirel on Thursday by shells fired from the hills.",
         "Thursday"),
    ]  # fmt: skip
    for text, said in kept:
        assert without_run_in_head(text, said) == text, text


def test_a_headline_caption_or_byline_run_into_the_story_before_its_opener_is_not_shown():
    from commands.timeline_entries import without_run_in_lead

    cases = {
        # a headline after a lower-case word
        ("Mirel shelled after receiving grain after two years The Veshnar army has been "
         "accused of shelling the town of Mirel on Friday after its first aid convoy.",
         "Friday"): "The Veshnar army has been accused of shelling the town of Mirel on Friday "
        "after its first aid convoy.",
        # a headline ending on a place, the lead's subject and its verb after "A"
        ("Ostara reporter killed in shelling in Mirel A reporter from Ostara was killed in "
         "shelling in Mirel on Monday.", "Monday"): "A reporter from Ostara was killed in "
        "shelling in Mirel on Monday.",
        # a press review's byline, the headline's colon
        ("Kel Varga in Veshnar's Gazette As expected, Tuesday's meeting in Mirel gave nothing.",
         "Tuesday"): "As expected, Tuesday's meeting in Mirel gave nothing.",
        ("Mirel crisis: Envoys set up a bureau The envoys met in Mirel on Monday to agree.",
         "Monday"): "The envoys met in Mirel on Monday to agree.",
    }  # fmt: skip
    for (text, said), shown in cases.items():
        assert without_run_in_lead(text, said) == shown, text


def test_a_sentence_with_an_opener_in_capitals_inside_it_stays_whole():
    from commands.timeline_entries import without_run_in_lead

    kept = [
        # a title going on in capitals
        ("Critics saw the film This Is It in Mirel on Friday before the envoys arrived.",
         "Friday"),
        # a sentence's own clause before a paper's name
        ("A report in the Veshnar paper The Gazette said Mirel was shelled on Friday.", "Friday"),
        ("Kel Varga told The Gazette that the army shelled Mirel on Friday night.", "Friday"),
        # a clause with its verb going on into a name's letter
        ("Varga had a brief career in Ostara's Serie A soccer league between 2003 and 2007.",
         "2003"),
        # the date is the head's: two sentences run together
        ("Envoys arrived in Mirel on Monday The talks were adjourned at once by the chair.",
         "Monday"),
        # a comma in the words before: prose
        ("In Mirel, shelled for weeks The army says it holds the town since Monday night.",
         "Monday"),
        # a function word before the opener ("by The ..."), and plain prose
        ("Varga was interviewed by The Gazette in Mirel on Friday about the shelling.",
         "Friday"),
        ("The army shelled Mirel on Friday, killing nine people in the old town.", "Friday"),
    ]  # fmt: skip
    for text, said in kept:
        assert without_run_in_lead(text, said) == text, text


def test_an_aside_or_caption_opening_with_a_bracket_it_never_closes_is_no_entry():
    caption = event(
        1,
        1,
        "(Rally organized by the Veshnar Front in front of the council in Mirel March 16, "
        "2011, in support of the strikers.",
    )
    assert representative([caption], {}) is None
    aside = event(2, 2, "(The council of Mirel met on Friday.) The army entered the town.")
    assert representative([aside], {}) == aside  # closed: prose


def test_the_key_s_sentence_rules_are_asked_only_of_the_reports_read(monkeypatch):
    # the first report by the cheap parts of the key (short, named at level 0) is told: the
    # rules opening the key are not asked of the others, and the choice is the one sorting
    # every report by the whole key gives
    from commands import timeline_entries

    asked: list[int] = []
    names_a_thing = timeline_entries.names_a_thing

    def counted(e):
        asked.append(e.id)
        return names_a_thing(e)

    monkeypatch.setattr(timeline_entries, "names_a_thing", counted)
    told = event(1, 1, "Brovnia's council opened the Sarvel bridge on Friday.")
    others = [
        event(2, 2, "Brovnia's council opened the Sarvel bridge on Friday, its clerk said."),
        event(3, 3, "Crowds in Brovnia cheered as the Sarvel bridge opened on Friday."),
    ]
    assert representative([*others, told], {1: 0, 2: 1, 3: 1}) == told
    assert asked == [1]


def test_the_term_overlap_counts_the_union_it_does_not_build():
    import random

    from commands.reported_dates import jaccard

    rng = random.Random(3)
    words = [f"w{i}" for i in range(12)]
    for _ in range(500):
        a, b = set(rng.sample(words, rng.randint(0, 8))), set(rng.sample(words, rng.randint(0, 8)))
        assert jaccard(a, b) == (len(a & b) / len(a | b) if a and b else 0.0)


def test_dates_are_ranked_with_the_models_spread():
    counts = [
        DateCounts("2031-05-10", "2031-05-10", 9, 9, 0, 0, 9, 3),
        DateCounts("2031-05-11", "2031-05-11", 8, 8, 0, 0, 8, 3),
        DateCounts("2031-06-14", "2031-06-14", 7, 7, 0, 0, 7, 3),
    ]
    plain = Model((1.0,), 0.0, ("articles",))
    assert rank_dates(counts, plain) == ["2031-05-10", "2031-05-11", "2031-06-14"]
    spread = Model((1.0,), 0.0, ("articles",), spread=0.5)
    assert rank_dates(counts, spread) == ["2031-05-10", "2031-06-14", "2031-05-11"]
