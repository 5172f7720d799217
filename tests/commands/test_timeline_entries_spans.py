"""A date inside what a span is counted from ("since a popular uprising six months ago
engulfed the country") is that thing's day, not the sentence's: no day of an actor's or a
place's the phrase does not name (the entry audit's dev failures, bench/timeline_audit.json,
docs/QUALITY.md)."""

from commands.timeline_entries import dated_by_a_spans_start, representative
from commands.timeline_reports import a_spans_start
from store.events import EventRow

PAGE = "2011-09-14"
NAMES = ("Kelvor Dannet", "Dannet")
PLACE = ("Veshnar",)


def dated(id, text, said, date="2011-03", precision="month", sort_key="2011-03-01"):
    return EventRow(id, id, None, 0, len(text), date, precision, "relative", sort_key, text, said)


def on_day(id, text, said, date="2011-05-03"):
    return dated(id, text, said, date, "day", date)


def told(e, names=NAMES, place_names=(), page=PAGE):
    return representative([e], {}, place_names, published=lambda _: page, names=names)


def test_a_date_inside_what_a_span_is_counted_from_is_no_day_of_the_subjects():
    spans = [
        # the thing's verb after the date
        (dated(1, "From his shop in Veshnar, a trader bemoans the change since a popular "
                  "uprising six months ago engulfed the country.", "six months ago"),
         PLACE, PLACE),
        # ... before it, with words between
        (on_day(2, "Dannet's men have dug in around the dam since the Tarn Front seized the "
                   "ridge on 3 May.", "3 May"), NAMES, ()),
        # opening the sentence, the subject in the main clause
        (on_day(3, "Since the Tarn Front took over the operation on 3 May, Dannet's aircraft "
                   "have flown 900 sorties.", "3 May"), NAMES, ()),
        # a noun phrase, no verb of its own
        (dated(4, "Kelvor Dannet has made no public appearance since the collapse of the talks "
                  "in Orskia in March 2011.", "March 2011"), NAMES, ()),
    ]  # fmt: skip
    for e, names, place_names in spans:
        assert a_spans_start(e, PAGE) is not None, e.text
        assert dated_by_a_spans_start(e, names, PAGE), e.text
        assert told(e, names, place_names) is None, e.text


def test_a_spans_own_start_or_the_subjects_own_act_stays():
    own = [
        # the date right after "since": the span's start is the sentence's own, and what the
        # "when" clause tells is the subject's act that day
        (on_day(1, "Kelvor Dannet's forces have held Veshnar since 3 May, when they took it.",
                "3 May"), NAMES, ()),
        (on_day(2, "Kelvor Dannet's forces have held Veshnar since 3 May, when they took it.",
                "3 May"), PLACE, PLACE),
        # words that only place the date
        (on_day(3, "Dannet's men have been battling for the dam since early May.", "May",
                "2011-05"), NAMES, ()),
        (dated(4, "Shelling of Veshnar has gone on since the end of March 2011.",
               "March 2011"), PLACE, PLACE),
        # the phrase names the subject: its own act
        (on_day(5, "The militia have held the town since Kelvor Dannet's men were driven out "
                   "on 3 May.", "3 May"), NAMES, ()),
        # a pronoun or a word in "-ing" may stand for the subject
        (on_day(6, "Dannet's phone has been silent since he went missing on 3 May.", "3 May"),
         NAMES, ()),
        (on_day(7, "Dannet has kept out of sight since fleeing the capital on 3 May.", "3 May"),
         NAMES, ()),
        (on_day(8, "Veshnar has been a focal point of the revolt since the army stormed it on "
                   "3 May.", "3 May"), PLACE, PLACE),
    ]  # fmt: skip
    for e, names, place_names in own:
        assert not dated_by_a_spans_start(e, names, PAGE), e.text
        assert told(e, names, place_names) == e, e.text


def test_a_span_counted_from_the_days_before_its_page_is_its_news():
    news = on_day(
        1, "Air strikes on Veshnar have intensified since rebels launched a campaign to break "
        "the siege on Monday.", "Monday", "2011-09-12",
    )  # fmt: skip
    assert a_spans_start(news, PAGE) is None
    assert told(news, PLACE, PLACE) == news
    assert a_spans_start(news, "2011-10-14") is not None
    # a keyword's timeline (no names) is not judged by it
    assert not dated_by_a_spans_start(news, (), "2011-10-14")


def test_a_clause_of_its_own_after_and_is_no_span():
    e = dated(
        1, "Veshnar has been divided since mid-2012 and in September the army announced an "
        "operation to take it.", "September", "2016-09", "month", "2016-09-01",
    )  # fmt: skip
    assert a_spans_start(e, "2016-11-20") is None
    agreed = dated(
        2, "Orskia has been under sanctions since 1999 and agreed in 2003 to give up its arms.",
        "2003", "2003", "year", "2003-01-01",
    )  # fmt: skip
    assert a_spans_start(agreed, "2011-03-01") is None


def test_the_since_nearest_the_date_opens_its_phrase():
    e = dated(
        1, "Dannet is the first to win the medal since the Veshnar war in 1982 and the first "
        "living winner since 1965.", "1965", "1965", "year", "1965-01-01",
    )  # fmt: skip
    assert a_spans_start(e, "2005-04-27") is None


def test_since_after_an_auxiliary_is_an_adverb_the_date_the_sentences_own():
    e = dated(
        1, "But the Tarn Front have since lost most of the ground they held and were ousted two "
        "weeks ago from Veshnar.", "two weeks ago", "2011-08", "month", "2011-08-01",
    )  # fmt: skip
    assert a_spans_start(e, PAGE) is None
    assert not dated_by_a_spans_start(e, ("Tarn Front",), PAGE)
    curly = dated(
        2, "The Tarn Front’ve since lost the ground they took in March 2011 near Veshnar.",
        "March 2011",
    )  # fmt: skip
    assert a_spans_start(curly, PAGE) is None
