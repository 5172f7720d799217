"""A date inside a relative clause opened after the sentence's own subject and verb dates the
clause's own event, not the sentence's act: no day of an actor's or a place's named before the
clause and not in it, when the sentence tells a date of its own before the clause or the
clause's date lies more than a week before its page (the census of the dev failures,
bench/timeline_dev_failures_census.jsonl: "the date of another clause of the sentence",
docs/QUALITY.md)."""

from commands.timeline_entries import dated_by_a_closing_clause, representative
from commands.timeline_reports import a_closing_clauses_day
from store.events import EventRow

PAGE = "2013-08-17"  # a Saturday
NAMES = ("Kelvor Dannet", "Dannet")
PLACE = ("Veshnar",)


def dated(id, text, said, date="2013-08-12"):
    return EventRow(id, id, None, 0, len(text), date, "day", "relative", date, text, said)


def told(e, names, place_names):
    return representative([e], {}, place_names, published=lambda _: PAGE, names=names)


def test_a_closing_clauses_date_is_no_day_of_the_subject_named_before_it():
    others = [
        # "who" about others, the sentence's own date before the clause
        (dated(1, "Yesterday another soldier was killed in Veshnar, west of Orsk, adding to the "
                  "21 who died in attacks on Monday and Wednesday.", "Monday"), PLACE),
        # "where" about another place, the sentence's own date before it
        (dated(2, "On Friday Kelvor Dannet visited the camps near Orsk, where fighters had "
                  "shelled the road on Monday.", "Monday"), NAMES),
        # the clause describes the subject through a noun in apposition, its date months before
        # the page: the sentence's act is its verb after the clause
        (dated(3, "July 28 - Kelvor Dannet, the former interior minister who defected to the "
                  "rebels on February 22 and became their military chief, is killed.",
               "February 22", "2013-02-22"), NAMES),
        # a preposition before "which", the date long before the page
        (dated(4, "Dannet spoke of the massacre at Tarnow, in which 108 people were killed in "
                  "May.", "May", "2013-05"), NAMES),
    ]  # fmt: skip
    for e, names in others:
        assert a_closing_clauses_day(e, PAGE) is not None, e.text
        assert dated_by_a_closing_clause(e, names, PAGE), e.text
        place = names if names == PLACE else ()
        assert dated_by_a_closing_clause(e, names, PAGE, actor=not place), e.text
        assert told(e, names, place) is None, e.text


def test_the_subjects_own_clause_stays():
    own = [
        # the clause names the subject
        (dated(10, "Yesterday Tarnish troops shelled the villages around Orsk, where Veshnar's "
                   "fighters had dug in on Monday.", "Monday"), PLACE),
        # a subject pronoun in the clause may stand for the subject
        (dated(11, "Yesterday Kelvor Dannet flew to the border town of Orsk, where he had met "
                   "the rebel commanders on Monday.", "Monday"), NAMES),
        # right after the subject's name: what befell it or was done there
        (dated(12, "Yesterday Tarnish troops pulled back from the town of Veshnar, where on "
                   "Monday at least five civilians were killed.", "Monday"), PLACE),
        (dated(13, "The rebels have long fought around Veshnar, in which 108 people were "
                   "killed in May.", "May", "2013-05"), PLACE),
        # ... or right after its possessive: the subject's own thing
        (dated(18, "Orskian troops fell back from Dannet's offensive, which began with air "
                   "strikes in May.", "May", "2013-05"), NAMES),
        # "of which": the clause is about the nouns before it, the subject among them
        (dated(14, "Yesterday the aircraft targeted Veshnar and Orsk, both of which were hit "
                   "with bombs on Monday.", "Monday"), PLACE),
        # the subject named only after the clause: the sentence's subject may be the clause's
        (dated(15, "Aid workers from the agency who brought supplies into Orsk in May could "
                   "not reach Veshnar.", "May", "2013-05"), PLACE),
        # too few words before the clause for the sentence's subject and verb
        (dated(16, "Dannet's men who fled in May returned.", "May", "2013-05"), NAMES),
        # "that" opens what is said or thought as often as a clause about a noun
        (dated(17, "Yesterday Kelvor Dannet told the council that five were killed in Orsk on "
                   "Monday.", "Monday"), NAMES),
    ]  # fmt: skip
    for e, names in own:
        assert not dated_by_a_closing_clause(e, names, PAGE), e.text
    # a clause's day within the week before its page, the sentence telling no other: most
    # often the act's occasion (the rescue the night the boat became disabled)
    occasion = [
        dated(20, "The Orskian coast guard responded to the rescue call regarding the trawler, "
                  "which became disabled Monday night near the islands.", "Monday"),
        dated(21, "Specifically, Kelvor Dannet mentioned the attacks on Orsk, where on Monday "
                  "five civilians were killed.", "Monday"),
    ]  # fmt: skip
    for e in occasion:
        assert a_closing_clauses_day(e, PAGE) is None, e.text
        assert not dated_by_a_closing_clause(e, (*NAMES, "coast guard"), PAGE), e.text
    # for a place, a clause's date long before its page with no date of the sentence's own: the
    # place may be the clause's scene, its earlier event told in passing
    scene = dated(24, "Every stringer in Veshnar has been arrested, including a cameraman who "
                      "was shot in May and has been detained since.", "May", "2013-05")  # fmt: skip
    assert a_closing_clauses_day(scene, PAGE) is not None
    assert not dated_by_a_closing_clause(scene, PLACE, PAGE, actor=False)
    assert told(scene, (), PLACE) is scene
    # an actor named there (a front named after the town) is no scene: the clause's event is
    # the cameraman's
    assert dated_by_a_closing_clause(scene, ("Veshnar",), PAGE, actor=True)
    # a date of the page's own day may well be the sentence's act's too
    today = dated(22, "Yesterday Kelvor Dannet condemned the violence in Orsk, where five were "
                      "killed today.", "today", PAGE)  # fmt: skip
    assert a_closing_clauses_day(today, PAGE) is None
    # no names (a keyword's timeline): not judged by it
    keyword = dated(23, "Yesterday the minister mentioned the attacks on Orsk, where on Monday "
                        "five civilians were killed.", "Monday")  # fmt: skip
    assert a_closing_clauses_day(keyword, PAGE) is not None
    assert not dated_by_a_closing_clause(keyword, (), PAGE)
