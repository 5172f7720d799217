"""A date that only says when a thing began, in a clause of its own, well before its page, is
no day of an actor's or a place's the clause does not name (the twelfth set of unseen
subjects' dev failures and the earlier sets', bench/timeline_audit.json, docs/QUALITY.md)."""

from commands.timeline_entries import dated_by_a_things_start, representative
from commands.timeline_reports import a_things_start
from store.events import EventRow

PAGE = "2011-09-04"
NAMES = ("Kelvor Dannet", "Dannet")
PLACE = ("Veshnar",)


def dated(id, text, said, date="2011-02-17", precision="day", sort_key=None):
    return EventRow(
        id, id, None, 0, len(text), date, precision, "explicit", sort_key or date, text, said
    )


def told(e, names=NAMES, place_names=(), page=PAGE):
    return representative([e], {}, place_names, published=lambda _: page, names=names)


def test_a_things_start_in_a_clause_of_its_own_is_no_day_of_the_actors():
    starts = [
        # "that" with its verb, no comma before it
        dated(1, "Dannet resigned as justice minister after force was used against the "
                 "protests that erupted on February 17.", "February 17"),
        # how or where it began, between the verb and the date
        dated(2, "Only Kelvor Dannet saw the popular revolt that began in Orskia on February 17 "
                 "as an opportunity.", "February 17"),
        # "After" and the thing, the actor in the clause after the comma
        dated(3, "After the uprising began February 17, Dannet was among the officials who "
                 "broke with the regime.", "February 17"),
    ]  # fmt: skip
    for e in starts:
        assert a_things_start(e, PAGE) is not None, e.text
        assert dated_by_a_things_start(e, NAMES, PAGE), e.text
        assert told(e) is None, e.text


def test_a_things_start_is_no_day_of_a_place_the_clause_does_not_name():
    month = dated(
        1, "Veshnar, which hosts a naval base, has been spared the worst of the war since it "
        "began with peaceful protests in March 2011.", "March 2011", "2011-03", "month",
        "2011-03-01",
    )  # fmt: skip
    assert told(month, names=PLACE, place_names=PLACE, page="2016-09-03") is None


def test_a_start_the_clause_ties_to_the_subject_or_told_near_its_page_stays():
    own = [
        # the clause names the place: its own start
        (dated(1, "The town has been calm since the first protests broke out in Veshnar on "
                  "March 18.", "March 18", "2011-03-18"), PLACE, PLACE),
        # ... after the date, the clause running on
        (dated(2, "Rebels hit back at a government offensive that began on June 3 with the aim "
                  "of recapturing the dam in Veshnar.", "June 3", "2011-06-03"), PLACE, PLACE),
        # the actor owns the thing that began
        (dated(3, "Orskian troops fell back from Dannet's offensive, which began with air strikes "
                  "on February 17.", "February 17"), NAMES, ()),
        # "shortly after": the sentence's event on the day the thing began
        (dated(4, "Shortly after the talks began on February 17, Dannet walked out.",
               "February 17"), NAMES, ()),
        # ... or names it right before the thing's noun
        (dated(7, "Orskia hosted rebels early in the Veshnar conflict, which began in 2003, and "
                  "armed them.", "2003", "2003", "year", "2003-01-01"), PLACE, PLACE),
        # what happened that day, told after the date
        (dated(8, "The move is the latest leg of an odyssey that began February 17, the day "
                  "Dannet stormed into the hotel.", "February 17"), NAMES, ()),
        # the date is the sentence's own event
        (dated(5, "Protests erupted in Veshnar on February 17.", "February 17"), PLACE, PLACE),
        (dated(6, "Dannet began a tour of the south on February 17.", "February 17"), NAMES, ()),
    ]  # fmt: skip
    for e, names, place_names in own:
        assert not dated_by_a_things_start(e, names, PAGE), e.text
        assert told(e, names, place_names) == e, e.text
    # a start told within the week before its page is its news, which the sentence's event
    # answers that day
    news = dated(7, "The Dannet government condemned the violence that erupted on February 17 "
                    "in the capital.", "February 17")  # fmt: skip
    assert a_things_start(news, "2011-02-19") is None
    assert told(news, page="2011-02-19") == news
    assert a_things_start(news, PAGE) is not None
    # a keyword's timeline (no names) is not judged by it
    assert not dated_by_a_things_start(news, (), PAGE)
