"""Entry rules written from the third set of unseen subjects' failures (bench/timeline_audit.json,
unseen_3): a day the press names by its day and month, a byline's date, a tag list run in after
the lead, an actor named only as what another is an affiliate of, a group's name with a name
word before its noun, a place an attack moves from, a deck run in before an agency's mark, a
sentence a later page prints again with its weekday; and, from the fourth set's failures, a
person named only as whose relative acts."""

from commands import timeline
from commands.timeline_entries import (
    dated_entries,
    names_a_group,
    names_any,
    only_describes_another,
    representative,
    without_run_in_dateline,
)
from commands.timeline_reports import told_near_its_day
from store.events import EventRow
from tests.commands.ingested import add


def dated(id, text, said, date="2011-03-08", how="relative", article=None):
    return EventRow(id, article or id, None, 0, len(text), date, "day", how, date, text, said)


def test_a_named_day_away_from_its_page_and_not_said_with_on_is_no_entry():
    printed = {1: "2005-06-25", 2: "2005-10-07", 3: "2011-10-12", 4: "2012-09-13", 5: "2005-06-25",
               6: "2011-10-20"}  # fmt: skip
    named = [
        # a day of another year, read in the page's year or the one before
        dated(1, "The political use of the Veshnar outrages of September 11 was plain.",
              "September 11", "2004-09-11"),
        dated(2, "The allies had disrupted ten Veshnar plots since September 11, he said.",
              "September 11", "2005-09-11"),
    ]  # fmt: skip
    for e in named:
        assert representative([e], {}, published=printed.get) is None, e.text
    days = [
        # said with "on": a day of the page's time
        dated(3, "On September 11 Mirel started producing oil again, the minister said.",
              "September 11", "2011-09-11"),
        # a chronology's item, weeks after the day
        dated(6, "Sept. 11 - Mirel starts producing oil again.", "Sept. 11", "2011-09-11"),
        # within the page's fortnight: that year's day
        dated(4, "The September 11 attack on the consulate in Mirel killed four people.",
              "September 11", "2012-09-11"),
        # its year said
        dated(5, "The September 11, 2001 attacks changed Veshnar's policy.",
              "September 11, 2001", "2001-09-11", "explicit"),
    ]  # fmt: skip
    for e in days:
        assert representative([e], {}, published=printed.get) == e, e.text
    # any other day far from its page is not judged by this rule
    other = dated(
        6, "The Veshnar outrages of September 12 were plain.", "September 12", "2004-09-12"
    )
    assert representative([other], {}, published={6: "2005-06-25"}.get) == other


def test_a_named_day_is_that_years_when_a_page_near_it_tells_the_day():
    """Weeks later "the September 11 attack" is that year's day when the store has the day's
    own news from a page of its fortnight, told by other words than the named day's."""
    late = dated(1, "Four Americans were killed in the September 11 attack on the consulate in "
                 "Mirel.", "September 11", "2012-09-11")  # fmt: skip
    near = dated(2, "Gunmen stormed the consulate in Mirel on Tuesday, officials said.",
                 "Tuesday", "2012-09-11")  # fmt: skip
    for page in ("2012-10-20", "2013-01-23"):
        printed = {1: page, 2: "2012-09-12"}
        assert representative([late], {}, published=printed.get) is None
        # the near report kept from telling it here (as a copy), the named day is told
        told = representative([late, near], {}, published=printed.get, copied=lambda e: e.id == 2)
        assert told == late
    # a page far from the day, or one naming it as the named day too, tells no news of its own
    far = {1: "2012-10-20", 2: "2013-01-23"}
    assert not told_near_its_day(late, [late, near], far.get)
    again = dated(2, "Mirel mourned after the September 11 attack.", "September 11", "2012-09-11")
    assert not told_near_its_day(late, [late, again], {1: "2012-10-20", 2: "2012-09-12"}.get)
    assert not told_near_its_day(late, [late], {1: "2012-10-20"}.get)


