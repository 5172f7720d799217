from types import SimpleNamespace as NS

from extract.events import find_events, normalise
from text.sentences import split_sentences


def date(text, phrase, value, precision, how="relative"):
    start = text.index(phrase)
    return NS(
        start=start, end=start + len(phrase), text=phrase, value=value, precision=precision, how=how
    )


def actor(text, phrase, key):
    start = text.index(phrase)
    return NS(start=start, end=start + len(phrase), actor=NS(key=key))


def place(text, phrase, key, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return NS(start=start, end=start + len(phrase), place=NS(key=key))


TEXT = (
    "The publication comes as US-backed Syrian Democratic Forces encircled Raqqa last month, "
    "and as government forces pushed the group out of Homs province on Saturday, August 5. "
    "The issue, released Monday, August 7, warns of booby-trapped buildings.\n\n"
    "A second paragraph, written on 9 August 2017, names no place at all."
)


def events_of(text=TEXT, **kw):
    dates = [
        date(text, "last month", "2017-07", "month"),
        date(text, "Saturday, August 5", "2017-08-05", "day"),
        date(text, "Monday, August 7", "2017-08-07", "day"),
        date(text, "9 August 2017", "2017-08-09", "day", "explicit"),
    ]
    actors = [actor(text, "Syrian Democratic Forces", "sdf")]
    places = [place(text, "Raqqa", "raqqa"), place(text, "Homs province", "homs")]
    return find_events(
        text, split_sentences(text), dates, actors, places, [0, text.index("A second")], **kw
    )


def test_each_date_gets_its_own_clause_with_its_own_actors_and_places():
    first, second = events_of()[:2]
    assert TEXT[first.start : first.end] == (
        "The publication comes as US-backed Syrian Democratic Forces encircled Raqqa last month"
    )
    assert (first.date, first.precision, first.actor_keys, first.place_keys) == (
        "2017-07",
        "month",
        ("sdf",),
        ("raqqa",),
    )
    assert TEXT[second.start : second.end].startswith("as government forces pushed")
    assert (second.date, second.place_keys, second.actor_keys) == ("2017-08-05", ("homs",), ())


def test_a_placeless_sentence_inherits_the_places_of_the_previous_one_in_its_paragraph():
    events = events_of()
    issue = events[2]
    assert TEXT[issue.start : issue.end].startswith("The issue, released Monday, August 7")
    assert issue.place_keys == ("raqqa", "homs")
    assert events[3].place_keys == ()  # a new paragraph does not inherit


def test_relative_dates_of_an_article_with_an_inferred_publication_date_are_inferred():
    events = events_of(published_how="inferred")
    assert [e.date_how for e in events] == ["inferred", "inferred", "inferred", "explicit"]


def test_unresolved_expressions_become_undated_events():
    text = "The talks collapsed last week, officials said."
    mention = NS(
        start=text.index("last week"),
        end=text.index("last week") + 9,
        text="last week",
        value=None,
        precision="week",
        how="unresolved",
    )
    (event,) = find_events(text, split_sentences(text), [mention], [], [])
    assert (event.date, event.date_how, event.sort_key) == (None, "unresolved", None)


def test_normalise_keeps_the_precision_the_text_supports():
    assert normalise("2017-08-07", "day") == ("2017-08-07", "day", "2017-08-07")
    assert normalise("2017-07", "month") == ("2017-07", "month", "2017-07-01")
    assert normalise("2017-W31", "week") == ("2017-W31", "week", "2017-07-31")
    assert normalise("2017-SU", "season") == ("2017", "year", "2017-01-01")
    assert normalise("2016", "year") == ("2016", "year", "2016-01-01")
    assert normalise("PRESENT_REF", "day") is None
    assert normalise("2017-02-30", "day") is None


def test_a_wire_dateline_is_cut_off_and_its_stamp_is_no_date_of_the_event():
    text = (
        "BEIRUT | Mon May 24, 2010 7:32pm EDT BEIRUT (Reuters) - Rebels took the town of "
        "Qusayr on Sunday, activists said."
    )
    dates = [
        date(text, "Mon May 24, 2010", "2010-05-24", "day", "explicit"),
        date(text, "Sunday", "2010-05-23", "day"),
    ]
    events = find_events(text, split_sentences(text), dates, [], [])
    assert [(e.date, text[e.start : e.end]) for e in events] == [
        ("2010-05-23", "Rebels took the town of Qusayr on Sunday, activists said.")
    ]


def test_comments_bylines_stamps_and_lists_hold_no_event():
    lines = [
        "At 12:20 30th Jul 2012, BluesBerry wrote:",
        "By Jane Roe and John Doe, Reuters",
        "Last updated at 12:20 GMT on 30 July 2012",
        "Monday, 30 July 2012.",
        "Aleppo; Homs; Hama; Idlib; Deraa; all on 30 July 2012.",
    ]
    text = "\n".join(lines)
    dates = []
    for phrase in ("30th Jul 2012", "30 July 2012"):
        start = -1
        while (start := text.find(phrase, start + 1)) >= 0:
            dates.append(
                NS(
                    start=start,
                    end=start + len(phrase),
                    text=phrase,
                    value="2012-07-30",
                    precision="day",
                    how="explicit",
                )
            )
    assert find_events(text, split_sentences(text), dates, [], []) == []


def test_a_web_stamp_glued_to_the_first_sentence_is_no_date_of_its_event():
    text = (
        "Date of publication 14 August 2016 Scores of civilians were killed on Saturday "
        "after airstrikes hit Aleppo."
    )
    dates = [
        date(text, "14 August 2016", "2016-08-14", "day", "explicit"),
        date(text, "Saturday", "2016-08-13", "day"),
    ]
    events = find_events(text, split_sentences(text), dates, [], [])
    assert [(e.date, text[e.start : e.end][:20]) for e in events] == [
        ("2016-08-13", "Scores of civilians ")
    ]
    stamp_only = "Sun Aug 17 2014 ISIL kills 700 people from a Syrian tribe."
    stamp = [date(stamp_only, "Sun Aug 17 2014", "2014-08-17", "day", "explicit")]
    assert find_events(stamp_only, split_sentences(stamp_only), stamp, [], []) == []
