"""An actor named in a sentence only as the other end of someone else's link, as the one another
is ranked after or as the kind of men another speaks of, and an actor a report has only from a
sentence before naming it inside a clause about someone else, is not what the report is about:
it tells no entry of the actor's (written from the entry audit's dev failures,
bench/timeline_audit.json: Osama bin Laden; the names here are invented)."""

from commands import timeline
from commands.timeline_entries import (
    carried_only_from_another,
    names_only_of_another,
    only_describes_another,
)
from tests.commands.ingested import add

NAMES = ("Dravko Ostrel", "Ostrel")


def test_an_actor_named_only_as_the_end_of_anothers_link_a_rank_or_a_kind_is_not_the_actor():
    for text in (
        # the other end of another's link
        '"This war reached our shores on 11 March," Mr Marn said, pointing to links between '
        "Tal Vessin, an extremist thought to be behind the attacks in Orsk, and Dravko Ostrel.",
        "Police arrested a cell with suspected ties to Ostrel on Monday.",
        # the one another is ranked after, in an apposition
        "There was a rumor that Vessin, Varnok's most wanted militant after Dravko Ostrel, "
        "visited early last week.",
        # the kind of men another speaks of
        '"We will not yield the future of Orsk to men like Ostrel," the president said on Tuesday.',
    ):
        assert only_describes_another(text, NAMES), text


def test_the_actors_own_acts_and_what_befell_it_stay():
    for text in (
        "Ostrel said on Monday that the talks had failed.",
        "Dravko Ostrel was killed on Monday in a raid on his compound.",
        "Marn blamed the uprising on Ostrel on Thursday.",
        # ties cut with the actor: an act on it
        "Varnok cut ties with Ostrel in 1996.",
        # a time clause, not an apposition ranking another
        "The biggest attack came after Ostrel fled on Monday.",
        "Ostrel, the most wanted militant after Marn, was killed on Monday.",
        # groups like it are it among others
        "Militant groups like Ostrel attacked the base on Monday.",
        # the link's ends stop at a quotation's end: the speaker is the actor
        '"Marn stopped the connection between us and them," said Ostrel on Monday.',
    ):
        assert not only_describes_another(text, NAMES), text


def test_a_sentence_naming_the_actor_only_in_a_clause_about_another():
    assert names_only_of_another(
        "Tal Vessin fought against the Orsk forces in Varnok where he met Dravko Ostrel and "
        "Karel Dusk before returning home in 2011.",
        NAMES,
    )
    assert names_only_of_another("A commander, who once met Ostrel, was killed.", NAMES)
    for text in (
        "Ostrel's fighters entered Varnok.",
        # the clause's own actor
        "Troops shelled the town, where Ostrel's fighters clashed with rebels.",
        # a question, not a clause about another
        "It was unclear who was responsible for the blast but Ostrel has been targeted before.",
        # a clause no stop closes, opened in the sentence's subject: it holds the main clause
        "People who were evacuated wait near buses after a stall in talks with Ostrel.",
        # a thing's clause may tell the thing the actor's
        "The attack in Varnok on Tuesday, which Marn blames on Ostrel, killed 80.",
        # the other leads or belongs to the actor
        "A commander, who led Ostrel's units, was killed.",
    ):
        assert not names_only_of_another(text, NAMES), text


def test_a_report_carried_only_from_such_a_sentence_is_not_the_actors():
    text = (
        "Tal Vessin fought against the Orsk forces in Varnok where he met Dravko Ostrel and "
        "Karel Dusk before returning home in 2011. On Wednesday a drone strike near Tamir "
        "killed a commander."
    )
    assert carried_only_from_another(text, text.index("On Wednesday"), NAMES)
    own = "Ostrel's fighters entered Varnok. On Wednesday a drone strike near Tamir killed them."
    assert not carried_only_from_another(own, own.index("On Wednesday"), NAMES)


def test_the_actors_timeline_leaves_out_a_report_carried_from_anothers_clause(db):
    add(db, "President Dravko Ostrel flew to Varnok on Monday, 7 March 2011, for talks with "
            "the council.\n\nTal Vessin fought against the Orsk forces in Varnok where he met "
            "President Dravko Ostrel before returning home in 2001. On Wednesday, 9 March "
            "2011, a drone strike near Tamir killed a commander.\n\nPresident Dravko Ostrel "
            "spoke to the council. On Tuesday, 8 March 2011, the strikes were halted.",
        "2011-03-10", "Wire")  # fmt: skip
    answer = timeline.run(db, "Dravko Ostrel")
    assert [e.date for e in answer.entries] == ["2011-03-07", "2011-03-08"]