def test_a_bylines_date_or_a_tag_list_run_in_after_the_lead_is_no_entry():
    glued = [
        "April 5 2017 by Ana Ostara Mara Tenn and Dalo Kerrin Massacre in Mirel Defies the World "
        "Beirut- Warplanes targeted Tuesday the town of Mirel.",
        "At least 11 civilians were killed in strikes on a market in Mirel province's Ostara Tags "
        "Veshnar Mirel airstrike Almost a dozen civilians were killed on Sunday.",
    ]
    for n, text in enumerate(glued):
        assert representative([dated(n, text, "Tuesday")], {}) is None, text
    prose = [
        # a chronology's item: its date, then a capitalised word
        "March 1 2012 Regime forces seize the Ostara district of Mirel after 27 days of shelling.",
        "On April 5 2017 by noon the army held Mirel, the governor said.",
        "The site tags such reports as unverified, the monitor said on Tuesday.",
    ]
    for n, text in enumerate(prose):
        assert representative([dated(n, text, "Tuesday")], {}) is not None, text


def test_an_actor_named_only_as_what_another_is_an_affiliate_of_tells_not_its_date():
    names = ("Al-Veshnar", "Al-Veshnara")
    described = [
        "By Friday the villages had been recaptured by rebels who include fighters from "
        "Al-Veshnar affiliate Ostara Front.",
        "Fighters of the Mirel faction and al-Veshnar affiliate al-Ostara Front were killed on "
        "Thursday.",
        "The al-Veshnar-linked Ostara Front attacked Mirel on Friday.",
        "Ostara Front, the latter of which is the Syrian branch of al-Veshnar, attacked on Friday.",
        # a space for the name's hyphen, the offshoot named after it
        "The bloodiest clash yet between the al Veshnar offshoot and the army came on Friday.",
        "Troops killed a member of an Al-Veshnar regional offshoot on Thursday.",
        # a nation's adjective (extract/demonyms.json) before a branch or wing
        "Fighters of al-Veshnar's Syrian branch attacked on Friday.",
        "The Iraqi branch of al-Veshnar attacked Mirel on Friday.",
    ]
    for text in described:
        assert only_describes_another(text, names), text
    own = [
        "Al-Veshnar loyalists attacked a town in the north on Friday.",
        "al-Veshnar fighters and their Ostara Front affiliate attacked Mirel on Friday.",
        "al Veshnar fighters attacked Mirel on Friday.",
    ]
    for text in own:
        assert not only_describes_another(text, names), text
    # a company's branch or franchise is its own
    robbed = "Gunmen robbed a Citibank branch in Orsk on Tuesday, police said."
    assert not only_describes_another(robbed, ("Citibank",))
    assert not only_describes_another("A Kelmart franchise opened in Orsk on Monday.", ("Kelmart",))
    # a city's branch is the company's own too, though its name has an adjective's ending
    for text in ("Gunmen robbed the Karachi branch of Citibank on Monday.",
                 "Gunmen robbed Citibank's Tehran branch on Monday."):  # fmt: skip
        assert not only_describes_another(text, ("Citibank",)), text
    e = dated(40, robbed, "Tuesday", "2011-03-08")
    assert representative([e], {}, names=("Citibank",)) == e


