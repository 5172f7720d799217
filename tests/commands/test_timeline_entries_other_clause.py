"""A report cut from a sentence of two dates whose clause names the subject nowhere, the
subject named only in the sentence's other clause, tells no day of the subject's (written
from the entry audit's dev failures, bench/timeline_audit.json: Amre Moussa; the names here
are invented)."""

from commands import timeline
from commands.timeline_entries import named_only_in_another_clause
from tests.commands.ingested import add

NAMES = ("Kel Varga", "Varga")


def _report(text: str, clause: str) -> tuple[int, int]:
    start = text.index(clause)
    return start, start + len(clause)


def test_a_clause_whose_subject_is_named_only_in_the_clause_beside_it():
    for text, clause in (
        # the subject's clause after the report's
        (
            "Protests against the regime erupted after the uprising in Tessia ousted its ruler "
            "on January 14, and League chief Kel Varga called on Monday for a peaceful "
            "transition.",
            "Protests against the regime erupted after the uprising in Tessia ousted its ruler "
            "on January 14",
        ),
        # a summit planned and reported, then the subject's own call in an undated clause
        (
            "The League will hold an urgent summit on Tuesday to discuss Orsk, the news agency "
            "reported on Monday, and Varga called for an end to the violence.",
            "The League will hold an urgent summit on Tuesday to discuss Orsk, the news agency "
            "reported on Monday",
        ),
        # the subject's clause after a semicolon
        (
            "The council voted on Friday to back a no-fly zone over the coast; Varga met the "
            "envoy in Tamir on Monday.",
            "The council voted on Friday to back a no-fly zone over the coast",
        ),
    ):
        assert named_only_in_another_clause(text, *_report(text, clause), NAMES), clause


def test_a_report_naming_the_subject_or_holding_its_sentence_or_carried_from_before_stays():
    whole = "League chief Kel Varga called on Monday for a peaceful transition in Tessia."
    own = (
        "The uprising in Tessia ousted its ruler on January 14, and Varga called on Monday "
        "for calm."
    )
    before = (
        "Kel Varga flew to Tamir on Sunday. The council voted on Friday to back a no-fly zone, "
        "and Varga called for calm."
    )
    untold = (
        "Kel Varga spoke in Tamir.\n\nThe uprising in Tessia ousted its ruler on January 14, "
        "and the council voted on Friday to back a no-fly zone."
    )
    for text, clause in (
        # the report is its whole sentence (the clause of the subject is its own)
        (whole, whole),
        # the report's clause names the subject
        (own, "Varga called on Monday for calm."),
        # a sentence before names the subject: the story is the subject's, as carried
        (before, "The council voted on Friday to back a no-fly zone"),
        # its sentence names the subject nowhere (the subject is further back)
        (untold, "The uprising in Tessia ousted its ruler on January 14"),
    ):
        assert not named_only_in_another_clause(text, *_report(text, clause), NAMES), clause
    # the subject's clause before the report's: the report goes on with it (a place's rally)
    text = (
        "Orsk was emptied of troops after 60 protesters were shot dead on June 3, but the "
        "vacuum emboldened them and on Friday activists said 150,000 people rallied."
    )
    clause = "the vacuum emboldened them and on Friday activists said 150,000 people rallied."
    assert not named_only_in_another_clause(text, *_report(text, clause), ("Orsk",))
    # no names to look for: a keyword's or a country's timeline is not judged
    text, clause = whole, "League chief Kel Varga"
    assert not named_only_in_another_clause(text, *_report(text, clause), ())


def test_the_subjects_timeline_leaves_out_the_other_clauses_day(db):
    add(db, "President Kel Varga flew to Tamir on Sunday, 30 January 2011, for talks with the "
            "council.\n\nA wave of protests against the regime erupted after the uprising in "
            "Tessia ousted its ruler on 14 January 2011, and President Kel Varga called on "
            "Monday, 31 January 2011, for a peaceful transition of power.",
        "2011-02-01", "Wire")  # fmt: skip
    answer = timeline.run(db, "Kel Varga")
    assert [e.date for e in answer.entries] == ["2011-01-30", "2011-01-31"]


def test_a_subordinate_clause_opening_the_sentence_dates_the_subjects_clause():
    for text, clause in (
        ("After talks broke down on Monday, Varga walked out.", "After talks broke down on Monday"),
        (
            '"Once the council voted on Friday, Kel Varga called for calm," an aide said.',
            "Once the council voted on Friday",
        ),
        (
            "As soon as the ceasefire began on Sunday, Varga flew to Tamir.",
            "As soon as the ceasefire began on Sunday",
        ),
    ):
        assert not named_only_in_another_clause(text, *_report(text, clause), NAMES), clause
    # near misses: a word spelled like a subordinator, and one inside the sentence, still fire
    for text, clause in (
        (
            "Aftershocks shook the town on Monday, and Varga called for calm.",
            "Aftershocks shook the town on Monday",
        ),
        (
            "Protests erupted after talks broke down on Monday, and Varga walked out.",
            "Protests erupted after talks broke down on Monday",
        ),
    ):
        assert named_only_in_another_clause(text, *_report(text, clause), NAMES), clause


def test_a_subject_named_before_the_report_in_its_own_sentence_holds_the_report():
    text = "Varga flew in on Sunday, the council voted on Friday, and Varga called for calm."
    clause = "the council voted on Friday"
    assert not named_only_in_another_clause(text, *_report(text, clause), NAMES)
    # without the name before it, the same clause is cut from the subject's
    text = "Aides flew in on Sunday, the council voted on Friday, and Varga called for calm."
    assert named_only_in_another_clause(text, *_report(text, clause), NAMES)
