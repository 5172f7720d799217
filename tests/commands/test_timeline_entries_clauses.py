"""Entry rules written from the fourth set of unseen subjects' failures (bench/timeline_audit.json,
unseen_4): a weekday inside a clause of possibility, a date inside a relative clause opened by
"that" or "which", and two places named before by "the two towns"."""

from commands.timeline_entries import representative
from commands.timeline_reports import a_possible_day, names_a_thing, refers_back
from store.events import EventRow


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def test_a_weekday_inside_a_clause_of_possibility_away_from_its_page_is_no_entry():
    printed = {1: "2011-06-01", 2: "2012-02-13", 3: "2012-07-17", 4: "2011-02-26",
               5: "2011-02-05", 6: "2011-02-05", 7: "2011-02-05"}  # fmt: skip
    doubtful = [
        # "may" is no cue of the future to the store: read as the Sunday before a Wednesday page
        dated(1, "Similar marches may take place on Sunday's anniversary of the Veshnar war.",
              "Sunday", "2011-05-29"),
        # "could" read forward, though the weekday is the release's, before a Monday page
        dated(2, "Recruits from Orvel into Mirel could increase following the release of a video "
              "on Saturday by Tamsin Dorr.", "Saturday", "2012-02-18"),
    ]  # fmt: skip
    for e in doubtful:
        assert a_possible_day(e, printed[e.id]), e.text
        assert representative([e], {}, published=printed.get) is None, e.text
    kept = [
        # a past guessed at
        dated(3, "The fighting in Mirel may have started on Sunday.", "Sunday", "2012-07-15"),
        # the page's own day is that day either way
        dated(4, "A vote on the Orvel resolution could occur Saturday.", "Saturday", "2011-02-26"),
        # the clause of possibility ends before the weekday
        dated(5, "The Orvel ruling could face challenges, state media reported on Friday.",
              "Friday", "2011-02-04"),
        dated(6, "Orvel troops shelled Mirel on Friday, residents said.", "Friday", "2011-02-04"),
        # a month, not a modal
        dated(7, "In May the Orvel council met again on Friday.", "Friday", "2011-02-04"),
    ]  # fmt: skip
    for e in kept:
        assert not a_possible_day(e, printed[e.id]), e.text
        assert representative([e], {}, published=printed.get) == e, e.text
    # a date said with its month is no weekday to read either way
    explicit = dated(8, "Talks may resume on February 20, Orvel officials said.", "February 20",
                     "2011-02-20", "explicit")  # fmt: skip
    assert not a_possible_day(explicit, "2011-02-05")


def test_a_date_inside_a_relative_clause_with_that_or_which_names_a_thing():
    """The sentence's own event is on another day than the one its relative clause tells: the
    report tells that date last, and never a place's."""
    things = [
        dated(1, "More Veshnar fighters died in clashes west of Kobrin, the key border town that "
              "Orvel forces recaptured on January 26.", "January 26", "2015-01-26", "explicit"),
        dated(2, "The Mirel government blamed rebels for breaking a ceasefire it announced on "
              "Friday.", "Friday", "2011-03-18"),
        dated(3, "Aid reached the district which Orvel troops had besieged on Monday.", "Monday",
              "2016-06-13"),
    ]  # fmt: skip
    for e in things:
        assert names_a_thing(e), e.text
    assert representative([things[0]], {}, ("Kobrin",)) is None
    own = [
        # what is said or announced is the sentence's own event
        dated(4, "The Orvel army said that rebels attacked on Monday.", "Monday", "2016-06-13"),
        dated(5, "The council announced that fighters withdrew on Monday.", "Monday", "2016-06-13"),
        # a time is no thing
        dated(6, "By the time that she returned on Wednesday, Kobrin had fallen.", "Wednesday",
              "2016-06-15"),
        dated(7, "Orvel forces recaptured Kobrin on January 26.", "January 26", "2015-01-26",
              "explicit"),
    ]  # fmt: skip
    for e in own:
        assert not names_a_thing(e), e.text


def test_two_towns_named_before_lean_on_the_sentence_before():
    assert refers_back(
        "More than 900 people who had lived under siege for two years left the two towns along "
        "with 300 evacuated from Kobrin on Friday."
    )
    assert refers_back("Buses left the two villages on Friday.")
    # the towns named right after
    assert not refers_back("Buses left the two villages of Kobrin and Mirel on Friday.")
    assert not refers_back("Buses left Kobrin and Mirel, the two towns in Orvel, on Friday.")


def test_a_place_named_only_in_what_an_act_answers_is_no_event_of_it():
    answered = [
        dated(1, "The Orvel Front said Wednesday its attack on Kobrin was a response to an "
              "offensive by the army on Mirel.", "Wednesday", "2015-07-15"),
        dated(2, "The army said it struck positions in Veshnar in retaliation for mortar fire that "
              "hit Mirel on Friday.", "Friday", "2017-04-21"),
    ]  # fmt: skip
    for e in answered:
        assert representative([e], {}, ("Mirel",)) is None, e.text
    # the place's own event, or one answered there
    own = [
        dated(3, "Troops shelled Mirel on Monday in response to an attack.", "Monday", "2015-07-13"),
        dated(4, "In response to the offensive, Mirel's fighters withdrew on Monday.", "Monday",
              "2015-07-13"),
    ]  # fmt: skip
    for e in own:
        assert representative([e], {}, ("Mirel",)) == e, e.text
