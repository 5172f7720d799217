"""A date inside a relative clause the sentence goes on after dates the clause's own verb, not
the main clause's: no day of an actor's or a place's the clause does not name, when the day lies
more than a week before its page (the dev failure of the unseen sets dated by a clause in
passing, bench/timeline_audit.json, docs/QUALITY.md)."""

from commands.timeline_entries import dated_by_a_relative_clause, representative
from commands.timeline_reports import a_future_clauses_day, a_relative_clauses_day
from store.events import EventRow

PAGE = "2013-08-17"
NAMES = ("Kelvor Dannet", "Dannet")
PLACE = ("Veshnar",)


def dated(id, text, said, date="2013-07"):
    precision = "month" if len(date) == 7 else "day"
    return EventRow(id, id, None, 0, len(text), date, precision, "relative", date, text, said)


def told(e, names, place_names):
    return representative([e], {}, place_names, published=lambda _: PAGE, names=names)


def test_a_relative_clauses_date_is_no_day_of_a_subject_it_does_not_name():
    others = [
        # a preposition's "which", the main verb right after the date
        (dated(1, "The assault on the border town of Veshnar from which the Tarn Front was "
                  "expelled by Orskian militia last month sparked an exodus of civilians.",
               "last month"), PLACE),
        # "that" after a noun with its determiner
        (dated(2, "Kelvor Dannet saw the popular revolt that began in Orskia on July 2 as an "
                  "opportunity for redemption.", "July 2", "2013-07-02"), NAMES),
        # "who", the clause long
        (dated(3, "Three buses from Veshnar also carried people who were injured in a convoy "
                  "attack as they were being moved from Orsk and Tarnow on July 6 as well as "
                  "the remains of the dead.", "July 6", "2013-07-06"), PLACE),
    ]  # fmt: skip
    for e, names in others:
        assert a_relative_clauses_day(e, PAGE) is not None, e.text
        assert dated_by_a_relative_clause(e, names, PAGE), e.text
        place = names if names == PLACE else ()
        assert told(e, names, place) is None, e.text


def test_a_date_of_the_subjects_own_clause_stays():
    own = [
        # the clause names the subject
        (dated(1, "The militia which drove Kelvor Dannet's men out of Orsk last month now "
                  "holds the town.", "last month"), NAMES),
        # a plain opener right after the subject's name, or after its noun: what it did
        (dated(2, "Kelvor Dannet who defected last month was quoted by the agency.",
               "last month"), NAMES),
        (dated(3, "The Veshnar Front fighters which took the town last month have withdrawn.",
               "last month"), ("Veshnar Front",)),
        # the date ends the sentence or its clause: it may be the main verb's
        (dated(4, "Tarnish troops entered Veshnar which rebels had seized last month.",
               "last month"), PLACE),
        (dated(5, "Rebels who had fled Veshnar returned last month, residents said.",
               "last month"), PLACE),
        # a word after the date carries the clause on: what the sentence tells of the place
        (dated(12, "Every stringer in Veshnar has been arrested, including a cameraman who was "
                   "shot last month and has been detained since.", "last month"), PLACE),
        # a word of telling in between: the clause has ended, the telling is the sentence's
        (dated(6, "Officials who visited Veshnar told reporters last month that the town had "
                  "fallen.", "last month"), PLACE),
        (dated(7, "Officials who visited Veshnar said last month that the town had fallen.",
               "last month"), PLACE),
        # "that" after a verb or a noun of telling opens what was told
        (dated(8, "The Orskian council announced that troops entered the town last month and "
                  "took Veshnar.", "last month"), PLACE),
        (dated(9, "A source said in a statement to the agency that gunmen attacked last month "
                  "the Veshnar checkpoint.", "last month"), PLACE),
    ]  # fmt: skip
    for e, names in own:
        assert not dated_by_a_relative_clause(e, names, PAGE), e.text
    # a clause's day within a week of its page is most often the sentence's own event's
    near = dated(10, "Kelvor Dannet condemned the violence that erupted on Thursday in Orsk.",
                 "Thursday", "2013-08-15")  # fmt: skip
    assert a_relative_clauses_day(near, PAGE) is None
    assert not dated_by_a_relative_clause(near, NAMES, PAGE)
    # no names (a keyword's timeline): not judged by it
    assault = dated(11, "The assault on the town from which the rebels were expelled last month "
                        "sparked an exodus.", "last month")  # fmt: skip
    assert a_relative_clauses_day(assault, PAGE) is not None
    assert not dated_by_a_relative_clause(assault, (), PAGE)


def test_a_future_clauses_date_is_no_day_of_the_sentences_act():
    # a clause set off by commas telling what its noun will do, the sentence's verb after it:
    # the date is the act to come, whether the clause follows the subject's name or another's
    after = "2013-08-20"
    right_after = [
        dated(20, "Kelvor Dannet, who will make a statement to parliament on Tuesday, said in "
                  "a televised reaction that justice had been done.", "Tuesday", after),
        dated(21, "Dannet, who is due to meet the Tarnish envoy again on Tuesday, is expected "
                  "to seek talks with the opposition.", "Tuesday", after),
        dated(22, "Kelvor Dannet, who will also travel to Orsk to attend a meeting on Tuesday, "
                  "gave an upbeat assessment of the talks.", "Tuesday", after),
    ]  # fmt: skip
    for e in right_after:
        assert a_future_clauses_day(e, PAGE) is not None, e.text
        assert dated_by_a_relative_clause(e, NAMES, PAGE), e.text
        assert told(e, NAMES, ()) is None, e.text
    # another's clause: the subject is named in the sentence's own part
    other = dated(23, "Mira Olsk, who will make a statement on Tuesday, said Kelvor Dannet had "
                      "been killed.", "Tuesday", after)  # fmt: skip
    assert dated_by_a_relative_clause(other, NAMES, PAGE)


def test_the_subjects_own_future_stays():
    after = "2013-08-20"
    own = [
        # the subject's own sentence, no clause
        dated(30, "Kelvor Dannet will make a statement on Tuesday, his office said.",
              "Tuesday", after),
        # the clause names the subject: its act to come is the subject's
        dated(31, "Mira Olsk, who will meet Kelvor Dannet on Tuesday, said the talks would "
                  "go ahead.", "Tuesday", after),
        # a clause about another noun, no future in it, its day within the week
        dated(32, "Kelvor Dannet, who arrived in Orsk on Tuesday, said the talks would go "
                  "ahead.", "Tuesday", "2013-08-13"),
        # the clause ends the sentence: the date may be the sentence's own
        dated(33, "The talks were moved to Orsk, which will host them on Tuesday.", "Tuesday",
              after),
    ]  # fmt: skip
    for e in own:
        assert not dated_by_a_relative_clause(e, NAMES, PAGE), e.text
    # a date before the page's day is no act to come
    before = dated(34, "Kelvor Dannet, who will make a statement on Tuesday, said the talks "
                       "would go ahead.", "Tuesday", "2013-08-13")  # fmt: skip
    assert a_future_clauses_day(before, PAGE) is None
