"""Entry rules written from the sixth set of unseen subjects' failures (bench/timeline_audit.json,
unseen_6) and the earlier dev sets' still failing: an actor named only in a relative clause about
someone else, a place's date told in a clause opened by "since" about another place, a place
named only as what a larger area is near, a line telling the reader where to look on the page,
and "he" right after an opening of time."""

from commands.timeline_entries import (
    named_only_in_a_relative_clause,
    only_the_source,
    representative,
)
from commands.timeline_reports import (
    dated_clause,
    entry_sections,
    is_unreliable,
    named_only_in_another_year,
    refers_back,
)
from store.events import EventRow

FRONT = ("Veshnar Front", "the Front")


def dated(id, text, said, date="2011-03-18", how="relative"):
    precision = "day" if len(date) == len("2011-03-18") else "month"
    return EventRow(id, id, None, 0, len(text), date, precision, how, date, text, said)


def test_an_actor_named_only_in_a_relative_clause_about_someone_else_is_no_entry():
    aside = [
        # restrictive, at the sentence's end
        dated(1, "(On Tuesday) he went to the council and attacked the delegates who claim he "
              "sold grain to the Veshnar Front.", "On Tuesday"),
        # set apart by commas, the date after it
        dated(2, "The Orvel government has blamed the drivers, who it says fear the Veshnar "
              "Front, for closing the road it opened on Friday.", "on Friday"),
        # "which" set apart by a comma, and "whom"
        dated(3, "Mirel, which has long feared the Veshnar Front, recalled its envoy on Monday.",
              "on Monday"),
        dated(4, "On Monday Tamsin Dorr said proposals brought by an envoy whom the Veshnar Front "
              "had sent were not credible.", "On Monday"),
    ]  # fmt: skip
    for e in aside:
        assert named_only_in_a_relative_clause(e, FRONT), e.text
        assert representative([e], {}, names=FRONT) is None, e.text
    own = [
        # the actor is who the clause describes
        dated(5, "The Veshnar Front, which seized the pass in 2013, attacked Kobrin on Monday.",
              "on Monday"),
        # the date's words are in the clause: it tells the actor's day (names_a_thing's care)
        dated(6, "Aid reached the villagers who fled the Veshnar Front on Friday.", "on Friday"),
        # the clause says the one it describes leads or speaks for the actor ([member of])
        dated(7, "Arlo Penn, who heads the Veshnar Front, told reporters on Saturday the road "
              "would reopen.", "on Saturday"),
        dated(8, "Ida Mott, who is a spokesman of the Veshnar Front, denied the raid on Monday.",
              "on Monday"),
        # named outside the clause too
        dated(9, "Delegates who fear the Veshnar Front met the Front's envoys on Friday.",
              "on Friday"),
        # a quantifier, no clause about someone else
        dated(10, "Twenty fighters, many of whom served the Veshnar Front, surrendered on Friday.",
              "on Friday"),
    ]  # fmt: skip
    for e in own:
        assert not named_only_in_a_relative_clause(e, FRONT), e.text
        assert representative([e], {}, names=FRONT) == e, e.text
    # a place's timeline does not ask it: what is done there is told in such clauses
    place = dated(11, "Shelling hit the families who had fled to Kobrin on Monday.", "on Monday")
    assert representative([place], {}, ("Kobrin",), names=("Kobrin",)) == place


def test_a_places_date_in_a_clause_opened_by_since_about_another_place_is_no_entry():
    since = dated(1, "The two villages, along with the desert town of Sabrin, are the last held by "
                  "the loyalists since rebels overran their Tolvar headquarters last month.",
                  "last month", "2011-08", "relative")  # fmt: skip
    assert representative([since], {}, ("Sabrin",), places_of=lambda e: ["Tolvar"]) is None
    kept = [
        # the clause names the place
        dated(2, "Loyalists have fled Tolvar since rebels overran Sabrin on Monday.", "on Monday"),
        # "since" right before the date: the main clause's own time
        dated(3, "Rebels have held Sabrin since Monday, away from Tolvar.", "Monday"),
    ]  # fmt: skip
    for e in kept:
        assert representative([e], {}, ("Sabrin",), places_of=lambda e: ["Tolvar"]) == e, e.text


