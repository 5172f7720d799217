"""A report naming an actor only in asides to another's dated act (a clause of time, reason or
description the date's words lie outside, the actor not its own actor), another named before the date,
tells no day of the actor's (written from the entry audit's dev failures, bench/
timeline_audit.json: Saddam Hussein, Nicolas Sarkozy, George W. Bush; the names here are
invented)."""

from commands import timeline
from commands.timeline_entries import named_only_in_anothers_aside
from store.events import EventRow
from tests.commands.ingested import add

NAMES = ("Kel Varga", "Varga")


def _event(text: str, date_text: str) -> EventRow:
    return EventRow(1, 1, None, 0, len(text), "2011-05-02", "day", "relative", None, text,
                    date_text)  # fmt: skip


def test_an_actor_named_only_in_an_aside_to_anothers_dated_act():
    for text, said in (
        # a clause of reason (Saddam Hussein's "because it removed")
        (
            "The president, Ilsa Marrow, today admitted the intelligence had been wrong but "
            "defended the war because it removed Kel Varga.",
            "today",
        ),
        # a clause of time after the date's clause, the subject its verb's object
        (
            "Ilsa Marrow was elected by the league's members in May, after they voted to "
            "remove Kel Varga.",
            "in May",
        ),
        # a phrase of time (Alain Juppe's "prior to his meeting with")
        (
            '"Talks will go on," Dannet said on Monday, prior to his meeting with Varga in Orsk.',
            "on Monday",
        ),
        # a relative clause describing another (Nicolas Sarkozy's "who was instrumental in")
        (
            "Meanwhile, the writer Ilsa Marrow, who flew rebel leaders to Tamir to meet Kel "
            "Varga, said on Monday the strikes had come too late.",
            "on Monday",
        ),
    ):
        assert named_only_in_anothers_aside(_event(text, said), NAMES), text


def test_the_actors_own_act_or_no_other_named_before_the_date_stays():
    for text, said in (
        # the actor's own clause
        ("Varga said on Monday, after talks with Dannet, that the siege would end.", "on Monday"),
        # the actor is the main verb's object, not in an aside
        ("Dannet met Monday with Kel Varga to discuss the truce.", "Monday"),
        # no one else named before the date: the date may be the actor's too
        ("Rebels took the town on Monday after Varga's troops fled.", "on Monday"),
        # a sentence's first word alone is no name ("Rebels")
        ("Troops shelled the town on Monday because Varga had refused the truce.", "on Monday"),
        # the date inside the aside
        ("Dannet, who met Varga on Monday, flew home.", "on Monday"),
        # a list of names is no apposition
        ("Dannet, Varga and Marrow met in Tamir on Monday.", "on Monday"),
        # an aside saying the other leads or speaks for the actor ([member of]): the other's
        # act is its own
        (
            "Ilsa Marrow, who was named commander of the Kel Varga Guard, said on Monday the "
            "breach was closed.",
            "on Monday",
        ),
        # one mention outside any aside
        ("Dannet said on Monday, after meeting Varga, that Varga would resign.", "on Monday"),
        # the subject as the clause's own actor, after words of its own phrase (Amre Moussa's
        # "after its then-leader ... declared": left alone)
        (
            "Ilsa Marrow was elected by the league's members in May, after its then-leader Kel "
            "Varga said he would step down.",
            "in May",
        ),
        (
            "Ilsa Marrow said on Monday, after the deputy minister Kel Varga, who joins the "
            "board, resigned, that talks would go on.",
            "on Monday",
        ),
        ("Ilsa Marrow left Tamir on Monday after Varga's troops fled the city.", "on Monday"),
        (
            "Ilsa Marrow said on Monday that it was unclear whether Varga could survive.",
            "on Monday",
        ),
        # a place before the date is where, not who ("In Orsk on Thursday")
        (
            "In Orsk on Thursday, a paramedic testified that the doctor left after he said he "
            "had not seen Varga.",
            "on Thursday",
        ),
        # an apposition is left alone: "Varga's doctor, Ilsa Marrow," is often the subject's
        (
            "Ilsa Marrow, once Kel Varga's chief adviser and now a commentator, recalls a visit "
            "to the compound where missiles hit a building on Sunday.",
            "on Sunday",
        ),
        # the month opening the clause is no one's name
        ("In May troops shelled Orsk because Varga had refused the truce.", "In May"),
    ):
        assert not named_only_in_anothers_aside(_event(text, said), NAMES), text
    # no names to look for, or a sentence not naming the actor: not judged
    text = "Dannet said on Monday, prior to his meeting with Varga, that talks would go on."
    assert not named_only_in_anothers_aside(_event(text, "on Monday"), ())
    assert not named_only_in_anothers_aside(_event(text, "on Monday"), ("Marrow",))


def test_the_actors_timeline_leaves_out_the_others_day(db):
    add(db, "President Kel Varga flew to Tamir on Sunday, 30 January 2011, for talks with the "
            "council.\n\nThe writer Ilsa Marrow, who flew rebel leaders to Tamir to meet "
            "President Kel Varga, said on Monday, 31 January 2011, that the strikes had come "
            "too late.",
        "2011-02-01", "Wire")  # fmt: skip
    answer = timeline.run(db, "Kel Varga")
    assert [e.date for e in answer.entries] == ["2011-01-30"]


def test_a_word_opening_like_a_month_or_a_weekday_is_a_name_before_the_date():
    # "Marines", "Junta" open as "Mar", "Jun" do but are no month's names: another named
    for text in (
        "The Marines, who were sent to guard Kel Varga, landed in Orsk on Monday.",
        "Troops of the Junta, who were sent to guard Kel Varga, landed in Orsk on Monday.",
    ):
        assert named_only_in_anothers_aside(_event(text, "on Monday"), NAMES), text
    # near-misses: a month's or a weekday's whole name is no one's
    for text, said in (
        ("In May troops, who were sent to guard Kel Varga, landed in Orsk on Monday.", "on Monday"),
        ("On Sunday troops, who were sent to guard Kel Varga, left Orsk.", "On Sunday"),
    ):
        assert not named_only_in_anothers_aside(_event(text, said), NAMES), text


def test_a_short_word_ending_in_ing_or_ed_is_no_verb_of_the_clause():
    # "king" is the name's own phrase: the subject is the clause's own actor
    text = "Ilsa Marrow was elected in May, after the king Kel Varga said he would step down."
    assert not named_only_in_anothers_aside(_event(text, "in May"), NAMES)
    # near-miss: a participle before the name still reads as the clause's own verb
    text = "Ilsa Marrow was elected in May, after the ailing Kel Varga said he would step down."
    assert named_only_in_anothers_aside(_event(text, "in May"), NAMES)
