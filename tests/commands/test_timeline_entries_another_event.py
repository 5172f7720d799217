"""An actor's report whose date is another event's, one the sentence names (a thing's day, a
day said as whose a thing is, an act a to-infinitive tells), is no entry of the actor's; a
clause describing another place right before it is that place's (the dev failures of the
unseen sets dated by another event, docs/QUALITY.md)."""

from commands.timeline_entries import dated_by_another_event, dated_entries, representative
from commands.timeline_reports import told_of_elsewhere
from store.events import EventRow
from tests.commands.ingested import add

NAMES = ("Kelvor Dannet",)


def dated(id, text, said, date="2017-10-20", article=None):
    return EventRow(
        id, article or id, None, 0, len(text), date, "day", "relative", date, text, said
    )


def test_a_date_another_event_the_sentence_names_is_not_the_actors():
    others = [
        # an act a to-infinitive tells, after the noun naming it
        dated(1, "Kelvor Dannet spoke of his anger at Orskia's decision to close the Veshnar "
                 "crossing last Friday.", "last Friday"),
        # a day said as whose a thing is, the subject not named beside it
        dated(2, "Kelvor Dannet, the opposition leader, had stated he would stay away from "
                 "Tuesday's protests, but his aides attended.", "Tuesday"),
        # ... its occasion, of an act not done that day
        dated(5, "Kelvor Dannet had stated that he would not be present at Tuesday's rally, "
                 "his aides said.", "Tuesday"),
        # when a thing the sentence's time is counted from began
        dated(3, "Crowds in Veshnar chanted against Kelvor Dannet for the first time since "
                 "protests broke out on Friday.", "Friday"),
        # a relative clause without its "which", of another's act
        dated(4, "Kelvor Dannet denied breaking a truce that it announced on Friday, blaming "
                 "the Orskian army.", "Friday"),
    ]  # fmt: skip
    for e in others:
        assert dated_by_another_event(e, NAMES), e.text


def test_the_actors_own_act_dated_by_a_thing_or_a_possessive_stays():
    own = [
        dated(1, "Crowds cheered Saturday's appointment of Kelvor Dannet as vice president.",
              "Saturday"),
        dated(2, "Kelvor Dannet's decision to resign last Friday stunned the council.",
              "last Friday"),
        dated(3, "Troops fell back after Kelvor Dannet's Friday offensive on the Veshnar road.",
              "Friday"),
        # a thing whose day opens the sentence is its subject
        dated(6, "Tuesday's protests in the capital and the northern towns left Kelvor Dannet "
                 "without a majority.",
              "Tuesday"),
        # ... or the occasion of the sentence's act, done that day
        dated(7, "The peace plan, unveiled for delegates from sixty countries at Tuesday's "
                 "conference, offers Kelvor Dannet a seat.", "Tuesday"),
        # the date told as the sentence's own
        dated(4, "Kelvor Dannet closed the Veshnar crossing on Friday.", "Friday"),
        # a noun that is no act's: "to" is no infinitive of its
        dated(5, "Kelvor Dannet sent a letter to the council last Friday.", "last Friday"),
        # its own act on the day, told before an act it names on the same day: the date's words
        # are read where they first stand
        dated(8, "Kelvor Dannet met envoys in Tarsa on Friday and welcomed the Tarn Front's "
                 "decision to withdraw its fighters on Friday.", "Friday"),
    ]  # fmt: skip
    for e in own:
        assert not dated_by_another_event(e, NAMES), e.text
    # no actor given: not judged
    assert not dated_by_another_event(own[3], ())


def test_another_events_date_is_no_entry_of_the_actors_and_its_own_report_tells_it(db):
    texts = [
        "Kelvor Dannet spoke of his anger at Orskia's decision to close the Veshnar crossing "
        "last Friday.",
        "Kelvor Dannet visited the Veshnar crossing on 22 October 2017.",
        "Kelvor Dannet met the council in Veshnar on 24 October 2017.",
    ]
    dates = ["2017-10-20", "2017-10-22", "2017-10-24"]
    said = ["last Friday", "22 October 2017", "24 October 2017"]
    events = [
        dated(10 + i, t, s, d, article=add(db, t, "2017-10-25", "Wire", f"{i}.txt").id)
        for i, (t, s, d) in enumerate(zip(texts, said, dates, strict=True))
    ]

    def told(rows, want=3, place_names=(), names=NAMES):
        entries = dated_entries(db, dates, rows, {}, {}, want, place_names, names)
        return [e.text for e in entries]

    # the crossing's closure is Orskia's act, not Dannet's: no entry of his, however short
    # his timeline
    assert told(events) == texts[1:]
    # another report of that day telling his own act is its entry
    own = "Kelvor Dannet crossed into Orskia on 20 October 2017."
    mine = dated(
        20, own, "20 October 2017", dates[0], add(db, own, "2017-10-21", "Wire", "o.txt").id
    )
    assert told([*events, mine]) == [own, *texts[1:]]
    # no actor given, or a place's timeline: not judged by it
    assert told(events, names=()) == texts
    assert told(events, place_names=("Veshnar",), names=("Veshnar",)) == texts


def said_of(id, text, said, date="2011-06"):
    return EventRow(id, id, None, 0, len(text), date, "month", "relative", date, text, said)


def test_a_clause_describing_another_place_right_before_it_is_that_places():
    names = ("Qaryat Dulen",)
    places = ["Qaryat Dulen", "Veshnar"]
    latakia = said_of(
        1, "The port of Veshnar, where the army deployed three months ago, has been hit hard "
        "along with Qaryat Dulen.", "three months ago",
    )  # fmt: skip
    assert told_of_elsewhere(latakia, names, places)
    assert representative([latakia], {}, names, places_of=lambda e: places) is None
    which = said_of(
        2, "Raids hit Qaryat Dulen and Veshnar, which troops recaptured three months ago.",
        "three months ago",
    )  # fmt: skip
    assert told_of_elsewhere(which, names, places)
    # the place's own clause, whatever other place it names
    own = [
        said_of(3, "Troops shelled Qaryat Dulen, where fighters from Veshnar arrived three "
                   "months ago.", "three months ago"),
        said_of(4, "Veshnar sent aid to Qaryat Dulen, where the army deployed three months "
                   "ago.", "three months ago"),
    ]  # fmt: skip
    for e in own:
        assert not told_of_elsewhere(e, names, places), e.text
        assert representative([e], {}, names, places_of=lambda e: places) == e, e.text