def test_a_place_named_only_as_what_a_larger_area_is_near_is_no_event_of_it():
    near = [
        dated(1, "The offensive launched on Sunday seeks areas of the three governorates of Orvel "
              "Mirel and Kesta near the disputed Sabrin Heights.", "on Sunday"),
        dated(2, "Jets dropped nerve agents on northern Dorra near Kobrin on Friday.", "on Friday"),
    ]  # fmt: skip
    names = ("Kobrin", "Sabrin Heights")
    for e in near:
        assert representative([e], {}, names) is None, e.text
    own = [
        # a site, a village or a town near it: its surroundings
        dated(3, "An air strike on a training camp near the Sabrin Heights killed three on Sunday.",
              "on Sunday"),
        dated(4, "Jets struck the airfield in Ash Tolvar near Kobrin on Friday.", "on Friday"),
        dated(5, "Troops stormed the villages of Tell Abra and Ras Dano near Kobrin on Tuesday.",
              "on Tuesday"),
        # a province named in its own right, the place too
        dated(6, "Troops in northern Dorra shelled Kobrin on Monday.", "on Monday"),
    ]  # fmt: skip
    for e in own:
        assert representative([e], {}, names) == e, e.text


def test_a_line_telling_the_reader_where_to_look_is_furniture():
    for text in (
        "October 19 2005, Eyewitness: The first Orvel trial will focus on the villagers of Kesta "
        "(scroll down to read more).",
        "Click the markers to learn more about the campaign in Mirel.",
        "Click here for the full list of Kobrin's dead.",
    ):
        assert is_unreliable(text), text
    for text in (
        "The Mirel website crashed on Monday as readers clicked on the leaked list.",
        "Divers went down to the wreck on Monday.",
    ):
        assert not is_unreliable(text), text


def test_he_or_she_after_an_opening_of_time_leans_on_the_sentence_before():
    for text in (
        "On February 14 2003 he delivered a report to the council listing examples of compliance.",
        "In 2009, she was elected head of the Mirel assembly.",
        "Later he told reporters the road would reopen.",
    ):
        assert refers_back(text), text
    for text in (
        "On February 14 2003 Tamsin Dorr delivered a report to the council.",
        "In 2009 the Mirel assembly elected her as its head.",
        "Later, the minister said he would resign.",
    ):
        assert not refers_back(text), text


def test_the_clause_openers_of_the_reports_rules_are_data():
    sections = entry_sections()
    for word in sections["relative pronouns"]:
        # the clause about someone else runs on to the sentence's end
        aside = dated(12, f"On Monday Tamsin Dorr said the grain an envoy {word} the Veshnar "
                      "Front had sent was spoiled.", "On Monday")  # fmt: skip
        assert named_only_in_a_relative_clause(aside, FRONT), aside.text
    for word in sections["subordinate openers"]:
        told = dated(13, f"The envoys left Kobrin {word} rebels shelled Tarsk on Friday.",
                     "on Friday")  # fmt: skip
        assert dated_clause(told) == (told.text.index(f" {word} ") + 1, len(told.text)), word
    for word in sections["background openers"]:
        told = dated(14, f"Protests spread on Friday to Tarsk, a town {word} in 1982 the Veshnar "
                     "Front put down a revolt.", "on Friday")  # fmt: skip
        assert named_only_in_another_year(told, FRONT), told.text
    for word in sections["its own words"]:
        own = f"The Veshnar Front said 12 of {word} guards were held in Tarsk."
        assert not only_the_source(own, FRONT), own
    assert only_the_source("The Veshnar Front said 12 guards were held in Tarsk.", FRONT)
