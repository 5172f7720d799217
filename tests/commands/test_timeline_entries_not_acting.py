"""A person named only as what another is compared with, as the title of another's adviser, as
what a work is about, as judged right or wrong, as whom another is devoted to, or as the anchor
of an anniversary does not act on the date: the sentence tells no entry of the person's
(written from the entry audit's dev failures, bench/timeline_audit.json: George W. Bush; the
names here are invented)."""

from commands import timeline
from commands.timeline_entries import only_describes_another, representative
from store.events import EventRow
from tests.commands.ingested import add

NAMES = ("Dravko Ostrel", "Ostrel", "President Ostrel")


def dated(id, text, said, date="2011-03-08", how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


def test_a_person_named_only_as_another_acts_is_not_the_actor():
    for text in (
        # a comparison
        "Like Ostrel, Vessa Marn was transformed by the experience of 11 September, 2001.",
        "Unlike President Ostrel, the senator voted against the budget on Monday.",
        # the title of another's adviser
        "The vase was a gift this month from Karel Dusk, President Ostrel's political adviser.",
        "Karel Dusk, Ostrel's longtime aide, resigned on Monday.",
        # a work about him
        "Tamsin Vale's play about Marn, Ostrel and the Orsk invasion received its premiere this "
        "week.",
        "A new film about Dravko Ostrel opened in Varnok on Friday.",
        # judged right or wrong by another
        "Last week, the columnist Pel Aster argued that events in Orsk showed that Ostrel was "
        "correct.",
        # devoted to by another
        "Her unwavering devotion to President Dravko Ostrel will reap its reward this week.",
        # the anchor of an anniversary
        "The strike the premier ordered on Saturday -- eight years to the day after President "
        "Dravko Ostrel announced the invasion -- is a different operation.",
    ):
        assert only_describes_another(text, NAMES), text


def test_the_persons_own_acts_stay():
    for text in (
        "Ostrel announced on 20 March that troops had crossed the border.",
        "President Ostrel's visit on Monday drew crowds in Varnok.",
        # his spokesman speaks for him
        "A spokesman for President Ostrel said Friday that Ostrel congratulates the people.",
        "Ostrel's spokesman said on Friday that the talks had failed.",
        # what he owns or commands
        "Ostrel's troops shelled Vashti on Sunday.",
        # named again as the actor outside the comparison
        "Like his father, Ostrel flew to Orsk on Monday.",
        "Like Marn, Ostrel was in Orsk on Monday.",
        # his own words about a film, or his own anniversary speech
        "Ostrel spoke on Monday about a film about the war.",
        "Ostrel marked the anniversary of his election on Sunday with a speech.",
        # the anniversary of his own act, a crowd's loyalty to him, a state's adviser
        "Crowds marked on Monday the anniversary of Ostrel's coup.",
        "State television showed a crowd chanting its loyalty to Ostrel on Saturday.",
        "Tamir Vael, Ostrel's national security adviser, said last week that the war was over.",
        # a comparison inside the sentence, then what the one compared with did
        "Marnia is calm, unlike Ostrel, for example, who in the years after the 2003 war fought.",
        # he said the other was wrong: his act
        "Ostrel said on Monday that the senator was wrong.",
        # a list of the things about which he spoke
        "In a speech about Orsk, Ostrel said on Friday that the war would end.",
    ):
        assert not only_describes_another(text, NAMES), text


def test_a_date_told_only_by_such_a_sentence_has_no_entry():
    e = dated(1, "Like Ostrel, Vessa Marn was transformed by the events of Monday.", "Monday")
    assert representative([e], {}, names=NAMES) is None
    own = dated(2, "Ostrel flew to Orsk on Monday.", "Monday")
    assert representative([e, own], {}, names=NAMES) == own


def test_a_discovered_person_named_by_the_family_name_alone_is_read_so_too(db):
    # no catalogue alias gives "Ostrel": the store's spellings of the actor do
    add(db, "President Dravko Ostrel flew to Varnok on Monday, 7 March 2011, for talks with "
            "the council.\n\nOstrel met the council's leaders on Tuesday, 8 March 2011.\n\n"
            "Like Ostrel, the senator Vessa Marn was transformed by the events of 1 March 2011."
            "\n\nA new film about Ostrel opened in Varnok on 2 March 2011.",
        "2011-03-09", "Wire")  # fmt: skip
    answer = timeline.run(db, "Dravko Ostrel")
    assert [e.date for e in answer.entries] == ["2011-03-07", "2011-03-08"]
