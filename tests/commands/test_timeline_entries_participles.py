"""A date ending the phrase of a past participle that hangs on another noun dates that noun's
event, not the sentence's: no day of an actor's or a place's the phrase does not name (the dev
failures of the unseen sets dated by another event, bench/timeline_audit.json,
docs/QUALITY.md)."""

from commands.timeline_entries import dated_by_a_participle, representative
from commands.timeline_reports import a_participles_day
from store.events import EventRow

PAGE = "2011-03-02"
NAMES = ("Kelvor Dannet", "Dannet")
PLACE = ("Veshnar",)


def dated(id, text, said, date="2011-02-28"):
    return EventRow(id, id, None, 0, len(text), date, "day", "relative", date, text, said)


def told(e, names=PLACE, place_names=PLACE):
    return representative([e], {}, place_names, published=lambda _: PAGE, names=names)


def test_a_participles_date_is_no_day_of_a_subject_it_does_not_name():
    others = [
        # after a preposition and the noun, in "-ed"
        (dated(1, "A reporter saw Tarnish troops reassert control at a crossing abandoned on "
                  "Monday, and residents of Veshnar said they feared the town would fall.",
               "Monday"), PLACE),
        # ... with its agent between
        (dated(2, "Veshnar is one of four zones under a deal brokered by Orskia and Tarnia in "
                  "May.", "May", "2011-05"), PLACE),
        # an irregular participle, with a predicate noun, right after its noun
        (dated(3, "Among those killed in the raid on Veshnar were four Orskian pilgrims taken "
                  "hostage by rebel forces in May, according to reports.", "May", "2011-05"),
         PLACE),
        # an actor's timeline: the depot's bombing is not his act
        (dated(4, "Kelvor Dannet's men are trying to put out fires at a fuel depot bombarded "
                  "by the army on Monday.", "Monday"), NAMES),
    ]  # fmt: skip
    for e, names in others:
        assert a_participles_day(e) is not None, e.text
        assert dated_by_a_participle(e, names), e.text
        place = names if names == PLACE else ()
        assert told(e, names, place) is None, e.text


def test_a_date_in_the_subjects_own_clause_stays():
    own = [
        # the participle's phrase names the subject
        (dated(1, "Troops took a crossing abandoned by Kelvor Dannet's men on Monday.",
               "Monday"), NAMES),
        # the participle is the sentence's own verb, after an auxiliary or a plain subject
        (dated(2, "Veshnar was abandoned on Monday.", "Monday"), PLACE),
        (dated(3, "Rebels captured Veshnar on Monday.", "Monday"), PLACE),
        # "-ed" of a telling verb after a noun: the sentence's own verb
        (dated(4, "A member of the Veshnar council announced Monday that the town would hold "
                  "elections.", "Monday"), PLACE),
        # a report's noun: its day is its telling's, the sentence's own
        (dated(5, "Kelvor Dannet said in a statement released on Monday that the town had "
                  "fallen.", "Monday"), NAMES),
        (dated(10, "Smoke rises over Veshnar in this handout photograph taken on Monday.",
               "Monday"), PLACE),
        # "during" or "in" an event: the occasion of the sentence's own act
        (dated(6, "Fighters killed dozens of Veshnar Front members during an ambush carried "
                  "out Monday.", "Monday"), ("Veshnar Front",)),
        (dated(7, "More than 40 soldiers were killed near Veshnar in a counterattack launched "
                  "on Monday.", "Monday"), PLACE),
        # a phrase naming the subject after its date, to its next stop
        (dated(8, "The offensive is part of the operation launched on Monday to seize the "
                  "villages of Veshnar province.", "Monday"), PLACE),
    ]  # fmt: skip
    for e, names in own:
        assert not dated_by_a_participle(e, names), e.text
    # no names (a keyword's timeline): not judged by it
    crossing = dated(9, "Troops reasserted control at a crossing abandoned on Monday.", "Monday")
    assert a_participles_day(crossing) is not None
    assert not dated_by_a_participle(crossing, ())


def test_a_capitalised_word_qualifying_the_participles_noun():
    """A proper adjective or an acronym before the noun ("a U.N. resolution", "the
    Orskia-led truce") qualifies it: the phrase is still the noun's, and its date that noun's
    event (entry audit, Muammar Gaddafi: "in spite of a U.N. resolution passed on Thursday
    calling for an end to attacks", the resolution's day told as his)."""
    others = [
        (dated(1, "Leaders meeting in Orsk announced strikes after Kelvor Dannet's troops "
                  "pushed into Veshnar in spite of a U.N. resolution passed on Thursday calling "
                  "for an end to attacks.", "Thursday"), NAMES),
        (dated(2, "The shelling of Veshnar is a breach of the Orskia-Tarnia-led truce "
                  "agreed in February.", "February", "2011-02"), PLACE),
        (dated(3, "Kelvor Dannet hailed the news at a NATO summit convened in May.", "May",
               "2011-05"), NAMES),
    ]  # fmt: skip
    for e, names in others:
        assert a_participles_day(e) is not None, e.text
        assert dated_by_a_participle(e, names), e.text
    # the capitalised words of a name the phrase holds are the subject's own
    own = dated(4, "Rebels broke the truce brokered by Kelvor Dannet on Thursday.", "Thursday")
    assert not dated_by_a_participle(own, NAMES)
    # a sentence opening on a capitalised word is no phrase of a preposition
    run_in = dated(5, "Veshnar Council members gathered on Thursday.", "Thursday")
    assert a_participles_day(run_in) is None