def test_a_person_named_only_as_whose_relative_acts_tells_not_its_date():
    names = ("Dravko Ostrel", "Ostrel", "Colonel Ostrel")
    described = [
        # the relative's own name holds the family's, the description after it
        "Officials studied a speech delivered Sunday by Tamir al-Huda Ostrel -- Marnian leader "
        "Dravko Ostrel's son -- which warned of civil war.",
        "Tamir al-Huda Ostrel, the son of longtime Marnian leader Dravko Ostrel, early Monday "
        "promised reforms.",
        "Ostrel's son Kemal Ostrel was captured near Vashti on Thursday.",
        "Ostrel's youngest son, Kemal, told reporters on Monday that the army would fight on.",
        "The son of ousted leader Dravko Ostrel was captured on Saturday.",
        "In 1982, Ostrel's father sent troops into Vashti, killing thousands.",
        "Ostrel's wife and two of his daughters crossed the border on Monday.",
    ]
    for text in described:
        assert only_describes_another(text, names), text
    own = [
        # the person named again by himself: his own words or acts
        "Ostrel's son said on Sunday that Ostrel would never leave the country.",
        "The army will stay loyal to Dravko Ostrel, Ostrel's son told the nation on Monday.",
        # what belongs to him is not a relative
        "Ostrel's forces shelled Vashti on Sunday.",
        "Dravko Ostrel spoke on Sunday, his son at his side.",
    ]
    for text in own:
        assert not only_describes_another(text, names), text
    e = dated(50, described[2], "Monday", "2011-03-07")
    assert representative([e], {}, names=names) is None
    kept = dated(51, own[0], "Sunday", "2011-03-06")
    assert representative([kept], {}, names=names) == kept


def test_a_group_named_by_a_date_and_name_words_tells_no_entry_and_an_advance_not_its_origin():
    brigade = dated(
        1,
        "Fighters said members of the February 17 Martyrs' Brigade collected him near Mirel on "
        "Thursday.",
        "February 17",
        "2011-02-17",
    )
    assert representative([brigade], {}) is None
    # name words before the noun make a name only after "the" or a possessive
    days = [
        ("Talks resumed 12 May Labour Party officials said.", "12 May"),
        ("Voters went to the polls March 7 Iraqi National Alliance leaders said on Monday.",
         "March 7"),
        ("The town fell 3 March Farouq Brigade fighters said.", "3 March"),
    ]  # fmt: skip
    for n, (text, said) in enumerate(days):
        e = dated(20 + n, text, said, "2011-03-08")
        assert representative([e], {}) == e, text
    owned = dated(30, "Mirel's February 17 Martyrs' Brigade took the port.", "February 17")
    assert representative([owned], {}) is None
    for n, text in enumerate(
        [
            "On February 17 Martyrs' Square filled with protesters in Mirel.",
            "Protesters filled the streets of Mirel on February 17, Veshnar Brigade said.",
        ]
    ):
        e = dated(n + 2, text, "February 17", "2011-02-17")
        assert representative([e], {}) == e, text
    fire = dated(
        9,
        "Rebels said forces advancing from the oil port of Mirel had opened fire on the western "
        "outskirts of Ostara on Friday.",
        "Friday",
        "2011-04-15",
    )
    assert representative([fire], {}, ("Mirel",)) is None


def test_a_deck_run_in_before_an_agencys_mark_is_not_shown():
    text = (
        "But the violence in Mirel may open doors for militants (CNN) -- Veshnar's leader "
        "Thursday blamed the uprising on the Ostara Front."
    )
    assert without_run_in_dateline(text, "Thursday") == (
        "Veshnar's leader Thursday blamed the uprising on the Ostara Front."
    )
    # any outlet of text/clutter.txt's OUTLET shape
    upi = "Deck words about Mirel run into the story (UPI) -- Veshnar's army Friday shelled Mirel town."
    assert without_run_in_dateline(upi, "Friday") == "Veshnar's army Friday shelled Mirel town."
    kept = [
        # the date is in the deck: two texts, not one
        "The army took Mirel on Thursday in a swift push (CNN) -- Veshnar's leader spoke later.",
        # too short to be a sentence after the mark
        "Fighting in Mirel on Thursday (AP) -- Rebels fled.",
        # prose brackets
        "The network (CNN) said on Thursday that fighters had entered Mirel from the west.",
    ]
    for line in kept:
        assert without_run_in_dateline(line, "Thursday") == line, line


def test_a_sentence_a_later_page_prints_again_is_told_by_the_earlier_pages_day(db):
    sentence = (
        "The leader of Veshnar on Thursday blamed the uprising sweeping Mirel on the Ostara Front."
    )
    first = add(
        db, f"Veshnar blames the Ostara Front. {sentence}", "2011-02-25", "Wire A", "a.txt"
    ).id
    again = add(
        db, f"Related stories about Veshnar. {sentence}", "2011-03-31", "Wire B", "b.txt"
    ).id
    original = dated(1, sentence, "Thursday", "2011-02-24", article=first)
    copy = dated(2, sentence, "Thursday", "2011-03-31", article=again)
    told = dated_entries(db, ["2011-03-31", "2011-02-24"], [original, copy], {}, {}, 10)
    assert [e.date for e in told] == ["2011-02-24"]
    # with no earlier page holding it, the later page's report is told
    told = dated_entries(db, ["2011-03-31"], [copy], {}, {}, 10)
    assert [e.date for e in told] == ["2011-03-31"]


def test_a_name_is_found_as_a_whole_word_not_inside_a_longer_one(db):
    for text, name in [
        ("Hamas fired rockets on Monday.", "Hama"),
        ("A woman was hurt on Monday.", "Oman"),
        ("Troops entered Somalia on Monday.", "Mali"),
        ("Nigeria closed its border on Monday.", "Niger"),
    ]:
        assert not names_any(text, (name,)), text
    for text in ("al Qaeda said on Monday", "AL-QAEDA said", "Al-Qaeda's fighters", "alQaeda"):
        assert names_any(text, ("Al-Qaeda",)), text
    assert names_any("U.S. forces left on Monday.", ("US",))
    # a closing sentence naming another whose name holds the subject's is no sentence of the
    # subject's to lean on: its report, carried by the article's scope, is not the city's
    add(
        db,
        "Government troops shelled Hama on Sunday, residents said. Hama has been under siege for "
        "a week. Aid convoys could not reach Hama, the Red Crescent said. Talks on a truce opened "
        "in Cairo. Hamas leaders met Egyptian mediators in Cairo. On 3 May 2016 the group's "
        "fighters fired rockets at Sderot, the mediators said.",
        "2016-05-09",
    )
    answer = timeline.run(db, "Hama")
    assert answer is not None
    assert [e.date for e in answer.entries] == ["2016-05-08"]


def test_a_named_day_is_told_only_when_no_report_of_the_date_in_other_words_tells_it():
    """A report printed near the day lets a named day said weeks later be that year's, but the
    near report tells the day itself first: an anniversary's vigil is no proof that "plots
    disrupted since September 11" speaks of that year's day."""
    printed = {1: "2002-10-20", 2: "2002-09-12"}
    named = dated(1, "The task force in Mirel has disrupted six plots since September 11, "
                  "officials in Mirel said.", "September 11", "2002-09-11")  # fmt: skip
    vigil = dated(2, "Crowds in Mirel marked the first anniversary of the attacks on Wednesday "
                  "with a vigil.", "Wednesday", "2002-09-11")  # fmt: skip
    assert representative([named], {}, published=printed.get) is None
    assert representative([named, vigil], {}, published=printed.get) == vigil
    assert representative([vigil, named], {}, published=printed.get) == vigil


def test_a_capitalised_group_noun_right_after_a_date_names_a_group_only_after_the():
    days = [
        ("Talks resumed 12 May Party officials said.", "12 May"),
        ("The town fell 3 March Brigade commanders said.", "3 March"),
        ("Voting began March 3 Coalition monitors said.", "March 3"),
    ]
    for text, said in days:
        assert not names_a_group(dated(1, text, said)), text
    groups = [
        ("The Ostara March 8 coalition met in Mirel.", "March 8"),
        ("Leaders of the March 14 Coalition met in Mirel.", "March 14"),
        ("Mirel's April 6 Movement marched on Friday.", "April 6"),
    ]
    for text, said in groups:
        assert names_a_group(dated(1, text, said)), text
